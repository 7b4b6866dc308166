"""One table of the scorer's figures on every development set (`make eval`).

    python scripts/eval.py [SET ...] [--cmd .venv/bin/newsparse] [--json OUT]

Sets (default: samples dev-article dev-page dev-html dev2-page dev2-html and the
joined-* sets):
  samples        ../shared/samples (the example the project started from)
  dev-article    ../shared/corpus/dev, article-container text
  dev-page       ../shared/corpus/dev, whole-page text
  dev2-page      ../shared/corpus/dev2, whole-page text (all 118 pages)
  dev2-work      dev2 without its held-out third of sites (scripts/dev2_split.py)
  dev2-holdout   dev2's held-out third: read only at the end of a piece of work
  dev-html       ../shared/corpus/dev, the pages' original HTML (scripts/html_corpus.py)
  dev2-html      ../shared/corpus/dev2, the pages' original HTML
  dev2-work-html dev2's working part, from the pages' original HTML
  joined-dev-2   dev's article texts joined 2 to a file (scripts/joined_corpus.py)
  joined-dev-3   dev's article texts joined 3 to a file
  joined-dev2-2  the article regions of dev2's working part (never its held-out
                 third) joined 2 to a file
  joined-dev2-3  the same, 3 to a file
  joined-dev2-1  the same regions one to a file: what the joined dev2 sets compare
                 with (joined-dev's is dev-article)

Columns: the scorer's figures, and two counted from the very runs the scorer
scores (scripts/count_records.py): `exact count`, the share of input files that got
as many records as their gold has articles (1 for a single-article page), and
`split right`, the share that got one record starting inside each article's lines
(the joined sets' gold gives them; elsewhere it equals `exact count`): a file with
one boundary too early and one missed has the right count but not the right split.

The corpora live beside the repository, in ../shared, and are never copied into it.
"""

from __future__ import annotations

import argparse
import atexit
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "tools" / "score"
COUNT_RECORDS = Path(__file__).resolve().parent / "count_records.py"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev2_split import split  # noqa: E402
from html_corpus import build  # noqa: E402
from joined_corpus import build as build_joined  # noqa: E402


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


def _joined_input(corpus: str, per_file: int) -> list[str]:
    """Articles of the corpus joined `per_file` to a file, in a temporary directory
    outside the repository (removed when eval ends)."""
    target = Path(tempfile.mkdtemp(prefix=f"newsparse-joined-{corpus}-{per_file}-"))
    atexit.register(shutil.rmtree, target, ignore_errors=True)
    build_joined(corpus, per_file, target)
    return [str(target)]


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
    # The variant does not matter for these: a `.gold.jsonl` names its input itself.
    "joined-dev-2": ("article", lambda: _joined_input("dev", 2)),
    "joined-dev-3": ("article", lambda: _joined_input("dev", 3)),
    "joined-dev2-2": ("page", lambda: _joined_input("dev2", 2)),
    "joined-dev2-3": ("page", lambda: _joined_input("dev2", 3)),
    "joined-dev2-1": ("page", lambda: _joined_input("dev2", 1)),
}
DEFAULT_SETS = [
    "samples",
    "dev-article",
    "dev-page",
    "dev-html",
    "dev2-page",
    "dev2-html",
    "joined-dev-2",
    "joined-dev-3",
    "joined-dev2-1",
    "joined-dev2-2",
    "joined-dev2-3",
]
FIELDS = ["headline", "published", "updated", "authors", "dateline", "bullets"]


def score(name: str, cmd: str) -> dict[str, object]:
    variant, paths = SETS[name]
    with tempfile.TemporaryDirectory() as tmp:
        out, log = Path(tmp) / "score.json", Path(tmp) / "counts.jsonl"
        counting = shlex.join([sys.executable, str(COUNT_RECORDS), str(log), "--", *shlex.split(cmd)])
        argv = [sys.executable, str(SCORE), "--cmd", counting, "--variant", variant, "--json", str(out), *paths()]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        result: dict[str, object] = json.loads(out.read_text("utf-8"))
        result["exact_count"] = exact_count(log)
    return result


def gold_articles(text: Path) -> list[tuple[int, int] | None]:
    """The articles the gold of an input holds, each as the lines it occupies where the
    gold says (`joined` in scripts/joined_corpus.py's gold): the lines of
    `<name>.gold.jsonl` beside `<name>.txt`, else one article (a `<id>.gold.json` page)."""
    joined = text.with_name(text.name.removesuffix(".txt") + ".gold.jsonl")
    if not (text.name.endswith(".txt") and joined.exists()):
        return [None]
    spans: list[tuple[int, int] | None] = []
    for line in joined.read_text("utf-8").splitlines():
        if line.strip():
            where = json.loads(line).get("joined") or {}
            lines = where.get("lines")
            spans.append((lines[0], lines[1]) if isinstance(lines, list) and len(lines) == 2 else None)
    return spans


def split_right(starts: list[int | None], spans: list[tuple[int, int] | None]) -> bool:
    """One record per article, and (where the gold gives the articles' lines) each
    record starting inside its own article, so no boundary is misplaced."""
    if len(starts) != len(spans):
        return False
    if any(span is None for span in spans):
        return True
    return all(
        first is not None and span is not None and span[0] <= first <= span[1]
        for first, span in zip(sorted(s or 0 for s in starts), spans, strict=True)
    )


def exact_count(log: Path) -> dict[str, int]:
    """Of the inputs the scorer ran: how many got exactly as many records as their gold
    has articles, fewer, or more, and how many were split right (`split_right`),
    from scripts/count_records.py's log."""
    got: dict[str, list[int | None]] = {}
    for line in log.read_text("utf-8").splitlines():
        call = json.loads(line)
        for path in call["inputs"]:
            got.setdefault(path, [])
        for path, starts in (call["records"] or {}).items():
            if path in got:
                got[path] += starts
    tally = {"inputs": len(got), "exact": 0, "fewer": 0, "more": 0, "split_right": 0}
    for path, starts in got.items():
        spans = gold_articles(Path(path))
        want = len(spans)
        tally["exact" if len(starts) == want else "fewer" if len(starts) < want else "more"] += 1
        tally["split_right"] += split_right(starts, spans)
    return tally


def _share_cell(result: dict[str, object], key: str) -> str:
    tally = result.get("exact_count")
    if not isinstance(tally, dict) or not tally.get("inputs"):
        return "-"
    return f"{tally[key] / tally['inputs']:.3f}"


def _cell(result: dict[str, object], field: str) -> str:
    value = result.get(field)
    if not isinstance(value, dict):
        return "-"
    return f"{value['accuracy']:.3f}"


def table(results: dict[str, dict[str, object]]) -> str:
    head = ["set", "articles", "exact count", "split right", "extra", "body F1", *FIELDS, "quotes F1", "attribution"]
    rows = [head]
    for name, res in results.items():
        body = res.get("body")
        quotes = res.get("quotes")
        rows.append(
            [
                name,
                str(res["articles"]),
                _share_cell(res, "exact"),
                _share_cell(res, "split_right"),
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
