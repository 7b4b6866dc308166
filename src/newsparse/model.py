"""The record model: what `newsparse parse` produces, one Record per article.

Every class is a frozen, slotted dataclass so records are cheap, hashable where
their fields allow, picklable (for multiprocessing and Dask) and cannot be changed
by accident after the pipeline has built them. `to_dict()` gives the JSON shape of
`record.schema.json`, keys in the order the record contract fixes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_ID = "newsparse/record@1"


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from: input path (`-` for stdin), 0-based article
    index within that input, the 1-based inclusive line range it covers, and what
    a scrape record said of the page: its `url` (else the HTML's canonical URL)
    and its `id` (None when the input said nothing)."""

    path: str
    index: int
    lines: tuple[int, int]
    url: str | None = None
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "index": self.index, "lines": list(self.lines), "url": self.url, "id": self.id}


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A published or updated time as the page writes it.

    `iso` is ISO 8601 at the precision the text gives (`2023-12-21`,
    `2023-12-21T10:05`, `2023-12-21T10:05:00+05:00`), or None when the text could
    not be read as a time. Relative forms (`10 sec ago`) carry `relative=True` and
    the reference time they were resolved against in `reference`. `utc` is the
    same instant in UTC (`2023-12-21T05:05:00Z`) when it is known: a zone is
    written or given (`--tz`), or the time is counted back from the (zoned)
    reference (`3 hours ago`); None for a date alone or a wall-clock time in an
    unknown zone.
    """

    text: str
    iso: str | None
    precision: str | None
    relative: bool = False
    reference: str | None = None
    utc: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "iso": self.iso,
            "precision": self.precision,
            "relative": self.relative,
            "reference": self.reference,
            "utc": self.utc,
        }


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place/agency/date prefix cut off the first body paragraph
    (`WASHINGTON, Dec 21 (Reuters) -`)."""

    text: str
    place: str | None
    agency: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "place": self.place, "agency": self.agency, "date": self.date}


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: `record[field][index][start:end] == text`."""

    text: str
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    partial: bool
    field: str
    index: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "cue": self.cue,
            "partial": self.partial,
            "field": self.field,
            "index": self.index,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something that looked wrong. `code` is a stable kebab-case word (the
    README lists them); `line` is the 1-based input line, when one applies."""

    code: str
    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "line": self.line}


@dataclass(frozen=True, slots=True)
class Record:
    """One article. Field order here is the key order of the JSON output."""

    source: Source
    headline: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: Timestamp | None = None
    updated: Timestamp | None = None
    bullets: tuple[str, ...] = ()
    dateline: Dateline | None = None
    body: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    captions: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    schema: str = field(default=SCHEMA_ID)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "source": self.source.to_dict(),
            "headline": self.headline,
            "byline": self.byline,
            "authors": list(self.authors),
            "published": self.published.to_dict() if self.published else None,
            "updated": self.updated.to_dict() if self.updated else None,
            "bullets": list(self.bullets),
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "body": list(self.body),
            "quotes": [q.to_dict() for q in self.quotes],
            "captions": list(self.captions),
            "boilerplate": list(self.boilerplate),
            "warnings": [w.to_dict() for w in self.warnings],
        }
