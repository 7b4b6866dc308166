"""Caption rule: photo and video captions and their credits.

A credit names a photographer or agency (`Sanjeev Verma/Hindustan Times/Getty
Images`, `(Manu Fernandez/AP)`, `Credit: Getty`); a caption is a line ending in a
credit, starting like one (`FILE - ...`, `Pictured: ...`), or standing directly
above a credit line as a block of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..state import CAPTION, ArticleState, LineLabel, Part
from ..vocab.credits import CAPTION_PREFIXES, CREDIT_WORDS

# Layout and the rules ask about the same line several times: answers are kept.
_CACHE_LINES = 4096
_TRAILING_CREDIT = regex.compile(
    r"""(?ix)(?:
        \((?:[^()]*(?:photo|image|credit|courtesy|getty|/ap|ap/|afp|reuters|file|\.com)[^()]*)\)  # (AP Photo/Jane Doe)
      | credit:.*
      | \b(?:photo(?:graph)?|image|picture)(?:\s+by|:)\s.*                # Photograph by Jane Doe/AFP
      | (?:\bgetty\ images|\bshutterstock|/\s?ap|/\s?afp|/\s?reuters)(?:\ file)?    # ... / Reuters file
      | \((?:ap|afp|reuters|getty|epa|efe|ians|pti|ani|xinhua|file)\)                  # ... (AP)
      | [(\[][^()\[\]]*\b(?:via|photo|image|getty|courtesy|credit|file)\b[^()\[\]]*[)\]]   # [SpaceX via Nasa]
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
    return bool(_SLASHED_NAMES.match(text)) and "/" in text


# Where people stand in a picture: `(left)`, `(R)`, `(center)`.
_PICTURE_POSITION = regex.compile(r"(?i)\((?:left|right|center|centre|l|r|c|top|bottom|front|back)\)|\bpictured\b")


def has_trailing_credit(text: str) -> bool:
    # a credit stands at the end: only the line's tail is searched, so the cost
    # does not grow with the line
    return bool(_TRAILING_CREDIT.search(text[-_CREDIT_TAIL_CHARS:]))


@lru_cache(maxsize=_CACHE_LINES)
def describes_picture(text: str) -> bool:
    """A caption's tell-tales: a credit at the end or positions of people."""
    return has_trailing_credit(text) or bool(_PICTURE_POSITION.search(text))


def _is_block_of_two(state: ArticleState, i: int) -> bool:
    """Line i and i+1 form a block with blank lines around it."""
    lines = state.lines
    before_blank = i == 0 or not lines[i - 1].text
    after_blank = i + 2 >= len(lines) or not lines[i + 2].text
    return before_blank and after_blank and i + 1 < len(lines) and bool(lines[i + 1].text)


def rule(state: ArticleState, i: int) -> LineLabel | None:
    text = state.text(i)
    number = state.lines[i].number
    if is_credit(text):
        return LineLabel(number, (Part(CAPTION, text),), "caption", "picture credit")
    if describes_picture(text) or text.casefold().startswith(CAPTION_PREFIXES):
        return LineLabel(number, (Part(CAPTION, text),), "caption", "caption with credit")
    nxt = i + 1
    if nxt < state.zones.stop and state.lines[nxt].text and is_credit(state.lines[nxt].text):
        zone = state.zones.zone(i)
        if zone != "body" or _is_block_of_two(state, i):
            return LineLabel(number, (Part(CAPTION, text),), "caption", "line above a picture credit")
    return None
