"""Bullet rule: summary bullets between the headline and the body: a line with
a list marker (`•`, `-`, `*`, `▪`, `1.`), one of a few lines under a heading
such as `Key points`, or one of a run of sentences one a line right under the
headline and over the byline or the time (bullets without markers). The marker
is removed; the text is kept as written."""

from __future__ import annotations

from ..evidence.bullets import MAX_UNMARKED_BULLETS, MIN_BULLET_WORDS, under_heading
from ..evidence.features import is_furniture
from ..state import BULLET, ArticleState, LineLabel, Part
from ..vocab.stopwords import STOPWORDS


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.plan.zone(i) != "header":
        return None
    text = state.text(i)
    item = state.of(i).marker
    # an item the page shows again below is a table of contents' entry, not a point
    if item is not None and state.feat(i).words >= 4 and not _controls(item) and not _listed_again(state, i):
        return LineLabel(state.lines[i].number, (Part(BULLET, item),), "bullet", "marked summary line")
    if state.feat(i).words >= MIN_BULLET_WORDS and under_heading(state.lines, i) and _bullets_since_heading(state, i):
        return LineLabel(state.lines[i].number, (Part(BULLET, text),), "bullet", "under a key-points heading")
    if _in_unmarked_run(state, i):
        return LineLabel(state.lines[i].number, (Part(BULLET, text),), "bullet", "summary line under the headline")
    return None


def _listed_again(state: ArticleState, i: int) -> bool:
    """Line i stands again below it (`1. Ride the ferry` over the section it names)."""
    key = state.of(i).key
    return state.ev.shown[key] > 1 and state.ev.first_showing.get(key, i) == i


# Summary lines without markers (a list whose bullets are pictures or styles):
# two to five sentences one a line, right under the headline and right over
# the byline or the time.
MIN_UNMARKED_RUN = 2


def _summary_line(state: ArticleState, i: int) -> bool:
    e = state.of(i)
    f = e.features
    return (
        f.words >= MIN_BULLET_WORDS
        and f.ends_sentence
        and not (f.furniture or f.sitewide or e.picture or e.credit or e.caption_start)
        and state.ev.anchors[i] is None
        and state.ev.shown[e.key] == 1  # not the headline shown again
    )


def _in_unmarked_run(state: ArticleState, i: int) -> bool:
    """Line i is one of a run of summary lines (no blank line between them)
    that stands right under the headline and right over a header anchor."""
    headline = state.plan.headline
    if headline is None or i <= headline or not _summary_line(state, i):
        return False
    lines = state.ev.lines
    # the run is walked no further than one line past its longest: a longer run
    # (a body of one-line paragraphs with no blank lines) is no run of bullets,
    # and walking it all from each of its lines would be quadratic
    first = i
    while (
        first - 1 > headline
        and i - first <= MAX_UNMARKED_BULLETS
        and lines[first - 1].text
        and _summary_line(state, first - 1)
    ):
        first -= 1
    last = i
    while (
        last + 1 < len(lines)
        and last - first < MAX_UNMARKED_BULLETS
        and lines[last + 1].text
        and _summary_line(state, last + 1)
    ):
        last += 1
    if not MIN_UNMARKED_RUN <= last - first + 1 <= MAX_UNMARKED_BULLETS:
        return False
    after = state.ev.nonblank(last + 1, last + 3)[:1]
    return first - 1 == headline and bool(after) and state.ev.anchors[after[0]] is not None


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
    """Only bullets, the tabs beside the heading (`Companies`) or the list's
    note (`Summary is AI generated.`) stand between the heading and line i."""
    j = state.previous_nonblank(i)
    while j is not None and not state.of(j).bullet_heading:
        label = state.labels.get(j)
        f = state.feat(j)
        if (label is None or label.label != BULLET) and f.words > MAX_TAB_WORDS and not f.sitewide:
            return False
        j = state.previous_nonblank(j)
    return True
