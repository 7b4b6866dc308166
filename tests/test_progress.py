"""The progress bar of a batch: `elapsed … remaining …`, within 80 columns, `1 article`."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from conftest import SAMPLES
from newsparse.cli import main
from newsparse.progress import ProgressBar, articles_text


@pytest.mark.parametrize(
    ("count", "text"), [(0, "0 articles"), (1, "1 article"), (2, "2 articles"), (12345, "12,345 articles")]
)
def test_articles_singular_and_plural(count: int, text: str) -> None:
    assert articles_text(count) == text


@pytest.mark.parametrize(
    ("total", "done", "articles"), [(2, 1, 1), (2, 2, 2), (12_345, 9_999, 123_456), (99_999, 50_000, 1_234_567)]
)
def test_bar_fits_80_columns(total: int, done: int, articles: int) -> None:
    out = io.StringIO()
    with ProgressBar(total, console=Console(file=out, width=80, force_terminal=False)) as bar:
        bar.advance(done, articles, 0)
    (line,) = out.getvalue().splitlines()
    assert len(line) <= 80
    assert re.search(rf" {done}/{total} files {articles_text(articles)} elapsed \d+:\d\d:\d\d remaining ", line), line


def test_batch_on_a_terminal_shows_the_bar(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("newsparse.cli._stderr_is_terminal", lambda: True)
    one = tmp_path / "one.txt"
    one.write_text("Council meets on Tuesday\n\nThe council meets on Tuesday to vote on the budget, the clerk said.\n")
    args = ["parse", "--now", "2025-12-05T12:00:00Z", "-j", "1", str(one), str(tmp_path / "missing.txt")]
    result = CliRunner().invoke(main, args, env={"COLUMNS": "80"})
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"newsparse: error: {tmp_path / 'missing.txt'}: no such file"
    assert re.search(r" 2/2 files 1 article elapsed \d+:\d\d:\d\d remaining ", lines[-1]), lines[-1]
    assert all(len(line) <= 80 for line in lines[1:])


def test_quiet_shows_no_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsparse.cli._stderr_is_terminal", lambda: True)
    sample = str(SAMPLES / "wire--reuters-dateline.txt")
    result = CliRunner().invoke(main, ["parse", "-q", "-j", "1", sample, sample])
    assert (result.exit_code, result.stderr) == (0, "")


def _bar_in_a_pty(folder: Path, out: Path, **env: str) -> tuple[list[str], int]:
    """`parse` of FOLDER into OUT in a pseudo-terminal 80 columns wide: the lines
    the terminal shows (each redraw of the bar ends at a carriage return or a
    line end; escape codes removed) and the exit status."""
    pexpect = pytest.importorskip("pexpect")
    environment = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR"}}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "newsparse", "parse", "-j", "2", "--now", "2025-12-05T12:00:00Z", str(folder), "-o", str(out)],
        env={**environment, "TERM": "xterm-256color", **env},
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=120,
    )
    output = child.read()
    child.close()
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", output)
    return [line for line in re.split(r"\r\n|\r|\n", shown) if line.strip()], child.exitstatus


def test_the_bar_on_a_real_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(30):
        (folder / f"{k:02}.txt").write_bytes((SAMPLES / "arabnews-two-articles.txt").read_bytes())
    (folder / "15-broken.txt").write_bytes(b"\0\0binary")
    lines, status = _bar_in_a_pty(folder, tmp_path / "out")
    assert status == 1
    assert f"newsparse: error: {folder / '15-broken.txt'}: binary file (contains NUL bytes)" in lines
    bars = [line for line in lines if " files " in line]
    assert bars, lines
    assert all(len(line.rstrip()) <= 80 for line in bars)
    assert re.fullmatch(r"\S+ 31/31 files 60 articles elapsed \d+:\d\d:\d\d remaining \d+:\d\d:\d\d", bars[-1].strip())


def test_the_bar_with_a_columns_of_20_digits(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_bytes((SAMPLES / "arabnews-two-articles.txt").read_bytes())
    lines, status = _bar_in_a_pty(folder, tmp_path / "out", COLUMNS="99999999999999999999", LINES="9" * 5000)
    assert status == 0
    assert not [line for line in lines if "Traceback" in line or "Error" in line]
    assert any(re.search(r" 3/3 files 6 articles elapsed ", line) for line in lines), lines
