"""Decisions: what the evidence says about the input as a whole.

    Evidence ─ articles ─ body ─ headline ─ ArticlePlan per article

Each decision is a choice among candidates (article starts, body spans,
headline lines); the line rules then label every line from the plan and the
line's own evidence, and never decide these things again.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..evidence import Evidence
from .articles import split_articles
from .body import find_body
from .headline import find_headline


@dataclass(frozen=True, slots=True)
class ArticlePlan:
    """Where an article's parts lie, as indices into the input's lines.

    `start`/`stop` bound the article (half-open); its body is
    `[body_start, body_stop)`; `headline` is the headline line's index or None.
    """

    start: int
    stop: int
    body_start: int
    body_stop: int
    headline: int | None = None

    def zone(self, i: int) -> str:
        """`pre` (above the headline), `header`, `body` or `post`."""
        if i >= self.body_stop:
            return "post"
        if i >= self.body_start:
            return "body"
        if self.headline is not None and i < self.headline:
            return "pre"
        return "header"


def decide(ev: Evidence) -> list[ArticlePlan]:
    """The plan of every article in the input, in order."""
    plans = []
    for start, stop in split_articles(ev):
        body_start, body_stop = find_body(ev, start, stop)
        plans.append(ArticlePlan(start, stop, body_start, body_stop, find_headline(ev, start, body_start)))
    return plans


__all__ = ["ArticlePlan", "decide"]
