"""Speed as a ratio, for tests: how CPU time per unit of input grows from a small
input to a large one, measured in one run. Linear work gives about 1 (less, as
fixed costs spread out); quadratic work gives the ratio of the sizes. No clock
limit: the machine is shared, and a ratio does not care how fast it is.

Each size is run a few times and the best time kept (what the code costs when
the machine leaves it alone), on CPU time so that other processes do not count.
Every run gets its own input (`make(size, run)`), so no cache of lines seen
before makes a repeat look cheaper than the first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def best_cpu_seconds(
    make: Callable[[int, int], T], size: int, action: Callable[[T], object], runs: int, *, first_run: int = 0
) -> float:
    best = float("inf")
    for run in range(first_run, first_run + runs):
        given = make(size, run)
        started = time.process_time()
        action(given)
        best = min(best, time.process_time() - started)
    return best


def growth(
    make: Callable[[int, int], T],
    action: Callable[[T], object],
    small: int,
    large: int,
    *,
    runs: tuple[int, int] = (3, 2),
) -> float:
    """CPU time per unit at `large` over that at `small` (`make(size, run)` gives
    an input of `size` units)."""
    # warm up (imports, compiled patterns) on an input of its own, which caches
    # of lines seen before must not remember in the runs that count
    best_cpu_seconds(make, small, action, 1, first_run=runs[0])
    per_unit_small = best_cpu_seconds(make, small, action, runs[0]) / small
    per_unit_large = best_cpu_seconds(make, large, action, runs[1]) / large
    return per_unit_large / per_unit_small
