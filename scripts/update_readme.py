"""Regenerate the README's generated blocks from the code: the `--help` texts
of the commands, the table of diagnostic codes and the record reference.

    .venv/bin/python scripts/update_readme.py            # rewrite README.md
    .venv/bin/python scripts/update_readme.py --check    # exit 1 when out of date

A block is the text between `<!-- BEGIN generated: NAME -->` and
`<!-- END generated -->`; NAME is `newsparse COMMAND --help`,
`diagnostic codes` or `record reference` (from the shipped JSON Schema). tests/test_readme.py runs `update` and fails on a change.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from click.testing import CliRunner

from newsparse.cli import main
from newsparse.diagnostics import codes_markdown
from newsparse.schema import reference_markdown

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- BEGIN generated: (?P<name>[^>]+?) -->\n)(?P<body>.*?)(<!-- END generated -->)", re.S)
# Help is shown as an 80-column terminal shows it.
HELP_COLUMNS = "80"


def help_text(command: str) -> str:
    result = CliRunner().invoke(main, [command, "--help"], prog_name="newsparse", env={"COLUMNS": HELP_COLUMNS})
    if result.exit_code != 0:
        raise SystemExit(f"newsparse {command} --help failed: {result.output}")
    return result.stdout


def generate(name: str) -> str:
    if name == "diagnostic codes":
        return codes_markdown()
    if name == "record reference":
        return reference_markdown() + "\n"
    match = re.fullmatch(r"newsparse (\S+) --help", name)
    if match is None:
        raise SystemExit(f"unknown generated block {name!r}")
    return f"```text\n$ {name}\n{help_text(match.group(1))}```\n"


def update(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + generate(m.group("name")) + m.group(4), text)


def blocks(text: str) -> list[str]:
    return [m.group("name") for m in BLOCK.finditer(text)]


if __name__ == "__main__":
    current = README.read_text("utf-8")
    fresh = update(current)
    if "--check" in sys.argv[1:]:
        sys.exit(0 if fresh == current else 1)
    README.write_text(fresh, "utf-8")
