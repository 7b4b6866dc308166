"""Words and sentences of a paragraph, with each quotation folded into one token.

Attribution reads the writer's words around a quotation (`“...,” he said`), so the
quoted words are kept out of the way: a whole quotation, marks included, becomes a
single token whose `quote` is its index. Sentences end at `.`, `!` or `?` (or a
quotation ending so) before a capital or a new quotation, not after `Mr.` or `U.S.`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .vocab.reporting_verbs import VERB_BY_FORM

# `U.S.`, then words (with inner apostrophes and hyphens: `Pakistan’s`, `US-led`),
# then any other single non-space character.
_TOKEN = regex.compile(r"\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-&*]*|\S")
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr jr sr st gen sen rep gov lt col prof rev sgt capt maj adm cmdr hon fr
    no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft
    """.split()
)
_SENTENCE_END = frozenset(".!?…")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    quote: int | None = None  # index of the quotation this token stands for

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.quote is None and self.text[:1].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.quote is None and self.text[:1].isupper()


def _words(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        word = m.group()
        if out and word == "." and out[-1].end == a and _takes_period(out[-1].text):
            last = out[-1]
            out[-1] = Token(last.text + ".", last.start, b)
            continue
        out.append(Token(word, a, b))
    return out


def _takes_period(word: str) -> bool:
    """`Mr` + `.` is one word; so is an initial (`P.`)."""
    return word.casefold() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def tokenize(text: str, regions: list[tuple[int, int]]) -> list[Token]:
    """Tokens of `text`, each `regions[k]` (a quotation with its marks, as
    [start, end)) folded into one token with `quote=k`. Regions are in order and
    do not overlap."""
    out: list[Token] = []
    pos = 0
    for k, (a, b) in enumerate(regions):
        out.extend(_words(text, pos, a))
        out.append(Token(text[a:b], a, b, k))
        pos = b
    out.extend(_words(text, pos, len(text)))
    return out


def _ends_sentence(tokens: list[Token], k: int) -> bool:
    token = tokens[k]
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1]
    starts_next = nxt.quote is not None or nxt.text[:1].isupper() or nxt.text[:1].isdigit()
    if token.quote is not None:
        inner = token.text.rstrip("”’\"'»").rstrip()
        if inner[-1:] in "!?" and _attribution_follows(tokens, k + 1):
            return False  # `“Vote today!” Trump tweeted.`
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
    for k in range(len(tokens)):
        if _ends_sentence(tokens, k):
            out.append((first, k + 1))
            first = k + 1
    if first < len(tokens):
        out.append((first, len(tokens)))
    return out
