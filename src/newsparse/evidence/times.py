"""Time evidence: the times a line writes, and whether the line is a time line.

A time line states when something was published or updated: times make up
most of it, and what is left may be a byline (`By Kay Marsh - 11/19/19 06:56 AM
EST`), a scrap of furniture (`21:17 18.11.2019Get short URL`) or a few other
words (`Comente!`, a category), but not a sentence: prose that mentions a date
is body text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from ..dateformats import DATE_TIME_JOINERS
from ..timestamps import TimeMatch
from ..vocab.stopwords import STOPWORDS
from . import bylines
from .features import is_furniture

_MAX_LEFTOVER_WORDS = 8
_SEPARATORS = " ,|•·/-–—"
# (a space before a label with a full-width colon parts fields on Chinese pages: `来源：X 作者：Y`)
_SEPARATOR = regex.compile(r"\s*(?:[|•·/]|\s[-–—]\s)\s*|\s+(?=[^\s：]{1,8}：)")


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
    if words >= _PHRASE_WORDS and any(_wedged(text, m) for m in times):
        return None  # `Police seek witnesses in Dec. 22 bank robbery`: a headline naming a day
    return tuple(times)


def in_phrase(text: str, times: Sequence[TimeMatch]) -> bool:
    """Whether a phrase of a headline's length runs through one of the line's
    times: the line mentions a day, it does not state when it was written."""
    words = sum(len(piece.split()) for piece in leftovers(text, times))
    return words >= _PHRASE_WORDS and any(_wedged(text, m) for m in times)


# A time a phrase runs through (words right before and after it, no separator)
# is a date the phrase mentions, once the line has this many other words: a time
# line's words are a label or two (`Published`, `Updated 3 May 2019 at 10:00`).
_PHRASE_WORDS = 6
_WORD_BEFORE = regex.compile(r"\p{L}\s+$")
_WORD_AFTER = regex.compile(r"^\s+\p{L}")


def _wedged(text: str, m: TimeMatch) -> bool:
    return bool(_WORD_BEFORE.search(text[: m.start]) and _WORD_AFTER.match(text[m.end :]))


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


# A date's clock time (or year) may stand on the next line or two, as pages lay
# out `Mar. 3, 2021` / `4:10 PM` or `November 20` / `15:23` / `2019`: such a
# continuation is short and opens with a figure, or with the word a language
# puts between a date and its clock (`14 novembre 2023` / `ore 18:22`).
MAX_CONTINUATION_CHARS = 40
MAX_CONTINUATION_LINES = 2
_CONTINUATION = regex.compile(
    r"(?i)^(?:[|•·,–—-]|(?:" + "|".join(regex.escape(w) for w in DATE_TIME_JOINERS) + r")(?=\s))?\s*\d"
)


@dataclass(frozen=True, slots=True)
class Continued:
    """A time written over several lines: the lines after the first that hold
    the rest of it, the time read from the lines joined (`match` spans the
    joined text), and where each line starts in that text."""

    lines: tuple[int, ...]
    match: TimeMatch
    offsets: tuple[int, ...]  # the first line's start, then each continuation's


def continued(texts: Sequence[str], reading: Callable[[str], Sequence[TimeMatch]]) -> Continued | None:
    """The time a date line (`texts[0]`) and the short lines after it
    (`texts[1:]`, at most MAX_CONTINUATION_LINES) write together, when joining
    them reads the first line's last time more precisely; else None.
    `reading` scans a text for times."""
    first = texts[0]
    alone = reading(first)
    if not alone:
        return None
    last = alone[-1]
    joined, offsets = first, [0]
    best: Continued | None = None
    for k, text in enumerate(texts[1 : 1 + MAX_CONTINUATION_LINES], 1):
        if len(text) > MAX_CONTINUATION_CHARS or not _CONTINUATION.match(text):
            break
        offsets.append(len(joined) + 1)
        joined = f"{joined} {text}"
        found = [m for m in reading(joined) if m.start == last.start and m.end > len(first)]
        if found and _finer(found[0].timestamp.precision, last.timestamp.precision):
            best = Continued(tuple(range(1, k + 1)), found[0], tuple(offsets))
    return best


_PRECISION_RANK = {None: 0, "year": 1, "month": 2, "day": 3, "hour": 4, "minute": 5, "second": 6}


def _finer(a: str | None, b: str | None) -> bool:
    return _PRECISION_RANK.get(a, 0) > _PRECISION_RANK.get(b, 0)


# Dashes that part a date opening a paragraph from the story (`Feb. 23, 2015 -- ...`).
DATELINE_DASHES = ("--", "—", "–", "-")


def opens_with_date(text: str, m: TimeMatch) -> bool:
    """A paragraph that opens with its date, as a dateline does (`Feb. 23, 2015 --
    Peanut allergies ...`)."""
    return m.start == 0 and text[m.end :].lstrip().startswith(DATELINE_DASHES)
