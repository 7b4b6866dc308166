"""Caption rule: photo and video captions and their credits: a credit line, a
line with a caption's tell-tales (see `evidence.captions`), or a line standing
directly above a credit line as a block of its own."""

from __future__ import annotations

from ..state import CAPTION, ArticleState, LineLabel, Part


def _is_block_of_two(state: ArticleState, i: int) -> bool:
    """Line i and i+1 form a block with blank lines around it."""
    lines = state.lines
    before_blank = i == 0 or not lines[i - 1].text
    after_blank = i + 2 >= len(lines) or not lines[i + 2].text
    return before_blank and after_blank and i + 1 < len(lines) and bool(lines[i + 1].text)


def rule(state: ArticleState, i: int) -> LineLabel | None:
    text = state.text(i)
    number = state.lines[i].number
    e = state.of(i)
    if e.credit:
        return LineLabel(number, (Part(CAPTION, text),), "caption", "picture credit")
    if e.picture or e.caption_start:
        return LineLabel(number, (Part(CAPTION, text),), "caption", "caption with credit")
    nxt = i + 1
    following = state.ev.of[nxt] if nxt < state.plan.stop else None
    if following is not None and following.credit:
        zone = state.plan.zone(i)
        if zone != "body" or _is_block_of_two(state, i):
            return LineLabel(number, (Part(CAPTION, text),), "caption", "line above a picture credit")
    return None
