"""Time evidence: the times a line writes, and whether the line is a time line.

A time line states when something was published or updated: times make up
most of it, and what is left may be a byline (`By Kay Marsh - 11/19/19 06:56 AM
EST`), a scrap of furniture (`21:17 18.11.2019Get short URL`) or a few other
words (`Comente!`, a category), but not a sentence: prose that mentions a date
is body text.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..timestamps import TimeMatch
from ..vocab.stopwords import STOPWORDS
from . import bylines
from .features import is_furniture

_MAX_LEFTOVER_WORDS = 8
_SEPARATORS = " ,|•·/-–—"
_SEPARATOR = regex.compile(r"\s*(?:[|•·/]|\s[-–—]\s)\s*")


def substantive(text: str, found: Sequence[TimeMatch]) -> tuple[TimeMatch, ...]:
    """The times (of those `timestamps.scan` found in `text`) that can head an
    article: with digits or a label, or the whole line (`today` inside a
    headline is not a timestamp)."""
    return tuple(m for m in found if _substantive(m, text))


def time_line(text: str, times: Sequence[TimeMatch]) -> tuple[TimeMatch, ...] | None:
    """The times of a line that states a time (`times`: its substantive ones),
    else None."""
    if not times:
        return None
    words = function_words = 0
    for piece in leftovers(text, times):
        if bylines.match(piece) is not None or (is_furniture(piece) and len(piece.split()) <= 5):
            continue
        tokens = piece.split()
        words += len(tokens)
        function_words += sum(1 for t in tokens if t.casefold() in STOPWORDS)
    if words > _MAX_LEFTOVER_WORDS or function_words > 1:
        return None
    return tuple(times)


def _substantive(m: TimeMatch, text: str) -> bool:
    """A time that can head an article: it has digits or a label, or is the whole
    line (`today` inside a headline is not a timestamp)."""
    return m.kind is not None or any(c.isdigit() for c in m.timestamp.text) or m.end - m.start >= len(text.strip())


def segments(text: str, found: Sequence[TimeMatch]) -> list[str | TimeMatch]:
    """The line in order: its times, and the leftover pieces around them cut at
    separators."""
    out: list[str | TimeMatch] = []
    at = 0
    for m in found:
        out.extend(_split_piece(text[at : m.start]))
        out.append(m)
        at = m.end
    out.extend(_split_piece(text[at:]))
    return out


def leftovers(text: str, found: Sequence[TimeMatch]) -> list[str]:
    return [s for s in segments(text, found) if isinstance(s, str)]


def _split_piece(piece: str) -> list[str]:
    """A leftover cut at separators (`/0 Comments/in News /by jdadmin`)."""
    return [q.strip(_SEPARATORS) for q in _SEPARATOR.split(piece) if q.strip(_SEPARATORS)]
