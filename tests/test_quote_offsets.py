"""Every quotation points at its own words: `record[field][index][start:end] ==
text`, for every sample (globbed, so new samples are covered) and for arbitrary
text; and scanning stays linear on hostile input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.model import Record
from newsparse.paragraph_rules import PARAGRAPH_RULES, Draft
from newsparse.paragraphs import Paragraph
from newsparse.pipeline import parse_file, parse_text
from newsparse.quote_marks import scan
from timing import growth

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
NOW = dt.datetime(2025, 12, 5, 12, 0, tzinfo=dt.UTC)


def check_offsets(record: Record) -> None:
    for quote in record.quotes:
        paragraphs = getattr(record, quote.field)
        assert quote.field in ("body", "bullets")
        assert 0 <= quote.index < len(paragraphs)
        assert paragraphs[quote.index][quote.start : quote.end] == quote.text
        assert quote.text == quote.text.strip() and not quote.text.endswith(",")


def test_there_are_samples() -> None:
    assert SAMPLES


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_quote_offsets(path: Path) -> None:
    records = parse_file(str(path), now=NOW)
    assert records
    for record in records:
        check_offsets(record)
        positions = [(q.field != "bullets", q.index, q.start) for q in record.quotes]
        assert positions == sorted(positions), "quotes in reading order"


def test_multi_paragraph_quote_keeps_offsets_and_one_speaker() -> None:
    text = (
        "A headline for it\n\nTomas Berg has run the kitchen for thirty years.\n\n"
        "Asked about his favourite dish, Berg did not hesitate.\n\n"
        "“The fish soup, always. My mother made it.\n\n“On Fridays, with bread.\n\n"
        "“Nothing else in this town comes close to it, and nothing ever will.”\n\n"
        "The restaurant reopens in March after a refit.\n"
    )
    (record,) = parse_text(text, now=NOW)
    check_offsets(record)
    assert [(q.index, q.start, q.text, q.speaker, q.speaker_text, q.cue, q.partial) for q in record.quotes] == [
        (2, 1, "The fish soup, always. My mother made it.", "Tomas Berg", "Berg", None, False),
        (3, 1, "On Fridays, with bread.", "Tomas Berg", "Berg", None, False),
        (
            4,
            1,
            "Nothing else in this town comes close to it, and nothing ever will.",
            "Tomas Berg",
            "Berg",
            None,
            False,
        ),
    ]


MARKS = "“”‘’\"'„«» "
article_text = st.lists(
    st.text(alphabet=st.sampled_from(list(MARKS) + list("abc XYZ.,:—\n")), max_size=80),
    min_size=1,
    max_size=6,
).map(lambda paras: "A headline for it\n\n" + "\n\n".join(paras) + "\n")


@settings(max_examples=150, deadline=None)
@given(article_text)
def test_offsets_hold_for_any_marks(text: str) -> None:
    for record in parse_text(text, now=NOW):
        check_offsets(record)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(MARKS) + list("ab .")), max_size=200))
def test_scan_spans_lie_inside_the_text(text: str) -> None:
    result = scan(text)
    last = -1
    for span in result.spans:
        assert last <= span.start <= span.end <= len(text)
        assert span.end > span.start
        last = span.end


# Paragraphs of `count` repeats of a shape that makes quotation matching rescan.
HOSTILE_PARAGRAPHS: dict[str, Callable[[int], str]] = {
    "straight": lambda count: '"' * count,
    "opens": lambda count: "“a " * count,
    "one-sentence": lambda count: "x “y” " * count,
    "nested": lambda count: "“‘" * count + "’”" * count,
    "singles": lambda count: "‘a " * count + "’ b" * (count // 100),
    "said-chain": lambda count: "John Smith " + "said , " * count + "“hello there friend”",
}
# CPU time per repeat may grow this much from 2,000 repeats to 20,000 (linear
# code stays near 1, quadratic gives 10; see timing.py).
MAX_GROWTH = 3.0


def _paragraph_rules(paragraph: str) -> Draft:
    # The paragraph rules alone: this is their cost, whatever the line stages do.
    draft = Draft("Headline", None, [], [Paragraph(paragraph, 3, 3)])
    for _name, rule in PARAGRAPH_RULES:
        rule(draft)
    return draft


@pytest.mark.parametrize("name", list(HOSTILE_PARAGRAPHS))
def test_hostile_marks_take_linear_time(name: str) -> None:
    make = HOSTILE_PARAGRAPHS[name]
    ratio = growth(lambda count, run: f"{make(count)} {run}", _paragraph_rules, 2_000, 20_000)
    assert ratio <= MAX_GROWTH, f"time per repeat grew {ratio:.1f}x from 2,000 repeats to 20,000"
    paragraph = make(2_000)
    for quote in _paragraph_rules(paragraph).quotes:
        assert paragraph[quote.start : quote.end] == quote.text


def test_long_line_takes_linear_time() -> None:
    def make(sentences: int, run: int) -> str:
        line = "Ambassador Munir Akram said the council would meet. " * sentences + "“We will be there,” he said."
        return f"A headline for it {run}\n\n{line}\n"

    ratio = growth(make, lambda text: parse_text(text, now=NOW), 1_000, 10_000)  # 50 KB and 500 KB
    assert ratio <= MAX_GROWTH, f"time per sentence grew {ratio:.1f}x from 1,000 sentences to 10,000"
    (record,) = parse_text(make(10_000, 0), now=NOW)
    assert [q.speaker for q in record.quotes] == ["Munir Akram"]
