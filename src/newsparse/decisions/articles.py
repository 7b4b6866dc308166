"""Article boundaries: where one article ends and the next begins.

Every title-like line with prose both above and below it is a candidate start.
Each is scored by the fitted `ARTICLE_START` weights against "no new article
here" on what marks a new article: the line's shape as a title, a header below
it (a time, a byline, a standfirst), its prose after it, the previous article's
end furniture above it (tags, a share strip, a list heading), a gap of blank
lines above it or its header wider than the text around uses, a change of
vocabulary between the prose before and after it (a new story speaks of other
things), and the title sharing its words with what follows rather than what
came before. Against it: the title shown before (a
repeat), teaser-like titles around it (a list of other stories), a reader
comment's signature. The starts that win are kept when enough prose stands
between them; teasers (a title with a sentence) stay inside the article they
sit in.

Everything here reads a bounded window around each candidate, so the cost
grows with the input, not with its square.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from operator import sub

from ..evidence import Evidence
from ..evidence.anchors import BYLINE, NAME, TIME
from ..evidence.features import code_or_table, content_words
from ..evidence.titles import headline_quality, title_like
from .body import core_words
from .scoring import Candidate, Features, Option, score
from .weights import ARTICLE_START

# How many non-blank lines around a candidate its features read.
WINDOW = 40
# How many lines below a title its header may take.
HEADER_REACH = 6
# How far around a title other teaser-like titles are looked for.
SIBLING_REACH = 8
# Prose words each side of a start at the least: a title between two paragraphs
# of one article is a subheading.
MIN_PROSE_WORDS = 40
# Prose words in the body core each article must keep, on each side of a start
# (a short news item keeps some 60); fewer for a start that wins by far.
MIN_ARTICLE_WORDS = 50
MIN_SHORT_WORDS = 30
STRONG_MARGIN = 4.0
# How many prose words each side the vocabulary of the text is compared over.
VOCABULARY_WORDS = 250
# How far below its title a new article's time or byline may stand above the
# title instead (`Published 3 May` / title): the start moves up over them.
ANCHORS_ABOVE = 3
# How many non-blank lines above a title a gap of two blank lines or more may
# stand (a page's furniture between the previous article and the title).
GAP_REACH = 6
# The share of vocabulary two parts of one story keep at the least, about
# (two stories keep a few words in common, one story a tenth or more).
SHARED_SCALE = 0.1


# The other side of every start decision: no new article here.
STAY: Features = {"stay": 1.0}


@dataclass(frozen=True, slots=True)
class Segmentation:
    """The article spans and, for `--explain`, the start candidate that opened
    each (None for the first, which starts with the input)."""

    spans: list[tuple[int, int]]
    starts: tuple[Candidate | None, ...]


def _prose_prefix(ev: Evidence) -> list[int]:
    """Prose words above each line index (one more entry at the end)."""
    out = [0]
    for e in ev.of:
        out.append(out[-1] + (e.features.words if e is not None and e.features.prose else 0))
    return out


def start_options(ev: Evidence, prose: list[int] | None = None) -> list[Option]:
    """Every candidate start of a new article, with its features (`prose`: the
    input's `_prose_prefix`, when the caller has it already)."""
    if prose is None:
        prose = _prose_prefix(ev)
    nonblank = [i for i, e in enumerate(ev.of) if e is not None]
    position = {i: k for k, i in enumerate(nonblank)}

    @cache  # the candidates' windows overlap: each line is asked about many times
    def teaser(j: int) -> bool:  # a title with an anchor right below it
        return title_like(ev, j) and any(ev.anchors[m] is not None for m in _next(nonblank, position, j, 2))

    options = []
    for k, i in enumerate(nonblank):
        if prose[i] < MIN_PROSE_WORDS or not title_like(ev, i) or _code(ev, i):
            continue  # a line of program code titles nothing
        below = nonblank[k + 1 : k + 1 + WINDOW]
        above = nonblank[max(0, k - WINDOW) : k]
        # a long menu or fact box may stand between a title and its body
        far = nonblank[k + 1 : k + 1 + 3 * WINDOW]
        after = prose[far[-1] + 1] - prose[i] if far else 0
        if after < MIN_PROSE_WORDS:
            continue
        before = prose[i] - prose[above[0]] if above else 0
        options.append(Option(i, _features(ev, i, k, nonblank, teaser, above, below, far, before, after, prose)))
    return options


def _features(
    ev: Evidence,
    i: int,
    k: int,
    nonblank: list[int],
    teaser: Callable[[int], bool],
    above: list[int],
    below: list[int],
    far: list[int],
    before: int,
    after: int,
    prose: list[int],
) -> Features:
    e = ev.of[i]
    assert e is not None
    header = _header_below(ev, below)
    kinds = {ev.anchors[j] for j in header}
    own = content_words(ev.lines[i].text)
    words_before = ev.prose_vocabulary(reversed(above), VOCABULARY_WORDS)
    # read as far below as the prose that made the title a candidate (over a menu)
    words_after = ev.prose_vocabulary(far, VOCABULARY_WORDS)
    shared = len(words_before & words_after) / len(words_before | words_after) if words_before and words_after else 0.0
    # the short lines right above the title (a kicker, a section, a name, a time),
    # and the blank lines above them
    block = _header_block(ev, i, above)
    # a proper header (a time, a byline) below the title or right above it
    side = "under_header" if (kinds | {ev.anchors[j] for j in block}) & {TIME, BYLINE, NAME} else "bare"
    top = block[0] if block else i
    before_top = [j for j in above if j < top]
    blanks = top - (before_top[-1] if before_top else -1) - 1
    wide = _wide_gap([*above, i, *below])
    near = [*above[-GAP_REACH:], i]
    gap_near = any(b - a - 1 >= wide for a, b in pairwise(near))
    end_furniture = sum(1 for j in above[-5:] if _is_end_furniture(ev, j))
    first_prose = next((j for j in below[:HEADER_REACH] if _prose(ev, j)), None)

    # the title shown again right by it (a headline over its own share text) is
    # the same story, not another teaser of a list
    siblings_above = sum(1 for j in nonblank[max(0, k - SIBLING_REACH) : k] if teaser(j) and ev.key(j) != e.key)
    siblings_below = sum(1 for j in nonblank[k + 1 : k + SIBLING_REACH + 1] if teaser(j) and ev.key(j) != e.key)
    # prose words from the title to the next title-like line that has a header
    # (not its own title shown again), read off the running count
    own_block = 0
    if below:
        end = next((j for j in below if j not in header and teaser(j) and ev.key(j) != e.key), below[-1] + 1)
        own_block = prose[end] - prose[below[0]]
    near_above = sum(f.words for j in before_top[-8:] if (f := ev.features(j)) is not None and f.prose)
    block_above = _largest_block(ev, above)
    return {
        "quality": headline_quality(ev, i) / 5,
        "short_title": float(e.features.words <= 3),
        "time_below": float(TIME in kinds),
        "byline_below": float(BYLINE in kinds or NAME in kinds),
        # a full header (a name and a time) says more than one anchor
        "anchor_above": len({ev.anchors[j] for j in block} & {TIME, BYLINE, NAME}) / 2,
        "kicker_block": min(len(block), 4) / 4,
        "standfirst_below": float(first_prose is not None and first_prose == (below[0] if below else None)),
        "prose_after": math.log1p(after) / 7,
        "prose_before": math.log1p(before) / 7,
        "blank_gap": float(blanks >= wide),
        "blank_gap_near": float(gap_near),
        "end_furniture_above": end_furniture / 5,
        "list_heading_above": float(any(ev.features(j) is not None and _heading(ev, j) for j in above[-8:])),
        # what the text says before and after weighs less under a proper header
        # (a time or a byline): a feed of one site's stories shares its words
        f"vocabulary_kept_{side}": min(1.0, shared / SHARED_SCALE),
        "title_words_after": len(own & words_after) / len(own) if own else 0.0,
        "title_words_before": len(own & words_before) / len(own) if own else 0.0,
        "shown_before": float(ev.first_showing.get(e.key, i) < i),
        "shown_again_below": float(any(ev.key(j) == e.key for j in below[: HEADER_REACH * 2])),
        "teasers_above": min(siblings_above, 3) / 3,
        "teasers_below": min(siblings_below, 3) / 3,
        "own_block": math.log1p(own_block) / 7,
        f"prose_just_above_{side}": math.log1p(near_above) / 7,
        "article_above": math.log1p(block_above) / 7,
        "comment_near": float(any(_comment(ev, j) for j in [*above[-3:], *below[:3]])),
    }


def _wide_gap(lines: list[int]) -> int:
    """How many blank lines make a gap wider than the text around uses between
    its lines (two at the least): a text that puts two blank lines after every
    paragraph says nothing by one more pair."""
    steps = sorted(map(sub, lines[1:], lines))  # one more than the blank lines between
    usual = steps[len(steps) // 2] - 1 if steps else 0
    return max(2, usual + 1)


def _code(ev: Evidence, i: int) -> bool:
    """A line of program code (`code_or_table`), or one with an assignment, which
    a title has not."""
    text = ev.lines[i].text
    return code_or_table(text) or "=" in text


# A paragraph block goes on over at most this many other lines (a caption, an ad).
BLOCK_GAP = 2


def _largest_block(ev: Evidence, lines: list[int]) -> int:
    """The prose words of the largest block of paragraphs among `lines`: a story's
    body is one, the notices and teasers of a page's chrome are scattered."""
    best = run = gap = 0
    words = ev.prose_words
    for j in lines:
        if words[j]:
            run += words[j]
            gap = 0
        else:
            gap += 1
            if gap > BLOCK_GAP:
                run = 0
        best = max(best, run)
    return best


# How many short lines a header may put above its title.
HEADER_BLOCK = 4
# A header line above a title is no longer than this, in words.
HEADER_LINE_WORDS = 8


def _header_block(ev: Evidence, i: int, above: list[int]) -> list[int]:
    """The run of short lines directly above title i, at most one blank line
    apart, that are no prose: a kicker, a section, a name, a time (at most
    HEADER_BLOCK). A line two blank lines or more above the title is none of
    its header: that is where the previous article ends."""
    block: list[int] = []
    nxt = i
    for j in reversed(above):
        f = ev.features(j)
        if len(block) >= HEADER_BLOCK or f is None or f.prose or f.words > HEADER_LINE_WORDS:
            break
        if nxt - j > 2:
            break  # two blank lines or more between: the block ends
        block.insert(0, j)
        nxt = j
    return block


def _next(nonblank: list[int], position: dict[int, int], j: int, count: int) -> list[int]:
    k = position[j]
    return nonblank[k + 1 : k + 1 + count]


def _prose(ev: Evidence, j: int) -> bool:
    return ev.prose_words[j] > 0


def _heading(ev: Evidence, j: int) -> bool:
    f = ev.features(j)
    return f is not None and f.list_heading


def _comment(ev: Evidence, j: int) -> bool:
    e = ev.of[j]
    return e is not None and e.comment_signature


def _is_end_furniture(ev: Evidence, j: int) -> bool:
    """What closes an article: furniture, a site-wide notice, a list heading."""
    f = ev.features(j)
    return f is not None and (f.furniture or f.sitewide or f.list_heading)


def _header_below(ev: Evidence, below: list[int]) -> list[int]:
    """The anchors among the first lines below a title, up to the first paragraph."""
    found = []
    for j in below[:HEADER_REACH]:
        if ev.anchors[j] is not None:
            found.append(j)
        elif _prose(ev, j) and found:
            break
    return found


def split_articles(ev: Evidence) -> Segmentation:
    """Article spans (half-open index ranges) covering every line of the input."""
    n = len(ev.lines)
    stay = score(STAY, ARTICLE_START)
    prose = _prose_prefix(ev)
    winners = [
        Candidate(o.line, o.part, o.features, s)
        for o in start_options(ev, prose)
        if (s := score(o.features, ARTICLE_START)) > stay
    ]
    kept: list[Candidate] = []
    for c in winners:
        assert c.line is not None
        if kept and prose[c.line] - prose[kept[-1].line or 0] < MIN_PROSE_WORDS:
            if c.score > kept[-1].score:
                kept[-1] = c  # two starts with no article between them: the better one
            continue
        kept.append(c)
    kept = _with_bodies(ev, kept, n, stay)
    starts = [0, *(_moved_up(ev, c.line or 0) for c in kept)]
    spans = [(s, starts[k + 1] if k + 1 < len(starts) else n) for k, s in enumerate(starts)]
    return Segmentation(spans, (None, *kept))


def _with_bodies(ev: Evidence, kept: list[Candidate], n: int, stay: float) -> list[Candidate]:
    """The starts whose articles each keep a body: a start that leaves the part
    before it, or takes for itself, fewer than MIN_ARTICLE_WORDS of prose in a
    body core (a page's chrome above its first story, a teaser and its summary)
    is dropped, the weakest first, until every part has one. A start that wins
    by STRONG_MARGIN or more needs only MIN_SHORT_WORDS: short articles exist."""
    while kept:
        bounds = [0, *(c.line or 0 for c in kept), n]

        def short(k: int, c: Candidate, bounds: list[int] = bounds) -> bool:
            least = MIN_SHORT_WORDS if c.score - stay >= STRONG_MARGIN else MIN_ARTICLE_WORDS
            return (
                core_words(ev, bounds[k], bounds[k + 1]) < least or core_words(ev, bounds[k + 1], bounds[k + 2]) < least
            )

        weak = [k for k, c in enumerate(kept) if short(k, c)]
        if not weak:
            break
        del kept[min(weak, key=lambda k: kept[k].score)]
    return kept


def _moved_up(ev: Evidence, i: int) -> int:
    """A new article's start at its title, moved up over the header lines that
    stand right above the title (`Published 3 May`, `By Jane Roe`), at most one
    blank line apart: an anchor two blank lines or more above is the previous
    article's (a closing credit, its author's name)."""
    start = i
    for j in reversed(ev.nonblank(max(0, i - 2 * ANCHORS_ABOVE), i)[-ANCHORS_ABOVE:]):
        if ev.anchors[j] is None or start - j > 2:
            break
        start = j
    return start


__all__ = ["STAY", "Segmentation", "split_articles", "start_options"]
