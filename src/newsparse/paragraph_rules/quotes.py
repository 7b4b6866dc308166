"""Quotes rule: direct quotations in bullets and body, with their positions.

First version: finds spans between matching double quotation marks. Attribution
and speaker resolution are the `speakers` rule's job.
"""

from __future__ import annotations

import regex

from ..model import Quote
from .draft import Draft

_SPAN = regex.compile(r"“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"\n]+)\"")


def rule(draft: Draft) -> None:
    for field, index, para in draft.fields():
        for m in _SPAN.finditer(para.text):
            group = "curly" if m.group("curly") is not None else "straight"
            start, end = m.span(group)
            text = para.text[start:end].rstrip(",")
            end = start + len(text)
            if not text.strip():
                continue
            draft.quotes.append(Quote(text, None, None, None, False, field, index, start, end))
