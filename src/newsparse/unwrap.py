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

import datetime as dt

import regex

from . import timestamps
from .evidence import bylines
from .evidence.features import ends_sentence, is_furniture
from .text import Line

# A wrapped line is at least this long: menus, bylines and list items are shorter.
MIN_WRAPPED_CHARS = 30
# How many times longer than a wrapped line the line after it may be (a link or
# a code word cut a browser's line short; a fixed width never halves a line).
_WIDER_NEXT_LINE = 2
# Where a clause goes on: a comma, a dash or an open bracket at the line's end.
_CONTINUES_AFTER = (",", "-", "–", "—", "(")
_STARTS_LIKE_CONTINUATION = regex.compile(r"^[\p{Ll}(\"“‘'’]")
_LAST_WORD = regex.compile(r"(\w+)$")
_CJK_COMMAS = ("、", "，")
# The ends of a byline that goes on to the next line's name.
_BYLINE_JOINS = (" and", " &", ",", " und", " et", " y", " e")
_NEXT_NAME_JOINS = ("and ", "& ")
_QUOTE_MARKS = "\"“‘'’"
# Words a sentence cannot end on: a line ending with one runs on.
JOINING_WORDS = frozenset(
    "a an the of to in on at for with from by into onto than and or but nor that which who whose "
    "whom as if because while although when where its their his her our your my this these those".split()
)


def _continues(end: str, length: int, following: str) -> bool:
    """Whether a line runs on into `following`, judged by the line's `length` and
    its `end`: the last physical line joined into it (the whole line when none
    was). Every check looks at the line's end only (a sentence end, a comma, its
    last word), and no end reaches back past the last physical line: a join puts
    a space, a hyphen or a CJK comma between two lines, and none of them is a
    word character, a closing mark or a sentence end. So joining a paragraph of
    any length costs time in proportion to its size, not its square."""
    if not following or ends_sentence(end):
        return False
    if end.endswith(_CJK_COMMAS):
        # CJK text wraps anywhere; a clause comma at the end means the sentence goes on
        return not is_furniture(following)
    if length < MIN_WRAPPED_CHARS:
        return False
    # a continuation is itself a line of the paragraph: as long as a wrapped
    # line, or the paragraph's end; not a byline or furniture under a title
    if len(following) < MIN_WRAPPED_CHARS and not ends_sentence(following):
        return False
    if is_furniture(following) or bylines.match(following) is not None or _time_line(following):
        return False
    last = _LAST_WORD.search(end)
    if end.endswith(_CONTINUES_AFTER):
        return True  # a comma, a dash, an open bracket (`LONDON, 12 Mar. (AGENCY) -` / `The ...`)
    if last is not None and last.group(1).casefold() in JOINING_WORDS:
        # before a capital, a line less than half as long as the next was not
        # cut at a fixed width (a wrapped line is about as long as the next, or
        # longer): its writer ended it there, on whatever word (a title over
        # its subtitle: `... nobody wanted to vote for` / `Inside the ...`)
        return not following[:1].isupper() or len(following) <= _WIDER_NEXT_LINE * length
    # an opening quotation mark continues a sentence only before a lower-case word
    opens_quote = following[:1] in _QUOTE_MARKS
    return bool(_STARTS_LIKE_CONTINUATION.match(following)) and (not opens_quote or following[1:2].islower())


# Any fixed reference does to tell whether a line is a time line.
_REFERENCE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
# A time line is short: a longer line is not scanned (it is prose).
MAX_TIME_LINE_CHARS = 80
# A time that takes this share of a line from its start makes it a time line.
_TIME_LINE_SHARE = 0.6


def _time_line(text: str) -> bool:
    """A line that is a time from its start (`miércoles 10 de febrero de 2021 ·
    12:35 pm`): languages that write weekdays and months in lower case start
    it like a sentence's continuation, but it is the next line of a header."""
    if not text[:1].islower() or len(text) > MAX_TIME_LINE_CHARS:
        return False
    found = timestamps.scan(text, _REFERENCE)
    return bool(found) and found[0].start == 0 and found[0].end >= _TIME_LINE_SHARE * len(text)


def byline_goes_on(line: str, following: str) -> bool:
    """`By Jane Roe and` / `Bo Park`, `By Jane Roe` / `and Bo Park`: a byline
    (one physical line) cut at its joining word goes on with the next line's name."""
    if line.endswith(_BYLINE_JOINS):
        name = following
    elif following.startswith(_NEXT_NAME_JOINS):
        name = following.split(None, 1)[1]
    else:
        return False
    return bylines.match(line) is not None and bylines.looks_like_name_line(name)


class _Joining:
    """A line being joined from physical lines. The text is put together once at
    the end: adding to a string at each line would make a paragraph of n lines
    cost n² time."""

    __slots__ = ("end", "first", "last", "length", "pieces")

    def __init__(self, line: Line) -> None:
        self.first = line
        self.pieces = [line.text]
        self.length = len(line.text)
        self.end = line.text  # the last physical line joined (see `_continues`)
        self.last = line.last

    def add(self, line: Line) -> None:
        # after a line-end hyphen, join without a space and keep the hyphen
        # (`US-` + `backed`): no character of the input is lost; CJK needs no space
        if not self.end.endswith(("-", *_CJK_COMMAS)):
            self.pieces.append(" ")
            self.length += 1
        self.pieces.append(line.text)
        self.length += len(line.text)
        self.end, self.last = line.text, line.last

    def line(self) -> Line:
        if len(self.pieces) == 1:
            return self.first
        return Line(self.first.number, "".join(self.pieces), self.last)


def unwrap(lines: list[Line]) -> list[Line]:
    """Lines with hard-wrapped runs joined; blank lines are kept as they are."""
    out: list[Line] = []
    joining: _Joining | None = None
    for line in lines:
        if (
            joining is not None
            and line.text
            and joining.first.text
            and (
                (len(joining.pieces) == 1 and byline_goes_on(joining.end, line.text))
                or _continues(joining.end, joining.length, line.text)
            )
        ):
            joining.add(line)
            continue
        if joining is not None:
            out.append(joining.line())
        joining = _Joining(line)
    if joining is not None:
        out.append(joining.line())
    return out
