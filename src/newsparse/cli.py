"""The command line: a thin click layer over the library API.

Only this module prints. Exit codes: 0 ok, 1 some input failed or is invalid,
2 usage error.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from .pipeline import Article
    from .reading import Decoded

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class IsoTime(click.ParamType):  # type: ignore[type-arg]
    """An ISO 8601 time for --now (`2025-12-05T12:00:00Z`)."""

    name = "ISO-TIME"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        text = str(value).strip()
        try:
            when = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
        except ValueError:
            self.fail(f"{text!r} is not an ISO 8601 time (e.g. 2025-12-05T12:00:00Z)", param, ctx)
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def error(path: str, reason: str) -> None:
    """One line on stderr for an input that failed."""
    click.echo(f"newsparse: error: {path}: {reason}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


def _read_input(path: str) -> tuple[str, float | None]:
    """Text and modification time of a path, or of stdin for `-`."""
    from .reading import decode, read_path

    if path == "-":
        data = sys.stdin.buffer.read()
        return decode(data).text, None
    decoded, mtime = read_path(path)
    return decoded.text, mtime


@main.command()
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option(
    "--now",
    type=IsoTime(),
    help="Reference time for relative dates (`10 sec ago`); default: the file's modification time.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines, or one JSON array.",
)
@click.option("--explain", is_flag=True, help="Show every input line with the label it got, instead of records.")
def parse(files: tuple[str, ...], now: dt.datetime | None, fmt: str, explain: bool) -> None:
    """Parse scraped article text into JSON records, one per article.

    FILE may be `-` for standard input; with no FILE, standard input is read.

    \b
    Examples:
      newsparse parse samples/arabnews-two-articles.txt | jq .headline
      newsparse parse scrapes/*.txt > records.jsonl
      cat page.txt | newsparse parse -
      newsparse parse --now 2025-12-05T12:00:00Z a.txt
      newsparse parse --explain a.txt
    """
    from .output import record_json
    from .pipeline import explain_text
    from .reading import InputError

    if not files:
        if sys.stdin.isatty():
            raise click.UsageError("no input: give a FILE, or `-` to read standard input")
        files = ("-",)
    failed = False
    first = True
    if fmt == "json" and not explain:
        click.echo("[", nl=False)
    for path in files:
        try:
            text, mtime = _read_input(path)
            articles = explain_text(text, now=now, path=path, mtime=mtime)
        except InputError as exc:
            error(path, str(exc))
            failed = True
            continue
        if explain:
            click.echo(_explain_block(path, articles), nl=False)
            continue
        for article in articles:
            line = record_json(article.record)
            if fmt == "json":
                click.echo(("\n" if first else ",\n") + line, nl=False)
            else:
                click.echo(line)
            first = False
    if fmt == "json" and not explain:
        click.echo("]" if first else "\n]")
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _explain_block(path: str, articles: list[Article]) -> str:
    out = []
    for article in articles:
        src = article.record.source
        out.append(f"# {path} article {src.index}: lines {src.lines[0]}-{src.lines[1]}\n")
        for label in article.labels:
            texts = " ‖ ".join(p.text for p in label.parts)
            lines = f"{label.line}" if label.last <= label.line else f"{label.line}-{label.last}"
            out.append(f"{lines:>7}  {label.label:<22} {label.rule + ': ' + label.why:<44} {texts}\n")
    return "".join(out)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a record.

    \b
    Example:
      newsparse schema > record.schema.json
    """
    from .schema import schema_text

    click.echo(schema_text(), nl=False)


# -- validate and pretty-print -------------------------------------------------


def _inputs(files: tuple[str, ...]) -> tuple[str, ...]:
    """FILE arguments, or stdin when none are given and it is not a terminal."""
    if files:
        return files
    if sys.stdin.isatty():
        raise click.UsageError("no input: give a FILE, or `-` to read standard input")
    return ("-",)


def _read_decoded(path: str) -> tuple[Decoded, float | None]:
    """Decoded text and modification time of a path, or of stdin for `-`."""
    from .reading import decode, read_path

    if path == "-":
        return decode(sys.stdin.buffer.read()), None
    return read_path(path)


def _content_failed(path: str) -> bool:
    """Whether a read that failed got as far as the bytes (so the content is at
    fault, a diagnostic), rather than failing to open the path (an error)."""
    return path == "-" or (os.path.isfile(path) and os.access(path, os.R_OK))


@main.command()
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option(
    "--now",
    type=IsoTime(),
    help="Reference time for relative dates and future-time; default: the file's modification time.",
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
    files: tuple[str, ...], now: dt.datetime | None, as_records: bool, fmt: str, strict: bool, quiet: bool
) -> None:
    """Report what looks wrong in article text or in records.

    Article text is parsed and checked (no headline, no body, a truncated
    paragraph, a time in the future, ...). JSON or JSON Lines records (found
    from the content, or forced with --records) are checked against the
    record schema and for consistency: quote offsets, times, line ranges.
    The README lists every diagnostic code.

    FILE may be `-` for standard input; with no FILE, standard input is read.

    Exit status: 0 no errors (warnings allowed), 1 errors (or warnings with
    --strict) or an unreadable FILE, 2 usage error.

    \b
    Examples:
      newsparse validate samples/arabnews-two-articles.txt
      newsparse parse a.txt | newsparse validate --strict
      newsparse validate --format json scrapes/*.txt | jq .code
    """
    from .diagnostics import Diagnostic, Summary
    from .reading import InputError
    from .records import looks_like_records
    from .validate import check_records, check_text, undecodable

    failed = False
    checked = 0
    found: list[Diagnostic] = []
    for path in _inputs(files):
        try:
            decoded, mtime = _read_decoded(path)
        except InputError as exc:
            if not _content_failed(path):
                error(path, str(exc))
                failed = True
                continue
            diagnostics = [undecodable(path, str(exc))]
        else:
            if as_records or looks_like_records(decoded.text):
                diagnostics = check_records(decoded.text, path=path, now=now, encoding=decoded.encoding)
            else:
                diagnostics = check_text(decoded.text, path=path, now=now, mtime=mtime, encoding=decoded.encoding)
        checked += 1
        found.extend(diagnostics)
        if not quiet:
            for diagnostic in diagnostics:
                click.echo(_json_line(diagnostic.to_dict()) if fmt == "json" else diagnostic.text())
    summary = Summary.of(checked, found)
    if fmt == "json":
        if quiet:
            click.echo(_json_line({"summary": summary.to_dict()}))
    else:
        click.echo(summary.text())
    sys.exit(EXIT_FAILED if failed or summary.failed(strict) else EXIT_OK)


def _json_line(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


@main.command("pretty-print")
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option(
    "--now",
    type=IsoTime(),
    help="Reference time for relative dates and for how long ago times were; default: the current time.",
)
@click.option("--records", "as_records", is_flag=True, help="Read FILE as JSON records even if it does not look so.")
@click.option("--quotes", "quotes_only", is_flag=True, help="Show only the quotes, as a table grouped by speaker.")
@click.option("--width", type=click.IntRange(min=20), metavar="N", help="Wrap at N columns; default: the terminal's.")
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
    now: dt.datetime | None,
    as_records: bool,
    quotes_only: bool,
    width: int | None,
    color: str,
    pager: bool,
) -> None:
    """Show articles for reading in a terminal.

    FILE holds article text, or records as `newsparse parse` writes them;
    `-` (or no FILE) reads standard input. Quotes are highlighted and their
    speakers shown; times are given as written and as `2 years ago`.

    \b
    Examples:
      newsparse pretty-print samples/arabnews-two-articles.txt
      newsparse parse a.txt | newsparse pretty-print
      newsparse pretty-print --quotes records.jsonl
      newsparse pretty-print --pager --color always scrapes/*.txt
    """
    from .model import Record
    from .pipeline import parse_text, reference_time
    from .reading import InputError
    from .records import load_records, looks_like_records
    from .render import make_console, page_environment, views

    failed = False
    records: list[Record] = []
    for path in _inputs(files):
        try:
            decoded, mtime = _read_decoded(path)
        except InputError as exc:
            error(path, str(exc))
            failed = True
            continue
        if as_records or looks_like_records(decoded.text):
            loaded, problems = load_records(decoded.text)
            for problem in problems:
                error(path, problem)
            failed = failed or bool(problems)
            records.extend(loaded)
        else:
            records.extend(parse_text(decoded.text, now=now, path=path, mtime=mtime))
    console = make_console(color=color, width=width)
    rendered = views(records, now=reference_time(now), quotes_only=quotes_only)
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
    click.echo(completer(main, {}, "newsparse", "_NEWSPARSE_COMPLETE").source())
