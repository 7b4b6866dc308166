"""Timestamp rule: time lines around the article's header.

The decisions chose which time on which line is the published one and which
the updated one (`decisions.times`), and whether a time line also holds the
byline (`decisions.byline`); this rule files each part of such a line
accordingly. Any other time line near the header (a related story's date, a
second copy) is furniture, and so are the scraps around the times
(`21:17 18.11.2019Get short URL`).
"""

from __future__ import annotations

from ..decisions.times import TimePick
from ..evidence.anchors import TIME
from ..evidence.times import DATELINE_DASHES, segments
from ..state import BODY, BOILERPLATE, BYLINE, PUBLISHED, UPDATED, ArticleState, LineLabel, Part


def rule(state: ArticleState, i: int) -> LineLabel | None:
    plan = state.plan
    picks = [(pick, label) for pick, label in ((plan.published, PUBLISHED), (plan.updated, UPDATED)) if pick]
    if state.ev.anchors[i] != TIME and not any(i == pick.index or i in pick.more for pick, _label in picks):
        return None  # most lines: no time, and no part of a chosen one
    for pick, label in picks:
        if i in pick.more:
            return _rest_of(state, i, pick, label)
    e = state.of(i)
    chosen = {pick.order: (label, pick) for pick, label in picks if pick.index == i}
    opening = _opening_of_paragraph(state, i, chosen) if chosen and plan.zone(i) == "body" else None
    if opening is not None:
        return opening
    if not chosen and state.ev.anchors[i] != TIME:
        return None
    byline = plan.byline.text if plan.byline is not None and plan.byline.index == i else None
    if not chosen and byline is None and (plan.zone(i) == "body" or not state.near_article(i)):
        return None
    parts: list[Part] = []
    order = 0
    for segment in segments(state.text(i), e.dates):
        if isinstance(segment, str):
            label = BYLINE if segment == byline and BYLINE not in (p.label for p in parts) else BOILERPLATE
            parts.append(Part(label, segment))
            continue
        if order in chosen:
            label, pick = chosen[order]
            parts.append(Part(label, segment.timestamp.text, pick.match.timestamp))
        else:
            parts.append(Part(BOILERPLATE, segment.timestamp.text))
        order += 1
    why = "the chosen time" if chosen else "another time, not the article's"
    if any(pick.more for _, pick in chosen.values()):
        why += ", its clock on the next lines"
    if any(m.fallback for m in e.dates):
        why += ", read by the fallback parser"
    return LineLabel(state.lines[i].number, tuple(parts), "timestamp", why)


def _rest_of(state: ArticleState, i: int, pick: TimePick, label: str) -> LineLabel:
    """A line holding the rest of a time written over several lines (`4:10 PM`
    under `Mar. 3, 2021`): the part the chosen time spans, and the rest of the line."""
    text = state.text(i)
    k = pick.more.index(i) + 1
    at = pick.offsets[k]
    start = max(0, pick.match.start - at)
    end = min(len(text), pick.match.end - at)
    pieces = ((BOILERPLATE, text[:start]), (label, text[start:end]), (BOILERPLATE, text[end:]))
    parts = tuple(Part(kind, piece.strip()) for kind, piece in pieces if piece.strip())
    first = state.lines[pick.index].number
    return LineLabel(state.lines[i].number, parts, "timestamp", f"the rest of the time on line {first}")


def _opening_of_paragraph(state: ArticleState, i: int, chosen: dict[int, tuple[str, TimePick]]) -> LineLabel | None:
    """A body paragraph that opens with the chosen time (`Feb. 23, 2015 -- Peanut
    allergies ...`): the time, the dash that sets it off, and the paragraph.
    None for any other line (a time line, a time inside a sentence)."""
    if len(chosen) != 1 or not state.feat(i).prose:
        return None
    label, pick = next(iter(chosen.values()))
    text = state.text(i)
    m = pick.match
    if m.start != 0 or pick.more:
        return None
    rest = text[m.end :]
    paragraph = rest.lstrip("".join(DATELINE_DASHES) + " ")
    dash = rest[: len(rest) - len(paragraph)].strip()
    parts = [Part(label, m.timestamp.text, m.timestamp)]
    if dash:
        parts.append(Part(BOILERPLATE, dash))
    parts.append(Part(BODY, paragraph))
    return LineLabel(state.lines[i].number, tuple(parts), "timestamp", "the chosen time, opening a paragraph")
