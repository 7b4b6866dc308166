"""newsparse benchmark: `make bench`.

Prints, in one run:
- single-process throughput (MB/s, articles/s) over the dev corpus article
  variant, replicated to at least 50 MB;
- the speed-up of `-j 2` over `-j 1` on that input (and that the outputs agree);
- peak RSS and time while parsing a 1 GB file of concatenated articles, and
  10,000 small files (both generated into a temporary directory);
- the start-up time of `newsparse --version` against `python -c "import click"`;
- newsparse (`parse_html`: HTML to records) against trafilatura's `extract` on the
  same original HTML pages (dev and dev2 `<id>.html.gz`), in pages/s.

The corpus is read at run time from ../shared/corpus/dev (or $NEWSPARSE_CORPUS),
never copied into the repository. Without it the bench uses the bundled sample;
without trafilatura it skips that comparison. The machine is shared: figures
vary from run to run by a few tens of percent.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import html
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NEWSPARSE = str(BIN / "newsparse")
NOW = "2025-01-01T00:00:00Z"
MB = 1_000_000
TARGETS = {"throughput": 5.0, "speedup": 1.7, "rss": 150.0, "startup": 1.3, "vs_trafilatura": 20.0}


def corpus_dir() -> Path | None:
    candidates = [os.environ.get("NEWSPARSE_CORPUS", ""), str(ROOT.parent / "shared" / "corpus" / "dev")]
    for candidate in candidates:
        if candidate and glob.glob(os.path.join(candidate, "*.article.txt")):
            return Path(candidate)
    return None


def articles(corpus: Path | None, variant: str = "article") -> list[str]:
    if corpus is None:
        return [(ROOT / "samples" / "arabnews-two-articles.txt").read_text("utf-8")]
    return [Path(p).read_text("utf-8") for p in sorted(glob.glob(str(corpus / f"*.{variant}.txt")))]


def concatenated(texts: list[str]) -> str:
    """Articles one after another, two blank lines apart, as a scraper's dump file."""
    return "\n\n\n".join(t.strip("\n") for t in texts) + "\n\n\n"


def write_replicated(path: Path, block: str, size: int) -> int:
    data = block.encode("utf-8")
    written = 0
    with path.open("wb") as fh:
        while written < size:
            fh.write(data)
            written += len(data)
    return written


# ---------------------------------------------------------------- measuring a run


def _tree_rss_kb(root: int) -> tuple[int, int, int]:
    """Resident set size, in KB, of a process and its descendants: summed (pages
    the forked workers share with their parent counted in each), largest, and the
    proportional set size summed (shared pages divided among their sharers)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    sizes, proportional = [], 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        sizes.append(int(line.split()[1]))
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        proportional += int(line.split()[1])
        except OSError:
            continue
    return sum(sizes), max(sizes, default=0), proportional


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    output_lines: int
    output_hash: str
    peak_total_mb: float  # sampled every 0.1 s over the process tree
    peak_largest_mb: float
    peak_pss_mb: float


def run_newsparse(*args: str) -> Run:
    """Run `newsparse parse ...`, counting and hashing its output, sampling memory."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [NEWSPARSE, "parse", "--now", NOW, "--quiet", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    peak = [0, 0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            sizes = _tree_rss_kb(process.pid)
            peak[:] = [max(a, b) for a, b in zip(peak, sizes, strict=True)]
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    digest = hashlib.sha256()
    lines = 0
    assert process.stdout is not None
    for block in iter(lambda: process.stdout.read(1 << 20), b""):  # type: ignore[union-attr]
        digest.update(block)
        lines += block.count(b"\n")
    err = process.stderr.read() if process.stderr else b""
    process.wait()
    done.set()
    sampler.join()
    if process.returncode != 0:
        print(f"  (newsparse exited {process.returncode}: {err.decode(errors='replace')[:200]})")
    seconds = time.perf_counter() - started
    return Run(seconds, lines, digest.hexdigest()[:16], peak[0] / 1024, peak[1] / 1024, peak[2] / 1024)


def best_of(times: int, action: Callable[[], object]) -> float:
    results = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        results.append(time.perf_counter() - start)
    return min(results)


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


# ---------------------------------------------------------------- the sections


def throughput(work: Path, corpus: Path | None) -> None:
    texts = articles(corpus)
    block = concatenated(texts)
    path = work / "replicated.txt"
    size = write_replicated(path, block, 50 * MB)
    print(f"input: {len(texts)} dev-corpus articles ({'article variant' if corpus else 'bundled sample'}),")
    print(f"       replicated to {size / MB:.1f} MB in one file ({path.name})")
    one = run_newsparse("-j", "1", str(path))
    mbps = size / MB / one.seconds
    rate = one.output_lines / one.seconds
    print(f"single process (-j 1): {one.seconds:.1f} s, {mbps:.2f} MB/s, {rate:.0f} articles/s")
    print(f"  target >= {TARGETS['throughput']} MB/s: {verdict(mbps >= TARGETS['throughput'])}")
    two = run_newsparse("-j", "2", str(path))
    speedup = one.seconds / two.seconds
    same = "identical" if (two.output_hash, two.output_lines) == (one.output_hash, one.output_lines) else "DIFFERENT"
    print(f"two workers (-j 2):    {two.seconds:.1f} s, speed-up {speedup:.2f}x, output {same} to -j 1")
    print(f"  target >= {TARGETS['speedup']}x: {verdict(speedup >= TARGETS['speedup'])}")
    path.unlink()


def big_file(work: Path, corpus: Path | None) -> None:
    path = work / "one-gigabyte.txt"
    size = write_replicated(path, concatenated(articles(corpus)), 1000 * MB)
    result = run_newsparse(str(path))
    print(
        f"1 GB file ({size / MB:.0f} MB, default -j): {result.seconds:.0f} s, {result.output_lines} articles, "
        f"{size / MB / result.seconds:.2f} MB/s"
    )
    print(memory_line(result))
    path.unlink()


def memory_line(result: Run) -> str:
    ok = result.peak_total_mb < TARGETS["rss"]
    return (
        f"  peak RSS: {result.peak_total_mb:.0f} MB all processes summed "
        f"({result.peak_pss_mb:.0f} MB proportional, shared pages counted once), "
        f"{result.peak_largest_mb:.0f} MB largest process; target < {TARGETS['rss']:.0f} MB: {verdict(ok)}"
    )


def many_files(work: Path, corpus: Path | None) -> None:
    texts = articles(corpus)
    folder = work / "many"
    for k in range(10_000):
        sub = folder / f"{k // 1000:02d}"
        if k % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"{k:05d}.txt").write_text(texts[k % len(texts)], "utf-8")
    size = sum(len(texts[k % len(texts)].encode()) for k in range(10_000))
    result = run_newsparse("-r", str(folder))
    print(
        f"10,000 files ({size / MB:.0f} MB, -r, default -j): {result.seconds:.1f} s, "
        f"{10_000 / result.seconds:.0f} files/s, {result.output_lines} articles"
    )
    print(memory_line(result))


def startup() -> None:
    def timed(command: list[str]) -> float:
        samples = []
        for _ in range(15):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    click = timed([sys.executable, "-c", "import click"])
    version = timed([NEWSPARSE, "--version"])
    ratio = version / click
    print(f"start-up: `newsparse --version` {version * 1000:.0f} ms, `python -c 'import click'` {click * 1000:.0f} ms")
    print(f"  ratio {ratio:.2f}x; target <= {TARGETS['startup']}x: {verdict(ratio <= TARGETS['startup'])}")


def html_page(text: str) -> str:
    """An HTML rendering of a page's text: each line a block element in a
    realistic skeleton (head, navigation, article, footer)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = html.escape(lines[0] if lines else "")
    nav = "".join(f'<li><a href="/s/{k}">{html.escape(t)}</a></li>' for k, t in enumerate(lines[:5]))
    body = []
    for line in lines:
        escaped = html.escape(line)
        if len(line.split()) <= 6:
            body.append(f"<h2>{escaped}</h2>" if line.istitle() else f"<div class='meta'>{escaped}</div>")
        else:
            body.append(f"<p>{escaped}</p>")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{title}</title><meta name="viewport" content="width=device-width">'
        '<link rel="stylesheet" href="/site.css"><script>window.dataLayer=[];</script></head>'
        f'<body><header><nav><ul>{nav}</ul></nav></header><main><article class="story">'
        + "\n".join(body)
        + '</article></main><footer><p>&copy; The Newspaper</p><a href="/privacy">Privacy</a></footer></body></html>'
    )


def original_html(corpus: Path | None) -> list[str]:
    """The original HTML of the development pages (dev, and dev2 beside it)."""
    if corpus is None:
        return []
    from newsparse.htmltext import declared_charset

    pages = []
    for directory in (corpus, corpus.parent / "dev2"):
        for path in sorted(directory.glob("*.html.gz")):
            data = gzip.decompress(path.read_bytes())
            pages.append(data.decode(declared_charset(data) or "utf-8", errors="replace"))
    return pages


def versus_trafilatura(corpus: Path | None) -> None:
    try:
        import trafilatura  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print("trafilatura: not installed (pip install -e '.[bench]'): comparison skipped")
        return
    if corpus is None:
        print("trafilatura: no dev corpus: comparison skipped")
        return
    import datetime as dt
    import warnings

    import newsparse

    warnings.simplefilter("ignore")
    pages = original_html(corpus)
    if pages:
        print(f"the same {len(pages)} original HTML pages (dev and dev2) to each")
    else:
        pages = [html_page(p) for p in articles(corpus, "page")]
        print("no original HTML beside the corpus: each page's text rendered as simple HTML instead")
    size = sum(len(p.encode("utf-8")) for p in pages) / MB
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

    def layout() -> None:
        for page in pages:
            newsparse.html_to_text(page)

    def ours() -> None:
        for page in pages:
            newsparse.parse_html(page, now=now)

    def theirs() -> None:
        for page in pages:
            trafilatura.extract(page)

    ours()
    theirs()
    rounds = 3
    laid_out = best_of(rounds, layout)
    mine = best_of(rounds, ours)
    other = best_of(rounds, theirs)
    ratio = other / mine
    print(f"  {size:.1f} MB of HTML; newsparse's HTML layout alone: {len(pages) / laid_out:.0f} pages/s")
    print(
        f"  newsparse.parse_html {len(pages) / mine:.0f} pages/s (records), "
        f"trafilatura.extract {len(pages) / other:.0f} pages/s (main text)"
    )
    target = TARGETS["vs_trafilatura"]
    print(f"  ratio {ratio:.1f}x; target >= {target:.0f}x: {verdict(ratio >= target)}")


def sections() -> Iterator[tuple[str, Callable[[], None]]]:
    corpus = corpus_dir()
    work = Path(tempfile.mkdtemp(prefix="newsparse-bench-"))
    yield "start-up", startup
    yield "throughput", lambda: throughput(work, corpus)
    yield "many files", lambda: many_files(work, corpus)
    yield "1 GB file", lambda: big_file(work, corpus)
    yield "vs trafilatura", lambda: versus_trafilatura(corpus)
    yield "cleanup", lambda: shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    """Run every section, or only those named on the command line
    (`bench.py throughput "vs trafilatura"`); cleanup always runs."""
    wanted = set(sys.argv[1:])
    corpus = corpus_dir()
    where = corpus or "NOT FOUND (../shared missing): using the bundled sample"
    print(f"newsparse bench on {os.cpu_count()} cores; corpus: {where}")
    for name, section in sections():
        if wanted and name not in wanted and name != "cleanup":
            continue
        if name != "cleanup":
            # other work on the machine slows every figure, parallel ones most: show how busy it was
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            print(f"\n== {name} (load average before: {load})")
        section()


if __name__ == "__main__":
    main()
