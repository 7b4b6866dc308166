"""One table of the scorer's figures on every development set (`make eval`).

    python scripts/eval.py [SET ...] [--cmd .venv/bin/newsparse] [--json OUT]

Sets (default: samples dev-article dev-page dev-html dev2-page dev2-html):
  samples        ../shared/samples (the example the project started from)
  dev-article    ../shared/corpus/dev, article-container text
  dev-page       ../shared/corpus/dev, whole-page text
  dev2-page      ../shared/corpus/dev2, whole-page text (all 118 pages)
  dev2-work      dev2 without its held-out third of sites (scripts/dev2_split.py)
  dev2-holdout   dev2's held-out third: read only at the end of a piece of work
  dev-html       ../shared/corpus/dev, the pages' original HTML (scripts/html_corpus.py)
  dev2-html      ../shared/corpus/dev2, the pages' original HTML
  dev2-work-html dev2's working part, from the pages' original HTML

The corpora live beside the repository, in ../shared, and are never copied into it.
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "tools" / "score"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev2_split import split  # noqa: E402
from html_corpus import build  # noqa: E402


def _dev2_part(part: str) -> list[str]:
    return [str(p) for p in split(SHARED / "corpus" / "dev2")[part]]


def _html_input(corpus: str) -> list[str]:
    """The corpus laid out with its HTML as the pages' input, in a temporary
    directory outside the repository (removed when eval ends)."""
    target = Path(tempfile.mkdtemp(prefix=f"newsparse-{corpus}-html-"))
    atexit.register(shutil.rmtree, target, ignore_errors=True)
    build(SHARED / "corpus" / corpus, target)
    return [str(target)]


def _dev2_work_html() -> list[str]:
    """dev2's working part (no held-out site) with its HTML as the pages' input."""
    target = Path(_html_input("dev2")[0])
    work = {Path(p).name for p in _dev2_part("work")}
    return [str(target / name) for name in sorted(work) if (target / name).exists()]


# name -> (scorer variant, the paths given to the scorer)
SETS: dict[str, tuple[str, Callable[[], list[str]]]] = {
    "samples": ("article", lambda: [str(SHARED / "samples")]),
    "dev-article": ("article", lambda: [str(SHARED / "corpus" / "dev")]),
    "dev-page": ("page", lambda: [str(SHARED / "corpus" / "dev")]),
    "dev2-page": ("page", lambda: [str(SHARED / "corpus" / "dev2")]),
    "dev2-work": ("page", lambda: _dev2_part("work")),
    "dev2-holdout": ("page", lambda: _dev2_part("holdout")),
    "dev-html": ("page", lambda: _html_input("dev")),
    "dev2-html": ("page", lambda: _html_input("dev2")),
    "dev2-work-html": ("page", _dev2_work_html),
}
DEFAULT_SETS = ["samples", "dev-article", "dev-page", "dev-html", "dev2-page", "dev2-html"]
FIELDS = ["headline", "published", "updated", "authors", "dateline", "bullets"]


def score(name: str, cmd: str) -> dict[str, object]:
    variant, paths = SETS[name]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        argv = [sys.executable, str(SCORE), "--cmd", cmd, "--variant", variant, "--json", str(out), *paths()]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        result: dict[str, object] = json.loads(out.read_text("utf-8"))
    return result


def _cell(result: dict[str, object], field: str) -> str:
    value = result.get(field)
    if not isinstance(value, dict):
        return "-"
    return f"{value['accuracy']:.3f}"


def table(results: dict[str, dict[str, object]]) -> str:
    head = ["set", "articles", "extra", "body F1", *FIELDS, "quotes F1", "attribution"]
    rows = [head]
    for name, res in results.items():
        body = res.get("body")
        quotes = res.get("quotes")
        rows.append(
            [
                name,
                str(res["articles"]),
                str(res["extra_records"]),
                f"{body['f1']:.3f}" if isinstance(body, dict) else "-",
                *(_cell(res, f) for f in FIELDS),
                f"{quotes['f1']:.3f}" if isinstance(quotes, dict) else "-",
                f"{quotes['attribution_f1']:.3f}" if isinstance(quotes, dict) else "-",
            ]
        )
    widths = [max(len(r[k]) for r in rows) for k in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", metavar="SET", help="sets to score (see above)")
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "newsparse"))
    ap.add_argument("--json", type=Path, help="also write every set's scorer summary to this file")
    args = ap.parse_args(argv)
    unknown = [name for name in args.sets if name not in SETS]
    if unknown:
        ap.error(f"unknown set {unknown[0]!r} (known: {', '.join(SETS)})")
    if not SCORE.exists():
        print(f"eval: no scorer at {SCORE} (the shared corpus sits beside the repository)", file=sys.stderr)
        return 1
    results = {name: score(name, args.cmd) for name in args.sets or DEFAULT_SETS}
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
