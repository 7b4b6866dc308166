"""Bullet rule: summary bullets between the headline and the body: a line with
a list marker (`•`, `-`, `*`, `▪`, `1.`), or one of a few lines under a heading
such as `Key points`. The marker is removed; the text is kept as written."""

from __future__ import annotations

from ..evidence.bullets import under_heading
from ..evidence.features import is_furniture
from ..state import BULLET, ArticleState, LineLabel, Part
from ..vocab.stopwords import STOPWORDS


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.plan.zone(i) != "header":
        return None
    text = state.text(i)
    item = state.of(i).marker
    if item is not None and state.feat(i).words >= 4 and not _controls(item):
        return LineLabel(state.lines[i].number, (Part(BULLET, item),), "bullet", "marked summary line")
    if state.feat(i).words >= 6 and under_heading(state.lines, i) and _bullets_since_heading(state, i):
        return LineLabel(state.lines[i].number, (Part(BULLET, text),), "bullet", "under a key-points heading")
    return None


# Page controls a scrape glues into one marked line (`- Comments Email Print`).
MIN_CONTROL_WORDS = 2


def _controls(item: str) -> bool:
    """A marked line of page controls, not a summary: no function word, and two
    words or more of it furniture each (`Comments`, `Email`, `Print`)."""
    words = item.split()
    if any(word.casefold() in STOPWORDS for word in words):
        return False  # a sentence (`Email and print services resume`)
    return sum(1 for word in words if is_furniture(word)) >= MIN_CONTROL_WORDS


# A tab beside the heading (`Summary` / `Companies`) has at most this many words.
MAX_TAB_WORDS = 2


def _bullets_since_heading(state: ArticleState, i: int) -> bool:
    """Only bullets, or the tabs beside the heading (`Companies`), stand between
    the heading and line i."""
    j = state.previous_nonblank(i)
    while j is not None and not state.of(j).bullet_heading:
        label = state.labels.get(j)
        if (label is None or label.label != BULLET) and state.feat(j).words > MAX_TAB_WORDS:
            return False
        j = state.previous_nonblank(j)
    return True
