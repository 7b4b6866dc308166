"""Caption rule: photo and video captions and their credits: a credit line, a
line with a caption's tell-tales (see `evidence.captions`), or a line standing
directly above a credit line as a block of its own."""

from __future__ import annotations

from ..state import CAPTION, ArticleState, LineLabel, Part

# How far (lines, blank ones included) a caption's credit stands from it.
CREDIT_REACH = 8


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
    if state.plan.zone(i) == "body" and _between_credits(state, i):
        return LineLabel(number, (Part(CAPTION, text),), "caption", "line between picture credits")
    return None


def _between_credits(state: ArticleState, i: int) -> bool:
    """The next non-blank line is a picture credit, and so is the one before
    line i or the one after the next line: a run of pictures, each a caption
    and its credit (a photo essay), not a paragraph that happens to stand by
    one credit."""
    ev, plan = state.ev, state.plan
    after = ev.nonblank(i + 1, min(plan.stop, i + 1 + CREDIT_REACH))[:3]
    if not after or not _credit(state, after[0]):
        return False
    before = ev.nonblank(max(plan.start, i - CREDIT_REACH), i)[-1:]
    return (bool(before) and _credit(state, before[0])) or (len(after) == 3 and _credit(state, after[2]))


def _credit(state: ArticleState, i: int) -> bool:
    e = state.ev.of[i]
    return e is not None and e.credit
