"""Timestamp rule: time lines around the article's header.

The decisions chose which time on which line is the published one and which
the updated one (`decisions.times`), and whether a time line also holds the
byline (`decisions.byline`); this rule files each part of such a line
accordingly. Any other time line near the header (a related story's date, a
second copy) is furniture, and so are the scraps around the times
(`21:17 18.11.2019Get short URL`).
"""

from __future__ import annotations

from ..evidence.anchors import TIME
from ..evidence.times import segments
from ..state import BOILERPLATE, BYLINE, PUBLISHED, UPDATED, ArticleState, LineLabel, Part


def rule(state: ArticleState, i: int) -> LineLabel | None:
    e = state.of(i)
    plan = state.plan
    picks = ((plan.published, PUBLISHED), (plan.updated, UPDATED))
    chosen = {pick.order: label for pick, label in picks if pick is not None and pick.index == i}
    if not chosen and state.ev.anchors[i] != TIME:
        return None
    byline = plan.byline.text if plan.byline is not None and plan.byline.index == i else None
    if not chosen and byline is None and (plan.zone(i) == "body" or not state.near_article(i)):
        return None
    parts: list[Part] = []
    order = 0
    for segment in segments(state.text(i), e.dates):
        if isinstance(segment, str):
            label = BYLINE if segment == byline and BYLINE not in (p.label for p in parts) else BOILERPLATE
            parts.append(Part(label, segment))
            continue
        label = chosen.get(order, BOILERPLATE)
        parts.append(Part(label, segment.timestamp.text, segment.timestamp if label != BOILERPLATE else None))
        order += 1
    why = "the chosen time" if chosen else "another time, not the article's"
    if any(m.fallback for m in e.dates):
        why += ", read by the fallback parser"
    return LineLabel(state.lines[i].number, tuple(parts), "timestamp", why)
