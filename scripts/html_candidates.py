"""Measure HTML-to-text libraries as newsparse's HTML front end (the README's table).

    python scripts/html_candidates.py [--cmd .venv/bin/newsparse] [CANDIDATE ...]

Each candidate turns every development page's original HTML
(../shared/corpus/{dev,dev2}/<id>.html.gz) into text; the text is written, in a
temporary directory outside the repository, as `<id>.page.txt` beside the page's
gold, and the scorer runs newsparse on it (`--variant page`). Printed per
candidate: the conversion time of all pages, and the scorer's body F1 and header
fields on dev and dev2, beside the figures for the browser's own text (`browser`).
The time is the fastest of three passes over all pages (the machine is shared).
The candidates come with `make bench`'s extra (`pip install -e '.[bench]'`); one that
is not installed is skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "tools" / "score"
CORPORA = ("dev", "dev2")
FIELDS = ("headline", "published", "authors")


def _decode(data: bytes) -> str:
    from newsparse.htmltext import declared_charset

    return data.decode(declared_charset(data) or "utf-8", errors="replace")


def _newsparse(html: str) -> str:
    from newsparse.htmltext import html_to_text

    return html_to_text(html).text


def _module(name: str) -> Any:
    """A candidate library, imported by name (they come with the bench extra only)."""
    return importlib.import_module(name)


def _html_text(html: str) -> str:
    html_text = _module("html_text")

    # without <title>, which html-text puts first in the text and newsparse keeps aside (PageMeta)
    tree = html_text.parse_html(html)
    for title in list(tree.iter("title")):
        parent = title.getparent()
        if parent is not None:
            parent.remove(title)
    return str(html_text.extract_text(tree, guess_layout=True))


def _inscriptis(html: str) -> str:
    return str(_module("inscriptis").get_text(html))


def _selectolax(html: str) -> str:
    # its own text(): one line per text node (it has no layout of its own)
    tree = _module("selectolax.lexbor").LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "template", "noscript", "head", "svg"])
    body = tree.body
    return "" if body is None else str(body.text(separator="\n", strip=True))


def _justext(html: str) -> str:
    justext = _module("justext")
    # every paragraph jusText's parser finds, boilerplate or not: its classifier
    # would drop what newsparse itself files as boilerplate
    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    return "\n\n".join(p.text for p in paragraphs)


CANDIDATES: dict[str, Callable[[str], str]] = {
    "newsparse (lxml)": _newsparse,
    "html-text": _html_text,
    "inscriptis": _inscriptis,
    "selectolax": _selectolax,
    "justext": _justext,
}


def _pages(corpus: str) -> list[Path]:
    return sorted((SHARED / "corpus" / corpus).glob("*.html.gz"))


def _score(cmd: str, directory: Path) -> dict[str, object]:
    out = directory / "score.json"
    argv = [sys.executable, str(SCORE), "--cmd", cmd, "--variant", "page", "--json", str(out), str(directory)]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    result: dict[str, object] = json.loads(out.read_text("utf-8"))
    return result


def _best_seconds(convert: Callable[[str], str], pages: list[str], rounds: int = 3) -> float:
    """The fastest of `rounds` passes over all pages: the machine is shared, so the
    quickest pass is the one least slowed by other work."""
    convert(pages[0])  # imports and first-call set-up are not timed
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for html in pages:
            with contextlib.suppress(Exception):  # a failure was reported by the scoring pass
                convert(html)
        best = min(best, time.perf_counter() - start)
    return best


def measure(name: str, convert: Callable[[str], str] | None, cmd: str, tmp: Path) -> list[str]:
    """One row: the candidate's time over all pages and its scores per corpus."""
    cells: list[str] = []
    pages: list[str] = []
    for corpus in CORPORA:
        target = tmp / name.split()[0] / corpus
        target.mkdir(parents=True)
        for page in _pages(corpus):
            page_id = page.name.removesuffix(".html.gz")
            gold = page.with_name(f"{page_id}.gold.json")
            (target / gold.name).write_bytes(gold.read_bytes())
            if convert is None:
                text = page.with_name(f"{page_id}.page.txt").read_text("utf-8")
            else:
                html = _decode(gzip.decompress(page.read_bytes()))
                pages.append(html)
                try:
                    text = convert(html)
                except Exception as exc:  # a candidate that fails on a page scores nothing on it
                    print(f"{name}: {page_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    text = ""
            (target / f"{page_id}.page.txt").write_text(text, "utf-8")
        result = _score(cmd, target)
        body = result.get("body")
        cells.append(f"{body['f1']:.3f}" if isinstance(body, dict) else "-")
        for field in FIELDS:
            value = result.get(field)
            cells.append(f"{value['accuracy']:.3f}" if isinstance(value, dict) else "-")
    seconds = "-" if convert is None else f"{_best_seconds(convert, pages):.2f}"
    return [name, seconds, *cells]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("candidates", nargs="*", metavar="CANDIDATE", help="default: all")
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "newsparse"))
    args = ap.parse_args(argv)
    if not SCORE.exists():
        print(f"html_candidates: no scorer at {SCORE}", file=sys.stderr)
        return 1
    head = ["HTML to text", "seconds", *(f"{c} {f}" for c in CORPORA for f in ("body F1", *FIELDS))]
    rows = [head]
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(measure("browser innerText", None, args.cmd, Path(tmp)))
        for name, convert in CANDIDATES.items():
            if args.candidates and name.split()[0] not in args.candidates:
                continue
            try:
                rows.append(measure(name, convert, args.cmd, Path(tmp)))
            except ImportError as exc:
                print(f"html_candidates: {name} skipped: {exc}", file=sys.stderr)
    widths = [max(len(r[k]) for r in rows) for k in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
