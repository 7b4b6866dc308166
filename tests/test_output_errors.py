"""Output that cannot be written, and standard streams that are closed: one
`newsparse: error:` line (or, for a closed pipe, none), the right status, no
traceback, no partial or temporary file left.

Full and read-only disks are real: a small tmpfs mounted in a private mount
namespace (`unshare`), so no test needs root or leaves a mount behind; where
that is not allowed, those tests are skipped, and the same paths are driven by
making the `write` the sink makes fail with ENOSPC, as a full disk fails it."""

from __future__ import annotations

import errno
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from newsparse import batch
from newsparse.cli import main

SAMPLE = str(SAMPLES / "arabnews-two-articles.txt")
NOW = "2025-12-05T12:00:00Z"
# every command that writes to standard output, with what it reads
WRITERS = {
    "parse": ["parse", "--now", NOW, SAMPLE],
    "parse --explain": ["parse", "--explain", "--now", NOW, SAMPLE],
    "parse --format csv": ["parse", "--format", "csv", "--now", NOW, SAMPLE],
    "validate": ["validate", "--now", NOW, SAMPLE],
    "pretty-print": ["pretty-print", "--now", NOW, SAMPLE],
    "schema": ["schema"],
    "completion": ["completion", "bash"],
}
NEWSPARSE = [sys.executable, "-m", "newsparse"]


def no_traceback(stderr: bytes) -> None:
    assert b"Traceback" not in stderr and b"Exception ignored" not in stderr, stderr.decode()


@pytest.mark.parametrize("command", list(WRITERS))
def test_full_standard_output_is_one_error_line(command: str) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*NEWSPARSE, *WRITERS[command]], stdout=full, stderr=subprocess.PIPE, timeout=60)
    no_traceback(result.stderr)
    assert result.returncode == 1
    assert result.stderr == b"newsparse: error: standard output: cannot write: No space left on device\n"


def _closed_stdout() -> None:
    os.close(1)


@pytest.mark.parametrize("command", list(WRITERS))
def test_closed_standard_output_is_one_error_line(command: str) -> None:
    result = subprocess.run(
        [*NEWSPARSE, *WRITERS[command]], preexec_fn=_closed_stdout, stderr=subprocess.PIPE, timeout=60
    )
    no_traceback(result.stderr)
    assert result.returncode == 1
    assert result.stderr == b"newsparse: error: standard output: closed\n"


def test_closed_standard_output_is_no_matter_with_output_dir(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [*NEWSPARSE, "parse", "--now", NOW, SAMPLE, "-o", str(out)],
        preexec_fn=_closed_stdout,
        stderr=subprocess.PIPE,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert [p.name for p in out.iterdir()] == ["arabnews-two-articles.txt.jsonl"]


@pytest.mark.parametrize("command", list(WRITERS))
def test_closed_pipe_ends_every_command_quietly(command: str) -> None:
    # the reader is gone before the first write: EPIPE at once, whatever the timing
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run([*NEWSPARSE, *WRITERS[command]], stdout=write_end, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (0, b"")


def _closed_stdin() -> None:
    os.close(0)


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["parse"], 2, "Error: no input: give a FILE or DIR, or `-` to read standard input (standard input is closed)"),
        (
            ["validate"],
            2,
            "Error: no input: give a FILE or DIR, or `-` to read standard input (standard input is closed)",
        ),
        (
            ["pretty-print"],
            2,
            "Error: no input: give a FILE or DIR, or `-` to read standard input (standard input is closed)",
        ),
        (["parse", "--files-from", "-"], 2, "Error: Invalid value for --files-from: standard input is closed"),
        (["parse", "-", SAMPLE], 1, "newsparse: error: -: standard input is closed"),
        (["parse", "--explain", "-", SAMPLE], 1, "newsparse: error: -: standard input is closed"),
        (["validate", "-", SAMPLE], 1, "newsparse: error: -: standard input is closed"),
        (["pretty-print", "-", SAMPLE], 1, "newsparse: error: -: standard input is closed"),
    ],
    ids=[
        "parse",
        "validate",
        "pretty-print",
        "files-from",
        "parse-dash",
        "explain-dash",
        "validate-dash",
        "pretty-dash",
    ],
)
def test_closed_standard_input(args: list[str], status: int, message: str) -> None:
    result = subprocess.run([*NEWSPARSE, *args], preexec_fn=_closed_stdin, capture_output=True, timeout=60, check=False)
    no_traceback(result.stderr)
    assert result.returncode == status
    assert result.stderr.decode().splitlines()[-1] == message
    if status == 1:  # the other input is still done
        assert "Pakistan" in result.stdout.decode() or f"{SAMPLE}:" in result.stdout.decode()


# -- -o onto a disk that is full or read-only ---------------------------------------


def _namespace_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", "mount -t tmpfs none /mnt"],
        capture_output=True,
        timeout=30,
        check=False,
    )
    return probe.returncode == 0


needs_namespace = pytest.mark.skipif(not _namespace_works(), reason="no private mount namespace here")


def on_tmpfs(mount: Path, options: str, args: list[str]) -> subprocess.CompletedProcess[bytes]:
    """newsparse ARGS with a tmpfs mounted (with OPTIONS) at MOUNT, seen by it alone."""
    script = 'mount -t tmpfs -o "$1" none "$2" && shift 2 && exec "$@"'
    return subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", script, "sh", options, str(mount), *NEWSPARSE, *args],
        capture_output=True,
        timeout=120,
        check=False,
    )


def many_inputs(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(count):
        shutil.copy(SAMPLE, folder / f"{k:02}.txt")
    return folder


# Run inside the namespace after newsparse, before the tmpfs goes with it: each
# file left in the output directory, and whether every line of it is a record.
LEFT_BEHIND = """
import json, os, sys
out = sys.argv[1]
def whole(name):
    try:
        return all(json.loads(line)["schema"] for line in open(os.path.join(out, name), encoding="utf-8"))
    except (ValueError, KeyError):
        return False
print(json.dumps({name: whole(name) for name in sorted(os.listdir(out))}))
"""


@needs_namespace
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_dir_on_a_full_disk(tmp_path: Path, jobs: str) -> None:
    # each output file is about 9 KB: 32 KB take three, and the fourth fills the disk
    folder = many_inputs(tmp_path, 8)
    mount = tmp_path / "disk"
    mount.mkdir()
    out = mount / "out"
    parse = [*NEWSPARSE, "parse", "-q", "-j", jobs, "--now", NOW, str(folder), "-o", str(out)]
    check = [sys.executable, "-c", LEFT_BEHIND, str(out)]
    both = (
        f"mount -t tmpfs -o size=32k none {mount} && {shlex.join(parse)}; status=$?; {shlex.join(check)}; exit $status"
    )
    result = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", both], capture_output=True, timeout=120, check=False
    )
    no_traceback(result.stderr)
    assert result.returncode == 1
    (line,) = result.stderr.decode().splitlines()
    assert line.startswith(f"newsparse: error: {out}/0")
    assert line.endswith(".txt.jsonl: cannot write: No space left on device")
    left = json.loads(result.stdout)
    # whole files, in input order, and no temporary file
    assert left and left == {f"{k:02}.txt.jsonl": True for k in range(len(left))}


@needs_namespace
def test_output_dir_on_a_read_only_disk(tmp_path: Path) -> None:
    mount = tmp_path / "disk"
    mount.mkdir()
    for target, message in (
        (mount, f"newsparse: error: {mount}/arabnews-two-articles.txt.jsonl: cannot write: Read-only file system"),
        (mount / "new", f"newsparse: error: {mount}/new: cannot make the output directory: Read-only file system"),
    ):
        result = on_tmpfs(mount, "ro", ["parse", "--now", NOW, SAMPLE, SAMPLE, "-o", str(target)])
        no_traceback(result.stderr)
        assert result.returncode == 1
        assert result.stderr.decode().splitlines() == [message]


def test_output_dir_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["parse", "--now", NOW, SAMPLE, "-o", str(blocker / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {blocker / 'out'}: cannot make the output directory: Not a directory\n"
    assert result.stdout == ""


def test_output_dir_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["parse", "--now", NOW, SAMPLE, "-o", str(blocker)])
    assert result.exit_code == 2
    assert "is a file" in result.stderr


def test_a_directory_where_an_output_file_goes_fails_that_input_only(tmp_path: Path) -> None:
    folder = many_inputs(tmp_path, 3)
    out = tmp_path / "out"
    (out / "01.txt.jsonl").mkdir(parents=True)  # in the way of 01.txt's file
    (out / "02.txt.jsonl").write_text("old")  # a file is replaced, as a rerun replaces it
    result = CliRunner().invoke(main, ["parse", "-j", "1", "--now", NOW, str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"newsparse: error: {folder / '01.txt'}: cannot write {out / '01.txt.jsonl'}: Is a directory\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["00.txt.jsonl", "01.txt.jsonl", "02.txt.jsonl"]
    assert len((out / "02.txt.jsonl").read_text("utf-8").splitlines()) == 2
    assert list((out / "01.txt.jsonl").iterdir()) == []


class _FailingFile(io.StringIO):
    """A file whose writes fail as they do on a full disk (the syscall, write(2),
    returns ENOSPC) once `budget` characters are written."""

    def __init__(self, budget: int) -> None:
        super().__init__()
        self._budget = budget

    def write(self, text: str) -> int:
        self._budget -= len(text)
        if self._budget < 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(text)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_full_disk_stops_the_batch_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    # the same path as the tmpfs test above, where a private mount is not allowed
    folder = many_inputs(tmp_path, 4)
    out = tmp_path / "out"
    real_open = open
    opened: list[str] = []

    def disk_filling_up(path: Any, mode: str = "r", **kwargs: Any) -> Any:
        if "w" in mode:
            opened.append(str(path))
            if len(opened) == 3:  # the third file hits the end of the disk
                real_open(path, mode, **kwargs).close()  # it exists, as a real one would
                return _FailingFile(budget=100)
        return real_open(path, mode, **kwargs)

    monkeypatch.setattr(batch, "open", disk_filling_up, raising=False)
    result = CliRunner().invoke(main, ["parse", "-j", "1", "--format", fmt, "--now", NOW, str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {out / f'02.txt.{fmt}'}: cannot write: No space left on device\n"
    assert sorted(p.name for p in out.iterdir()) == [f"00.txt.{fmt}", f"01.txt.{fmt}"]
    assert not [p for p in opened if os.path.exists(p)]  # the temporary file went with the run


def test_full_standard_output_midway_through_a_batch(tmp_path: Path) -> None:
    folder = many_inputs(tmp_path, 30)
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [*NEWSPARSE, "parse", "-j", "2", "--now", NOW, str(folder)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    no_traceback(result.stderr)
    assert result.returncode == 1
    assert result.stderr == b"newsparse: error: standard output: cannot write: No space left on device\n"


def test_records_of_every_format_are_whole_when_the_disk_has_room(tmp_path: Path) -> None:
    # the sink's error handling changes nothing when nothing fails
    out = tmp_path / "out"
    for fmt in ("jsonl", "json", "csv"):
        result = CliRunner().invoke(main, ["parse", "--format", fmt, "--now", NOW, SAMPLE, "-o", str(out)])
        assert (result.exit_code, result.stderr) == (0, "")
    assert len(json.loads((out / "arabnews-two-articles.txt.json").read_text("utf-8"))) == 2
    assert len((out / "arabnews-two-articles.txt.csv").read_text("utf-8").splitlines()) > 2
