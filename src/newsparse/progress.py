"""The progress bar of a batch on a terminal: files, articles, rate, time left.

The only module that imports rich, and only the batch command on a terminal
imports it.
"""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


def articles_text(count: int) -> str:
    """`1 article`, `2,345 articles`."""
    return f"{count:,} article" if count == 1 else f"{count:,} articles"


class _Articles(TextColumn):
    """The number of articles written so far, singular or plural."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task: Task) -> Text:
        return Text(articles_text(int(task.fields.get("articles", 0))))


class ProgressBar:
    """One line: bar, files done of all, articles, `elapsed 0:00:12 remaining
    0:01:30`, in less than 80 columns for batches of up to 99,999 files.
    Errors are printed above it."""

    def __init__(self, total: int, console: Console | None = None, size: tuple[int, int] | None = None) -> None:
        # a size of ours (width, height): rich would take any COLUMNS and LINES as they are
        width, height = size if size is not None else (None, None)
        self._console = console or Console(stderr=True, width=width, height=height)
        self._progress = Progress(
            BarColumn(bar_width=8),
            MofNCompleteColumn(),
            TextColumn("files"),
            _Articles(),
            TextColumn("elapsed"),
            TimeElapsedColumn(),
            TextColumn("remaining"),
            TimeRemainingColumn(),
            console=self._console,
            transient=False,
        )
        self._task = self._progress.add_task("parse", total=total, articles=0)
        self._articles = 0

    def __enter__(self) -> ProgressBar:
        self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._progress.stop()

    def advance(self, files: int, articles: int, size: int) -> None:
        self._articles += articles
        self._progress.update(self._task, advance=files, articles=self._articles)

    def report(self, line: str) -> None:
        self._console.print(line, markup=False, highlight=False, soft_wrap=True)

    def error(self, message: str) -> None:
        """Errors are reported through `report`; nothing more to show."""
