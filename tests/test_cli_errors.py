"""Error paths of the CLI and the batch that no other test runs: an input whose
parsing fails unexpectedly (a parser bug) costs that input only, in this
process and in workers; `--files-from` lists that cannot be read; no input on
a terminal."""

from __future__ import annotations

import builtins
import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import newsparse.inputs
from conftest import SAMPLES
from newsparse.cli import main

SAMPLE = SAMPLES / "arabnews-two-articles.txt"
NOW = "2025-12-05T12:00:00Z"


def parse(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["parse", "-q", "--now", NOW, *args], input=stdin)


def paths(jsonl: str) -> list[str]:
    return [json.loads(line)["source"]["path"] for line in jsonl.splitlines()]


@pytest.fixture
def parser_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser fails as a bug would (not an InputError) on any input whose
    name holds `bug`; the workers of -j 2 are forked after this, and fail alike."""
    real = newsparse.inputs.parse_document

    def parse_document(document: newsparse.inputs.Document, *, path: str) -> Any:
        name = os.path.basename(path)
        if "bug" in name:
            if "deep" in name:
                raise RecursionError("maximum recursion depth exceeded")
            raise KeyError("a key the parser expected")
        return real(document, path=path)

    monkeypatch.setattr(newsparse.inputs, "parse_document", parse_document)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_parser_bug_costs_that_input_only(tmp_path: Path, parser_bug: None, jobs: str) -> None:
    for name in ("a.txt", "bug.txt", "c.txt", "deep-bug.txt", "e.txt"):
        (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    result = parse("-j", jobs, str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"newsparse: error: {tmp_path / 'bug.txt'}: internal error: KeyError: 'a key the parser expected'",
        f"newsparse: error: {tmp_path / 'deep-bug.txt'}: internal error: nesting too deep",
    ]
    assert paths(result.stdout) == [str(tmp_path / name) for name in ("a.txt", "c.txt", "e.txt") for _ in (0, 1)]


def test_a_parser_bug_in_a_piece_of_a_large_input_costs_that_input(
    tmp_path: Path, parser_bug: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # large inputs are read here and their pieces parsed as tasks of their own
    monkeypatch.setattr("newsparse.reading.WHOLE_LIMIT", 1000)
    (tmp_path / "a-bug.txt").write_bytes(b"\n\n\n".join([SAMPLE.read_bytes()] * 3))
    (tmp_path / "b.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    result = parse("-j", "2", str(tmp_path / "a-bug.txt"), str(tmp_path / "b.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == (
        f"newsparse: error: {tmp_path / 'a-bug.txt'}: internal error: KeyError: 'a key the parser expected'\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["b.txt.jsonl"]  # the failed input leaves no file


# -- --files-from lists that cannot be read --------------------------------------------


def test_missing_list_is_a_usage_error(tmp_path: Path) -> None:
    result = parse("--files-from", str(tmp_path / "none.list"))
    assert result.exit_code == 2
    assert f"Invalid value for --files-from: {tmp_path / 'none.list'}: No such file or directory" in result.stderr


def test_list_that_is_a_directory_is_a_usage_error(tmp_path: Path) -> None:
    result = parse("--files-from", str(tmp_path))
    assert result.exit_code == 2
    assert f"Invalid value for --files-from: {tmp_path}: Is a directory" in result.stderr


def test_list_without_permission_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # as open(2) fails without read permission, EACCES (root reads any mode, so made here)
    listing = tmp_path / "secret.list"
    listing.write_text(f"{SAMPLE}\n")
    real_open = builtins.open

    def no_permission(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(listing):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("newsparse.cli.open", no_permission, raising=False)
    result = parse("--files-from", str(listing))
    assert result.exit_code == 2
    assert f"Invalid value for --files-from: {listing}: Permission denied" in result.stderr


def test_list_failing_midway_is_one_error_line_after_what_it_named(tmp_path: Path) -> None:
    class FailingList:
        def __init__(self) -> None:
            self.reads = 0

        def read(self, size: int = -1) -> bytes:
            self.reads += 1
            if self.reads == 1:
                return f"{SAMPLE}\n".encode()
            raise OSError(errno.EIO, os.strerror(errno.EIO))

    from newsparse import batch

    names = list(batch.listed(batch.read_list(FailingList(), nul=False), "L"))  # type: ignore[arg-type]
    assert names == [str(SAMPLE), batch.Unreadable("--files-from L", "Input/output error")]


# -- no input -------------------------------------------------------------------------


def test_no_input_from_a_terminal_is_a_usage_error_for_parse() -> None:
    pexpect = pytest.importorskip("pexpect")
    import sys

    child = pexpect.spawn(sys.executable, ["-m", "newsparse", "parse"], encoding="utf-8", timeout=30)
    output = child.read()
    child.close()
    assert child.exitstatus == 2
    assert "no input: give a FILE or DIR, or `-` to read standard input (standard input is a terminal)" in output


def test_a_parser_bug_under_explain_costs_that_input_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = newsparse.inputs.explain_document

    def explain_document(document: newsparse.inputs.Document, *, path: str) -> Any:
        if "bug" in os.path.basename(path):
            raise KeyError("a key the parser expected")
        return real(document, path=path)

    monkeypatch.setattr(newsparse.inputs, "explain_document", explain_document)
    for name in ("a.txt", "bug.txt"):
        (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    result = parse("--explain", "--width", "80", str(tmp_path / "bug.txt"), str(tmp_path / "a.txt"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"newsparse: error: {tmp_path / 'bug.txt'}: internal error: KeyError: 'a key the parser expected'\n"
    )
    assert result.stdout.startswith(f"# {tmp_path / 'a.txt'}#0: ")
