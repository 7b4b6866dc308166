"""The development corpora as training and measuring material for the scripts
(`fit_weights.py`): every page's text, its gold record, and which of its lines
the gold fields stand on, after newsparse has split and unwrapped the text.

Reads ../shared at run time; nothing of it is copied into the repository.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev2_split import split

from newsparse.text import Line, split_lines
from newsparse.unwrap import unwrap

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_QUOTES = str.maketrans("‘’‚‛“”„‟–—", "''''\"\"\"\"--")


def norm(text: str) -> str:
    """The scorer's comparison form: NFKC, plain quotes and dashes, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().split())


@dataclass(slots=True)
class Page:
    """One development page: where it came from, its text and gold, and the gold's lines."""

    name: str  # set/id
    site: str
    text: str
    gold: dict[str, Any]
    now: dt.datetime
    lines: list[Line] = field(default_factory=list)

    def find(self, wanted: str | None, *, whole: bool = True) -> list[int]:
        """Indices of the lines that are `wanted` (whole) or hold it."""
        if not wanted:
            return []
        want = norm(wanted)
        if whole:
            return [i for i, line in enumerate(self.lines) if line.text and norm(line.text) == want]
        return [i for i, line in enumerate(self.lines) if line.text and want in norm(line.text)]

    def headline_lines(self) -> list[int]:
        return self.find(self.gold.get("headline"))

    def byline_lines(self) -> list[int]:
        return self.find(self.gold.get("byline"), whole=False)

    def time_lines(self, key: str) -> list[int]:
        stamp = self.gold.get(key)
        return self.find(stamp.get("text"), whole=False) if isinstance(stamp, dict) else []

    def body_lines(self) -> set[int]:
        """Line indices holding gold body text: the lines dev2's gold names, else
        the lines that are (or are inside) one of dev's gold paragraphs."""
        numbers = self.gold.get("body_lines")
        if numbers:
            wanted = set(numbers)
            return {
                i
                for i, line in enumerate(self.lines)
                if line.text and any(n in wanted for n in range(line.number, line.last + 1))
            }
        paragraphs = [norm(p) for p in self.gold.get("body") or [] if p.strip()]
        whole = set(paragraphs)
        found = set()
        for i, line in enumerate(self.lines):
            if not line.text:
                continue
            text = norm(line.text)
            if text in whole or (len(text) >= 40 and any(text in p for p in paragraphs)):
                found.add(i)
        return found


def _now(gold: dict[str, Any]) -> dt.datetime:
    raw = gold.get("now") or "2025-12-05T12:00:00+00:00"
    when = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _page(name: str, gold_path: Path, text_path: Path) -> Page:
    gold = json.loads(gold_path.read_text("utf-8"))
    text = text_path.read_text("utf-8")
    page = Page(name, str(gold.get("site") or name), text, gold, _now(gold))
    page.lines = unwrap(split_lines(text))
    return page


def pages(set_name: str) -> Iterator[Page]:
    """`dev-article`, `dev-page`, `dev2-work`, `dev2-holdout`, `dev2-page`."""
    if set_name.startswith("dev-"):
        variant = set_name.split("-", 1)[1]
        for gold in sorted((SHARED / "corpus" / "dev").glob("*.gold.json")):
            text = gold.with_name(gold.name.replace(".gold.json", f".{variant}.txt"))
            if text.exists():
                yield _page(f"{set_name}/{gold.name[:16]}", gold, text)
        return
    corpus = SHARED / "corpus" / "dev2"
    part = set_name.split("-", 1)[1]
    golds = sorted(corpus.glob("*.gold.json")) if part == "page" else split(corpus)[part]
    for gold in golds:
        yield _page(f"{set_name}/{gold.name[:16]}", gold, gold.with_name(gold.name.replace(".gold.json", ".page.txt")))
