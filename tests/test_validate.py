"""The checks behind `newsparse validate`: every diagnostic code, where it
points, and the one table of codes."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newsparse
from conftest import NOW, ROOT, SAMPLES, set_path
from newsparse.cli import main
from newsparse.diagnostics import CODES, ERROR, NOTE, WARNING, Diagnostic, Summary, severity_of
from newsparse.model import ParseWarning, Record, Source, Timestamp
from newsparse.pipeline import Article
from newsparse.state import BODY, BOILERPLATE, HEADLINE, LineLabel, Part
from newsparse.validate import check_records, check_scrapes, check_text, record_findings

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = SAMPLES / "arabnews-two-articles.txt"


def fixture(name: str = "harbour-bridge.json") -> dict[str, Any]:
    value: dict[str, Any] = json.loads((FIXTURES / name).read_text("utf-8"))
    return value


def codes(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


def only(diagnostics: list[Diagnostic], code: str) -> Diagnostic:
    found = [d for d in diagnostics if d.code == code]
    assert len(found) == 1, [d.text() for d in diagnostics]
    return found[0]


def sample_text(**replace: str) -> str:
    text = SAMPLE.read_text("utf-8")
    for old, new in replace.items():
        assert old.replace("_", " ") in text
        text = text.replace(old.replace("_", " "), new)
    return text


def records_text(*records: dict[str, Any]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def edited(edit: Callable[[dict[str, Any]], None], name: str = "harbour-bridge.json") -> dict[str, Any]:
    data = copy.deepcopy(fixture(name))
    edit(data)
    return data


# -- article text: integration with the live parser ------------------------------
# Kept to what any parser must do: the sample's cut-off paragraph, a time line.


def test_sample_reports_the_truncated_paragraph_at_line_56() -> None:
    diagnostics = check_text(SAMPLE.read_text("utf-8"), path="scrape.txt", now=NOW)
    cut = [d for d in diagnostics if d.code == "truncated-paragraph" and d.line == 56]
    assert len(cut) == 1
    line = SAMPLE.read_text("utf-8").split("\n")[55]
    assert line[cut[0].column - 1 :] == "c", "the column points at the word it stops in"
    assert cut[0].text().startswith("scrape.txt:56:")
    assert cut[0].severity == WARNING
    assert not [d for d in diagnostics if d.severity == ERROR]


def test_future_time_points_at_the_time_line() -> None:
    text = sample_text(Updated_21_December_2023="Updated 21 December 2030")
    found = only(check_text(text, path="a.txt", now=NOW), "future-time")
    assert (found.line, found.column) == (5, 1)
    assert "2030-12-21" in found.message
    # a date that is already today somewhere on Earth is not in the future
    text = sample_text(Updated_21_December_2023="Updated 6 December 2025")
    assert "future-time" not in codes(check_text(text, path="a.txt", now=NOW))


def test_future_time_without_now_uses_the_file_time() -> None:
    text = sample_text(Updated_21_December_2023="Updated 21 December 2024")
    saved = dt.datetime(2024, 6, 1, tzinfo=dt.UTC).timestamp()
    assert "future-time" in codes(check_text(text, path="a.txt", mtime=saved))
    assert "future-time" not in codes(check_text(text, path="a.txt", now=NOW, mtime=saved))


def duplicated_sample() -> str:
    lines = SAMPLE.read_text("utf-8").split("\n")
    lines[19:19] = [lines[16], ""]  # line 17's paragraph again, as line 20
    return "\n".join(lines)


def test_duplicate_paragraph_points_at_the_repeat() -> None:
    found = only(check_text(duplicated_sample(), path="a.txt", now=NOW), "duplicate-paragraph")
    assert (found.line, found.column) == (20, 1)
    assert found.json_path is not None and found.json_path.startswith("$.body[")


def test_empty_input() -> None:
    found = check_text(" \n\n\t\n", path="e.txt")
    assert [d.text() for d in found] == ["e.txt:1:1: error empty-input the input holds no text"]


def test_guessed_encoding() -> None:
    found = only(check_text(SAMPLE.read_text("utf-8"), path="a.txt", now=NOW, encoding="cp1252"), "encoding-guessed")
    assert (found.line, found.column, found.severity) == (1, 1, WARNING)


# -- article text: locating, with the parser's answer made by hand ----------------

HAND_TEXT = "\n".join(
    [
        "Bridge closes",
        "",
        "  Home | News",
        "Menu",
        "The council said the bridge would close. CafÃ© owners were upset.",
        "He said “it is over.",
        "Orphan line",
        "Published 31/31/2023",
        "\u200b",  # blank to the parser: no label needed
    ]
)


def hand_article() -> Article:
    record = Record(
        Source("hand.txt", 0, (1, 8)),
        headline="Bridge closes",
        published=Timestamp("Published 31/31/2023", None, None),
        body=(
            "The council said the bridge would close. Café owners were upset.",
            "He said “it is over.",
        ),
        boilerplate=("Home | News", "Menu", "Orphan line"),
        warnings=(
            ParseWarning("mojibake-repaired", "repaired Ã© as é", 5),
            ParseWarning("unbalanced-quotes", "an opening “ is never closed", 6),
            ParseWarning("unparseable-time", "cannot read 'Published 31/31/2023' as a time", 8),
            ParseWarning("brand-new-code", "a code this table does not know yet", 6),
        ),
    )
    labels = (
        LineLabel(1, (Part(HEADLINE, "Bridge closes"),), "headline", "title line above the body"),
        LineLabel(3, (Part(BOILERPLATE, "Home | News"),), "outside", "in the header"),
        LineLabel(4, (Part(BOILERPLATE, "Menu"),), "outside", "in the header"),
        LineLabel(5, (Part(BODY, "The council said the bridge would close. CafÃ© owners were upset."),), "p", ""),
        LineLabel(6, (Part(BODY, "He said “it is over."),), "paragraph", "body text"),
        LineLabel(7, (Part(BOILERPLATE, "Orphan line"),), "boilerplate", "page furniture"),
        LineLabel(8, (Part("published", "Published 31/31/2023"),), "timestamp", "time line"),
    )
    return Article(record, labels)


@pytest.fixture
def hand_parsed(monkeypatch: pytest.MonkeyPatch) -> list[Diagnostic]:
    monkeypatch.setattr("newsparse.validate.explain_text", lambda *a, **k: [hand_article()])
    return check_text(HAND_TEXT, path="hand.txt", now=NOW)


def test_hand_made_parse_is_located_line_and_column(hand_parsed: list[Diagnostic]) -> None:
    assert [d.text() for d in hand_parsed] == [
        "hand.txt:3:3: note unclassified-line 2 lines left unclassified, filed as boilerplate: lines 3-4",
        "hand.txt:5:45: note mojibake-repaired repaired Ã© as é",
        "hand.txt:6:1: warning brand-new-code a code this table does not know yet",
        "hand.txt:6:1: warning unbalanced-quotes an opening “ is never closed",
        "hand.txt:8:1: warning unparseable-time cannot read 'Published 31/31/2023' as a time",
    ]


def test_unclassified_lines_are_one_note_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    menu = [f"Menu item {n}" for n in range(1, 31)]
    text = "\n".join(menu)
    fallback = {n for n in range(1, 31) if n % 3}  # every third line is taken by a real rule
    labels = tuple(
        LineLabel(n, (Part(BOILERPLATE, menu[n - 1]),), "outside" if n in fallback else "boilerplate", "")
        for n in range(1, 31)
    )
    article = Article(Record(Source("m.txt", 0, (1, 30)), headline="H", body=("B",)), labels)
    monkeypatch.setattr("newsparse.validate.explain_text", lambda *a, **k: [article])
    found = only(check_text(text, path="m.txt"), "unclassified-line")
    assert found.line == 1
    assert found.message == (
        "20 lines left unclassified, filed as boilerplate: "
        "lines 1-2, 4-5, 7-8, 10-11, 13-14, 16-17, 19-20, 22-23 and 2 more"
    )


def test_lines_joined_from_hard_wrapped_ones_are_all_accounted(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Title\nA paragraph wrapped at a fixed width that runs\non to the next line\nMenu one\nMenu two"
    labels = (
        LineLabel(1, (Part(HEADLINE, "Title"),), "headline", ""),
        LineLabel(2, (Part(BODY, "A paragraph ... line"),), "paragraph", "", last=3),
        LineLabel(4, (Part(BOILERPLATE, "Menu one Menu two"),), "outside", "", last=5),
    )
    article = Article(Record(Source("w.txt", 0, (1, 5)), headline="Title", body=("A paragraph ... line",)), labels)
    monkeypatch.setattr("newsparse.validate.explain_text", lambda *a, **k: [article])
    found = check_text(text, path="w.txt")
    assert [d.text() for d in found] == [
        "w.txt:4:1: note unclassified-line 2 lines left unclassified, filed as boilerplate: lines 4-5"
    ]


def test_text_diagnostics_carry_the_record_and_json_path_for_scripts(hand_parsed: list[Diagnostic]) -> None:
    mojibake = only(hand_parsed, "mojibake-repaired").to_dict()
    assert mojibake == {
        "path": "hand.txt",
        "line": 5,
        "column": 45,
        "severity": "note",
        "code": "mojibake-repaired",
        "message": "repaired Ã© as é",
        "record": "hand.txt#0",
        "json_path": "$.warnings[0]",
    }


def test_a_guessed_encoding_is_reported_once(monkeypatch: pytest.MonkeyPatch) -> None:
    article = hand_article()
    warned = replace(
        article.record, warnings=(ParseWarning("encoding-guessed", "input is not UTF-8: read as cp1252", None),)
    )
    monkeypatch.setattr("newsparse.validate.explain_text", lambda *a, **k: [replace(article, record=warned)] * 2)
    found = check_text(HAND_TEXT, path="hand.txt", now=NOW, encoding="cp1252")
    assert [d.text() for d in found if d.code == "encoding-guessed"] == [
        "hand.txt:1:1: warning encoding-guessed input is not UTF-8: read as cp1252"
    ]


def test_no_article_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsparse.validate.explain_text", lambda *a, **k: [])
    found = only(check_text("\n\nsomething\n", path="x.txt"), "no-body")
    assert (found.line, found.message) == (3, "no article found")


# -- checks on one record -----------------------------------------------------------


def test_record_without_headline_or_body() -> None:
    record = Record(Source("a.txt", 1, (44, 50)))
    found = list(record_findings(record, NOW))
    assert [(f.code, f.json_path) for f in found] == [("no-headline", "$.headline"), ("no-body", "$.body")]
    assert found[0].message == "no headline found in the article at lines 44-50"


@pytest.mark.parametrize(
    ("iso", "future"),
    [
        ("2026", True),
        ("2025", False),
        ("2026-01", True),
        ("2025-12", False),
        ("2025-12-06", False),  # already 6 December in Kiribati
        ("2025-12-07", True),
        ("2025-12-05T13:00:00+00:00", True),
        ("2025-12-05T11:00:00+00:00", False),
        ("2025-12-06T01:00", False),  # no zone: 01:00 at +14:00 is 11:00 UTC
        ("2025-12-06T03:00", True),
        ("not-a-time", False),
    ],
)
def test_future_time_at_every_precision(iso: str, future: bool) -> None:
    record = Record(Source("a.txt", 0, (1, 2)), headline="H", body=("B",), published=Timestamp("t", iso, None))
    assert ("future-time" in [f.code for f in record_findings(record, NOW)]) is future


def test_duplicates_ignore_case_and_spacing_but_not_short_lines() -> None:
    body = ("One two three four five.", "one two  three four FIVE.", "Read more", "Read more")
    record = Record(Source("a.txt", 0, (1, 2)), headline="H", body=body)
    found = [f for f in record_findings(record, NOW) if f.code == "duplicate-paragraph"]
    assert [(f.json_path, f.message) for f in found] == [("$.body[1]", "paragraph repeats body[0]")]


# -- records ----------------------------------------------------------------------


def test_clean_records_have_only_their_own_warnings() -> None:
    found = check_records(records_text(fixture()), path="r.jsonl", now=NOW)
    assert codes(found) == ["mojibake-repaired", "truncated-paragraph"]
    assert found[1].text() == (
        "r.jsonl:1:1: warning truncated-paragraph scrapes/harbour-bridge.txt#0 $.warnings[1]: "
        "body paragraph ends mid-sentence: …the ferries run more oft (source line 23)"
    )


def test_parsed_sample_records_are_consistent() -> None:
    records = newsparse.parse_text(SAMPLE.read_text("utf-8"), now=NOW, path=str(SAMPLE))
    text = records_text(*(r.to_dict() for r in records))
    found = check_records(text, path="r.jsonl", now=NOW)
    assert not [d.text() for d in found if d.severity == ERROR]


@pytest.mark.parametrize(
    ("dotted", "value", "code", "json_path", "message"),
    [
        # quote offsets: `record[field][index][start:end] == text`
        ("quotes.2.end", 40, "quote-offset", "$.quotes[2].end", "the quote text ends at 43"),
        ("quotes.2.start", 2, "quote-offset", "$.quotes[2].start", "the quote text starts at 31"),
        ("quotes.2.index", 9, "quote-offset", "$.quotes[2].index", "body has 6 paragraphs, no index 9"),
        ("quotes.2.end", 999, "quote-offset", "$.quotes[2].end", "is outside body[2]"),
        ("quotes.2.text", "long awaited", "quote-offset", "$.quotes[2].text", "does not occur in body[2]"),
        ("quotes.0.field", "bullets", None, None, None),  # unchanged: already bullets
        # times: iso re-read from text
        ("published.iso", "2023-12-22T10:05", "time-mismatch", "$.published.iso", 'reads as iso "2023-12-21T10:05"'),
        ("published.precision", "day", "time-mismatch", "$.published.precision", 'reads as precision "minute"'),
        ("updated.reference", None, "time-mismatch", "$.updated.reference", "needs its reference time"),
        ("updated.reference", "last Tuesday", "time-mismatch", "$.updated.reference", "is not an ISO 8601 time"),
        ("updated.iso", "2025-12-05T08:00:00+00:00", "time-mismatch", "$.updated.iso", "reads as iso"),
        ("published.text", "Published in the winter", "time-mismatch", "$.published.iso", "does not read as a time"),
        # utc: the instant iso names
        ("updated.utc", "2025-12-05T08:00:00Z", "time-mismatch", "$.updated.utc", 'is utc "2025-12-05T09:00:00Z"'),
        ("updated.utc", None, "time-mismatch", "$.updated.utc", 'is utc "2025-12-05T09:00:00Z", not null'),
        ("published.utc", "2023-12-21T15:05:00Z", None, None, None),  # 10:05 in a zone at -05:00 (`parse --tz`)
        ("published.utc", "2023-12-21T10:17:00Z", "time-mismatch", "$.published.utc", "in any time zone"),
        ("published.utc", "2023-12-22T10:05:00Z", "time-mismatch", "$.published.utc", "in any time zone"),
        ("published.utc", "2023-12-21 10:05", "schema-violation", "$.published.utc", "does not match"),
        # line ranges
        ("source.lines", [30, 20], "line-range", "$.source.lines", "first line 30 is after last line 20"),
        ("warnings.1.line", 40, "line-range", "$.warnings[1].line", "line 40 is outside the article (lines 1-23)"),
        # the schema
        ("quotes.2.end", "43", "schema-violation", "$.quotes[2].end", "is not of type 'integer'"),
        ("published.iso", "21/12/2023", "schema-violation", "$.published.iso", "does not match"),
        ("quotes.2.field", "captions", "schema-violation", "$.quotes[2].field", "is not one of"),
    ],
)
def test_hand_broken_record_names_the_json_path(
    dotted: str, value: object, code: str | None, json_path: str | None, message: str | None
) -> None:
    data = edited(lambda d: set_path(d, dotted, value))
    good = fixture()
    found = check_records(records_text(good, data), path="r.jsonl", now=NOW)
    problems = [d for d in found if d.line == 2 and d.severity == ERROR]
    if code is None:
        assert problems == []
        return
    assert len(problems) == 1, [d.text() for d in found]
    problem = problems[0]
    assert (problem.code, problem.json_path, problem.record) == (code, json_path, "scrapes/harbour-bridge.txt#0")
    assert message is not None and message in problem.message
    assert problem.text().startswith(f"r.jsonl:2:1: error {code} scrapes/harbour-bridge.txt#0 {json_path}: ")


def test_time_read_partly_from_the_reference_is_not_a_mismatch(monkeypatch: pytest.MonkeyPatch) -> None:
    # `Updated 10:05` takes its date from the reference time, which a record
    # of an absolute time does not keep: its iso cannot be checked, its precision can
    def clock_only(text: str, reference: dt.datetime) -> Timestamp:
        return Timestamp(text, f"{reference.date().isoformat()}T10:05", "minute")

    monkeypatch.setattr("newsparse.validate.timestamps.parse", clock_only)
    data = edited(lambda d: set_path(d, "published", {**d["published"], "text": "Published 10:05"}))
    set_path(data, "published.iso", "2020-01-01T10:05")
    set_path(data, "updated", None)
    assert "time-mismatch" not in codes(check_records(records_text(data), path="r.jsonl", now=NOW))
    set_path(data, "published.precision", "day")
    assert "time-mismatch" in codes(check_records(records_text(data), path="r.jsonl", now=NOW))


def test_source_lines_are_checked_against_a_readable_file(tmp_path: Path) -> None:
    scrape = tmp_path / "scrape.txt"
    scrape.write_text("one\ntwo\nthree\n", "utf-8")  # 4 lines as an editor counts: the last is empty
    data = edited(lambda d: set_path(d, "source.path", str(scrape)))
    found = only(check_records(records_text(data), path="r.jsonl", now=NOW), "line-range")
    assert found.json_path == "$.source.lines[1]"
    assert found.message == f"line 23 is past the end of {scrape} (4 lines)"
    scrape.write_text("line\n" * 30, "utf-8")
    assert "line-range" not in codes(check_records(records_text(data), path="r.jsonl", now=NOW))


def test_unreadable_record_is_named_by_position() -> None:
    found = check_records('{"schema": "newsparse/record@1"}\n', path="r.jsonl", now=NOW)
    assert {d.code for d in found} == {"schema-violation"}
    assert found[0].record == "record 1"
    assert found[0].text().startswith("r.jsonl:1:1: error schema-violation record 1 $: ")


def test_invalid_json_points_at_the_bad_line_and_goes_on() -> None:
    text = records_text(fixture()) + '{"schema": \n' + records_text(fixture("bare.json"))
    found = check_records(text, path="r.jsonl", now=NOW)
    bad = only(found, "invalid-json")
    assert (bad.line, bad.column) == (2, 1)
    assert "no-body" in codes(found)  # the record after it was still checked


def test_records_shared_checks_are_the_same_as_for_text() -> None:
    found = check_records(records_text(fixture("bare.json")), path="r.jsonl", now=NOW)
    assert codes(found) == ["no-headline", "no-body"]


def test_empty_records() -> None:
    assert codes(check_records("", path="r.jsonl")) == ["empty-input"]
    assert codes(check_records("[]", path="r.jsonl")) == ["empty-input"]


def test_utc_of_a_time_without_offset_is_checked_in_the_given_zone() -> None:
    # `Published December 21, 2023 10:05 AM`, parsed with `--tz Europe/Berlin`
    data = edited(lambda d: set_path(d, "published.utc", "2023-12-21T09:05:00Z"))
    assert "time-mismatch" not in codes(check_records(records_text(data), path="r.jsonl", now=NOW))
    assert "time-mismatch" not in codes(check_records(records_text(data), path="r.jsonl", now=NOW, tz="Europe/Berlin"))
    found = check_records(records_text(data), path="r.jsonl", now=NOW, tz="America/New_York")
    assert (
        only(found, "time-mismatch").message
        == 'iso "2023-12-21T10:05" is utc "2023-12-21T15:05:00Z", not "2023-12-21T09:05:00Z"'
    )


def test_future_time_uses_utc_when_known() -> None:
    # 20:00 with no zone written, parsed with `--tz America/New_York`: 01:00 UTC the
    # next day, after a reference of 00:30 UTC; without utc, 20:00 would be in the
    # past somewhere (+14:00), so it would not count as future
    data = edited(lambda d: set_path(d, "published", {**d["published"], "text": "Published December 21, 2030 8:00 PM"}))
    set_path(data, "published.iso", "2030-12-21T20:00")
    set_path(data, "published.utc", "2030-12-22T01:00:00Z")
    reference = dt.datetime(2030, 12, 22, 0, 30, tzinfo=dt.UTC)
    assert "future-time" in codes(check_records(records_text(data), path="r.jsonl", now=reference))
    set_path(data, "published.utc", None)
    assert "future-time" not in codes(check_records(records_text(data), path="r.jsonl", now=reference))


def test_future_time_in_records_uses_now() -> None:
    data = edited(
        lambda d: set_path(d, "published", {**d["published"], "text": "Published December 21, 2030 10:05 AM"})
    )
    set_path(data, "published.iso", "2030-12-21T10:05")
    found = only(check_records(records_text(data), path="r.jsonl", now=NOW), "future-time")
    assert found.json_path == "$.published.iso"


# -- the code table -------------------------------------------------------------------


def cli_codes(args: list[str], data: bytes | None = None, tmp_path: Path | None = None) -> list[str]:
    runner = CliRunner()
    if data is not None and tmp_path is not None:
        target = tmp_path / "input.txt"
        target.write_bytes(data)
        args = [*args, str(target)]
    result = runner.invoke(main, ["validate", "--format", "json", "--now", "2025-12-05T12:00:00Z", *args])
    return [json.loads(line)["code"] for line in result.stdout.splitlines()]


# Articles the real pipeline reads with one of the parser's own warnings.
_BODY = (
    "The council said on Tuesday that the old harbour bridge would close to cars from January "
    "after engineers found cracks in two of its piers.\n\n"
    "Residents said the decision was long overdue, and shop owners warned of lost trade.\n"
)
UNREADABLE_TIME = f"Harbour bridge to close after engineers find cracks\n\nUpdated: sometime soon\n\n{_BODY}"
UNBALANCED_QUOTES = (
    f"Harbour bridge to close after engineers find cracks\n\n{_BODY}\n"
    "“We cannot take the risk of waiting another winter, the mayor said after the vote on Tuesday.\n"
)
UNCLASSIFIED = (
    f"Local politics\nHarbour bridge to close after engineers find cracks\n\n{_BODY}\nMore from our reporters\n"
)


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        (UNREADABLE_TIME, "unparseable-time", 3),
        (UNBALANCED_QUOTES, "unbalanced-quotes", 7),
        (UNCLASSIFIED, "unclassified-line", 1),
    ],
)
def test_the_parser_warns_on_real_input(text: str, code: str, line: int) -> None:
    found = only(check_text(text, path="real.txt", now=NOW), code)
    assert found.line == line


def _broken(dotted: str, value: object) -> Callable[[pytest.MonkeyPatch, Path], list[str]]:
    def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
        data = edited(lambda d: set_path(d, dotted, value))
        return codes(check_records(records_text(data), path="r.jsonl", now=NOW))

    return run


def _lines_past_end(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    (tmp_path / "short.txt").write_text("one line\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    return _broken("source.path", "short.txt")(monkeypatch, tmp_path)


TRIGGERS: dict[str, Callable[[pytest.MonkeyPatch, Path], list[str]]] = {
    "empty-input": lambda mp, tmp: cli_codes([], b"\n \n", tmp),
    "undecodable-input": lambda mp, tmp: cli_codes([], b"\x00\x01binary", tmp),
    "encoding-guessed": lambda mp, tmp: cli_codes([], SAMPLE.read_bytes().replace("’".encode(), b"\x92"), tmp),
    "no-headline": lambda mp, tmp: cli_codes([str(FIXTURES / "bare.json")]),
    "no-body": lambda mp, tmp: cli_codes([str(FIXTURES / "bare.json")]),
    "future-time": lambda mp, tmp: cli_codes(
        [], sample_text(Updated_21_December_2023="Updated 1 May 2031").encode(), tmp
    ),
    "duplicate-paragraph": lambda mp, tmp: cli_codes([], duplicated_sample().encode(), tmp),
    "truncated-paragraph": lambda mp, tmp: cli_codes([str(SAMPLE)]),
    "unparseable-time": lambda mp, tmp: cli_codes([], UNREADABLE_TIME.encode(), tmp),
    "unbalanced-quotes": lambda mp, tmp: cli_codes([], UNBALANCED_QUOTES.encode(), tmp),
    "mojibake-repaired": lambda mp, tmp: cli_codes([str(FIXTURES / "harbour-bridge.json")]),
    "unclassified-line": lambda mp, tmp: cli_codes([], UNCLASSIFIED.encode(), tmp),
    "invalid-json": lambda mp, tmp: cli_codes(["--records"], b"Not JSON at all\n", tmp),
    "schema-violation": _broken("headline", 42),
    "quote-offset": _broken("quotes.1.start", 3),
    "time-mismatch": _broken("published.iso", "2023-12-20T10:05"),
    "line-range": _lines_past_end,
    # without --now, which would take the fetch time's place
    "unreadable-fetch-time": lambda mp, tmp: codes(
        check_scrapes(json.dumps({"text": SAMPLE.read_text("utf-8"), "fetched_at": "the other day"}), path="s.jsonl")
    ),
    "invalid-scrape-record": lambda mp, tmp: cli_codes([], b'{"url": "https://example.org/x"}\n', tmp),
}


@pytest.mark.parametrize("code", [c.code for c in CODES])
def test_every_code_is_reported_by_some_input(code: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert code in TRIGGERS, f"add an input that gives {code} to TRIGGERS"
    assert code in TRIGGERS[code](monkeypatch, tmp_path)


def test_code_table_is_well_formed() -> None:
    names = [c.code for c in CODES]
    assert len(names) == len(set(names))
    for c in CODES:
        assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", c.code), c.code
        assert c.severity in (ERROR, WARNING, NOTE)
        assert c.description.endswith(".")
    assert severity_of("brand-new-code") == WARNING


def test_every_code_the_parser_emits_is_in_the_table() -> None:
    # colleagues add warnings to the parser; the README documents every code
    emitted = set()
    for source in (ROOT / "src" / "newsparse").rglob("*.py"):
        emitted |= set(re.findall(r'ParseWarning\(\s*"([a-z0-9-]+)"', source.read_text("utf-8")))
    assert emitted, "the scan found no ParseWarning codes at all"
    assert emitted <= {c.code for c in CODES}, emitted - {c.code for c in CODES}


def test_summary_counts_and_strictness() -> None:
    found = [
        Diagnostic("a", 1, 1, code, "m") for code in ("no-body", "no-headline", "no-headline", "unclassified-line")
    ]
    summary = Summary.of(2, found)
    assert summary.text() == "checked 2 files: 1 error, 2 warnings, 1 note"
    assert Summary.of(1, []).text() == "checked 1 file: no problems"
    warnings_only = Summary.of(1, found[1:])
    assert not warnings_only.failed(strict=False)
    assert warnings_only.failed(strict=True)
    assert not Summary.of(1, found[3:]).failed(strict=True)  # notes never fail


def test_summary_counts_inputs_that_failed_before_any_check() -> None:
    assert Summary.of(0, [], failed_inputs=1).text() == "checked 0 files: 1 input failed"
    notes_only = Summary.of(2, [Diagnostic("a", 1, 1, "unclassified-line", "m")], failed_inputs=2)
    assert notes_only.text() == "checked 2 files: 0 errors, 0 warnings, 1 note; 2 inputs failed"
    assert notes_only.failed(strict=False)
    assert Summary.of(0, [], failed_inputs=1).to_dict()["failed_inputs"] == 1


NOW_ARG = "2025-12-05T12:00:00Z"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_validate_says_what_it_checked_when_an_input_fails(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "good.txt").write_text(
        "Council meets on Tuesday\n\nThe council meets on Tuesday to vote on the budget, the clerk said.\n"
    )
    cases = [
        ([str(tmp_path / "missing.txt")], "checked 0 files: 1 input failed", (0, 1)),
        ([str(tmp_path / "empty")], "checked 0 files: 1 input failed", (0, 1)),
        ([str(tmp_path / "empty"), str(tmp_path / "good.txt")], "checked 1 file: no problems; 1 input failed", (1, 1)),
    ]
    for args, text, (files, failed) in cases:
        result = CliRunner().invoke(main, ["validate", "-q", "--format", fmt, "--now", NOW_ARG, *args])
        assert result.exit_code == 1
        assert result.stderr.startswith("newsparse: error: ") and result.stderr.count("\n") == 1
        if fmt == "text":
            assert result.stdout == text + "\n"
        else:
            summary = json.loads(result.stdout)["summary"]
            assert (summary["files"], summary["failed_inputs"]) == (files, failed)


def test_records_not_in_utf8_are_flagged_too() -> None:
    found = check_records(records_text(fixture()), path="r.jsonl", now=NOW, encoding="cp1252")
    assert codes(found)[0] == "encoding-guessed"
    assert codes(check_records("", path="r.jsonl", encoding="cp1252")) == ["encoding-guessed", "empty-input"]
