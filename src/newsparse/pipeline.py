"""The pipeline: text in, records out.

    text ─ split_lines ─ measure ─ layout ─ LINE_RULES ─ assemble ─ PARAGRAPH_RULES ─ Record

`parse_text` and `parse_file` are the library API; `explain_text` returns the
same records with the label every line got, for `newsparse parse --explain`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from .features import Features, measure
from .layout import Layout, layout
from .line_rules import LINE_RULES, byline
from .model import ParseWarning, Record, Source
from .paragraph_rules import PARAGRAPH_RULES, Draft
from .paragraphs import assemble
from .reading import Piece, open_input, read_pieces
from .state import ArticleState, LineLabel, Zones
from .text import Line, might_be_mojibake, repair_mojibake, split_lines
from .unwrap import unwrap


@dataclass(frozen=True, slots=True)
class Article:
    """A record with the decision taken for each of its non-blank lines."""

    record: Record
    labels: tuple[LineLabel, ...]


def reference_time(now: dt.datetime | None, mtime: float | None = None) -> dt.datetime:
    """The time relative dates are resolved against: `now`, else the file's
    modification time, else the current time (always timezone-aware)."""
    if now is not None:
        return now if now.tzinfo else now.replace(tzinfo=dt.UTC)
    if mtime is not None:
        return dt.datetime.fromtimestamp(int(mtime), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def explain_text(
    text: str,
    *,
    now: dt.datetime | None = None,
    path: str | None = None,
    mtime: float | None = None,
    first_line: int = 1,
    notes: Sequence[ParseWarning] = (),
) -> list[Article]:
    """Parse `text` and keep every line's label. `first_line` numbers the lines of
    a piece of a larger input; `notes` are warnings about the whole input (an
    encoding that was guessed), given to every record."""
    reference = reference_time(now, mtime)
    lines = unwrap(split_lines(text, first_line))
    repaired = repair_mojibake(lines) if might_be_mojibake(text) else []
    features: list[Features | None] = [measure(line.text) if line.text else None for line in lines]
    articles = []
    found = layout(lines, features, reference)
    for index, zones in enumerate(found.articles):
        state = _label_lines(lines, features, found, zones, reference)
        fixed = [
            ParseWarning("mojibake-repaired", r.message, lines[r.index].number)
            for r in repaired
            if zones.start <= r.index < zones.stop
        ]
        record = _process(state, path or "-", index, [*notes, *fixed])
        if record is not None:
            articles.append(Article(record, tuple(state.labels[i] for i in sorted(state.labels))))
    return articles


def parse_text(
    text: str,
    *,
    now: dt.datetime | None = None,
    path: str | None = None,
    mtime: float | None = None,
    first_line: int = 1,
    notes: Sequence[ParseWarning] = (),
) -> list[Record]:
    """Parse scraped article text into one Record per article found.

    Pure apart from the clock: give `now` (or `mtime`) for output that depends on
    nothing but the arguments."""
    articles = explain_text(text, now=now, path=path, mtime=mtime, first_line=first_line, notes=notes)
    return [a.record for a in articles]


def parse_piece(
    piece: Piece, *, now: dt.datetime | None = None, path: str | None = None, mtime: float | None = None
) -> list[Record]:
    """Parse one piece of an input (see `reading.read_pieces`); article indices
    count from 0 within the piece (`renumber` shifts them)."""
    notes = (
        [ParseWarning("encoding-guessed", f"input is not UTF-8: read as {piece.encoding}", None)]
        if piece.guessed
        else []
    )
    return parse_text(piece.text, now=now, path=path, mtime=mtime, first_line=piece.first_line, notes=notes)


def renumber(records: list[Record], first_index: int) -> list[Record]:
    """Records of a piece numbered on from the articles of the pieces before it."""
    if first_index == 0 and all(r.source.index == k for k, r in enumerate(records)):
        return records
    return [replace(r, source=replace(r.source, index=first_index + k)) for k, r in enumerate(records)]


def iter_file(path: str, *, now: dt.datetime | None = None) -> Iterator[Record]:
    """The records of a file as it is read, in bounded memory whatever its size.
    Raises `InputError` when it cannot be read (possibly after some records)."""
    fh, mtime = open_input(path)
    with fh:
        # one reference time for the whole input, so relative dates in every piece agree
        reference = reference_time(now, mtime)
        count = 0
        for piece in read_pieces(fh):
            records = parse_piece(piece, now=reference, path=path)
            yield from records if piece.first_line == 1 else renumber(records, count)
            count += len(records)


def parse_file(path: str, *, now: dt.datetime | None = None) -> list[Record]:
    """Read and parse one file. Raises `InputError` when it cannot be read.
    Module-level and pure given `now`, so it can be shipped to worker processes
    (multiprocessing, Dask)."""
    return list(iter_file(path, now=now))


def _label_lines(
    lines: list[Line], features: list[Features | None], found: Layout, zones: Zones, reference: dt.datetime
) -> ArticleState:
    state = ArticleState(lines, features, found.anchors, found.keys, found.shown, zones, reference)
    for i in range(zones.start, zones.stop):
        if not lines[i].text:
            continue
        for _name, rule in LINE_RULES:
            label = rule(state, i)
            if label is not None:
                line = lines[i]
                state.apply(i, LineLabel(line.number, label.parts, label.rule, label.why, line.last))
                break
        state.seen.add(found.keys[i])
    return state


def _process(state: ArticleState, path: str, index: int, extra: list[ParseWarning]) -> Record | None:
    """Typed Record from the labelled state (runs the paragraph rules)."""
    labelled = sorted(state.labels)
    if not labelled:
        return None
    first, last = state.lines[labelled[0]].number, state.lines[labelled[-1]].last
    draft = Draft(state.headline, state.byline, assemble(state.bullets, state.lines), assemble(state.body, state.lines))
    for _name, rule in PARAGRAPH_RULES:
        rule(draft)
    warnings = list(state.warnings) + draft.warnings + extra
    for label in state.labels.values():
        for part in label.parts:
            if part.timestamp is not None and part.timestamp.iso is None:
                warnings.append(ParseWarning("unparseable-time", f"cannot read {part.text!r} as a time", label.line))
    warnings.sort(key=lambda w: (w.line or 0, w.code))
    return Record(
        source=Source(path, index, (first, last)),
        headline=state.headline,
        byline=state.byline,
        authors=tuple(byline.authors(state.byline)) if state.byline else (),
        published=state.published,
        updated=state.updated,
        bullets=tuple(p.text for p in draft.bullets),
        dateline=draft.dateline,
        body=tuple(p.text for p in draft.body),
        quotes=tuple(draft.quotes),
        captions=tuple(state.captions),
        boilerplate=tuple(state.boilerplate),
        warnings=tuple(warnings),
    )
