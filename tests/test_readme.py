"""The README shows what the program does: its `--help` texts and its table of
diagnostic codes are checked against the code (regenerate them with
`.venv/bin/python scripts/update_readme.py`)."""

from __future__ import annotations

import importlib.util
import re
import shlex
from types import ModuleType

from click.testing import CliRunner

from conftest import ROOT
from newsparse.cli import main
from newsparse.diagnostics import CODES


def load_updater() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_readme", ROOT / "scripts" / "update_readme.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_generated_blocks_are_current() -> None:
    updater = load_updater()
    readme = (ROOT / "README.md").read_text("utf-8")
    assert {
        "newsparse parse --help",
        "newsparse validate --help",
        "newsparse pretty-print --help",
        "diagnostic codes",
        "record reference",
    } <= set(updater.blocks(readme))
    assert updater.update(readme) == readme, "README is out of date: run .venv/bin/python scripts/update_readme.py"


def test_readme_help_is_what_a_terminal_shows() -> None:
    # the block holds the real output, not a paraphrase of it
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "$ newsparse validate --help\nUsage: newsparse validate [OPTIONS] [FILE|DIR|-]...\n" in readme
    assert "$ newsparse pretty-print --help\nUsage: newsparse pretty-print [OPTIONS] [FILE|DIR|-]...\n" in readme


def test_readme_lists_every_code_with_its_severity() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for code in CODES:
        assert f"| `{code.code}` | {code.severity} |" in readme


def test_readme_pretty_print_examples_are_real_output() -> None:
    # these examples render hand-made fixtures, so they stay put while the parser improves
    readme = (ROOT / "README.md").read_text("utf-8")
    examples = re.findall(r"\n    \$ (newsparse pretty-print [^|\n]+)\n((?:    .*\n|\n)+?)\n(?=\S)", readme)
    assert len(examples) == 2
    for command, shown in examples:
        expected = "".join(line[4:] + "\n" for line in shown.rstrip("\n").split("\n"))
        result = CliRunner().invoke(main, shlex.split(command)[1:])
        assert result.exit_code == 0
        assert result.stdout == expected, command
