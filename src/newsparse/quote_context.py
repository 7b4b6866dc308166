"""A paragraph as attribution reads it: its quotations, its tokens with each
quotation folded into one, and its sentences."""

from __future__ import annotations

from dataclasses import dataclass

from .quote_marks import Span
from .sentences import Token, sentences, tokenize
from .vocab.reporting_verbs import FRAMING_NOUNS, VERB_BY_FORM


@dataclass(frozen=True, slots=True)
class ParagraphView:
    text: str
    spans: tuple[Span, ...]
    tokens: list[Token]
    sentences: list[tuple[int, int]]
    quote_token: list[int]  # token index of each span
    quote_sentence: list[int]  # sentence index of each span


def region(text: str, span: Span) -> tuple[int, int]:
    """The span with its marks: what folds into one token."""
    start = span.open if span.open is not None else span.start
    stop = span.close + 1 if span.close is not None else max(span.end, len(text.rstrip()))
    return start, stop


def view(text: str, spans: tuple[Span, ...]) -> ParagraphView:
    tokens = tokenize(text, [region(text, s) for s in spans])
    ranges = sentences(tokens)
    quote_token = [0] * len(spans)
    quote_sentence = [0] * len(spans)
    for n, (first, stop) in enumerate(ranges):
        for k in range(first, stop):
            q = tokens[k].quote
            if q is not None:
                quote_token[q] = k
                quote_sentence[q] = n
    return ParagraphView(text, spans, tokens, ranges, quote_token, quote_sentence)


def is_verb(token: Token, *, speech_only: bool = False) -> bool:
    verb = VERB_BY_FORM.get(token.lower)
    return token.quote is None and verb is not None and (verb.speech or not speech_only)


def has_cue(tokens: list[Token], first: int, stop: int) -> bool:
    """Does tokens[first:stop] hold a reporting verb, a framing noun or
    `according to`?"""
    for k in range(first, stop):
        token = tokens[k]
        if token.quote is not None:
            continue
        word = token.lower
        if word in VERB_BY_FORM or word in FRAMING_NOUNS:
            return True
        if word == "according" and k + 1 < stop and tokens[k + 1].lower == "to":
            return True
    return False
