"""Decisions: what the evidence says about the input as a whole.

    Evidence ─ articles ─ body ─ headline ─ byline ─ times ─ ArticlePlan per article

Each decision is a choice among candidates: article starts and body spans
(`articles.py`, `body.py`), then the headline, the byline and the published and
updated times, each scored by fitted weights (`scoring.py`, `weights.py`); the
byline's own writer's bio at the body's end is taken off the body once the
byline is known (`byline.without_bio`). The
line rules then label every line from the plan and the line's own evidence,
and never decide these things again.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..evidence import Evidence
from .articles import STAY, split_articles
from .body import find_body
from .byline import BylinePick, choose_byline, without_bio
from .headline import choose_headline
from .scoring import SHOWN_RUNNERS_UP, Candidate, Choice, score
from .times import TimePick, choose_times
from .weights import ARTICLE_START


@dataclass(frozen=True, slots=True)
class ArticlePlan:
    """Where an article's parts lie, as indices into the input's lines.

    `start`/`stop` bound the article (half-open); its body is
    `[body_start, body_stop)`; `headline` is the headline line's index or None;
    `byline`, `published` and `updated` say which line (and which part of it)
    holds each; `insets` are the boxes of links inside the body, each
    `[first, last + 1)`. `choices` keeps the scored decisions for `--explain`.
    """

    start: int
    stop: int
    body_start: int
    body_stop: int
    headline: int | None = None
    byline: BylinePick | None = None
    published: TimePick | None = None
    updated: TimePick | None = None
    choices: tuple[Choice, ...] = ()
    opened: Candidate | None = None  # the start candidate that opened the article (None for the first)
    insets: tuple[tuple[int, int], ...] = ()

    def in_inset(self, i: int) -> bool:
        return bool(self.insets) and any(first <= i < last for first, last in self.insets)

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
    segmentation = split_articles(ev)
    for (start, stop), opened in zip(segmentation.spans, segmentation.starts, strict=True):
        body_start, body_stop, insets = find_body(ev, start, stop)
        headline = choose_headline(ev, start, body_start, body_stop)
        top = headline.winner.line if headline.winner is not None else None
        byline, byline_pick = choose_byline(ev, start, stop, body_start, body_stop, top)
        by = byline_pick.index if byline_pick is not None else None
        body_stop = without_bio(ev, body_start, body_stop, byline_pick)
        published, updated, published_pick, updated_pick = choose_times(ev, start, stop, body_start, body_stop, top, by)
        plans.append(
            ArticlePlan(
                start,
                stop,
                body_start,
                body_stop,
                top,
                byline_pick,
                published_pick,
                updated_pick,
                (headline, byline, published, updated),
                opened,
                insets,
            )
        )
    return plans


def describe(ev: Evidence, plan: ArticlePlan) -> list[str]:
    """One line per scored decision of an article, for `--explain`: the winner
    with its score and the features that weighed most, then the runners-up."""
    out = []
    if plan.opened is not None and plan.opened.line is not None:
        reasons = ", ".join(plan.opened.reasons(ARTICLE_START))
        stay = score(STAY, ARTICLE_START)
        out.append(
            f"start: a new article at line {ev.lines[plan.opened.line].number}, score {plan.opened.score:.1f} "
            f"against {stay:.1f} for none ({reasons})"
        )
    for choice in plan.choices:
        ranked = choice.ranked
        if not ranked:
            out.append(f"{choice.name}: no candidate")
            continue
        best, rest = ranked[0], ranked[1 : 1 + SHOWN_RUNNERS_UP]
        reasons = ", ".join(best.reasons(choice.weights))
        text = f"{choice.name}: {_where(ev, best.line)} score {best.score:.1f}" + (f" ({reasons})" if reasons else "")
        if rest:
            text += "; next " + ", ".join(f"{_where(ev, c.line)} {c.score:.1f}" for c in rest)
        count = len(ranked)
        out.append(f"{text} [{count} candidate{'' if count == 1 else 's'}]")
    return out


def _where(ev: Evidence, line: int | None) -> str:
    return "none" if line is None else f"line {ev.lines[line].number}"


__all__ = ["ArticlePlan", "BylinePick", "Choice", "TimePick", "decide", "describe"]
