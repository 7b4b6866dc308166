"""The article draft that paragraph rules work on, after line labelling and
paragraph assembly."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Dateline, ParseWarning, Quote
from ..paragraphs import Paragraph


@dataclass(slots=True)
class Draft:
    headline: str | None
    byline: str | None
    bullets: list[Paragraph]
    body: list[Paragraph]
    dateline: Dateline | None = None
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    def fields(self) -> list[tuple[str, int, Paragraph]]:
        """Bullets then body, as (field, index, paragraph): the order quotes are read in."""
        return [("bullets", k, p) for k, p in enumerate(self.bullets)] + [
            ("body", k, p) for k, p in enumerate(self.body)
        ]
