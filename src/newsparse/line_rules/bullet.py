"""Bullet rule: summary bullets between the headline and the body.

A bullet has a marker (`•`, `-`, `*`, `▪`, `1.`), or follows a heading such as
`Key points` / `Highlights`. The marker is removed; the text is kept as written.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..state import BULLET, ArticleState, LineLabel, Part
from ..text import Line

MARKER = regex.compile(r"^(?:[•●▪■◆◦‣∙·*►▶✓✔]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")
# At most this many unmarked bullets follow a heading, each at most this long.
MAX_UNMARKED_BULLETS = 5
MAX_BULLET_WORDS = 45
# Headings after which unmarked lines are summary bullets, up to the body.
BULLET_HEADINGS = frozenset(
    {"key points", "highlights", "in brief", "at a glance", "the big picture", "summary", "key takeaways", "takeaways"}
)


def strip_marker(text: str) -> str | None:
    m = MARKER.match(text)
    if not m or m.end() == len(text):
        return None
    return text[m.end() :].strip()


def is_heading(text: str) -> bool:
    return text.casefold().strip(" :") in BULLET_HEADINGS


def under_heading(lines: Sequence[Line], i: int) -> bool:
    """Whether line i belongs to the unbroken run of a few short lines under a
    bullet heading (`Key points`)."""
    for seen, j in enumerate(range(i - 1, -1, -1), 1):
        text = lines[j].text
        if not text:
            return False  # a blank line ends the list
        if is_heading(text):
            return True
        if seen >= MAX_UNMARKED_BULLETS or len(text.split()) > MAX_BULLET_WORDS:
            return False
    return False


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.zones.zone(i) != "header":
        return None
    text = state.text(i)
    item = strip_marker(text)
    if item is not None and state.feat(i).words >= 4:
        return LineLabel(state.lines[i].number, (Part(BULLET, item),), "bullet", "marked summary line")
    if state.feat(i).words >= 6 and under_heading(state.lines, i) and _bullets_since_heading(state, i):
        return LineLabel(state.lines[i].number, (Part(BULLET, text),), "bullet", "under a key-points heading")
    return None


def _bullets_since_heading(state: ArticleState, i: int) -> bool:
    """Only bullets stand between the heading and line i."""
    j = state.previous_nonblank(i)
    while j is not None and not is_heading(state.text(j)):
        label = state.labels.get(j)
        if label is None or label.label != BULLET:
            return False
        j = state.previous_nonblank(j)
    return True
