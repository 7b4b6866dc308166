"""`parse -o DIR`: one file per input, never two inputs in one file, the same
files for any `-j`, and an output folder inside the input tree never read back."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import SAMPLES
from newsparse.cli import main

SAMPLE = SAMPLES / "arabnews-two-articles.txt"
NOW = "2025-12-05T12:00:00Z"
OTHER_TEXT = (
    "Harbour ferry fares to rise in spring\n\n"
    "The port authority said on Monday that fares on the harbour ferries would rise by a fifth in March.\n"
)
OTHER_HTML = (
    "<html><head><title>Library hours cut</title></head><body><h1>Library hours cut</h1>"
    "<p>The city library will close at six on weekdays from May, the council said on Tuesday.</p></body></html>"
)


def parse(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["parse", "--now", NOW, "-q", *args], input=stdin)


def tree(root: Path) -> dict[str, list[tuple[str, int]]]:
    """Each file under root: the (source.path, source.index) of its records."""
    out: dict[str, list[tuple[str, int]]] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
            out[path.relative_to(root).as_posix()] = [(r["source"]["path"], r["source"]["index"]) for r in records]
    return out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_inputs_differing_only_in_extension_keep_apart(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "story.html").write_text(OTHER_HTML, "utf-8")
    (folder / "story").write_text(OTHER_TEXT, "utf-8")
    (folder / "story.txt.gz").write_bytes(gzip.compress(OTHER_TEXT.encode()))
    out = tmp_path / "out"
    result = parse("-j", jobs, "--glob", "story*", str(folder), "-o", str(out))
    assert (result.exit_code, result.stderr) == (0, "")
    names = {name: str(folder / name) for name in ("story", "story.html", "story.txt", "story.txt.gz")}
    assert tree(out) == {
        "story.jsonl": [(names["story"], 0)],
        "story.html.jsonl": [(names["story.html"], 0)],
        "story.txt.jsonl": [(names["story.txt"], 0), (names["story.txt"], 1)],
        "story.txt.gz.jsonl": [(names["story.txt.gz"], 0)],
    }


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_names_that_still_meet_are_numbered_in_input_order(tmp_path: Path, jobs: str) -> None:
    x, y = tmp_path / "x", tmp_path / "y"
    for folder, text in ((x, SAMPLE.read_text("utf-8")), (y, OTHER_TEXT)):
        (folder / "deep").mkdir(parents=True)
        (folder / "a.txt").write_text(text, "utf-8")
        (folder / "deep" / "a.txt").write_text(text, "utf-8")
    (tmp_path / "stdin").write_text(OTHER_TEXT, "utf-8")
    (tmp_path / "A.TXT").write_text(OTHER_TEXT, "utf-8")
    out = tmp_path / "out"
    args = ["-j", jobs, "-r", str(x), str(y), str(x / "a.txt"), "-", str(tmp_path / "stdin"), str(tmp_path / "A.TXT")]
    result = parse(*args, "-o", str(out), stdin=OTHER_TEXT.encode())
    assert (result.exit_code, result.stderr) == (0, "")
    xa, ya = str(x / "a.txt"), str(y / "a.txt")
    assert tree(out) == {
        "a.txt.jsonl": [(xa, 0), (xa, 1)],  # x/a.txt, walked in x
        "deep/a.txt.jsonl": [(str(x / "deep" / "a.txt"), 0), (str(x / "deep" / "a.txt"), 1)],
        "a.txt-2.jsonl": [(ya, 0)],  # y/a.txt: y's tree meets x's
        "deep/a.txt-2.jsonl": [(str(y / "deep" / "a.txt"), 0)],
        "a.txt-3.jsonl": [(xa, 0), (xa, 1)],  # named again: an input of its own, absolute, so by its name
        "stdin.jsonl": [("-", 0)],
        "stdin-2.jsonl": [(str(tmp_path / "stdin"), 0)],
        "A.TXT-4.jsonl": [(str(tmp_path / "A.TXT"), 0)],  # one name on a case-insensitive disk
    }


def test_every_record_lands_in_exactly_one_file(tmp_path: Path) -> None:
    # the same set of inputs to stdout and to -o: the same records, none twice
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "a.html", "a", "sub/a.txt", "A.txt"):
        (folder / name).write_bytes(SAMPLE.read_bytes() if name.endswith("txt") else OTHER_TEXT.encode())
    args = ["-r", "--glob", "*", str(folder), str(folder / "a.txt"), str(folder / "sub")]
    streamed = parse(*args)
    assert streamed.exit_code == 0
    out = tmp_path / "out"
    assert parse(*args, "-o", str(out)).exit_code == 0
    written = sorted(line for path in out.rglob("*.jsonl") for line in path.read_text("utf-8").splitlines())
    assert written == sorted(streamed.stdout.splitlines())
    assert len(list(out.rglob("*.jsonl"))) == 7


def test_a_rerun_writes_the_same_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    args = [str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out)]
    assert parse(*args).exit_code == 0
    first = {p: p.read_bytes() for p in out.rglob("*")}
    assert parse(*args).exit_code == 0
    assert {p: p.read_bytes() for p in out.rglob("*")} == first
    assert sorted(p.name for p in first) == ["a.txt-2.jsonl", "a.txt.jsonl", "b.txt.jsonl"]


def test_output_files_of_names_at_the_length_limit(tmp_path: Path) -> None:
    # the temporary name must not be longer than the final one may be
    longest = os.pathconf(tmp_path, "PC_NAME_MAX") - len(".jsonl")
    name = "n" * (longest - 4) + ".txt"
    (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    result = parse(str(tmp_path / name), "-o", str(out))
    assert (result.exit_code, result.stderr) == (0, "")
    assert [p.name for p in out.iterdir()] == [name + ".jsonl"]
