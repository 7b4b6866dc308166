"""Timestamps: find and read the published/updated times a page writes.

`scan(text, reference)` finds every time in a line with its label (`Published`,
`Updated: ` ...); `parse(text, reference)` reads one whole string. The formats
are data (`dateformats.FORMATS`, strict forms first); zone abbreviations are
`vocab.timezones.ZONES`, read through the IANA rules of python-dateutil's `tz`.
This module only turns a match into a `Timestamp`.

Reading rules the table cannot say:
- a missing year is the reference's, or the year before when that would put the
  date after the reference;
- a two-digit year is this century's, or the last one's when that would be more
  than a year after the reference;
- a weekday with a clock time and no date is the latest such weekday on or before
  the reference date;
- a numeric date `a/b/yyyy` is month-first with `/` (US) and day-first with `.`
  or `-`, or with `/` beside a 24-hour clock (`03/05/2024 06h00`) or after a
  label in another language (`Publicado 03/05/2024`); when only one order is a
  real date, or only one is not after the reference, that one wins;
- a 24-hour time with a stray am/pm (`15:24pm`) stays 24-hour;
- relative forms (`3 hours ago`, `yesterday`) resolve against the reference and
  carry it; `iso` is then the full datetime with the reference's offset. Seconds,
  minutes and hours count back on the clock (`3 hours ago` is three real hours,
  across a daylight-saving change too); days, weeks, months and years count back
  on the calendar (`3 months ago` on 31 May is the last day of February);
- a day word or a label with only a clock time (`Yesterday 2:45PM`,
  `updated: 3:26 pm IST`) takes its date from the reference, so it is relative
  too, but `iso` keeps the clock time as written (wall time, zone if written);
- a clock time alone without a label (`5:00`, a video's length) is no time, nor
  is a bare `today` (a menu item) or a `yesterday` inside a sentence;
- a labelled time the table cannot read (`Published: 18th of November 2019`) is
  given to python-dateutil's parser, never fuzzy: it must account for every word
  after the label, and write a four-digit year or a month's name
  (`Updated: Section 230`, `Posted: 3/4 cup` stay unreadable).

Zones: a written zone gives `iso` its offset and `utc` the instant. A wall-clock
time in a zone that changes its clocks is read so: in the hour skipped when the
clocks go forward, as if they had not changed yet (02:30 on 2019-03-10 in New
York is 07:30Z, the instant also called 03:30 EDT); in the hour repeated when
they go back, as the first of the two (01:30 on 2019-11-03 is EDT, 05:30Z).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from . import dateformats as df
from .model import Timestamp
from .vocab.timezones import abbreviation_zone

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

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

_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_UNIT_PRECISION = {"second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "day"}
_PM_WORDS = frozenset(("p", "오후", "午後", "م"))
_AM_WORDS = frozenset(("a", "오전", "午前", "ص"))


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time found in a line: its span (label included), its kind when a label
    says (`published`/`updated`), the reading, and whether the reading came from
    the fallback parser rather than the format table."""

    start: int
    end: int
    kind: str | None
    timestamp: Timestamp
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class _Reading:
    iso: str | None
    precision: str | None
    relative: bool = False
    reference: str | None = None
    utc: str | None = None


_UNREADABLE = _Reading(None, None)


def scan(text: str, reference: dt.datetime) -> list[TimeMatch]:
    """Every time in `text`, left to right, each with its label if it has one."""
    return list(_scan(text, reference, _reference_key(reference)))


# The reference last asked about and its key: an input's lines are all read
# against one reference, so its key is written once, not once per line.
_last_reference: tuple[dt.datetime, str] | None = None


def _reference_key(reference: dt.datetime) -> str:
    global _last_reference
    last = _last_reference
    if last is not None and last[0] is reference:
        return last[1]
    key = reference.isoformat()
    if reference.tzinfo is not None and type(reference.tzinfo) is not dt.timezone:
        key += f" {reference.tzinfo!r}"  # a zone with rules: `yesterday` may have another offset
    _last_reference = (reference, key)
    return key


# Layout and line rules ask about the same line several times. The reference's
# ISO text (and zone) is part of the key: equal instants in other zones read
# differently.
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
            # a labelled clock after a date on the same line is on that date
            # (`Publié le 9 mars 2021 à 06h30, mis à jour à 11h02`)
            clock = m.group("hour") is not None and not m.group("rel_unit") and _clock_only(m)
            day = _day_of(found[-1]) if found and clock and m.group("label") else None
            accepted = _accept(m, text, reference if day is None else _end_of(day, reference))
            if accepted is None:
                break
            found.append(accepted)
            # A label may follow glued to the time's end (`... AM ESTUPDATED AN HOUR AGO`);
            # a time begins with a letter or a digit, never with a space or a mark.
            taken = at = m.end()
            if not text[at : at + 1].isalnum():
                break
    if not found:
        unreadable = _unreadable(text, reference)
        if unreadable is not None:
            found.append(unreadable)
    return tuple(found)


def _day_of(found: TimeMatch) -> dt.date | None:
    """The day an absolute time found on the line names, if it names one."""
    iso = found.timestamp.iso
    if found.timestamp.relative or iso is None or len(iso) < 10:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _end_of(day: dt.date, reference: dt.datetime) -> dt.datetime:
    """The last moment of `day`, in the reference's zone: a clock read against it falls on `day`."""
    return dt.datetime.combine(day, dt.time(23, 59, 59), reference.tzinfo)


def _accept(m: regex.Match[str], text: str, reference: dt.datetime) -> TimeMatch | None:
    label = m.group("label")
    if not label and (m.group("no_ago") is not None or not _stands_alone(m, text)):
        return None  # `2 days` without `ago` is a time only after a label
    try:
        reading = _read(m, reference)
    except (OverflowError, ValueError):  # `999 years ago` from a reference near year 1
        reading = _Reading(None, None, relative=True, reference=_iso(reference)) if m.group("rel_unit") else None
    if reading is None:
        if not label:
            return None  # numbers shaped like a date that is none (`31/31/2019`)
        reading = _UNREADABLE
    found = _time_match(text, m.start(), m.end(), label, reading)
    if found.kind is None and (kind := _label_after(text, m.end())) is not None:
        found = replace(found, kind=kind)
    return found


def _label_after(text: str, end: int) -> str | None:
    """The kind a label written after the time gives it (`21:30 更新`)."""
    rest = text[end : end + 6].lstrip(" \u3000")
    return next((kind for word, kind in df.LABELS_AFTER.items() if rest.startswith(word)), None)


def parse(text: str, reference: dt.datetime) -> Timestamp | None:
    """Read `text` as one timestamp (its first time), or None when it holds none."""
    found = scan(text, reference)
    if not found:
        return None
    return replace(found[0].timestamp, text=text.strip())


def in_zone(stamp: Timestamp, zone: dt.tzinfo) -> Timestamp:
    """`stamp` with its `utc` filled in for a wall-clock time written without a
    zone, read as a time in `zone` (`--tz`: the zone of the site). A time with a
    zone of its own, or a date without a clock time, is left as it is."""
    if stamp.utc is not None or stamp.iso is None or "T" not in stamp.iso:
        return stamp
    try:
        local = dt.datetime.fromisoformat(stamp.iso)
    except ValueError:
        return stamp
    if local.tzinfo is not None:
        return stamp
    return replace(stamp, utc=utc_text(_instant(local, zone)))


def _time_match(
    text: str, start: int, end: int, label: str | None, reading: _Reading, fallback: bool = False
) -> TimeMatch:
    kind = df.LABELS.get(" ".join(label.casefold().split())) if label else None
    stamp = Timestamp(
        text[start:end].strip(), reading.iso, reading.precision, reading.relative, reading.reference, reading.utc
    )
    return TimeMatch(start, end, kind, stamp, fallback)


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


def _unreadable(text: str, reference: dt.datetime) -> TimeMatch | None:
    """A labelled time the table cannot read: read by the fallback parser
    (`Published: 18th of November 2019`), or unreadable (`Updated: sometime`)."""
    m = _LABEL_ONLY.match(text)
    if m is None:
        return None
    rest = m.group("rest")
    words = rest.split()
    if not words:
        return None  # only characters `str.split` takes for spaces (`\x1f`) and the pattern does not
    has_digit = any(c.isdigit() for c in rest)
    if has_digit:
        reading = _read_by_fallback(rest, reference)
        if reading is not None:
            return _time_match(text, m.start("label"), m.end("rest"), m.group("label"), reading, fallback=True)
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
        return _read_clock_only(clock, _read_zone(m.group("zone")), reference) if clock is not None else None
    day = _read_date(m, reference)
    if day is None:
        return None
    if clock is None:
        if m.group("dayword"):
            return _relative(dt.datetime.combine(day, reference.timetz()), reference, "day")
        return _Reading(day.isoformat(), "day")
    iso, utc = _datetime_iso(day, clock, _read_zone(m.group("zone")))
    if m.group("dayword"):
        return _Reading(iso, clock[1], relative=True, reference=_iso(reference), utc=utc)
    return _Reading(iso, clock[1], utc=utc)


def _clock_only(m: regex.Match[str]) -> bool:
    return m.group("day") is None and m.group("num_a") is None and not m.group("weekday") and not m.group("dayword")


def _read_clock_only(clock: tuple[dt.time, str], zone: dt.tzinfo | None, reference: dt.datetime) -> _Reading:
    """`updated: 3:26 pm IST`: the reference's date, or the day before it when
    the time would otherwise be after the reference."""
    day = reference.date()
    local = dt.datetime.combine(day, clock[0])
    later = (
        _instant(local, zone) > reference
        if zone is not None and reference.tzinfo is not None
        else local > reference.replace(tzinfo=None)
    )
    if later:
        day -= dt.timedelta(days=1)
    iso, utc = _datetime_iso(day, clock, zone)
    return _Reading(iso, clock[1], relative=True, reference=_iso(reference), utc=utc)


def _datetime_iso(day: dt.date, clock: tuple[dt.time, str], zone: dt.tzinfo | None) -> tuple[str, str | None]:
    """ISO text of a date and clock time at the clock's precision, with the
    zone's offset when a zone is written, and the instant in UTC when known."""
    local = dt.datetime.combine(day, clock[0])
    iso = local.isoformat(timespec="seconds" if clock[1] == "second" else "minutes")
    if zone is None:
        return iso, None
    instant = _instant(local, zone)
    return iso + _format_offset(local - instant.replace(tzinfo=None)), utc_text(instant)


def _instant(local: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """The instant (in UTC) that wall-clock time `local` names in `zone`. In the
    hour repeated when clocks go back, the first of the two (fold 0); in the hour
    skipped when they go forward, the time as if they had not changed yet
    (dateutil moves it forward by the gap: 02:30 EST is 03:30 EDT)."""
    from dateutil import tz

    aware = local.replace(tzinfo=zone, fold=0)
    if not tz.datetime_exists(aware):
        aware = tz.resolve_imaginary(aware)
    return aware.astimezone(dt.UTC)


def utc_text(instant: dt.datetime) -> str:
    """An aware datetime as `utc` writes it (`2019-11-18T13:54:00Z`): one form
    for every instant, so the strings compare as the times do."""
    return instant.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


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
    # slashes put the month first, as US pages do, unless the clock beside the
    # date is a 24-hour one (`03/05/2024 06h00`, `12/03/2024 13:05`) or its label
    # is in another language (`Publicado 03/05/2024`): those pages put the day first
    label = m.group("label")
    month_first_order = (
        m.group("num_sep") == "/"
        and (m.group("hour") is None or m.group("ampm") is not None)
        and (label is None or " ".join(label.casefold().split()) in df.ENGLISH_LABELS)
    )
    preferred, other = (month_first, day_first) if month_first_order else (day_first, month_first)
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


def _read_zone(zone: str | None) -> dt.tzinfo | None:
    """The written zone, or None when no zone is written."""
    if not zone:
        return None
    if zone.upper() == "Z":
        return dt.UTC
    numeric = regex.fullmatch(r"(?:GMT|UTC)?\s?([+-])(\d\d?)(?::?(\d\d))?", zone, flags=regex.IGNORECASE)
    if numeric:
        sign = -1 if numeric.group(1) == "-" else 1
        return dt.timezone(sign * dt.timedelta(hours=int(numeric.group(2)), minutes=int(numeric.group(3) or 0)))
    return abbreviation_zone(zone)


def _format_offset(offset: dt.timedelta) -> str:
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def _iso(when: dt.datetime) -> str:
    return when.isoformat(timespec="seconds")


def _relative(when: dt.datetime, reference: dt.datetime, precision: str) -> _Reading:
    utc = utc_text(when) if when.tzinfo is not None else None
    return _Reading(_iso(when), precision, relative=True, reference=_iso(reference), utc=utc)


def _read_amount_ago(amount: str, unit_word: str, reference: dt.datetime) -> _Reading:
    from dateutil.relativedelta import relativedelta

    amount = amount.casefold()
    n = int(amount) if amount.isdigit() else df.NUMBER_WORDS[amount]
    unit = df.RELATIVE_UNITS[unit_word.casefold()]
    if unit in _UNIT_SECONDS:
        # counted on the clock: through UTC, so a daylight-saving change in between counts
        elapsed = dt.timedelta(seconds=n * _UNIT_SECONDS[unit])
        if reference.tzinfo is None:  # a naive reference (library use) stays naive
            when = reference - elapsed
        else:
            when = (reference.astimezone(dt.UTC) - elapsed).astimezone(reference.tzinfo)
        return _relative(when, reference, _UNIT_PRECISION[unit])
    # counted on the calendar; relativedelta keeps the day within the month
    # (`a month ago` on 31 March is 28/29 February)
    back = {"day": relativedelta(days=n), "week": relativedelta(weeks=n), "month": relativedelta(months=n)}
    when = reference - back.get(unit, relativedelta(years=n))
    return _relative(when, reference, _UNIT_PRECISION.get(unit, unit))


# ------------------------------------------------------------------ fallback


def _read_by_fallback(text: str, reference: dt.datetime) -> _Reading | None:
    """`text` (what follows a label) read by python-dateutil's parser, or None.

    Never fuzzy: every word must be a date or time word in a language the table
    knows, or the parse fails. It must write a month's name or a year, and a
    year with four digits, so a number alone is no date (`Route 66`, `3/4`). Which parts the text gives
    (hence the precision) shows as the parts that do not change when the parse
    is made against two different defaults."""
    from dateutil import parser

    unknown_zone: list[str] = []

    def zone_named(name: str | None, offset: int | None) -> dt.tzinfo | None:
        if name is None:
            return dt.timezone(dt.timedelta(seconds=offset)) if offset is not None else None
        zone = abbreviation_zone(name)
        if zone is None:
            unknown_zone.append(name)
        return zone

    readings = []
    for default in _FALLBACK_DEFAULTS:
        try:
            readings.append(parser.parse(text, parserinfo=_parser_names(), default=default, tzinfos=zone_named))
        except (ValueError, OverflowError, parser.ParserError):
            return None
    first, second = readings
    if unknown_zone or first.tzinfo != second.tzinfo:
        return None  # a zone word the table does not know: no reading rather than a wrong one
    given = {
        part
        for part in ("year", "month", "day", "hour", "minute", "second")
        if getattr(first, part) == getattr(second, part)
    }
    words = {w.casefold() for w in regex.findall(r"[^\W\d_]+", text)}
    named_month = not words.isdisjoint(df.MONTHS)
    year_written = "year" in given and regex.search(rf"(?<!\d){first.year}", text) is not None
    if "year" in given and not year_written:
        return None  # `66` read as 2066
    if not (year_written or named_month):
        return None  # numbers alone: `3/4`, `1-800-555-0100`
    return _fallback_reading(first, given, reference)


def _fallback_reading(when: dt.datetime, given: set[str], reference: dt.datetime) -> _Reading | None:
    """The reading of a parse that gave the parts in `given`: a year, a month of
    a year, a day (of a year, or the latest such day), maybe with a clock time."""
    today = reference.date()
    if "month" not in given:
        return _Reading(str(when.year), "year") if given == {"year"} and _plausible(when.year, today) else None
    if "day" not in given:
        if "year" not in given or given & {"hour", "minute", "second"} or not _plausible(when.year, today):
            return None  # `November` alone, or `November 2019 10:00`
        return _Reading(f"{when.year:04d}-{when.month:02d}", "month")
    if "year" in given:
        day: dt.date | None = when.date() if _plausible(when.year, today) else None
    else:
        day = _without_year(when.month, when.day, today)
    if day is None:
        return None
    if "hour" not in given:
        return _Reading(day.isoformat(), "day") if not given & {"minute", "second"} else None
    precision = "second" if "second" in given else ("minute" if "minute" in given else "hour")
    clock = (when.time().replace(microsecond=0), precision)
    iso, utc = _datetime_iso(day, clock, when.tzinfo)
    return _Reading(iso, precision, utc=utc)


def _plausible(year: int, today: dt.date) -> bool:
    """A year a news page may be dated: from 1900 to the year after the reference."""
    return 1900 <= year <= today.year + 1


# Two defaults that differ in every part: both leap years, so 29 February reads,
# and days two weeks apart, so a weekday (`Monday, November 2019`) cannot move
# both to the same day.
_FALLBACK_DEFAULTS = (dt.datetime(2000, 1, 1, 0, 0, 0), dt.datetime(2004, 2, 15, 1, 1, 1))


@functools.cache
def _parser_names() -> parserinfo:
    """dateutil's parser vocabulary, with the month and weekday names and the
    joining words of every language the format table knows."""
    from dateutil import parser

    # `am` is German for `on`, but to the parser it is the morning; `a las` would
    # give it `a` (am) alone.
    joiners = {w.rstrip(".") for w in (*df.DATE_TIME_JOINERS, *df.TIME_DATE_JOINERS, *df.LABEL_JOINERS)}
    joiners = {w for w in joiners if " " not in w} - {"am"} | {"de", "del", "uhr"}
    # The parser splits words at hyphens: `segunda-feira` is `segunda` and `feira`.
    weekdays: dict[str, int] = {}
    for name, number in df.WEEKDAYS.items():
        first, *more = name.split("-")
        weekdays[first] = number
        joiners.update(more)

    class Names(parser.parserinfo):
        def jump(self, name: str) -> bool:
            return name.casefold() in joiners or super().jump(name)

        def month(self, name: str) -> int | None:
            return df.MONTHS.get(name.casefold())

        def weekday(self, name: str) -> int | None:
            return weekdays.get(name.casefold())

    return Names()
