"""Time grows in proportion to input size (the README's "linear time").

Measured as a ratio within one run, not against a clock: the per-megabyte CPU
time on 1 MB of text against that on 100 KB. Linear code gives a ratio near 1
(below it, as fixed costs spread out); quadratic code gives about 10. Each size
is timed on several freshly generated texts (so no cache holds an earlier run's
lines) and the best time is kept, which is what the code costs when the shared
machine leaves it alone; CPU time (`process_time`) rather than wall time, so
other processes on the machine do not count.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import newsparse
from conftest import NOW
from generated import articles, hard_wrapped

SMALL, LARGE = 100_000, 1_000_000
MAX_RATIO = 1.5


def seconds_per_mb(make: Callable[[int, int], str], size: int, runs: int) -> float:
    best = float("inf")
    for seed in range(runs):
        text = make(seed, size)
        started = time.process_time()
        newsparse.parse_text(text, now=NOW)
        best = min(best, time.process_time() - started)
    return best / (len(text.encode("utf-8")) / 1_000_000)


@pytest.mark.parametrize("make", [hard_wrapped, articles], ids=["hard-wrapped", "articles"])
def test_parse_time_per_megabyte_does_not_grow_with_size(make: Callable[[int, int], str]) -> None:
    seconds_per_mb(make, SMALL // 10, 1)  # warm up: imports, compiled patterns
    small = seconds_per_mb(make, SMALL, 5)
    large = seconds_per_mb(make, LARGE, 3)
    assert large / small <= MAX_RATIO, f"{large:.2f} s/MB at {LARGE:,} bytes, {small:.2f} s/MB at {SMALL:,}"
