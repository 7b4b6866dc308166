"""Headline rule: the line the layout stage chose as the title (see
`decisions.headline`); a later copy of it is furniture (the boilerplate rule)."""

from __future__ import annotations

from ..state import HEADLINE, ArticleState, LineLabel, Part


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if i != state.plan.headline:
        return None
    return LineLabel(state.lines[i].number, (Part(HEADLINE, state.text(i)),), "headline", "the chosen headline")
