"""Line rules, in the order they are tried: the first rule that returns a label
for a line decides it. A new rule is one module with a `rule(state, i)` function
and one row in `LINE_RULES`. The rules for the lines the decisions chose
(headline, times, byline) come first, so that nothing undoes a decision.
"""

from __future__ import annotations

from collections.abc import Callable

from ..state import ArticleState, LineLabel
from . import boilerplate, bullet, byline, caption, headline, outside, paragraph, timestamp

LineRule = Callable[[ArticleState, int], "LineLabel | None"]

LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    ("headline", headline.rule),
    ("timestamp", timestamp.rule),
    ("byline", byline.rule),
    ("boilerplate", boilerplate.rule),
    ("caption", caption.rule),
    ("bullet", bullet.rule),
    ("paragraph", paragraph.rule),
    ("outside", outside.rule),
)

__all__ = ["LINE_RULES", "LineRule"]
