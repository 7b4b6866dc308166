"""Start-up cost: commands import only what they use. rich is for pretty-print,
jsonschema for validating records; `parse` must load neither."""

from __future__ import annotations

import subprocess
import sys

from conftest import SAMPLES

SAMPLE = str(SAMPLES / "arabnews-two-articles.txt")


def imported_by(*args: str, stdin: str | None = None) -> set[str]:
    """Top-level packages imported while running `newsparse ARGS`."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newsparse", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    lines = [line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")]
    return {name.split(".")[0] for name in lines}


def test_parse_loads_neither_rich_nor_jsonschema() -> None:
    modules = imported_by("parse", "--now", "2025-12-05T12:00:00Z", SAMPLE)
    assert "newsparse" in modules
    assert not modules & {"rich", "jsonschema"}


def test_validate_on_text_does_not_load_rich() -> None:
    modules = imported_by("validate", SAMPLE)
    assert not modules & {"rich", "jsonschema"}


def test_validate_on_records_loads_jsonschema_only() -> None:
    records = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", SAMPLE], capture_output=True, text=True, check=True
    ).stdout
    modules = imported_by("validate", "-", stdin=records)
    assert "jsonschema" in modules
    assert "rich" not in modules
