"""Byline evidence: `By Jane Doe and John Roe`, `Jane Doe | Reuters`,
`By The Associated Press`, `Posted by ...`, and a lone agency name.

`match(text)` says how much of a line is a byline; `authors(byline)` pulls the
person or agency names out of it; `is_lead_only` and `looks_like_name_line`
spot a byline label alone and a bare name.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..vocab.agencies import AGENCIES
from ..vocab.roles import BYLINE_LEADS, NOT_NAME_WORDS, ROLE_WORDS

# Unwrapping and the evidence of a page ask about the same line: answers are kept.
_CACHE_LINES = 4096
_LEAD = regex.compile(
    r"(?i)^(?:"
    + "|".join(regex.escape(lead) for lead in sorted(BYLINE_LEADS, key=len, reverse=True))
    + r")(?=[\s:])\s*:?\s*"
)
# Where a byline stops: a timestamp or furniture glued on after the name.
_TAIL = regex.compile(
    r"""(?x)\s*(?:
        [|•·] | \s[-–—]\s                             # a separator
      | \bon\s+(?=\p{Lu}\p{Ll}+\s+\d)                # `on November 14, 2019`
      | (?<=\p{Ll})(?=View\ More|Follow|More\ by|\p{Lu}{3,})  # furniture glued on
    )"""
)
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|de|da|van|von|der|del|la|le|bin|al|el|dos|di)$")
_SPLIT_PEOPLE = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\by\b|\be\b)\s*")
_HANDLE = regex.compile(r"@\w+")
# Contact details glued to a byline: e-mail addresses, handles, phone numbers.
# Each alternative starts only at a token boundary and takes its run
# possessively, so a long run of non-space text is scanned once, not once per
# character (linear, not quadratic).
_CONTACT = regex.compile(r"(?<![^\s(@])[^\s(@]++@[\w-]++\.[\w.]++|@\w++|(?<!\d)\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")
# A preposition left over where a time was cut off (`Posted by Jane Doe on`).
_TRAILING_WORD = regex.compile(r"(?i)(?<!\s)\s++(?:on|at|in|from|for)\s*+$")
_MAX_WORDS = 14
# The first field of `Jane Doe | Reuters` or `PTI, Washington,`.
_FIRST_FIELD = regex.compile(r"\s*[|,]\s*")
# Longer than this, a line is no bare name (furniture glued on included).
_MAX_NAME_LINE = 80
# A byline this long that ends in a full stop is a sentence.
_MAX_SENTENCE_WORDS = 6
# `By then, ...`, `By the time ...`: sentences, not bylines
_NOT_NAME_STARTS = frozenset({"then", "now", "the", "a", "an", "far", "contrast", "comparison"})


def _names_agency(rest: str) -> bool:
    folded = rest.casefold().strip(" .,")
    return folded in AGENCIES or folded.startswith("the associated press")


def _looks_like_name(piece: str) -> bool:
    words = piece.split()
    if not 1 <= len(words) <= 5:
        return False
    if any(w.casefold().strip(".,") in ROLE_WORDS for w in words):
        return False
    if piece.casefold() in AGENCIES:
        return False
    # a lone upper-case acronym (`CNN`, `MS`) is an outlet or a credential
    if len(words) == 1 and (words[0].isupper() and len(words[0]) <= 4):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def authors(byline: str) -> list[str]:
    """Person names from a byline; the agency or desk when no person is named.

    `By Jane Holt, CNN Business` gives the person only; `Reuters, Washington,`
    gives the agency; `by jdadmin` gives the account name it credits.
    """
    text = _LEAD.sub("", byline.strip())
    text = " ".join(_CONTACT.sub(" ", text).split())  # single spaces keep the splits below linear
    text = _TAIL.split(text, maxsplit=1)[0]
    text = _TRAILING_WORD.sub("", text).strip(" ,.:")
    pieces = [p.strip(" .,") for p in _SPLIT_PEOPLE.split(text) if p and p.strip(" .,")]
    people = [p for p in pieces if len(p.split()) >= 2 and _looks_like_name(p)]
    if people:
        return list(dict.fromkeys(people))
    agencies = [p for p in pieces if p.casefold() in AGENCIES]
    if agencies:
        return agencies[:1]
    if pieces:
        first = pieces[0]
        if 1 <= len(first.split()) <= 5 and first[:1].isalnum():
            return [first]
    return []


@lru_cache(maxsize=_CACHE_LINES)
def match(text: str) -> str | None:
    """The byline part of a line, or None when the line is not a byline."""
    words = text.split()
    if not words or len(words) > _MAX_WORDS + 6:
        return None
    lead = _LEAD.match(text)
    if lead:
        rest = text[lead.end() :]
        if not rest or (not rest[:1].isalpha() and rest[:1] != "@"):
            return None
        # `by` must be followed by a name, not a sentence (`By then, ...`)
        if rest.split()[0].casefold().strip(",.;:") in _NOT_NAME_STARTS and not _names_agency(rest):
            return None
        if len(words) > _MAX_SENTENCE_WORDS and text.endswith("."):
            return None  # a sentence that starts with `By`
        return text if authors(text) else None
    bare = text.strip(" ,.")
    if bare.casefold() in AGENCIES:
        return text
    # `Jane Doe | Reuters`, `PTI, Washington,`
    head = _FIRST_FIELD.split(bare, maxsplit=1)[0]
    if head.casefold() in AGENCIES and len(words) <= 6:
        return text
    if "|" in bare and _looks_like_name(head):
        return text
    return None


def is_lead_only(text: str) -> bool:
    """A byline label standing alone (`Author:`, `By`), the name on the next line."""
    m = _LEAD.match(text + " ")
    return m is not None and not text[m.end() - 1 :].strip()


@lru_cache(maxsize=_CACHE_LINES)
def looks_like_name_line(text: str) -> bool:
    """A line that is just a person's name (`Nadia Okafor`, `Luis De
    LeonView More Articles`): a byline only when it sits beside other header
    lines, which the caller decides. Names have no function words and are not
    shouted in capitals."""
    if len(text) > _MAX_NAME_LINE or not text[:1].isupper():
        return False
    bare = _TAIL.split(_CONTACT.sub(" ", text), maxsplit=1)[0].strip(" ,.|")
    words = bare.split()
    if not 2 <= len(words) <= 4 or bare.isupper():
        return False
    if any(w.casefold() in NOT_NAME_WORDS for w in words):
        return False
    return _looks_like_name(bare)
