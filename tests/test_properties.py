"""Properties that hold for any text (hypothesis), bounded to keep the suite fast."""

from __future__ import annotations

import string

import jsonschema
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from accounting import misplaced
from conftest import NOW
from generated import articles, hard_wrapped, wrapped_articles
from newsparse.cli import main
from newsparse.text import split_lines

# Lines built from what articles are made of, so that the rules fire: words,
# names, dates, bylines, furniture, quotes, bullets, datelines, and odd characters.
FRAGMENTS = [
    "By Jane Doe and John Roe",
    "Updated 21 December 2023",
    "3 hours ago",
    "November 18, 2019 10:05 AM EST",
    "Share",
    "Advertisement",
    "• Key point about the talks",
    "ISLAMABAD:",
    "WASHINGTON, Dec 21 (Reuters) -",
    "“We will not leave,” he said.",
    '"Yes"',
    "(Photo: AP)",
    "Pakistan and India agree to talks",
    "The minister said on Monday that the talks would resume after a long pause of several years.",
    "Islamabadâ€™s",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "\r",
    "\t",
    "…",
    "—",
]
WORDS = st.text(alphabet=string.ascii_letters + "’'“”\"()[].,:;!?-–—/@#1234567890 éüß中文", max_size=40)
LINE = st.one_of(st.sampled_from(FRAGMENTS), WORDS, st.text(max_size=30))
TEXT = st.lists(st.one_of(LINE, st.just("")), max_size=40).map("\n".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALIDATOR = jsonschema.Draft202012Validator(newsparse.load_schema())


@SETTINGS
@given(TEXT)
def test_parse_never_raises_and_records_are_schema_valid(text: str) -> None:
    for record in newsparse.parse_text(text, now=NOW):
        errors = list(VALIDATOR.iter_errors(record.to_dict()))
        assert not errors, errors[0].message


@SETTINGS
@given(TEXT)
def test_every_non_blank_line_is_labelled_exactly_once(text: str) -> None:
    articles = newsparse.explain_text(text, now=NOW)
    non_blank = [line.number for line in split_lines(text) if line.text]
    # a label covers lines `line` to `last` (hard-wrapped lines joined into one)
    wanted = set(non_blank)
    labelled = [n for a in articles for label in a.labels for n in range(label.line, label.last + 1) if n in wanted]
    assert sorted(labelled) == non_blank


@SETTINGS
@given(TEXT)
def test_parse_is_deterministic(text: str) -> None:
    assert newsparse.parse_text(text, now=NOW) == newsparse.parse_text(text, now=NOW)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_cli_on_random_bytes_exits_0_or_1_with_a_message(data: bytes) -> None:
    result = CliRunner().invoke(main, ["parse", "--now", "2025-12-05T12:00:00Z", "-j", "1", "-"], input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    if result.exit_code == 1:
        assert result.stderr.startswith("newsparse: error: -: ")
        assert result.stderr.count("\n") == 1
    else:
        assert result.stderr == ""


GENERATED = {
    "articles": lambda seed: articles(seed, 6_000),
    "wrapped": lambda seed: wrapped_articles(seed, 6_000),
    "hard-wrapped": lambda seed: hard_wrapped(seed, 3_000),
    # UTF-8 read as cp1252 on the way: mojibake to repair, ” with its last byte lost
    "misread": lambda seed: articles(seed, 6_000).encode("utf-8").decode("cp1252", errors="replace"),
}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(GENERATED)), st.integers(0, 2**32 - 1))
def test_every_line_of_generated_articles_lands_in_the_field_its_label_names(kind: str, seed: int) -> None:
    # the README's promise as stated: each non-blank line's text is found in the
    # record field its --explain label names (tests/accounting.py)
    text = GENERATED[kind](seed)
    assert misplaced(text, newsparse.explain_text(text, now=NOW)) == []
