"""Shared test helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# A fixed reference time so relative dates in samples give stable output.
NOW = dt.datetime(2025, 12, 5, 12, 0, tzinfo=dt.UTC)
# What steers rich's (and so pretty-print's) colour, terminal detection and width,
# and the pager. CI systems set some of them (FORCE_COLOR=1, TTY_COMPATIBLE=1);
# every test starts without them, and a test about one sets it itself.
OUTPUT_ENVIRONMENT = (
    "FORCE_COLOR",
    "NO_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "COLORTERM",
    "COLUMNS",
    "LINES",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
    "PAGER",
    "LESS",
)


@pytest.fixture(autouse=True)
def _no_output_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in OUTPUT_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def now() -> dt.datetime:
    return NOW


def set_path(data: dict[str, Any], dotted: str, value: object) -> None:
    """Replace one value of a record dict, named by a dotted path (`quotes.2.end`)."""
    *parents, last = dotted.split(".")
    target: Any = data
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
