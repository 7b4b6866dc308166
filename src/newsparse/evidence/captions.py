"""Caption evidence: picture credits and the tell-tales of a caption.

A credit names a photographer or agency (`Sanjeev Verma/Hindustan Times/Getty
Images`, `(Manu Fernandez/AP)`, `Credit: Getty`); a caption ends in a credit,
names where people stand in the picture, or starts like one (`FILE - ...`,
`Pictured: ...`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..vocab.credits import CAPTION_PREFIXES, CREDIT_WORDS

# The pages of one site repeat their furniture and their credit lines: answers are kept.
_CACHE_LINES = 4096
_TRAILING_CREDIT = regex.compile(
    r"""(?ix)(?:
        \((?!\s*(?:photos|pictures|images)\s*\))  # a headline's `(photos)` tags a gallery, credits no one
        (?:[^()]*(?:photo|image|credit|courtesy|getty|/ap|ap/|afp|reuters|file|\.com)[^()]*)\)  # (AP Photo/Jane Doe)
      | credit:.*
      | \b(?:photo(?:graph)?|image|picture)(?:\s+by|:)\s.*                # Photograph by Jane Doe/AFP
      | (?:\bgetty\ images|\bshutterstock|/\s?ap|/\s?afp|/\s?reuters)(?:\ file)?    # ... / Reuters file
      | \((?:ap|afp|reuters|getty|epa|efe|ians|pti|ani|xinhua|file)\)                  # ... (AP)
      | [(\[][^()\[\]]*\b(?:via|photo|image|getty|courtesy|credit|file)\b[^()\[\]]*[)\]]   # [SpaceX via Nasa]
      | (?<=[.!?]["”’]?\s?)\(\p{Lu}[\p{L}.'’\-\ ]{1,40}/\s?\p{Lu}[\p{L}.'’\-\ ]{1,40}\)  # Friday. (Jo Roe/The Post)
      | (?<=[.!?]["”’]?\s?)\(\p{Lu}{3,5}\)(?-i:(?<=\(\p{Lu}+\)))  # Tuesday.(KQRV)
    )\s*$"""
)
# Credit words as whole words (`epa` must not match inside `defensive`).
_CREDIT_WORD = regex.compile(
    "|".join(
        (r"(?<![\w])" if w[0].isalnum() else "") + regex.escape(w) + (r"(?![\w])" if w[-1].isalnum() else "")
        for w in sorted(CREDIT_WORDS, key=len, reverse=True)
    ),
    regex.IGNORECASE,
)
_CREDIT_HINT = re.compile("|".join(re.escape(w.casefold()) for w in CREDIT_WORDS))
_SLASHED_NAMES = regex.compile(r"^\p{Lu}[\p{L}.'’\- ]+(?:\s*/\s*\p{Lu}[\p{L}.'’\- ]+)+$")
_MAX_CREDIT_WORDS = 10
# Words of page controls written with slashes (`View/Post Comments`, `Print/Email`), never a credit's names.
_NOT_NAMES = regex.compile(r"(?i)\b(?:comments?|view|post|print|e-?mail|share|log\s?in|sign\s?in|register)\b")
# How much of a line's end a trailing credit may take.
_CREDIT_TAIL_CHARS = 200


@lru_cache(maxsize=_CACHE_LINES)
def is_credit(text: str) -> bool:
    """A short line that credits a picture."""
    if text.count(" ") >= _MAX_CREDIT_WORDS:
        return False  # more words than a credit has (cheaper than splitting)
    words = text.split()
    if not words or len(words) > _MAX_CREDIT_WORDS:
        return False
    # the word pattern is slow (a long case-insensitive alternation): every match
    # holds a credit word as a case-folded substring, so test for one first
    if _CREDIT_HINT.search(text.casefold()) and _CREDIT_WORD.search(text):
        return True
    return bool(_SLASHED_NAMES.match(text)) and "/" in text and not _NOT_NAMES.search(text)


# Where people stand in a picture: `(left)`, `(R)`, `(center)`.
_PICTURE_POSITION = regex.compile(r"(?i)\((?:left|right|center|centre|l|r|c|top|bottom|front|back)\)|\bpictured\b")


# Every _TRAILING_CREDIT match ends in a bracket or holds one of these: a cheap
# test that spares most lines the pattern.
_CREDIT_TAIL_WORDS = ("credit", "photo", "image", "picture", "getty", "shutterstock", "/")


def has_trailing_credit(text: str) -> bool:
    # a credit stands at the end: only the line's tail is searched, so the cost
    # does not grow with the line
    tail = text[-_CREDIT_TAIL_CHARS:]
    if not tail.rstrip().endswith((")", "]")):
        folded = tail.casefold()
        if not any(word in folded for word in _CREDIT_TAIL_WORDS):
            return False
    return bool(_TRAILING_CREDIT.search(tail))


@lru_cache(maxsize=_CACHE_LINES)
def describes_picture(text: str) -> bool:
    """A caption's tell-tales: a credit at the end or positions of people."""
    if has_trailing_credit(text):
        return True
    return ("(" in text or "ictured" in text) and bool(_PICTURE_POSITION.search(text))


def starts_like_caption(text: str) -> bool:
    """A caption's opening words (`FILE - ...`, `Pictured: ...`)."""
    return text.casefold().startswith(CAPTION_PREFIXES)
