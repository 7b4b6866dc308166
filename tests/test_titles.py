"""Title evidence (`evidence/titles.py`): how much a line looks like a headline."""

from __future__ import annotations

import datetime as dt

from newsparse.evidence import gather
from newsparse.evidence.titles import headline_quality
from newsparse.text import split_lines

NOW = dt.datetime(2024, 12, 1, 12, 0, tzinfo=dt.UTC)


def _quality(line: str) -> float:
    ev = gather(split_lines(line + "\n"), NOW)
    return headline_quality(ev, 0)


def test_reported_speech_in_lower_case_marks_a_sentence_of_the_story() -> None:
    # the same words, once a sentence reporting speech and once a title
    assert _quality("Nobody told me before I ran for the city council, the mayor said") < _quality(
        "Nobody Warned Me Before I Ran for the City Council, the Mayor Writes"
    )


def test_told_in_a_title_case_headline_is_no_report() -> None:
    assert _quality("What Nobody Told Me Before I Ran for the City Council") == _quality(
        "What Nobody Warned Me Before I Ran for the City Council"
    )
