"""Time grows in proportion to input size (the README's "linear time"), and
many pages in one `parse_text` call cost per megabyte what a few do.

Measured as a ratio within one run, not against a clock (see timing.py): the
CPU time per megabyte on 1 MB of text against that on 100 KB, on freshly
generated text for every run. Linear code gives a ratio near 1 (below it, as
fixed costs spread out); quadratic code gives about 10.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse
from conftest import NOW
from generated import articles, boxed_story, hard_wrapped, pages
from timing import growth

SMALL, LARGE = 100_000, 1_000_000
MAX_RATIO = 1.5


@pytest.mark.parametrize(
    "make", [hard_wrapped, articles, boxed_story], ids=["hard-wrapped", "articles", "list-headings-in-the-body"]
)
def test_parse_time_per_megabyte_does_not_grow_with_size(make: Callable[[int, int], str]) -> None:
    ratio = growth(
        lambda size, run: make(run, size), lambda text: newsparse.parse_text(text, now=NOW), SMALL, LARGE, runs=(4, 2)
    )
    assert ratio <= MAX_RATIO, f"time per MB at {LARGE:,} bytes is {ratio:.2f}x that at {SMALL:,}"


# Many whole pages in one string (a feed dump read with one call): the cost per
# MB of ten times as many distinct pages stays close to that of a few; a check
# of each title against the whole input made this 1.67x.
PAGES_SMALL, PAGES_LARGE = 200_000, 2_000_000
PAGES_MAX_RATIO = 1.25


def test_one_call_on_many_pages_costs_per_megabyte_what_a_few_do() -> None:
    ratio = growth(
        lambda size, run: pages(run, size),
        lambda text: newsparse.parse_text(text, now=NOW),
        PAGES_SMALL,
        PAGES_LARGE,
        runs=(3, 2),
    )
    assert ratio <= PAGES_MAX_RATIO, f"time per MB at {PAGES_LARGE:,} bytes is {ratio:.2f}x that at {PAGES_SMALL:,}"
