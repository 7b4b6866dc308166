"""Boilerplate rule: page furniture wherever it stands.

Known furniture lines (`Share`, `Advertisement`, `Read more: ...`), a repeat of
the headline, and a line the article already showed (`Associated Press
November 19, 2019` twice). Lines outside the article's header and body are
handled by the `outside` rule at the end of the table.
"""

from __future__ import annotations

from ..evidence.titles import title_like
from ..state import BOILERPLATE, ArticleState, LineLabel, Part

# A line the page shows this often (a caption under every photo) is furniture.
MIN_REPEATS = 3


def _label(state: ArticleState, i: int, why: str) -> LineLabel:
    return LineLabel(state.lines[i].number, (Part(BOILERPLATE, state.text(i)),), "boilerplate", why)


def rule(state: ArticleState, i: int) -> LineLabel | None:
    in_body = state.plan.zone(i) == "body"
    if in_body and state.in_listing(i):
        return None  # a line of a code listing or a table: furniture's words, the listing's repeats
    if state.feat(i).furniture:
        return _label(state, i, "page furniture")
    if state.plan.in_inset(i):
        return _label(state, i, "a box of links inside the body")
    key = state.of(i).key
    headline = state.plan.headline
    if state.headline is not None and headline is not None and key == state.of(headline).key:
        return _label(state, i, "repeated headline")
    # a repeat inside the body is furniture only when short (a long paragraph may
    # repeat), and not a subheading a contents list above the body showed first
    if key in state.seen and (not in_body or state.feat(i).words <= 12) and not _subheading(state, i, in_body):
        return _label(state, i, "repeated line")
    e = state.of(i)
    if state.ev.shown[key] >= MIN_REPEATS and not state.feat(i).prose and state.ev.anchors[i] is None and not e.credit:
        return _label(state, i, "shown again and again on the page")
    return None


def _subheading(state: ArticleState, i: int, in_body: bool) -> bool:
    """A title-like line shown first above the body (in a contents list) and now
    inside it: a subheading where it stands."""
    if not in_body or state.of(i).key in state.seen_in_body:
        return False
    return title_like(state.ev, i) or _numbered_heading(state, i)


def _numbered_heading(state: ArticleState, i: int) -> bool:
    """`3. Walk the Old Rope Walk trail`: a list article's numbered heading (its
    number keeps it from reading as a title)."""
    e, text = state.of(i), state.text(i)
    return (
        e.marker is not None
        and text[:1].isdigit()
        and 2 <= e.features.words <= 15
        and not e.features.ends_period
        and e.marker[:1].isupper()
    )
