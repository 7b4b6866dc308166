"""The pipeline's working state for one article, and the label a line gets.

Rules read an `ArticleState` and return a `LineLabel`; `ArticleState.apply`
files the label's parts into the draft fields. Only the pipeline mutates the
state; the Record built from it at the end is frozen.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .features import Features
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
class Zones:
    """Where the article's parts lie, as indices into the file's lines.

    `start`/`stop` bound the article (half-open); the body core is
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


@dataclass(slots=True)
class ArticleState:
    """Everything the rules know while labelling one article."""

    lines: list[Line]
    features: list[Features | None]
    anchors: list[str | None]  # layout's header anchors: `time`, `byline`, `name` or None
    keys: list[str]  # each line's furniture key, computed once by layout
    shown: Counter[str]  # how often each key appears in the input
    zones: Zones
    reference: dt.datetime
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
    nonblank_before: list[int] = field(default_factory=list)  # filled on first use

    def text(self, i: int) -> str:
        return self.lines[i].text

    def feat(self, i: int) -> Features:
        f = self.features[i]
        assert f is not None, "features are only read for non-blank lines"
        return f

    def near_article(self, i: int) -> bool:
        """Whether line i is part of the article's header or close enough to it
        (just above the headline, just below the body) to hold its byline or
        times; menus and footers further away do not."""
        zone = self.zones.zone(i)
        if zone in ("header", "body"):
            return True
        if zone == "pre" and self.zones.headline is not None:
            return self._nonblank_between(i + 1, self.zones.headline) < NEAR_HEADLINE_LINES
        if zone == "post":
            return self._nonblank_between(self.zones.body_stop, i) < NEAR_BODY_END_LINES
        return False

    def _nonblank_between(self, start: int, stop: int) -> int:
        """Non-blank lines in [start, stop), from running counts kept once per
        article (counting each time made a page's labelling quadratic)."""
        first = self.zones.start
        if not self.nonblank_before:
            count = 0
            for line in self.lines[first : self.zones.stop]:
                self.nonblank_before.append(count)
                count += bool(line.text)
            self.nonblank_before.append(count)
        return max(0, self.nonblank_before[stop - first] - self.nonblank_before[start - first])

    def previous_nonblank(self, i: int) -> int | None:
        """Index of the nearest non-blank line above i within the article."""
        for j in range(i - 1, self.zones.start - 1, -1):
            if self.lines[j].text:
                return j
        return None

    def apply(self, i: int, label: LineLabel) -> None:
        """File a line's parts into the draft fields."""
        self.labels[i] = label
        for part in label.parts:
            if part.label == HEADLINE:
                self.headline = part.text
            elif part.label == BYLINE:
                self.byline = part.text
            elif part.label == PUBLISHED:
                self.published = part.timestamp
            elif part.label == UPDATED:
                self.updated = part.timestamp
            elif part.label == BULLET:
                self.bullets.append((i, part.text))
            elif part.label == BODY:
                self.body.append((i, part.text))
            elif part.label == CAPTION:
                self.captions.append(part.text)
            else:
                self.boilerplate.append(part.text)
