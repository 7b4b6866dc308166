"""The samples in `samples/`: golden records, and every line accounted for.

A sample is `samples/<source>--<case>.txt` (the project's first example keeps
its original name) with its expected records beside it as `<name>.json`,
found by one glob, so a new case is a new pair of files. Expected records are
hand-checked; `NEWSPARSE_UPDATE_GOLDEN=1 pytest tests/test_samples.py` rewrites
them from the current parser, for review in the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from accounting import misplaced
from conftest import NOW, SAMPLES
from newsparse import explain_text

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def _records(path: Path) -> list[dict[str, object]]:
    articles = explain_text(path.read_text("utf-8"), now=NOW, path=f"samples/{path.name}")
    return [a.record.to_dict() for a in articles]


def check_golden(golden: Path, got: list[dict[str, object]]) -> None:
    """`got` must equal the records in `golden`; with NEWSPARSE_UPDATE_GOLDEN=1
    (exactly: `0` or an empty value means no) the file is rewritten instead."""
    if os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert golden.exists(), f"no expected records: run with NEWSPARSE_UPDATE_GOLDEN=1 and review {golden.name}"
    assert got == json.loads(golden.read_text("utf-8"))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_golden_records(path: Path) -> None:
    check_golden(path.with_suffix(".json"), _records(path))


@pytest.mark.parametrize("setting", ["0", "", "no", "true"])
def test_golden_is_rewritten_only_when_asked_with_1(
    setting: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    golden = tmp_path / "case.json"
    golden.write_text('[{"headline": "corrupted"}]\n', "utf-8")
    monkeypatch.setenv("NEWSPARSE_UPDATE_GOLDEN", setting)
    with pytest.raises(AssertionError):
        check_golden(golden, [{"headline": "right"}])
    assert golden.read_text("utf-8") == '[{"headline": "corrupted"}]\n'
    monkeypatch.setenv("NEWSPARSE_UPDATE_GOLDEN", "1")
    check_golden(golden, [{"headline": "right"}])
    assert json.loads(golden.read_text("utf-8")) == [{"headline": "right"}]


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_line_is_accounted_for(path: Path) -> None:
    """Every non-blank input line gets exactly one label, and each part of it
    stands in the record field its label names."""
    text = path.read_text("utf-8")
    assert misplaced(text, explain_text(text, now=NOW, path=str(path))) == []
