"""The parse command through click's CliRunner: stdout and stderr apart."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from newsparse.cli import main
from newsparse.output import csv_cell

SAMPLE = SAMPLES / "arabnews-two-articles.txt"
NOW = "2025-12-05T12:00:00Z"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["parse", "--now", NOW, *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_one_file_gives_json_lines() -> None:
    code, out, err = run(str(SAMPLE))
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"]["index"] for r in records] == [0, 1]
    assert all(r["source"]["path"] == str(SAMPLE) for r in records)


def test_stdin_dash_and_no_argument_agree() -> None:
    data = SAMPLE.read_bytes()
    code, out, err = run("-", stdin=data)
    assert (code, err) == (0, "")
    assert [json.loads(line)["source"]["path"] for line in out.splitlines()] == ["-", "-"]
    assert run(stdin=data)[1] == out


def test_json_format_is_one_array() -> None:
    code, out, _ = run("--format", "json", str(SAMPLE))
    assert code == 0
    assert [r["source"]["index"] for r in json.loads(out)] == [0, 1]


def test_json_format_with_nothing_is_an_empty_array(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, _ = run("--format", "json", str(empty))
    assert code == 0
    assert json.loads(out) == []


def test_csv_flattens_records() -> None:
    code, out, err = run("--format", "csv", str(SAMPLE))
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "path",
        "index",
        "headline",
        "published",
        "updated",
        "published_utc",
        "updated_utc",
        "authors",
        "dateline",
        "body",
        "quote_count",
        "url",
        "id",
    ]
    assert [row["index"] for row in rows] == ["0", "1"]
    jsonl = [json.loads(line) for line in run(str(SAMPLE))[1].splitlines()]
    assert rows[0]["headline"] == jsonl[0]["headline"]
    assert rows[0]["body"] == "\n\n".join(jsonl[0]["body"])
    assert rows[0]["quote_count"] == str(len(jsonl[0]["quotes"]))
    for row, record in zip(rows, jsonl, strict=True):
        for key in ("published", "updated"):
            assert row[f"{key}_utc"] == ((record[key] or {}).get("utc") or "")
    assert rows[1]["updated_utc"] == "2025-12-05T11:59:50Z"  # `Updated 10 sec ago`, against --now


def test_csv_cells_a_spreadsheet_would_run_as_formulas_start_with_a_quote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = (
        "=1+1 Harbour bridge to close after engineers find cracks\n\n"
        "By Jane Doe\n\n"
        "Published 21 December 2023 10:05\n\n"
        "+1 the council said on Tuesday that the old harbour bridge would close to cars from January.\n\n"
        "-2+3 residents said the decision was long overdue, and shop owners warned of lost trade.\n"
    )
    monkeypatch.chdir(tmp_path)
    Path("=HYPERLINK(1).txt").write_text(story, "utf-8")
    code, out, err = run("--format", "csv", "=HYPERLINK(1).txt")
    assert (code, err) == (0, "")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["path"] == "'=HYPERLINK(1).txt"
    assert row["headline"] == "'=1+1 Harbour bridge to close after engineers find cracks"
    assert row["body"].startswith("'+1 the council said")
    assert "\n\n-2+3 residents" in row["body"]  # only a cell's start counts
    assert (row["authors"], row["published"], row["index"]) == ("Jane Doe", "2023-12-21T10:05", "0")


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-", "-"),  # standard input's path: one character is no formula
        ("Harbour = bridge", "Harbour = bridge"),
        ("", ""),
    ],
)
def test_csv_cell(cell: str, written: str) -> None:
    assert csv_cell(cell) == written


def test_missing_input_is_reported_and_the_rest_still_parsed(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path / "nope.txt"), str(SAMPLE))
    assert code == 1
    assert err == f"newsparse: error: {tmp_path / 'nope.txt'}: no such file\n"
    assert len(out.splitlines()) == 2


def test_binary_input_is_refused_with_one_line(tmp_path: Path) -> None:
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, out, err = run(str(image))
    assert code == 1
    assert out == ""
    assert err == f"newsparse: error: {image}: binary file (PNG image)\n"


def test_directory_recursion_and_glob(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    text = SAMPLE.read_text("utf-8")
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "sub" / "b.txt").write_text(text)
    (tmp_path / "notes.md").write_text(text)
    paths = lambda out: sorted({json.loads(line)["source"]["path"] for line in out.splitlines()})  # noqa: E731
    assert paths(run("--glob", "*.txt", str(tmp_path))[1]) == [str(tmp_path / "a.txt")]
    assert paths(run("-r", "--glob", "*.txt", str(tmp_path))[1]) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "sub" / "b.txt"),
    ]


def test_files_from_list_newline_and_nul(tmp_path: Path) -> None:
    listing = f"{SAMPLE}\n{SAMPLE}\n".encode()
    code, out, _ = run("--files-from", "-", stdin=listing)
    assert code == 0
    assert len(out.splitlines()) == 4
    code, out0, _ = run("--files-from", "-", "-0", stdin=listing.replace(b"\n", b"\0"))
    assert (code, out0) == (0, out)


def test_output_dir_mirrors_the_tree(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "x").mkdir(parents=True)
    (src / "x" / "page.txt").write_bytes(SAMPLE.read_bytes())
    (src / "bad.txt").write_bytes(b"\0\0\0")
    out_dir = tmp_path / "out"
    code, out, err = run("-r", str(src), "-o", str(out_dir))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "bad.txt" in err
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert written == ["x/page.txt.jsonl"]  # the failed input leaves no file, and no temporary one
    assert (out_dir / "x" / "page.txt.jsonl").read_text("utf-8") == run(str(src / "x" / "page.txt"))[1]


def test_two_jobs_give_the_bytes_one_job_gives(tmp_path: Path) -> None:
    for k in range(6):
        (tmp_path / f"{k}.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "3.txt").write_bytes(b"\0binary")
    one = run("-j", "1", str(tmp_path))
    two = run("-j", "2", str(tmp_path))
    assert one == two
    assert one[0] == 1


@pytest.mark.parametrize("args", [["-j", "0"], ["--format", "xml"], ["--bogus"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, out, err = run(*args, str(SAMPLE))
    assert code == 2
    assert out == ""
    assert "Usage" in err


def test_stdin_cannot_be_both_list_and_input() -> None:
    code, _, err = run("--files-from", "-", "-", stdin=b"")
    assert code == 2
    assert "standard input" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    for k in range(3):
        (tmp_path / f"{k}.txt").write_bytes(SAMPLE.read_bytes())
    code, _, err = run(str(tmp_path))
    assert (code, err) == (0, "")


def test_explain_still_labels_lines() -> None:
    code, out, err = run("--explain", str(SAMPLE))
    assert (code, err) == (0, "")
    assert out.startswith(f"# {SAMPLE}#0: lines 1-41\n")
