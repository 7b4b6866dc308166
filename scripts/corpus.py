"""The development corpora as training and measuring material for the scripts
(`fit_weights.py`): every page's text, its gold record, and which of its lines
the gold fields stand on, after newsparse has split and unwrapped the text.

Reads ../shared at run time; nothing of it is copied into the repository.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev2_split import split

from newsparse.htmltext import PageMeta, html_to_text
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
    meta: PageMeta | None = None  # for HTML input: what the page says about itself

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
        if numbers and self.meta is None:
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


def _page(name: str, gold_path: Path, text_path: Path, html: bool = False) -> Page:
    gold = json.loads(gold_path.read_text("utf-8"))
    meta = None
    if html:
        page_html = html_to_text(gzip.decompress(text_path.read_bytes()).decode("utf-8", "replace"))
        text, meta = page_html.text, page_html.meta
    else:
        text = text_path.read_text("utf-8")
    page = Page(name, str(gold.get("site") or name), text, gold, _now(gold), meta=meta)
    page.lines = unwrap(split_lines(text))
    return page


def pages(set_name: str) -> Iterator[Page]:
    """`dev-article`, `dev-page`, `dev2-work`, `dev2-holdout`, `dev2-page`, and
    `dev-html`, `dev2-work-html`: the same pages from their original HTML, laid
    out as newsparse lays HTML out (`Page.meta` then holds what the page says
    about itself). Gold lines are found by text in the laid-out lines (dev2's
    `body_lines` number the browser's text, so its HTML pages find their body by
    text too)."""
    if set_name.endswith("-html"):
        corpus = SHARED / "corpus" / ("dev" if set_name == "dev-html" else "dev2")
        golds = sorted(corpus.glob("*.gold.json"))
        if set_name == "dev2-work-html":
            golds = split(corpus)["work"]
        for gold in golds:
            html = gold.with_name(gold.name.replace(".gold.json", ".html.gz"))
            if html.exists():
                yield _page(f"{set_name}/{gold.name[:16]}", gold, html, html=True)
        return
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


@dataclass(slots=True)
class JoinedPage:
    """A development file of articles joined one after another (`joined_corpus.py`),
    with the gold of each and the lines each occupies."""

    name: str
    text: str
    golds: list[dict[str, Any]]
    now: dt.datetime
    lines: list[Line] = field(default_factory=list)

    def article_at(self, i: int) -> int:
        """Which article (0-based) line index i lies in."""
        number = self.lines[i].number
        for k, gold in enumerate(self.golds):
            first, last = gold["joined"]["lines"]
            if first <= number <= last:
                return k
        return len(self.golds) - 1

    def site_at(self, i: int) -> str:
        return str(self.golds[self.article_at(i)].get("site") or self.name)

    def headline_starts(self) -> set[int]:
        """The line index of each gold headline but the first article's: where a new article starts."""
        return self.start_labels()[0]

    def start_labels(self) -> tuple[set[int], set[int]]:
        """(starts, header lines): for each article after the first, the line its
        header starts at (its gold headline's line, else its first non-blank
        line), and every line of its header (from its first line to its first
        body line), which a start may fairly be placed on too."""
        starts: set[int] = set()
        header: set[int] = set()
        for k, gold in enumerate(self.golds[1:], 1):
            own = [i for i, line in enumerate(self.lines) if line.text and self.article_at(i) == k]
            if not own:
                continue
            body = self._first_body_line(gold, own)
            want = norm(gold.get("headline") or "")
            found = next((i for i in own if i < body and want and norm(self.lines[i].text) == want), None)
            starts.add(found if found is not None else own[0])
            header.update(i for i in own if i < body)
        return starts, header

    def _first_body_line(self, gold: dict[str, Any], own: list[int]) -> int:
        numbers = set(gold.get("body_lines") or [])
        paragraphs = [norm(p) for p in gold.get("body") or [] if p.strip()]
        for i in own:
            line = self.lines[i]
            if numbers and any(n in numbers for n in range(line.number, line.last + 1)):
                return i
            text = norm(line.text)
            if not numbers and len(text) >= 40 and any(text in p or p in text for p in paragraphs):
                return i
        return own[-1] + 1


def joined_pages(corpus: str, per_file: int, seed: int) -> Iterator[JoinedPage]:
    """The joined files of `corpus` (`dev`, or dev2's working part), built with `seed`
    in a temporary directory outside the repository."""
    import tempfile

    from joined_corpus import build

    with tempfile.TemporaryDirectory(prefix="newsparse-fit-joined-") as tmp:
        for gold_path in build(corpus, per_file, Path(tmp), seed=seed):
            golds = [json.loads(x) for x in gold_path.read_text("utf-8").splitlines() if x.strip()]
            text = gold_path.with_name(gold_path.name.replace(".gold.jsonl", ".txt")).read_text("utf-8")
            page = JoinedPage(f"joined-{corpus}-{per_file}-{seed}/{gold_path.stem}", text, golds, _now(golds[0]))
            page.lines = unwrap(split_lines(text))
            yield page
