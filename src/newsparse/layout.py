"""Layout: where the articles are, and for each its body and headline.

This stage looks at the whole input before any line is labelled:
1. header anchors: lines that are a byline or a published/updated time;
2. article boundaries: a new article starts at a header (headline plus anchors)
   that has prose both before it and after it, so teaser lists, related stories
   and comment threads never become articles of their own;
3. the body core of each article: the densest run of prose, found as the
   maximum-sum run of line scores (prose scores its word count, furniture and
   short link-like lines score below zero), then cut below any header lines it
   swallowed at its top;
4. the headline: the nearest title-like line above the header anchors (or above
   the body when the page has none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .features import Features, furniture_key
from .line_rules import bullet, byline, caption, timestamp
from .paragraph_rules import dateline
from .state import Zones
from .text import Line

# Minimum prose, in words, on each side of a header for it to start a new article.
MIN_ARTICLE_WORDS = 80
# How far (non-blank lines) above the header anchors the headline may stand.
HEADLINE_REACH = 6
# How far above the body the headline may stand when the page has no anchors.
HEADLINE_REACH_NO_ANCHOR = 10
# Anchors at most this many non-blank lines apart form one header.
ANCHOR_GAP = 3


def line_score(f: Features | None) -> float:
    """Score for the maximum-sum body search: positive for prose, negative for furniture."""
    if f is None:
        return 0.0
    if f.furniture:
        return -5.0
    if f.prose:
        return float(min(f.words, 120))
    if f.ends_sentence and f.words >= 3 and (f.stop_ratio > 0 or f.cjk):
        return f.words * 0.5
    if f.urlish:
        return -4.0
    return -3.0


def is_anchor(text: str, reference: dt.datetime) -> bool:
    """A header line: a byline, or a line that is mostly a time."""
    if len(text) > 200:
        return False
    return timestamp.is_timestamp_line(text, reference) or byline.match(text) is not None


def title_like(text: str, f: Features | None, reference: dt.datetime) -> bool:
    """Could this line be a headline?"""
    if f is None or f.furniture or f.urlish:
        return False
    if f.cjk:
        if not 6 <= f.chars <= 120:
            return False
    elif not (2 <= f.words <= 30 and f.chars <= 250):
        return False
    if f.ends_period and not text.endswith(("...", "…")):
        return False
    if f.words >= 18 and f.ends_sentence:
        return False
    if bullet.strip_marker(text) is not None or caption.is_credit(text):
        return False
    return not is_anchor(text, reference)


def _nonblank(lines: Sequence[Line], start: int, stop: int) -> list[int]:
    return [i for i in range(start, stop) if lines[i].text]


def body_core(features: Sequence[Features | None], start: int, stop: int) -> tuple[int, int]:
    """The maximum-sum run of line scores in [start, stop), as (first, last + 1)."""
    best, best_span = 0.0, (start, start)
    run, run_start = 0.0, start
    for i in range(start, stop):
        s = line_score(features[i])
        if run <= 0:
            run, run_start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best_span


def _prose_words(features: Sequence[Features | None], start: int, stop: int) -> int:
    return sum(f.words for f in features[start:stop] if f is not None and f.prose)


def _clusters(anchors: list[int], lines: Sequence[Line]) -> list[list[int]]:
    clusters: list[list[int]] = []
    for i in anchors:
        if clusters:
            gap = sum(1 for j in range(clusters[-1][-1] + 1, i) if lines[j].text)
            if gap <= ANCHOR_GAP:
                clusters[-1].append(i)
                continue
        clusters.append([i])
    return clusters


def _headline_above(
    lines: Sequence[Line], features: Sequence[Features | None], at: int, floor: int, reach: int, reference: dt.datetime
) -> int | None:
    """The nearest title-like line above index `at`, within `reach` non-blank lines."""
    seen = 0
    i = at - 1
    while i >= floor and seen < reach:
        if lines[i].text:
            seen += 1
            if title_like(lines[i].text, features[i], reference):
                return i
        i -= 1
    return None


def split_articles(
    lines: Sequence[Line], features: Sequence[Features | None], reference: dt.datetime
) -> list[tuple[int, int]]:
    """Article spans (half-open index ranges) covering every line of the input."""
    n = len(lines)
    anchors = [i for i in range(n) if lines[i].text and is_anchor(lines[i].text, reference)]
    clusters = _clusters(anchors, lines)
    starts = [0]
    for k, cluster in enumerate(clusters):
        head = _headline_above(lines, features, cluster[0], starts[-1], 4, reference)
        if head is None or head <= starts[-1]:
            continue
        following = clusters[k + 1][0] if k + 1 < len(clusters) else n
        if (
            _prose_words(features, starts[-1], head) >= MIN_ARTICLE_WORDS
            and _prose_words(features, cluster[-1] + 1, following) >= MIN_ARTICLE_WORDS
        ):
            starts.append(head)
    return [(s, starts[k + 1] if k + 1 < len(starts) else n) for k, s in enumerate(starts)]


def _cut_header(
    lines: Sequence[Line], features: Sequence[Features | None], core: tuple[int, int], reference: dt.datetime
) -> int:
    """Move the body start below header lines the core swallowed at its top:
    anchors, a repeated title, and summary bullets."""
    start, stop = core
    total = _prose_words(features, start, stop)
    new_start = start
    for i in _nonblank(lines, start, stop):
        if _prose_words(features, start, i) > min(150, total * 0.35):
            break
        if is_anchor(lines[i].text, reference):
            new_start = i + 1
    # the body begins at its first paragraph of prose: what stands between the
    # header and it (share rows, a repeated title, summary bullets) is header
    first_prose = next((i for i in range(new_start, stop) if _is_paragraph(lines[i], features[i])), None)
    if first_prose is None:
        return start
    before = [i for i in _nonblank(lines, new_start, first_prose)]
    if before and dateline.is_place_line(lines[before[-1]].text):
        return before[-1]
    return first_prose


def _is_paragraph(line: Line, f: Features | None) -> bool:
    return f is not None and f.prose and bullet.strip_marker(line.text) is None


def find_headline(
    lines: Sequence[Line],
    features: Sequence[Features | None],
    start: int,
    body_start: int,
    reference: dt.datetime,
) -> int | None:
    """The headline's index in [start, body_start), or None."""
    anchors = [i for i in _nonblank(lines, start, body_start) if is_anchor(lines[i].text, reference)]
    if anchors:
        cluster = _clusters(anchors, lines)[-1]
        found = _headline_above(lines, features, cluster[0], start, HEADLINE_REACH, reference)
        if found is not None:
            return _first_copy(lines, start, found)
    found = _headline_above(lines, features, body_start, start, HEADLINE_REACH_NO_ANCHOR, reference)
    if found is not None:
        return _first_copy(lines, start, found)
    for i in _nonblank(lines, start, body_start):
        if title_like(lines[i].text, features[i], reference):
            return i
    return None


def _first_copy(lines: Sequence[Line], start: int, found: int) -> int:
    """A headline shown twice counts from its first showing, if that is close."""
    key = furniture_key(lines[found].text)
    for i in _nonblank(lines, max(start, found - 40), found):
        if furniture_key(lines[i].text) == key:
            return i
    return found


def layout(lines: Sequence[Line], features: Sequence[Features | None], reference: dt.datetime) -> list[Zones]:
    """Zones of every article in the input, in order."""
    zones = []
    for start, stop in split_articles(lines, features, reference):
        core = body_core(features, start, stop)
        if core[0] == core[1]:  # no prose at all: everything is header
            body_start = body_stop = stop
        else:
            body_start, body_stop = _cut_header(lines, features, core, reference), core[1]
        headline = find_headline(lines, features, start, body_start, reference)
        zones.append(Zones(start, stop, body_start, body_stop, headline))
    return zones
