"""Regenerate the README's generated blocks from the code: the `--help` texts
of the commands, the table of diagnostic codes and the record reference.

    .venv/bin/python scripts/update_readme.py            # rewrite README.md
    .venv/bin/python scripts/update_readme.py --check    # exit 1 when out of date

A block is the text between `<!-- BEGIN generated: NAME -->` and
`<!-- END generated -->`; NAME is `newsparse COMMAND --help`,
`diagnostic codes` or `record reference` (from the shipped JSON Schema).

Every ```console block is an example session: each `$ COMMAND` line is run
with bash in the repository root (the venv's `bin` first on PATH) and the
lines after it, up to the next `$` line, are replaced by what it prints. So
the README's examples are the program's real output; tests/test_readme.py
runs `update` and fails on a change.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
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


CONSOLE = re.compile(r"(```console\n)(?P<body>.*?)(```)", re.S)


def run_example(command: str) -> str:
    """What `command` prints (stdout and stderr), run as the README reader would."""
    env = dict(os.environ, COLUMNS="80", NO_COLOR="1", LC_ALL="C.UTF-8")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{jq_dir()}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=README.parent,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return done.stdout + done.stderr


def jq_dir() -> str:
    """Where `jq` is: the system's, or a stand-in built on the `jq` Python package."""
    found = shutil.which("jq")
    if found:
        return str(Path(found).parent)
    shim = README.parent / "scripts" / "jq-shim"
    return str(shim)


def update_console(body: str) -> str:
    out: list[str] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append(line)
            out.extend(run_example(line[2:]).rstrip("\n").split("\n"))
    return "\n".join(line for line in out) + "\n"


def update(text: str) -> str:
    text = BLOCK.sub(lambda m: m.group(1) + generate(m.group("name")) + m.group(4), text)
    return CONSOLE.sub(lambda m: m.group(1) + update_console(m.group("body")) + m.group(3), text)


def blocks(text: str) -> list[str]:
    return [m.group("name") for m in BLOCK.finditer(text)]


if __name__ == "__main__":
    current = README.read_text("utf-8")
    fresh = update(current)
    if "--check" in sys.argv[1:]:
        sys.exit(0 if fresh == current else 1)
    README.write_text(fresh, "utf-8")
