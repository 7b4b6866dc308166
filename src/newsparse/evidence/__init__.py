"""Evidence: what each line of the input is, measured once.

    lines ─ gather ─ Evidence ─ decisions ─ line rules ─ paragraphs ─ paragraph rules ─ Record

`gather` measures every non-blank line once: its features (`features.py`), the
times it writes (`times.py`), whether it is a byline or a bare name
(`bylines.py`), a picture credit or caption (`captions.py`), a list item
(`bullets.py`); and, from the lines around it, whether it anchors an article's
header (`anchors.py`). The decisions and the line rules read these answers and
never compute them again.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from .. import timestamps
from ..htmltext import PageMeta
from ..text import Line
from . import bullets, bylines, captions
from .anchors import find_anchors, signed_or_linked
from .features import Features, content_words, furniture_key, measure
from .times import MAX_CONTINUATION_LINES, Continued, continued, substantive, time_line

# Dates are looked for in lines up to this long: a longer line is prose, and a
# date in it says nothing about the page's header.
MAX_DATED_CHARS = 250
# How far (in characters, each way) a line's text is looked for again: a long
# page's text, so one page's furniture is found and many pages stay linear.
SHOWN_AGAIN_REACH = 100_000
# A time line is at most this long.
MAX_TIME_LINE_CHARS = 200
# A longer line may open with a date set off by a dash, as a dateline is
# (`Feb. 23, 2015 -- Peanut allergies ...`); the opening is at most this long.
MAX_OPENING_CHARS = 40
_DATED_OPENING = regex.compile(r"^.{5,34}?\d\s*(?:--|—|–|-)\s")
# How a reader comment's header ends (`Jane on May 3, 2019 at 4:47 pm said:`).
_COMMENT_SIGNATURE = regex.compile(
    r"(?i)\b(?:said|says|wrote|writes|commented|replied"
    r"|disse|diz|escreveu|dijo|dice|escribió|a écrit|schrieb|scrive)\s*:$"
)


@dataclass(slots=True)  # not frozen: built for every line, and frozen init is slow; never changed
class LineEvidence:
    """What one non-blank line is, as far as the line itself tells."""

    features: Features
    key: str  # the furniture key: case-folded, outer punctuation trimmed
    times: tuple[timestamps.TimeMatch, ...] | None  # the times of a time line, else None
    dates: tuple[timestamps.TimeMatch, ...]  # the times a short line writes, time line or not
    dated: bool  # writes a date with digits somewhere (`Jane Doe 27/09/2018 2 comments`)
    byline: str | None  # the byline part of a byline line
    lead_only: bool  # a byline label alone (`By`, `Author:`)
    name_line: bool  # just a person's name (`Nadia Okafor`)
    credit: bool  # a picture credit (`Jane Roe/Getty Images`)
    picture: bool  # a caption's tell-tales: a trailing credit, `(left)`, `pictured`
    caption_start: bool  # opens as captions do (`FILE - `, `Pictured:`)
    marker: str | None  # the text after a list marker (`• ...`, `1. ...`)
    bullet_heading: bool  # `Key points`, `Highlights`
    comment_signature: bool  # a reader comment's header (`Jane on May 3, 2019 at 4:47 pm said:`)


def measure_line(text: str, reference: dt.datetime) -> LineEvidence:
    """The evidence of one non-blank, normalised line."""
    features = measure(text)
    found = timestamps.scan(text, reference) if len(text) <= MAX_DATED_CHARS else []
    times = None
    dates: tuple[timestamps.TimeMatch, ...] = ()
    if found and len(text) <= MAX_TIME_LINE_CHARS and not signed_or_linked(text):
        dates = substantive(text, found)
        times = time_line(text, dates)
    elif len(text) > MAX_TIME_LINE_CHARS and _DATED_OPENING.match(text):
        # a long paragraph that opens with its date (`Feb. 23, 2015 -- ...`): that date only
        dates = tuple(m for m in timestamps.scan(text[:MAX_OPENING_CHARS], reference) if m.start == 0)
    return LineEvidence(
        features=features,
        key=furniture_key(text),
        times=times,
        dates=dates,
        dated=bool(found) and any(any(c.isdigit() for c in m.timestamp.text) for m in found),
        byline=bylines.match(text),
        lead_only=bylines.is_lead_only(text),
        name_line=bylines.looks_like_name_line(text),
        credit=captions.is_credit(text),
        picture=captions.describes_picture(text),
        caption_start=captions.starts_like_caption(text),
        marker=bullets.strip_marker(text),
        bullet_heading=bullets.is_heading(text),
        comment_signature=_is_comment_signature(text),
    )


def _is_comment_signature(text: str) -> bool:
    return text.endswith(":") and len(text) <= MAX_TIME_LINE_CHARS and bool(_COMMENT_SIGNATURE.search(text))


@dataclass(slots=True)
class Evidence:
    """The input's lines with the evidence of each (`None` for a blank line) and
    what only the whole input tells: how often each line is shown, and which
    lines anchor a header (`time`, `byline`, `name` or None)."""

    lines: list[Line]
    reference: dt.datetime
    of: list[LineEvidence | None]
    anchors: list[str | None]
    shown: Counter[str]  # how often each furniture key appears in the input
    first_showing: dict[str, int]  # where each key first appears
    nonblank_before: list[int]  # non-blank lines above each index (one more entry at the end)
    nonblank_lines: list[int]  # the indices of the non-blank lines
    meta: PageMeta | None = None  # what an HTML page said about itself (title, times, authors)
    # times written over several lines, by their first line (`times.continued`)
    continued: dict[int, Continued] = field(default_factory=dict)
    full_text: str | None = field(default=None)
    line_offsets: list[int] = field(default_factory=list)  # where each line starts in full_text
    # answers of `titles.title_like` and `titles.headline_quality`, kept per line
    titles: dict[int, bool] = field(default_factory=dict)
    title_scores: dict[int, float] = field(default_factory=dict)
    # each line's score in the body search (`decisions.body`), worked out once:
    # (score, whether it adds to a run of furniture)
    body_scores: list[tuple[float, bool]] | None = None
    # which lines stand in a code listing or a drawn table (`decisions.body`):
    # worked out with `body_scores`
    listing: list[bool] = field(default_factory=list)
    # the words of each line that is prose and anchors no header, else 0 (asked
    # of every line in many windows by the decisions, so worked out once)
    prose_words: list[int] = field(default_factory=list)

    def features(self, i: int) -> Features | None:
        e = self.of[i]
        return None if e is None else e.features

    def key(self, i: int) -> str:
        e = self.of[i]
        return "" if e is None else e.key

    def count_nonblank(self, start: int, stop: int) -> int:
        """Non-blank lines in [start, stop)."""
        start, stop = max(0, start), min(stop, len(self.lines))
        return max(0, self.nonblank_before[stop] - self.nonblank_before[start])

    def prose_vocabulary(self, lines: Iterable[int], most: int) -> frozenset[str]:
        """The content words of the first `most` words of prose (`prose_words`)
        in `lines`, taken in the order given."""
        found: set[str] = set()
        words = 0
        for j in lines:
            if self.prose_words[j]:
                found |= content_words(self.lines[j].text)
                words += self.prose_words[j]
                if words >= most:
                    break
        return frozenset(found)

    def nonblank(self, start: int, stop: int) -> list[int]:
        """The non-blank lines in [start, stop)."""
        start, stop = max(0, start), min(stop, len(self.lines))
        if start >= stop:
            return []
        return self.nonblank_lines[self.nonblank_before[start] : self.nonblank_before[stop]]

    def previous_nonblank(self, at: int, floor: int) -> int | None:
        """The nearest non-blank line above `at`, not above `floor`."""
        for i in range(at - 1, max(0, floor) - 1, -1):
            if self.lines[i].text:
                return i
        return None

    def shown_again(self, i: int) -> bool:
        """Whether line i's text appears elsewhere on its page (alone or inside
        another line). A page is taken as the SHOWN_AGAIN_REACH characters on
        either side: looking further would make many pages in one input
        quadratic, and a page's furniture repeats within the page."""
        if self.shown[self.key(i)] > 1:
            return True
        text = self.lines[i].text
        if len(text) < 20:
            return False
        if self.full_text is None:
            self.full_text = "\n".join(line.text for line in self.lines)
            offsets = [0]
            for line in self.lines:
                offsets.append(offsets[-1] + len(line.text) + 1)
            self.line_offsets = offsets
        at = self.line_offsets[i]
        return self.full_text.count(text, max(0, at - SHOWN_AGAIN_REACH), at + len(text) + SHOWN_AGAIN_REACH) > 1


def gather(lines: list[Line], reference: dt.datetime, meta: PageMeta | None = None) -> Evidence:
    """Measure every line of the input once; `meta` is what an HTML page said
    about itself, kept beside the lines as evidence for the decisions."""
    of = _measure_lines(lines, reference)
    shown: Counter[str] = Counter()
    first: dict[str, int] = {}
    before = [0]
    nonblank: list[int] = []
    for i, e in enumerate(of):
        before.append(before[-1] + (e is not None))
        if e is not None:
            nonblank.append(i)
        if e is not None and e.key:
            shown[e.key] += 1
            first.setdefault(e.key, i)
    anchors = find_anchors(lines, of)
    ev = Evidence(lines, reference, of, anchors, shown, first, before, nonblank, meta)
    ev.prose_words = [
        e.features.words if e is not None and e.features.prose and anchor is None else 0
        for e, anchor in zip(of, anchors, strict=True)
    ]
    ev.continued = _continued_times(ev)
    return ev


def _measure_lines(lines: list[Line], reference: dt.datetime) -> list[LineEvidence | None]:
    """The evidence of each line (None for a blank one). A page repeats its
    furniture, its headline and its menus: each distinct text is measured once
    and its evidence shared (evidence is never changed after it is made)."""
    measured: dict[str, LineEvidence] = {}
    of: list[LineEvidence | None] = []
    for line in lines:
        text = line.text
        if not text:
            of.append(None)
            continue
        e = measured.get(text)
        if e is None:
            e = measured[text] = measure_line(text, reference)
        of.append(e)
    return of


def _continued_times(ev: Evidence) -> dict[int, Continued]:
    """The times of date lines whose clock time or year stands on the next line
    or two (at most one blank line apart)."""
    found: dict[int, Continued] = {}
    lines = ev.lines
    for i, e in enumerate(ev.of):
        if e is None or not e.dates or e.dates[-1].timestamp.precision not in ("day", "month"):
            continue
        after: list[int] = []
        for j in range(i + 1, min(len(lines), i + 1 + 2 * MAX_CONTINUATION_LINES)):
            if j - (after[-1] if after else i) > 2:
                break  # more than one blank line apart
            if lines[j].text:
                after.append(j)
        if not after:
            continue
        texts = [lines[i].text, *(lines[j].text for j in after)]
        joined = continued(texts, lambda text: substantive(text, timestamps.scan(text, ev.reference)))
        if joined is not None:
            found[i] = Continued(tuple(after[k - 1] for k in joined.lines), joined.match, joined.offsets)
    return found


__all__ = ["Evidence", "LineEvidence", "gather", "measure_line"]
