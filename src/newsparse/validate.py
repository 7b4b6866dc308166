"""Checks behind `newsparse validate`: article text or records in, diagnostics out.

Article text is parsed and checked through its records and line labels; records
are checked against the schema and for consistency with themselves and with
the file they came from. Checks that only need a record (`no-headline`,
`future-time`, the parser's own warnings, ...) are shared by both, so a record
reports the same problems whether it is checked as text or as JSON.

Nothing here prints; `cli.py` formats the diagnostics.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from . import timestamps
from .diagnostics import Diagnostic
from .isodates import IsoValue
from .line_rules import LINE_RULES
from .model import Record, Timestamp
from .pipeline import Article, explain_text, reference_time, resolve_zone
from .records import JsonProblem, RecordError, iter_json, record_from_dict
from .state import BODY, PUBLISHED, UPDATED, LineLabel
from .text import split_lines

if TYPE_CHECKING:
    from jsonschema import ValidationError

# Paragraphs shorter than this are left to the boilerplate rule's repeated-line check.
MIN_DUPLICATE_WORDS = 4
_NEWLINES = re.compile(r"\r\n?|\n")
_MOJIBAKE = re.compile(r"Ã.|â€|Â")
_SPACE = re.compile(r"\s+")
# The last line rule takes whatever no other rule recognised: its lines are unclassified.
_FALLBACK_RULE = LINE_RULES[-1][0]
# Two reference times this far apart differ in year, month, day and weekday.
_FAR_APART = dt.timedelta(days=400, hours=5)
# Encodings `reading.decode` reads as such (UTF-8, or a byte-order mark says so);
# any other is its guess for bytes that are not UTF-8.
_DECLARED_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-32"})
# How many runs of unclassified lines a note lists before it says "and N more".
_MAX_SPANS = 8


# Where in its line a finding's column points: the first character, where
# `Finding.anchor` is written, a cut-off paragraph's last word, or the first
# mis-decoded character.
Point = Literal["start", "text", "last-word", "mojibake"]


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem found in one record, before it is located in a file: the source
    line it concerns (when known) and the JSON path of the value."""

    code: str
    message: str
    json_path: str | None = None
    line: int | None = None
    point: Point = "start"
    anchor: str | None = None


# -- article text -------------------------------------------------------------


def check_text(
    text: str,
    *,
    path: str,
    now: dt.datetime | None = None,
    mtime: float | None = None,
    encoding: str = "utf-8",
    tz: str | dt.tzinfo | None = None,
) -> list[Diagnostic]:
    """Parse article text and report what looks wrong, in line order. `tz` is
    the zone of times written without one, as for `parse_text`."""
    raw = _RawLines(text)
    out = _encoding(path, encoding)
    if not text.strip():
        return [*out, Diagnostic(path, 1, 1, "empty-input", "the input holds no text")]
    reference = reference_time(now, mtime)
    articles = explain_text(text, now=now, path=path, mtime=mtime, tz=tz)
    if not articles:
        return [*out, Diagnostic(path, raw.first_nonblank(), 1, "no-body", "no article found")]
    for article in articles:
        record = article.record
        name = f"{path}#{record.source.index}"
        lines = _value_lines(article)
        findings = [*record_findings(record, reference), *_label_findings(article)]
        # what was said of the whole input (a guessed encoding) is not said again per article
        said = {d.code for d in out if d.record is None}
        for finding in (f for f in findings if f.code not in said):
            line = finding.line
            if line is None and finding.json_path is not None:
                line = lines.get(finding.json_path.rsplit(".iso", 1)[0])
            if line is None:
                line = record.source.lines[0]
            column = raw.column(line, finding.point, finding.anchor)
            out.append(Diagnostic(path, line, column, finding.code, finding.message, name, finding.json_path))
    return sorted(out, key=lambda d: (d.line, d.column, d.code))


def check_html(
    text: str,
    *,
    path: str,
    now: dt.datetime | None = None,
    mtime: float | None = None,
    tz: str | dt.tzinfo | None = None,
) -> list[Diagnostic]:
    """`check_text` on the text a browser shows for an HTML page (lines are
    those of that text, as `parse --explain` shows them)."""
    from .htmltext import html_to_text

    return check_text(html_to_text(text).text, path=path, now=now, mtime=mtime, tz=tz)


def check_scrapes(
    text: str, *, path: str, now: dt.datetime | None = None, mtime: float | None = None, tz: str | None = None
) -> list[Diagnostic]:
    """Check JSON Lines scrape records: each record's page is parsed and its
    articles checked as `check_text` checks them, reported at the record's line;
    a line that gives no page is an `invalid-scrape-record`."""
    import io

    from .inputs import LineProblem, documents, parse_document
    from .pipeline import renumber
    from .reading import InputError

    out: list[Diagnostic] = []
    count = 0
    stream = io.BytesIO(text.encode("utf-8", "surrogatepass"))
    for item in documents(stream, mtime=mtime, now=now, tz=tz):
        if isinstance(item, LineProblem):
            out.append(Diagnostic(path, item.line, 1, "invalid-scrape-record", item.message))
            continue
        line = item.line or 1
        try:
            records = renumber(parse_document(item, path=path), count)
        except InputError as exc:
            out.append(Diagnostic(path, line, 1, "invalid-scrape-record", str(exc)))
            continue
        count += len(records)
        for record in records:
            name = f"{path}#{record.source.index}"
            for finding in record_findings(record, item.reference):
                message = (
                    finding.message if finding.line is None else f"{finding.message} (line {finding.line} of its text)"
                )
                out.append(Diagnostic(path, line, 1, finding.code, message, name, finding.json_path))
    return out


def _encoding(path: str, encoding: str, from_records: bool = False) -> list[Diagnostic]:
    if encoding in _DECLARED_ENCODINGS:
        return []
    message = f"input is not UTF-8: read as {encoding}"
    return [Diagnostic(path, 1, 1, "encoding-guessed", message, from_records=from_records)]


class _RawLines:
    """The input's lines as written, for columns (the parser sees them normalised)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _NEWLINES.split(text)

    def get(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def first_nonblank(self) -> int:
        return next((n for n, line in enumerate(self.lines, 1) if line.strip()), 1)

    def column(self, number: int, point: Point = "start", anchor: str | None = None) -> int:
        """1-based column in the line that `point` (see `Finding`) names; the
        line's first non-blank character when that cannot be found."""
        line = self.get(number)
        at = -1
        if point == "text" and anchor:
            at = line.find(anchor)
        elif point == "last-word" and line.strip():
            last_word = line.rstrip().rsplit(None, 1)[-1]
            at = line.rstrip().rfind(last_word)
        elif point == "mojibake":
            found = _MOJIBAKE.search(line)
            at = found.start() if found else -1
        if at >= 0:
            return at + 1
        stripped = line.lstrip()
        return len(line) - len(stripped) + 1 if stripped else 1


def _value_lines(article: Article) -> dict[str, int]:
    """The input line each locatable value of the record came from, by JSON
    path: `$.published`, `$.updated`, `$.body[3]`."""
    out = {f"$.body[{index}]": line for index, line in _paragraph_lines(article).items()}
    for label in article.labels:
        for part in label.parts:
            if part.label in (PUBLISHED, UPDATED):
                out[f"$.{part.label}"] = label.line  # as ArticleState.apply: the last one counts
    return out


def _paragraph_lines(article: Article) -> dict[int, int]:
    """Body paragraph index to the input line it starts on.

    Paragraphs are assembled from body lines in order (a hard-wrapped paragraph
    from several), so walking both in step is enough: a paragraph starts at the
    next body line whose text holds the paragraph's opening words (the first
    paragraph lost its dateline, hence "holds" rather than "starts with").
    """
    parts = [(label.line, part.text) for label in article.labels for part in label.parts if part.label == BODY]
    out: dict[int, int] = {}
    at = 0
    for index, paragraph in enumerate(article.record.body):
        opening = paragraph[:40]
        for k in range(at, len(parts)):
            if opening in parts[k][1] or parts[k][1] in paragraph:
                out[index] = parts[k][0]
                at = k + 1
                # the rest of a wrapped paragraph's lines belong to it
                while at < len(parts) and parts[at][1] in paragraph and opening not in parts[at][1]:
                    at += 1
                break
    return out


def _label_findings(article: Article) -> Iterator[Finding]:
    """Lines that fell through to the fallback rule: one note per article, at
    the first of them, listing them as runs (a page's menus would otherwise
    give a note per menu)."""
    runs: list[list[int]] = []
    previous_fell_through = False
    for label in article.labels:
        fell_through = label.rule == _FALLBACK_RULE
        if fell_through:
            if previous_fell_through:
                runs[-1].extend(_physical(label))
            else:
                runs.append(list(_physical(label)))
        previous_fell_through = fell_through
    if not runs:
        return
    count = sum(len(run) for run in runs)
    spans = [f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs]
    shown = ", ".join(spans[:_MAX_SPANS]) + (f" and {len(spans) - _MAX_SPANS} more" if len(spans) > _MAX_SPANS else "")
    plural = "" if count == 1 else "s"
    message = f"{count} line{plural} left unclassified, filed as boilerplate: line{plural} {shown}"
    yield Finding("unclassified-line", message, "$.boilerplate", runs[0][0])


def _physical(label: LineLabel) -> range:
    """The input lines a label covers (several for a line unwrapped from hard-wrapped ones)."""
    return range(label.line, max(label.line, label.last) + 1)


# -- checks on one record ---------------------------------------------------


def record_findings(record: Record, reference: dt.datetime) -> Iterator[Finding]:
    """What looks wrong in a record by itself; `reference` is the time a
    published or updated time must not lie after."""
    first, last = record.source.lines
    if record.headline is None:
        yield Finding("no-headline", f"no headline found in the article at lines {first}-{last}", "$.headline")
    if not record.body:
        yield Finding("no-body", f"no body paragraphs in the article at lines {first}-{last}", "$.body")
    for key in ("published", "updated"):
        stamp: Timestamp | None = getattr(record, key)
        if stamp is not None and stamp.iso is not None:
            instant = _read_utc(stamp.utc)
            value = IsoValue.read(stamp.iso)
            # the instant when it is known; else in the future only if it is in the
            # future in every time zone
            earliest = instant if instant is not None else value.earliest() if value is not None else None
            if earliest is not None and earliest > reference:
                yield Finding(
                    "future-time",
                    f"{key} time {stamp.iso} is after the reference time {reference.isoformat()}",
                    f"$.{key}.iso",
                    point="text",
                    anchor=stamp.text,
                )
    yield from _duplicates(record)
    for k, warning in enumerate(record.warnings):
        if warning.code == "no-body" and not record.body:
            continue  # the parser's own note of what the check above reports
        yield _warning_finding(k, warning.code, warning.message, warning.line, record)


def _duplicates(record: Record) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for index, paragraph in enumerate(record.body):
        key = _SPACE.sub(" ", paragraph.casefold()).strip()
        if len(key.split()) < MIN_DUPLICATE_WORDS:
            continue
        if key in seen:
            yield Finding("duplicate-paragraph", f"paragraph repeats body[{seen[key]}]", f"$.body[{index}]")
        else:
            seen[key] = index


def _warning_finding(k: int, code: str, message: str, line: int | None, record: Record) -> Finding:
    """A warning the parser put in the record, pointed at its column."""
    if code == "truncated-paragraph":
        return Finding(code, message, f"$.warnings[{k}]", line, "last-word")
    if code == "mojibake-repaired":
        return Finding(code, message, f"$.warnings[{k}]", line, "mojibake")
    if code == "unparseable-time":
        stamp = next((s for s in (record.published, record.updated) if s and s.iso is None), None)
        return Finding(code, message, f"$.warnings[{k}]", line, "text", stamp.text if stamp else None)
    return Finding(code, message, f"$.warnings[{k}]", line)


# -- records ------------------------------------------------------------------


# Source files larger than this are not read to check records' line ranges.
LINE_COUNT_LIMIT = 64 * 1024 * 1024


@dataclass(slots=True)
class _FileLines:
    """Line counts of the files records name, read once each."""

    counts: dict[str, int | None] = field(default_factory=dict)

    def count(self, path: str) -> int | None:
        if path not in self.counts:
            self.counts[path] = _line_count(path)
        return self.counts[path]


def _line_count(path: str) -> int | None:
    from .reading import InputError, read_path

    if path == "-" or not os.path.isfile(path):
        return None
    try:
        # a path a record names: a regular file, read whole only up to a bound
        decoded, _ = read_path(path, regular_only=True, limit=lambda head: LINE_COUNT_LIMIT)
    except InputError:
        return None
    return len(split_lines(decoded.text))


def check_records(
    text: str,
    *,
    path: str,
    now: dt.datetime | None = None,
    encoding: str = "utf-8",
    tz: str | dt.tzinfo | None = None,
) -> list[Diagnostic]:
    """Check JSON or JSON Lines records: the schema, then each record's
    consistency and the article checks. `tz` is the zone the records were parsed
    with (`parse --tz`), which a `utc` of a time written without a zone must
    agree with; without it, such a `utc` need only be the time in some zone."""
    import jsonschema  # imported here: only `validate` on records pays for it
    from jsonschema.exceptions import best_match

    from .schema import load_schema

    out = _encoding(path, encoding, from_records=True)
    if not text.strip():
        return [*out, Diagnostic(path, 1, 1, "empty-input", "the input holds no text")]
    validator = jsonschema.Draft202012Validator(load_schema())
    reference = reference_time(now)
    zone = resolve_zone(tz)
    files = _FileLines()
    ordinal = 0
    for item in iter_json(text):
        if isinstance(item, JsonProblem):
            out.append(Diagnostic(path, item.line, item.column, "invalid-json", item.message, from_records=True))
            continue
        ordinal += 1
        name = _record_name(item.value, ordinal)

        def located(finding: Finding, line: int = item.line, column: int = item.column, name: str = name) -> Diagnostic:
            return Diagnostic(path, line, column, finding.code, finding.message, name, finding.json_path, True)

        # under a `oneOf` (null or a timestamp) the error that names the bad value
        # is inside the alternative that came closest; best_match finds it
        errors = [best_match([e]) for e in validator.iter_errors(item.value)]
        errors.sort(key=lambda e: (list(map(str, e.absolute_path)), e.message))
        if errors:
            out.extend(located(Finding("schema-violation", _schema_message(e), e.json_path)) for e in errors)
            continue  # the other checks read values the schema has not vouched for
        try:
            record = record_from_dict(item.value)
        except RecordError as exc:  # the schema and the model disagree: report, never crash
            out.append(located(Finding("schema-violation", exc.reason, exc.json_path)))
            continue
        findings = [
            *_consistency(record, reference, files, zone),
            *(_in_records(f) for f in record_findings(record, reference)),
        ]
        out.extend(located(f) for f in findings)
    if ordinal == 0 and not [d for d in out if d.code != "encoding-guessed"]:
        out.append(Diagnostic(path, 1, 1, "empty-input", "no records in the input", from_records=True))
    return out


def _record_name(value: Any, ordinal: int) -> str:
    """`source.path#source.index` when the record says so, else its position."""
    source = value.get("source") if isinstance(value, dict) else None
    if isinstance(source, dict) and isinstance(source.get("path"), str) and isinstance(source.get("index"), int):
        return f"{source['path']}#{source['index']}"
    return f"record {ordinal}"


def _schema_message(error: ValidationError) -> str:
    message = error.message
    return message if len(message) <= 160 else message[:157] + "..."


def _in_records(finding: Finding) -> Finding:
    """A record-level finding as records report it: the source line moves into
    the message, since the location is the record's own line."""
    if finding.line is None:
        return finding
    return Finding(finding.code, f"{finding.message} (source line {finding.line})", finding.json_path)


def _consistency(
    record: Record, reference: dt.datetime, files: _FileLines, zone: dt.tzinfo | None
) -> Iterator[Finding]:
    yield from _quote_offsets(record)
    for key in ("published", "updated"):
        stamp: Timestamp | None = getattr(record, key)
        if stamp is not None:
            yield from _time_agrees(stamp, f"$.{key}", reference, zone)
    yield from _line_ranges(record, files)


def _quote_offsets(record: Record) -> Iterator[Finding]:
    for k, quote in enumerate(record.quotes):
        at = f"$.quotes[{k}]"
        texts = record.body if quote.field == "body" else record.bullets
        if quote.index >= len(texts):
            yield Finding(
                "quote-offset",
                f"{quote.field} has {len(texts)} paragraphs, no index {quote.index}",
                f"{at}.index",
            )
            continue
        paragraph = texts[quote.index]
        where = f"{quote.field}[{quote.index}]"
        if quote.end > len(paragraph) or quote.start > quote.end:
            bad = "start" if quote.start > len(paragraph) else "end"
            yield Finding(
                "quote-offset",
                f"[{quote.start}:{quote.end}] is outside {where} ({len(paragraph)} characters)",
                f"{at}.{bad}",
            )
            continue
        if paragraph[quote.start : quote.end] == quote.text:
            continue
        found = paragraph.find(quote.text)
        if found < 0:
            yield Finding("quote-offset", f"the quote text does not occur in {where}", f"{at}.text")
        elif found != quote.start:
            yield Finding(
                "quote-offset",
                f"{where}[{quote.start}:{quote.end}] is {_clip(paragraph[quote.start : quote.end])}; "
                f"the quote text starts at {found}",
                f"{at}.start",
            )
        else:
            yield Finding(
                "quote-offset",
                f"{where}[{quote.start}:{quote.end}] is {_clip(paragraph[quote.start : quote.end])}; "
                f"the quote text ends at {found + len(quote.text)}",
                f"{at}.end",
            )


def _clip(text: str, width: int = 40) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def _time_agrees(stamp: Timestamp, at: str, reference: dt.datetime, zone: dt.tzinfo | None) -> Iterator[Finding]:
    if stamp.relative:
        if stamp.reference is None:
            yield Finding("time-mismatch", "a relative time needs its reference time", f"{at}.reference")
            return
        try:
            reference = _aware(dt.datetime.fromisoformat(stamp.reference))
        except ValueError:
            yield Finding("time-mismatch", f"reference {stamp.reference!r} is not an ISO 8601 time", f"{at}.reference")
            return
    elif zone is not None:
        reference = reference.astimezone(zone)  # as `parse --tz` reads day words and year-less dates
    again = timestamps.parse(stamp.text, reference)
    if again is None:
        if stamp.iso is not None:
            yield Finding("time-mismatch", f"{stamp.text!r} does not read as a time, but iso is set", f"{at}.iso")
        return
    checks: list[tuple[str, object, object]] = [
        ("iso", stamp.iso, again.iso),
        ("precision", stamp.precision, again.precision),
        ("relative", stamp.relative, again.relative),
    ]
    if not stamp.relative and _depends_on_reference(stamp.text, reference, again):
        # a time whose reading takes a part from the reference time (a clock
        # time, no year) was read against a reference the record does not keep
        checks = checks[1:]
    for key, have, want in checks:
        if have != want:
            yield Finding(
                "time-mismatch", f"{stamp.text!r} reads as {key} {_json(want)}, not {_json(have)}", f"{at}.{key}"
            )
            return
    yield from _utc_agrees(stamp, at, zone)


def _utc_agrees(stamp: Timestamp, at: str, zone: dt.tzinfo | None) -> Iterator[Finding]:
    """`utc` is the instant `iso` names (iso has been checked against the text):
    set when iso holds a time with an offset, or a time without one and a zone
    is given; null for a date alone."""
    local = _read_iso_time(stamp.iso)
    if local is None:
        want = None
    elif local.tzinfo is not None:
        want = timestamps.utc_text(local)
    elif zone is not None:
        want = timestamps.in_zone(replace(stamp, utc=None), zone).utc
    else:
        # the record may come from `parse --tz`, whose zone it does not keep: its
        # utc need only be that wall-clock time in some zone
        instant = _read_utc(stamp.utc)
        if stamp.utc is not None and (instant is None or not _some_zone_offset(local, instant)):
            message = f"utc {_json(stamp.utc)} is not iso {stamp.iso} in any time zone"
            yield Finding("time-mismatch", message, f"{at}.utc")
        return
    if stamp.utc != want:
        message = f"iso {_json(stamp.iso)} is utc {_json(want)}, not {_json(stamp.utc)}"
        yield Finding("time-mismatch", message, f"{at}.utc")


def _read_iso_time(iso: str | None) -> dt.datetime | None:
    """An `iso` value that holds a clock time, read; None for a date alone."""
    if iso is None or "T" not in iso:
        return None
    try:
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        return None


def _read_utc(utc: str | None) -> dt.datetime | None:
    if utc is None or not utc.endswith("Z"):
        return None
    try:
        return dt.datetime.fromisoformat(utc[:-1]).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _some_zone_offset(local: dt.datetime, instant: dt.datetime) -> bool:
    """Whether wall-clock time `local` is `instant` in some zone: an offset of
    whole quarter hours from -12:00 to +14:00."""
    offset = local - instant.replace(tzinfo=None)
    in_range = -dt.timedelta(hours=12) <= offset <= dt.timedelta(hours=14)
    return in_range and offset % dt.timedelta(minutes=15) == dt.timedelta(0)


def _depends_on_reference(text: str, reference: dt.datetime, reading: Timestamp) -> bool:
    try:
        other = reference - _FAR_APART
    except OverflowError:  # a reference in year 1 has no year before it
        other = reference + _FAR_APART
    elsewhere = timestamps.parse(text, other)
    return elsewhere is not None and elsewhere.iso != reading.iso


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _aware(when: dt.datetime) -> dt.datetime:
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _line_ranges(record: Record, files: _FileLines) -> Iterator[Finding]:
    first, last = record.source.lines
    if first > last:
        yield Finding("line-range", f"first line {first} is after last line {last}", "$.source.lines")
        return
    total = files.count(record.source.path)
    if total is not None and last > total:
        yield Finding(
            "line-range",
            f"line {last} is past the end of {record.source.path} ({total} lines)",
            "$.source.lines[1]",
        )
    for k, warning in enumerate(record.warnings):
        if warning.line is not None and not first <= warning.line <= last:
            yield Finding(
                "line-range",
                f"line {warning.line} is outside the article (lines {first}-{last})",
                f"$.warnings[{k}].line",
            )


# -- inputs that could not be read ---------------------------------------------


def undecodable(path: str, reason: str) -> Diagnostic:
    return Diagnostic(path, 1, 1, "undecodable-input", reason)
