"""Serialising records: JSON Lines (one object per line) or one JSON array.

UTF-8, no ASCII escaping, keys in the order the record contract fixes, so the
same input and options always give the same bytes.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .model import Record


def record_json(record: Record) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(", ", ": "))


def jsonl(records: Iterable[Record]) -> str:
    return "".join(record_json(r) + "\n" for r in records)


# A spreadsheet opening a CSV file runs a cell that starts with one of these as a
# formula (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`), and text from the web may
# start so. OWASP's advice: start such a cell with a single quote, which
# spreadsheets take as "text follows" and do not show.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A CSV cell for `text` that no spreadsheet runs as a formula. A cell of the
    one character alone (`-`, standard input's path) is no formula, and stays."""
    return "'" + text if len(text) > 1 and text.startswith(_FORMULA_STARTS) else text


# Errors that concern one output name (a directory where the file would go, a
# file where a directory would, a name too long): that input fails, the rest go
# on. Any other (a full disk, a read-only file system, no permission) would fail
# every input alike: the run stops.
_ONE_NAME = frozenset(
    getattr(errno, name)
    for name in ("EISDIR", "ENOTDIR", "EEXIST", "ENAMETOOLONG", "EILSEQ", "EINVAL", "ELOOP")
    if hasattr(errno, name)
)


class OutputError(Exception):
    """Output that cannot be written: `path` (a file under `--output-dir`, or
    `standard output`), the system's reason, and whether the run can go on
    (`fatal` is False when only this one name is at fault)."""

    def __init__(self, path: str, error: OSError) -> None:
        self.path = path
        self.reason = error.strerror or str(error)
        self.fatal = error.errno not in _ONE_NAME
        super().__init__(f"{path}: cannot write: {self.reason}")


STDOUT_NAME = "standard output"


@contextmanager
def writing(path: str) -> Iterator[None]:
    """OSError while writing `path` as OutputError; a closed pipe stays itself
    (the reader went away: the caller ends quietly)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(path, exc) from None
