"""The line rules' working state for one article, and the label a line gets.

Rules read an `ArticleState` (the input's evidence, the article's plan and the
labels given so far) and return a `LineLabel`; `ArticleState.apply` files the
label's parts into the draft fields. Only the pipeline mutates the state; the
Record built from it at the end is frozen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .decisions import ArticlePlan
from .evidence import Evidence, LineEvidence
from .evidence.features import Features
from .model import ParseWarning, Timestamp
from .text import Line

# The labels a line (or part of a line) can get. Every non-blank input line is
# filed under exactly one of these, so `--explain` can account for all of them.
HEADLINE = "headline"
PUBLISHED = "published"
UPDATED = "updated"
BYLINE = "byline"
BULLET = "bullet"
CAPTION = "caption"
BODY = "body"
BOILERPLATE = "boilerplate"
LABELS = (HEADLINE, PUBLISHED, UPDATED, BYLINE, BULLET, CAPTION, BODY, BOILERPLATE)
# How close to the headline (above it) or to the end of the body (below it) a
# byline or a time may stand, in non-blank lines.
NEAR_HEADLINE_LINES = 3
NEAR_BODY_END_LINES = 6


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of a line and where it goes. Most lines are one part; a line such as
    `By Jane Doe Updated Nov 13, 2019` is two."""

    label: str
    text: str
    timestamp: Timestamp | None = None


@dataclass(frozen=True, slots=True)
class LineLabel:
    """The decision for one line: its parts, and which rule decided and why."""

    line: int
    parts: tuple[Part, ...]
    rule: str
    why: str
    last: int = 0  # last physical line, for a line joined from hard-wrapped ones

    @property
    def label(self) -> str:
        return "+".join(dict.fromkeys(p.label for p in self.parts))


@dataclass(slots=True)
class ArticleState:
    """Everything the rules know while labelling one article."""

    ev: Evidence
    plan: ArticlePlan
    labels: dict[int, LineLabel] = field(default_factory=dict)
    # draft fields, filled by apply()
    headline: str | None = None
    byline: str | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    bullets: list[tuple[int, str]] = field(default_factory=list)
    body: list[tuple[int, str]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    seen_in_body: set[str] = field(default_factory=set)  # the keys of the lines labelled in the body

    @property
    def lines(self) -> list[Line]:
        return self.ev.lines

    def text(self, i: int) -> str:
        return self.ev.lines[i].text

    def of(self, i: int) -> LineEvidence:
        e = self.ev.of[i]
        assert e is not None, "evidence is only read for non-blank lines"
        return e

    def feat(self, i: int) -> Features:
        return self.of(i).features

    def near_article(self, i: int) -> bool:
        """Whether line i is part of the article's header or close enough to it
        (just above the headline, just below the body) to hold its byline or
        times; menus and footers further away do not."""
        zone = self.plan.zone(i)
        if zone in ("header", "body"):
            return True
        if zone == "pre" and self.plan.headline is not None:
            return self.ev.count_nonblank(i + 1, self.plan.headline) < NEAR_HEADLINE_LINES
        if zone == "post":
            return self.ev.count_nonblank(self.plan.body_stop, i) < NEAR_BODY_END_LINES
        return False

    def in_listing(self, i: int) -> bool:
        """Line i stands in a code listing or a drawn table (`decisions.body`)."""
        return bool(self.ev.listing) and self.ev.listing[i]

    def previous_nonblank(self, i: int) -> int | None:
        """Index of the nearest non-blank line above i within the article."""
        return self.ev.previous_nonblank(i, self.plan.start)

    def apply(self, i: int, label: LineLabel) -> None:
        """File a line's parts into the draft fields."""
        self.labels[i] = label
        for part in label.parts:
            if part.label == HEADLINE:
                self.headline = part.text
            elif part.label == BYLINE:
                # writers named one a line make one byline
                self.byline = part.text if self.byline is None else f"{self.byline}, {part.text}"
            elif part.label == PUBLISHED:
                # the rest of a time written over several lines carries no reading of its own
                self.published = part.timestamp or self.published
            elif part.label == UPDATED:
                self.updated = part.timestamp or self.updated
            elif part.label == BULLET:
                self.bullets.append((i, part.text))
            elif part.label == BODY:
                self.body.append((i, part.text))
            elif part.label == CAPTION:
                self.captions.append(part.text)
            else:
                self.boilerplate.append(part.text)
