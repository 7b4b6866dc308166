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
