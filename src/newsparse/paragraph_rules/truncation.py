"""Truncation rule: warn about a paragraph that stops mid-sentence, as scrapes
cut off by a paywall or a length limit do."""

from __future__ import annotations

import regex

from ..model import ParseWarning
from .draft import Draft

# A paragraph this long that ends without closing punctuation was cut off.
MIN_WORDS = 12
_ENDS_OPEN = regex.compile(r"[\p{L}\p{N},]")


def rule(draft: Draft) -> None:
    # bullets are written without a full stop; only body paragraphs are checked
    for field, _index, para in draft.fields():
        if field != "body":
            continue
        text = para.text.rstrip()
        # only the last character is tested (a search for `...$` would scan the paragraph)
        if _ENDS_OPEN.fullmatch(text[-1:]) and len(text.split()) >= MIN_WORDS:
            draft.warnings.append(
                ParseWarning(
                    "truncated-paragraph",
                    f"{field} paragraph ends mid-sentence: …{text[-30:]!s}",
                    para.last_line,
                )
            )
