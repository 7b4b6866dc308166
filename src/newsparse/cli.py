"""The command line: a thin click layer over the library API.

Only this module prints. Exit codes: 0 ok, 1 some input failed or is invalid,
2 usage error.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import sys
from typing import TYPE_CHECKING, BinaryIO, NoReturn, TextIO

import click

from . import __version__
from .output import STDOUT_NAME, OutputError, writing
from .visible import visible

if TYPE_CHECKING:  # imported where used, so that `newsparse --version` loads little more than click
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator

    from . import batch
    from .inputs import ScrapeFields
    from .reading import Decoded

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class IsoTime(click.ParamType):  # type: ignore[type-arg]
    """An ISO 8601 time for --now (`2025-12-05T12:00:00Z`)."""

    name = "ISO-TIME"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> dt.datetime:
        import datetime as dt

        if isinstance(value, dt.datetime):
            return value
        text = str(value).strip()
        try:
            when = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
        except ValueError:
            self.fail(f"{text!r} is not an ISO 8601 time (e.g. 2025-12-05T12:00:00Z)", param, ctx)
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


class ZoneName(click.ParamType):  # type: ignore[type-arg]
    """An IANA time-zone name for --tz (`Europe/Berlin`)."""

    name = "ZONE"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from .vocab.timezones import iana_zone

        text = str(value).strip()
        try:
            iana_zone(text)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        return text


def _tz_option(help_text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return click.option("--tz", "tz", type=ZoneName(), help=help_text)


def error(path: str, reason: str) -> None:
    """One line on stderr for an input that failed."""
    report(f"newsparse: error: {path}: {reason}")


def report(line: str) -> None:
    """One line on stderr. A path or a reason may quote the input (a file name, a
    scrape record's value): its control characters are shown, never sent, and
    it stays one line."""
    click.echo(visible(line, layout=False), err=True)


def _say(text: str, *, nl: bool = True) -> None:
    """A line of a command's output on stdout."""
    with writing(STDOUT_NAME):
        click.echo(text, nl=nl)


def note(path: str, reason: str) -> None:
    """One line on stderr for an input passed over, which is no failure."""
    report(f"newsparse: note: {path}: {reason}")


class Terminated(BaseException):
    """SIGTERM or SIGHUP: the run stops as Ctrl-C stops it (workers ended,
    temporary files removed), quietly, with status 128 + the signal's number. A
    BaseException, so that no `except Exception` on the way mistakes it for an
    input's failure."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminated(signum: int, frame: object) -> NoReturn:
    raise Terminated(signum)


class _Main(click.Group):
    """The command group, with what every command shares: the end of a run by a
    signal, a closed pipe or a failing standard output is one line or none,
    never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        import signal

        _fill_closed_descriptors()
        previous = {}
        with contextlib.suppress(ValueError):  # only the main thread may set handlers
            for signum in (signal.SIGTERM, signal.SIGHUP):
                previous[signum] = signal.signal(signum, _terminated)
        try:
            with _ended_quietly(None):
                try:
                    result = super().invoke(ctx)
                except SystemExit:
                    _flush_stdout()
                    raise
                _flush_stdout()
                return result
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)


def _fill_closed_descriptors() -> None:
    """Open /dev/null on standard input, output or error when they were closed
    (`newsparse parse <&-`), so no file opened later takes their number; Python
    has already set `sys.stdin`/`sys.stdout` to None for them, which the commands
    check."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.open(os.devnull, os.O_RDWR)  # takes the lowest free number: this one


def _flush_stdout() -> None:
    if sys.stdout is not None:
        with writing(STDOUT_NAME):
            sys.stdout.flush()


def _require_stdout() -> None:
    """Exit with one line when standard output is closed (`newsparse ... >&-`):
    the records or messages would be lost without a word."""
    if sys.stdout is None:
        error(STDOUT_NAME, "closed")
        sys.exit(EXIT_FAILED)


def _stdin_closed() -> bool:
    return sys.stdin is None


def _stdin_binary() -> BinaryIO:
    """Standard input's bytes; InputError when it is closed."""
    if sys.stdin is None:
        from .reading import InputError

        raise InputError("standard input is closed")
    return sys.stdin.buffer


def _stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _no_input() -> NoReturn:
    why = "standard input is closed" if _stdin_closed() else "standard input is a terminal"
    raise click.UsageError(f"no input: give a FILE or DIR, or `-` to read standard input ({why})")


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="newsparse", message="%(prog)s %(version)s")
def main() -> None:
    """Turn scraped news-article text into structured JSON records.

    \b
    Examples:
      newsparse parse page.txt | jq .headline
      newsparse parse scrapes/*.txt > records.jsonl
      cat page.txt | newsparse parse -
      newsparse parse --explain page.txt
      newsparse validate page.txt
      newsparse parse page.txt | newsparse pretty-print
      newsparse schema
    """


# The narrowest --explain table and pretty-print page laid out; the widest of
# both (--width, COLUMNS): wider is no use to a reader, and a width of millions
# makes rich and the table build lines of millions of spaces.
NARROWEST_TABLE, NARROWEST_PAGE = 60, 20
MAX_WIDTH = 1000

# More workers than this only cost memory and start-up: each is a process with
# the parser loaded, and a machine has far fewer cores.
MAX_JOBS = 256


def _default_jobs() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        cores = os.cpu_count() or 1
    return min(cores, MAX_JOBS)


@main.command()
@click.argument("files", nargs=-1, metavar="[FILE|DIR|-]...", type=click.Path(allow_dash=True, readable=False))
@click.option("-r", "--recursive", is_flag=True, help="Also read the files in subdirectories of a DIR.")
@click.option(
    "--glob",
    "patterns",
    multiple=True,
    metavar="PATTERN",
    help="Read only the files in a DIR whose names match (case-insensitively); repeat for more. "
    "Default: text, JSON Lines and HTML (*.txt *.jsonl *.json *.html *.htm, and each .gz).",
)
@click.option(
    "--files-from",
    metavar="LIST",
    type=click.Path(allow_dash=True),
    help="Also read the files listed in LIST, one a line (`-` for standard input).",
)
@click.option("-0", "--null", "nul", is_flag=True, help="LIST is NUL-separated (from `find -print0`).")
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Write one file per input under DIR, mirroring the input tree and named after the input's "
    "whole name (a/b.txt gives DIR/a/b.txt.jsonl), instead of standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "csv"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines, one JSON array, or CSV (one row per article, main fields).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1, max=MAX_JOBS),
    default=_default_jobs,
    show_default="number of cores",
    help=f"Worker processes, at most {MAX_JOBS}. Output is in input order and the same for any number.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (shown on a terminal for more than one input).")
@click.option(
    "--now",
    type=IsoTime(),
    help="Reference time for relative dates (`10 sec ago`); default: a scrape record's fetch time, "
    "else the file's modification time.",
)
@click.option(
    "--text-field",
    metavar="KEY",
    help="Scrape records: the key holding the page's text or HTML. Default: the first of text, content, body, html.",
)
@click.option("--url-field", default="url", show_default=True, metavar="KEY", help="Scrape records: the page's URL.")
@click.option(
    "--time-field",
    metavar="KEY",
    help="Scrape records: when the page was fetched, the reference for relative dates. "
    "Default: the first of fetched_at, scraped_at, crawled_at, timestamp, date.",
)
@click.option("--id-field", default="id", show_default=True, metavar="KEY", help="Scrape records: the page's id.")
@click.option(
    "--explain",
    is_flag=True,
    help="Instead of records, a table of every input line with the label it got and the rule that decided "
    "(the parts of a line split in two are separated by ‖, their labels joined by +).",
)
@click.option(
    "--width",
    type=click.IntRange(min=NARROWEST_TABLE, max=MAX_WIDTH),
    metavar="N",
    help=f"--explain: the table's width ({NARROWEST_TABLE} to {MAX_WIDTH}); default: the terminal's, else 80.",
)
@_tz_option(
    "Zone of the times a page writes without one (IANA name, e.g. Europe/Berlin): they get a `utc`. "
    "Default: none, and they get no `utc`."
)
def parse(
    files: tuple[str, ...],
    recursive: bool,
    patterns: tuple[str, ...],
    files_from: str | None,
    nul: bool,
    output_dir: str | None,
    fmt: str,
    jobs: int,
    quiet: bool,
    now: dt.datetime | None,
    tz: str | None,
    text_field: str | None,
    url_field: str,
    time_field: str | None,
    id_field: str,
    explain: bool,
    width: int | None,
) -> None:
    """Parse scraped article text into JSON records, one per article.

    Reads files, the files in directories, `-` for standard input, and the files
    listed with --files-from; with none of these, standard input. An input may
    be article text, HTML, or JSON Lines scrape records (one page a line, with
    its URL, id and fetch time), gzipped or not: told by its content. Records
    are written in input order. An input that cannot be read, or a scrape record
    that gives no page, is reported on standard error and the rest is still
    parsed; the exit status is then 1.

    \b
    Examples:
      newsparse parse samples/arabnews-two-articles.txt | jq .headline
      newsparse parse scrapes.jsonl.gz | jq -r '[.source.url, .headline] | @tsv'
      newsparse parse --text-field html --time-field crawled scrapes.jsonl
      newsparse parse saved-page.html
      newsparse parse -r --glob '*.txt' scrapes/ > records.jsonl
      find scrapes -name '*.txt' -print0 | newsparse parse --files-from - -0
      newsparse parse -r scrapes/ -o records/       # records/a/b.txt.jsonl for scrapes/a/b.txt
      newsparse parse --format csv scrapes/*.txt > articles.csv
      cat page.txt | newsparse parse -
      newsparse parse --now 2025-12-05T12:00:00Z a.txt
      newsparse parse --tz Europe/Berlin berlin-site/*.txt
      newsparse parse --explain a.txt
    """
    import warnings

    from . import batch

    warnings.simplefilter("ignore")  # library warnings are not input errors: stderr stays for those
    if files_from == batch.STDIN and batch.STDIN in files:
        raise click.UsageError("standard input cannot be both the --files-from list and an input")
    if not files and files_from is None:
        if _stdin_is_terminal() or _stdin_closed():
            _no_input()
        files = (batch.STDIN,)
    if output_dir is None:
        _require_stdout()
    if explain and (output_dir is not None or fmt != "jsonl"):
        raise click.UsageError("--explain writes its own text: it takes no --format or --output-dir")
    if width is not None and not explain:
        raise click.UsageError("--width sets the width of --explain's table")
    from .inputs import DEFAULT_FIELDS, ScrapeFields

    fields = ScrapeFields(
        text=(text_field,) if text_field else DEFAULT_FIELDS.text,
        url=url_field,
        time=(time_field,) if time_field else DEFAULT_FIELDS.time,
        id=id_field,
    )
    arguments: Iterable[str | batch.Unreadable] = files
    if files_from is not None:
        listed = batch.listed(batch.read_list(_open_list(files_from), nul=nul), files_from)
        arguments = itertools.chain(files, listed)
    if output_dir is not None:
        _make_output_dir(output_dir)  # first: a walk must know it to pass it over
    inputs: Iterable[batch.Item] = batch.expand(
        arguments, recursive=recursive, pattern=patterns or batch.DEFAULT_PATTERNS, output_dir=output_dir
    )

    # with -o and standard output closed, the stream is /dev/null's, and unused
    out = batch.text_stream(sys.stdout.buffer if sys.stdout is not None else open(os.devnull, "wb"))  # noqa: SIM115
    ok = False
    try:
        with _ended_quietly(out):
            if explain:
                ok = _explain(inputs, now, fields, tz, out, _stdin_binary, width or _terminal_width(NARROWEST_TABLE))
            else:
                from pathlib import Path

                target = Path(output_dir) if output_dir is not None else None
                options = batch.Options(fmt=fmt, now=now, jobs=jobs, output_dir=target, fields=fields, tz=tz)
                ok = _run(inputs, options, out, _stdin_binary, show_progress=not quiet and _stderr_is_terminal())
            with writing(STDOUT_NAME):
                out.flush()
    finally:
        with contextlib.suppress(ValueError, OSError):
            out.detach()  # the binary stream belongs to the caller; do not close it
    sys.exit(EXIT_OK if ok else EXIT_FAILED)


def _make_output_dir(path: str) -> None:
    """Make the --output-dir (and its parents), or say in one line why not."""
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:
        error(path, f"cannot make the output directory: {exc.strerror or exc}")
        sys.exit(EXIT_FAILED)


def _open_list(path: str) -> BinaryIO:
    if path == "-":
        if sys.stdin is None:
            raise click.BadParameter("standard input is closed", param_hint="--files-from")
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # read to the end by the batch, closed at exit
    except OSError as exc:
        raise click.BadParameter(
            visible(f"{path}: {exc.strerror or exc}", layout=False), param_hint="--files-from"
        ) from None


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@contextlib.contextmanager
def _ended_quietly(out: io.TextIOWrapper | None) -> Iterator[None]:
    """A run ended by Ctrl-C, SIGTERM or SIGHUP, a reader gone away or an output
    that cannot be written exits with its status and one line at most, never a
    traceback (`out`: the stream to let go of first, if any)."""
    try:
        yield
    except KeyboardInterrupt:
        _quiet_exit(out, 130)
    except Terminated as exc:
        _quiet_exit(out, 128 + exc.signum)
    except BrokenPipeError:
        # the reader went away (`| head -1`): nothing more to say to anyone
        _quiet_exit(out, EXIT_OK)
    except OutputError as exc:
        error(exc.path, f"cannot write: {exc.reason}")
        _quiet_exit(out, EXIT_FAILED)


def _quiet_exit(out: io.TextIOWrapper | None, code: int) -> NoReturn:
    with contextlib.suppress(Exception):
        # point stdout at /dev/null so the interpreter's last flush cannot fail loudly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    if out is not None:
        with contextlib.suppress(ValueError, OSError):
            out.detach()
    sys.exit(code)


def _run(
    inputs: Iterable[batch.Item],
    options: batch.Options,
    out: TextIO,
    stdin: Callable[[], BinaryIO],
    *,
    show_progress: bool,
) -> bool:
    from . import batch

    if not show_progress:
        return batch.run_batch(inputs, options, stdout=out, stdin=stdin, report=report)
    listed = list(inputs)  # the bar needs a total; only on a terminal, where a person waits
    if len(listed) <= 1:
        return batch.run_batch(listed, options, stdout=out, stdin=stdin, report=report)
    from .progress import ProgressBar

    size = (_terminal_width(40, sys.stderr), _terminal_height(sys.stderr))
    with ProgressBar(total=len(listed), size=size) as bar:

        def above_the_bar(line: str) -> None:
            bar.report(visible(line, layout=False))

        return batch.run_batch(listed, options, stdout=out, stdin=stdin, report=above_the_bar, progress=bar)


def _terminal_width(narrowest: int, stream: TextIO | None = None) -> int:
    """The width to lay out at: COLUMNS when it is a number, else the terminal's
    (of `stream`, standard output by default), else 80; held within
    [narrowest, MAX_WIDTH]. A COLUMNS of 0 or of no number is ignored; one of 20
    digits is the widest allowed."""
    columns = os.environ.get("COLUMNS", "").strip()
    width = 0
    if columns.isascii() and columns.isdigit():
        try:
            width = int(columns)
        except ValueError:  # more digits than Python converts
            width = MAX_WIDTH
    if width <= 0:
        stream = stream if stream is not None else sys.stdout
        try:
            width = os.get_terminal_size(stream.fileno()).columns if stream is not None else 0
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            width = 0
    return min(max(width, narrowest), MAX_WIDTH) if width > 0 else max(80, narrowest)


def _terminal_height(stream: TextIO | None) -> int:
    """The terminal's height, else 25; given to rich, which would otherwise read
    LINES as it is (one of 5,000 digits is more than Python converts)."""
    try:
        lines = os.get_terminal_size(stream.fileno()).lines if stream is not None else 0
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        lines = 0
    return min(lines, MAX_WIDTH) if lines > 0 else 25


def _explain(
    inputs: Iterable[batch.Item],
    now: dt.datetime | None,
    fields: ScrapeFields,
    tz: str | None,
    out: TextIO,
    stdin: Callable[[], BinaryIO],
    width: int,
) -> bool:
    from dataclasses import replace

    from . import batch
    from .explain import render
    from .inputs import LineProblem, documents, explain_document
    from .pipeline import renumber
    from .reading import InputError, gunzipped, open_input

    ok = True
    for item in inputs:
        if isinstance(item, batch.Unreadable):
            error(item.path, item.reason)
            ok = False
            continue
        if isinstance(item, batch.Skipped):
            note(item.path, item.reason)
            continue
        try:
            if item.path == "-":
                stream, mtime = gunzipped(stdin()), None
            else:
                stream, mtime = open_input(item.path, regular_only=item.found)
            count = 0
            for document in documents(stream, mtime=mtime, now=now, fields=fields, tz=tz):
                if isinstance(document, LineProblem):
                    error(item.path, str(document))
                    ok = False
                    continue
                try:
                    articles = explain_document(document, path=item.path)
                except InputError as exc:
                    if document.line is None:
                        raise
                    error(item.path, str(LineProblem(document.line, str(exc))))
                    ok = False
                    continue
                except Exception as exc:  # a parser bug costs this input, as in parse
                    error(item.path, batch.internal_error(exc))
                    ok = False
                    break
                records = renumber([a.record for a in articles], count)
                articles = [replace(a, record=r) for a, r in zip(articles, records, strict=True)]
                count += len(articles)
                with writing(STDOUT_NAME):
                    out.write(render(item.path, articles, width=width, line=document.line))
            with writing(STDOUT_NAME):
                out.flush()
        except InputError as exc:
            error(item.path, str(exc))
            ok = False
    return ok


@main.command()
def schema() -> None:
    """Print the JSON Schema of a record.

    \b
    Example:
      newsparse schema > record.schema.json
    """
    from .schema import schema_text

    _require_stdout()
    _say(schema_text(), nl=False)


# -- validate and pretty-print -------------------------------------------------


def _inputs(files: tuple[str, ...], recursive: bool, patterns: tuple[str, ...]) -> Iterator[batch.Item]:
    """The inputs FILE arguments name (a DIR gives its files, as for `parse`), or
    stdin when none are given and it is not a terminal."""
    from . import batch

    if not files:
        if _stdin_is_terminal() or _stdin_closed():
            _no_input()
        files = ("-",)
    return batch.expand(files, recursive=recursive, pattern=patterns or batch.DEFAULT_PATTERNS)


def _kind(decoded: Decoded, as_records: bool) -> str:
    """What a decoded input holds (`inputs.sniff`); --records forces records."""
    from .inputs import RECORDS, sniff

    return RECORDS if as_records else sniff(decoded.text[:4096].encode("utf-8", "surrogatepass"))


# validate and pretty-print read an input whole (parse streams it): up to this
# much of text or HTML, and of JSON (records, scrape records), which reads faster.
WHOLE_TEXT_LIMIT = 64 * 1024 * 1024
WHOLE_JSON_LIMIT = 256 * 1024 * 1024


def _read_decoded(path: str, *, regular_only: bool = False, as_records: bool = False) -> tuple[Decoded, float | None]:
    """Decoded text and modification time of a path, or of stdin for `-`; read
    whole, but bounded (`reading.read_whole`)."""
    from .inputs import RECORDS, SCRAPES, SNIFF_BYTES, sniff
    from .reading import TooLarge, decode, read_path, read_whole

    def limit(head: bytes) -> int:
        json_kind = as_records or sniff(head[:SNIFF_BYTES]) in (RECORDS, SCRAPES)
        return WHOLE_JSON_LIMIT if json_kind else WHOLE_TEXT_LIMIT

    try:
        if path == "-":
            return decode(read_whole(_stdin_binary(), limit=limit)), None
        return read_path(path, regular_only=regular_only, limit=limit)
    except TooLarge as exc:
        command = click.get_current_context().info_name
        raise TooLarge(f"{exc}: {command} reads an input whole (`newsparse parse` reads any size)") from None


def _content_failed(path: str) -> bool:
    """Whether a read that failed got as far as the bytes (so the content is at
    fault, a diagnostic), rather than failing to open the path (an error)."""
    if path == "-":
        return not _stdin_closed()
    return os.path.isfile(path) and os.access(path, os.R_OK)


@main.command()
@click.argument("files", nargs=-1, metavar="[FILE|DIR|-]...", type=click.Path(allow_dash=True, readable=False))
@click.option("-r", "--recursive", is_flag=True, help="Also read the files in subdirectories of a DIR.")
@click.option(
    "--glob",
    "patterns",
    multiple=True,
    metavar="PATTERN",
    help="Read only the files in a DIR whose names match, as `parse --glob` does.",
)
@click.option(
    "--now",
    type=IsoTime(),
    help="Reference time for relative dates and future-time; default: the file's modification time.",
)
@_tz_option(
    "Zone of the times a page writes without one (IANA name, e.g. Europe/Berlin); for records, "
    "the zone they were parsed with, which their `utc` must agree with. Default: none."
)
@click.option("--records", "as_records", is_flag=True, help="Read FILE as JSON records even if it does not look so.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="PATH:LINE:COL: SEVERITY CODE message lines, or JSON Lines.",
)
@click.option("--strict", is_flag=True, help="Fail on warnings too, not only on errors.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary line.")
def validate(
    files: tuple[str, ...],
    recursive: bool,
    patterns: tuple[str, ...],
    now: dt.datetime | None,
    tz: str | None,
    as_records: bool,
    fmt: str,
    strict: bool,
    quiet: bool,
) -> None:
    """Report what looks wrong in article text or in records.

    Article text is parsed and checked (no headline, no body, a truncated
    paragraph, a time in the future, ...). JSON or JSON Lines records (found
    from the content, or forced with --records) are checked against the
    record schema and for consistency: quote offsets, times, line ranges.
    The README lists every diagnostic code.

    HTML is checked as the text laid out from it, and JSON Lines scrape
    records (see `parse`) record by record, each at its line.

    FILE may be `-` for standard input; with no FILE, standard input is read.
    A DIR is read as `parse` reads it (-r, --glob); records are named
    `PATH#INDEX` with the 0-based `source.index`.

    Exit status: 0 no errors (warnings allowed), 1 errors (or warnings with
    --strict) or an unreadable FILE, 2 usage error.

    \b
    Examples:
      newsparse validate samples/arabnews-two-articles.txt
      newsparse parse a.txt | newsparse validate --strict
      newsparse validate --format json scrapes/*.txt | jq .code
    """
    from . import batch
    from .diagnostics import Diagnostic, Summary
    from .inputs import HTML, RECORDS, SCRAPES
    from .reading import InputError, TooLarge
    from .validate import check_html, check_records, check_scrapes, check_text, undecodable

    _require_stdout()
    failed_inputs = 0
    checked = 0
    found: list[Diagnostic] = []
    for item in _inputs(files, recursive, patterns):
        if isinstance(item, batch.Unreadable):
            error(item.path, item.reason)
            failed_inputs += 1
            continue
        if isinstance(item, batch.Skipped):
            note(item.path, item.reason)
            continue
        path = item.path
        try:
            decoded, mtime = _read_decoded(path, regular_only=item.found, as_records=as_records)
        except InputError as exc:
            if isinstance(exc, TooLarge) or not _content_failed(path):
                error(path, str(exc))
                failed_inputs += 1
                continue
            diagnostics = [undecodable(path, str(exc))]
        else:
            kind = _kind(decoded, as_records)
            if kind == RECORDS:
                diagnostics = check_records(decoded.text, path=path, now=now, encoding=decoded.encoding, tz=tz)
            elif kind == SCRAPES:
                diagnostics = check_scrapes(decoded.text, path=path, now=now, mtime=mtime, tz=tz)
            elif kind == HTML:
                diagnostics = check_html(decoded.text, path=path, now=now, mtime=mtime, tz=tz)
            else:
                diagnostics = check_text(
                    decoded.text, path=path, now=now, mtime=mtime, encoding=decoded.encoding, tz=tz
                )
        checked += 1
        found.extend(diagnostics)
        if not quiet:
            for diagnostic in diagnostics:
                # a path or a quoted headline may hold control characters: shown, never sent
                _say(_json_line(diagnostic.to_dict()) if fmt == "json" else visible(diagnostic.text(), layout=False))
    summary = Summary.of(checked, found, failed_inputs)
    if fmt == "json":
        if quiet:
            _say(_json_line({"summary": summary.to_dict()}))
    else:
        _say(summary.text())
    sys.exit(EXIT_FAILED if summary.failed(strict) else EXIT_OK)


def _json_line(value: object) -> str:
    from .output import json_text

    return json_text(value)


@main.command("pretty-print")
@click.argument("files", nargs=-1, metavar="[FILE|DIR|-]...", type=click.Path(allow_dash=True, readable=False))
@click.option("-r", "--recursive", is_flag=True, help="Also read the files in subdirectories of a DIR.")
@click.option(
    "--glob",
    "patterns",
    multiple=True,
    metavar="PATTERN",
    help="Read only the files in a DIR whose names match, as `parse --glob` does.",
)
@click.option(
    "--now",
    type=IsoTime(),
    help="Reference time for relative dates and for how long ago times were; default: the current time.",
)
@_tz_option("Zone of the times article text writes without one (IANA name, e.g. Europe/Berlin). Default: none.")
@click.option("--records", "as_records", is_flag=True, help="Read FILE as JSON records even if it does not look so.")
@click.option("--quotes", "quotes_only", is_flag=True, help="Show only the quotes, as a table grouped by speaker.")
@click.option(
    "--width",
    type=click.IntRange(min=NARROWEST_PAGE, max=MAX_WIDTH),
    metavar="N",
    help=f"Wrap at N columns ({NARROWEST_PAGE} to {MAX_WIDTH}); default: the terminal's.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour and style the output; auto: only on a terminal, and not with NO_COLOR set.",
)
@click.option("--pager", is_flag=True, help="Show the output in a pager ($PAGER, else less).")
def pretty_print(
    files: tuple[str, ...],
    recursive: bool,
    patterns: tuple[str, ...],
    now: dt.datetime | None,
    tz: str | None,
    as_records: bool,
    quotes_only: bool,
    width: int | None,
    color: str,
    pager: bool,
) -> None:
    """Show articles for reading in a terminal.

    FILE holds article text, HTML, JSON Lines scrape records, or records as
    `newsparse parse` writes them; `-` (or no FILE) reads standard input; a DIR
    is read as `parse` reads it (-r, --glob). Each article is headed
    `PATH#INDEX` (the 0-based `source.index`, as `validate` names it). Quotes are
    highlighted and their speakers shown; times are given as written and as
    `2 years ago`.

    \b
    Examples:
      newsparse pretty-print samples/arabnews-two-articles.txt
      newsparse parse a.txt | newsparse pretty-print
      newsparse pretty-print --quotes records.jsonl
      newsparse pretty-print --pager --color always scrapes/*.txt
    """
    from . import batch
    from .inputs import RECORDS, LineProblem, iter_records
    from .model import Record
    from .pipeline import reference_time
    from .reading import InputError
    from .records import load_records
    from .render import make_console, page_environment, views

    _require_stdout()
    failed = False
    records: list[Record] = []
    for item in _inputs(files, recursive, patterns):
        if isinstance(item, batch.Unreadable):
            error(item.path, item.reason)
            failed = True
            continue
        if isinstance(item, batch.Skipped):
            note(item.path, item.reason)
            continue
        path = item.path
        try:
            decoded, mtime = _read_decoded(path, regular_only=item.found, as_records=as_records)
            if _kind(decoded, as_records) == RECORDS:
                loaded, problems = load_records(decoded.text)
                for problem in problems:
                    error(path, problem)
                failed = failed or bool(problems)
                records.extend(loaded)
                continue
            problems_seen: list[LineProblem] = []
            stream = io.BytesIO(decoded.text.encode("utf-8", "surrogatepass"))
            records.extend(
                iter_records(stream, path=path, mtime=mtime, now=now, on_problem=problems_seen.append, tz=tz)
            )
            for line_problem in problems_seen:
                error(path, str(line_problem))
            failed = failed or bool(problems_seen)
        except InputError as exc:
            error(path, str(exc))
            failed = True
    # always a width of ours: rich would take any COLUMNS as it is (0 prints nothing)
    console = make_console(
        color=color, width=width or _terminal_width(NARROWEST_PAGE), height=_terminal_height(sys.stdout)
    )
    rendered = views(records, now=reference_time(now), quotes_only=quotes_only)
    with writing(STDOUT_NAME):
        if pager and console.is_terminal:
            page_environment()
            with console.pager(styles=console.color_system is not None):
                for view in rendered:
                    console.print(view)
        else:
            for view in rendered:
                console.print(view)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


@main.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script for SHELL.

    \b
    Examples:
      eval "$(newsparse completion bash)"         # in ~/.bashrc
      eval "$(newsparse completion zsh)"          # in ~/.zshrc
      newsparse completion fish > ~/.config/fish/completions/newsparse.fish
    """
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None, "click knows every shell offered above"
    _require_stdout()
    _say(completer(main, {}, "newsparse", "_NEWSPARSE_COMPLETE").source())
