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

import contextlib
import csv
import datetime as dt
import fnmatch
import hashlib
import io
import itertools
import os
import stat
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, TextIO

from . import reading
from .inputs import DEFAULT_FIELDS, Document, ScrapeFields
from .output import STDOUT_NAME, OutputError, writing
from .reading import InputError

if TYPE_CHECKING:
    import multiprocessing.pool

    from .model import Record, Timestamp

FORMATS = ("jsonl", "json", "csv")
# url and id (a scrape record's) come last, so the columns before them keep their places
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
    "url",
    "id",
)
STDIN = "-"


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class Input:
    """One input: `path` as records and errors name it (`-` for stdin),
    `relative`, where its output goes under `--output-dir`, and whether it was
    `found` in a directory (not named): newsparse's own output found so is
    skipped with a note, named it is refused."""

    path: str
    relative: str
    found: bool = False


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An argument that names no input; reported like a failed input."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something a directory walk met and passed over, with why: reported as a
    note, not an error (a link to a directory, a FIFO, the output directory)."""

    path: str
    reason: str


Item = Input | Unreadable | Skipped

# What `--glob` reads by default: text, JSON Lines (scrape records) and HTML, gzipped or not.
DEFAULT_PATTERNS = tuple(f"*.{ext}{gz}" for ext in ("txt", "jsonl", "json", "html", "htm") for gz in ("", ".gz"))
LINK_SKIPPED = "skipped: a symbolic link to a directory (-r does not follow them)"
OUTPUT_SKIPPED = "skipped: the output directory (-o)"


def expand(
    arguments: Iterable[str | Unreadable],
    *,
    recursive: bool = False,
    pattern: str | Sequence[str] = DEFAULT_PATTERNS,
    output_dir: str | None = None,
) -> Iterator[Item]:
    """Inputs named by arguments, in order. A directory gives the regular files in
    it whose names match one of the patterns (case-insensitively; sorted; hidden
    ones skipped), and with `recursive` those of its subdirectories too, each
    placed relative to the directory. A walk does not follow symbolic links to
    directories (a link to `.` would read the tree again and again), passes over
    what is not a regular file (a FIFO would wait for a writer for ever) and
    `output_dir`, which must exist (what this run writes is no input of it), each
    with a note (`Skipped`). A directory that gives no file at all is
    Unreadable, with the reason (only subdirectories, nothing matches)."""
    patterns = (pattern,) if isinstance(pattern, str) else tuple(pattern)
    output = _identity(output_dir) if output_dir is not None else None
    for argument in arguments:
        if isinstance(argument, Unreadable):
            yield argument
        elif argument == STDIN:
            yield Input(STDIN, "stdin")
        elif os.path.isdir(argument):
            if output is not None and _within(argument, output_dir or ""):
                yield Skipped(argument, OUTPUT_SKIPPED)
                continue
            seen = _Seen()
            yield from _walk(argument, argument, recursive, patterns, seen, output)
            if not seen.matched and not seen.failed:
                yield Unreadable(argument, seen.why_nothing(recursive, patterns))
        elif os.path.lexists(argument):
            yield Input(argument, _relative_name(argument))
        else:
            yield Unreadable(argument, "no such file")


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _within(path: str, directory: str) -> bool:
    """Whether `path` is `directory` or inside it, links resolved."""
    inner, outer = os.path.realpath(path), os.path.realpath(directory)
    return inner == outer or inner.startswith(outer.rstrip(os.sep) + os.sep)


@dataclass(slots=True)
class _Seen:
    """What a directory walk met, to say why it found nothing to parse."""

    files: int = 0
    directories: int = 0
    matched: int = 0
    skipped: int = 0
    failed: bool = False

    def why_nothing(self, recursive: bool, patterns: tuple[str, ...]) -> str:
        if self.skipped:
            return "nothing to parse: every file that matches was skipped"
        if self.files:
            shown = " ".join(patterns) if len(patterns) <= 3 else f"{patterns[0]} ... {patterns[-1]}"
            where = "in it or its subdirectories" if recursive else "in it"
            return f"nothing to parse: no file {where} matches --glob {shown}"
        if self.directories and not recursive:
            return "nothing to parse: it holds only subdirectories (add -r to read them)"
        return "nothing to parse: no files in it"


def _walk(
    top: str,
    root: str,
    recursive: bool,
    patterns: tuple[str, ...],
    seen: _Seen,
    output: tuple[int, int] | None,
) -> Iterator[Item]:
    try:
        with os.scandir(top) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        seen.failed = True
        yield Unreadable(top, exc.strerror or str(exc))
        return
    for entry in entries:
        path = os.path.join(top, entry.name)
        if _is_directory(entry):
            seen.directories += 1
            if not recursive:
                continue
            if entry.is_symlink():
                yield Skipped(path, LINK_SKIPPED)
            elif output is not None and _entry_identity(entry) == output:
                yield Skipped(path, OUTPUT_SKIPPED)
            else:
                yield from _walk(path, root, recursive, patterns, seen, output)
            continue
        seen.files += 1
        name = entry.name.lower()
        if not any(fnmatch.fnmatchcase(name, p.lower()) for p in patterns):
            continue
        kind = _not_regular(entry)
        if kind is not None:
            seen.skipped += 1
            yield Skipped(path, f"skipped: not a regular file ({kind})")
            continue
        seen.matched += 1
        yield Input(path, os.path.relpath(path, root), found=True)


def _is_directory(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _entry_identity(entry: os.DirEntry[str]) -> tuple[int, int] | None:
    try:
        st = entry.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _not_regular(entry: os.DirEntry[str]) -> str | None:
    """What a matching entry is when it is not a regular file (links followed),
    else None. A dangling link is left to the reader, which says it is missing."""
    try:
        mode = entry.stat().st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else reading.file_kind(mode)


def listed(names: Iterable[str], list_name: str) -> Iterator[str | Unreadable]:
    """The paths of a `--files-from` list; a list naming no file, or one that is
    no list of names (binary, unreadable), is Unreadable."""
    empty = True
    try:
        for name in names:
            empty = False
            yield name
    except InputError as exc:
        yield Unreadable(f"--files-from {list_name}", str(exc))
        return
    if empty:
        yield Unreadable(f"--files-from {list_name}", "nothing to parse: the list names no file")


def _relative_name(path: str) -> str:
    """Where a file named on the command line goes under the output directory: its
    own relative path, or its name when the path is absolute or climbs out."""
    norm = os.path.normpath(path)
    if os.path.isabs(norm) or norm.split(os.sep)[0] == os.pardir:
        return os.path.basename(norm)
    return norm


def read_list(stream: BinaryIO, *, nul: bool) -> Iterator[str]:
    """Paths from a `--files-from` list: one a line, or NUL-separated (`find -print0`).
    Raises InputError when the list is binary or cannot be read."""
    separator = b"\0" if nul else b"\n"
    pending = b""
    first = True
    while block := _read_block(stream):
        if first:
            # a binary file given by mistake would make thousands of names of noise
            reading.refuse_binary(block.replace(b"\0", b"\n") if nul else block)
            first = False
        pending += block
        *complete, pending = pending.split(separator)
        yield from _names(complete, nul)
    yield from _names([pending], nul)


def _read_block(stream: BinaryIO) -> bytes:
    try:
        return stream.read(64 * 1024)
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def _names(raw: list[bytes], nul: bool) -> Iterator[str]:
    for item in raw:
        if not nul:
            item = item.rstrip(b"\r")
        if item:
            yield os.fsdecode(item)


# ---------------------------------------------------------------- tasks


@dataclass(frozen=True, slots=True)
class FileTask:
    """A file a worker reads and parses whole (any kind: text, HTML, JSON Lines)."""

    path: str
    now: dt.datetime | None
    fields: ScrapeFields = DEFAULT_FIELDS
    found: bool = False
    tz: str | None = None


@dataclass(frozen=True, slots=True)
class DocTask:
    """A document read here: a piece of stdin or of a large file, or one scrape
    record of a JSON Lines input."""

    document: Document
    path: str


Task = FileTask | DocTask
OWN_OUTPUT_SKIPPED = "skipped: newsparse's own output (records), not a page"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a task gave: records, or the error that failed its input; `problems`
    are scrape-record lines that gave no page (reported, the input goes on);
    `skipped` says why an input found in a directory was passed over."""

    records: list[Record]
    error: str | None = None
    problems: tuple[str, ...] = ()
    skipped: str | None = None


def run_task(task: Task) -> Outcome:
    """Parse one task. Never raises: a failure is the outcome's error."""
    from .inputs import LineProblem, OwnOutput, iter_path, parse_document

    try:
        if isinstance(task, FileTask):
            problems: list[str] = []

            def note(problem: LineProblem) -> None:
                problems.append(str(problem))

            try:
                # found in a walk: a FIFO swapped in since is refused, not waited on
                found = iter_path(
                    task.path, now=task.now, fields=task.fields, on_problem=note, tz=task.tz, regular_only=task.found
                )
                records = list(found)
            except OwnOutput:
                if task.found:
                    return Outcome([], skipped=OWN_OUTPUT_SKIPPED)
                raise
            return Outcome(records, problems=tuple(problems))
        try:
            return Outcome(parse_document(task.document, path=task.path))
        except InputError as exc:
            if task.document.line is None:
                raise
            return Outcome([], problems=(str(LineProblem(task.document.line, str(exc))),))
    except InputError as exc:
        return Outcome([], str(exc))
    except Exception as exc:  # a parser bug must cost one input, not the batch
        return Outcome([], internal_error(exc))


def internal_error(exc: Exception) -> str:
    """The one-line message for a parser bug met on one input."""
    if isinstance(exc, RecursionError):
        return "internal error: nesting too deep"
    return f"internal error: {type(exc).__name__}: {exc}"


@dataclass(frozen=True, slots=True)
class Unit:
    """One step of the plan for an input: a task, a failure found while reading,
    a scrape-record line that gave no page (`problem`), a note that the input is
    passed over (`skipped`), or (`end`) the input is complete."""

    input: Item
    task: Task | None = None
    error: str | None = None
    end: bool = False
    size: int = 0
    problem: str | None = None
    skipped: str | None = None


def plan(
    inputs: Iterable[Item],
    *,
    now: dt.datetime | None,
    stdin: Callable[[], BinaryIO],
    whole_limit: int | None = None,
    fields: ScrapeFields | None = None,
    tz: str | None = None,
) -> Iterator[Unit]:
    """The units of work for the inputs, lazily (large inputs are read as the
    consumer asks for their documents). Inputs over `whole_limit` bytes (default
    `reading.WHOLE_LIMIT`), and stdin, are read here: in pieces, or a scrape
    record at a time. `tz` is the IANA name of the zone of times written without
    one."""
    if whole_limit is None:
        whole_limit = reading.WHOLE_LIMIT
    fields = fields or DEFAULT_FIELDS
    for item in inputs:
        if isinstance(item, Unreadable):
            yield Unit(item, error=item.reason, end=True)
            continue
        if isinstance(item, Skipped):
            yield Unit(item, skipped=item.reason, end=True)
            continue
        if item.path == STDIN:
            try:
                stream = reading.gunzipped(stdin())
            except InputError as exc:  # standard input closed
                yield Unit(item, error=str(exc), end=True)
                continue
            yield from _documents(item, stream, None, now, fields, whole_limit, tz)
            continue
        try:
            st = os.stat(item.path)
            size = st.st_size
            large = size > whole_limit and not os.path.isdir(item.path)
        except OSError:
            size, large = 0, False  # the worker reports why it cannot be read
        if not large:
            yield Unit(item, FileTask(item.path, now, fields, item.found, tz), end=True, size=size)
            continue
        try:
            stream, mtime = reading.open_input(item.path, regular_only=item.found)
        except InputError as exc:
            yield Unit(item, error=str(exc), end=True)
            continue
        with stream:
            yield from _documents(item, stream, mtime, now, fields, whole_limit, tz)


def _documents(
    item: Input,
    stream: BinaryIO,
    mtime: float | None,
    now: dt.datetime | None,
    fields: ScrapeFields,
    whole_limit: int,
    tz: str | None,
) -> Iterator[Unit]:
    from .inputs import LineProblem, OwnOutput, documents

    try:
        for document in documents(stream, mtime=mtime, now=now, fields=fields, whole_limit=whole_limit, tz=tz):
            if isinstance(document, LineProblem):
                yield Unit(item, problem=str(document))
            else:
                yield Unit(item, DocTask(document, item.path), size=len(document.text))
    except OwnOutput as exc:
        if item.found:
            yield Unit(item, skipped=OWN_OUTPUT_SKIPPED, end=True)
        else:
            yield Unit(item, error=str(exc), end=True)
        return
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

    def __init__(self, jobs: int, report: Callable[[str], None] | None = None) -> None:
        self._jobs = jobs
        self._pool: multiprocessing.pool.Pool | None = None
        self._submitted = 0
        self._alone = False
        self._report = report

    def submit(self, task: Task) -> Handle:
        self._submitted += 1
        if self._submitted == 1 and isinstance(task, FileTask):
            return _Deferred(task)
        if self._pool is None and not self._alone:
            try:
                self._pool = self._start()
            except OSError as exc:
                # a process limit (RLIMIT_NPROC) or no memory: the work is still
                # done, here, one task at a time, and the user is told why it is slow
                self._alone = True
                if self._report is not None:
                    why = exc.strerror or str(exc)
                    self._report(
                        f"newsparse: note: cannot start {self._jobs} worker processes ({why}): parsing in this process"
                    )
        if self._pool is None:
            return _Deferred(task)
        return self._pool.apply_async(run_task, (task,))

    def _start(self) -> multiprocessing.pool.Pool:
        import multiprocessing

        from . import pipeline  # noqa: F401 - imported before the fork, shared by the workers

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        return context.Pool(self._jobs, initializer=_worker_init)  # stops the workers it started if one fails

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
    import sys
    import warnings

    # Ctrl-C is the parent's to handle: a worker that died of it would print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the parent's SIGTERM handler is inherited by the fork: a worker just ends
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    warnings.simplefilter("ignore")
    # a worker has nothing to say (outcomes go to the parent, which reports): a
    # worker whose parent was killed must not print the broken pipe to its results
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the worker's life


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
        record.source.url or "",
        record.source.id or "",
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
    """Where records go. Every method raises `OutputError` when the output
    cannot be written, and nothing else for it."""

    def begin(self, item: Input) -> None: ...
    def write(self, records: list[Record]) -> int: ...
    def succeed(self) -> None: ...
    def fail(self) -> None: ...
    def close(self) -> None: ...
    def discard(self) -> None: ...


class StreamSink:
    """All records to one stream (stdout), flushed after each input."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        self._out = out
        with writing(STDOUT_NAME):
            self._writer = Writer(out, fmt)

    def begin(self, item: Input) -> None:
        pass

    def write(self, records: list[Record]) -> int:
        with writing(STDOUT_NAME):
            n = self._writer.write(records)
            self._out.flush()
        return n

    def succeed(self) -> None:
        pass

    def fail(self) -> None:
        pass

    def close(self) -> None:
        with writing(STDOUT_NAME):
            self._writer.finish()
            self._out.flush()

    def discard(self) -> None:
        pass


SUFFIX = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv"}


class OutputNames:
    """The name of each input's output file under `--output-dir`: the input's
    relative name, whole, with the format's suffix (`a/story.txt` gives
    `a/story.txt.jsonl`, `story.html` `story.html.jsonl`), so inputs differing
    only in their extension never share a file. Names that still meet (two
    directories' `a.txt`, `/x/a.txt` and `/y/a.txt`, `-` and a file `stdin`, or
    names differing only in case, which a case-insensitive file system would
    merge) get a number, `a.txt-2.jsonl`, in input order: the plan is made in
    input order whatever `-j` is, so any number of workers gives the same files.

    What has been given out is remembered as 8-byte digests of the names and
    of their directories (a file never takes a directory's name): memory grows
    by a few dozen bytes per input."""

    def __init__(self, suffix: str) -> None:
        self._suffix = suffix
        self._files: set[int] = set()
        self._directories: set[int] = set()

    def claim(self, relative: str) -> str:
        *parents, name = relative.split(os.sep)
        for number in itertools.count(1):
            numbered = name if number == 1 else f"{name}-{number}"
            candidate = os.sep.join([*parents, numbered + self._suffix])
            key = _name_key(candidate)
            if key not in self._files and key not in self._directories:
                break
        self._files.add(key)
        for depth in range(1, len(parents) + 1):
            self._directories.add(_name_key(os.sep.join(parents[:depth])))
        return candidate


def _name_key(name: str) -> int:
    """Names a case-insensitive or normalising file system (macOS, Windows) would
    take for one are one name here too, so the layout is the same everywhere."""
    folded = unicodedata.normalize("NFC", name).casefold().encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(folded, digest_size=8).digest(), "big")


@dataclass(slots=True)
class DirectorySink:
    """One output file per input under `root`, mirroring the input tree and
    named by `OutputNames`. Each is written under a temporary name and renamed
    when complete; a failed input leaves no file."""

    root: Path
    fmt: str
    _names: OutputNames | None = None
    _file: TextIO | None = None
    _writer: Writer | None = None
    _temp: Path | None = None
    _final: Path | None = None
    _made: set[Path] = field(default_factory=set)
    _count: int = 0

    def begin(self, item: Input) -> None:
        """Name the input's file; it is made when the first records come (an input
        passed over makes none), and the name is kept whatever happens, so the
        names of the others do not depend on it."""
        if self._names is None:
            self._names = OutputNames(SUFFIX[self.fmt])
        self._final = self.root / self._names.claim(item.relative)

    def _open(self) -> Writer:
        if self._writer is not None:
            return self._writer
        assert self._final is not None, "begin comes first"
        final = self._final
        with writing(str(final)):
            if final.parent not in self._made:  # bounded by the number of directories, not files
                final.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(final.parent)
            self._count += 1
            # a short name of its own: the final name may be as long as a name can be
            # named before it is made: a signal that lands right after the file is
            # made (between two bytecodes) must find it to remove it
            self._temp = final.parent / f".newsparse-{os.getpid()}-{self._count}.tmp"
            self._file = open(self._temp, "w", encoding="utf-8", errors="surrogateescape", newline="")  # noqa: SIM115
            self._writer = Writer(self._file, self.fmt)
        return self._writer

    def write(self, records: list[Record]) -> int:
        writer = self._open()
        with writing(str(self._final)):
            return writer.write(records)

    def succeed(self) -> None:
        writer = self._open()
        assert self._file is not None and self._temp and self._final
        with writing(str(self._final)):
            writer.finish()
            self._file.close()
            os.replace(self._temp, self._final)
        self._reset()

    def fail(self) -> None:
        self.discard()

    def close(self) -> None:
        self.discard()

    def discard(self) -> None:
        """Drop an unfinished file (after a failure or an interruption); never raises."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()  # its last flush may fail as the writes did
        if self._temp is not None:
            with contextlib.suppress(OSError):
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
    fields: ScrapeFields = DEFAULT_FIELDS
    tz: str | None = None  # IANA name, checked by the caller


def run_batch(
    inputs: Iterable[Item],
    options: Options,
    *,
    stdout: TextIO,
    stdin: Callable[[], BinaryIO],
    report: Callable[[str], None],
    progress: Progress | None = None,
) -> bool:
    """Parse every input and write its records; `report` gets one line per failed
    input (or scrape-record line that gave no page), and a note per input passed
    over. Returns whether every input succeeded. Output that cannot be written
    fails its input when only its name is at fault (`OutputError.fatal` false),
    else raises `OutputError` (a full disk, standard output closed): the rest
    could not be written either. An interrupted run leaves no partial file."""
    sink: Sink = (
        DirectorySink(options.output_dir, options.fmt)
        if options.output_dir is not None
        else StreamSink(stdout, options.fmt)
    )
    executor: InProcess | WorkerPool = WorkerPool(options.jobs, report) if options.jobs > 1 else InProcess()
    window = max(2, options.jobs * 4)
    ok = True
    finished = False
    try:
        current: Item | None = None
        failed = False
        count = 0
        units = plan(inputs, now=options.now, stdin=stdin, fields=options.fields, tz=options.tz)
        for unit, outcome in run_ordered(units, executor, window):
            path = unit.input.path
            articles = 0
            try:
                if unit.input is not current:
                    current, failed, count = unit.input, False, 0
                    if isinstance(current, Input):
                        sink.begin(current)
                error = unit.error or (outcome.error if outcome is not None else None)
                skipped = unit.skipped or (outcome.skipped if outcome is not None else None)
                problems = (unit.problem,) if unit.problem else outcome.problems if outcome is not None else ()
                if failed:
                    pass  # the input already failed: nothing more of it is written or said
                elif error is not None:
                    failed, ok = True, False
                    sink.fail()
                    _failure(report, progress, path, error)
                elif skipped is not None:
                    failed = True  # not an error: the input is passed over, and leaves no output file
                    sink.fail()
                    report(f"newsparse: note: {path}: {skipped}")
                else:
                    for problem in problems:
                        ok = False
                        _failure(report, progress, path, problem)
                    if outcome is not None:
                        # a document's records are numbered from 0: number them on within the input
                        from .pipeline import renumber

                        articles = sink.write(renumber(outcome.records, count))
                        count += articles
                if unit.end and not failed and isinstance(current, Input):
                    sink.succeed()
            except OutputError as exc:
                if exc.fatal:
                    raise
                failed, ok = True, False
                sink.fail()
                _failure(report, progress, path, f"cannot write {exc.path}: {exc.reason}")
            if progress is not None:
                progress.advance(1 if unit.end else 0, articles, unit.size)
        finished = True
    finally:
        if not finished:
            sink.discard()  # first: nothing that follows may leave an unfinished file behind
        if finished and isinstance(executor, WorkerPool):
            executor.close()
        elif isinstance(executor, WorkerPool):
            executor.terminate()
    sink.close()
    return ok


def _failure(report: Callable[[str], None], progress: Progress | None, path: str, reason: str) -> None:
    report(f"newsparse: error: {path}: {reason}")
    if progress is not None:
        progress.error(f"{path}: {reason}")


def text_stream(binary: BinaryIO) -> io.TextIOWrapper:
    """UTF-8 text over a binary stream, newlines as written (CSV and JSON Lines
    both choose their own). A file name's undecodable bytes (lone surrogates,
    as `os.fsdecode` keeps them) are written back as those bytes: JSON escapes
    them first, and a CSV cell holds the name as the file system has it."""
    return io.TextIOWrapper(binary, encoding="utf-8", errors="surrogateescape", newline="", write_through=False)
