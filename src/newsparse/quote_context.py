"""A paragraph as attribution reads it: its quotations, its tokens with each
quotation folded into one, and its sentences."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .quote_marks import Span
from .sentences import Token, sentences, tokenize
from .vocab.reporting_verbs import FRAMING_NOUNS, VERB_BY_FORM


@dataclass(slots=True)  # not frozen, so cheaper to make (one per paragraph per rule); never changed once made
class ParagraphView:
    text: str
    spans: tuple[Span, ...]
    tokens: list[Token]
    wide: frozenset[int]  # tokens followed by more than one character of space
    sentences: list[tuple[int, int]]
    quote_token: list[int]  # token index of each span
    quote_sentence: list[int]  # sentence index of each span


# How many words either side of a quotation attribution reads: a run-on "sentence"
# of 100,000 quotations must not make each read all of it.
REACH = 80


def window(pv: ParagraphView, q: int) -> tuple[int, int]:
    """The quotation's sentence, as token range, cut to REACH words either side."""
    first, stop = pv.sentences[pv.quote_sentence[q]]
    k = pv.quote_token[q]
    return max(first, k - REACH), min(stop, k + REACH + 1)


def region(text: str, span: Span) -> tuple[int, int]:
    """The span with its marks: what folds into one token."""
    start = span.open if span.open is not None else span.start
    stop = span.close + 1 if span.close is not None else max(span.end, len(text.rstrip()))
    return start, stop


# Views lately read, by text and folded regions: the speakers rule reads again
# the paragraphs the quotes rule has just read. A view's lists are shared: never
# change one. Paragraphs of more than _CACHED_TEXT characters are not kept; when
# the cache holds _CACHE_LIMIT views the oldest goes (emptying it all would often
# drop the views the quotes rule has just made before the speakers rule reads them).
_CACHE_LIMIT = 64
_CACHED_TEXT = 10_000
_Read = tuple[list[Token], frozenset[int], list[tuple[int, int]], list[int], list[int]]
_view_cache: dict[tuple[str, tuple[tuple[int, int], ...]], _Read] = {}


def view(text: str, spans: tuple[Span, ...]) -> ParagraphView:
    regions = tuple(region(text, s) for s in spans)
    read = _view_cache.get((text, regions))
    if read is None:
        tokens, quote_token, wide = tokenize(text, list(regions))
        ranges = sentences(tokens)
        firsts = [first for first, _stop in ranges]
        quote_sentence = [bisect_right(firsts, k) - 1 for k in quote_token]
        read = (tokens, wide, ranges, quote_token, quote_sentence)
        if len(text) <= _CACHED_TEXT:
            if len(_view_cache) >= _CACHE_LIMIT:
                del _view_cache[next(iter(_view_cache))]  # dicts keep insertion order
            _view_cache[text, regions] = read
    return ParagraphView(text, spans, *read)


def is_verb(token: Token, *, speech_only: bool = False) -> bool:
    verb = VERB_BY_FORM.get(token.lower)
    return token.quote is None and verb is not None and (verb.speech or not speech_only)


# Two words that say whose words follow: `according to X`, `as X put it`.
_CUE_PAIRS = {"according": "to", "put": "it"}


def has_cue(tokens: list[Token], first: int, stop: int) -> bool:
    """Does tokens[first:stop] hold a reporting verb, a framing noun,
    `according to` or `put it`?"""
    for k in range(first, stop):
        token = tokens[k]
        if token.quote is not None:
            continue
        word = token.lower
        if word in VERB_BY_FORM or word in FRAMING_NOUNS:
            return True
        if word in _CUE_PAIRS and k + 1 < stop and tokens[k + 1].lower == _CUE_PAIRS[word]:
            return True
    return False
