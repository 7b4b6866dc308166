"""Unwrapping: hard-wrapped lines become the logical lines they were cut from.

Text saved from e-mail, terminals or plain-text feeds is often wrapped at a
fixed width, so one paragraph spans several physical lines. Every later stage
judges a line by its shape (is it prose? a title? a byline?), and a fragment of
a wrapped sentence has the shape of none of them; so wrapped lines are joined
first. A line continues on the next when it stops mid-sentence and the next
line starts the way a continuation does: with a lower-case letter or a digit,
or after a comma or a joining word. A joined line keeps the number of its first
physical line and records its last (`Line.last`), so every physical line is
still accounted for.
"""

from __future__ import annotations

import regex

from .evidence import bylines
from .evidence.features import is_furniture
from .text import Line

# A wrapped line is at least this long: menus, bylines and list items are shorter.
MIN_WRAPPED_CHARS = 30
# Where a sentence (or a clause that may stand alone) ends.
_ENDS = regex.compile(r"[.!?…:;。！？]['\"’”»)\]]*$")
_CONTINUES_AFTER = regex.compile(r"[,\-–—(]$")
_STARTS_LIKE_CONTINUATION = regex.compile(r"^[\p{Ll}(\"“‘'’]")
_LAST_WORD = regex.compile(r"(\w+)$")
_CJK_COMMAS = ("、", "，")
_QUOTE_MARKS = "\"“‘'’"
# Words a sentence cannot end on: a line ending with one runs on.
JOINING_WORDS = frozenset(
    "a an the of to in on at for with from by into onto than and or but nor that which who whose "
    "whom as if because while although when where its their his her our your my this these those".split()
)


def _continues(line: str, following: str) -> bool:
    if not following or _ENDS.search(line):
        return False
    if line.endswith(_CJK_COMMAS):
        # CJK text wraps anywhere; a clause comma at the end means the sentence goes on
        return not is_furniture(following)
    if len(line) < MIN_WRAPPED_CHARS:
        return False
    # a continuation is itself a line of the paragraph: as long as a wrapped
    # line, or the paragraph's end; not a byline or furniture under a title
    if len(following) < MIN_WRAPPED_CHARS and not _ENDS.search(following):
        return False
    if is_furniture(following) or bylines.match(following) is not None:
        return False
    last = _LAST_WORD.search(line)
    if _CONTINUES_AFTER.search(line) or (last is not None and last.group(1).casefold() in JOINING_WORDS):
        return True
    # an opening quotation mark continues a sentence only before a lower-case word
    opens_quote = following[:1] in _QUOTE_MARKS
    return bool(_STARTS_LIKE_CONTINUATION.match(following)) and (not opens_quote or following[1:2].islower())


def _join(text: str, following: str) -> str:
    # after a line-end hyphen, join without a space and keep the hyphen
    # (`US-` + `backed`): no character of the input is lost; CJK needs no space
    return text + following if text.endswith(("-", *_CJK_COMMAS)) else text + " " + following


def unwrap(lines: list[Line]) -> list[Line]:
    """Lines with hard-wrapped runs joined; blank lines are kept as they are."""
    out: list[Line] = []
    for line in lines:
        if out and line.text and out[-1].text and _continues(out[-1].text, line.text):
            prev = out[-1]
            out[-1] = Line(prev.number, _join(prev.text, line.text), line.last)
        else:
            out.append(line)
    return out
