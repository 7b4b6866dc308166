"""Headline decision: the best title-like line for an article's header.

Every header (anchor cluster) above the body proposes its best title line;
a header with more kinds of anchors (byline and time) is stronger, and one far
above the body weaker. The body proposes the best title line just above it, at
a handicap when some header made a proposal. The best proposal wins.
"""

from __future__ import annotations

from itertools import islice

from ..evidence import Evidence
from ..evidence.anchors import BYLINE, TIME
from ..evidence.titles import headline_quality, title_like
from .headers import MIN_LIST_ITEMS, clusters, is_dated_item, is_dated_list, strength

# How far (non-blank lines) above the header anchors the headline may stand.
HEADLINE_REACH = 6
# Cost per non-blank line between a headline candidate and its header.
DISTANCE_COST = 0.35
# Cost per non-blank line between a header and the body.
HEADER_DISTANCE_COST = 0.05
# Most the distance from the body can cost a header.
MAX_DISTANCE_COST = 2.0
# Headers of one bare date, MIN_LIST_ITEMS or more above a body, are a list of
# stories and cost this much.
LIST_ITEM_COST = 1.5
# Handicap of a headline with no anchors beside it, when another has some.
NO_HEADER_COST = 1.5
# How far below the header anchors the headline may stand.
HEADLINE_BELOW_REACH = 2
# How far above the body the headline may stand when the page has no anchors.
HEADLINE_REACH_NO_ANCHOR = 10
# Bonus for the header nearest above the body when it states a time.
NEAREST_HEADER_BONUS = 2.0


def best_above(ev: Evidence, at: int, floor: int, reach: int) -> tuple[int, float] | None:
    """The best title-like line above index `at` within `reach` non-blank lines
    (furniture does not count), with its score: quality less a small cost per
    line of distance."""
    best: tuple[int, float] | None = None
    seen = 0
    i = at - 1
    while i >= floor and seen < reach:
        f = ev.features(i)
        if f is not None and not f.furniture:
            if title_like(ev, i):
                score = headline_quality(ev, i) - DISTANCE_COST * seen
                if best is None or score > best[1]:
                    best = (i, score)
            seen += 1
        i -= 1
    return best


def _best_near(ev: Evidence, cluster: list[int], floor: int, ceiling: int) -> tuple[int, float] | None:
    """The best title line for a header: above its anchors, or just below them
    when the page puts the time first (`Published 1 day ago` over the title)."""
    best = best_above(ev, cluster[0], floor, HEADLINE_REACH)
    inside = [i for i in ev.nonblank(cluster[0], cluster[-1]) if ev.anchors[i] is None]
    for i in inside:
        if title_like(ev, i):
            score = headline_quality(ev, i)  # between a header's anchors
            if best is None or score > best[1]:
                best = (i, score)
    above = ev.previous_nonblank(cluster[0], floor)
    if above is not None and title_like(ev, above):
        return best  # the title stands right above the header, as usual
    below = (i for i in range(cluster[-1] + 1, min(ceiling, len(ev.lines))) if ev.lines[i].text)
    for seen, i in enumerate(islice(below, HEADLINE_BELOW_REACH)):
        if title_like(ev, i):
            score = headline_quality(ev, i) - DISTANCE_COST * seen - 0.5
            if best is None or score > best[1]:
                best = (i, score)
    return best


def proposals(ev: Evidence, start: int, body_start: int) -> list[tuple[float, int]]:
    """(score, index) of every headline candidate a header or the body proposes."""
    found: list[tuple[float, int]] = []
    headers = clusters(ev, start, body_start)
    dated_items = [c for c in headers if is_dated_item(ev, c)]
    listed = dated_items if len(dated_items) >= MIN_LIST_ITEMS else []
    listed += [c for c in headers if is_dated_list(ev, c)]
    nearest_timed = next(
        (c for c in reversed(headers) if c not in listed and any(ev.anchors[i] in (TIME, BYLINE) for i in c)),
        None,
    )
    for cluster in headers:
        best = _best_near(ev, cluster, start, body_start)
        if best is None:
            continue
        distance = len(ev.nonblank(cluster[-1], body_start))
        score = best[1] + strength(ev, cluster) - min(HEADER_DISTANCE_COST * distance, MAX_DISTANCE_COST)
        if cluster is nearest_timed:
            score += NEAREST_HEADER_BONUS
        if cluster in listed:
            score -= LIST_ITEM_COST
        found.append((score, best[0]))
    best = best_above(ev, body_start, start, HEADLINE_REACH_NO_ANCHOR)
    if best is not None:
        found.append((best[1] - (NO_HEADER_COST if found else 0.0), best[0]))
    return found


def find_headline(ev: Evidence, start: int, body_start: int) -> int | None:
    """The headline's index in [start, body_start), or None."""
    found = proposals(ev, start, body_start)
    if found:
        best = max(found, key=lambda p: (p[0], p[1]))
        return _first_copy(ev, start, best[1])
    for i in ev.nonblank(start, body_start):
        if title_like(ev, i):
            return i
    return None


def _first_copy(ev: Evidence, start: int, found: int) -> int:
    """A headline shown twice counts from its first showing, if that is close."""
    key = ev.key(found)
    for i in ev.nonblank(max(start, found - 40), found):
        if ev.key(i) == key:
            return i
    return found
