"""Reading records back: JSON text to the frozen record model.

`iter_json` reads what `newsparse parse` writes (JSON Lines or one JSON array)
and what tools make of it (`jq .` prints a stream of indented objects), keeping
the line each record starts on so problems can point at it. Records come from
anywhere, so what JSON's grammar allows but no record holds, and no decoder
should be made to swallow, is a problem like a syntax error: an integer too long
to convert, arrays and objects nested past `MAX_DEPTH`, a lone surrogate
(`"\ud800"`, half a character: no encoder can write it out again; but
U+DC80-U+DCFF in `source.path` are the bytes of a file name that is not UTF-8,
as `os.fsdecode` keeps them, and are read), and
JavaScript's `NaN` and `Infinity`, which are not JSON at all. `record_from_dict`
turns one decoded object into a `Record`, checking every value's type on the
way: a `RecordError` names the JSON path of the first bad value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any

from .model import SCHEMA_ID, Dateline, ParseWarning, Quote, Record, Source, Timestamp

_WHITESPACE = " \t\r\n\ufeff"
# Records nest four deep (record, quotes, a quote, its values); RFC 8259 lets a
# reader limit nesting, and this one stops long before the recursion limit.
MAX_DEPTH = 64
_SURROGATE = re.compile("[\ud800-\udfff]")
# Surrogates that stand for no byte: U+DC80-U+DCFF are the bytes 0x80-0xFF of a
# file name that is not UTF-8, as os.fsdecode keeps them, allowed in source.path.
_NOT_A_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")
_MAY_HOLD_SURROGATES = re.compile(r"[\ud800-\udfff]|\\u[dD][89a-fA-F]")


class RecordError(ValueError):
    """A decoded value that is not a record; `json_path` locates the bad value."""

    def __init__(self, json_path: str, reason: str) -> None:
        super().__init__(f"{json_path}: {reason}")
        self.json_path = json_path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class JsonValue:
    """One top-level value of a records file (arrays are opened: each element is
    one value), with the 1-based line and column it starts at."""

    line: int
    column: int
    value: Any


@dataclass(frozen=True, slots=True)
class JsonProblem:
    """Text that does not decode as JSON, where the decoder stopped."""

    line: int
    column: int
    message: str


def looks_like_records(text: str) -> bool:
    """Whether `text` is JSON records rather than article text: it opens with an
    object, or with an array of objects (article text rarely opens with `{`, and
    a bracketed `[Photo]` is not followed by `{`)."""
    body = text.lstrip(_WHITESPACE)
    if body.startswith("{"):
        return True
    return body.startswith("[") and body[1:].lstrip(_WHITESPACE)[:1] in ("{", "]")


class _Position:
    """Line and column of string offsets, computed once per text."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        at = text.find("\n")
        while at >= 0:
            self._starts.append(at + 1)
            at = text.find("\n", at + 1)

    def of(self, offset: int) -> tuple[int, int]:
        from bisect import bisect_right

        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class _Unreadable(ValueError):
    """A value the decoder cannot read to the end (see the module docstring)."""


def _integer(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:  # longer than Python converts (4,300 digits unless configured)
        raise _Unreadable(f"an integer of {len(digits.lstrip('-'))} digits is too long to read") from None


def _not_json(name: str) -> object:
    raise _Unreadable(f"{name} is not a JSON value")


def _decoder() -> json.JSONDecoder:
    return json.JSONDecoder(parse_int=_integer, parse_constant=_not_json)


def _decode(decoder: json.JSONDecoder, text: str, at: int) -> tuple[Any, int]:
    try:
        return decoder.raw_decode(text, at)
    except RecursionError:  # nested deeper than Python recurses
        raise _Unreadable(f"arrays and objects nested more than {MAX_DEPTH} deep") from None


def _unfit(value: Any) -> str | None:
    """What a decoded value holds that no record can (see the module docstring),
    or None. Walks with a stack: the value may nest deeper than Python recurses."""
    stack: list[tuple[Any, str, int]] = [(value, "$", 1)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, str):
            texts = [(item, path)]
        elif isinstance(item, list | dict) and depth > MAX_DEPTH:
            return f"arrays and objects nested more than {MAX_DEPTH} deep"
        elif isinstance(item, list):
            stack.extend((v, f"{path}[{k}]", depth + 1) for k, v in enumerate(item))
            continue
        elif isinstance(item, dict):
            stack.extend((v, f"{path}.{key}", depth + 1) for key, v in item.items())
            texts = [(key, f"{path} key {key!r}") for key in item]
        else:
            continue
        for text, where in texts:
            # a file name's undecodable bytes: the path reads back to them (os.fsencode)
            found = (_NOT_A_BYTE if where == "$.source.path" else _SURROGATE).search(text)
            if found is not None:
                return f"{where}: a lone surrogate \\u{ord(found.group()):04x} in a string is half a character"
    return None


def _value(decoder: json.JSONDecoder, text: str, at: int, where: _Position) -> tuple[JsonValue | JsonProblem, int]:
    """The value at `at` (or why it cannot be a record) and the offset after it."""
    value, end = _decode(decoder, text, at)
    # only a value written with a surrogate, or with more brackets than the
    # depth allowed, can be unfit: most records are passed without a walk
    brackets = text.count("[", at, end) + text.count("{", at, end)
    unfit = _unfit(value) if brackets > MAX_DEPTH or _MAY_HOLD_SURROGATES.search(text, at, end) else None
    return (JsonValue(*where.of(at), value) if unfit is None else JsonProblem(*where.of(at), unfit)), end


def iter_json(text: str) -> Iterator[JsonValue | JsonProblem]:
    """Every record-shaped value in `text`, in order, or where decoding failed.

    After a problem, reading resumes at the next line that starts with `{` or
    `[` in its first column, which is where the next record of a JSON Lines or
    `jq` stream begins; one bad line does not hide the records after it.
    """
    decoder = _decoder()
    where = _Position(text)
    at = _skip(text, 0)
    while at < len(text):
        start = at
        try:
            if text[at] == "[":
                at = yield from _array(text, at, decoder, where)
            else:
                item, at = _value(decoder, text, at, where)
                yield item
        except _Unreadable as exc:
            yield JsonProblem(*where.of(start), str(exc))
            at = _resume(text, start)
        except json.JSONDecodeError as exc:
            at = _resume(text, start)
            if exc.pos < at or at >= len(text):
                yield JsonProblem(*where.of(exc.pos), exc.msg)
            else:
                # the decoder ran on into the next record: the fault is this one's
                # (`{"b": ` cut short on its line), so point at it, not past it
                next_line = where.of(at)[0]
                message = f"{exc.msg}: the value does not end before line {next_line}"
                yield JsonProblem(*where.of(start), message)
        at = _skip(text, at)


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in _WHITESPACE:
        at += 1
    return at


def _resume(text: str, pos: int) -> int:
    at = text.find("\n", pos)
    while at >= 0:
        if text[at + 1 : at + 2] in ("{", "["):
            return at + 1
        at = text.find("\n", at + 1)
    return len(text)


def _array(
    text: str, at: int, decoder: json.JSONDecoder, where: _Position
) -> Generator[JsonValue | JsonProblem, None, int]:
    """The elements of the array at `at`, each with its own position; returns
    the offset after the array."""
    at = _skip(text, at + 1)
    if text[at : at + 1] == "]":
        return at + 1
    while True:
        item, end = _value(decoder, text, at, where)
        yield item
        at = _skip(text, end)
        if text[at : at + 1] == "]":
            return at + 1
        if text[at : at + 1] != ",":
            raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _skip(text, at + 1)


# -- dict to Record ---------------------------------------------------------


class _Fields:
    """Typed access to one JSON object's keys, each failure naming its JSON path."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, dict):
            raise RecordError(path, f"expected an object, got {_kind(value)}")
        self.value: dict[str, Any] = value
        self.path = path

    def _get(self, key: str) -> object:
        if key not in self.value:
            raise RecordError(self.path, f"missing key {key!r}")
        return self.value[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise RecordError(f"{self.path}.{key}", f"expected a string, got {_kind(value)}")
        return value

    def opt_text(self, key: str) -> str | None:
        return None if self._get(key) is None else self.text(key)

    def later_text(self, key: str) -> str | None:
        """A string-or-null key added after the first release: records written
        before it lack the key, which reads as null."""
        return self.opt_text(key) if key in self.value else None

    def integer(self, key: str) -> int:
        return _int(self._get(key), f"{self.path}.{key}")

    def opt_integer(self, key: str) -> int | None:
        return None if self._get(key) is None else self.integer(key)

    def flag(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise RecordError(f"{self.path}.{key}", f"expected true or false, got {_kind(value)}")
        return value

    def array(self, key: str) -> list[object]:
        value = self._get(key)
        if not isinstance(value, list):
            raise RecordError(f"{self.path}.{key}", f"expected an array, got {_kind(value)}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        out = []
        for k, item in enumerate(self.array(key)):
            if not isinstance(item, str):
                raise RecordError(f"{self.path}.{key}[{k}]", f"expected a string, got {_kind(item)}")
            out.append(item)
        return tuple(out)

    def objects(self, key: str) -> list[_Fields]:
        return [_Fields(item, f"{self.path}.{key}[{k}]") for k, item in enumerate(self.array(key))]

    def obj(self, key: str) -> _Fields:
        return _Fields(self._get(key), f"{self.path}.{key}")

    def opt_object(self, key: str) -> _Fields | None:
        value = self._get(key)
        return None if value is None else _Fields(value, f"{self.path}.{key}")


def _int(value: object, path: str) -> int:
    # bool is an int subclass in Python, but `true` is not a number in JSON
    if not isinstance(value, int) or isinstance(value, bool):
        raise RecordError(path, f"expected an integer, got {_kind(value)}")
    return value


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def record_from_dict(value: object) -> Record:
    """The Record a decoded JSON object describes; raises `RecordError`."""
    fields = _Fields(value, "$")
    schema = fields.text("schema")
    if schema != SCHEMA_ID:
        raise RecordError("$.schema", f"unsupported schema {schema!r} (expected {SCHEMA_ID!r})")
    return Record(
        source=_source(fields.obj("source")),
        headline=fields.opt_text("headline"),
        byline=fields.opt_text("byline"),
        authors=fields.texts("authors"),
        published=_timestamp(fields.opt_object("published")),
        updated=_timestamp(fields.opt_object("updated")),
        bullets=fields.texts("bullets"),
        dateline=_dateline(fields.opt_object("dateline")),
        body=fields.texts("body"),
        quotes=tuple(_quote(q) for q in fields.objects("quotes")),
        captions=fields.texts("captions"),
        boilerplate=fields.texts("boilerplate"),
        warnings=tuple(_warning(w) for w in fields.objects("warnings")),
        schema=schema,
    )


def _source(fields: _Fields) -> Source:
    path, index = fields.text("path"), fields.integer("index")
    lines = fields.array("lines")
    if len(lines) != 2:
        raise RecordError(f"{fields.path}.lines", f"expected [first, last], got {len(lines)} items")
    first, last = (_int(n, f"{fields.path}.lines[{k}]") for k, n in enumerate(lines))
    return Source(path, index, (first, last), fields.later_text("url"), fields.later_text("id"))


def _timestamp(fields: _Fields | None) -> Timestamp | None:
    if fields is None:
        return None
    return Timestamp(
        text=fields.text("text"),
        iso=fields.opt_text("iso"),
        precision=fields.opt_text("precision"),
        relative=fields.flag("relative"),
        reference=fields.opt_text("reference"),
        # records written before `utc` was added have none: read as unknown (the
        # schema, which `validate` checks, requires it)
        utc=fields.opt_text("utc") if "utc" in fields.value else None,
    )


def _dateline(fields: _Fields | None) -> Dateline | None:
    if fields is None:
        return None
    return Dateline(fields.text("text"), fields.opt_text("place"), fields.opt_text("agency"), fields.opt_text("date"))


def _quote(fields: _Fields) -> Quote:
    return Quote(
        text=fields.text("text"),
        speaker=fields.opt_text("speaker"),
        speaker_text=fields.opt_text("speaker_text"),
        cue=fields.opt_text("cue"),
        partial=fields.flag("partial"),
        field=fields.text("field"),
        index=fields.integer("index"),
        start=fields.integer("start"),
        end=fields.integer("end"),
    )


def _warning(fields: _Fields) -> ParseWarning:
    return ParseWarning(fields.text("code"), fields.text("message"), fields.opt_integer("line"))


def load_records(text: str) -> tuple[list[Record], list[str]]:
    """The records in JSON text, and a one-line reason for each value that is
    not a record (`line 3: $.quotes[0].end: expected an integer, got a string`)."""
    records: list[Record] = []
    problems: list[str] = []
    for item in iter_json(text):
        if isinstance(item, JsonProblem):
            problems.append(f"line {item.line}, column {item.column}: invalid JSON: {item.message}")
            continue
        try:
            records.append(record_from_dict(item.value))
        except RecordError as exc:
            problems.append(f"line {item.line}: {exc}")
    return records, problems
