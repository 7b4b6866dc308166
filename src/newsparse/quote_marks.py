"""Quotation-mark scanning: which marks open, close or are apostrophes, and the
top-level quoted spans of one paragraph.

One pass over the marks, a stack for nesting: linear in the paragraph's length
whatever the marks are (a line of 100,000 `"` costs what reading it costs).

Double marks (`“ ” „ " « »`) always quote. Single marks (`‘ ’ ' ‚`) quote only when
they pair up: `’` between letters (`don’t`), before digits (`the ’90s`) or after a
plural (`ministers’`) with no single quote open is an apostrophe. Marks of the
other style inside a quote are nested quotes and belong to the outer one.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

DOUBLE = "double"
SINGLE = "single"

# Quotation marks: every double mark, and every single mark but one between two
# letters or digits (`don’t`, always an apostrophe; `[^\W_]` is exactly
# `str.isalnum()`). Stdlib `re`: it finds the first mark of a paragraph faster.
_QUOTING_MARKS = re.compile(r"[“”„‟\"«»‘’‚‛'](?:(?<=[“”„‟\"«»])|(?<![^\W_].)|(?![^\W_]))")
# What may stand right before an opening mark: a space, a bracket, a dash, a slash
# or another opening mark (`“‘` opens two quotes at once).
_OPENING_CONTEXT = frozenset(" \n([{—–-/“‘„«\"'")


class Role(enum.Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"  # a straight mark with no clear side: closes if one is open
    APOSTROPHE = "apostrophe"


@dataclass(frozen=True, slots=True)
class Mark:
    pos: int
    style: str
    role: Role


@dataclass(frozen=True, slots=True)
class Span:
    """A top-level quotation: the marks at `open`/`close` (None when the paragraph
    starts inside a quote or ends before it closes), the quoted words at
    `text[start:end]`."""

    open: int | None
    close: int | None
    style: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Scan:
    spans: tuple[Span, ...]
    stray_closes: tuple[int, ...]  # double closing marks with nothing open
    first_mark: Mark | None  # the first non-apostrophe mark, for continuations


def _left_flanking(prev: str, nxt: str) -> bool:
    return (prev in _OPENING_CONTEXT or prev.isspace()) and not nxt.isspace()


def _right_flanking(prev: str, nxt: str) -> bool:
    return not prev.isspace() and prev not in "([{" and (nxt.isspace() or not nxt.isalnum())


def classify(text: str, pos: int) -> Mark:
    """The mark at `text[pos]`, judged from its neighbours alone."""
    ch = text[pos]
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    left, right = _left_flanking(prev, nxt), _right_flanking(prev, nxt)
    if ch in "“„«‟":
        # `“` and German `«` close after a word (`Text« sagte`)
        return Mark(pos, DOUBLE, Role.CLOSE if right and not left and ch in "“«" else Role.OPEN)
    if ch == "»":
        # French sets `»` off with a space (`« Oui »,`): it closes; German `»Text` opens
        return Mark(pos, DOUBLE, Role.OPEN if left and not right and nxt.isalnum() else Role.CLOSE)
    if ch == "”":
        return Mark(pos, DOUBLE, Role.OPEN if left and not right else Role.CLOSE)
    if ch == '"':
        role = Role.OPEN if left and not right else Role.CLOSE if right and not left else Role.EITHER
        return Mark(pos, DOUBLE, role)
    # single marks
    if prev.isalnum() and nxt.isalnum():
        return Mark(pos, SINGLE, Role.APOSTROPHE)  # don’t, O’Brien
    if nxt.isdigit() and not prev.isalnum():
        return Mark(pos, SINGLE, Role.APOSTROPHE)  # the ’90s, ‘07
    if ch in "‘‚‛":
        return Mark(pos, SINGLE, Role.OPEN if not prev.isalnum() else Role.APOSTROPHE)
    if ch == "’":
        return Mark(pos, SINGLE, Role.CLOSE if not prev.isspace() else Role.APOSTROPHE)
    # straight single
    if left and not right:
        return Mark(pos, SINGLE, Role.OPEN)
    if right and not left:
        return Mark(pos, SINGLE, Role.CLOSE)
    return Mark(pos, SINGLE, Role.APOSTROPHE)


def marks(text: str) -> list[Mark]:
    """The marks in `text` that may quote: all but the apostrophes between two
    letters or digits (`don’t`), which `classify` would call apostrophes."""
    return [classify(text, m.start()) for m in _QUOTING_MARKS.finditer(text)]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Quoted words without surrounding spaces or the comma that joins the
    attribution (`“We left,” he said`)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


@dataclass(slots=True)
class _Pairing:
    spans: list[Span]
    stray: list[int]
    unclosed_singles: list[int]
    first: Mark | None


def _pair(text: str, found: list[Mark], ignored: set[int]) -> _Pairing:
    stack: list[Mark] = []
    open_count = {DOUBLE: 0, SINGLE: 0}  # so a close needs no walk down the stack to know
    out = _Pairing([], [], [], None)
    for mark in found:
        if mark.role is Role.APOSTROPHE or mark.pos in ignored:
            continue
        role = mark.role
        if role is Role.EITHER:
            role = Role.CLOSE if open_count[mark.style] else Role.OPEN
        if role is Role.CLOSE and not open_count[mark.style]:
            if mark.style == DOUBLE:
                out.stray.append(mark.pos)
            continue  # a closing single with nothing open is an apostrophe (`ministers’`)
        if out.first is None:
            out.first = Mark(mark.pos, mark.style, role)
        if role is Role.OPEN:
            stack.append(mark)
            open_count[mark.style] += 1
            continue
        depth = len(stack) - 1
        while stack[depth].style != mark.style:  # amortised: everything walked is dropped
            depth -= 1
        opener = stack[depth]
        for inner in stack[depth:]:
            open_count[inner.style] -= 1
            if inner.style == SINGLE and inner is not opener:
                out.unclosed_singles.append(inner.pos)
        del stack[depth:]
        if depth == 0:
            start, end = _trimmed(text, opener.pos + 1, mark.pos)
            if end > start:
                out.spans.append(Span(opener.pos, mark.pos, opener.style, start, end))
    for k, opener in enumerate(stack):
        # An unclosed single mark quotes only at the very start of a paragraph (a
        # quote running on into the next); elsewhere it was an apostrophe.
        if opener.style == SINGLE and (k or text[: opener.pos].strip()):
            out.unclosed_singles.append(opener.pos)
        elif k == 0:
            start, end = _trimmed(text, opener.pos + 1, len(text))
            if end > start:
                out.spans.append(Span(opener.pos, None, opener.style, start, end))
    return out


_NOTHING = Scan((), (), None)


def scan(text: str) -> Scan:
    """Top-level quoted spans of one paragraph, in order."""
    found = marks(text)
    if not found:
        return _NOTHING
    ignored: set[int] = set()
    pairing = _pair(text, found, ignored)
    # Single marks that never closed were apostrophes after all (`rock ‘n roll`);
    # pair again without them, twice at most, so the cost stays linear.
    for _ in range(2):
        if not pairing.unclosed_singles:
            break
        ignored.update(pairing.unclosed_singles)
        pairing = _pair(text, found, ignored)
    return Scan(tuple(pairing.spans), tuple(pairing.stray), pairing.first)
