"""The article draft that paragraph rules work on, after line labelling and
paragraph assembly."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Dateline, ParseWarning, Quote
from ..paragraphs import Paragraph


@dataclass(frozen=True, slots=True)
class QuoteSite:
    """Where a quotation's marks stand, beside its `Quote`: the opening and
    closing mark offsets (None when the quotation runs on from the paragraph
    before, or on into the next) and whether it continues the previous
    paragraph's quotation (one speaker across paragraphs)."""

    open: int | None
    close: int | None
    continues: bool


@dataclass(slots=True)
class Draft:
    headline: str | None
    byline: str | None
    bullets: list[Paragraph]
    body: list[Paragraph]
    dateline: Dateline | None = None
    quotes: list[Quote] = field(default_factory=list)
    quote_sites: list[QuoteSite] = field(default_factory=list)  # one per quote, same order
    warnings: list[ParseWarning] = field(default_factory=list)

    def fields(self) -> list[tuple[str, int, Paragraph]]:
        """Bullets then body, as (field, index, paragraph): the order quotes are read in."""
        return [("bullets", k, p) for k, p in enumerate(self.bullets)] + [
            ("body", k, p) for k, p in enumerate(self.body)
        ]
