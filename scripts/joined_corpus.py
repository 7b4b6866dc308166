"""Join development articles 2 or 3 to a file, with their gold, to measure article segmentation (issue 12).

    python scripts/joined_corpus.py [--corpus dev|dev2] [--per-file 1|2|3] [TARGET]

writes into TARGET (default: a new temporary directory, printed on stderr) files
`<corpus>-<k>-<nnn>.txt`, each holding k articles one after another with two blank
lines between them (k = 1: each article alone, the baseline), and beside each
`<corpus>-<k>-<nnn>.gold.jsonl`: the gold records of its articles in file order, one
a line, which `../shared/tools/score` reads.
TARGET must lie outside the repository: corpus texts are never copied into it.
`make eval` scores these files as its `joined-*` sets.

What is joined:
- dev: each page's `<id>.article.txt` (the article's container text), whole.
- dev2: only the working part of its sites (`scripts/dev2_split.py`); the held-out
  third is never read. dev2 has whole-page text only, so each article is cut out of
  its page as the region a scraper of the article's container would get: from
  CONTEXT_ABOVE non-blank lines above the first of the gold headline's line and the
  lines showing the gold byline and times, to CONTEXT_BELOW non-blank lines below
  the last of the gold body lines and those header lines (header lines count only
  within HEADER_REACH lines of the headline and body, so that a date in a related
  links list far below does not pull the whole page in). The context lines are the
  page's own furniture (section names, share strips, tags), as a real container
  has. The gold's `body_lines` are renumbered to the joined file's lines.

Order and grouping: articles are drawn in a seeded random order. The scorer parses a
file with the `now` of its first gold record and checks relative times against each
gold's own `now`, so the articles of one file must share one `now`: articles are
grouped by their gold `now` and each group is cut into files of k. The left-overs of
the groups (fewer than k each) are then joined with each other, topped up with other
articles where too few fit, under the latest `now` among a file's articles. Only an
article whose gold times cannot depend on `now` may move to another `now` so: every
gold time is absent, relative (`1 day ago`: the gold's `now` is set to the file's,
so it still resolves right), or writes its year in four digits. Its gold then
carries the file's `now` and keeps its own as `page_now`. An article that finds no
such file is left out (reported on stderr). So a few articles appear in two files
of a set; on dev2's working part 25 of its 83 pages have a `now` of their own.

Each gold record also carries `joined`: where the article came from and the first
and last lines it occupies in the joined file, for reading misses and mistakes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev2_split import split

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = 20261212
CONTEXT_ABOVE = 3
CONTEXT_BELOW = 6
HEADER_REACH = 30
SCORER_NOW = "2025-12-05T12:00:00+00:00"  # the scorer's --now for a gold without one
SEPARATOR = ["", ""]  # two blank lines between articles
_QUOTES = str.maketrans("‘’‚‛“”„‟–—", "''''\"\"\"\"--")


@dataclass(frozen=True, slots=True)
class Article:
    """One article to join: its lines (no blank line at either end) and gold."""

    source: str  # corpus/id
    lines: tuple[str, ...]
    first_line: int  # the number its first line had in the source text (1-based)
    gold: dict[str, Any]

    @property
    def now(self) -> str:
        return str(self.gold.get("now") or SCORER_NOW)

    @property
    def movable(self) -> bool:
        """Whether its gold times read the same under any `now` (see the docstring)."""
        for key in ("published", "updated"):
            stamp = self.gold.get(key)
            if not isinstance(stamp, dict) or stamp.get("relative"):
                continue
            year = str(stamp.get("iso") or "")[:4]
            if not (year.isdigit() and year in str(stamp.get("text") or "")):
                return False
        return True


def norm(text: str) -> str:
    """The scorer's comparison form: NFKC, plain quotes and dashes, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().split())


def _lines(path: Path) -> list[str]:
    # Split on "\n" only, as newsparse numbers lines, so gold line numbers stay right.
    return path.read_bytes().decode("utf-8").split("\n")


def _trimmed(lines: Sequence[str], first: int, last: int) -> tuple[int, int]:
    """`first`..`last` (0-based, inclusive) without blank lines at either end."""
    while first < last and not lines[first].strip():
        first += 1
    while last > first and not lines[last].strip():
        last -= 1
    return first, last


def dev_articles(corpus: Path) -> list[Article]:
    found = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".article.txt"))
        gold = json.loads(gold_path.read_text("utf-8"))
        if not text_path.exists() or not gold.get("has_article_variant", True):
            continue
        lines = _lines(text_path)
        first, last = _trimmed(lines, 0, len(lines) - 1)
        found.append(Article(f"dev/{gold['id']}", tuple(lines[first : last + 1]), first + 1, gold))
    return found


def _nearest(lines: Sequence[str], wanted: str | None, span: tuple[int, int], *, whole: bool) -> int | None:
    """The 0-based index of the line nearest to `span` that is `wanted` (whole), else
    holds it, else is a piece of it (a byline or time the page splits over lines)."""
    if not wanted or not norm(wanted):
        return None
    want = norm(wanted)
    texts = [norm(line) for line in lines]
    tests: list[Callable[[str], bool]] = [lambda t: t == want] if whole else []
    tests += [lambda t: want in t, lambda t: len(t) >= 4 and t in want]
    for test in tests:
        hits = [i for i, t in enumerate(texts) if t and test(t)]
        if hits:
            return min(hits, key=lambda i: 0 if span[0] <= i <= span[1] else min(abs(i - span[0]), abs(i - span[1])))
    return None


def _step(lines: Sequence[str], index: int, count: int, direction: int) -> int:
    """The index `count` non-blank lines away from `index` in `direction`, within the text."""
    while count > 0 and 0 <= index + direction < len(lines):
        index += direction
        count -= bool(lines[index].strip())
    return index


def _headline_line(lines: Sequence[str], headline: str | None, body_start: int) -> int:
    """The gold headline's line: the last one above the body, else the nearest one
    holding it, else the body's first line."""
    want = norm(headline or "")
    above = [i for i in range(body_start) if want and norm(lines[i]) == want]
    if above:
        return above[-1]
    at = _nearest(lines, headline, (body_start, body_start), whole=True)
    return body_start if at is None else at


def dev2_region(lines: Sequence[str], gold: dict[str, Any]) -> tuple[int, int]:
    """The article's region of its page (0-based, inclusive), as the docstring says."""
    body = [n - 1 for n in gold.get("body_lines") or []]
    if not body:
        raise ValueError(f"{gold.get('id')}: no body_lines")
    span = (min(body), max(body))
    top = min(span[0], _headline_line(lines, gold.get("headline"), span[0]))
    bottom = span[1]
    header_texts = [gold.get("byline")] + [
        stamp.get("text") for stamp in (gold.get("published"), gold.get("updated")) if isinstance(stamp, dict)
    ]
    for text in header_texts:
        at = _nearest(lines, text, (top, bottom), whole=False)
        if at is not None and top - HEADER_REACH <= at <= bottom + HEADER_REACH:
            top, bottom = min(top, at), max(bottom, at)
    return _trimmed(lines, _step(lines, top, CONTEXT_ABOVE, -1), _step(lines, bottom, CONTEXT_BELOW, 1))


def dev2_articles(corpus: Path) -> list[Article]:
    found = []
    for gold_path in split(corpus)["work"]:
        gold = json.loads(gold_path.read_text("utf-8"))
        lines = _lines(gold_path.with_name(gold_path.name.replace(".gold.json", ".page.txt")))
        first, last = dev2_region(lines, gold)
        found.append(Article(f"dev2/{gold['id']}", tuple(lines[first : last + 1]), first + 1, gold))
    return found


def files_of(
    articles: Sequence[Article], per_file: int, rng: random.Random
) -> tuple[list[list[Article]], list[Article]]:
    """The articles of each joined file, and the articles left out (see the docstring)."""
    ordered = sorted(articles, key=lambda a: a.source)
    by_now: dict[str, list[Article]] = {}
    for article in ordered:
        by_now.setdefault(article.now, []).append(article)
    files: list[list[Article]] = []
    left_over: list[Article] = []
    for now in sorted(by_now):
        group = by_now[now]
        rng.shuffle(group)
        whole = len(group) - len(group) % per_file
        files += [group[i : i + per_file] for i in range(0, whole, per_file)]
        left_over += group[whole:]
    rng.shuffle(left_over)
    fillers = rng.sample(ordered, len(ordered))
    left_out = []
    while left_over:
        members = [left_over.pop(0)]
        for pool in (left_over, fillers):  # the other left-overs first, then any article
            for article in list(pool):
                if len(members) < per_file and article not in members and fits([*members, article]):
                    members.append(article)
                    if pool is left_over:
                        left_over.remove(article)
        if len(members) == per_file:
            files.append(members)
        else:
            left_out += members
    return files, left_out


def fits(members: Sequence[Article]) -> bool:
    """Whether articles can share one file: under the latest `now` among them, every
    one whose times depend on `now` keeps its own."""
    now = latest_now(members)
    return all(a.movable or a.now == now for a in members)


def latest_now(members: Sequence[Article]) -> str:
    return max(members, key=lambda a: _instant(a.now)).now


def joined(articles: Sequence[Article]) -> tuple[list[str], list[dict[str, Any]]]:
    """One file's lines and its gold records in order, with line numbers renumbered."""
    lines: list[str] = []
    golds = []
    now = latest_now(articles)
    for article in articles:
        if lines:
            lines += SEPARATOR
        first = len(lines) + 1
        lines += article.lines
        gold = dict(article.gold)
        if gold.get("now") != now:
            gold["page_now"], gold["now"] = gold.get("now"), now
        if "body_lines" in gold:
            gold["body_lines"] = [n - article.first_line + first for n in gold["body_lines"]]
        gold["joined"] = {
            "from": article.source,
            "source_lines": [article.first_line, article.first_line + len(article.lines) - 1],
            "lines": [first, len(lines)],
        }
        golds.append(gold)
    return lines, golds


def _instant(iso: str) -> float:
    when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).timestamp()


def build(corpus: str, per_file: int, target: Path, *, seed: int = SEED) -> list[Path]:
    """Write the joined files of `corpus` ("dev" or "dev2") into `target`; returns the
    gold files written. Raises ValueError for a target inside the repository."""
    target = target.resolve()
    if target == ROOT or ROOT in target.parents:
        raise ValueError(f"{target} is inside the repository; corpus texts stay outside it")
    source = SHARED / "corpus" / corpus
    articles = dev_articles(source) if corpus == "dev" else dev2_articles(source)
    files, left_out = files_of(articles, per_file, random.Random(seed * 10 + per_file))
    for article in left_out:
        print(f"joined_corpus: {article.source} left out (its times depend on its own `now`)", file=sys.stderr)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for number, members in enumerate(files, 1):
        lines, golds = joined(members)
        stem = f"{corpus}-{per_file}-{number:03d}"
        (target / f"{stem}.txt").write_text("\n".join(lines) + "\n", "utf-8")
        gold_path = target / f"{stem}.gold.jsonl"
        gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds), "utf-8")
        written.append(gold_path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=["dev", "dev2"], default="dev")
    ap.add_argument("--per-file", type=int, choices=[1, 2, 3], default=2)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("target", type=Path, nargs="?", help="default: a new temporary directory")
    args = ap.parse_args(argv)
    if not (SHARED / "corpus" / args.corpus).is_dir():
        print(f"joined_corpus: no corpus at {SHARED / 'corpus' / args.corpus}", file=sys.stderr)
        return 1
    target = args.target or Path(tempfile.mkdtemp(prefix=f"newsparse-joined-{args.corpus}-{args.per_file}-"))
    try:
        written = build(args.corpus, args.per_file, target, seed=args.seed)
    except ValueError as error:
        print(f"joined_corpus: {error}", file=sys.stderr)
        return 2
    print(f"{len(written)} files of {args.per_file} {args.corpus} articles in {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
