"""Batch parsing: many inputs, parsed in worker processes, written in input order.

    inputs ─ expand ─ plan (tasks) ─ ordered window over a process pool ─ sink

- `expand` turns arguments (files, directories, `-`) and `--files-from` lists
  into inputs, lazily, so ten thousand paths are never all held at once.
- `plan` makes tasks: a small file is one task that a worker reads itself; stdin
  and files over `reading.WHOLE_LIMIT` are read here, piece by piece, each piece
  a task, so one large file also keeps every worker busy.
- `run_ordered` keeps at most `window` tasks in flight and yields outcomes in
  submission order: output is the same bytes whatever the number of workers, and
  memory does not grow with the number or size of inputs.
- A sink writes records to stdout (JSON Lines, one JSON array, or CSV) or one
  file per input under an output directory (written to a temporary name, then
  renamed, so a file is either whole or absent).

An input that fails (unreadable, binary) is reported once and the batch goes on.
"""

from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import io
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, TextIO

from . import reading
from .reading import InputError, Piece, read_pieces

if TYPE_CHECKING:
    import multiprocessing.pool

    from .model import Record, Timestamp

FORMATS = ("jsonl", "json", "csv")
CSV_COLUMNS = (
    "path",
    "index",
    "headline",
    "published",
    "updated",
    "published_utc",
    "updated_utc",
    "authors",
    "dateline",
    "body",
    "quote_count",
)
STDIN = "-"


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class Input:
    """One input: `path` as records and errors name it (`-` for stdin), and
    `relative`, where its output goes under `--output-dir`."""

    path: str
    relative: str


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An argument that names no input; reported like a failed input."""

    path: str
    reason: str


def expand(arguments: Iterable[str], *, recursive: bool = False, pattern: str = "*") -> Iterator[Input | Unreadable]:
    """Inputs named by arguments, in order. A directory gives the files in it whose
    names match `pattern` (sorted; hidden ones skipped), and with `recursive` those
    of its subdirectories too, each placed relative to the directory."""
    for argument in arguments:
        if argument == STDIN:
            yield Input(STDIN, "stdin")
        elif os.path.isdir(argument):
            yield from _walk(argument, argument, recursive, pattern)
        elif os.path.lexists(argument):
            yield Input(argument, _relative_name(argument))
        else:
            yield Unreadable(argument, "no such file")


def _walk(top: str, root: str, recursive: bool, pattern: str) -> Iterator[Input | Unreadable]:
    try:
        with os.scandir(top) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield Unreadable(top, exc.strerror or str(exc))
        return
    for entry in entries:
        path = os.path.join(top, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if recursive:
                yield from _walk(path, root, recursive, pattern)
        elif fnmatch.fnmatch(entry.name, pattern):
            yield Input(path, os.path.relpath(path, root))


def _relative_name(path: str) -> str:
    """Where a file named on the command line goes under the output directory: its
    own relative path, or its name when the path is absolute or climbs out."""
    norm = os.path.normpath(path)
    if os.path.isabs(norm) or norm.split(os.sep)[0] == os.pardir:
        return os.path.basename(norm)
    return norm


def read_list(stream: BinaryIO, *, nul: bool) -> Iterator[str]:
    """Paths from a `--files-from` list: one a line, or NUL-separated (`find -print0`)."""
    separator = b"\0" if nul else b"\n"
    pending = b""
    while block := stream.read(64 * 1024):
        pending += block
        *complete, pending = pending.split(separator)
        yield from _names(complete, nul)
    yield from _names([pending], nul)


def _names(raw: list[bytes], nul: bool) -> Iterator[str]:
    for item in raw:
        if not nul:
            item = item.rstrip(b"\r")
        if item:
            yield os.fsdecode(item)


# ---------------------------------------------------------------- tasks


@dataclass(frozen=True, slots=True)
class FileTask:
    """A file a worker reads and parses whole."""

    path: str
    now: dt.datetime | None
    tz: str | None = None


@dataclass(frozen=True, slots=True)
class PieceTask:
    """A piece of an input read here (stdin, or a large file)."""

    piece: Piece
    path: str
    reference: dt.datetime
    tz: str | None = None


Task = FileTask | PieceTask


@dataclass(frozen=True, slots=True)
class Outcome:
    records: list[Record]
    error: str | None = None


def run_task(task: Task) -> Outcome:
    """Parse one task. Never raises: a failure is the outcome's error."""
    from . import pipeline

    try:
        if isinstance(task, FileTask):
            return Outcome(pipeline.parse_file(task.path, now=task.now, tz=task.tz))
        return Outcome(pipeline.parse_piece(task.piece, now=task.reference, path=task.path, tz=task.tz))
    except InputError as exc:
        return Outcome([], str(exc))
    except RecursionError:
        return Outcome([], "internal error: nesting too deep")
    except Exception as exc:  # a parser bug must cost one input, not the batch
        return Outcome([], f"internal error: {type(exc).__name__}: {exc}")


@dataclass(frozen=True, slots=True)
class Unit:
    """One step of the plan for an input: a task, a failure found while reading,
    or (`end`) the input is complete."""

    input: Input | Unreadable
    task: Task | None = None
    error: str | None = None
    end: bool = False
    size: int = 0


def plan(
    inputs: Iterable[Input | Unreadable],
    *,
    now: dt.datetime | None,
    stdin: Callable[[], BinaryIO],
    whole_limit: int | None = None,
    tz: str | None = None,
) -> Iterator[Unit]:
    """The units of work for the inputs, lazily (large inputs are read as the
    consumer asks for their pieces). Inputs over `whole_limit` bytes (default
    `reading.WHOLE_LIMIT`) are read here in pieces. `tz` is the IANA name of
    the zone of times written without one."""
    if whole_limit is None:
        whole_limit = reading.WHOLE_LIMIT
    for item in inputs:
        if isinstance(item, Unreadable):
            yield Unit(item, error=item.reason, end=True)
            continue
        if item.path == STDIN:
            yield from _pieces(item, stdin(), None, now, whole_limit, tz)
            continue
        try:
            st = os.stat(item.path)
            size = st.st_size
            large = size > whole_limit and not os.path.isdir(item.path)
        except OSError:
            size, large = 0, False  # the worker reports why it cannot be read
        if not large:
            yield Unit(item, FileTask(item.path, now, tz), end=True, size=size)
            continue
        try:
            stream = open(item.path, "rb")  # noqa: SIM115 - closed below, after its pieces
        except OSError as exc:
            yield Unit(item, error=exc.strerror or str(exc), end=True)
            continue
        with stream:
            yield from _pieces(item, stream, st.st_mtime, now, whole_limit, tz)


def _pieces(
    item: Input, stream: BinaryIO, mtime: float | None, now: dt.datetime | None, whole_limit: int, tz: str | None
) -> Iterator[Unit]:
    from .pipeline import reference_time

    # one reference time for all pieces of the input, as for a whole input
    reference = reference_time(now, mtime)
    try:
        for piece in read_pieces(stream, whole_limit=whole_limit):
            yield Unit(item, PieceTask(piece, item.path, reference, tz), size=len(piece.text))
    except InputError as exc:
        yield Unit(item, error=str(exc), end=True)
        return
    yield Unit(item, end=True)


# ---------------------------------------------------------------- execution


class Handle(Protocol):
    def get(self) -> Outcome: ...


class Executor(Protocol):
    def submit(self, task: Task) -> Handle: ...


@dataclass(slots=True)
class _Deferred:
    task: Task

    def get(self) -> Outcome:
        return run_task(self.task)


class InProcess:
    """`-j 1`: tasks run here, when their outcome is asked for."""

    def submit(self, task: Task) -> Handle:
        return _Deferred(task)


class WorkerPool:
    """`-j N`: a pool of worker processes (forked where the platform allows, so
    they start with the parser already imported). A first task that is a small file
    is parsed here and the pool starts with the second: a batch of one small input
    does not pay for workers. Pieces of a large input all go to the workers, so the
    memory of this process stays that of reading and writing."""

    def __init__(self, jobs: int) -> None:
        self._jobs = jobs
        self._pool: multiprocessing.pool.Pool | None = None
        self._submitted = 0

    def submit(self, task: Task) -> Handle:
        self._submitted += 1
        if self._submitted == 1 and isinstance(task, FileTask):
            return _Deferred(task)
        if self._pool is None:
            self._pool = self._start()
        return self._pool.apply_async(run_task, (task,))

    def _start(self) -> multiprocessing.pool.Pool:
        import multiprocessing

        from . import pipeline  # noqa: F401 - imported before the fork, shared by the workers

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        return context.Pool(self._jobs, initializer=_worker_init)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()

    def terminate(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()


def _worker_init() -> None:
    import signal
    import warnings

    # Ctrl-C is the parent's to handle: a worker that died of it would print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warnings.simplefilter("ignore")


def run_ordered(units: Iterable[Unit], executor: Executor, window: int) -> Iterator[tuple[Unit, Outcome | None]]:
    """Outcomes in the order of the units, with at most `window` tasks in flight."""
    pending: deque[tuple[Unit, Handle | None]] = deque()
    for unit in units:
        pending.append((unit, executor.submit(unit.task) if unit.task is not None else None))
        while len(pending) >= window:
            yield _settle(pending.popleft())
    while pending:
        yield _settle(pending.popleft())


def _settle(entry: tuple[Unit, Handle | None]) -> tuple[Unit, Outcome | None]:
    unit, handle = entry
    return unit, handle.get() if handle is not None else None


# ---------------------------------------------------------------- output


def _csv_row(record: Record) -> list[str | int]:
    from .output import csv_cell

    def when(stamp: Timestamp | None) -> str:
        if stamp is None:
            return ""
        return stamp.iso or stamp.text

    def utc(stamp: Timestamp | None) -> str:
        return (stamp.utc or "") if stamp is not None else ""

    row: list[str | int] = [
        record.source.path,
        record.source.index,
        record.headline or "",
        when(record.published),
        when(record.updated),
        utc(record.published),
        utc(record.updated),
        "; ".join(record.authors),
        record.dateline.text if record.dateline else "",
        "\n\n".join(record.body),
        len(record.quotes),
    ]
    # text from the web must not run as a spreadsheet formula
    return [csv_cell(cell) if isinstance(cell, str) else cell for cell in row]


class Writer:
    """Records of one output stream in one format."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        from .output import record_json

        self._out = out
        self._fmt = fmt
        self._json = record_json
        self._first = True
        self._csv = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        if fmt == "json":
            out.write("[")
        elif self._csv is not None:
            self._csv.writerow(CSV_COLUMNS)

    def write(self, records: Iterable[Record]) -> int:
        count = 0
        for record in records:
            count += 1
            if self._csv is not None:
                self._csv.writerow(_csv_row(record))
            elif self._fmt == "json":
                self._out.write(("\n" if self._first else ",\n") + self._json(record))
            else:
                self._out.write(self._json(record) + "\n")
            self._first = False
        return count

    def finish(self) -> None:
        if self._fmt == "json":
            self._out.write("]\n" if self._first else "\n]\n")


class Sink(Protocol):
    def begin(self, item: Input) -> None: ...
    def write(self, records: list[Record]) -> int: ...
    def succeed(self) -> None: ...
    def fail(self) -> None: ...
    def close(self) -> None: ...


class StreamSink:
    """All records to one stream (stdout), flushed after each input."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        self._out = out
        self._writer = Writer(out, fmt)

    def begin(self, item: Input) -> None:
        pass

    def write(self, records: list[Record]) -> int:
        n = self._writer.write(records)
        self._out.flush()
        return n

    def succeed(self) -> None:
        pass

    def fail(self) -> None:
        pass

    def close(self) -> None:
        self._writer.finish()
        self._out.flush()


SUFFIX = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv"}


@dataclass(slots=True)
class DirectorySink:
    """One output file per input under `root`, mirroring the input tree
    (`a/b.txt` gives `a/b.jsonl`). Each is written under a temporary name and
    renamed when complete; a failed input leaves no file."""

    root: Path
    fmt: str
    _file: TextIO | None = None
    _writer: Writer | None = None
    _temp: Path | None = None
    _final: Path | None = None
    _made: set[Path] = field(default_factory=set)

    def begin(self, item: Input) -> None:
        final = self.root / Path(item.relative).with_suffix(SUFFIX[self.fmt])
        if final.parent not in self._made:  # bounded by the number of directories, not files
            final.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(final.parent)
        self._final = final
        self._temp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        self._file = open(self._temp, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in succeed/fail
        self._writer = Writer(self._file, self.fmt)

    def write(self, records: list[Record]) -> int:
        assert self._writer is not None
        return self._writer.write(records)

    def succeed(self) -> None:
        assert self._writer is not None and self._file is not None and self._temp and self._final
        self._writer.finish()
        self._file.close()
        os.replace(self._temp, self._final)
        self._reset()

    def fail(self) -> None:
        self.close()

    def close(self) -> None:
        """Drop an unfinished file (after a failure or an interruption)."""
        if self._file is not None:
            self._file.close()
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
        self._reset()

    def _reset(self) -> None:
        self._file = self._writer = self._temp = self._final = None


# ---------------------------------------------------------------- the batch


class Progress(Protocol):
    def advance(self, files: int, articles: int, size: int) -> None: ...
    def error(self, message: str) -> None: ...


@dataclass(frozen=True, slots=True)
class Options:
    fmt: str = "jsonl"
    now: dt.datetime | None = None
    jobs: int = 1
    output_dir: Path | None = None
    tz: str | None = None  # IANA name, checked by the caller


def run_batch(
    inputs: Iterable[Input | Unreadable],
    options: Options,
    *,
    stdout: TextIO,
    stdin: Callable[[], BinaryIO],
    report: Callable[[str], None],
    progress: Progress | None = None,
) -> bool:
    """Parse every input and write its records; `report` gets one line per failed
    input. Returns whether every input succeeded."""
    sink: Sink = (
        DirectorySink(options.output_dir, options.fmt)
        if options.output_dir is not None
        else StreamSink(stdout, options.fmt)
    )
    executor: InProcess | WorkerPool = WorkerPool(options.jobs) if options.jobs > 1 else InProcess()
    window = max(2, options.jobs * 4)
    ok = True
    finished = False
    try:
        current: Input | Unreadable | None = None
        failed = False
        count = 0
        for unit, outcome in run_ordered(plan(inputs, now=options.now, stdin=stdin, tz=options.tz), executor, window):
            if unit.input is not current:
                current, failed, count = unit.input, False, 0
                if isinstance(current, Input):
                    sink.begin(current)
            error = unit.error or (outcome.error if outcome is not None else None)
            articles = 0
            if error is not None and not failed:
                failed, ok = True, False
                sink.fail()
                report(f"newsparse: error: {unit.input.path}: {error}")
                if progress is not None:
                    progress.error(f"{unit.input.path}: {error}")
            elif outcome is not None and not failed:
                records = outcome.records
                if isinstance(unit.task, PieceTask) and unit.task.piece.first_line != 1:
                    from .pipeline import renumber

                    records = renumber(records, count)
                articles = sink.write(records)
                count += articles
            if unit.end and not failed and isinstance(current, Input):
                sink.succeed()
            if progress is not None:
                progress.advance(1 if unit.end else 0, articles, unit.size)
        finished = True
    finally:
        if finished and isinstance(executor, WorkerPool):
            executor.close()
        elif isinstance(executor, WorkerPool):
            executor.terminate()
        if finished or isinstance(sink, DirectorySink):
            sink.close()
    return ok


def text_stream(binary: BinaryIO) -> io.TextIOWrapper:
    """UTF-8 text over a binary stream, newlines as written (CSV and JSON Lines
    both choose their own)."""
    return io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="", write_through=False)
