"""Dateline rule: cut the place/agency/date prefix off the first body paragraph
(the styles it knows are in `evidence.datelines`)."""

from __future__ import annotations

from dataclasses import replace

from ..evidence.datelines import is_place_line, match
from ..model import Dateline
from .draft import Draft


def rule(draft: Draft) -> None:
    if not draft.body:
        return
    first = draft.body[0]
    if is_place_line(first.text) and len(draft.body) > 1:
        draft.dateline = Dateline(first.text, first.text, None, None)
        draft.body = draft.body[1:]
        return
    found = match(first.text)
    if found is None:
        return
    draft.dateline, rest = found
    draft.body[0] = replace(first, text=rest)
