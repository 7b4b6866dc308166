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

from conftest import NOW, SAMPLES
from newsparse import Record, explain_text
from newsparse.state import BODY, BOILERPLATE, BULLET, BYLINE, CAPTION, HEADLINE, PUBLISHED, UPDATED

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def _records(path: Path) -> list[dict[str, object]]:
    articles = explain_text(path.read_text("utf-8"), now=NOW, path=f"samples/{path.name}")
    return [a.record.to_dict() for a in articles]


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_golden_records(path: Path) -> None:
    golden = path.with_suffix(".json")
    got = _records(path)
    if os.environ.get("NEWSPARSE_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert golden.exists(), f"no expected records: run with NEWSPARSE_UPDATE_GOLDEN=1 and review {golden.name}"
    assert got == json.loads(golden.read_text("utf-8"))


def _field_text(record: Record, label: str) -> list[str]:
    """The texts a part with this label may have gone to."""
    if label == HEADLINE:
        return [record.headline or ""]
    if label == BYLINE:
        return [record.byline or ""]
    if label == PUBLISHED:
        return [record.published.text if record.published else ""]
    if label == UPDATED:
        return [record.updated.text if record.updated else ""]
    if label == BULLET:
        return list(record.bullets)
    if label == CAPTION:
        return list(record.captions)
    if label == BODY:
        first = (record.dateline.text + " " if record.dateline else "") + (record.body[0] if record.body else "")
        return [first, *record.body[1:]] if record.body else [first]
    assert label == BOILERPLATE, label
    return list(record.boilerplate)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_line_is_accounted_for(path: Path) -> None:
    """Every non-blank input line gets exactly one label, and each part of it
    stands in the record field its label names."""
    lines = path.read_text("utf-8").splitlines()
    nonblank = {n for n, line in enumerate(lines, 1) if line.strip()}
    covered: list[int] = []
    for article in explain_text(path.read_text("utf-8"), now=NOW, path=str(path)):
        for label in article.labels:
            covered.extend(range(label.line, max(label.last, label.line) + 1))
            for part in label.parts:
                assert any(part.text in text for text in _field_text(article.record, part.label)), (
                    f"line {label.line}: {part.label} part {part.text!r} is not in the record"
                )
    assert sorted(covered) == sorted(set(covered)), "a line was labelled twice"
    assert set(covered) >= nonblank, f"lines never labelled: {sorted(nonblank - set(covered))}"
