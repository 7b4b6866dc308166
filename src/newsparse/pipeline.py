"""The pipeline: text in, records out.

    text ─ split_lines ─ measure ─ layout ─ LINE_RULES ─ assemble ─ PARAGRAPH_RULES ─ Record

`parse_text` and `parse_file` are the library API; `explain_text` returns the
same records with the label every line got, for `newsparse parse --explain`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from .features import Features, furniture_key, measure
from .layout import layout
from .line_rules import LINE_RULES, byline
from .model import ParseWarning, Record, Source
from .paragraph_rules import PARAGRAPH_RULES, Draft
from .paragraphs import Paragraph, assemble
from .reading import read_path
from .state import ArticleState, LineLabel, Zones
from .text import Line, split_lines
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
    text: str, *, now: dt.datetime | None = None, path: str | None = None, mtime: float | None = None
) -> list[Article]:
    """Parse `text` and keep every line's label."""
    reference = reference_time(now, mtime)
    lines = unwrap(split_lines(text))
    features: list[Features | None] = [measure(line.text) if line.text else None for line in lines]
    articles = []
    found = layout(lines, features, reference)
    for index, zones in enumerate(found.articles):
        state = _label_lines(lines, features, found.anchors, found.shown, zones, reference)
        record = _process(state, path or "-", index)
        if record is not None:
            articles.append(Article(record, tuple(state.labels[i] for i in sorted(state.labels))))
    return articles


def parse_text(
    text: str, *, now: dt.datetime | None = None, path: str | None = None, mtime: float | None = None
) -> list[Record]:
    """Parse scraped article text into one Record per article found."""
    return [a.record for a in explain_text(text, now=now, path=path, mtime=mtime)]


def parse_file(path: str, *, now: dt.datetime | None = None) -> list[Record]:
    """Read and parse one file. Raises `InputError` when it cannot be read."""
    decoded, mtime = read_path(path)
    return parse_text(decoded.text, now=now, path=path, mtime=mtime)


def _label_lines(
    lines: list[Line],
    features: list[Features | None],
    anchors: list[str | None],
    shown: Counter[str],
    zones: Zones,
    reference: dt.datetime,
) -> ArticleState:
    state = ArticleState(lines, features, anchors, shown, zones, reference)
    for i in range(zones.start, zones.stop):
        if not lines[i].text:
            continue
        for _name, rule in LINE_RULES:
            label = rule(state, i)
            if label is not None:
                state.apply(i, replace(label, line=lines[i].number, last=lines[i].last))
                break
        state.seen.add(furniture_key(lines[i].text))
    return state


def _process(state: ArticleState, path: str, index: int) -> Record | None:
    """Typed Record from the labelled state (runs the paragraph rules)."""
    labelled = sorted(state.labels)
    if not labelled:
        return None
    first, last = state.lines[labelled[0]].number, state.lines[labelled[-1]].last
    bullets = [Paragraph(text, state.lines[i].number, state.lines[i].last) for i, text in state.bullets]
    draft = Draft(state.headline, state.byline, bullets, assemble(state.body, state.lines))
    for _name, rule in PARAGRAPH_RULES:
        rule(draft)
    warnings = list(state.warnings) + draft.warnings
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
