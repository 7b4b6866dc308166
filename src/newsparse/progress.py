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
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class ProgressBar:
    """Counts finished inputs (the bar) and articles; errors are printed above it."""

    def __init__(self, total: int) -> None:
        self._console = Console(stderr=True)
        self._progress = Progress(
            TextColumn("parsing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TaskProgressColumn(),
            TextColumn("{task.fields[articles]} articles, {task.fields[rate]} articles/s"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=self._console,
            transient=False,
        )
        self._task = self._progress.add_task("parse", total=total, articles=0, rate="-")
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
        elapsed = self._progress.tasks[0].elapsed or 0.0
        rate = f"{self._articles / elapsed:,.0f}" if elapsed > 0.5 else "-"
        self._progress.update(self._task, advance=files, articles=f"{self._articles:,}", rate=rate)

    def report(self, line: str) -> None:
        self._console.print(line, markup=False, highlight=False, soft_wrap=True)

    def error(self, message: str) -> None:
        """Errors are reported through `report`; nothing more to show."""
