"""Layout: where the articles are, and for each its body and headline.

This stage looks at the whole input before any line is labelled:
1. header anchors: lines that are a byline or a published/updated time (and a
   bare name standing beside one of those);
2. article boundaries: a new article starts at a header (headline plus anchors)
   that has prose both before it and after it, so teaser lists, related stories
   and comment threads never become articles of their own;
3. the body core of each article: the densest run of prose, found as the
   maximum-sum run of line scores (prose scores its word count, furniture and
   short link-like lines score below zero), then cut below any header lines it
   swallowed at its top;
4. the headline: the best title-like line above a header's anchors (or above
   the body when the page has none), scored on its shape, its distance from the
   anchors and whether the page repeats it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

import regex

from . import timestamps
from .features import Features, furniture_key, is_author_heading
from .line_rules import bullet, byline, caption, timestamp
from .paragraph_rules import dateline
from .state import Zones
from .text import Line

# Minimum prose, in words, in the body core on each side of a header for it to
# start a new article.
MIN_ARTICLE_WORDS = 120
# Minimum score of the headline of a header that starts a new article.
MIN_SPLIT_HEADLINE_SCORE = 1.5
# How far (non-blank lines) above the header anchors the headline may stand.
HEADLINE_REACH = 6
# Cost per non-blank line between a headline candidate and its header.
DISTANCE_COST = 0.35
# Cost per non-blank line between a header and the body.
HEADER_DISTANCE_COST = 0.05
# Most the distance from the body can cost a header.
MAX_DISTANCE_COST = 2.0
# Headers of one bare date, this many or more above a body, are a list of stories
# and cost this much.
MIN_LIST_ITEMS = 3
LIST_ITEM_COST = 1.5
# Handicap of a headline with no anchors beside it, when another has some.
NO_HEADER_COST = 1.5
# How far below the header anchors the headline may stand.
HEADLINE_BELOW_REACH = 2
# How far above the body the headline may stand when the page has no anchors.
HEADLINE_REACH_NO_ANCHOR = 10
# Anchors at most this many non-blank lines apart form one header.
ANCHOR_GAP = 3
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
MAX_STANDFIRST_WORDS = 70

TIME, BYLINE, NAME = "time", "byline", "name"
# How much each kind of anchor says "this is the article's header".
_KIND_STRENGTH = {TIME: 1.5, BYLINE: 1.0, NAME: 0.5}
# A title line this strong between two anchors parts them into two headers.
STRONG_TITLE = 2.0
# Bonus for the header nearest above the body when it states a time.
NEAREST_HEADER_BONUS = 2.0
# An embedded post's signature (`— Jane Doe (@jane) November 1, 2019`), a link
# (dates in its path) or an aside in brackets is not a header line.
_SIGNATURE = regex.compile(r"^[—–-]\s|\(@\w+\)|https?://|www\.|^\(.*\)$")
_DIGIT = regex.compile(r"\d")
# A short line carrying a social handle (`@jane`, `News reporter @jane`).
# Headline-likeness by length in words: titles run from about 6 to 25 words.
_LENGTH_SCORE = {1: -3.0, 2: -2.0, 3: -0.5, 4: 0.5, 5: 1.0, 6: 1.5, 7: 2.0}
# Reported speech in the past tense marks a sentence of the story, not its title.
_REPORTED = regex.compile(r"(?i)\b(?:said|told)\b")
# A numbered list item: `1) ...`, `2. ...`.
_NUMBERED = regex.compile(r"^(\d{1,2})[.)]\s+\S")
MIN_NUMBERED_ITEMS = 3
# Lines an item may carry before the next item (a link, a description).
MAX_ITEM_LINES = 3
_HANDLE_LINE = regex.compile(r"^(?:\S+\s+){0,4}@\w{2,}$")
_ALPHA_WORD = regex.compile(r"\p{L}{2,}")


@dataclass(slots=True)
class Page:
    """The input's lines with what layout needs to know about each."""

    lines: Sequence[Line]
    features: Sequence[Features | None]
    reference: dt.datetime
    anchors: list[str | None]
    keys: list[str]
    key_counts: Counter[str]
    first_showing: dict[str, int]  # where each key first appears
    full_text: str | None = None

    @classmethod
    def build(cls, lines: Sequence[Line], features: Sequence[Features | None], reference: dt.datetime) -> Page:
        anchors = [_anchor_kind(line.text, reference) if line.text else None for line in lines]
        _add_name_anchors(lines, anchors)
        keys = [furniture_key(line.text) if line.text else "" for line in lines]
        counts = Counter(k for k in keys if k)
        first: dict[str, int] = {}
        for i, key in enumerate(keys):
            if key:
                first.setdefault(key, i)
        return cls(lines, features, reference, anchors, keys, counts, first)

    def shown_again(self, i: int) -> bool:
        """Whether line i's text appears elsewhere on the page (alone or inside another line)."""
        if self.key_counts[self.keys[i]] > 1:
            return True
        text = self.lines[i].text
        if len(text) < 20:
            return False
        if self.full_text is None:
            self.full_text = "\n".join(line.text for line in self.lines)
        return self.full_text.count(text) > 1

    def nonblank(self, start: int, stop: int) -> list[int]:
        return [i for i in range(max(0, start), min(stop, len(self.lines))) if self.lines[i].text]

    def previous_nonblank(self, at: int, floor: int) -> int | None:
        """The nearest non-blank line above `at`, not above `floor`."""
        for i in range(at - 1, max(0, floor) - 1, -1):
            if self.lines[i].text:
                return i
        return None


def _anchor_kind(text: str, reference: dt.datetime) -> str | None:
    if len(text) > 200 or _SIGNATURE.search(text):
        return None
    if timestamp.is_timestamp_line(text, reference):
        return TIME
    if byline.match(text) is not None:
        return BYLINE
    return None


def _add_name_anchors(lines: Sequence[Line], anchors: list[str | None]) -> None:
    """A bare name (`Nadia Okafor`) next to a time, a byline or a handle is a
    byline; so is the line after a lone byline label (`Author:`)."""
    nonblank = [i for i, line in enumerate(lines) if line.text]
    for k, i in enumerate(nonblank):
        if anchors[i] is not None:
            continue
        text = lines[i].text
        if byline.is_lead_only(text) and k + 1 < len(nonblank):
            anchors[i] = anchors[nonblank[k + 1]] = BYLINE
            continue
        if not byline.looks_like_name_line(text):
            continue
        near = nonblank[max(0, k - 4) : k + 5]
        if any(anchors[j] == BYLINE for j in near):
            continue  # the header has a proper byline: this name is a tag or a caption
        for j in nonblank[max(0, k - 2) : k + 3]:
            if j != i and (anchors[j] in (TIME, BYLINE) or _HANDLE_LINE.search(lines[j].text)):
                anchors[i] = NAME
                break


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


def title_like(page: Page, i: int) -> bool:
    """Could line i be a headline?"""
    text, f = page.lines[i].text, page.features[i]
    if f is None or f.furniture or f.sitewide or f.urlish or page.anchors[i] is not None:
        return False
    if f.cjk:
        if not 6 <= f.chars <= 120:
            return False
    elif not (2 <= f.words <= 30 and f.chars <= 250) or len(_ALPHA_WORD.findall(text)) < 2:
        return False
    if f.ends_period and not text.endswith(("...", "…")) and f.title_ratio < 0.6:
        return False  # a sentence, unless written in Title Case as headlines are
    if text.endswith(":") or (f.words >= 18 and f.ends_sentence):
        return False
    if _DIGIT.search(text) and any(_DIGIT.search(m.timestamp.text) for m in timestamps.scan(text, page.reference)):
        return False  # a meta line with a date (`Jane Doe 27/09/2018 2 comments`)
    return bullet.strip_marker(text) is None and not caption.is_credit(text) and not caption.describes_picture(text)


def headline_quality(page: Page, i: int) -> float:
    """How much line i looks like a headline (title-like lines only)."""
    text, f = page.lines[i].text, page.features[i]
    assert f is not None
    words = f.words
    score = _LENGTH_SCORE.get(words, 2.5 if words <= 25 else -2.0)
    if byline.looks_like_name_line(text):
        score -= 2.5
    if f.upper:
        score -= 2.5 if words <= 4 else 0.5  # kickers, section labels, calls to action
    if not f.cjk:
        score += 1.5 * f.title_ratio - 1.0 * f.stop_ratio
    if len(_DIGIT.findall(text)) * 4 > len(text):
        score -= 1.0
    if words >= 4 and page.shown_again(i):
        score += 1.5  # the page shows its title twice (title bar, share text)
    if _REPORTED.search(text):
        score -= 1.5  # `..., the minister said in an email`: a pull quote, not a title
    return score


def body_core(page: Page, start: int, stop: int) -> tuple[int, int]:
    """The maximum-sum run of line scores in [start, stop), as (first, last + 1).

    Header anchors score as furniture even when they read like a sentence. A
    run of furniture costs more with every line, so a menu or a list of teasers
    walls off the prose on either side of it while a caption or an ad does not.
    """
    best, best_span = 0.0, (start, start)
    run, run_start = 0.0, start
    streak = 0
    for i in range(start, stop):
        repeated = page.key_counts[page.keys[i]] >= MIN_REPEATS_FOR_FURNITURE
        s = line_score(page.features[i]) if page.anchors[i] is None and not repeated else -3.0
        if s < 0:
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


def _prose_words(features: Sequence[Features | None], start: int, stop: int) -> int:
    return sum(f.words for f in features[start:stop] if f is not None and f.prose)


def _clusters(page: Page, start: int, stop: int) -> list[list[int]]:
    """Runs of anchor lines in [start, stop) at most ANCHOR_GAP non-blank lines
    apart, and not parted by a strong title (which starts a header of its own)."""
    clusters: list[list[int]] = []
    gap = 0
    titled = False
    for i in page.nonblank(start, stop):
        if page.anchors[i] is None:
            gap += 1
            titled = titled or (title_like(page, i) and headline_quality(page, i) >= STRONG_TITLE)
            continue
        if clusters and gap <= ANCHOR_GAP and not titled:
            clusters[-1].append(i)
        else:
            clusters.append([i])
        gap = 0
        titled = False
    return clusters


def _best_headline_above(page: Page, at: int, floor: int, reach: int) -> tuple[int, float] | None:
    """The best title-like line above index `at` within `reach` non-blank lines
    (furniture does not count), with its score: quality less a small cost per
    line of distance."""
    best: tuple[int, float] | None = None
    seen = 0
    i = at - 1
    while i >= floor and seen < reach:
        f = page.features[i]
        if f is not None and not f.furniture:
            if title_like(page, i):
                score = headline_quality(page, i) - DISTANCE_COST * seen
                if best is None or score > best[1]:
                    best = (i, score)
            seen += 1
        i -= 1
    return best


def _best_headline_near(page: Page, cluster: list[int], floor: int, ceiling: int) -> tuple[int, float] | None:
    """The best title line for a header: above its anchors, or just below them
    when the page puts the time first (`Published 1 day ago` over the title)."""
    best = _best_headline_above(page, cluster[0], floor, HEADLINE_REACH)
    inside = [i for i in page.nonblank(cluster[0], cluster[-1]) if page.anchors[i] is None]
    for i in inside:
        if title_like(page, i):
            score = headline_quality(page, i)  # between a header's anchors
            if best is None or score > best[1]:
                best = (i, score)
    above = page.previous_nonblank(cluster[0], floor)
    if above is not None and title_like(page, above):
        return best  # the title stands right above the header, as usual
    below = (i for i in range(cluster[-1] + 1, min(ceiling, len(page.lines))) if page.lines[i].text)
    for seen, i in enumerate(islice(below, HEADLINE_BELOW_REACH)):
        if title_like(page, i):
            score = headline_quality(page, i) - DISTANCE_COST * seen - 0.5
            if best is None or score > best[1]:
                best = (i, score)
    return best


def _cluster_strength(page: Page, cluster: list[int]) -> float:
    kinds = {page.anchors[i] for i in cluster}
    strength = sum(_KIND_STRENGTH[k] for k in kinds if k is not None)
    if any(_DIGIT.search(page.lines[i].text) and ":" in page.lines[i].text for i in cluster if page.anchors[i] == TIME):
        strength += 0.5  # a time of day, not just a date
    return strength


def split_articles(page: Page) -> list[tuple[int, int]]:
    """Article spans (half-open index ranges) covering every line of the input.

    A header starts a new article only when it has a proper headline that the
    file has not shown before, a time among its anchors, and a body of prose
    both before it and after it; comment threads and teaser lists have headers
    of a sort, but not all of these.
    """
    n = len(page.lines)
    clusters = _clusters(page, 0, n)
    starts = [0]
    for k, cluster in enumerate(clusters):
        if not any(page.anchors[i] == TIME for i in cluster):
            continue
        found = _best_headline_above(page, cluster[0], starts[-1], 4)
        if found is None or found[1] < MIN_SPLIT_HEADLINE_SCORE or found[0] <= starts[-1]:
            continue
        head = found[0]
        if page.first_showing[page.keys[head]] < head:
            continue  # a title shown again further down is a repeat, not a new article
        following = clusters[k + 1][0] if k + 1 < len(clusters) else n
        if _core_words(page, starts[-1], head) >= MIN_ARTICLE_WORDS and (
            _core_words(page, cluster[-1] + 1, following) >= MIN_ARTICLE_WORDS
        ):
            starts.append(head)
    return [(s, starts[k + 1] if k + 1 < len(starts) else n) for k, s in enumerate(starts)]


def _core_words(page: Page, start: int, stop: int) -> int:
    """Prose words in the body core of [start, stop)."""
    core = body_core(page, start, stop)
    return _prose_words(page.features, *core)


def _is_paragraph(page: Page, i: int) -> bool:
    f = page.features[i]
    return (
        f is not None
        and f.prose
        and page.anchors[i] is None
        and page.key_counts[page.keys[i]] == 1  # a line shown twice is a title, not a paragraph
        and bullet.strip_marker(page.lines[i].text) is None
        and not bullet.under_heading(page.lines, i)
    )


def _cut_header(page: Page, core: tuple[int, int]) -> int:
    """Move the body start below header lines the core swallowed at its top
    (a standfirst, anchors), then to its first paragraph of prose: what stands
    between the header and that paragraph (share rows, a repeated title, summary
    bullets) is header."""
    start, stop = core
    new_start = start
    prose_lines = 0
    for i in page.nonblank(start, stop):
        if page.anchors[i] is not None:
            new_start = i + 1
        elif _is_paragraph(page, i):
            prose_lines += 1
            if prose_lines > 2 or _prose_words(page.features, start, i + 1) > MAX_STANDFIRST_WORDS:
                break
    # only the first few paragraphs matter: the scan stops there, not at the core's end
    paragraphs = list(islice((i for i in range(new_start, stop) if _is_paragraph(page, i)), DATELINE_SEARCH))
    if not paragraphs:
        return start
    # a dateline opens the story: a summary paragraph above it is a standfirst
    for i in paragraphs[1:]:
        place = page.nonblank(paragraphs[0], i)[-1]
        if dateline.is_place_line(page.lines[place].text):
            return place
        if dateline.match(page.lines[i].text) is not None and _prose_words(page.features, paragraphs[0], i) <= 80:
            return i
    first_prose = paragraphs[0]
    before = page.nonblank(new_start, first_prose)
    if before and dateline.is_place_line(page.lines[before[-1]].text):
        return before[-1]
    return first_prose


def find_body_stop(page: Page, body_start: int, core_stop: int) -> int:
    """Where the article's own text ends inside the body core.

    An article's body holds no header lines of its own, so a time, byline or
    name line inside the core (once the body has some prose) belongs to
    something else: a list of teasers or comments when more headers follow, or
    a trailing story when less prose follows than came before. The body stops
    at it, or at the teaser title just above it. An author box (`About the
    author`) ends the body too.
    """
    words = 0
    previous: int | None = None
    for i in page.nonblank(body_start, core_stop):
        f = page.features[i]
        if words >= MIN_BODY_WORDS and page.anchors[i] is not None:
            more_headers = len(_clusters(page, i, core_stop)) >= 2
            if more_headers or _prose_words(page.features, i, core_stop) < words:
                return previous if previous is not None and title_like(page, previous) else i
        if words >= MIN_BODY_WORDS and f is not None and f.list_heading and is_author_heading(page.lines[i].text):
            return i
        if f is not None and f.prose:
            words += f.words
        previous = i
    return core_stop


def headline_proposals(page: Page, start: int, body_start: int) -> list[tuple[float, int]]:
    """(score, index) of every headline candidate a header or the body proposes.

    Every header (anchor cluster) above the body proposes its best title line;
    a header with more kinds of anchors (byline and time) is stronger, and one
    far above the body weaker. The body proposes the best title line just above
    it, at a handicap when some header made a proposal.
    """
    proposals: list[tuple[float, int]] = []
    clusters = _clusters(page, start, body_start)
    dated_items = [c for c in clusters if _is_dated_item(page, c)]
    listed = dated_items if len(dated_items) >= MIN_LIST_ITEMS else []
    listed += [c for c in clusters if _is_dated_list(page, c)]
    nearest_timed = next(
        (c for c in reversed(clusters) if c not in listed and any(page.anchors[i] in (TIME, BYLINE) for i in c)),
        None,
    )
    for cluster in clusters:
        found = _best_headline_near(page, cluster, start, body_start)
        if found is None:
            continue
        distance = len(page.nonblank(cluster[-1], body_start))
        score = found[1] + _cluster_strength(page, cluster) - min(HEADER_DISTANCE_COST * distance, MAX_DISTANCE_COST)
        if cluster is nearest_timed:
            score += NEAREST_HEADER_BONUS
        if cluster in listed:
            score -= LIST_ITEM_COST
        proposals.append((score, found[0]))
    found = _best_headline_above(page, body_start, start, HEADLINE_REACH_NO_ANCHOR)
    if found is not None:
        proposals.append((found[1] - (NO_HEADER_COST if proposals else 0.0), found[0]))
    return proposals


def _is_dated_item(page: Page, cluster: list[int]) -> bool:
    """A header of one bare date, as each item of a list of stories has."""
    return len(cluster) == 1 and page.anchors[cluster[0]] == TIME and ":" not in page.lines[cluster[0]].text


def _is_dated_list(page: Page, cluster: list[int]) -> bool:
    """A run of dates closer together than headers are: a list of stories (an
    article's header states at most a published and an updated time)."""
    return sum(1 for i in cluster if page.anchors[i] == TIME) >= MIN_LIST_ITEMS


def extend_numbered_list(page: Page, body_stop: int, stop: int) -> int:
    """Extend the body over a numbered list that follows it (`1) ...`, `2) ...`):
    a listicle's items are short lines, which the prose search leaves out, but
    numbered in order they are the article's own content."""
    expected = 1
    last_item: int | None = None
    since_item = 0
    for i in page.nonblank(body_stop, stop):
        m = _NUMBERED.match(page.lines[i].text)
        if m and int(m.group(1)) == expected:
            expected += 1
            last_item, since_item = i, 0
            continue
        since_item += 1
        f = page.features[i]
        if since_item > MAX_ITEM_LINES or (f is not None and (f.list_heading or f.sitewide)):
            break
    if last_item is None or expected - 1 < MIN_NUMBERED_ITEMS:
        return body_stop
    # the last item keeps the lines attached to it (a link, a price)
    end = last_item + 1
    while end < stop and page.lines[end].text and page.features[end] is not None:
        end += 1
    return end


def find_headline(page: Page, start: int, body_start: int) -> int | None:
    """The headline's index in [start, body_start), or None."""
    proposals = headline_proposals(page, start, body_start)
    if proposals:
        best = max(proposals, key=lambda p: (p[0], p[1]))
        return _first_copy(page, start, best[1])
    for i in page.nonblank(start, body_start):
        if title_like(page, i):
            return i
    return None


def _first_copy(page: Page, start: int, found: int) -> int:
    """A headline shown twice counts from its first showing, if that is close."""
    key = page.keys[found]
    for i in page.nonblank(max(start, found - 40), found):
        if page.keys[i] == key:
            return i
    return found


@dataclass(frozen=True, slots=True)
class Layout:
    """The articles' zones, in order, and what layout learnt of each line (its
    anchor kind, `time`, `byline`, `name` or None, and its furniture key) for
    the rules to consult."""

    articles: list[Zones]
    anchors: list[str | None]
    keys: list[str]  # each line's furniture key ("" for a blank line)
    shown: Counter[str]  # how often each key appears in the input


def layout(lines: Sequence[Line], features: Sequence[Features | None], reference: dt.datetime) -> Layout:
    """Zones of every article in the input, in order."""
    page = Page.build(lines, features, reference)
    zones = []
    for start, stop in split_articles(page):
        core = body_core(page, start, stop)
        if core[0] == core[1]:  # no prose at all: everything is header
            body_start = body_stop = stop
        else:
            body_start = _cut_header(page, core)
            body_stop = find_body_stop(page, body_start, core[1])
            if body_stop == core[1]:
                body_stop = extend_numbered_list(page, body_stop, stop)
        headline = find_headline(page, start, body_start)
        zones.append(Zones(start, stop, body_start, body_stop, headline))
    return Layout(zones, page.anchors, page.keys, page.key_counts)
