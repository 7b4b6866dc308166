"""Paragraph rules, run in order over the assembled article: a new rule is one
module with a `rule(draft)` function and one row in `PARAGRAPH_RULES`."""

from __future__ import annotations

from collections.abc import Callable

from . import dateline, quotes, speakers, truncation
from .draft import Draft

ParagraphRule = Callable[[Draft], None]

PARAGRAPH_RULES: tuple[tuple[str, ParagraphRule], ...] = (
    ("dateline", dateline.rule),
    ("quotes", quotes.rule),
    ("speakers", speakers.rule),
    ("truncation", truncation.rule),
)

__all__ = ["PARAGRAPH_RULES", "Draft", "ParagraphRule"]
