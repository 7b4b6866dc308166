"""Rendering records for reading in a terminal (`newsparse pretty-print`).

The only module that imports rich, so the other commands start without it.
Each view is a renderable (`__rich_console__`) that composes rich's own pieces;
every style is a name in `STYLES`, so the look is changed in one place. Every
text that comes from a record goes through `visible`, so an escape sequence in
it is shown, never sent to the terminal.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from .isodates import IsoValue
from .model import Quote, Record, Timestamp
from .visible import visible

# The one table of styles (rich style syntax). Names are prefixed so they never
# shadow rich's own.
STYLES: dict[str, str] = {
    "np.headline": "bold cyan",
    "np.rule": "cyan",
    "np.label": "dim",
    "np.time": "green",
    "np.ago": "dim green",
    "np.time.unread": "red",
    "np.byline": "italic",
    "np.source": "dim",
    "np.bullet.marker": "bold cyan",
    "np.dateline": "bold",
    "np.quote": "yellow",
    "np.speaker": "magenta",
    "np.speaker.unnamed": "italic magenta",
    "np.unattributed": "dim italic",
    "np.cue": "dim",
    "np.caption": "dim italic",
    "np.caption.label": "dim",
    "np.warning.heading": "bold yellow",
    "np.warning": "yellow",
    "np.missing": "dim italic",
    "np.table.header": "bold",
}
THEME = Theme(STYLES)

COLOR_CHOICES = ("auto", "always", "never")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class _Console(Console):
    """rich's console, ending on a closed pipe as every newsparse command does
    (status 0, quietly: the reader went away) where rich's exits with 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def make_console(
    *, color: str = "auto", width: int | None = None, file: IO[str] | None = None, height: int | None = None
) -> Console:
    """A console for `--color` and `--width`.

    `auto` styles a terminal only and honours NO_COLOR (colours off, bold and
    italic kept); `always` styles even a pipe and overrides NO_COLOR, as an
    explicit flag should; `never` writes plain text with no escape codes at all.
    """

    def build(**options: Any) -> Console:
        return _Console(
            file=file, width=width, height=height, theme=THEME, highlight=False, markup=False, emoji=False, **options
        )

    if color == "never":
        return build(color_system=None, force_terminal=False)
    if color == "always":
        console = build(force_terminal=True, no_color=False)
        if console.color_system is None:  # TERM=dumb or unset: still colour, as asked
            console = build(force_terminal=True, no_color=False, color_system="standard")
        return console
    return build()


# -- times ----------------------------------------------------------------------


def absolute(value: IsoValue) -> str:
    """`21 Dec 2023`, `21 Dec 2023 10:05 +05:00`, `Dec 2023`, `2023`."""
    m = value.moment
    if value.precision == "year":
        return str(m.year)
    if value.precision == "month":
        return f"{_MONTHS[m.month - 1]} {m.year}"
    day = f"{m.day} {_MONTHS[m.month - 1]} {m.year}"
    if value.precision == "day":
        return day
    clock = m.strftime("%H:%M:%S" if m.second else "%H:%M")
    offset = m.utcoffset()
    if offset is None:
        return f"{day} {clock}"
    return f"{day} {clock} {'UTC' if not offset else m.strftime('%z')[:3] + ':' + m.strftime('%z')[3:]}"


def ago(value: IsoValue, now: dt.datetime) -> str:
    """How long before (or after) `now`, in the largest unit that fits; a time
    without a zone counts as UTC."""
    moment = value.moment
    if value.precision == "year":
        return _relative(now.year - moment.year, "year", "this year", "last year", "next year")
    if value.precision == "month":
        months = (now.year - moment.year) * 12 + now.month - moment.month
        if abs(months) >= 12:
            return _relative(round(months / 12), "year", "this year", "last year", "next year")
        return _relative(months, "month", "this month", "last month", "next month")
    if value.precision == "day":
        return _days_ago((now.date() - moment.date()).days)
    seconds = int((now - (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC))).total_seconds())
    size = abs(seconds)
    if size < 5:
        return "just now"
    if size < 60:
        return _relative(seconds, "second")
    if size < 3600:
        return _relative(_toward_zero(seconds, 60), "minute")
    if size < 86400:
        return _relative(_toward_zero(seconds, 3600), "hour")
    return _days_ago(_toward_zero(seconds, 86400))


def _toward_zero(n: int, unit: int) -> int:
    return n // unit if n >= 0 else -(-n // unit)


def _days_ago(days: int) -> str:
    size = abs(days)
    if size < 30:
        return _relative(days, "day", "today", "yesterday", "tomorrow")
    if size < 365:
        return _relative(max(1, round(size / 30.44)) * (1 if days > 0 else -1), "month")
    return _relative(round(size / 365.25) * (1 if days > 0 else -1), "year")


def _relative(n: int, unit: str, zero: str = "", one: str = "", minus_one: str = "") -> str:
    if n == 0 and zero:
        return zero
    if n == 1 and one:
        return one
    if n == -1 and minus_one:
        return minus_one
    size = abs(n)
    words = f"{size} {unit}{'' if size == 1 else 's'}"
    return f"{words} ago" if n > 0 else f"in {words}"


def humanise(stamp: Timestamp, now: dt.datetime) -> Text:
    """`21 Dec 2023 · 2 years ago`, or the text as written when it was unreadable."""
    value = IsoValue.read(stamp.iso) if stamp.iso else None
    if value is None:
        return Text.assemble((visible(stamp.text), "np.time.unread"), (" (not read as a time)", "np.label"))
    return Text.assemble((absolute(value), "np.time"), (" · ", "np.label"), (ago(value, now), "np.ago"))


# -- the article view -------------------------------------------------------------


def _speaker_label(quote: Quote) -> Text:
    if quote.speaker:
        return Text(visible(quote.speaker), "np.speaker")
    if quote.speaker_text:
        return Text(visible(quote.speaker_text), "np.speaker.unnamed")
    return Text("unattributed", "np.unattributed")


def _highlighted(text: str, quotes: Iterable[Quote], prefix: Text | None = None) -> Text:
    """A paragraph with its quotes styled. Offsets that do not point at the quote
    text (a hand-edited record) are skipped rather than mis-highlighting. The
    paragraph is cut at the quotes' ends before its control characters are made
    visible (which lengthens the text), so the offsets still hold."""
    spans = sorted((q.start, q.end) for q in quotes if q.start < q.end and text[q.start : q.end] == q.text)
    out = Text()
    at = 0
    for start, end in spans:
        if end <= at:
            continue  # inside a quote already styled
        start = max(start, at)
        out.append(visible(text[at:start]))
        out.append(visible(text[start:end]), "np.quote")
        at = end
    out.append(visible(text[at:]))
    if prefix is None:
        return out
    return Text.assemble(prefix, " ", out)


def _attribution(quotes: list[Quote]) -> Text | None:
    """`— Munir Akram (said); a doctor (told)`: who speaks in a paragraph, once each."""
    shown: list[Text] = []
    seen: set[tuple[str | None, str | None, str | None]] = set()
    for quote in quotes:
        key = (quote.speaker, quote.speaker_text, quote.cue)
        # the highlight already marks the quote; "nobody" is not worth a line
        if key in seen or not (quote.speaker or quote.speaker_text):
            continue
        seen.add(key)
        label = _speaker_label(quote)
        if quote.cue:
            label = Text.assemble(label, (f" ({visible(quote.cue)})", "np.cue"))
        shown.append(label)
    if not shown:
        return None
    return Text.assemble(("  — ", "np.cue"), Text("; ", "np.cue").join(shown))


class Trimmed:
    """Another renderable without the spaces rich pads lines with, so copied or
    piped text has no trailing whitespace (wrapped text keeps the space it broke
    at, and table cells are padded to the column width)."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in console.render_lines(self.renderable, options, pad=False, new_lines=False):
            yield from _rstrip(line)
            yield Segment.line()


def _rstrip(line: list[Segment]) -> list[Segment]:
    segments = list(line)
    while segments and not segments[-1].control and not segments[-1].text.rstrip():
        segments.pop()
    if segments and not segments[-1].control:
        last = segments[-1]
        segments[-1] = Segment(last.text.rstrip(), last.style)
    return segments


class ArticleView:
    """One record as an article: headline, times, byline, bullets, dateline,
    paragraphs with quotes highlighted and speakers shown, captions, warnings."""

    def __init__(self, record: Record, now: dt.datetime) -> None:
        self.record = record
        self.now = now

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Trimmed(Group(*self._parts()))

    def _parts(self) -> Iterator[RenderableType]:
        record = self.record
        if record.headline:
            yield Text(visible(record.headline), "np.headline")
        else:
            yield Text("(no headline)", "np.missing")
        yield Rule(style="np.rule")
        yield from self._header()
        if record.bullets:
            yield Text()
            yield self._bullets()
        for index, paragraph in enumerate(record.body):
            quotes = self._quotes("body", index)
            prefix = None
            if index == 0 and record.dateline is not None:
                prefix = Text(visible(record.dateline.text), "np.dateline")
            yield Text()
            yield _highlighted(paragraph, quotes, prefix)
            attribution = _attribution(quotes)
            if attribution is not None:
                yield attribution
        if not record.body:
            yield Text()
            yield Text("(no body)", "np.missing")
        if record.captions:
            yield Text()
            yield self._captions()
        if record.warnings:
            yield Text()
            yield self._warnings()

    def _quotes(self, field: str, index: int) -> list[Quote]:
        return [q for q in self.record.quotes if q.field == field and q.index == index]

    def _header(self) -> Iterator[Text]:
        record = self.record
        for label, stamp in (("Published", record.published), ("Updated", record.updated)):
            if stamp is None:
                continue
            shown = humanise(stamp, self.now)
            # an unread time is shown as written, which may carry the label already
            if stamp.iso is None and stamp.text.casefold().startswith(label.casefold()):
                yield shown
            else:
                yield Text.assemble((f"{label} ", "np.label"), shown)
        if record.byline:
            yield Text(visible(record.byline), "np.byline")
        src = record.source
        # `path#index` with the 0-based source.index, as validate and --explain name an article
        name = f"{visible(src.path, layout=False)}#{src.index}" + (" (standard input)" if src.path == "-" else "")
        page = f" · {visible(src.url, layout=False)}" if src.url else ""
        yield Text(f"{name} · lines {src.lines[0]}-{src.lines[1]}{page}", "np.source")

    def _bullets(self) -> Table:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=1)
        grid.add_column()
        for index, bullet in enumerate(self.record.bullets):
            grid.add_row(Text("•", "np.bullet.marker"), _highlighted(bullet, self._quotes("bullets", index)))
        return grid

    def _captions(self) -> Table:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="np.caption.label")
        grid.add_column(style="np.caption")
        for caption in self.record.captions:
            grid.add_row("Caption", visible(caption))
        return grid

    def _warnings(self) -> Group:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="np.label", no_wrap=True)
        grid.add_column()
        for warning in self.record.warnings:
            where = f"line {warning.line}" if warning.line is not None else ""
            grid.add_row(
                where,
                Text.assemble(
                    (visible(warning.code), "np.warning.heading"), " ", (visible(warning.message), "np.warning")
                ),
            )
        count = len(self.record.warnings)
        return Group(Text(f"{count} warning{'s' if count != 1 else ''}", "np.warning.heading"), grid)


class QuotesView:
    """An article's quotes as a table (speaker, quote, cue), grouped by speaker
    in order of first appearance; unattributed quotes last."""

    def __init__(self, record: Record) -> None:
        self.record = record

    def groups(self) -> list[list[Quote]]:
        groups: dict[tuple[int, str], list[Quote]] = {}
        for quote in self.record.quotes:
            if quote.speaker:
                key = (0, quote.speaker)
            elif quote.speaker_text:
                key = (1, quote.speaker_text.casefold())
            else:
                key = (2, "")
            groups.setdefault(key, []).append(quote)
        # named speakers first, then the unnamed ones (`a doctor`), then nobody
        return [groups[key] for key in sorted(groups, key=lambda k: k[0])]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Trimmed(Group(*self._parts()))

    def _parts(self) -> Iterator[RenderableType]:
        headline = self.record.headline
        yield Text(visible(headline) if headline else "(no headline)", "np.headline" if headline else "np.missing")
        if not self.record.quotes:
            yield Text("no quotes", "np.missing")
            return
        table = Table(box=box.SIMPLE_HEAD, header_style="np.table.header", show_edge=False, pad_edge=False)
        table.add_column("Speaker", ratio=1)
        table.add_column("Quote", ratio=3)
        table.add_column("Cue", no_wrap=True)
        for group in self.groups():
            for k, quote in enumerate(group):
                speaker = _speaker_label(quote) if k == 0 else Text()
                said = Text.assemble(("“", "np.label"), (visible(quote.text), "np.quote"), ("”", "np.label"))
                cue = Text(visible(quote.cue or ""), "np.cue")
                table.add_row(speaker, said, cue, end_section=k == len(group) - 1)
        yield table


def views(records: Iterable[Record], *, now: dt.datetime, quotes_only: bool = False) -> Iterator[RenderableType]:
    """The renderables for records, a blank line between articles."""
    for k, record in enumerate(records):
        if k:
            yield Text()
        yield QuotesView(record) if quotes_only else ArticleView(record, now)


def page_environment() -> None:
    """Let `less` show colours and quit when the text fits one screen, unless
    the user configured it (git does the same)."""
    os.environ.setdefault("LESS", "FRX")
