"""Every record the parser produces is valid against the shipped schema."""

from __future__ import annotations

import jsonschema
import pytest

import newsparse
from conftest import NOW, SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(newsparse.load_schema())


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_records_validate(path) -> None:
    validator = jsonschema.Draft202012Validator(newsparse.load_schema())
    records = newsparse.parse_text(path.read_text("utf-8"), now=NOW, path=str(path))
    assert records
    for record in records:
        errors = sorted(validator.iter_errors(record.to_dict()), key=str)
        assert not errors, errors[0].message
