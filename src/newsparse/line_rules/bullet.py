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
    """Whether line i belongs to an unbroken run of lines under a bullet heading."""
    j = i - 1
    while j >= 0 and lines[j].text:
        if is_heading(lines[j].text):
            return True
        j -= 1
    return False


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.zones.zone(i) != "header":
        return None
    text = state.text(i)
    item = strip_marker(text)
    if item is not None and state.feat(i).words >= 4:
        return LineLabel(state.lines[i].number, (Part(BULLET, item),), "bullet", "marked summary line")
    if state.feat(i).words >= 6 and _after_heading(state, i):
        return LineLabel(state.lines[i].number, (Part(BULLET, text),), "bullet", "under a key-points heading")
    return None


def _after_heading(state: ArticleState, i: int) -> bool:
    """Whether the line follows a bullet heading with only bullets in between."""
    j = i - 1
    while j >= state.zones.start:
        t = state.lines[j].text
        if t:
            if is_heading(t):
                return True
            label = state.labels.get(j)
            if label is None or label.label != BULLET:
                return False
        j -= 1
    return False
