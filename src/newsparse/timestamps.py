"""Timestamps: find and read the published/updated times a page writes.

`scan(text, reference)` finds every time in a line with its label
(`Published`, `Updated`, ...); `parse(text, reference)` reads one whole string.
Formats are data: see `dateformats.FORMATS`, strict forms first, fuzzy last.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .model import Timestamp

# Month names and abbreviations (English); other languages are matched by the
# numeric forms.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_TIME = r"(?:[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?|[0-1]?\d\s*[ap]\.?m\.?)"
_ZONE = r"(?:[A-Z]{2,4}T?|UTC|GMT|ET|PT|CT|MT|Z|[+-]\d\d:?\d\d)"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"

_DATE = regex.compile(
    rf"""(?ix)
    (?:{_WEEKDAY}\s*)?
    (?:
        \d{{4}}-\d\d-\d\d(?:[T\s]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?
      | {_MONTH}\s+{_DAY},?\s+{_YEAR}
      | {_DAY}\s+{_MONTH},?\s+{_YEAR}
      | \d{{1,2}}[/.]\d{{1,2}}[/.](?:{_YEAR}|\d\d)
    )
    (?:\s*(?:,|at|@|\||•|-)?\s*{_TIME}(?:\s*{_ZONE})?)?
    """
)
_RELATIVE = regex.compile(
    r"(?i)\b(?P<n>\d+|an?|one)\s*(?P<unit>sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b(?P<word>yesterday|today|just now)\b"
)
_LABEL = regex.compile(
    r"(?i)(?P<label>published|posted|updated|last updated|modified|original|first published)\s*(?:on|at)?\s*:?\s*$"
)
_UPDATED_WORDS = ("updated", "modified")

_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31536000}
_UNIT_PRECISION = {"s": "second", "m": "minute", "h": "hour", "d": "day", "w": "day", "y": "day"}


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time found in a line: its span (label included), its kind when a label
    says (`published`/`updated`), and the reading."""

    start: int
    end: int
    kind: str | None
    timestamp: Timestamp


def _iso(reference: dt.datetime) -> str:
    return reference.isoformat(timespec="seconds")


def _read_relative(m: regex.Match[str], text: str, reference: dt.datetime) -> Timestamp:
    word = (m.group("word") or "").casefold()
    if word:
        delta = {"yesterday": dt.timedelta(days=1), "today": dt.timedelta(0), "just now": dt.timedelta(0)}[word]
        precision = "second" if word == "just now" else "day"
    else:
        n_text = m.group("n").casefold()
        n = int(n_text) if n_text.isdigit() else 1
        unit = m.group("unit").casefold()
        key = "m" if unit.startswith("min") else ("M" if unit.startswith("month") else unit[0])
        if key == "M":
            delta, precision = dt.timedelta(days=30 * n), "day"
        else:
            delta, precision = dt.timedelta(seconds=_UNIT_SECONDS[key] * n), _UNIT_PRECISION[key]
    try:
        when = reference - delta
    except OverflowError:
        return Timestamp(text=text, iso=None, precision=None, relative=True, reference=_iso(reference))
    return Timestamp(text=text, iso=_iso(when), precision=precision, relative=True, reference=_iso(reference))


def _read_absolute(span: str, text: str, reference: dt.datetime) -> Timestamp:
    from dateutil import parser as du  # imported lazily: only pages with dates pay for it

    cleaned = regex.sub(r"(?i)\b(at|\|)\b|[|•@]", " ", span)
    try:
        when = du.parse(cleaned, default=reference.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None))
    except (ValueError, OverflowError):
        return Timestamp(text=text, iso=None, precision=None)
    has_time = bool(regex.search(_TIME, span, flags=regex.I))
    if has_time:
        iso = when.strftime("%Y-%m-%dT%H:%M")
        precision = "minute"
        if when.tzinfo is not None and when.utcoffset() is not None:
            offset = when.strftime("%z")
            iso += f"{offset[:3]}:{offset[3:]}"
    else:
        iso, precision = when.strftime("%Y-%m-%d"), "day"
    return Timestamp(text=text, iso=iso, precision=precision)


def scan(text: str, reference: dt.datetime) -> list[TimeMatch]:
    """Every time in `text`, left to right."""
    found: list[TimeMatch] = []
    for m in _DATE.finditer(text):
        found.append(_with_label(text, m.start(), m.end(), reference, absolute=m.group(0)))
    for m in _RELATIVE.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        start, kind = _label_before(text, m.start())
        stamp = _read_relative(m, text[start : m.end()].strip(), reference)
        found.append(TimeMatch(start, m.end(), kind, stamp))
    found.sort(key=lambda f: f.start)
    return found


def _label_before(text: str, start: int) -> tuple[int, str | None]:
    lm = _LABEL.search(text[:start])
    if not lm:
        return start, None
    label = lm.group("label").casefold()
    kind = "updated" if any(w in label for w in _UPDATED_WORDS) else "published"
    return lm.start(), kind


def _with_label(text: str, start: int, end: int, reference: dt.datetime, absolute: str) -> TimeMatch:
    label_start, kind = _label_before(text, start)
    stamp = _read_absolute(absolute, text[label_start:end].strip(), reference)
    return TimeMatch(label_start, end, kind, stamp)


def parse(text: str, reference: dt.datetime) -> Timestamp | None:
    """Read `text` as one timestamp, or None when it holds no time."""
    found = scan(text, reference)
    if not found:
        return None
    first = found[0]
    return Timestamp(
        text=text.strip(),
        iso=first.timestamp.iso,
        precision=first.timestamp.precision,
        relative=first.timestamp.relative,
        reference=first.timestamp.reference,
    )
