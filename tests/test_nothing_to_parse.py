"""What `parse` reads and says when there is nothing to read: the default --glob,
gzip, newsparse's own output, empty directories and lists, and records without a
body. Through CliRunner, stdout and stderr apart."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from newsparse.cli import main

NOW = "2025-12-05T12:00:00Z"
SAMPLE = SAMPLES / "wire--reuters-dateline.txt"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["parse", "--now", NOW, *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def paths(out: str) -> list[str]:
    return [json.loads(x)["source"]["path"] for x in out.splitlines()]


def test_directory_holding_only_subdirectories(tmp_path: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "a.txt").write_bytes(SAMPLE.read_bytes())
    code, out, err = run(str(tmp_path))
    assert (code, out) == (1, "")
    assert (
        err == f"newsparse: error: {tmp_path}: nothing to parse: it holds only subdirectories (add -r to read them)\n"
    )
    code, out, err = run("-r", str(tmp_path))
    assert (code, err) == (0, "")
    assert paths(out) == [str(tmp_path / "2024" / "a.txt")]


def test_glob_matching_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SAMPLE.read_bytes())
    code, out, err = run("--glob", "*.xml", str(tmp_path))
    assert (code, out) == (1, "")
    assert err == f"newsparse: error: {tmp_path}: nothing to parse: no file in it matches --glob *.xml\n"


def test_empty_directory(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path))
    assert (code, out, err) == (1, "", f"newsparse: error: {tmp_path}: nothing to parse: no files in it\n")


@pytest.mark.parametrize("listing", [b"", b"\n\n"])
def test_empty_files_from(tmp_path: Path, listing: bytes) -> None:
    code, out, err = run("--files-from", "-", stdin=listing)
    assert (code, out) == (1, "")
    assert err == "newsparse: error: --files-from -: nothing to parse: the list names no file\n"


def test_default_glob_reads_text_json_lines_and_html_gzipped_or_not(tmp_path: Path) -> None:
    text = SAMPLE.read_bytes()
    scrape = json.dumps({"url": "https://example.org/s", "text": SAMPLE.read_text("utf-8")}).encode() + b"\n"
    page = b"<html><body><h1>Lighthouse keeper retires</h1><p>The keeper retired on Friday, the guard said.</p>"
    files = {
        "a.txt": text,
        "b.TXT.gz": gzip.compress(text),
        "c.jsonl": scrape,
        "d.json.gz": gzip.compress(scrape),
        "e.html": page,
        "f.htm": page,
        "g.html.gz": gzip.compress(page),
        "notes.md": text,  # not read: not a kind newsparse reads by default
        "image.png": b"\x89PNG\r\n\x1a\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    code, out, err = run(str(tmp_path))
    assert (code, err) == (0, "")
    read = sorted({Path(p).name for p in paths(out)})
    assert read == ["a.txt", "b.TXT.gz", "c.jsonl", "d.json.gz", "e.html", "f.htm", "g.html.gz"]
    code, out, _ = run("--glob", "*.md", "--glob", "*.txt", str(tmp_path))
    assert sorted({Path(p).name for p in paths(out)}) == ["a.txt", "notes.md"]


def test_gzip_is_read_transparently(tmp_path: Path) -> None:
    zipped = tmp_path / "page.txt.gz"
    zipped.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    code, out, err = run(str(zipped))
    plain = run(str(SAMPLE))[1]
    assert (code, err) == (0, "")
    assert out == plain.replace(str(SAMPLE), str(zipped))
    code, out, err = run("-", stdin=zipped.read_bytes())
    assert (code, err) == (0, "")
    assert out == plain.replace(str(SAMPLE), "-")


def test_broken_gzip_is_one_error(tmp_path: Path) -> None:
    broken = tmp_path / "page.txt.gz"
    broken.write_bytes(gzip.compress(SAMPLE.read_bytes())[:200])
    code, out, err = run(str(broken), str(SAMPLE))
    assert code == 1
    assert err.startswith(f"newsparse: error: {broken}: broken gzip data: ")
    assert err.count("\n") == 1
    assert paths(out) == [str(SAMPLE)]


def own_output(tmp_path: Path) -> Path:
    records = tmp_path / "records.jsonl"
    records.write_text(run(str(SAMPLE))[1], "utf-8")
    return records


def test_own_output_in_a_directory_walk_is_skipped_with_a_note(tmp_path: Path) -> None:
    own = own_output(tmp_path)
    (tmp_path / "page.txt").write_bytes(SAMPLE.read_bytes())
    code, out, err = run(str(tmp_path))
    assert code == 0
    assert err == f"newsparse: note: {own}: skipped: newsparse's own output (records), not a page\n"
    assert paths(out) == [str(tmp_path / "page.txt")]
    # -o leaves no file for it either
    target = tmp_path / "out"
    code, _, _ = run("-o", str(target), str(tmp_path))
    assert code == 0
    assert sorted(p.name for p in target.iterdir()) == ["page.txt.jsonl"]


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_own_output_named_is_refused(tmp_path: Path, fmt: str) -> None:
    records = tmp_path / f"records.{fmt}"
    records.write_text(run("--format", fmt, str(SAMPLE))[1], "utf-8")
    code, out, err = run(str(records))
    assert (code, out) == (1, "")
    assert err == (
        f"newsparse: error: {records}: this is newsparse's own output (records), not a page: "
        "read it with `newsparse validate` or `newsparse pretty-print`\n"
    )
    code, out, err = run("-", stdin=records.read_bytes())
    assert (code, out) == (1, "")
    assert err.startswith("newsparse: error: -: this is newsparse's own output")


def test_record_without_body_carries_the_no_body_warning(tmp_path: Path) -> None:
    page = tmp_path / "headline-only.txt"
    page.write_text("Council meets on Tuesday\n\nBy Ann Lee\n", "utf-8")
    code, out, err = run(str(page))
    assert (code, err) == (0, "")
    (record,) = [json.loads(x) for x in out.splitlines()]
    assert record["body"] == []
    assert {"code": "no-body", "message": "no body paragraphs in the article at lines 1-3", "line": 1} in record[
        "warnings"
    ]
    # validate says it once, whether it reads the text or the records
    from_text = CliRunner().invoke(main, ["validate", "--now", NOW, "--format", "json", str(page)])
    records = tmp_path / "r.jsonl"
    records.write_text(out, "utf-8")
    from_records = CliRunner().invoke(main, ["validate", "--now", NOW, "--format", "json", str(records)])
    for result in (from_text, from_records):
        assert [json.loads(x)["code"] for x in result.stdout.splitlines()].count("no-body") == 1
