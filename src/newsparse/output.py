"""Serialising records: JSON Lines (one object per line) or one JSON array.

UTF-8, no ASCII escaping, keys in the order the record contract fixes, so the
same input and options always give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

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
