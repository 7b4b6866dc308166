"""Fast paths give what the plain way gives: the tokenizer (space-separated chunks
looked up in a cache) the tokens the pattern gives scanning the text; `marks`
every mark but the apostrophes inside words."""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import quote_marks, sentences
from newsparse.names import runs
from newsparse.sentences import tokenize


def _reference(text: str) -> tuple[list[str], set[int]]:
    """The pattern over the whole text, `Mr` + `.` joined: token texts, and the
    tokens followed by more than one character of space."""
    found: list[tuple[str, int, int]] = []
    for m in sentences._TOKEN.finditer(text):
        a, b = m.span()
        word = m.group()
        if found and word == "." and found[-1][2] == a and sentences._takes_period(found[-1][0]):
            found[-1] = (found[-1][0] + ".", found[-1][1], b)
            continue
        found.append((word, a, b))
    wide = {k for k in range(len(found) - 1) if found[k + 1][1] - found[k][2] > 1}
    return [t for t, _a, _b in found], wide


_WORDS = """
    said Mr Mr. Dr . , U.S. U.S P. p. Pakistan’s don't ’90s US-led A&B “ ” ‘ ’ " ' — … ! ? e.g. 3.5 Zürich naïve
    é x\u0301y bin Laden ſt İstanbul ΑΣ ß Ok OK co. Inc. Jan. no. No. * & - ( ) 日本 ١٢ Ⅻ \u0301 \u200b
    he’d It’s they're I’m she’ll ’s eTally
    """.split()
_PIECES = [*_WORDS, "\x1c", "\x1f", "\u00a0", "\u2009", "\t", "\n", "  ", " ", "\u3000"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.sampled_from([" ", ""]), max_size=40))
@settings(max_examples=400, deadline=None)
def test_fast_tokens_match_the_pattern(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + (gaps[k] if k < len(gaps) else " ") for k, p in enumerate(pieces))
    tokens, at, wide = tokenize(text, [])
    words, expected_wide = _reference(text)
    assert [t.text for t in tokens] == words
    assert at == []
    assert wide == expected_wide
    for token in tokens:
        assert token.lower == token.text.casefold()
        assert token.quote is None


@given(st.text(max_size=60))
@settings(max_examples=400, deadline=None)
def test_fast_tokens_match_the_pattern_on_any_text(text: str) -> None:
    tokens, _at, wide = tokenize(text, [])
    words, expected_wide = _reference(text)
    assert [t.text for t in tokens] == words
    assert wide == expected_wide


def test_str_split_and_the_pattern_agree_on_spaces() -> None:
    # The fast path splits with str.split(): every character the pattern steps
    # over must be one str.split() splits on, and `_SPACES` lists exactly those.
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    pattern_spaces = set(regex.findall(r"\s", everything))
    assert all(c.isspace() for c in pattern_spaces)
    assert pattern_spaces == set(sentences._SPACES)


def test_regions_fold_into_one_token() -> None:
    text = "He said “we left, Mr. Roe” and went."
    a, b = text.index("“"), text.index("”") + 1
    tokens, at, _wide = tokenize(text, [(a, b)])
    assert [t.text for t in tokens] == ["He", "said", "“we left, Mr. Roe”", "and", "went", "."]
    assert at == [2]
    assert tokens[2].quote == 0
    assert not tokens[2].is_word and not tokens[2].is_capitalised and not tokens[2].is_name


@given(st.text(alphabet="ab1 ,.“”„‟\"«»‘’‚‛'é_-(\u0301日\n", max_size=30))
@settings(max_examples=1000, deadline=None)
def test_marks_leave_out_only_apostrophes_inside_words(text: str) -> None:
    everything = [quote_marks.classify(text, k) for k, c in enumerate(text) if c in "“”„‟\"«»‘’‚‛'"]

    def inside_word(mark: quote_marks.Mark) -> bool:
        before = text[mark.pos - 1] if mark.pos else " "
        after = text[mark.pos + 1] if mark.pos + 1 < len(text) else " "
        return mark.style == quote_marks.SINGLE and before.isalnum() and after.isalnum()

    assert quote_marks.marks(text) == [m for m in everything if not inside_word(m)]
    assert all(m.role is quote_marks.Role.APOSTROPHE for m in everything if inside_word(m))


def test_a_particle_joins_a_name_across_one_space_only() -> None:
    for text, expected in [
        ("Osama bin Laden spoke", [(0, 3)]),
        ("Osama bin  Laden spoke", [(0, 1), (2, 3)]),
        ("Osama bin\tLaden spoke", [(0, 3)]),
    ]:
        tokens, _at, wide = tokenize(text, [])
        assert runs(tokens, 0, len(tokens), wide) == expected, text


def test_a_pronoun_and_its_contraction_are_two_words() -> None:
    """`he’d shouted` has `he` for subject; `It’s` is no name; other words keep
    their apostrophes (`Pakistan’s`, `ache’s`, `don’t`, and `we’ve`, whose `we`
    is most often the writer's)."""
    cases = {
        "he’d shouted": ["he", "’d", "shouted"],
        "It’s over": ["It", "’s", "over"],
        "she'll go": ["she", "'ll", "go"],
        "we’ve seen": ["we’ve", "seen"],
        "Pakistan’s ache’s don’t": ["Pakistan’s", "ache’s", "don’t"],
        "the ’90s": ["the", "’", "90s"],
    }
    for text, words in cases.items():
        assert [t.text for t in tokenize(text, [])[0]] == words, text


def test_a_camel_case_word_can_be_a_name() -> None:
    tokens = tokenize("firm eTally and iOS but not ebay or e-mail", [])[0]
    assert [t.text for t in tokens if t.is_name] == ["eTally", "iOS"]
