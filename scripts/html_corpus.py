"""Lay out a development corpus for scoring newsparse on its HTML input.

    python scripts/html_corpus.py CORPUS TARGET

For every page of CORPUS (`../shared/corpus/dev` or `dev2`) that has its original
HTML (`<id>.html.gz`), writes into TARGET the page's gold (`<id>.gold.json`) and
`<id>.page.txt` holding the gunzipped HTML, so that
`../shared/tools/score --variant page TARGET` scores newsparse on HTML input (it
tells HTML by content, whatever the name). TARGET should lie outside the
repository (a temporary directory): corpus pages are never copied into it.
`make eval` uses this for its `dev-html` and `dev2-html` sets.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
from pathlib import Path


def build(corpus: Path, target: Path) -> int:
    """Write the HTML-input layout of `corpus` into `target`; returns the number of pages."""
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for page in sorted(corpus.glob("*.html.gz")):
        page_id = page.name.removesuffix(".html.gz")
        gold = corpus / f"{page_id}.gold.json"
        if not gold.exists():
            continue
        shutil.copyfile(gold, target / gold.name)
        (target / f"{page_id}.page.txt").write_bytes(gzip.decompress(page.read_bytes()))
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("target", type=Path)
    args = ap.parse_args(argv)
    count = build(args.corpus, args.target)
    print(f"{count} pages of {args.corpus} laid out in {args.target}", file=sys.stderr)
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main())
