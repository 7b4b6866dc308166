"""The pipeline: text in, records out, one way through these stages:

    text ─ split_lines, unwrap ─ evidence.gather ─ decisions.decide ─ LINE_RULES
         ─ paragraphs.assemble ─ PARAGRAPH_RULES ─ Record

Lines are measured once (evidence); the decisions choose each article's span,
body and headline from that evidence; the line rules label every line from the
decisions and the line's evidence; paragraphs are assembled from the labels and
the paragraph rules (dateline, quotes, speakers) work on them.

`parse_text` and `parse_file` are the library API; `explain_text` returns the
same records with the label every line got, for `newsparse parse --explain`.
Each takes `tz`, the zone of times a page writes without one (`--tz`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .decisions import ArticlePlan, decide, describe
from .evidence import Evidence, gather
from .evidence.bylines import authors
from .htmltext import PageMeta
from .line_rules import LINE_RULES
from .model import ParseWarning, Record, Source
from .paragraph_rules import PARAGRAPH_RULES, Draft
from .paragraphs import assemble
from .reading import Piece
from .state import ArticleState, LineLabel
from .text import might_be_mojibake, repair_mojibake, split_lines
from .timestamps import in_zone
from .unwrap import unwrap
from .vocab.timezones import iana_zone

# A zone: an IANA name (`Europe/Berlin`) or a tzinfo; None for none.
ZoneArg = str | dt.tzinfo | None

if TYPE_CHECKING:
    from .inputs import LineProblem, ScrapeFields


@dataclass(frozen=True, slots=True)
class Article:
    """A record with the decision taken for each of its non-blank lines, and how
    the scored decisions (headline, byline, times) were taken."""

    record: Record
    labels: tuple[LineLabel, ...]
    decisions: tuple[str, ...] = ()


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
    tz: ZoneArg = None,
    meta: PageMeta | None = None,
) -> list[Article]:
    """Parse `text` and keep every line's label. `first_line` numbers the lines of
    a piece of a larger input; `notes` are warnings about the whole input (an
    encoding that was guessed), given to every record. `tz` (an IANA name or a
    tzinfo) is the zone of times the page writes without one: their `utc` is
    read in it, and so are day words and year-less dates against the reference.
    ValueError for a name that is no IANA zone. `meta` is what an HTML page said
    about itself (`htmltext.PageMeta`: title, times, authors, URL), evidence for
    the header choices beside the text."""
    return _articles(text, now, path, mtime, first_line, notes, tz, meta, explain=True)


def _articles(
    text: str,
    now: dt.datetime | None,
    path: str | None,
    mtime: float | None,
    first_line: int,
    notes: Sequence[ParseWarning],
    tz: ZoneArg,
    meta: PageMeta | None,
    *,
    explain: bool,
) -> list[Article]:
    """The articles of `text`; with `explain`, each with its scored decisions
    described (work `parse_text` does not need)."""
    zone = resolve_zone(tz)
    reference = reference_time(now, mtime)
    if zone is not None:
        reference = reference.astimezone(zone)
    lines = unwrap(split_lines(text, first_line))
    repaired = repair_mojibake(lines) if might_be_mojibake(text) else []
    ev = gather(lines, reference, meta)
    articles = []
    for index, plan in enumerate(decide(ev)):
        state = _label_lines(ev, plan)
        fixed = [
            ParseWarning("mojibake-repaired", r.message, lines[r.index].number)
            for r in repaired
            if plan.start <= r.index < plan.stop
        ]
        record = _process(state, path or "-", index, [*notes, *fixed])
        if record is not None and zone is not None:
            record = _in_zone(record, zone)
        if record is not None:
            labels = tuple(state.labels[i] for i in sorted(state.labels))
            articles.append(Article(record, labels, tuple(describe(ev, plan)) if explain else ()))
    return articles


def parse_text(
    text: str,
    *,
    now: dt.datetime | None = None,
    path: str | None = None,
    mtime: float | None = None,
    first_line: int = 1,
    notes: Sequence[ParseWarning] = (),
    tz: ZoneArg = None,
    meta: PageMeta | None = None,
) -> list[Record]:
    """Parse scraped article text into one Record per article found. `meta`: what
    the page's HTML said about itself, when the text came from HTML (see
    `explain_text`).

    Pure apart from the clock: give `now` (or `mtime`) for output that depends on
    nothing but the arguments. `tz` is the zone of times written without one
    (`"Europe/Berlin"` for a site known to be in Berlin)."""
    articles = _articles(text, now, path, mtime, first_line, notes, tz, meta, explain=False)
    return [a.record for a in articles]


def resolve_zone(tz: ZoneArg) -> dt.tzinfo | None:
    """The tzinfo a `tz` argument names; ValueError for a name that is no IANA zone."""
    return iana_zone(tz) if isinstance(tz, str) else tz


def _in_zone(record: Record, zone: dt.tzinfo) -> Record:
    published = in_zone(record.published, zone) if record.published is not None else None
    updated = in_zone(record.updated, zone) if record.updated is not None else None
    return replace(record, published=published, updated=updated)


def parse_piece(
    piece: Piece,
    *,
    now: dt.datetime | None = None,
    path: str | None = None,
    mtime: float | None = None,
    tz: ZoneArg = None,
) -> list[Record]:
    """Parse one piece of an input (see `reading.read_pieces`); article indices
    count from 0 within the piece (`renumber` shifts them)."""
    notes = (
        [ParseWarning("encoding-guessed", f"input is not UTF-8: read as {piece.encoding}", None)]
        if piece.guessed
        else []
    )
    return parse_text(piece.text, now=now, path=path, mtime=mtime, first_line=piece.first_line, notes=notes, tz=tz)


def renumber(records: list[Record], first_index: int) -> list[Record]:
    """Records of a piece numbered on from the articles of the pieces before it."""
    if first_index == 0 and all(r.source.index == k for k, r in enumerate(records)):
        return records
    return [replace(r, source=replace(r.source, index=first_index + k)) for k, r in enumerate(records)]


def iter_file(
    path: str,
    *,
    now: dt.datetime | None = None,
    fields: ScrapeFields | None = None,
    on_problem: Callable[[LineProblem], None] | None = None,
    tz: str | None = None,
) -> Iterator[Record]:
    """The records of a file as it is read, in bounded memory whatever its size:
    article text, HTML or JSON Lines scrape records (`inputs`), gzip or not.
    Raises `InputError` when it cannot be read (possibly after some records); a
    scrape record line that gives no page goes to `on_problem` when given. `tz`
    as for `parse_text` (an IANA name)."""
    from .inputs import iter_path

    yield from iter_path(path, now=now, fields=fields, on_problem=on_problem, tz=tz)


def parse_file(
    path: str,
    *,
    now: dt.datetime | None = None,
    fields: ScrapeFields | None = None,
    on_problem: Callable[[LineProblem], None] | None = None,
    tz: str | None = None,
) -> list[Record]:
    """Read and parse one file (see `iter_file`). Raises `InputError` when it
    cannot be read. Module-level and pure given `now`, so it can be shipped to
    worker processes (multiprocessing, Dask). `tz` as for `parse_text`."""
    return list(iter_file(path, now=now, fields=fields, on_problem=on_problem, tz=tz))


def _label_lines(ev: Evidence, plan: ArticlePlan) -> ArticleState:
    state = ArticleState(ev, plan)
    lines = ev.lines
    for i in range(plan.start, plan.stop):
        e = ev.of[i]
        if e is None:
            continue
        for _name, rule in LINE_RULES:
            label = rule(state, i)
            if label is not None:
                line = lines[i]
                state.apply(i, LineLabel(line.number, label.parts, label.rule, label.why, line.last))
                break
        state.seen.add(e.key)
        if plan.zone(i) == "body":
            state.seen_in_body.add(e.key)
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
    if not draft.body:
        warnings.append(ParseWarning("no-body", f"no body paragraphs in the article at lines {first}-{last}", first))
    for label in state.labels.values():
        for part in label.parts:
            if part.timestamp is not None and part.timestamp.iso is None:
                warnings.append(ParseWarning("unparseable-time", f"cannot read {part.text!r} as a time", label.line))
    warnings.sort(key=lambda w: (w.line or 0, w.code))
    return Record(
        source=Source(path, index, (first, last)),
        headline=state.headline,
        byline=state.byline,
        authors=tuple(authors(state.byline)) if state.byline else (),
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
