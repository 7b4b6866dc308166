"""Bullet rule: summary bullets between the headline and the body: a line with
a list marker (`•`, `-`, `*`, `▪`, `1.`), or one of a few lines under a heading
such as `Key points`. The marker is removed; the text is kept as written."""

from __future__ import annotations

from ..evidence.bullets import under_heading
from ..state import BULLET, ArticleState, LineLabel, Part


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.plan.zone(i) != "header":
        return None
    text = state.text(i)
    item = state.of(i).marker
    if item is not None and state.feat(i).words >= 4:
        return LineLabel(state.lines[i].number, (Part(BULLET, item),), "bullet", "marked summary line")
    if state.feat(i).words >= 6 and under_heading(state.lines, i) and _bullets_since_heading(state, i):
        return LineLabel(state.lines[i].number, (Part(BULLET, text),), "bullet", "under a key-points heading")
    return None


def _bullets_since_heading(state: ArticleState, i: int) -> bool:
    """Only bullets stand between the heading and line i."""
    j = state.previous_nonblank(i)
    while j is not None and not state.of(j).bullet_heading:
        label = state.labels.get(j)
        if label is None or label.label != BULLET:
            return False
        j = state.previous_nonblank(j)
    return True
