"""Scored candidates: how every decision that weighs signals against each other
chooses.

A decision lists its candidates (lines that could be the headline, the byline,
the published time), describes each by named features (numbers, mostly 0 or 1),
and scores it as the weighted sum of its features. The weights are data,
fitted on the development corpora by `scripts/fit_weights.py` and written to
`weights.py`; a new signal is one more feature and a re-fit, not a new rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# How many of a decision's runners-up `--explain` shows.
SHOWN_RUNNERS_UP = 2
# How many of a candidate's features `--explain` names (the ones that weighed most).
SHOWN_FEATURES = 3

Features = dict[str, float]


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a decision, before scoring: a line (None for "none of
    them"), which part of the line (the n-th time on a time line), and its
    features."""

    line: int | None
    features: Features
    part: int = 0


@dataclass(frozen=True, slots=True)
class Candidate:
    """An option with its score under the decision's weights."""

    line: int | None
    part: int
    features: Mapping[str, float]
    score: float

    def reasons(self, weights: Mapping[str, float], count: int = SHOWN_FEATURES) -> list[str]:
        """The features that weighed most in this candidate's score, as `name +1.2`."""
        parts = [(weights.get(k, 0.0) * v, k) for k, v in self.features.items() if v]
        parts.sort(key=lambda p: (-abs(p[0]), p[1]))
        return [f"{name} {value:+.1f}" for value, name in parts[:count] if value]


def score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The weighted sum of a candidate's features."""
    return sum(weights.get(k, 0.0) * v for k, v in features.items() if v)


def _order(c: Candidate) -> tuple[float, int, int]:
    # equal scores: the earlier line first, "none" last
    return (-c.score, c.line if c.line is not None else 1 << 60, c.part)


@dataclass(frozen=True, slots=True)
class Choice:
    """A decision taken: its candidates best first (the winner first), and the
    weights they were scored by, for `--explain`."""

    name: str
    ranked: tuple[Candidate, ...]
    weights: Mapping[str, float]

    @property
    def winner(self) -> Candidate | None:
        """The best candidate, unless that is "none" (or there was no candidate)."""
        if not self.ranked or self.ranked[0].line is None:
            return None
        return self.ranked[0]


def choose(name: str, options: Iterable[Option], weights: Mapping[str, float]) -> Choice:
    """Score every option and rank them."""
    ranked = sorted((Candidate(o.line, o.part, o.features, score(o.features, weights)) for o in options), key=_order)
    return Choice(name, tuple(ranked), weights)
