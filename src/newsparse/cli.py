"""The command line: a thin click layer over the library API.

Only this module prints. Exit codes: 0 ok, 1 some input failed or is invalid,
2 usage error.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from .pipeline import Article

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
