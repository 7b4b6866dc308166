"""Directory walks that a hostile or messy tree would break: symbolic links to
directories (loops, duplicates), FIFOs and other files that are no files, and an
output folder inside the tree being read.

FIFOs run in a real subprocess with a timeout: a read that waits for a writer
would otherwise hang the test run instead of failing it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import SAMPLES
from newsparse import batch
from newsparse.cli import main

SAMPLE = SAMPLES / "arabnews-two-articles.txt"
NOW = "2025-12-05T12:00:00Z"
COMMANDS = [["parse"], ["parse", "--explain"], ["validate"], ["pretty-print", "--color", "never"]]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, [*args])


def parse(*args: str) -> Result:
    return invoke("parse", "--now", NOW, "-q", *args)


def paths(jsonl: str) -> list[str]:
    return [json.loads(line)["source"]["path"] for line in jsonl.splitlines()]


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsparse", *args], capture_output=True, timeout=timeout, check=False)


@pytest.fixture
def looped(tmp_path: Path) -> Path:
    """A tree with a link to itself, two links to each other, and a link to a
    sibling folder that is read anyway."""
    top = tmp_path / "top"
    (top / "news" / "inner").mkdir(parents=True)
    (top / "news" / "a.txt").write_bytes(SAMPLE.read_bytes())
    (top / "news" / "inner" / "b.txt").write_bytes(SAMPLE.read_bytes())
    (top / "news" / "self").symlink_to(".")
    (top / "news" / "inner" / "up").symlink_to("..")
    (top / "news" / "inner" / "loop1").symlink_to("loop2")
    (top / "news" / "inner" / "loop2").symlink_to("loop1")
    (top / "again").symlink_to("news")
    return top


def test_walk_does_not_follow_links_to_directories(looped: Path) -> None:
    # a subprocess with a timeout: following the links never ends
    result = run_cli("parse", "--now", NOW, "-r", str(looped))
    assert result.returncode == 0
    news = looped / "news"
    assert paths(result.stdout.decode()) == [str(news / "a.txt")] * 2 + [str(news / "inner" / "b.txt")] * 2
    skipped = "skipped: a symbolic link to a directory (-r does not follow them)"
    assert result.stderr.decode().splitlines() == [
        f"newsparse: note: {looped / 'again'}: {skipped}",
        f"newsparse: note: {news / 'inner' / 'up'}: {skipped}",
        f"newsparse: note: {news / 'self'}: {skipped}",
    ]


@pytest.mark.parametrize("command", COMMANDS[1:], ids=" ".join)
def test_every_command_walks_the_same_way(looped: Path, command: list[str]) -> None:
    result = run_cli(*command, "--now", NOW, "-r", str(looped))
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode in (0, 1)  # validate may find warnings in the sample
    assert "Traceback" not in err
    assert err.count("newsparse: note:") == 3
    assert out.count(str(looped / "news" / "a.txt")) >= 1
    assert str(looped / "again") not in out and "/self/" not in out


def test_a_link_named_on_the_command_line_is_followed(looped: Path) -> None:
    result = parse(str(looped / "again"))
    assert (result.exit_code, result.stderr) == (0, "")
    assert paths(result.stdout) == [str(looped / "again" / "a.txt")] * 2


def test_link_to_a_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "alias.txt").symlink_to("real.txt")
    (tmp_path / "dangling.txt").symlink_to("gone.txt")
    result = parse(str(tmp_path))
    assert result.exit_code == 1
    assert paths(result.stdout) == [str(tmp_path / "alias.txt")] * 2 + [str(tmp_path / "real.txt")] * 2
    assert result.stderr == f"newsparse: error: {tmp_path / 'dangling.txt'}: no such file\n"


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_fifo_in_a_directory_is_skipped_with_a_note(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "a.txt").write_bytes(SAMPLE.read_bytes())
    os.mkfifo(tmp_path / "b.txt")
    result = run_cli(*command, "--now", NOW, str(tmp_path), timeout=60)
    assert result.stderr.decode() == (f"newsparse: note: {tmp_path / 'b.txt'}: skipped: not a regular file (a FIFO)\n")
    assert str(tmp_path / "a.txt") in result.stdout.decode()
    assert "b.txt" not in result.stdout.decode()


def test_directory_of_nothing_but_a_fifo_is_nothing_to_parse(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "only.txt")
    result = run_cli("parse", str(tmp_path), timeout=60)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"newsparse: note: {tmp_path / 'only.txt'}: skipped: not a regular file (a FIFO)",
        f"newsparse: error: {tmp_path}: nothing to parse: every file that matches was skipped",
    ]


# The walk is lazy: a file found regular may be a FIFO by the time it is read.
SWAPPED = textwrap.dedent(
    """
    import io, os, sys
    from newsparse import batch
    folder, jobs = sys.argv[1], int(sys.argv[2])
    found = list(batch.expand([folder]))
    os.unlink(os.path.join(folder, "b.txt"))
    os.mkfifo(os.path.join(folder, "b.txt"))
    ok = batch.run_batch(found, batch.Options(jobs=jobs), stdout=io.StringIO(), stdin=io.BytesIO, report=print)
    print("ok" if ok else "failed")
    """
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fifo_swapped_in_after_the_walk_fails_that_input(tmp_path: Path, jobs: str) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    result = subprocess.run(
        [sys.executable, "-c", SWAPPED, str(tmp_path), jobs], capture_output=True, timeout=60, check=False
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode().splitlines() == [
        f"newsparse: error: {tmp_path / 'b.txt'}: not a regular file (a FIFO)",
        "failed",
    ]


def test_named_fifo_is_read_as_asked(tmp_path: Path) -> None:
    # `newsparse parse <(zcat a.gz)`: a pipe named on the command line is read
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "parse", "--now", NOW, str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with fifo.open("wb") as writer:
        writer.write(SAMPLE.read_bytes())
    out, err = reader.communicate(timeout=60)
    assert (reader.returncode, err) == (0, b"")
    assert paths(out.decode()) == [str(fifo)] * 2


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("inside", ["out", "sub/out"])
def test_output_folder_inside_the_tree_is_not_read_back(tmp_path: Path, inside: str) -> None:
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    for k in range(4):
        (tree / f"{k}.txt").write_bytes(SAMPLE.read_bytes())
        (tree / "sub" / f"{k}.txt").write_bytes(SAMPLE.read_bytes())
    runs: list[dict[str, bytes]] = []
    for jobs, fresh in (("1", True), ("2", True), ("2", False)):  # the last a rerun over the output
        if fresh:
            shutil.rmtree(tree / inside, ignore_errors=True)
        result = parse("-j", jobs, "-r", str(tree), "-o", str(tree / inside))
        assert result.exit_code == 0
        assert result.stderr == f"newsparse: note: {tree / inside}: skipped: the output directory (-o)\n"
        runs.append(files_under(tree / inside))
    assert runs[0] == runs[1] == runs[2]
    assert sorted(runs[0]) == [f"{k}.txt.jsonl" for k in range(4)] + [f"sub/{k}.txt.jsonl" for k in range(4)]


def test_output_folder_named_as_input_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    assert parse(str(tmp_path), "-o", str(out)).exit_code == 0
    result = parse("-r", str(out), str(tmp_path / "a.txt"), "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"newsparse: note: {out}: skipped: the output directory (-o)\n"
    assert sorted(files_under(out)) == ["a.txt.jsonl"]


def test_expand_passes_over_the_output_folder_it_is_given(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "x.txt").write_text("x")
    (tmp_path / "y.txt").write_text("y")
    found = list(batch.expand([str(tmp_path)], recursive=True, output_dir=str(tmp_path / "out")))
    assert found == [
        batch.Skipped(str(tmp_path / "out"), batch.OUTPUT_SKIPPED),
        batch.Input(str(tmp_path / "y.txt"), "y.txt", found=True),
    ]
