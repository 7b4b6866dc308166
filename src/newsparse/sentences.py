"""Words and sentences of a paragraph, with each quotation folded into one token.

Attribution reads the writer's words around a quotation (`“...,” he said`), so the
quoted words are kept out of the way: a whole quotation, marks included, becomes a
single token whose `quote` is its index. Sentences end at `.`, `!` or `?` (or a
quotation ending so) before a capital or a new quotation, not after `Mr.` or `U.S.`.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, compress, count
from operator import attrgetter

import regex

from .vocab.pronouns import FIRST_PERSON, PRONOUNS
from .vocab.reporting_verbs import VERB_BY_FORM
from .vocab.speakers import ENGLISH_FUNCTION_WORDS, NUMBER_WORDS

# `U.S.`; a pronoun and its contraction as two words (`he’d` is `he` + `’d`, so
# `he’d shouted` has `he` for subject and `It’s` is no name; not `we’ve`, whose
# `we` is most often the writer's); other words (with
# inner apostrophes and hyphens: `Pakistan’s`, `US-led`); then any other single
# non-space character.
_TOKEN = regex.compile(
    r"\p{Lu}(?:\.\p{Lu})+\.?"
    r"|(?i:he|she|it|i|you)(?=['’](?:d|s|ll|re|ve|m)(?![\p{L}\p{N}]))"
    r"|['’](?:d|s|ll|re|ve|m)(?![\p{L}\p{N}])"
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-&*]*|\S"
)
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr jr sr st gen sen rep gov lt col prof rev sgt capt maj adm cmdr hon fr coun supt insp det
    no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft
    """.split()
)
_SENTENCE_END = frozenset(".!?…")
# Capitalised words that start sentences but never names.
_NOT_NAMES = PRONOUNS.keys() | FIRST_PERSON | ENGLISH_FUNCTION_WORDS
# The spaces `_TOKEN` steps over: every character `str.split()` splits on but
# U+001C..U+001F, which `str.isspace()` counts and the pattern's `\S` does not.
_SPACES = "".join(
    c
    for c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    if regex.match(r"\s", c)
)


@dataclass(slots=True)
class Token:
    """A word or punctuation mark, or a whole quotation (`quote` is its index).
    Tokens carry no position: a word's token is shared by every place it stands,
    so a token is never changed once made (it is not frozen only because a
    frozen dataclass costs four times as much to make)."""

    text: str
    quote: int | None  # index of the quotation this token stands for
    lower: str  # case-folded text
    is_word: bool  # not a quotation, and begins with a letter or digit
    is_capitalised: bool  # not a quotation, and begins with a capital
    is_name: bool  # can be part of a name: capitalised, a letter, not a function word or a number
    may_end: bool  # `.`, `!`, `?`, `…` or a quotation: may end a sentence


_LOWER = attrgetter("lower")
_IS_NAME = attrgetter("is_name")
_MAY_END = attrgetter("may_end")


def _make_word(text: str) -> Token:
    lower = text.casefold()
    first = text[:1]
    capitalised = first.isupper()
    # `eMarketer`, `iHeart`: a lowercase letter before a capital is a name too
    camel = first.islower() and text[1:2].isupper() and text.isalpha()
    is_name = (capitalised or camel) and first.isalpha() and lower not in _NOT_NAMES
    is_name = is_name and lower.split("-")[0] not in NUMBER_WORDS
    return Token(text, None, lower, first.isalnum(), capitalised, is_name, text in _SENTENCE_END)


def quote_token(text: str, quote: int) -> Token:
    return Token(text, quote, text.casefold(), False, False, False, True)


# Tokens are never changed and carry no position, so one per distinct word (and
# one tuple per distinct space-separated chunk, `said,` or `Mr.`) serves every
# article: tokenising a paragraph is mostly dictionary look-ups. The caches are
# emptied when they reach this many entries (about 7 MB).
_CACHE_LIMIT = 20_000
_word_cache: dict[str, Token] = {}


class _ChunkCache(dict[str, tuple[Token, ...]]):
    """A chunk not yet seen is tokenised when looked up, so `_words` maps a
    paragraph's chunks straight to tokens with no second pass for the missing."""

    def __missing__(self, chunk: str) -> tuple[Token, ...]:
        return _chunk_tokens(chunk)


_chunk_cache = _ChunkCache()


def word_token(text: str) -> Token:
    token = _word_cache.get(text)
    if token is None:
        if len(_word_cache) >= _CACHE_LIMIT:
            _word_cache.clear()
        token = _word_cache[text] = _make_word(text)
    return token


def _chunk_tokens(chunk: str) -> tuple[Token, ...]:
    """Tokens of a run of non-space characters (its tokens touch each other)."""
    found = _chunk_cache.get(chunk)
    if found is None:
        head, tail = chunk[:-1], chunk[-1:]
        if chunk.isalnum() and chunk.isascii():
            found = (word_token(chunk),)  # one word: `[A-Za-z0-9]+`
        elif tail in _PUNCTUATION and head.isalnum() and head.isascii():
            # `said,` or `Smith.`: a word and a mark (`Mr.` is one word)
            found = (
                (word_token(chunk),) if tail == "." and _takes_period(head) else (word_token(head), word_token(tail))
            )
        else:
            words: list[str] = []
            for word in _TOKEN.findall(chunk):
                if word == "." and words and _takes_period(words[-1]):
                    words[-1] += "."
                else:
                    words.append(word)
            found = tuple(map(word_token, words))
        if len(_chunk_cache) >= _CACHE_LIMIT:
            _chunk_cache.clear()
        _chunk_cache[chunk] = found
    return found


_PUNCTUATION = frozenset(",.;:?!")


def _words(text: str, start: int, end: int, out: list[Token], wide: list[int]) -> None:
    """Append the tokens of text[start:end] to `out`; append to `wide` the index of
    each token followed by more than one character of space before the next."""
    part = text[start:end]
    chunks = part.split()
    if " ".join(chunks) == part.strip(_SPACES):
        # single spaces between chunks: each chunk's tokens, from the cache
        out.extend(chain.from_iterable(map(_chunk_cache.__getitem__, chunks)))
        return
    last_end = -1
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        word = m.group()
        if out and word == "." and last_end == a and _takes_period(out[-1].text):
            out[-1] = word_token(out[-1].text + ".")
            last_end = b
            continue
        if last_end >= 0 and a - last_end > 1:
            wide.append(len(out) - 1)
        out.append(word_token(word))
        last_end = b


def _takes_period(word: str) -> bool:
    """`Mr` + `.` is one word; so is an initial (`P.`)."""
    return word.casefold() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def tokenize(text: str, regions: list[tuple[int, int]]) -> tuple[list[Token], list[int], frozenset[int]]:
    """Tokens of `text`, each `regions[k]` (a quotation with its marks, as
    [start, end)) folded into one token with `quote=k`. Regions are in order and
    do not overlap. Also: the token index of each region, and the indices of the
    tokens followed by more than one character of space."""
    out: list[Token] = []
    wide: list[int] = []
    at: list[int] = []
    pos = 0
    for k, (a, b) in enumerate(regions):
        _words(text, pos, a, out, wide)
        at.append(len(out))
        out.append(quote_token(text[a:b], k))
        pos = b
    _words(text, pos, len(text), out, wide)
    return out, at, frozenset(wide)


def _ends_sentence(tokens: list[Token], k: int) -> bool:
    token = tokens[k]
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1]
    starts_next = nxt.quote is not None or nxt.text[:1].isupper() or nxt.text[:1].isdigit()
    if token.quote is not None:
        inner = token.text.rstrip("”’\"'»").rstrip()
        if (inner[-1:] in "!?…" or inner.endswith("...")) and _attribution_follows(tokens, k + 1):
            return False  # `“Vote today!” Trump tweeted.`, `“And then …” Reyes asked.`
        return starts_next and inner[-1:] in _SENTENCE_END
    if token.text in _SENTENCE_END:
        return starts_next or nxt.text in "([“‘\"'"
    return False


def _attribution_follows(tokens: list[Token], k: int) -> bool:
    """A few capitalised words then a reporting verb (`Trump tweeted`), or a
    reporting verb then a name (`said Akram`)."""
    for j in range(k, min(len(tokens), k + 5)):
        token = tokens[j]
        verb = VERB_BY_FORM.get(token.lower)
        if verb is not None and verb.speech and token.quote is None:
            return j > k or (j + 1 < len(tokens) and tokens[j + 1].is_capitalised)
        if not token.is_capitalised:
            return False
    return False


def sentences(tokens: list[Token]) -> list[tuple[int, int]]:
    """Sentences as [first, stop) ranges over `tokens`."""
    out: list[tuple[int, int]] = []
    first = 0
    for k in compress(count(), map(_MAY_END, tokens)):
        if _ends_sentence(tokens, k):
            out.append((first, k + 1))
            first = k + 1
    if first < len(tokens):
        out.append((first, len(tokens)))
    return out
