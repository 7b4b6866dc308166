"""`parse --explain`: a table that reads at 80 columns; golden renders at 80 and 120."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from newsparse.cli import main
from newsparse.explain import PART_SEPARATOR

GOLDEN = Path(__file__).parent / "golden"
NOW = "2025-12-05T12:00:00Z"
# NEWSPARSE_UPDATE_GOLDEN=1 pytest tests/test_explain.py rewrites the files after a deliberate change.
UPDATE = os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1"


def explain(sample: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["parse", "--explain", "--now", NOW, *args, str(SAMPLES / sample)])
    assert (result.exit_code, result.stderr) == (0, "")
    return result.stdout.replace(str(SAMPLES), "samples")


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("sample", ["wire--reuters-dateline.txt", "metro--published-updated.txt"])
def test_golden_render(sample: str, width: int) -> None:
    text = explain(sample, "--width", str(width))
    path = GOLDEN / f"explain-{sample.removesuffix('.txt')}-{width}.txt"
    if UPDATE:
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8"), f"render differs from {path}"
    assert max(len(line) for line in text.splitlines() if not line.startswith("# ")) <= width


def test_text_comes_first_and_every_word_is_shown() -> None:
    text = explain("wire--reuters-dateline.txt", "--width", "80")
    rows = text.splitlines()
    assert rows[0].startswith("# samples/wire--reuters-dateline.txt#0: ")
    decisions = [row for row in rows if row.startswith("## ") and not row.startswith("##  ")]
    assert [row.split(":")[0] for row in decisions] == ["## headline", "## byline", "## published", "## updated"]
    table = [row for row in rows if not row.startswith("#")]
    assert table[0].split() == ["line", "text", "label", "rule:", "why"]
    source = (SAMPLES / "wire--reuters-dateline.txt").read_text("utf-8")
    shown = " ".join(text.split())
    for line in source.splitlines():
        for word in line.split():
            assert word in shown  # wrapped, never cut off


def test_parts_of_a_line_are_separated_and_their_labels_joined() -> None:
    text = explain("blog--one-paragraph-per-line.txt", "--width", "120")
    joined = [row for row in text.splitlines() if PART_SEPARATOR.strip() in row]
    assert joined, "the sample has a line of two parts"
    assert all("+" in row for row in joined)


def test_width_follows_the_terminal_else_80() -> None:
    wide = CliRunner().invoke(
        main, ["parse", "--explain", "--now", NOW, str(SAMPLES / "wire--reuters-dateline.txt")], env={"COLUMNS": "120"}
    )
    assert wide.stdout.replace(str(SAMPLES), "samples") == explain("wire--reuters-dateline.txt", "--width", "120")


def test_width_is_only_for_explain() -> None:
    result = CliRunner().invoke(main, ["parse", "--width", "80", str(SAMPLES / "wire--reuters-dateline.txt")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--width sets the width of --explain's table" in result.stderr
