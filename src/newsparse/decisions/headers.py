"""Headers: runs of anchor lines (times, bylines, names) standing together.

A header is where an article announces itself; a run of dates closer together
than headers are is a list of other stories.
"""

from __future__ import annotations

import regex

from ..evidence import Evidence
from ..evidence.anchors import BYLINE, NAME, TIME
from ..evidence.features import is_comments_heading
from ..evidence.titles import headline_quality, title_like

# Anchors at most this many non-blank lines apart form one header.
ANCHOR_GAP = 3
# A title line this strong between two anchors parts them into two headers.
STRONG_TITLE = 2.0
# How much each kind of anchor says "this is the article's header".
_KIND_STRENGTH = {TIME: 1.5, BYLINE: 1.0, NAME: 0.5}
# Headers of one bare date, this many or more above a body, are a list of stories.
MIN_LIST_ITEMS = 3
_DIGIT = regex.compile(r"\d")


def before_comments(ev: Evidence, after: list[int]) -> list[int]:
    """The lines `after` the body up to its comments: a comment's time and its
    writer's name are the reader's, not the article's."""
    for k, i in enumerate(after):
        e = ev.of[i]
        if e is not None and (e.comment_signature or is_comments_heading(ev.lines[i].text)):
            return after[:k]
    return after


def clusters(ev: Evidence, start: int, stop: int) -> list[list[int]]:
    """Runs of anchor lines in [start, stop) at most ANCHOR_GAP non-blank lines
    apart, and not parted by a strong title or a title over its standfirst
    (either starts a header of its own)."""
    found: list[list[int]] = []
    gap = 0
    titled = False
    lines = ev.nonblank(start, stop)
    for k, i in enumerate(lines):
        if ev.anchors[i] is None:
            gap += 1
            titled = titled or (
                title_like(ev, i) and (headline_quality(ev, i) >= STRONG_TITLE or _over_standfirst(ev, lines, k))
            )
            continue
        if found and gap <= ANCHOR_GAP and not titled:
            found[-1].append(i)
        else:
            found.append([i])
        gap = 0
        titled = False
    return found


def _over_standfirst(ev: Evidence, lines: list[int], k: int) -> bool:
    """A title with a paragraph of prose right under it (its standfirst) heads
    a header of its own, however short the title (`Cracking the Sitcom Code`)."""
    if k + 1 >= len(lines) or ev.anchors[lines[k + 1]] is not None:
        return False
    f = ev.features(lines[k + 1])
    return f is not None and f.prose


def strength(ev: Evidence, cluster: list[int]) -> float:
    kinds = {ev.anchors[i] for i in cluster}
    score = sum(_KIND_STRENGTH[k] for k in kinds if k is not None)
    if any(_DIGIT.search(ev.lines[i].text) and ":" in ev.lines[i].text for i in cluster if ev.anchors[i] == TIME):
        score += 0.5  # a time of day, not just a date
    return score


def is_dated_item(ev: Evidence, cluster: list[int]) -> bool:
    """A header of one bare date, as each item of a list of stories has."""
    return len(cluster) == 1 and ev.anchors[cluster[0]] == TIME and ":" not in ev.lines[cluster[0]].text


def is_dated_list(ev: Evidence, cluster: list[int]) -> bool:
    """A run of dates closer together than headers are: a list of stories (an
    article's header states at most a published and an updated time)."""
    return sum(1 for i in cluster if ev.anchors[i] == TIME) >= MIN_LIST_ITEMS
