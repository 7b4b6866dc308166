"""Inputs of every kind, as documents for the parser.

An input is told by its content, never only by its name:

- JSON Lines scrape records (it opens with `{`): each line one page, its text in
  one field (`ScrapeFields.text`), with the page's URL, id and fetch time beside it;
- HTML (it opens with markup): laid out as text first (`htmltext`);
- newsparse's own output (records): refused with `OwnOutput`, since parsing it
  again would make records of records;
- anything else is article text, read as `reading` reads it.

gzip-compressed input is decompressed on the fly (`reading.open_input`). Reading
is bounded whatever the input's size: article text comes in pieces, JSON Lines a
line at a time (a line over `LINE_LIMIT` bytes is reported and skipped), HTML
whole up to `HTML_LIMIT` bytes.

`documents` yields what to parse; `parse_document` / `explain_document` parse
one. The batch runs the same two steps in its workers, so `-j N` gives the same
records as `-j 1`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .model import SCHEMA_ID, ParseWarning, Record
from .reading import InputError, Readable, decode, read_pieces, read_upto

if TYPE_CHECKING:
    from .pipeline import Article

TEXT, HTML, SCRAPES, RECORDS = "text", "html", "scrapes", "records"
# Bytes read to tell an input's kind.
SNIFF_BYTES = 4096
# Longest JSON Lines line read (a scrape record with a page's HTML in it).
LINE_LIMIT = 32 * 1024 * 1024
# Largest HTML input (whole page) read; larger is refused, not truncated.
HTML_LIMIT = 64 * 1024 * 1024
# Largest JSON document read whole (a JSON array, or indented objects): not JSON Lines.
JSON_LIMIT = 64 * 1024 * 1024
_BLOCK = 1024 * 1024
# The schema key of a record, anywhere in the first bytes (jq may indent or reorder keys).
_OWN_OUTPUT = re.compile(rb'"schema"\s*:\s*"' + re.escape(SCHEMA_ID.split("@")[0].encode()) + rb"@")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class OwnOutput(InputError):
    """The input is records newsparse wrote: parsing it again would make records of records."""

    def __init__(self) -> None:
        super().__init__(
            "this is newsparse's own output (records), not a page: "
            "read it with `newsparse validate` or `newsparse pretty-print`"
        )


@dataclass(frozen=True, slots=True)
class ScrapeFields:
    """Which keys of a scrape record hold what: the first key of `text` whose
    value is text, `url`, the first of `time` present (the fetch time), `id`."""

    text: tuple[str, ...] = ("text", "content", "body", "html")
    url: str = "url"
    time: tuple[str, ...] = ("fetched_at", "scraped_at", "crawled_at", "timestamp", "date")
    id: str = "id"


DEFAULT_FIELDS = ScrapeFields()


@dataclass(frozen=True, slots=True)
class Document:
    """One text to parse: a whole input, a piece of a large one, or the text of
    one scrape record (`line`: its line in the JSON Lines input)."""

    text: str
    html: bool
    reference: dt.datetime
    first_line: int = 1
    url: str | None = None
    id: str | None = None
    notes: tuple[ParseWarning, ...] = ()
    line: int | None = None
    tz: str | None = None  # the zone of times the page writes without one (IANA name)


@dataclass(frozen=True, slots=True)
class LineProblem:
    """A JSON Lines line that gives no page; the lines after it still count."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def sniff(head: bytes) -> str:
    """The kind of an input from its first bytes: TEXT, HTML, SCRAPES or RECORDS."""
    from .htmltext import bytes_look_like_html

    body = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if body.startswith(b"{") or (body.startswith(b"[") and body[1:].lstrip()[:1] in (b"{", b"]")):
        return RECORDS if _OWN_OUTPUT.search(body) else SCRAPES
    if bytes_look_like_html(body):
        return HTML
    return TEXT


def reference_time(now: dt.datetime | None, mtime: float | None) -> dt.datetime:
    from .pipeline import reference_time as pipeline_reference

    return pipeline_reference(now, mtime)


def documents(
    stream: Readable,
    *,
    mtime: float | None,
    now: dt.datetime | None,
    fields: ScrapeFields | None = None,
    whole_limit: int | None = None,
    tz: str | None = None,
) -> Iterator[Document | LineProblem]:
    """The documents of one input, in order, read as they are asked for; `tz`
    goes with each (the zone of times written without one).

    Raises InputError (possibly after some documents) when the input cannot be
    read, and `OwnOutput` when it is newsparse's own records."""
    fields = fields or DEFAULT_FIELDS
    head = read_upto(stream, SNIFF_BYTES)
    kind = sniff(head)
    rest = _Prefixed(head, stream)
    fallback = reference_time(now, mtime)
    if kind == RECORDS:
        raise OwnOutput()
    if kind == HTML:
        html, notes = _read_html(rest)
        yield Document(html, True, fallback, notes=notes, tz=tz)
    elif kind == SCRAPES:
        for found in _scrape_documents(rest, now, fallback, fields):
            yield replace(found, tz=tz) if tz is not None and isinstance(found, Document) else found
    else:
        for piece in read_pieces(rest, whole_limit=whole_limit):
            notes = (_guessed(piece.encoding),) if piece.guessed else ()
            yield Document(piece.text, False, fallback, piece.first_line, notes=notes, tz=tz)


def _guessed(encoding: str) -> ParseWarning:
    return ParseWarning("encoding-guessed", f"input is not UTF-8: read as {encoding}", None)


class _Prefixed:
    """A stream with bytes already read from it put back in front."""

    def __init__(self, head: bytes, stream: Readable) -> None:
        self._head = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size < 0 or size >= len(self._head):
                out, self._head = self._head, b""
                return out + (self._stream.read(size - len(out)) if size > len(out) else b"")
            out, self._head = self._head[:size], self._head[size:]
            return out
        return self._stream.read(size)

    def read1(self, size: int = -1) -> bytes:
        if self._head:
            return self.read(size if size >= 0 else len(self._head))
        read1 = getattr(self._stream, "read1", None)
        return bytes(read1(size)) if read1 is not None else self._stream.read(size)


def _read_html(stream: Readable) -> tuple[str, tuple[ParseWarning, ...]]:
    """The page's text in the encoding it declares, else as text input is read;
    an `encoding-guessed` note when it had to be guessed."""
    from .htmltext import declared_charset

    data = read_upto(stream, HTML_LIMIT + 1)
    if len(data) > HTML_LIMIT:
        raise InputError(f"HTML input larger than {HTML_LIMIT // (1024 * 1024)} MiB")
    charset = declared_charset(data)
    if charset is None or charset == "utf-8" or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        # a byte-order mark wins over a declaration; UTF-8 with stray bytes is read as text input is
        decoded = decode(data)
        return decoded.text, (_guessed(decoded.encoding),) if decoded.guessed else ()
    return data.decode(charset, errors="replace"), ()


# -- JSON Lines scrape records ----------------------------------------------------


def _scrape_documents(
    stream: Readable, now: dt.datetime | None, fallback: dt.datetime, fields: ScrapeFields
) -> Iterator[Document | LineProblem]:
    lines = _lines(stream)
    first = next(lines, None)
    if first is None:
        return
    number, raw = first
    if (raw is not None and raw.lstrip().startswith(b"[")) or not _complete(raw):
        # not one object a line: a JSON array or an indented object, read whole (bounded)
        yield from _whole_json(_rejoin(first, lines), now, fallback, fields)
        return
    for number, raw in _chain(first, lines):
        if raw is None:
            yield LineProblem(number, f"longer than {LINE_LIMIT // (1024 * 1024)} MiB: skipped")
            continue
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield LineProblem(number, f"not valid JSON: {exc.msg} (column {exc.colno})")
            continue
        except (UnicodeDecodeError, RecursionError, ValueError) as exc:
            yield LineProblem(number, f"not valid JSON: {_one_line(str(exc))}")
            continue
        yield scrape_document(value, number, now=now, fallback=fallback, fields=fields)


def _complete(raw: bytes | None) -> bool:
    """Whether the first line is a whole JSON value (JSON Lines), not the start of one."""
    if raw is None:
        return True
    try:
        json.loads(raw)
    except (ValueError, RecursionError):
        return not raw.rstrip().endswith((b"{", b"[", b","))
    return True


def _chain(
    first: tuple[int, bytes | None], rest: Iterator[tuple[int, bytes | None]]
) -> Iterator[tuple[int, bytes | None]]:
    yield first
    yield from rest


def _rejoin(first: tuple[int, bytes | None], rest: Iterator[tuple[int, bytes | None]]) -> bytes:
    too_large = InputError(
        f"a JSON document over {JSON_LIMIT // (1024 * 1024)} MiB that is not JSON Lines "
        "(one object a line: `jq -c '.[]'` makes it so)"
    )
    parts, size = [], 0
    for _number, raw in _chain(first, rest):
        if raw is None:
            raise too_large
        parts.append(raw)
        size += len(raw) + 1
        if size > JSON_LIMIT:
            raise too_large
    return b"\n".join(parts)


def _whole_json(
    data: bytes, now: dt.datetime | None, fallback: dt.datetime, fields: ScrapeFields
) -> Iterator[Document | LineProblem]:
    from .records import JsonProblem, iter_json

    for item in iter_json(decode(data).text):
        if isinstance(item, JsonProblem):
            yield LineProblem(item.line, f"not valid JSON: {item.message} (column {item.column})")
        else:
            yield scrape_document(item.value, item.line, now=now, fallback=fallback, fields=fields)


def _lines(stream: Readable) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line; None for a line over LINE_LIMIT, which is
    read past without being kept."""
    number = 0
    parts: list[bytes] = []
    size = 0
    skipping = False
    while block := _read_some(stream):
        start = 0
        while True:
            end = block.find(b"\n", start)
            if end < 0:
                if not skipping:
                    parts.append(block[start:])
                    size += len(block) - start
                    if size > LINE_LIMIT:
                        parts, size, skipping = [], 0, True
                break
            number += 1
            if skipping:
                yield number, None
                skipping = False
            else:
                parts.append(block[start:end])
                yield number, b"".join(parts)
            parts, size = [], 0
            start = end + 1
    if skipping:
        yield number + 1, None
    elif parts and any(parts):
        yield number + 1, b"".join(parts)


def _read_some(stream: Readable) -> bytes:
    """The next block of a stream: what is there now (a pipe's lines as a scraper
    writes them), up to _BLOCK bytes; b"" at the end."""
    read1 = getattr(stream, "read1", None)
    if read1 is None:
        return read_upto(stream, _BLOCK)
    try:
        block: bytes = read1(_BLOCK)
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    return block


def scrape_document(
    value: object, line: int, *, now: dt.datetime | None, fallback: dt.datetime, fields: ScrapeFields
) -> Document | LineProblem:
    """The document of one decoded scrape record."""
    if not isinstance(value, dict):
        return LineProblem(line, f"expected a JSON object, got {_kind(value)}")
    text, key = _text_field(value, fields.text)
    if text is None:
        return LineProblem(line, f"no text: none of {', '.join(fields.text)} holds a string")
    notes: list[ParseWarning] = []
    reference = now
    if now is None:
        fetched, time_key = _first_present(value, fields.time)
        if fetched is not None:
            reference = fetch_time(fetched)
            if reference is None:
                notes.append(
                    ParseWarning(
                        "unreadable-fetch-time",
                        f"cannot read {time_key}={_one_line(json.dumps(fetched, ensure_ascii=False))[:80]} as a time",
                    )
                )
    from .htmltext import looks_like_html

    text = _whole_characters(text)
    return Document(
        text,
        key == "html" or looks_like_html(text),
        reference or fallback,
        url=_string(value.get(fields.url)),
        id=_identifier(value.get(fields.id)),
        notes=tuple(notes),
        line=line,
    )


def _text_field(value: dict[str, Any], keys: tuple[str, ...]) -> tuple[str | None, str | None]:
    for key in keys:
        text = value.get(key)
        if isinstance(text, list) and text and all(isinstance(t, str) for t in text):
            text = "\n\n".join(text)  # paragraphs as a list
        if isinstance(text, str) and text.strip():
            return text, key
    return None, None


def _first_present(value: dict[str, Any], keys: tuple[str, ...]) -> tuple[object, str | None]:
    for key in keys:
        if value.get(key) is not None:
            return value[key], key
    return None, None


def fetch_time(value: object) -> dt.datetime | None:
    """A fetch time as scrapers write it: ISO 8601 (`2025-03-01T09:30:00Z`), an
    HTTP date (`Sat, 01 Mar 2025 09:30:00 GMT`) or Unix seconds (milliseconds
    when the number is that large); no zone means UTC. None when unreadable."""
    when: dt.datetime | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value) / 1000 if abs(value) > 1e11 else float(value)
        try:
            when = dt.datetime.fromtimestamp(int(seconds), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str):
        text = value.strip()
        try:
            when = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                when = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _string(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = _CONTROL.sub("", _whole_characters(value)).strip()
    return value or None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole_characters(text: str) -> str:
    """JSON may escape half a character (`"\\ud800"`); it cannot be written out
    as UTF-8, so it becomes U+FFFD, as an undecodable byte does."""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def _identifier(value: object) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return _string(value)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", str: "a string", int: "a number", float: "a number", list: "an array"}.get(
        type(value), type(value).__name__
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- parsing a document ---------------------------------------------------------------


def explain_document(document: Document, *, path: str) -> list[Article]:
    """The articles of one document, with every line's label (records numbered from 0)."""
    from .pipeline import explain_text

    text, url, meta = document.text, document.url, None
    if document.html:
        from .htmltext import html_to_text

        page = html_to_text(document.text)
        text, meta = page.text, page.meta
        url = url or meta.canonical_url
    articles = explain_text(
        text,
        now=document.reference,
        path=path,
        first_line=document.first_line,
        notes=document.notes,
        meta=meta,
        tz=document.tz,
    )
    if url is None and document.id is None:
        return articles
    return [replace(a, record=_with_page(a.record, url, document.id)) for a in articles]


def parse_html(
    html: str,
    *,
    now: dt.datetime | None = None,
    path: str | None = None,
    url: str | None = None,
    tz: str | None = None,
) -> list[Record]:
    """Parse an HTML page (a whole document or a fragment) into one Record per
    article: laid out as a browser shows it, then parsed as text, with the page's
    metadata beside it. `url` is the page's URL when known (else the canonical
    URL the page gives); `now` and `tz` as for `parse_text`."""
    document = Document(html, True, reference_time(now, None), url=url, tz=tz)
    return parse_document(document, path=path or "-")


def parse_document(document: Document, *, path: str) -> list[Record]:
    """The records of one document (numbered from 0; see `renumber`)."""
    return [article.record for article in explain_document(document, path=path)]


def _with_page(record: Record, url: str | None, page_id: str | None) -> Record:
    return replace(record, source=replace(record.source, url=url, id=page_id))


def iter_records(
    stream: Readable,
    *,
    path: str,
    mtime: float | None,
    now: dt.datetime | None,
    fields: ScrapeFields | None = None,
    on_problem: Callable[[LineProblem], None] | None = None,
    tz: str | None = None,
) -> Iterator[Record]:
    """The records of one input as it is read, numbered on across its documents.
    A JSON Lines line that gives no page goes to `on_problem` (reading goes on);
    without one, it raises InputError."""
    from .pipeline import renumber

    count = 0
    for document in documents(stream, mtime=mtime, now=now, fields=fields, tz=tz):
        if isinstance(document, LineProblem):
            if on_problem is None:
                raise InputError(str(document))
            on_problem(document)
            continue
        try:
            records = renumber(parse_document(document, path=path), count)
        except InputError as exc:
            if document.line is None:
                raise
            # a scrape record's page that cannot be read costs that record, not the file
            problem = LineProblem(document.line, str(exc))
            if on_problem is None:
                raise InputError(str(problem)) from None
            on_problem(problem)
            continue
        yield from records
        count += len(records)


def iter_path(
    path: str,
    *,
    now: dt.datetime | None = None,
    fields: ScrapeFields | None = None,
    on_problem: Callable[[LineProblem], None] | None = None,
    tz: str | None = None,
    regular_only: bool = False,
) -> Iterator[Record]:
    """`iter_records` of the file at `path`; `regular_only` as for `reading.open_input`."""
    from .reading import open_input

    fh, mtime = open_input(path, regular_only=regular_only)
    with fh:
        yield from iter_records(fh, path=path, mtime=mtime, now=now, fields=fields, on_problem=on_problem, tz=tz)
