"""Reading records back: JSON streams in, frozen Records out, every bad value
named by its JSON path."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from conftest import NOW, SAMPLES, set_path
from newsparse.model import Dateline, ParseWarning, Quote, Record, Source, Timestamp
from newsparse.records import (
    JsonProblem,
    JsonValue,
    RecordError,
    iter_json,
    load_records,
    looks_like_records,
    record_from_dict,
)

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str = "harbour-bridge.json") -> dict[str, Any]:
    value: dict[str, Any] = json.loads((FIXTURES / name).read_text("utf-8"))
    return value


@pytest.mark.parametrize("name", ["harbour-bridge.json", "bare.json"])
def test_fixture_round_trips(name: str) -> None:
    data = fixture(name)
    assert record_from_dict(data).to_dict() == data


def test_parsed_records_read_back_equal() -> None:
    path = SAMPLES / "arabnews-two-articles.txt"
    records = newsparse.parse_text(path.read_text("utf-8"), now=NOW, path=str(path))
    text = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records)
    loaded, problems = load_records(text)
    assert problems == []
    assert loaded == records


def broken(edit: str, value: object) -> dict[str, Any]:
    """The fixture with one value replaced, `edit` a dotted path (`quotes.2.end`)."""
    data = copy.deepcopy(fixture())
    set_path(data, edit, value)
    return data


@pytest.mark.parametrize(
    ("edit", "value", "json_path", "reason"),
    [
        ("quotes.2.end", "12", "$.quotes[2].end", "expected an integer, got a string"),
        ("quotes.2.partial", 1, "$.quotes[2].partial", "expected true or false, got an integer"),
        ("source.lines.1", True, "$.source.lines[1]", "expected an integer, got a boolean"),
        ("source.lines", [1], "$.source.lines", "expected [first, last], got 1 items"),
        ("body.3", None, "$.body[3]", "expected a string, got null"),
        ("published", "yesterday", "$.published", "expected an object, got a string"),
        ("warnings.0.line", 1.5, "$.warnings[0].line", "expected an integer, got a number"),
        ("schema", "newsparse/record@2", "$.schema", "unsupported schema"),
        ("quotes", {}, "$.quotes", "expected an array, got an object"),
    ],
)
def test_bad_values_are_named_by_json_path(edit: str, value: object, json_path: str, reason: str) -> None:
    with pytest.raises(RecordError) as caught:
        record_from_dict(broken(edit, value))
    assert caught.value.json_path == json_path
    assert reason in caught.value.reason


def test_missing_key_and_non_object() -> None:
    data = fixture()
    del data["headline"]
    with pytest.raises(RecordError, match=r"^\$: missing key 'headline'$"):
        record_from_dict(data)
    with pytest.raises(RecordError, match=r"^\$: expected an object, got an array$"):
        record_from_dict([])


# -- JSON streams ----------------------------------------------------------------


def test_json_lines_give_each_record_its_line() -> None:
    items = list(iter_json('{"a": 1}\n\n{"b": 2}\n'))
    assert items == [JsonValue(1, 1, {"a": 1}), JsonValue(3, 1, {"b": 2})]


def test_array_elements_are_opened_with_their_positions() -> None:
    items = list(iter_json('[\n  {"a": 1},\n  {"b": 2}\n]\n'))
    assert items == [JsonValue(2, 3, {"a": 1}), JsonValue(3, 3, {"b": 2})]
    assert list(iter_json("[]")) == []


def test_jq_stream_of_indented_objects() -> None:
    text = '{\n  "a": 1\n}\n{\n  "b": [1, 2]\n}\n'
    assert [(i.line, i.value) for i in iter_json(text)] == [(1, {"a": 1}), (4, {"b": [1, 2]})]


def test_a_bad_line_does_not_hide_the_next_record() -> None:
    items = list(iter_json('{"a": 1}\n{"b": \n{"c": 3}\n'))
    assert items[0] == JsonValue(1, 1, {"a": 1})
    assert isinstance(items[1], JsonProblem)
    assert (items[1].line, items[1].column) == (2, 1)
    assert "does not end before line 3" in items[1].message
    assert items[2] == JsonValue(3, 1, {"c": 3})


def test_a_problem_inside_a_line_is_pointed_at() -> None:
    items = list(iter_json('{"a": 1}\n{"b": tru}\n{"c": 3}\n'))
    assert isinstance(items[1], JsonProblem)
    assert (items[1].line, items[1].column) == (2, 7)
    assert items[2] == JsonValue(3, 1, {"c": 3})


def test_unclosed_array_is_a_problem() -> None:
    items = list(iter_json('[{"a": 1} {"b": 2}]'))
    assert items[0] == JsonValue(1, 2, {"a": 1})
    assert isinstance(items[1], JsonProblem)
    assert "delimiter" in items[1].message


def test_load_records_reports_each_bad_value_in_one_line() -> None:
    good = json.dumps(fixture(), ensure_ascii=False)
    bad = json.dumps(broken("quotes.2.end", "12"), ensure_ascii=False)
    records, problems = load_records(f"{good}\n{bad}\nnot json\n")
    assert len(records) == 1
    assert problems[0] == "line 2: $.quotes[2].end: expected an integer, got a string"
    assert problems[1].startswith("line 3, column 1: invalid JSON:")


@pytest.mark.parametrize(
    ("text", "records"),
    [
        ('{"schema": 1}', True),
        ('\ufeff  \n[\n {"a": 1}]', True),
        ("[]", True),
        ("[Photo] Crowds gather", False),
        ("Headline\n{not json}", False),
        ("", False),
    ],
)
def test_looks_like_records(text: str, records: bool) -> None:
    assert looks_like_records(text) is records


# -- properties ---------------------------------------------------------------------

_text = st.text(max_size=30)
_maybe = st.none() | _text
_count = st.integers(min_value=0, max_value=10_000)
_timestamps = st.none() | st.builds(Timestamp, _text, _maybe, _maybe, st.booleans(), _maybe)
_records = st.builds(
    Record,
    source=st.builds(Source, _text, _count, st.tuples(_count, _count)),
    headline=_maybe,
    byline=_maybe,
    authors=st.lists(_text, max_size=3).map(tuple),
    published=_timestamps,
    updated=_timestamps,
    bullets=st.lists(_text, max_size=3).map(tuple),
    dateline=st.none() | st.builds(Dateline, _text, _maybe, _maybe, _maybe),
    body=st.lists(_text, max_size=4).map(tuple),
    quotes=st.lists(
        st.builds(Quote, _text, _maybe, _maybe, _maybe, st.booleans(), _text, _count, _count, _count), max_size=3
    ).map(tuple),
    captions=st.lists(_text, max_size=2).map(tuple),
    boilerplate=st.lists(_text, max_size=2).map(tuple),
    warnings=st.lists(st.builds(ParseWarning, _text, _text, st.none() | _count), max_size=2).map(tuple),
)


@given(_records)
def test_any_record_reads_back_equal(record: Record) -> None:
    assert record_from_dict(json.loads(json.dumps(record.to_dict()))) == record


_objects = st.lists(st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3), max_size=4)


@given(_objects)
def test_every_layout_of_a_stream_reads_the_same(values: list[dict[str, object]]) -> None:
    lines = "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in values)
    array = json.dumps(values, indent=2)
    jq = "".join(json.dumps(v, indent=2) + "\n" for v in values)
    for text in (lines, array, jq):
        items = list(iter_json(text))
        assert all(isinstance(i, JsonValue) for i in items)
        assert [i.value for i in items if isinstance(i, JsonValue)] == values
