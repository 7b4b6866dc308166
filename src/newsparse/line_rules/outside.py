"""Outside rule, last in the table: a line no other rule claimed is furniture
when it stands outside the body (menus, kickers, standfirsts, footers)."""

from __future__ import annotations

from ..state import BOILERPLATE, ArticleState, LineLabel, Part

_WHY = {
    "pre": "above the headline",
    "header": "in the header, not a known header line",
    "post": "below the article body",
    "body": "inside the body",
}


def rule(state: ArticleState, i: int) -> LineLabel:
    zone = state.plan.zone(i)
    return LineLabel(state.lines[i].number, (Part(BOILERPLATE, state.text(i)),), "outside", _WHY[zone])
