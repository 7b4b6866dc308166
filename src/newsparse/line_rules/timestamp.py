"""Timestamp rule: lines that state when the article was published or updated.

A line counts when times make up most of it; what is left may be a byline
(`By Kay Marsh - 11/19/19 06:56 AM EST`) or a scrap of furniture
(`21:17 18.11.2019Get short URL`), each filed as its own part. The first
unlabelled time is the published one; `Updated ...` fills `updated`; any further
time in the header is furniture.
"""

from __future__ import annotations

import datetime as dt

import regex

from .. import timestamps
from ..features import is_furniture
from ..state import BOILERPLATE, BYLINE, PUBLISHED, UPDATED, ArticleState, LineLabel, Part
from ..vocab.stopwords import STOPWORDS
from . import byline

_MAX_LEFTOVER_WORDS = 8
_SEPARATORS = " ,|•·/-–—"
_SEPARATOR = regex.compile(r"\s*(?:[|•·/]|\s[-–—]\s)\s*")


def read_line(text: str, reference: dt.datetime) -> list[timestamps.TimeMatch] | None:
    """The times of a header line that states a time, else None.

    Besides its times the line may hold a byline, furniture, and a few other
    words (`Comente!`, a category) but not a sentence: a line of prose that
    mentions a date is body text."""
    found = [m for m in timestamps.scan(text, reference) if _substantive(m, text)]
    if not found:
        return None
    words = function_words = 0
    for piece in _leftovers(text, found):
        if byline.match(piece) is not None or (is_furniture(piece) and len(piece.split()) <= 5):
            continue
        tokens = piece.split()
        words += len(tokens)
        function_words += sum(1 for t in tokens if t.casefold() in STOPWORDS)
    if words > _MAX_LEFTOVER_WORDS or function_words > 1:
        return None
    return found


def _substantive(m: timestamps.TimeMatch, text: str) -> bool:
    """A time that can head an article: it has digits or a label, or is the whole
    line (`today` inside a headline is not a timestamp)."""
    return m.kind is not None or any(c.isdigit() for c in m.timestamp.text) or m.end - m.start >= len(text.strip())


def _segments(text: str, found: list[timestamps.TimeMatch]) -> list[str | timestamps.TimeMatch]:
    """The line in order: its times, and the leftover pieces around them cut at
    separators."""
    out: list[str | timestamps.TimeMatch] = []
    at = 0
    for m in found:
        out.extend(_split_piece(text[at : m.start]))
        out.append(m)
        at = m.end
    out.extend(_split_piece(text[at:]))
    return out


def _leftovers(text: str, found: list[timestamps.TimeMatch]) -> list[str]:
    return [s for s in _segments(text, found) if isinstance(s, str)]


def _split_piece(piece: str) -> list[str]:
    """A leftover cut at separators (`/0 Comments/in News /by jdadmin`)."""
    return [q.strip(_SEPARATORS) for q in _SEPARATOR.split(piece) if q.strip(_SEPARATORS)]


def is_timestamp_line(text: str, reference: dt.datetime) -> bool:
    return read_line(text, reference) is not None


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.zones.zone(i) == "body" or not state.near_article(i):
        return None
    if state.anchors[i] != "time":  # layout found the header's time lines
        return None
    text = state.text(i)
    found = read_line(text, state.reference)
    if found is None:
        return None
    parts: list[Part] = []
    for segment in _segments(text, found):
        parts.append(
            _leftover_part(state, segment, parts) if isinstance(segment, str) else _time_part(state, segment, parts)
        )
    why = "time line, read by the fallback parser" if any(m.fallback for m in found) else "time line"
    return LineLabel(state.lines[i].number, tuple(parts), "timestamp", why)


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
