"""The progress bar of a batch: `elapsed … remaining …`, within 80 columns, `1 article`."""

from __future__ import annotations

import io
import re
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
