"""Timestamp rule: the time lines of the article's header (see `evidence.times`).

The first unlabelled time is the published one; `Updated ...` fills `updated`;
any further time in the header is furniture. What else the line holds is filed
as its own part: a byline (`By Kay Marsh - 11/19/19 06:56 AM EST`) or a scrap of
furniture (`21:17 18.11.2019Get short URL`).
"""

from __future__ import annotations

from ..evidence import bylines
from ..evidence.anchors import TIME
from ..evidence.features import is_furniture
from ..evidence.times import segments
from ..state import BOILERPLATE, BYLINE, PUBLISHED, UPDATED, ArticleState, LineLabel, Part
from ..timestamps import TimeMatch


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.plan.zone(i) == "body" or not state.near_article(i):
        return None
    found = state.of(i).times
    if found is None or state.ev.anchors[i] != TIME:  # a time line that anchors a header
        return None
    text = state.text(i)
    parts: list[Part] = []
    for segment in segments(text, found):
        parts.append(
            _leftover_part(state, segment, parts) if isinstance(segment, str) else _time_part(state, segment, parts)
        )
    return LineLabel(state.lines[i].number, tuple(parts), "timestamp", "time line")


def _time_part(state: ArticleState, m: TimeMatch, earlier: list[Part]) -> Part:
    taken = {p.label for p in earlier}
    have_published = state.published is not None or PUBLISHED in taken
    have_updated = state.updated is not None or UPDATED in taken
    kind = m.kind or PUBLISHED
    if kind == PUBLISHED and not have_published:
        return Part(PUBLISHED, m.timestamp.text, m.timestamp)
    if kind == UPDATED and not have_updated:
        return Part(UPDATED, m.timestamp.text, m.timestamp)
    return Part(BOILERPLATE, m.timestamp.text)


def _leftover_part(state: ArticleState, text: str, earlier: list[Part]) -> Part:
    if state.byline is None and all(p.label != BYLINE for p in earlier) and not is_furniture(text):
        found = bylines.match(text) or (text if bylines.looks_like_name_line(text) else None)
        if found:
            return Part(BYLINE, text)
    return Part(BOILERPLATE, text)
