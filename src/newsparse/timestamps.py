"""Timestamps: find and read the published/updated times a page writes.

`scan(text, reference)` finds every time in a line with its label (`Published`,
`Updated: ` ...); `parse(text, reference)` reads one whole string. The formats
are data (`dateformats.FORMATS`, strict forms first); zone abbreviations are
`vocab.timezones.ZONES`. This module only turns a match into a `Timestamp`.

Reading rules the table cannot say:
- a missing year is the reference's, or the year before when that would put the
  date after the reference;
- a weekday with a clock time and no date is the latest such weekday on or before
  the reference date;
- a numeric date `a/b/yyyy` is month-first with `/` (US) and day-first with `.`
  or `-`; when only one order is a real date, or only one is not after the
  reference, that one wins;
- a 24-hour time with a stray am/pm (`15:24pm`) stays 24-hour;
- relative forms (`3 hours ago`, `yesterday`) resolve against the reference and
  carry it; `iso` is then the full datetime with the reference's offset;
- a day word or a label with only a clock time (`Yesterday 2:45PM`,
  `updated: 3:26 pm IST`) takes its date from the reference, so it is relative
  too, but `iso` keeps the clock time as written (wall time, zone if written);
- a clock time alone without a label (`5:00`, a video's length) is no time, nor
  is a bare `today` (a menu item) or a `yesterday` inside a sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import regex

from . import dateformats as df
from .model import Timestamp
from .vocab.timezones import zone_offset

# The big pattern is only tried where a time can start: at a number, or at a word
# that can begin one. Finding those places is cheap, and most lines have none.
_STARTS = re.compile(df.start_source(has_digit=True), re.IGNORECASE)
_STARTS_WITHOUT_DIGITS = re.compile(df.start_source(has_digit=False), re.IGNORECASE)
_DIGIT = re.compile(r"\d")


@functools.cache
def _scanner() -> regex.Pattern[str]:
    """The joined format table, compiled on first use (about 0.1 s), so commands
    that read no times do not pay for it."""
    return regex.compile(df.scanner_source(), regex.IGNORECASE)


# `Updated: sometime`: a label at the start of a line, and words that are no time.
_LABEL_ONLY = regex.compile(r"\s*(?:" + df.label_source() + r")(?P<rest>\S.{0,60}?)\s*$", regex.IGNORECASE)
_MAX_UNREADABLE_WORDS = 5
# What may stand around a bare `yesterday` / `just now` for it to count.
_FRAME = " \t,.;:|•·-–—()[]"

_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_UNIT_PRECISION = {"second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "day"}
_PM_WORDS = frozenset(("p", "오후", "午後"))
_AM_WORDS = frozenset(("a", "오전", "午前"))


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time found in a line: its span (label included), its kind when a label
    says (`published`/`updated`), and the reading."""

    start: int
    end: int
    kind: str | None
    timestamp: Timestamp


@dataclass(frozen=True, slots=True)
class _Reading:
    iso: str | None
    precision: str | None
    relative: bool = False
    reference: str | None = None


_UNREADABLE = _Reading(None, None)


def scan(text: str, reference: dt.datetime) -> list[TimeMatch]:
    """Every time in `text`, left to right, each with its label if it has one."""
    return list(_scan(text, reference, reference.isoformat()))


# Layout and line rules ask about the same line several times. The reference's
# ISO text is part of the key: equal instants in other zones read differently.
@functools.lru_cache(maxsize=4096)
def _scan(text: str, reference: dt.datetime, _reference_key: str) -> tuple[TimeMatch, ...]:
    starts = [s.start() for s in (_STARTS if _DIGIT.search(text) else _STARTS_WITHOUT_DIGITS).finditer(text)]
    if not starts:
        return ()  # most lines: no number and no word a time can begin with
    found: list[TimeMatch] = []
    taken = 0  # where the last time found ends
    scanner = _scanner()
    for at in starts:
        while at >= taken and (m := scanner.match(text, at)) is not None:
            accepted = _accept(m, text, reference)
            if accepted is None:
                break
            found.append(accepted)
            # A label may follow glued to the time's end (`... AM ESTUPDATED AN HOUR AGO`).
            taken = at = m.end()
    if not found:
        unreadable = _unreadable(text)
        if unreadable is not None:
            found.append(unreadable)
    return tuple(found)


def _accept(m: regex.Match[str], text: str, reference: dt.datetime) -> TimeMatch | None:
    label = m.group("label")
    if not label and not _stands_alone(m, text):
        return None
    try:
        reading = _read(m, reference)
    except (OverflowError, ValueError):  # `999 years ago` from a reference near year 1
        reading = _Reading(None, None, relative=True, reference=_iso(reference)) if m.group("rel_unit") else None
    if reading is None:
        if not label:
            return None  # numbers shaped like a date that is none (`31/31/2019`)
        reading = _UNREADABLE
    return _time_match(text, m.start(), m.end(), label, reading)


def parse(text: str, reference: dt.datetime) -> Timestamp | None:
    """Read `text` as one timestamp (its first time), or None when it holds none."""
    found = scan(text, reference)
    if not found:
        return None
    first = found[0].timestamp
    return Timestamp(text.strip(), first.iso, first.precision, first.relative, first.reference)


def _time_match(text: str, start: int, end: int, label: str | None, reading: _Reading) -> TimeMatch:
    kind = df.LABELS.get(" ".join(label.casefold().split())) if label else None
    stamp = Timestamp(text[start:end].strip(), reading.iso, reading.precision, reading.relative, reading.reference)
    return TimeMatch(start, end, kind, stamp)


def _stands_alone(m: regex.Match[str], text: str) -> bool:
    """A bare day word or `just now` counts only as the whole line (or labelled):
    in a sentence it is prose (`he said yesterday`)."""
    if _clock_only(m) and not m.group("rel_unit") and not m.group("nowword"):
        return False  # a clock time alone (`5:00`) is a duration, a score, a schedule
    word = m.group("dayword") or m.group("nowword")
    if word is None or m.group("hour") is not None:
        return True
    if m.group("dayword") and df.DAY_WORDS.get(" ".join(word.casefold().split()), 0) == 0:
        return False  # a bare `Today` is a menu item or a show name
    return not text[: m.start()].strip(_FRAME) and not text[m.end() :].strip(_FRAME)


def _unreadable(text: str) -> TimeMatch | None:
    """`Updated: sometime`: a labelled time that cannot be read."""
    m = _LABEL_ONLY.match(text)
    if m is None:
        return None
    rest = m.group("rest")
    words = rest.split()
    has_digit = any(c.isdigit() for c in rest)
    has_colon = ":" in text[m.end("label") : m.start("rest")]
    if len(words) > _MAX_UNREADABLE_WORDS or not (has_colon or (has_digit and len(words) <= 3)):
        return None
    # `Published: Jane Doe`, `Posted: by Admin` name who, not when.
    if not has_digit and (words[0].casefold() == "by" or all(w[0].isupper() for w in words)):
        return None
    return _time_match(text, m.start("label"), m.end("rest"), m.group("label"), _UNREADABLE)


# ------------------------------------------------------------------ reading


def _read(m: regex.Match[str], reference: dt.datetime) -> _Reading | None:
    """What a scanner match means, or None when its numbers make no date."""
    if m.group("rel_unit"):
        return _read_amount_ago(m.group("rel_n"), m.group("rel_unit"), reference)
    if m.group("nowword"):
        return _relative(reference, reference, "minute")
    clock = _read_clock(m)
    if _clock_only(m):
        return _read_clock_only(m, clock, reference) if clock is not None else None
    day = _read_date(m, reference)
    if day is None:
        return None
    if clock is None:
        if m.group("dayword"):
            return _relative(dt.datetime.combine(day, reference.timetz()), reference, "day")
        return _Reading(day.isoformat(), "day")
    iso, _ = _datetime_iso(day, clock, m.group("zone"))
    if m.group("dayword"):
        return _Reading(iso, clock[1], relative=True, reference=_iso(reference))
    return _Reading(iso, clock[1])


def _clock_only(m: regex.Match[str]) -> bool:
    return m.group("day") is None and m.group("num_a") is None and not m.group("weekday") and not m.group("dayword")


def _read_clock_only(m: regex.Match[str], clock: tuple[dt.time, str], reference: dt.datetime) -> _Reading:
    """`updated: 3:26 pm IST`: the reference's date, or the day before it when
    the time would otherwise be after the reference."""
    day = reference.date()
    iso, offset = _datetime_iso(day, clock, m.group("zone"))
    local = dt.datetime.combine(day, clock[0])
    later = (
        local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset))) > reference
        if offset is not None and reference.tzinfo is not None
        else local > reference.replace(tzinfo=None)
    )
    if later:
        iso, _ = _datetime_iso(day - dt.timedelta(days=1), clock, m.group("zone"))
    return _Reading(iso, clock[1], relative=True, reference=_iso(reference))


def _datetime_iso(day: dt.date, clock: tuple[dt.time, str], zone: str | None) -> tuple[str, int | None]:
    """ISO text of a date and clock time at the clock's precision, with the
    written zone's offset (and that offset in minutes) when a zone is written."""
    local = dt.datetime.combine(day, clock[0])
    iso = local.isoformat(timespec="seconds" if clock[1] == "second" else "minutes")
    offset = _read_zone(zone, local)
    if offset is not None:
        iso += _format_offset(offset)
    return iso, offset


def _read_date(m: regex.Match[str], reference: dt.datetime) -> dt.date | None:
    today = reference.date()
    if m.group("dayword"):
        return today - dt.timedelta(days=df.DAY_WORDS[" ".join(m.group("dayword").casefold().split())])
    if m.group("num_a"):
        return _read_numeric_date(m, today)
    if m.group("day") is None:
        # `Monday 5:30PM`: the latest Monday on or before the reference date.
        weekday = df.WEEKDAYS[m.group("weekday").casefold()]
        return today - dt.timedelta(days=(today.weekday() - weekday) % 7)
    month_name = m.group("month_name")
    month = df.MONTHS[month_name.casefold()] if month_name else int(m.group("month_num"))
    day = int(m.group("day"))
    if m.group("year"):
        return _date(_year(m.group("year"), today), month, day)
    return _without_year(month, day, today)


def _read_numeric_date(m: regex.Match[str], today: dt.date) -> dt.date | None:
    a, b = int(m.group("num_a")), int(m.group("num_b"))
    year = _year(m.group("year"), today)
    month_first = _date(year, a, b)
    day_first = _date(year, b, a)
    preferred, other = (month_first, day_first) if m.group("num_sep") == "/" else (day_first, month_first)
    if preferred is None:
        return other
    if other is not None and preferred > today >= other:
        return other
    return preferred


def _year(text: str, today: dt.date) -> int:
    if len(text) == 4:
        return int(text)
    year = 2000 + int(text)  # two digits: this century unless that is the future
    return year if year <= today.year + 1 else year - 100


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _without_year(month: int, day: int, today: dt.date) -> dt.date | None:
    when = _date(today.year, month, day)
    if when is None or when > today:
        return _date(today.year - 1, month, day) or when
    return when


def _read_clock(m: regex.Match[str]) -> tuple[dt.time, str] | None:
    if m.group("hour") is None:
        return None
    hour = int(m.group("hour"))
    ampm = m.group("ampm")
    if ampm and hour <= 12:  # `15:24pm` stays 24-hour
        marker = ampm[0].casefold() if ampm[0] in "aApP" else ampm
        if marker in _PM_WORDS:
            hour = hour % 12 + 12
        elif marker in _AM_WORDS:
            hour = hour % 12
    minute, second = m.group("minute"), m.group("second")
    precision = "second" if second else ("minute" if minute else "hour")
    return dt.time(hour, int(minute or 0), int(second or 0)), precision


def _read_zone(zone: str | None, local: dt.datetime) -> int | None:
    """The written zone's UTC offset in minutes, or None when no zone is written."""
    if not zone:
        return None
    if zone.upper() == "Z":
        return 0
    numeric = regex.fullmatch(r"(?:GMT|UTC)?\s?([+-])(\d\d?)(?::?(\d\d))?", zone, flags=regex.IGNORECASE)
    if numeric:
        sign = -1 if numeric.group(1) == "-" else 1
        return sign * (int(numeric.group(2)) * 60 + int(numeric.group(3) or 0))
    return zone_offset(zone, local)


def _format_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def _iso(when: dt.datetime) -> str:
    return when.isoformat(timespec="seconds")


def _relative(when: dt.datetime, reference: dt.datetime, precision: str) -> _Reading:
    return _Reading(_iso(when), precision, relative=True, reference=_iso(reference))


def _read_amount_ago(amount: str, unit_word: str, reference: dt.datetime) -> _Reading:
    amount = amount.casefold()
    n = int(amount) if amount.isdigit() else df.NUMBER_WORDS[amount]
    unit = df.RELATIVE_UNITS[unit_word.casefold()]
    if unit in _UNIT_SECONDS:
        when = reference - dt.timedelta(seconds=n * _UNIT_SECONDS[unit])
        return _relative(when, reference, _UNIT_PRECISION[unit])
    months = n * (12 if unit == "year" else 1)
    return _relative(_months_before(reference, months), reference, unit)


def _months_before(when: dt.datetime, months: int) -> dt.datetime:
    index = when.year * 12 + when.month - 1 - months
    year, month = divmod(index, 12)
    for day in range(when.day, 27, -1):  # clamp the 31st to the month's last day
        try:
            return when.replace(year=year, month=month + 1, day=day)
        except ValueError:
            continue
    return when.replace(year=year, month=month + 1, day=min(when.day, 28))
