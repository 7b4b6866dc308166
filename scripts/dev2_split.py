"""Split the second development corpus by site into a working part and a held-out third.

    python scripts/dev2_split.py [--corpus ../shared/corpus/dev2] work|holdout

prints the gold files of one part, one per line, for `../shared/tools/score`:

    ../shared/tools/score --cmd .venv/bin/newsparse --variant page $(python scripts/dev2_split.py work)

Sites, not pages, are drawn, so that no site of the held-out third is seen while
developing. The draw is a seeded shuffle of the sorted site names: the same split
on every machine, fixed before any page of the corpus was read (issue 11).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

SEED = 20261128
HELD_OUT_SHARE = 1 / 3


def split(corpus: Path) -> dict[str, list[Path]]:
    """{"work": [...], "holdout": [...]}: gold files of each part, sorted."""
    site_of: dict[Path, str] = {}
    for gold in sorted(corpus.glob("*.gold.json")):
        site_of[gold] = str(json.loads(gold.read_text("utf-8")).get("site") or gold.name)
    sites = sorted(set(site_of.values()))
    random.Random(SEED).shuffle(sites)
    held_out = set(sites[: round(len(sites) * HELD_OUT_SHARE)])
    parts: dict[str, list[Path]] = {"work": [], "holdout": []}
    for gold, site in site_of.items():
        parts["holdout" if site in held_out else "work"].append(gold)
    return parts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("part", choices=["work", "holdout"])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / "../shared/corpus/dev2")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"dev2_split: no corpus at {args.corpus}", file=sys.stderr)
        return 1
    for gold in split(args.corpus)[args.part]:
        print(gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
