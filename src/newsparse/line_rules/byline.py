"""Byline rule: the line the byline decision chose (`decisions.byline`), the
other writers' names it lists one a line under it, and the lone label (`By`,
`Author:`) standing above it."""

from __future__ import annotations

from ..state import BOILERPLATE, BYLINE, ArticleState, LineLabel, Part


def rule(state: ArticleState, i: int) -> LineLabel | None:
    pick = state.plan.byline
    if pick is None:
        return None
    number = state.lines[i].number
    text = state.text(i)
    if pick.index == i:
        at = text.find(pick.text)
        if at < 0 or pick.text == text:
            return LineLabel(number, (Part(BYLINE, text),), "byline", "the chosen byline")
        pieces = (text[:at].strip(), pick.text, text[at + len(pick.text) :].strip())
        parts = tuple(Part(BYLINE if k == 1 else BOILERPLATE, p) for k, p in enumerate(pieces) if p)
        return LineLabel(number, parts, "byline", "the chosen byline")
    if any(j == i for j, _ in pick.more):
        return LineLabel(number, (Part(BYLINE, text),), "byline", "another writer of the chosen byline")
    if state.of(i).lead_only and state.ev.count_nonblank(i + 1, pick.index) == 0 and i < pick.index:
        return LineLabel(number, (Part(BOILERPLATE, text),), "byline", "byline label")
    return None
