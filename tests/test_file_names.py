"""File names that are not UTF-8 (`caf\\xe9.txt` from a Latin-1 system): their
bytes are kept in `source.path` as `os.fsdecode` keeps them (lone surrogates
U+DC80-U+DCFF), written as JSON escapes, read back by validate and pretty-print,
and named back to the same bytes under `-o`; and the JSON written escapes what
a terminal would obey."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

import newsparse
from conftest import NOW, SAMPLES
from newsparse.cli import main
from newsparse.records import load_records

SAMPLE = SAMPLES / "arabnews-two-articles.txt"
NAMES = [b"caf\xe9.txt", b"\xff\xfe.txt", b"half-\xe2\x80.txt"]  # Latin-1, bytes of no encoding, cut UTF-8


def invoke(*args: str, stdin: bytes | None = None, width: int = 80) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, env={"COLUMNS": str(width)})


@pytest.fixture
def latin1_tree(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
            fh.write(SAMPLE.read_bytes())
    return folder


def name_bytes(record: dict[str, object]) -> bytes:
    source = record["source"]
    assert isinstance(source, dict)
    return os.path.basename(os.fsencode(source["path"]))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_records_keep_the_bytes_of_the_name(latin1_tree: Path, jobs: str) -> None:
    result = invoke("parse", "-q", "-j", jobs, "--now", "2025-12-05T12:00:00Z", str(latin1_tree))
    assert (result.exit_code, result.stderr) == (0, "")
    assert "\\udce9" in result.stdout  # written as an escape: the output is valid UTF-8
    result.stdout_bytes.decode("utf-8")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted({name_bytes(r) for r in records}) == sorted(NAMES)


def test_csv_holds_the_name_as_the_file_system_has_it(latin1_tree: Path) -> None:
    result = invoke("parse", "-q", "--format", "csv", "--now", "2025-12-05T12:00:00Z", str(latin1_tree))
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout_bytes.decode("utf-8", "surrogateescape"))))
    assert sorted({os.path.basename(os.fsencode(row[0])) for row in rows[1:]}) == sorted(NAMES)


def test_output_dir_names_the_files_with_the_same_bytes(latin1_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("parse", "-q", "--now", "2025-12-05T12:00:00Z", str(latin1_tree), "-o", str(out))
    assert (result.exit_code, result.stderr) == (0, "")
    assert sorted(os.listdir(os.fsencode(out))) == sorted(name + b".jsonl" for name in NAMES)
    for name in NAMES:
        with open(os.path.join(os.fsencode(out), name + b".jsonl"), encoding="utf-8") as fh:
            assert {name_bytes(json.loads(line)) for line in fh} == {name}


@pytest.mark.parametrize("command", [["validate", "--strict"], ["pretty-print", "--color", "never"]])
def test_records_with_such_a_path_are_read_back(latin1_tree: Path, command: list[str]) -> None:
    path = os.fsdecode(os.path.join(os.fsencode(latin1_tree), NAMES[0]))
    records = invoke("parse", "-q", "--now", "2025-12-05T12:00:00Z", path).stdout_bytes
    result = invoke(*command, "--records", "--now", "2025-12-05T12:00:00Z", "-", stdin=records, width=1000)
    assert "invalid-json" not in result.stdout and "error" not in result.stderr
    assert "caf\\udce9.txt#1" in result.stdout  # shown as the escape, never as raw bytes


def test_the_schema_takes_such_a_path() -> None:
    (record,) = newsparse.parse_text(
        "Council meets on Tuesday\n\nThe council meets on Tuesday to vote on the budget, the clerk said.\n",
        now=NOW,
        path=os.fsdecode(b"scrapes/caf\xe9.txt"),
    )
    jsonschema.Draft202012Validator(newsparse.load_schema()).validate(record.to_dict())
    loaded, problems = load_records(newsparse.output.record_json(record) + "\n")
    assert (loaded, problems) == ([record], [])


@pytest.mark.parametrize(
    ("where", "escape", "fit"),
    [
        ("path", "\\udce9", True),  # the byte 0xE9
        ("path", "\\udc80", True),
        ("path", "\\udcff", True),
        ("path", "\\udc7f", False),  # no byte: 0x7F is ASCII, which always decodes
        ("path", "\\ud800", False),  # half a character
        ("headline", "\\udce9", False),  # only a path holds a file name's bytes
    ],
)
def test_the_reader_takes_the_surrogates_of_bytes_in_the_path_only(where: str, escape: str, fit: bool) -> None:
    (record,) = newsparse.parse_text(
        "Council meets on Tuesday\n\nThe council meets on Tuesday to vote on the budget, the clerk said.\n",
        now=NOW,
        path="scrapes/@@.txt",
    )
    line = newsparse.output.record_json(record)
    line = line.replace("scrapes/@@.txt", f"scrapes/{escape}.txt") if where == "path" else line
    line = line.replace('"Council meets on Tuesday"', f'"Council {escape} meets"') if where != "path" else line
    loaded, problems = load_records(line + "\n")
    assert (len(loaded), len(problems)) == ((1, 0) if fit else (0, 1))
    if not fit:
        assert problems[0].endswith(f"a lone surrogate {escape} in a string is half a character")


def test_json_escapes_what_a_terminal_would_obey() -> None:
    text = "Bridge\x7f closes\x9b2J at night\n\nThe council said on Monday that the bridge would close at night.\n"
    (record,) = newsparse.parse_text(text, now=NOW)
    line = newsparse.output.record_json(record)
    assert "\\u007f" in line and "\\u009b" in line
    assert not any(0x7F <= ord(c) <= 0x9F or c < " " for c in line)
    assert json.loads(line) == record.to_dict()
