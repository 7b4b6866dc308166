"""Body decision: where an article's own text starts and ends.

1. the body core: the densest run of prose, found as the maximum-sum run of
   line scores (prose scores its word count, furniture and short link-like
   lines score below zero);
2. its start moved below any header lines the core swallowed at its top (a
   standfirst, anchors), to the first paragraph or the dateline;
3. its end moved up to a header or an author box inside the core (a trailing
   story, a list of teasers or comments), or down over a numbered list that
   follows the prose or the list its last paragraph announces (`... the
   calendar of events:`); a short box of dated links the article's own prose
   resumes under (`Related Articles`, two titles and their dates) is an inset,
   boilerplate inside the body, and does not end it.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from itertools import islice

import regex

from ..evidence import Evidence
from ..evidence.anchors import TIME
from ..evidence.bullets import under_heading
from ..evidence.datelines import is_place_line
from ..evidence.datelines import match as dateline_match
from ..evidence.features import (
    Features,
    code_or_table,
    content_words,
    ends_sentence,
    is_author_heading,
    is_comments_heading,
    is_paywall_notice,
)
from ..evidence.titles import title_like
from ..vocab.stopwords import STOPWORDS
from .headers import clusters

# A line the page shows this often (a caption under every photo, a share row)
# is furniture, however it reads.
MIN_REPEATS_FOR_FURNITURE = 3
# A heading over a list of other stories costs this much in the body search.
LIST_HEADING_COST = 20.0
# The n-th furniture line in a row costs n times its score, up to this factor.
MAX_STREAK_FACTOR = 5
# Prose the body must have before an end marker or a second header can end it.
MIN_BODY_WORDS = 50
# How many paragraphs from the top of the body a dateline may stand.
DATELINE_SEARCH = 3
# Prose above a header line inside the body core that still counts as a standfirst.
MAX_STANDFIRST_WORDS = 100
# A numbered list item: `1) ...`, `2. ...`.
_NUMBERED = regex.compile(r"^(\d{1,2})[.)]\s+\S")
MIN_NUMBERED_ITEMS = 3
# Lines an item may carry before the next item (a link, a description).
MAX_ITEM_LINES = 3


def line_score(f: Features | None) -> float:
    """Score for the maximum-sum body search: positive for prose, negative for furniture."""
    if f is None:
        return 0.0
    if f.list_heading:
        return -LIST_HEADING_COST
    if f.furniture or f.sitewide:
        return -5.0
    if f.prose:
        return float(min(f.words, 120))
    # a short sentence: function words, or five words or more ending in a full
    # stop (terse lines such as a table's rows of figures)
    if f.ends_sentence and f.words >= 3 and (f.stop_ratio > 0 or f.cjk or (f.ends_period and f.words >= 5)):
        return f.words * 0.5
    if f.urlish:
        return -4.0
    return -3.0


def body_core(ev: Evidence, start: int, stop: int) -> tuple[int, int]:
    """The maximum-sum run of line scores in [start, stop), as (first, last + 1).

    Header anchors score as furniture even when they read like a sentence. A
    run of furniture costs more with every line, so a menu or a list of teasers
    walls off the prose on either side of it while a caption or an ad does not.
    """
    best, best_span = 0.0, (start, start)
    run, run_start = 0.0, start
    streak = 0
    scores = _scores(ev)
    for i in range(start, stop):
        s, wall = scores[i]
        if wall:
            streak += 1
            s *= min(streak, MAX_STREAK_FACTOR)
        elif s > 0:
            streak = 0
        if run <= 0:
            run, run_start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best_span


# What a line of figures or code costs the body search: a little, and it does
# not add to a run of furniture.
DATA_LINE_SCORE = -0.5
# A word (a run of non-space) holding a letter; tried only at a word's start, so
# each word is scanned once (a pattern free to start anywhere is quadratic in a
# long run of marks).
_LETTERED_WORD = regex.compile(r"(?<!\S)(?=\S*?[^\W\d_])\S++")


def _scores(ev: Evidence) -> list[tuple[float, bool]]:
    """Every line's (score, adds to a wall) in the body search, worked out once
    per input: header anchors and lines shown again and again score as
    furniture; a line of figures or code costs little and is no wall."""
    if ev.body_scores is None:
        raw = []
        for i in range(len(ev.lines)):
            repeated = ev.shown[ev.key(i)] >= MIN_REPEATS_FOR_FURNITURE
            raw.append(line_score(ev.features(i)) if ev.anchors[i] is None and not repeated else -3.0)
        data = [s < 0 and _data_like(ev, i) for i, s in enumerate(raw)]  # prose is never asked
        ev.listing = _in_listings(ev, data)
        for i in _story_lists(ev, raw):
            data[i] = True
        scores = []
        for i, s in enumerate(raw):
            if s < 0 and (data[i] or ev.listing[i]):
                scores.append((DATA_LINE_SCORE, False))  # a chart's figures or a code listing: no wall
            else:
                scores.append((s, s < 0))
        ev.body_scores = scores
    return ev.body_scores


# A block of lines (no blank line between) this much data-like is a listing:
# its short words (`SELECT`, `series`, `)`) are code too.
MIN_LISTING_SHARE = 0.3
MIN_LISTING_LINES = 3


def _in_listings(ev: Evidence, data: list[bool]) -> list[bool]:
    """Which lines stand in a code listing or a drawn table: a block of lines
    (no blank line between) many of them code or a table's rows (of the
    `data`-like lines); its short lines (`SELECT`, `series`, `)`) read like a
    menu's but wall nothing off, and repeat without being furniture."""
    listing = [False] * len(ev.lines)
    i, n = 0, len(ev.lines)
    while i < n:
        if ev.of[i] is None:
            i += 1
            continue
        j = i
        while j < n and ev.of[j] is not None:
            j += 1
        # code or a drawn table, not figures alone (a numbered list of stories is no listing)
        count = sum(1 for k in range(i, j) if data[k] and _listing_line(ev.lines[k].text))
        if count >= MIN_LISTING_LINES and count >= MIN_LISTING_SHARE * (j - i):
            for k in range(i, j):
                f = ev.features(k)
                listing[k] = (
                    data[k]
                    or _listing_line(ev.lines[k].text)
                    or (f is not None and not (f.furniture or f.sitewide or f.list_heading or f.prose))
                )
        i = j
    return listing


# A list inside a story: this many short items or more (a heading among them),
# each of at most so many words, with no blank line between them.
MIN_STORY_LIST_ITEMS = 3
MAX_STORY_LIST_WORDS = 6
# Lines read below the list to tell whether the story above it goes on there,
# and lines read above it for the story's vocabulary.
STORY_LIST_CONTEXT = 3
STORY_LIST_REACH = 40
# ... and the words of the paragraphs right above and right below it, at least.
MIN_STORY_LIST_PARAGRAPH = 20


def _story_lists(ev: Evidence, raw: list[float]) -> list[int]:
    """The lines of lists inside a story (`Affected neighbourhoods` and fifteen
    names): a block of short lines, no blank line between, with prose right
    above and right below it that tells one story (their vocabularies overlap
    as a story's own later paragraphs do). Such a list walls nothing off; a
    menu or a list of teasers stands between other things."""
    found: list[int] = []
    lines = ev.nonblank_lines
    k, n = 0, len(lines)
    while k < n:
        m = k
        while m < n and _short_item(ev, lines[m], raw) and (m == k or lines[m] == lines[m - 1] + 1):
            m += 1
        if m - k >= MIN_STORY_LIST_ITEMS and k > 0 and m < n and _one_story_around(ev, lines, k, m):
            found.extend(lines[k:m])
        k = max(m, k + 1)
    return found


def _short_item(ev: Evidence, i: int, raw: list[float]) -> bool:
    f = ev.features(i)
    return (
        raw[i] < 0
        and ev.anchors[i] is None
        and f is not None
        and f.words <= MAX_STORY_LIST_WORDS
        and not (f.furniture or f.sitewide or f.list_heading or f.urlish)
    )


def _one_story_around(ev: Evidence, lines: list[int], k: int, m: int) -> bool:
    """Prose stands right above lines[k] and right below lines[m - 1], and the
    prose below shares the vocabulary of the prose above."""
    above, below = lines[max(0, k - STORY_LIST_REACH) : k], lines[m : m + STORY_LIST_CONTEXT]
    if min(ev.prose_words[above[-1]], ev.prose_words[below[0]]) < MIN_STORY_LIST_PARAGRAPH:
        return False  # not a paragraph on each side (a teaser's question is no paragraph)
    vocabulary_below = ev.prose_vocabulary(below, RESUMED_WORDS)
    vocabulary_above = ev.prose_vocabulary(above[::-1], FOREIGN_WORDS)
    return bool(vocabulary_below) and _same_story(vocabulary_below, vocabulary_above)


def _listing_line(text: str) -> bool:
    """A line of code or a table's row, or a line with a semicolon inside (`n NOT
    BETWEEN a; b`), which a listing has and `code_or_table` asks only at the end."""
    return code_or_table(text) or ";" in text


def _data_like(ev: Evidence, i: int) -> bool:
    """A line of figures, symbols or code (`$915`, `’17`, `n NOT BETWEEN a;`,
    `2 │ f`): more than half its words without a letter, or code punctuation, and
    no furniture, link or list heading."""
    e = ev.of[i]
    if e is None:
        return False
    f = e.features
    if f.furniture or f.sitewide or f.list_heading or f.urlish or f.cjk:
        return False
    text = ev.lines[i].text
    if text.replace(" ", "").isalpha():
        return False  # words of letters alone (most such lines): no figure, no code
    words = len(text.split())
    lettered = len(_LETTERED_WORD.findall(text))
    return (words - lettered) * 2 > words or _listing_line(text)


def prose_words(ev: Evidence, start: int, stop: int) -> int:
    return sum(f.words for f in map(ev.features, range(start, stop)) if f is not None and f.prose)


def core_words(ev: Evidence, start: int, stop: int) -> int:
    """Prose words in the body core of [start, stop)."""
    return prose_words(ev, *body_core(ev, start, stop))


def _is_paragraph(ev: Evidence, i: int) -> bool:
    e = ev.of[i]
    return (
        e is not None
        and e.features.prose
        and ev.anchors[i] is None
        # a line shown twice is a title, not a paragraph; so is a title-like line
        # shown inside another (`Kicker|Title` above it)
        and ev.shown[e.key] == 1
        and not (title_like(ev, i) and ev.shown_again(i))
        and e.marker is None
        and not under_heading(ev.lines, i)
    )


def cut_header(ev: Evidence, core: tuple[int, int]) -> int:
    """Move the body start below header lines the core swallowed at its top
    (a standfirst, anchors), then to its first paragraph of prose: what stands
    between the header and that paragraph (share rows, a repeated title, summary
    bullets) is header."""
    start, stop = core
    new_start = start
    prose_lines = 0
    for i in ev.nonblank(start, stop):
        e = ev.of[i]
        if e is not None and e.comment_signature:
            break  # the comments under a post: the post's text is above them
        if ev.anchors[i] is not None:
            new_start = i + 1
        elif _is_paragraph(ev, i):
            prose_lines += 1
            if prose_lines > 3 or prose_words(ev, start, i + 1) > MAX_STANDFIRST_WORDS:
                break
    # only the first few paragraphs matter: the scan stops there, not at the core's end
    paragraphs = list(islice((i for i in range(new_start, stop) if _is_paragraph(ev, i)), DATELINE_SEARCH))
    if not paragraphs:
        return start
    # summary bullets stand above the body: it starts under their heading's list,
    # unless the story has begun above it (a `Summary` section of a post)
    heading = next((j for j in ev.nonblank(paragraphs[0], paragraphs[-1]) if _bullet_heading(ev, j)), None)
    if heading is not None and _story_words(ev, paragraphs[0], heading) < MIN_BODY_WORDS:
        paragraphs = [i for i in paragraphs if i > heading]
    # a dateline opens the story: a summary paragraph above it is a standfirst
    for i in paragraphs[1:]:
        place = ev.nonblank(paragraphs[0], i)[-1]
        if is_place_line(ev.lines[place].text):
            return place
        if dateline_match(ev.lines[i].text) is not None and prose_words(ev, paragraphs[0], i) <= 80:
            return i
    first_prose = paragraphs[0]
    if len(paragraphs) > 1 and _standfirst_line(ev, first_prose):
        first_prose = paragraphs[1]
    before = ev.nonblank(new_start, first_prose)
    if before and is_place_line(ev.lines[before[-1]].text):
        return before[-1]
    return first_prose


def _standfirst_line(ev: Evidence, i: int) -> bool:
    """One title-like sentence of prose's length that ends in no full stop,
    under the title: a standfirst, which a story's first paragraph never looks
    like (not several sentences, nor a line cut off after a function word)."""
    e = ev.of[i]
    if e is None or e.features.ends_sentence or not title_like(ev, i):
        return False
    text = _TRAILING_SYMBOLS.sub("", ev.lines[i].text)  # `... on KLOOK! 🙂`
    if not text or _SENTENCE_BREAK.search(text) or ends_sentence(text):
        return False
    return text.rsplit(None, 1)[-1].casefold() not in STOPWORDS


_TRAILING_SYMBOLS = regex.compile(r"[\p{S}\s]+$")  # (`~` is a symbol too)
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"”’)]?\s")


def _story_words(ev: Evidence, start: int, stop: int) -> int:
    """Prose words in [start, stop), a photo's caption left out (it is no
    sign that the story has begun)."""
    return sum(
        e.features.words
        for e in map(ev.of.__getitem__, range(start, stop))
        if e is not None and e.features.prose and not (e.picture or e.caption_start)
    )


def _bullet_heading(ev: Evidence, i: int) -> bool:
    e = ev.of[i]
    return e is not None and e.bullet_heading


# An inset box of links holds one to six dated items (`READ NEXT` and one teaser).
MIN_INSET_ANCHORS = 1
MAX_INSET_ANCHORS = 6
# Non-blank lines an inset's item may have between its dates (a title, a kicker).
MAX_INSET_GAP = 2
# Share of the resumed prose's content words the body above already used: the
# same story goes on under the box (measured on the development corpora's
# bodies: a median of 0.19 for a story's own later paragraphs, 0.03 for
# another story's, which passes 0.15 one time in twenty).
MIN_RESUMED_OVERLAP = 0.15
# Prose the article must resume with under an inset, when less follows than came
# before: more than a stray paragraph (a closing paragraph or two of a story runs
# to 150 words; the comments that would pass are kept out by their heading).
MIN_RESUMED_WORDS = 150
# How much of the prose under a list heading is read to tell teasers from the
# story going on (all of it, as a rule: teasers are few lines).
FOREIGN_WORDS = 1000
# ... within this many lines under the heading (blank ones too).
FOREIGN_REACH = 400
# How many words of the resumed prose are compared with the body above.
RESUMED_WORDS = 200


def find_body_stop(
    ev: Evidence, body_start: int, core_stop: int, at: int | None = None
) -> tuple[int, tuple[tuple[int, int], ...]]:
    """Where the article's own text ends inside the body core, and the insets
    (boxes of links inside the body) it passes over; the walk for its end
    starts at `at` (the body's start unless an inset above is passed already)."""
    insets: list[tuple[int, int]] = []
    at = body_start if at is None else at
    while True:
        stop, inset = _first_stop(ev, body_start, at, core_stop)
        if inset is None:
            return stop, tuple(insets)
        insets.append(inset)
        at = inset[1]


def _inset(
    ev: Evidence, body_start: int, stop: int, core_stop: int, min_words: int, above: set[str]
) -> tuple[int, int] | None:
    """The box of dated links at `stop` as (first, last + 1), when the
    article's prose resumes under it: the box is short, no header stands
    below it in the core, and `min_words` of prose below share the body's
    vocabulary (`above`, the content words of the body above `stop`)."""
    lines = ev.nonblank(stop, core_stop)
    anchors = 0
    last_anchor: int | None = None
    gap = 0
    for j in lines:
        f = ev.features(j)
        if ev.anchors[j] is not None:
            if ev.anchors[j] != TIME:
                return None  # a name: comments, or a story's header
            anchors += 1
            last_anchor, gap = j, 0
            continue
        gap += 1
        if last_anchor is None and f is not None and f.prose:
            return None  # the stop is no box of links
        if is_comments_heading(ev.lines[j].text):
            return None  # the readers' comments under the story, not a box inside it
        if gap > MAX_INSET_GAP or (f is not None and f.prose and last_anchor is not None):
            break
    if last_anchor is None or not MIN_INSET_ANCHORS <= anchors <= MAX_INSET_ANCHORS:
        return None
    resume = last_anchor + 1
    for j in ev.nonblank(resume, core_stop):
        e = ev.of[j]
        if ev.anchors[j] is not None or (e is not None and (e.features.list_heading or e.comment_signature)):
            return None  # another header or list below: a trailing story, teasers, comments
    if prose_words(ev, resume, core_stop) < min_words:
        return None
    resumed = ev.prose_vocabulary(ev.nonblank(resume, core_stop), RESUMED_WORDS)  # no anchor stands there
    if not resumed or not _same_story(resumed, above):
        return None
    return _before_titles(ev, body_start, stop, headings=True), resume


def _same_story(below: frozenset[str], above: AbstractSet[str]) -> bool:
    """Prose below shares enough of the body's vocabulary above to be the same
    story going on (see MIN_RESUMED_OVERLAP)."""
    return len(below & above) >= MIN_RESUMED_OVERLAP * len(below)


def _first_stop(ev: Evidence, body_start: int, at: int, core_stop: int) -> tuple[int, tuple[int, int] | None]:
    """Where the article's own text ends inside the body core, from line `at`
    on; with the inset found there, when that is what stops it.

    An article's body holds no header lines of its own, so a time, byline or
    name line inside the core (once the body has some prose) belongs to
    something else: a list of teasers or comments when more headers follow, or
    a trailing story when less prose follows than came before. The body stops
    at it, or at the teaser title just above it. An author box (`About the
    author`) ends the body too, as do teaser paragraphs under a list heading
    (`You may also like`), and so does a paragraph the body already had: the
    page shows the story a second time from there; and so does a paywall's or
    an archive's notice (`Subscribe to continue reading`).
    """
    words = 0
    previous: int | None = None
    seen: set[str] = set()
    lines = ev.nonblank(body_start, core_stop)
    # the prose words from each line to the core's end, and the body's vocabulary
    # above a line (filled as far as asked): worked out once, not once per line
    # asked about, so that a page of many anchors or list headings stays linear
    words_from = _prose_words_from(ev, lines)
    above = _Vocabulary(ev, lines)
    for k, i in enumerate(lines):
        f = ev.features(i)
        key = ev.key(i)
        if i < at:  # above the last inset: counted, already passed
            seen.add(key)
            if f is not None and f.prose:
                words += f.words
            previous = i
            continue
        if (
            f is not None
            and f.prose
            and key in seen
            and words >= MIN_BODY_WORDS
            and _repeats_on(ev, i, core_stop, seen)
        ):
            return _before_titles(ev, body_start, i), None  # the page shows the story a second time
        seen.add(key)
        if words >= MIN_BODY_WORDS and ev.anchors[i] is not None:
            top = previous if previous is not None and title_like(ev, previous) else i
            more_headers = len(clusters(ev, i, core_stop)) >= 2
            ends = more_headers or words_from[k] < words
            # a box of links the story resumes under: the caller passes over it (more
            # prose is asked for below it when the anchors would otherwise end the body)
            min_words = MIN_RESUMED_WORDS if ends else MIN_BODY_WORDS
            # the body's vocabulary above `top` (`previous` is lines[k - 1])
            inset = _inset(ev, body_start, top, core_stop, min_words, above.up_to(k if top == i else k - 1))
            if inset is not None:
                return top, inset
            if ends:
                return _before_titles(ev, body_start, top, headings=True), None  # and the box's heading
        if words and f is not None and not f.prose and is_paywall_notice(ev.lines[i].text):
            return i, None  # a paywall or an archive cut the story here
        if (
            words >= MIN_BODY_WORDS
            and f is not None
            and f.list_heading
            and (
                is_author_heading(ev.lines[i].text)
                or (words_from[k] < words and _foreign_below(ev, i, core_stop, above.up_to(k)))
            )
        ):
            return i, None  # an author box, or teasers: less prose than the body had, about other things
        if f is not None and f.prose:
            words += f.words
        previous = i
    return core_stop, None


def _prose_words_from(ev: Evidence, lines: list[int]) -> list[int]:
    """For each of `lines`, the prose words from it to the last (itself included)."""
    found = [0] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        f = ev.features(lines[k])
        found[k] = found[k + 1] + (f.words if f is not None and f.prose else 0)
    return found


class _Vocabulary:
    """The content words of a run of lines up to a point, filled as far as
    asked (each line read once however often it is asked; asked for points
    that never move back)."""

    __slots__ = ("ev", "filled", "lines", "words")

    def __init__(self, ev: Evidence, lines: list[int]) -> None:
        self.ev, self.lines, self.words, self.filled = ev, lines, set[str](), 0

    def up_to(self, k: int) -> set[str]:
        """The content words of lines[:k]."""
        while self.filled < k:
            self.words |= content_words(self.ev.lines[self.lines[self.filled]].text)
            self.filled += 1
        return self.words


def _foreign_below(ev: Evidence, heading: int, core_stop: int, above: set[str]) -> bool:
    """The prose under a list heading (`You may also like`) speaks of other
    things than the body above it: teasers of other stories, not the story
    going on under a box (the story's own later paragraphs share words with
    its start; see MIN_RESUMED_OVERLAP). Asked only when less prose follows
    the heading than came before it: an interview or a recipe goes on under a
    `Related` box in words of its own."""
    below = ev.prose_vocabulary(ev.nonblank(heading + 1, min(core_stop, heading + 1 + FOREIGN_REACH)), FOREIGN_WORDS)
    return bool(below) and not _same_story(below, above)


def _repeats_on(ev: Evidence, i: int, stop: int, seen: set[str]) -> bool:
    """The next paragraph after line i repeats the body too: a second copy of
    the story, not one paragraph shown twice (a standfirst echoed in the body)."""
    for j in ev.nonblank(i + 1, stop):
        f = ev.features(j)
        if f is not None and f.prose:
            return ev.key(j) in seen
    return False


def _before_titles(ev: Evidence, body_start: int, at: int, *, headings: bool = False) -> int:
    """Where the body ends before line `at`: above the title-like lines (a
    repeated title, teasers) that stand right before it; with `headings`, above
    a list heading among them too (a box of links: `More about ...`, `Related`)."""
    stop = at
    for i in reversed(ev.nonblank(body_start, at)):
        f = ev.features(i)
        if f is None or f.prose or not ((headings and f.list_heading) or title_like(ev, i)):
            break
        stop = i
    return stop


def extend_numbered_list(ev: Evidence, body_stop: int, stop: int) -> int:
    """Extend the body over a numbered list that follows it (`1) ...`, `2) ...`):
    a listicle's items are short lines, which the prose search leaves out, but
    numbered in order they are the article's own content."""
    expected = 1
    last_item: int | None = None
    since_item = 0
    for i in ev.nonblank(body_stop, stop):
        m = _NUMBERED.match(ev.lines[i].text)
        if m and int(m.group(1)) == expected:
            expected += 1
            last_item, since_item = i, 0
            continue
        since_item += 1
        f = ev.features(i)
        if since_item > MAX_ITEM_LINES or (f is not None and (f.list_heading or f.sitewide)):
            break
    if last_item is None or expected - 1 < MIN_NUMBERED_ITEMS:
        return body_stop
    # the last item keeps the lines attached to it (a link, a price)
    end = last_item + 1
    while end < stop and ev.lines[end].text and ev.of[end] is not None:
        end += 1
    return _prose_after_list(ev, end, stop)


# How many items a paragraph's announced list may run to.
MAX_ANNOUNCED_ITEMS = 60
# An announcing paragraph ends with a colon: `... and number of attendees:`.
_ANNOUNCES = regex.compile(r"[:：]\s*$")


def extend_announced_list(ev: Evidence, body_stop: int, stop: int) -> int:
    """Extend the body over the list its last paragraph announces (`Here is
    the calendar of events:`): the items are short lines of names and figures,
    which the prose search leaves out, but the story said they follow. They run
    to the first line that belongs to the page (furniture, a list heading, a
    line shown again, a name or a comment's header)."""
    last = ev.previous_nonblank(body_stop, 0)
    if last is None:
        return body_stop
    f = ev.features(last)
    if f is None or not f.prose or not _ANNOUNCES.search(ev.lines[last].text):
        return body_stop
    end = body_stop
    for count, i in enumerate(ev.nonblank(body_stop, stop)):
        e = ev.of[i]
        if (
            count >= MAX_ANNOUNCED_ITEMS
            or e is None
            or e.features.furniture
            or e.features.sitewide
            or e.features.list_heading
            or e.comment_signature
            or ev.anchors[i] not in (None, TIME)
            or ev.shown_again(i)
        ):
            break
        end = i + 1
    return end


def _prose_after_list(ev: Evidence, end: int, stop: int) -> int:
    """The story's paragraphs after its numbered list (`The low ranking ...`),
    with the furniture between them (`Related: ...`), up to anything else."""
    for i in ev.nonblank(end, stop):
        f = ev.features(i)
        if f is None or ev.anchors[i] is not None or f.list_heading or f.sitewide:
            break
        if f.prose:
            end = i + 1
        elif not f.furniture:
            break
    return end


# A box of links that walls the story's first paragraphs off from the rest: at
# most this many lines, holding a list heading or a dated item.
MAX_WALL_LINES = 16


def _story_above(ev: Evidence, start: int, core: tuple[int, int]) -> tuple[int, tuple[int, int]] | None:
    """The story's opening paragraphs above the body core, when a box of links
    inside the story (`RELATED COVERAGE:` and ten dated titles) cost more than
    they weigh, so the densest run starts under the box: (their first line, the
    box as an inset). They are two paragraphs or more of prose right above the
    box, sharing the vocabulary of the prose below it."""
    scores = _scores(ev)
    lines = ev.nonblank(start, core[0])
    k = len(lines)
    boxed = False
    while k > 0 and len(lines) - k < MAX_WALL_LINES and scores[lines[k - 1]][0] < 0:
        j = lines[k - 1]
        if ev.anchors[j] not in (None, TIME):
            return None  # a name or a headline: the header, or another story's
        f = ev.features(j)
        boxed = boxed or ev.anchors[j] == TIME or (f is not None and f.list_heading)
        k -= 1
    if not boxed or k == 0 or len(lines) - k >= MAX_WALL_LINES:
        return None
    wall = (lines[k], core[0])
    upper = body_core(ev, start, lines[k - 1] + 1)
    if upper[1] != lines[k - 1] + 1:
        return None  # something else between: the prose above is no part of this story
    prose = [i for i in ev.nonblank(*upper) if ev.prose_words[i]]
    if len(prose) < 2 or prose_words(ev, *upper) < MIN_BODY_WORDS:
        return None
    below = ev.prose_vocabulary(ev.nonblank(*core), RESUMED_WORDS)
    if not below or not _same_story(below, ev.prose_vocabulary(prose, FOREIGN_WORDS)):
        return None
    return upper[0], wall


def find_body(ev: Evidence, start: int, stop: int) -> tuple[int, int, tuple[tuple[int, int], ...]]:
    """The body of the article in [start, stop), as (body_start, body_stop,
    insets); both are `stop` when the article has no prose at all."""
    core = body_core(ev, start, stop)
    if core[0] == core[1]:  # no prose at all: everything is header
        return stop, stop, ()
    above = _story_above(ev, start, core)
    if above is None:
        body_start = cut_header(ev, core)
        body_stop, insets = find_body_stop(ev, body_start, core[1])
    else:  # the story's opening, a box, the rest: the body's walk starts under the box
        opening, box = above
        body_start = cut_header(ev, (opening, box[0]))
        body_stop, insets = find_body_stop(ev, body_start, core[1], box[1])
        insets = (box, *insets)
    if body_stop == core[1]:
        body_stop = extend_numbered_list(ev, body_stop, stop)
        body_stop = extend_announced_list(ev, body_stop, stop)
    return body_start, body_stop, insets
