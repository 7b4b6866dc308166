"""Paragraph rule: lines inside the body core are article text, unless they are
an inline promotion (a run of short headline-like lines under a `Related` or
`More` heading, or a long line in capitals that links to another story)."""

from __future__ import annotations

from ..state import BODY, BOILERPLATE, ArticleState, LineLabel, Part

# An all-capitals line this long inside the body is a promo link, not a subhead.
_PROMO_CAPS_WORDS = 8


def rule(state: ArticleState, i: int) -> LineLabel | None:
    if state.plan.zone(i) != "body":
        return None
    text = state.text(i)
    f = state.feat(i)
    number = state.lines[i].number
    if f.list_heading:
        return LineLabel(number, (Part(BOILERPLATE, text),), "paragraph", "heading of a list of stories")
    if f.sitewide:
        return LineLabel(number, (Part(BOILERPLATE, text),), "paragraph", "site-wide notice")
    if f.words >= _PROMO_CAPS_WORDS and not f.cjk and _mostly_capitals(text):
        return LineLabel(number, (Part(BOILERPLATE, text),), "paragraph", "promo link in capitals")
    if not f.prose and not state.in_listing(i) and _under_promo_heading(state, i):
        return LineLabel(number, (Part(BOILERPLATE, text),), "paragraph", "promo list")
    return LineLabel(number, (Part(BODY, text),), "paragraph", "body text")


def _mostly_capitals(text: str) -> bool:
    """Capitals but for a stray lower-case letter or two (`... AT AMAs ...`)."""
    if sum(map(str.islower, text[:40])) > 4:
        return False  # ordinary text: decided from its start, not counted through
    lower = sum(map(str.islower, text))
    upper = sum(map(str.isupper, text))
    return upper > 0 and lower * 10 <= upper


def _under_promo_heading(state: ArticleState, i: int) -> bool:
    """Whether the line belongs to a list under a furniture heading (`Related`,
    `More from ...`), with no blank line or prose in between."""
    j = i - 1
    while j >= state.plan.start and state.lines[j].text:
        label = state.labels.get(j)
        if label is None:
            return False
        if label.why in _LIST_STARTS:
            # the first line under `Advertisement` with prose right after it is a
            # subheading the ad was set above, not a list
            return not (label.why == "page furniture" and j == i - 1 and _prose_follows(state, i))
        if label.why != "promo list":
            return False
        j -= 1
    return False


def _prose_follows(state: ArticleState, i: int) -> bool:
    after = i + 1
    return after < state.plan.stop and bool(state.lines[after].text) and state.feat(after).prose


# Labels (their `why`) that can head a promo list.
_LIST_STARTS = frozenset({"page furniture", "heading of a list of stories"})
