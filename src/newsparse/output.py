"""Serialising records: JSON Lines (one object per line) or one JSON array.

UTF-8, no ASCII escaping, keys in the order the record contract fixes, so the
same input and options always give the same bytes.
"""

from __future__ import annotations

import errno
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `newsparse --version` imports this module and needs no model
    from .model import Record

# Characters JSON may hold raw but newsparse writes as `\u` escapes: DEL and the
# C1 controls (U+009B is a terminal's CSI, which a terminal showing the records
# would obey; json already escapes the C0 ones), and lone surrogates, which no
# UTF-8 encoder writes: a file name's undecodable bytes, kept as `os.fsdecode`
# keeps them (byte 0xE9 as U+DCE9), so `source.path` reads back to those bytes.
_ESCAPED = re.compile("[\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(value: object) -> str:
    """`value` as JSON: UTF-8 text unescaped, controls and lone surrogates escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return _ESCAPED.sub(_escape, text) if _ESCAPED.search(text) else text


def record_json(record: Record) -> str:
    return json_text(record.to_dict())


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
