"""Timestamp rule: lines that state when the article was published or updated.

A line counts when times make up most of it; what is left may be a byline
(`By Tess Bonn - 11/19/19 06:56 AM EST`) or a scrap of furniture
(`21:17 18.11.2019Get short URL`), each filed as its own part. The first
unlabelled time is the published one; `Updated ...` fills `updated`; any further
time in the header is furniture.
"""

from __future__ import annotations

import datetime as dt

from .. import timestamps
from ..features import is_furniture
from ..state import BOILERPLATE, BYLINE, PUBLISHED, UPDATED, ArticleState, LineLabel, Part
from . import byline

_MAX_LEFTOVER_WORDS = 8


def read_line(text: str, reference: dt.datetime) -> list[tuple[str | None, int, int, object]] | None:
    """Time spans of a line that is mostly times, else None."""
    found = timestamps.scan(text, reference)
    if not found:
        return None
    covered = sum(m.end - m.start for m in found)
    leftover = _leftovers(text, found)
    words = sum(len(piece.split()) for piece in leftover)
    if words > _MAX_LEFTOVER_WORDS or covered < len(text.replace(" ", "")) * 0.25:
        return None
    return [(m.kind, m.start, m.end, m.timestamp) for m in found]


def _leftovers(text: str, found: list[timestamps.TimeMatch]) -> list[str]:
    pieces, at = [], 0
    for m in found:
        pieces.append(text[at : m.start])
        at = m.end
    pieces.append(text[at:])
    return [p.strip(" ,|•·-–—") for p in pieces if p.strip(" ,|•·-–—")]


def is_timestamp_line(text: str, reference: dt.datetime) -> bool:
    return read_line(text, reference) is not None


def rule(state: ArticleState, i: int) -> LineLabel | None:
    zone = state.zones.zone(i)
    if zone == "body":
        return None
    text = state.text(i)
    found = timestamps.scan(text, state.reference)
    if not found or read_line(text, state.reference) is None:
        return None
    parts: list[Part] = []
    at = 0
    for m in found:
        before = text[at : m.start].strip(" ,|•·-–—")
        if before:
            parts.append(_leftover_part(state, before, parts))
        parts.append(_time_part(state, m, parts))
        at = m.end
    after = text[at:].strip(" ,|•·-–—")
    if after:
        parts.append(_leftover_part(state, after, parts))
    return LineLabel(state.lines[i].number, tuple(parts), "timestamp", "time line")


def _time_part(state: ArticleState, m: timestamps.TimeMatch, earlier: list[Part]) -> Part:
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
        found = byline.match(text) or (text if byline.looks_like_name_line(text) else None)
        if found:
            return Part(BYLINE, text)
    return Part(BOILERPLATE, text)
