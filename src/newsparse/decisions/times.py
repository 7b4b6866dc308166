"""Time decisions: which of the times around the header the article was
published and updated at.

Candidates are the times written on the time lines around the article's header
and just after its body, and "none". Each is scored by the fitted `PUBLISHED`
or `UPDATED` weights on what it is (its label, year, clock, whether it is
relative or after the reference time) and where it stands (beside the
headline or the byline, in a run of dates that lists other stories, after the
body). The updated time is chosen among the others once the published one is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..dateformats import label_alone
from ..evidence import Evidence
from ..evidence import bylines as byline_evidence
from ..evidence.anchors import BYLINE, NAME, TIME
from ..evidence.features import code_or_table
from ..evidence.meta import day_agrees
from ..evidence.times import leftovers, opens_with_date
from ..htmltext import PageMeta
from ..timestamps import TimeMatch
from .headers import before_comments
from .scoring import Choice, Features, Option, choose
from .weights import PUBLISHED, UPDATED

# How far above the headline (or the body, without one) and below the body a
# time is looked for, in non-blank lines.
REACH_ABOVE = 12
REACH_BELOW = 8
# How far below a byline that stands after the body its time is looked for
# (`Jane Roe` / a line of bio / `12.18.14 10:00AM`).
REACH_BELOW_BYLINE = 4
# How many of the body's first and last lines may hold a time line.
BODY_EDGE = 3
# A run of this many time lines, a line or two apart, lists other stories.
MIN_DATED_RUN = 3


@dataclass(frozen=True, slots=True)
class TimePick:
    """A chosen time: its line and which of the line's times (in order); for a
    time whose clock or year stands on the next lines, those lines (`more`) and
    where each line starts in the joined text the match spans (`offsets`)."""

    index: int
    order: int
    match: TimeMatch
    more: tuple[int, ...] = ()
    offsets: tuple[int, ...] = ()


def time_options(
    ev: Evidence,
    start: int,
    stop: int,
    body_start: int,
    body_stop: int,
    headline: int | None,
    byline: int | None = None,
) -> list[Option]:
    """Every time on the time lines around an article's header and around a
    byline below the body (the option's part is the time's order on its
    line), and "none"."""
    top = headline if headline is not None else body_start
    above = ev.nonblank(start, top)[-REACH_ABOVE:]
    header = ev.nonblank(top, body_start)
    body = ev.nonblank(body_start, body_stop)
    edges = body[:BODY_EDGE] + [i for i in body[-BODY_EDGE:] if i not in body[:BODY_EDGE]]
    after = before_comments(ev, ev.nonblank(body_stop, stop)[:REACH_BELOW])
    if byline is not None and byline >= body_stop:
        after += [i for i in ev.nonblank(byline, stop)[:REACH_BELOW_BYLINE] if i not in after]
    # the headline's own date is a day it names (`Bridge to Close Starting May 1`)
    lines = [i for i in [*above, *header, *edges, *after] if i != headline and _dated(ev, i)]
    options = [Option(None, {"none": 1.0})]
    first_in_header = next((i for i in lines if i >= top), None)
    for i in lines:
        e = ev.of[i]
        assert e is not None
        run = _dated_run(ev, i, start, stop)
        rest = leftovers(ev.lines[i].text, e.dates)
        rest_words = sum(len(piece.split()) for piece in rest)
        joined = ev.continued.get(i)
        label_above = _label_above(ev, i)
        for order, m in enumerate(e.dates):
            if joined is not None and order == len(e.dates) - 1:
                m = joined.match  # the rest of it stands on the next lines
            features = _reading(m, ev.reference, ev.meta, m.kind or (label_above if order == 0 else None))
            features.update(
                {
                    "first_on_line": float(order == 0),
                    "above_headline": float(i < top),
                    "above_distance": min(ev.count_nonblank(i, top), REACH_ABOVE) / REACH_ABOVE if i < top else 0.0,
                    "in_header": float(top <= i < body_start),
                    "first_in_header": float(i == first_in_header),
                    "right_below_headline": float(headline is not None and 0 < ev.count_nonblank(headline, i) <= 3),
                    "in_body": float(body_start <= i < body_stop),
                    "after_body": float(i >= body_stop),
                    "byline_near": float(_byline_near(ev, i, start, stop)),
                    "dated_run": float(run >= MIN_DATED_RUN),
                    "times_on_line": min(len(e.dates), 3) / 3,
                    "time_line": float(e.times is not None),
                    "other_words": min(rest_words, 20) / 20,
                }
            )
            options.append(Option(i, features, order))
    return options


def _label_above(ev: Evidence, i: int) -> str | None:
    """The kind of time the line right above line i announces, when it is a
    label alone (`UPDATED` / `Jun 21, 2024, 09:31 AM`)."""
    above = ev.previous_nonblank(i, i - 2)
    return label_alone(ev.lines[above].text) if above is not None else None


def _reading(m: TimeMatch, reference: dt.datetime, meta: PageMeta | None, kind: str | None) -> Features:
    stamp = m.timestamp
    iso = stamp.iso or ""
    future = False
    if iso and not stamp.relative:
        future = iso[:10] > reference.date().isoformat()
    return {
        "label_published": float(kind == "published"),
        "label_updated": float(kind == "updated"),
        "unlabelled": float(kind is None),
        "unreadable": float(stamp.iso is None),
        "relative": float(stamp.relative),
        "clock": float(stamp.precision in ("hour", "minute", "second")),
        "day_only": float(stamp.precision == "day"),
        "coarse": float(stamp.precision in ("month", "year")),
        "future": float(future),
        "meta_published": float(meta is not None and day_agrees(meta.published, stamp.iso)),
        "meta_modified": float(meta is not None and day_agrees(meta.modified, stamp.iso)),
    }


def _dated(ev: Evidence, i: int) -> bool:
    """A time line, or a short line that writes a time and is no sentence of prose
    (`Email the author | Follow on Twitter on December 29, 2014 at 3:02 PM` is a
    meta line; `The council met on May 3, 2019.` is not)."""
    e = ev.of[i]
    if e is None or (bool(e.dates) and code_or_table(ev.lines[i].text) and not _credits_account(e.byline)):
        return False  # a table's row or a line of code
    if e.times is None and (e.picture or e.caption_start):
        return False  # a caption's date is the picture's (`The bridge on Feb. 12. (Photo: ...)`)
    if e.times is not None or (bool(e.dates) and not (e.features.prose and e.features.ends_sentence)):
        return True
    return bool(e.dates) and opens_with_date(ev.lines[i].text, e.dates[0])


def _credits_account(byline: str | None) -> bool:
    """A byline that credits an account's name (`Posted by jane_roe on ...`):
    its underscore is the name's, not code's (a handle given as contact,
    `@jane_roe`, leaves the line's reading as it was)."""
    return byline is not None and any("_" in name for name in byline_evidence.authors(byline))


def _byline_near(ev: Evidence, i: int, start: int, stop: int) -> bool:
    before = ev.nonblank(max(start, i - 6), i)[-2:]
    after = ev.nonblank(i + 1, min(stop, i + 7))[:2]
    return any(ev.anchors[j] in (BYLINE, NAME) for j in [*before, *after])


def _dated_run(ev: Evidence, i: int, start: int, stop: int) -> int:
    """How many time lines stand in a run with line i, each within three lines of the next."""
    count = 1
    for step in (-1, 1):
        j, gap = i + step, 0
        while start <= j < stop and gap <= 3:
            if ev.lines[j].text:
                if ev.anchors[j] == TIME:
                    count += 1
                    gap = 0
                else:
                    gap += 1
            j += step
    return count


def choose_times(
    ev: Evidence,
    start: int,
    stop: int,
    body_start: int,
    body_stop: int,
    headline: int | None,
    byline: int | None = None,
) -> tuple[Choice, Choice, TimePick | None, TimePick | None]:
    """The published and updated times of an article (either may be None)."""
    options = time_options(ev, start, stop, body_start, body_stop, headline, byline)
    published = choose("published", options, PUBLISHED)
    pick = _pick(ev, published)
    others = [o for o in options if pick is None or (o.line, o.part) != (pick.index, pick.order)]
    updated = choose("updated", others, UPDATED)
    return published, updated, pick, _pick(ev, updated)


def _pick(ev: Evidence, choice: Choice) -> TimePick | None:
    won = choice.winner
    if won is None or won.line is None:
        return None
    e = ev.of[won.line]
    assert e is not None
    joined = ev.continued.get(won.line)
    if joined is not None and won.part == len(e.dates) - 1:
        return TimePick(won.line, won.part, joined.match, joined.lines, joined.offsets)
    return TimePick(won.line, won.part, e.dates[won.part])
