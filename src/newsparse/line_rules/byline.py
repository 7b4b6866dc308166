"""Byline rule: the byline near the article's header (`By Jane Doe and John Roe`,
`Jane Doe | Reuters`, a bare name the evidence found beside the header's other
lines, the line after a lone `By`); the first one found is the article's."""

from __future__ import annotations

from ..state import BOILERPLATE, BYLINE, ArticleState, LineLabel, Part


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.plan.zone(i) == "body" or state.byline is not None or not state.near_article(i):
        return None
    text = state.text(i)
    number = state.lines[i].number
    if state.of(i).lead_only:
        return LineLabel(number, (Part(BOILERPLATE, text),), "byline", "byline label")
    previous = state.previous_nonblank(i)
    if previous is not None and state.of(previous).lead_only:
        return LineLabel(number, (Part(BYLINE, text),), "byline", "after a byline label")
    found = state.of(i).byline
    if found is None and state.ev.anchors[i] is not None:
        found = text  # a bare name the layout found beside the header's other lines
    if found is None:
        return None
    return LineLabel(number, (Part(BYLINE, found),), "byline", "byline")
