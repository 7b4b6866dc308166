"""Batch machinery: input expansion, pieces of large inputs, the ordered window,
and the library API's fitness for worker processes and Dask."""

from __future__ import annotations

import datetime as dt
import io
import pickle
from pathlib import Path

import pytest

import newsparse
from conftest import NOW, SAMPLES
from newsparse import batch, reading
from newsparse.output import jsonl
from newsparse.pipeline import parse_piece, renumber

SAMPLE = SAMPLES / "arabnews-two-articles.txt"


def test_expand_walks_directories_in_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt", "sub/c.txt", "sub/d.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    flat = list(batch.expand([str(tmp_path)]))
    assert [i.relative for i in flat] == ["a.txt", "b.txt"]
    deep = list(batch.expand([str(tmp_path), "-", "nope"], recursive=True, pattern="*.txt"))
    assert [(type(i).__name__, i.path.removeprefix(str(tmp_path))) for i in deep] == [
        ("Input", "/a.txt"),
        ("Input", "/b.txt"),
        ("Input", "/sub/c.txt"),
        ("Input", "-"),
        ("Unreadable", "nope"),
    ]
    assert deep[2].relative == "sub/c.txt"  # type: ignore[union-attr]


def test_relative_names_never_climb_out() -> None:
    assert [batch._relative_name(p) for p in ("/etc/hostname", "../x", "a/./b")] == ["hostname", "x", "a/b"]


def test_read_list_handles_both_separators_and_block_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    names = [f"dir/file {k}.txt" for k in range(5000)]
    assert list(batch.read_list(io.BytesIO("\n".join(names).encode() + b"\r\n"), nul=False)) == names
    assert list(batch.read_list(io.BytesIO("\0".join(names).encode() + b"\0"), nul=True)) == names


def _concatenated(copies: int) -> str:
    return "\n\n\n".join([SAMPLE.read_text("utf-8")] * copies)


def test_pieces_keep_every_line_and_its_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "CHUNK_CHARS", 2000)
    text = _concatenated(6).replace("\n", "\r\n")
    pieces = list(reading.read_pieces(io.BytesIO(text.encode()), whole_limit=1000))
    assert len(pieces) > 3
    original = text.replace("\r\n", "\n").split("\n")
    rebuilt: list[str] = []
    for piece in pieces:
        assert piece.first_line == len(rebuilt) + 1
        rebuilt.extend(piece.text.split("\n"))
    assert rebuilt == original


def test_small_input_is_one_piece_parsed_as_parse_text() -> None:
    data = SAMPLE.read_bytes()
    (piece,) = reading.read_pieces(io.BytesIO(data))
    assert parse_piece(piece, now=NOW, path="p") == newsparse.parse_text(data.decode(), now=NOW, path="p")


def _one_article() -> str:
    text = SAMPLE.read_text("utf-8")
    return text[: text.index("\n\n\n")]  # the sample's first article


def test_streamed_file_numbers_articles_and_lines_across_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _one_article()
    # pieces are cut at the first run of blank lines past CHUNK_CHARS: here, between copies
    monkeypatch.setattr(reading, "CHUNK_CHARS", len(article) - 100)
    monkeypatch.setattr(reading, "WHOLE_LIMIT", 1000)
    path = tmp_path / "big.txt"
    path.write_text("\n\n\n".join([article] * 8), "utf-8")
    records = newsparse.parse_file(str(path), now=NOW)
    (alone,) = newsparse.parse_text(article, now=NOW, path=str(path))
    lines_per_copy = article.count("\n") + 3
    assert len(records) == 8
    for k, record in enumerate(records):
        shift = k * lines_per_copy
        assert record.source.index == k
        assert record.source.lines == (alone.source.lines[0] + shift, alone.source.lines[1] + shift)
        assert (record.headline, record.body, record.quotes) == (alone.headline, alone.body, alone.quotes)


def test_batch_streams_large_files_as_parse_file_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "CHUNK_CHARS", 3000)
    monkeypatch.setattr(reading, "WHOLE_LIMIT", 1000)
    path = tmp_path / "big.txt"
    path.write_text(_concatenated(5), "utf-8")
    units = list(batch.plan(batch.expand([str(path)]), now=NOW, stdin=io.BytesIO))
    assert sum(1 for u in units if isinstance(u.task, batch.DocTask)) > 2
    out = io.StringIO()
    ok = batch.run_batch(batch.expand([str(path)]), batch.Options(now=NOW), stdout=out, stdin=io.BytesIO, report=print)
    assert ok
    assert out.getvalue() == jsonl(newsparse.parse_file(str(path), now=NOW))


class CountingExecutor:
    def __init__(self) -> None:
        self.in_flight = 0
        self.most = 0

    def submit(self, task: batch.Task) -> batch.Handle:
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        executor = self

        class Handle:
            def get(self) -> batch.Outcome:
                executor.in_flight -= 1
                return batch.Outcome([])

        return Handle()


def test_window_bounds_tasks_in_flight() -> None:
    units = (batch.Unit(batch.Input(str(k), str(k)), batch.FileTask(str(k), None), end=True) for k in range(1000))
    executor = CountingExecutor()
    settled = [unit.input.path for unit, _ in batch.run_ordered(units, executor, window=6)]
    assert settled == [str(k) for k in range(1000)]
    assert executor.most == 6


def test_renumber_shifts_indices_only() -> None:
    records = newsparse.parse_text(SAMPLE.read_text("utf-8"), now=NOW)
    shifted = renumber(records, 10)
    assert [r.source.index for r in shifted] == [10, 11]
    assert [r.source.lines for r in shifted] == [r.source.lines for r in records]


def test_api_is_picklable_and_deterministic() -> None:
    text = SAMPLE.read_text("utf-8")
    for function in (newsparse.parse_text, newsparse.parse_file):
        assert pickle.loads(pickle.dumps(function)) is function
    records = newsparse.parse_text(text, now=NOW)
    assert pickle.loads(pickle.dumps(records)) == records
    assert newsparse.parse_text(text, now=NOW) == records


def test_worker_pool_runs_tasks(tmp_path: Path) -> None:
    pool = batch.WorkerPool(2)
    try:
        outcome = pool.submit(batch.FileTask(str(SAMPLE), NOW)).get()
        missing = pool.submit(batch.FileTask(str(tmp_path / "none"), NOW)).get()
    finally:
        pool.close()
    assert len(outcome.records) == 2
    assert missing.error == "no such file"


def test_dask_recipe_runs_on_the_local_scheduler(tmp_path: Path) -> None:
    bag = pytest.importorskip("dask.bag")
    paths = []
    for k in range(4):
        path = tmp_path / f"{k}.txt"
        path.write_bytes(SAMPLE.read_bytes())
        paths.append(str(path))
    # the README's recipe
    records = (
        bag.from_sequence(paths, npartitions=2)
        .map(newsparse.parse_file, now=NOW)
        .flatten()
        .map(lambda r: r.to_dict())
        .compute(scheduler="processes", num_workers=2)
    )
    assert len(records) == 8
    assert sorted({r["source"]["path"] for r in records}) == paths
    texts = bag.read_text(paths, files_per_partition=2, linedelimiter="\0").map(newsparse.parse_text, now=NOW)
    assert len(texts.flatten().compute(scheduler="synchronous")) == 8


def test_naive_reference_time_counts_as_utc() -> None:
    text = (
        "Harbour bridge to close after engineers find cracks\n\nUpdated 3 hours ago\n\n"
        "The council said on Tuesday that the old harbour bridge would close to cars from January.\n"
    )
    (naive,) = newsparse.parse_text(text, now=dt.datetime(2025, 1, 1, 12))
    (aware,) = newsparse.parse_text(text, now=dt.datetime(2025, 1, 1, 12, tzinfo=dt.UTC))
    assert naive.updated is not None
    assert (naive.updated.iso, naive.updated.reference) == ("2025-01-01T09:00:00+00:00", "2025-01-01T12:00:00+00:00")
    assert naive == aware
