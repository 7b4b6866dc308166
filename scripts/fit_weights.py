"""Fit the weights of newsparse's scored decisions on the development corpora.

    .venv/bin/python scripts/fit_weights.py [--check] [--sets dev-page dev-article dev2-work]

Every scored decision (`newsparse.decisions`) lists candidates with named
features; this script collects, on every development page, the candidates the
parser itself lists and which of them the gold record marks right, fits the
weights by maximum likelihood (a softmax over each decision's candidates, with
an L2 penalty so rare features stay small), reports the accuracy of the choice
in-sample and under leave-sites-out cross-validation (folds by site, so a site's
pages are never both fitted and scored), and writes
`src/newsparse/decisions/weights.py`. `--check` fits and reports only.

Needs the `fit` extra (numpy, scipy): `make fit` installs it. Reads ../shared
at run time; the corpora are never copied into the repository.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from corpus import JoinedPage, Page, joined_pages, norm, pages
from scipy.optimize import minimize  # type: ignore[import-untyped, unused-ignore]  # no stubs

from newsparse.decisions import ArticlePlan, decide
from newsparse.decisions import weights as fitted
from newsparse.decisions.articles import STAY, start_options
from newsparse.decisions.byline import byline_options
from newsparse.decisions.headline import headline_options
from newsparse.decisions.scoring import Features, Option
from newsparse.decisions.times import time_options
from newsparse.evidence import Evidence, gather
from newsparse.evidence.bylines import authors

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src" / "newsparse" / "decisions" / "weights.py"
DEFAULT_SETS = ["dev-page", "dev-article", "dev2-work", "dev-html", "dev2-work-html"]
FOLDS = 5
L2 = 0.3


@dataclass(slots=True)
class Example:
    """One decision on one page: its candidates' features and which are right."""

    page: str
    site: str
    options: list[Features]
    right: set[int]  # positions in `options`


Collector = Callable[[Page, Evidence], Iterable[Example]]
# Joined files for the article-start decision: built with seeds other than
# `make eval`'s, so the joined sets it scores are not the ones fitted on.
JOINED_SEEDS = (1, 2)
# Yes/no decisions whose "no" option (`stay`) is moved to the margin that gives
# the best cross-validated F1 of the yeses.
THRESHOLDED = ("ARTICLE_START",)


def _plan(page: Page, ev: Evidence) -> ArticlePlan | None:
    """The article the gold describes: the one whose span holds the gold body's
    first line (or its headline), else the first."""
    plans = decide(ev)
    if not plans:
        return None
    lines = sorted(page.body_lines()) or page.headline_lines()
    return next((p for p in plans if lines and p.start <= lines[0] < p.stop), plans[0])


def _example(page: Page, options: list[Option], right: Callable[[Option], bool]) -> Example:
    return Example(page.name, page.site, [o.features for o in options], {k for k, o in enumerate(options) if right(o)})


def headline_examples(page: Page, ev: Evidence) -> Iterable[Example]:
    wanted = page.gold.get("headline")
    plan = _plan(page, ev)
    if not wanted or plan is None:
        return
    want = norm(wanted)
    options = headline_options(ev, plan.start, plan.body_start, plan.body_stop)
    yield _example(page, options, lambda o: o.line is not None and norm(ev.lines[o.line].text) == want)


def byline_examples(page: Page, ev: Evidence) -> Iterable[Example]:
    plan = _plan(page, ev)
    if plan is None or "authors" not in page.gold:
        return
    want_authors = {norm(a) for a in page.gold.get("authors") or []}
    want = norm(page.gold.get("byline") or "")
    options, texts = byline_options(ev, plan.start, plan.stop, plan.body_start, plan.body_stop, plan.headline)

    def right(o: Option) -> bool:
        if o.line is None:
            return not want_authors
        if not want_authors:
            return False
        # the same people, or the gold byline itself (a part of a line, such as
        # `Try Parse.ly` holding `Parse.ly`, is not enough: it teaches menus)
        same_people = {norm(a) for a in authors(texts[o.line])} == want_authors
        return same_people or norm(texts[o.line]) == want

    yield _example(page, options, right)


def time_examples(key: str) -> Collector:
    def collect(page: Page, ev: Evidence) -> Iterable[Example]:
        plan = _plan(page, ev)
        if plan is None or key not in page.gold:
            return
        gold = page.gold.get(key)
        byline = plan.byline.index if plan.byline is not None else None
        options = time_options(ev, plan.start, plan.stop, plan.body_start, plan.body_stop, plan.headline, byline)

        def right(o: Option) -> bool:
            if o.line is None:
                return gold is None
            if gold is None:
                return False
            e = ev.of[o.line]
            assert e is not None
            stamp = e.dates[o.part].timestamp
            if gold.get("relative"):
                return stamp.relative and norm(stamp.text) in norm(gold.get("text") or "")
            want = gold.get("iso") or ""
            return bool(want) and (stamp.iso or "")[: len(want)] == want

        if key == "updated" and plan.published is not None:
            options = [o for o in options if (o.line, o.part) != (plan.published.index, plan.published.order)]
        yield _example(page, options, right)

    return collect


def start_examples(page: Page | JoinedPage, ev: Evidence) -> Iterable[Example]:
    """Each candidate start against "no new article": right at the gold headline
    of an article after the first in a joined file (or its first line), wrong
    everywhere else but the rest of such an article's header."""
    starts, header = page.start_labels() if isinstance(page, JoinedPage) else (set(), set())
    for option in start_options(ev):
        assert option.line is not None
        if option.line in header and option.line not in starts:
            continue  # another line of a new article's header: a start there is no mistake either
        site = page.site_at(option.line) if isinstance(page, JoinedPage) else page.site
        yield Example(page.name, site, [option.features, STAY], {0} if option.line in starts else {1})


DECISIONS: dict[str, Collector] = {
    "ARTICLE_START": start_examples,
    "HEADLINE": headline_examples,
    "BYLINE": byline_examples,
    "PUBLISHED": time_examples("published"),
    "UPDATED": time_examples("updated"),
}


def _matrix(examples: Sequence[Example], names: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    column = {n: k for k, n in enumerate(names)}
    out = []
    for ex in examples:
        x = np.zeros((len(ex.options), len(names)))
        for r, feats in enumerate(ex.options):
            for k, v in feats.items():
                if k in column:
                    x[r, column[k]] = v
        y = np.zeros(len(ex.options))
        y[list(ex.right)] = 1.0
        out.append((x, y))
    return out


def fit(examples: Sequence[Example], names: list[str], l2: float = L2) -> np.ndarray:
    """Weights maximising the likelihood of the right candidates (softmax per
    decision), less an L2 penalty."""
    data = [(x, y) for x, y in _matrix(examples, names) if y.any() and len(y) > 1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * float(w @ w), 2 * l2 * w
        for x, y in data:
            s = x @ w
            s -= s.max()
            p = np.exp(s)
            p /= p.sum()
            right = float(p[y > 0].sum())
            total -= np.log(max(right, 1e-12))
            q = p * (y > 0) / max(right, 1e-12)  # posterior over the right ones
            grad -= x.T @ (q - p)
        return total, grad

    result = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B")
    return np.asarray(result.x)


def accuracy(examples: Sequence[Example], names: list[str], w: np.ndarray) -> tuple[int, int]:
    """(right, total): how often the best-scoring candidate is a right one."""
    good = 0
    for (x, y), ex in zip(_matrix(examples, names), examples, strict=True):
        if ex.options and y[int(np.argmax(x @ w))] > 0:
            good += 1
    return good, len(examples)


def cross_validate(examples: Sequence[Example], names: list[str]) -> tuple[int, int]:
    sites = sorted({ex.site for ex in examples})
    random.Random(0).shuffle(sites)
    fold_of = {site: k % FOLDS for k, site in enumerate(sites)}
    good = total = 0
    for fold in range(FOLDS):
        train = [ex for ex in examples if fold_of[ex.site] != fold]
        test = [ex for ex in examples if fold_of[ex.site] == fold]
        g, t = accuracy(test, names, fit(train, names))
        good, total = good + g, total + t
    return good, total


def margins(examples: Sequence[Example], names: list[str]) -> list[tuple[float, bool]]:
    """For yes/no decisions (two options, the second "no"): each example's
    cross-validated margin of "yes" over "no", and whether "yes" is right."""
    sites = sorted({ex.site for ex in examples})
    random.Random(0).shuffle(sites)
    fold_of = {site: k % FOLDS for k, site in enumerate(sites)}
    out: list[tuple[float, bool]] = []
    for fold in range(FOLDS):
        train = [ex for ex in examples if fold_of[ex.site] != fold]
        test = [ex for ex in examples if fold_of[ex.site] == fold]
        w = fit(train, names)
        for (x, _), ex in zip(_matrix(test, names), test, strict=True):
            s = x @ w
            out.append((float(s[0] - s[1]), 0 in ex.right))
    return out


def best_threshold(scored: Sequence[tuple[float, bool]]) -> tuple[float, float]:
    """The margin above which to say yes that gives the most F1 of the yeses
    (rare ones: the likelihood fit alone says yes too seldom), and that F1."""
    positives = sum(1 for _, right in scored if right)
    best, best_f1 = 0.0, -1.0
    for cut in sorted({round(m, 2) for m, _ in scored}):
        said = [right for m, right in scored if m > cut]
        hits = sum(said)
        f1 = 2 * hits / (len(said) + positives) if said or positives else 0.0
        if f1 > best_f1:
            best, best_f1 = cut, f1
    return best, best_f1


def feature_names(examples: Sequence[Example]) -> list[str]:
    return sorted({k for ex in examples for feats in ex.options for k in feats})


def render(weights: dict[str, dict[str, float]]) -> str:
    lines = [
        '"""Fitted weights of the scored decisions (`decisions/scoring.py`): written by',
        "scripts/fit_weights.py from the development corpora, not by hand.",
        '"""',
        "",
    ]
    for name, table in weights.items():
        lines.append(f"{name}: dict[str, float] = {{")
        lines.extend(f'    "{k}": {v:.3f},' for k, v in sorted(table.items()) if abs(v) >= 0.0005)
        lines.append("}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=DEFAULT_SETS)
    ap.add_argument("--check", action="store_true", help="fit and report, but do not write weights.py")
    ap.add_argument(
        "--only",
        nargs="+",
        choices=list(DECISIONS),
        help="re-fit only these decisions; the others keep the weights in weights.py",
    )
    args = ap.parse_args(argv)
    chosen = args.only or list(DECISIONS)
    # The decisions are fitted in order, each with the ones before it already
    # fitted (a byline's candidates stand around the chosen headline; the updated
    # time is chosen after the published one) and the ones after it empty, so the
    # weights depend on the corpora alone, not on the weights.py they replace.
    # With --only, the decisions not named keep their weights, before and after.
    kept = {name: dict(getattr(fitted, name)) for name in DECISIONS}
    for table in chosen:
        getattr(fitted, table).clear()
    evidence = [(page, gather(page.lines, page.now, page.meta)) for s in args.sets for page in pages(s)]
    joined = (
        [
            (page, gather(page.lines, page.now))
            for corpus in ("dev", "dev2")
            for per_file in (2, 3)
            for seed in JOINED_SEEDS
            for page in joined_pages(corpus, per_file, seed)
        ]
        if "ARTICLE_START" in chosen
        else []
    )
    weights: dict[str, dict[str, float]] = dict(kept)
    for name, collect in DECISIONS.items():
        if name not in chosen:
            continue
        examples = [example for page, ev in evidence for example in collect(page, ev)]
        if collect is start_examples:
            examples += [example for page, ev in joined for example in start_examples(page, ev)]
        names = feature_names(examples)
        covered = sum(1 for ex in examples if ex.right)
        w = fit(examples, names)
        good, total = accuracy(examples, names, w)
        cv_good, _ = cross_validate(examples, names)
        if args.only:
            was, _ = accuracy(examples, names, np.array([kept[name].get(n, 0.0) for n in names]))
            print(f"{name}: the weights it replaces chose right {was}")
        print(
            f"{name}: {total} decisions, right answer among the candidates in {covered}; "
            f"chosen right {good} in-sample, {cv_good} under leave-sites-out cross-validation"
        )
        weights[name] = {n: float(v) for n, v in zip(names, w, strict=True)}
        if name in THRESHOLDED:
            cut, f1 = best_threshold(margins(examples, names))
            weights[name]["stay"] += cut
            print(f"  {name}: yes only {cut:+.2f} above no (cross-validated F1 of the yeses {f1:.3f})")
        getattr(fitted, name).update(weights[name])
    if not args.check:
        WEIGHTS.write_text(render(weights), "utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
