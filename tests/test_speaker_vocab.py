"""The word lists the quotes and speakers rules read (`vocab/`), as data: each
form in one row, participles where the rules look for them, lists that must not
overlap kept apart."""

from __future__ import annotations

import pytest

from newsparse.vocab.reporting_verbs import (
    DOCUMENT_NOUNS,
    FRAMING_NOUNS,
    REPORTING_VERBS,
    VERB_BY_FORM,
)
from newsparse.vocab.speakers import (
    ANONYMOUS_PLURALS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    TITLES,
)

WORD_LISTS = {
    "PERSON_NOUNS": PERSON_NOUNS,
    "ORGANISATION_NOUNS": ORGANISATION_NOUNS,
    "ANONYMOUS_PLURALS": ANONYMOUS_PLURALS,
    "TITLES": TITLES,
    "FRAMING_NOUNS": FRAMING_NOUNS,
    "DOCUMENT_NOUNS": DOCUMENT_NOUNS,
}


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_words_are_lowercase_single_words(name: str) -> None:
    for word in WORD_LISTS[name]:
        assert word == word.casefold() and word.split() == [word], (name, word)


def test_every_verb_form_is_in_one_row() -> None:
    seen: dict[str, int] = {}
    for k, verb in enumerate(REPORTING_VERBS):
        for form in verb.forms:
            assert form not in seen, f"{form!r} in rows {seen[form]} and {k}"
            seen[form] = k
    assert set(seen) == set(VERB_BY_FORM)


def test_participles_are_the_ing_forms() -> None:
    for verb in REPORTING_VERBS:
        assert verb.participle is None or verb.participle.endswith("ing")
        assert verb.participle in verb.forms or verb.participle is None


@pytest.mark.parametrize(
    ("form", "speech", "inverts"),
    [
        ("said", True, True),
        ("interjected", True, True),
        ("rejoined", True, True),
        ("trumpets", True, True),
        ("retorted", True, True),
        ("told", True, False),
        ("called", False, False),
        ("described", False, False),
    ],
)
def test_verb_rows(form: str, speech: bool, inverts: bool) -> None:
    verb = VERB_BY_FORM[form]
    assert (verb.speech, verb.inverts) == (speech, inverts)


def test_a_document_frames_words_too() -> None:
    """`a Reuters report`, `the agency's statement`: every framing noun is a
    document whose owner a quotation may be given to."""
    assert FRAMING_NOUNS <= DOCUMENT_NOUNS
    assert {"report", "forecast", "poll", "survey", "statement"} <= DOCUMENT_NOUNS


def test_documents_are_no_one() -> None:
    assert not DOCUMENT_NOUNS & (PERSON_NOUNS | ORGANISATION_NOUNS | ANONYMOUS_PLURALS)


def test_publications_are_organisations() -> None:
    assert {"magazine", "newspaper", "journal", "website"} <= ORGANISATION_NOUNS
    assert not {"magazine", "newspaper", "journal"} & PERSON_NOUNS
