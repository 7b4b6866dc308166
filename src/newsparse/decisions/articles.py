"""Article boundaries: where one article ends and the next begins.

A header starts a new article only when it has a proper headline that the file
has not shown before, a time among its anchors, and a body of prose both before
it and after it; comment threads and teaser lists have headers of a sort, but
not all of these.
"""

from __future__ import annotations

from ..evidence import Evidence
from ..evidence.anchors import TIME
from .body import core_words
from .headers import clusters
from .headline import best_above

# Minimum prose, in words, in the body core on each side of a header for it to
# start a new article.
MIN_ARTICLE_WORDS = 120
# Minimum score of the headline of a header that starts a new article.
MIN_SPLIT_HEADLINE_SCORE = 1.5
# How far above its header a new article's headline may stand.
SPLIT_HEADLINE_REACH = 4


def split_articles(ev: Evidence) -> list[tuple[int, int]]:
    """Article spans (half-open index ranges) covering every line of the input."""
    n = len(ev.lines)
    headers = clusters(ev, 0, n)
    starts = [0]
    for k, cluster in enumerate(headers):
        if not any(ev.anchors[i] == TIME for i in cluster):
            continue
        found = best_above(ev, cluster[0], starts[-1], SPLIT_HEADLINE_REACH)
        if found is None or found[1] < MIN_SPLIT_HEADLINE_SCORE or found[0] <= starts[-1]:
            continue
        head = found[0]
        if ev.first_showing[ev.key(head)] < head:
            continue  # a title shown again further down is a repeat, not a new article
        following = headers[k + 1][0] if k + 1 < len(headers) else n
        if core_words(ev, starts[-1], head) >= MIN_ARTICLE_WORDS and (
            core_words(ev, cluster[-1] + 1, following) >= MIN_ARTICLE_WORDS
        ):
            starts.append(head)
    return [(s, starts[k + 1] if k + 1 < len(starts) else n) for k, s in enumerate(starts)]
