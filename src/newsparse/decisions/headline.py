"""Headline decision: the best title-like line for an article's header.

Every header (anchor cluster) above the body proposes its best title line;
a header with more kinds of anchors (byline and time) is stronger, and one far
above the body weaker. The body proposes the best title line just above it, at
a handicap when some header made a proposal. The best proposal wins.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice

import regex

from ..evidence import Evidence, LineEvidence
from ..evidence.anchors import BYLINE, NAME, TIME
from ..evidence.bullets import MIN_BULLET_WORDS
from ..evidence.features import Features as EvidenceFeatures
from ..evidence.features import code_or_table, content_words
from ..evidence.meta import title_agreement
from ..evidence.titles import DIGIT as _DIGIT
from ..evidence.titles import REPORTED as _REPORTED
from ..evidence.titles import dash_quote, headline_quality, title_like
from ..vocab.sitewide import SECTION_WORDS
from .headers import MIN_LIST_ITEMS, clusters, is_dated_item, is_dated_list, strength
from .scoring import Choice, Features, Option, choose
from .weights import HEADLINE

# How far (non-blank lines) above the header anchors the headline may stand.
HEADLINE_REACH = 6
# Cost per non-blank line between a headline candidate and its header.
DISTANCE_COST = 0.35
# Cost per non-blank line between a header and the body.
HEADER_DISTANCE_COST = 0.05
# Most the distance from the body can cost a header.
MAX_DISTANCE_COST = 2.0
# Headers of one bare date, MIN_LIST_ITEMS or more above a body, are a list of
# stories and cost this much.
LIST_ITEM_COST = 1.5
# Handicap of a headline with no anchors beside it, when another has some.
NO_HEADER_COST = 1.5
# How far below the header anchors the headline may stand.
HEADLINE_BELOW_REACH = 2
# How far above the body the headline may stand when the page has no anchors.
HEADLINE_REACH_NO_ANCHOR = 10
# Bonus for the header nearest above the body when it states a time.
NEAREST_HEADER_BONUS = 2.0


def best_above(ev: Evidence, at: int, floor: int, reach: int, *, own_anchors: bool = False) -> tuple[int, float] | None:
    """The best title-like line above index `at` within `reach` non-blank lines
    (furniture does not count), with its score: quality less a small cost per
    line of distance. With `own_anchors` (`at` is a header's first anchor), the
    search stops at an anchor above it: that is another header's (a teaser's
    byline), and the titles above it are that header's."""
    best: tuple[int, float] | None = None
    seen = 0
    cost = 0.0
    below: int | None = None  # the line looked at before this one
    i = at - 1
    while i >= floor and seen < reach:
        if own_anchors and ev.anchors[i] is not None:
            break
        f = ev.features(i)
        if f is not None and not f.furniture:
            titled = title_like(ev, i) and not _under_run_top(ev, i)
            # a title right over another is a headline over its standfirst as
            # often as the other way round: it costs no more distance
            if seen and not (titled and best is not None and best[0] == below):
                cost += DISTANCE_COST
            if titled:
                score = headline_quality(ev, i) - cost
                if best is None or score > best[1]:
                    best = (i, score)
            seen += 1
            below = i
        i -= 1
    return best


def _best_near(ev: Evidence, cluster: list[int], floor: int, ceiling: int) -> tuple[int, float] | None:
    """The best title line for a header: above its anchors, or just below them
    when the page puts the time first (`Published 1 day ago` over the title)."""
    best = best_above(ev, cluster[0], floor, HEADLINE_REACH, own_anchors=True)
    inside = [i for i in ev.nonblank(cluster[0], cluster[-1]) if ev.anchors[i] is None]
    for i in inside:
        if title_like(ev, i):
            score = headline_quality(ev, i)  # between a header's anchors
            if best is None or score > best[1]:
                best = (i, score)
    above = ev.previous_nonblank(cluster[0], floor)
    if above is not None and title_like(ev, above):
        return best  # the title stands right above the header, as usual
    below = (i for i in range(cluster[-1] + 1, min(ceiling, len(ev.lines))) if ev.lines[i].text)
    for seen, i in enumerate(islice(below, HEADLINE_BELOW_REACH)):
        if title_like(ev, i):
            score = headline_quality(ev, i) - DISTANCE_COST * seen - 0.5
            if best is None or score > best[1]:
                best = (i, score)
    return best


def proposals(ev: Evidence, start: int, body_start: int) -> list[tuple[float, int]]:
    """(score, index) of every headline candidate a header or the body proposes."""
    found: list[tuple[float, int]] = []
    headers = clusters(ev, start, body_start)
    dated_items = [c for c in headers if is_dated_item(ev, c)]
    listed = dated_items if len(dated_items) >= MIN_LIST_ITEMS else []
    listed += [c for c in headers if is_dated_list(ev, c)]
    nearest_timed = next(
        (c for c in reversed(headers) if c not in listed and any(ev.anchors[i] in (TIME, BYLINE) for i in c)),
        None,
    )
    for cluster in headers:
        best = _best_near(ev, cluster, start, body_start)
        if best is None:
            continue
        distance = len(ev.nonblank(cluster[-1], body_start))
        score = best[1] + strength(ev, cluster) - min(HEADER_DISTANCE_COST * distance, MAX_DISTANCE_COST)
        if cluster is nearest_timed:
            score += NEAREST_HEADER_BONUS
        if cluster in listed:
            score -= LIST_ITEM_COST
        found.append((score, best[0]))
    best = best_above(ev, body_start, start, HEADLINE_REACH_NO_ANCHOR)
    if best is not None:
        found.append((best[1] - (NO_HEADER_COST if found else 0.0), best[0]))
    return found


def find_headline(ev: Evidence, start: int, body_start: int) -> int | None:
    """The headline's index in [start, body_start), or None."""
    found = proposals(ev, start, body_start)
    if found:
        best = max(found, key=lambda p: (p[0], p[1]))
        return _first_copy(ev, start, best[1])
    for i in ev.nonblank(start, body_start):
        if title_like(ev, i):
            return i
    return None


def _first_copy(ev: Evidence, start: int, found: int) -> int:
    """A headline shown twice counts from its first showing, if that is close."""
    key = ev.key(found)
    for i in ev.nonblank(max(start, found - 40), found):
        if ev.key(i) == key:
            return i
    return found


# ---------------------------------------------------------------- scored candidates

# How far above the body (non-blank lines) headline candidates are looked for.
CANDIDATE_REACH = 120
# Words shared with the page's metadata title (of all the words of both) that
# make a line that title.
META_TITLE_AGREEMENT = 0.8
# How much of the body's start a headline's words are looked for in.
BODY_WORDS = 600
# A news ticker's label (`BREAKING:`, `Última hora:`): a line it opens is a
# title only when the body speaks of what it says (this share of its words).
_TICKER_LABELS = (
    "breaking", "breaking news", "última hora", "urgente", "eilmeldung", "dernière minute", "ultim'ora", "ultima ora",
)  # fmt: skip
_TICKER = regex.compile(r"(?i)^(?:" + "|".join((*_TICKER_LABELS, "just in")) + r")\s*[:|/-]")
TICKER_MIN_SHARED = 0.3
# Words that open promo strips and account widgets rather than titles (a
# ticker's labels among them).
_PROMO_OPENERS = regex.compile(
    r"(?i)^(?:trending|live|watch|listen|sponsored|advertisement|promoted|" + "|".join(_TICKER_LABELS) + r")\b\s*[:|/-]"
)
# Menu items glued by the scrape (`Skip to contentSkip to site index`): a lower-case
# letter directly followed by an upper-case one, twice or more.
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")
_SEPARATOR_RUN = regex.compile(r"\s(?://|\||•|·)\s")
_OPENS_QUOTE = regex.compile(r"^[\"“‘'«„]")
_WORD_BUCKETS = (
    (1, "words_1"),
    (2, "words_2"),
    (3, "words_3"),
    (5, "words_4_5"),
    (12, "words_6_12"),
    (20, "words_13_20"),
    (30, "words_21_30"),
)


# The arrows a blog's links to the previous and the next post carry.
_NAV_OPENERS = ("« ", "‹ ", "← ", "<< ", "< ")
_NAV_CLOSERS = (" »", " ›", " →", " >>", " >")
_NAV_OPEN_MARKS = frozenset(opener[0] for opener in _NAV_OPENERS)
_NAV_CLOSE_MARKS = frozenset(closer[-1] for closer in _NAV_CLOSERS)


def _neighbour_link(text: str) -> bool:
    """A blog's links to the posts before and after it: `« Older post | Main |
    Newer post »`, or one alone (`« Older post title`, `Newer post title »`)
    with no mark that closes it (`« Oui » : ...` opens a quotation)."""
    opens, closes = text.startswith(_NAV_OPENERS), text.endswith(_NAV_CLOSERS)
    if " | " in text and (opens or closes):
        return True
    if opens:
        return not any(mark in text for mark in _NAV_CLOSE_MARKS)
    return closes and not any(mark in text for mark in _NAV_OPEN_MARKS)


def _may_be_title(text: str, e: LineEvidence, anchor: str | None) -> bool:
    """Lines no title can be: furniture, notices, links, anchors, long
    paragraphs, rows of a drawn table, code."""
    f = e.features
    if f.furniture or f.sitewide or f.urlish or anchor in (TIME, BYLINE) or code_or_table(text):
        return False
    if _neighbour_link(text):
        return False
    if f.cjk:
        return 4 <= f.chars <= 150
    return 2 <= f.words <= 40 and f.chars <= 300


def _ticker(text: str, vocabulary: frozenset[str]) -> bool:
    """`BREAKING: M4 closed after lorry overturns` over a story about something
    else: the site's news ticker, never this story's title."""
    if not _TICKER.match(text):
        return False
    own = content_words(text)
    return not own or len(own & vocabulary) / len(own) < TICKER_MIN_SHARED


def _shape(text: str, e: LineEvidence, quoted: bool) -> Features:
    """What the line alone says about being a title."""
    f = e.features
    bucket = next((name for top, name in _WORD_BUCKETS if f.words <= top), "words_31_up")
    found: Features = {
        bucket: 1.0,
        "title_case": 0.0 if f.cjk else f.title_ratio,
        "function_words": 0.0 if f.cjk else f.stop_ratio,
        "capitals": float(f.upper),
        "sentence": float(f.ends_period and not text.endswith(("...", "…"))),
        "ends_colon": float(text.endswith(":")),
        "question_or_exclamation": float(text.endswith(("?", "!"))),
        "prose": float(f.prose),
        "cjk": float(f.cjk),
        "name": float(e.name_line),
        "dated": float(e.dated),
        "picture": float(e.picture or e.caption_start),
        "credit": float(e.credit),
        "list_item": float(e.marker is not None and not quoted),  # (a dash that quotes is no list's)
        "list_heading": float(f.list_heading),
        "digits": float(len(_DIGIT.findall(text)) * 4 > len(text)),
        "reported_speech": float(bool(_REPORTED.search(text))),
        "promo_opener": float(bool(_PROMO_OPENERS.match(text))),
        "glued_words": float(len(_GLUED.findall(text)) >= 2),
        "separators": float(len(_SEPARATOR_RUN.findall(text)) >= 2),
        "opens_quote": float(bool(_OPENS_QUOTE.match(text))),
        # a run of capitalised words, mostly a menu's sections: a menu glued into one line
        "menu_words": float(not f.cjk and f.words >= 5 and f.title_ratio >= 0.9 and _menu_line(text)),
    }
    return found


# Lines a title may stand over, its standfirst and summary points, at most.
MAX_SUMMARY_RUN = 5


def _long_line(ev: Evidence, i: int) -> bool:
    """Six words or more, no anchor, and not a title cut short (a breadcrumb's `...`)."""
    e = ev.of[i]
    return (
        e is not None
        and ev.anchors[i] is None
        and e.features.words >= MIN_BULLET_WORDS
        and not ev.lines[i].text.endswith(("...", "…"))
    )


def _under_run_top(ev: Evidence, i: int) -> bool:
    """Line i is in a run of three lines of six words or more, with no blank
    line between them, and not its first: a headline heads such a run (over
    its standfirst and summary points); the lines under it are no headline."""
    # (a blank line has no evidence: _long_line is false on it, and ends a run)
    if i == 0 or not _long_line(ev, i) or not _long_line(ev, i - 1):
        return False
    return (i >= 2 and _long_line(ev, i - 2)) or (i + 1 < len(ev.lines) and _long_line(ev, i + 1))


def _summary_run(ev: Evidence, window: list[int], k: int) -> int:
    """How many lines of six words or more, with no blank line between them,
    follow from window[k] on (a standfirst and summary points whose markers
    the scrape lost), when there are two to five; they are passed over to find
    the header's anchors."""
    run = 0
    while k + run < len(window) and run <= MAX_SUMMARY_RUN:
        i = window[k + run]
        if run and ev.lines[i - 1].text == "":
            break  # a blank line ends the run
        e = ev.of[i]
        if e is None or ev.anchors[i] is not None or e.features.words < MIN_BULLET_WORDS:
            break
        run += 1
    return run if 2 <= run <= MAX_SUMMARY_RUN else 0


def _standfirst(ev: Evidence, i: int) -> bool:
    """A title-like line of eight words or more that anchors nothing: what
    stands between a headline and its byline when the page has a standfirst."""
    e = ev.of[i]
    return e is not None and ev.anchors[i] is None and e.features.words >= 8 and title_like(ev, i)


# How near a line the title it wraps stands (`Home / News / Title` over `Title`).
WRAPPED_REACH = 3
# What joins a title to a trail or a site's name in the line that wraps it.
_JOINERS = frozenset("/|»›>:–—-•·")


def _wraps_neighbour(ev: Evidence, window: list[int], k: int) -> bool:
    """Line window[k] is a nearby line's text with a trail or a site's name
    joined on (`You are here: Home / News / Title`, `Title | The Courier`): the
    nearby line is the title; this one is a breadcrumb or a title bar."""
    text = ev.lines[window[k]].text
    for j in window[max(0, k - WRAPPED_REACH) : k + WRAPPED_REACH + 1]:
        other = ev.lines[j].text
        if not len(text) < 2 * len(other) < 2 * len(text) or len(other.split()) < 2:
            continue  # the title is most of the line (not `Bad Wendelstal` in `Bad Wendelstal: ...`)
        if text.endswith(other):
            junction = text[: -len(other)].rstrip()
        elif text.startswith(other):
            junction = text[len(other) :].lstrip()[::-1]
        else:
            continue
        if junction[-1:] in _JOINERS:
            return True
    return False


def _menu_line(text: str) -> bool:
    """Half or more of the line's words name a site's sections (`The Latest
    Politics Culture Climate The Magazine`)."""
    words = text.casefold().split()
    return 2 * sum(w.strip(".,|/•") in SECTION_WORDS for w in words) >= len(words)


def body_vocabulary(ev: Evidence, body_start: int, body_stop: int) -> frozenset[str]:
    """The content words of the body's first BODY_WORDS words."""
    found: set[str] = set()
    words = 0
    for i in ev.nonblank(body_start, body_stop):
        e = ev.of[i]
        assert e is not None
        found |= content_words(ev.lines[i].text)
        words += e.features.words
        if words >= BODY_WORDS:
            break
    return frozenset(found)


def headline_options(ev: Evidence, start: int, body_start: int, body_stop: int) -> list[Option]:
    """Every line above the body (within CANDIDATE_REACH) that could be the
    headline, with its features: its shape, how many of its words the body
    uses, and where it stands among the header's anchors, the page's other
    title-like lines and the body."""
    window = ev.nonblank(start, body_start)[-CANDIDATE_REACH:]
    vocabulary = body_vocabulary(ev, body_start, body_stop)
    proposed: dict[int, float] = {}
    for score, i in proposals(ev, start, body_start):
        proposed[i] = max(score, proposed.get(i, score))
    best = max(proposed.values(), default=0.0)
    options: list[Option] = []
    context = _Context.of(ev, window)
    prose_below = 0  # prose words between the candidate and the body
    titles_below = 0  # title-like lines between the candidate and the body
    for distance, i in enumerate(reversed(window), 1):
        e = ev.of[i]
        assert e is not None
        anchor = ev.anchors[i]
        text = ev.lines[i].text
        k = len(window) - distance  # position of i in the window
        if _may_be_title(text, e, anchor) and not _wraps_neighbour(ev, window, k) and not _ticker(text, vocabulary):
            found = _shape(text, e, dash_quote(ev, i))
            above = window[max(0, k - 3) : k]
            # the header's anchors under a title, past its standfirst if it has one
            reach = k + 5 if k + 1 < len(window) and _standfirst(ev, window[k + 1]) else k + 4
            # and past the summary lines a tabloid sets between them, unmarked
            reach += _summary_run(ev, window, k + 1)
            below = window[k + 1 : reach]
            found.update(_surroundings(ev, window, k, context))
            own = content_words(text)
            shared = len(own & vocabulary) / len(own) if own else 0.0
            found["body_words"] = shared
            found["no_body_words"] = float(bool(own) and bool(vocabulary) and not shared)
            agreement = title_agreement(ev.meta, text)
            found["meta_title"] = float(agreement >= META_TITLE_AGREEMENT)
            found["meta_title_words"] = agreement
            found.update(
                {
                    "shown_again": float(e.features.words >= 3 and ev.shown_again(i)),
                    "shown_before": float(ev.first_showing.get(e.key, i) < i),
                    "next_to_body": float(distance == 1),
                    "near_body": float(distance <= 4),
                    "body_distance": min(distance, CANDIDATE_REACH) / CANDIDATE_REACH,
                    "prose_below": min(prose_below, 200) / 200,
                    "titles_below": min(titles_below, 5) / 5,
                    "time_below": float(any(ev.anchors[j] == TIME for j in below)),
                    "byline_below": float(any(ev.anchors[j] in (BYLINE, NAME) for j in below)),
                    "anchor_above": float(any(ev.anchors[j] is not None for j in above[-2:])),
                    "list_heading_above": float(any(_features(ev, j).list_heading for j in above)),
                    "title_like": float(title_like(ev, i)),
                    "quality": headline_quality(ev, i) / 5,
                    "neighbours_alike": float(_alike(ev, above[-1:]) and _alike(ev, below[:1])),
                    "proposed": float(i in proposed),
                    "proposal_score": proposed.get(i, 0.0) / 10,
                    "best_proposal": float(i in proposed and proposed[i] == best),
                }
            )
            options.append(Option(i, found))
        f = e.features
        if f.prose:
            prose_below += f.words
        if title_like(ev, i):
            titles_below += 1
    return options


# How far below a title its header's anchors may stand.
HEADER_BELOW_REACH = 6
# How far around a title other teaser-like titles are looked for.
SIBLING_REACH = 8
_ORDINAL = regex.compile(r"^(?:#?\d{1,2}[.)]?|No\.\s*\d{1,2})$")
_NUMBERED_TITLE = regex.compile(r"^\d{1,2}[.)]?\s+\p{Lu}")


def _anchor_after(ev: Evidence, window: list[int], k: int, reach: int) -> list[int]:
    """The anchors among the `reach` lines after window[k], up to the next title-like line."""
    found = []
    for j in window[k + 1 : k + 1 + reach]:
        if ev.anchors[j] is not None:
            found.append(j)
        elif title_like(ev, j) and not found:
            break
    return found


@dataclass(slots=True)
class _Context:
    """What the window's lines say of each other, worked out once per window:
    which lines are teaser-like (a title with an anchor right below it), and
    how many short lines (a menu) stand directly above each line."""

    teasers: list[int]  # running count of teaser-like lines, one more entry at the end
    menu_run: list[int]

    @classmethod
    def of(cls, ev: Evidence, window: list[int]) -> _Context:
        teasers = [0]
        menu_run = []
        run = 0
        for k, i in enumerate(window):
            teasers.append(teasers[-1] + (title_like(ev, i) and bool(_anchor_after(ev, window, k, 2))))
            menu_run.append(run)
            f = _features(ev, i)
            run = 0 if f.prose or f.words > 5 else run + 1
        return cls(teasers, menu_run)


def _surroundings(ev: Evidence, window: list[int], k: int, context: _Context) -> Features:
    """Where window[k] stands: the header below it, teaser-like siblings around
    it, a list number above it, a standfirst below it, a menu above it."""
    i = window[k]
    below = _anchor_after(ev, window, k, HEADER_BELOW_REACH)
    kinds = {ev.anchors[j] for j in below}
    header = 1.5 * (TIME in kinds) + 1.0 * (BYLINE in kinds) + 0.5 * (NAME in kinds)
    low, high = max(0, k - SIBLING_REACH), min(len(window), k + SIBLING_REACH + 1)
    teasers = context.teasers
    siblings = teasers[high] - teasers[low] - (teasers[k + 1] - teasers[k])
    above = window[k - 1] if k > 0 else None
    after = window[k + 1] if k + 1 < len(window) else None
    return {
        "header_below": header / 3.0,
        "header_below_near": float(bool(below) and ev.count_nonblank(i + 1, below[0]) <= 1),
        "teaser_siblings": min(siblings, 3) / 3,
        "numbered": float(
            (above is not None and bool(_ORDINAL.match(ev.lines[above].text)))
            or bool(_NUMBERED_TITLE.match(ev.lines[i].text))
        ),
        # a caption shown again (with its credit) below is no standfirst
        "standfirst_below": float(
            after is not None and _features(ev, after).prose and ev.anchors[after] is None and not ev.shown_again(after)
        ),
        "menu_above": min(context.menu_run[k], 10) / 10,
    }


def _features(ev: Evidence, i: int) -> EvidenceFeatures:
    e = ev.of[i]
    assert e is not None
    return e.features


def _alike(ev: Evidence, lines: list[int]) -> bool:
    """The lines are short title-like lines, as the items of a menu or a teaser list are."""
    return bool(lines) and all(title_like(ev, j) and not _features(ev, j).prose for j in lines)


def choose_headline(ev: Evidence, start: int, body_start: int, body_stop: int) -> Choice:
    """The headline among the candidates above the body, by the fitted weights
    (a headline shown twice counts from its first showing, if that is close)."""
    choice = choose("headline", headline_options(ev, start, body_start, body_stop), HEADLINE)
    won = choice.winner
    if won is None or won.line is None:
        return choice
    first = _first_copy(ev, start, won.line)
    if first == won.line:
        return choice
    return Choice(choice.name, (replace(won, line=first), *choice.ranked[1:]), choice.weights)
