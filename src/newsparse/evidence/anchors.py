"""Header anchors: the lines that say "an article's header is here".

A time line or a byline anchors a header; so does a bare name (`Nadia Okafor`)
standing beside a time, a byline or a social handle or shown twice in a row (an
author box), and the line after a lone byline label (`Author:`). An embedded
post's signature (`— Jane Doe (@jane) November 1, 2019`), a link (dates in its
path), an aside in brackets, a line of code or a table's row anchors nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..text import Line
from .features import code_or_table

if TYPE_CHECKING:
    from . import LineEvidence

TIME, BYLINE, NAME = "time", "byline", "name"
# A line this long is no header line.
MAX_ANCHOR_CHARS = 200
_SIGNATURE = regex.compile(r"^[—–-]\s|\(@\w+\)|https?://|www\.|^\(.*\)$")
# A name shown again within this many non-blank lines below is an author box's.
NAME_SHOWN_AGAIN = 3
# A short line carrying a social handle (`@jane`, `News reporter @jane`).
_HANDLE_LINE = regex.compile(r"^(?:\S+\s+){0,4}@\w{2,}$")


def signed_or_linked(text: str) -> bool:
    """An embedded post's signature, a link or an aside in brackets."""
    return bool(_SIGNATURE.search(text))


def _own_kind(text: str, e: LineEvidence) -> str | None:
    kind = TIME if e.times is not None else BYLINE if e.byline is not None else None
    if kind is None or len(text) > MAX_ANCHOR_CHARS or signed_or_linked(text):
        return None  # (most lines hold neither a time nor a byline: no pattern is tried on them)
    if code_or_table(text):
        return None  # a table's row or a line of code with a date in it heads no article
    return kind


def find_anchors(lines: Sequence[Line], of: Sequence[LineEvidence | None]) -> list[str | None]:
    """Each line's anchor kind (`time`, `byline`, `name`) or None."""
    anchors = [None if e is None else _own_kind(line.text, e) for line, e in zip(lines, of, strict=True)]
    nonblank = [i for i, e in enumerate(of) if e is not None]
    for k, i in enumerate(nonblank):
        e = of[i]
        if anchors[i] is not None or e is None:
            continue
        if e.lead_only and k + 1 < len(nonblank):
            anchors[i] = anchors[nonblank[k + 1]] = BYLINE
            continue
        if not e.name_line or e.features.furniture:
            continue  # `Next Post` has a name's shape but is page furniture
        near = nonblank[max(0, k - 4) : k + 5]
        if any(anchors[j] == BYLINE for j in near):
            continue  # the header has a proper byline: this name is a tag or a caption
        for j in nonblank[max(0, k - 2) : k + 3]:
            if j != i and (anchors[j] in (TIME, BYLINE) or _HANDLE_LINE.search(lines[j].text)):
                anchors[i] = NAME
                break
        else:
            # an author box shows its name twice (a picture's text and a link)
            if any(lines[j].text == lines[i].text for j in nonblank[k + 1 : k + 1 + NAME_SHOWN_AGAIN]):
                anchors[i] = NAME
    return anchors
