"""Ending a run from outside: Ctrl-C (SIGINT), SIGTERM and SIGHUP, a killed
parent, and workers that cannot be started. Real processes, and signals sent
at a point the run is known to have reached (a temporary output file exists),
never after a guessed sleep."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from newsparse.cli import main

SAMPLE = SAMPLES / "arabnews-two-articles.txt"
NOW = "2025-12-05T12:00:00Z"
NEWSPARSE = [sys.executable, "-m", "newsparse"]


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


def processes_naming(marker: str) -> list[int]:
    """Processes whose command line holds `marker` (the run and its workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _interruptible() -> None:
    """In the child before it runs: Ctrl-C back to its default. A shell that
    starts the test run in the background without job control (`make test &`
    in a script) has it ignored, and the child would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# about 5 MB: more than is parsed whole, so the records of its first pieces are
# written (to a temporary file) while the rest of standard input is awaited
LARGE = b"\n\n\n".join([SAMPLE.read_bytes()] * 720)


@pytest.mark.parametrize(
    ("signum", "status"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGHUP, 128 + signal.SIGHUP)],
    ids=["SIGINT", "SIGTERM", "SIGHUP"],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_signal_mid_write_leaves_no_file_and_no_process(
    tmp_path: Path, signum: signal.Signals, status: int, jobs: str
) -> None:
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*NEWSPARSE, "parse", "-q", "-j", jobs, "--now", NOW, "-o", str(out), "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_interruptible,
    )
    assert process.stdin is not None
    process.stdin.write(LARGE)
    process.stdin.flush()  # and left open: the input is not complete
    wait_for(lambda: out.is_dir() and any(p.suffix == ".tmp" for p in out.iterdir()), "a temporary output file")
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (status, b"")
    assert list(out.iterdir()) == []  # the unfinished input leaves nothing, not even its temporary file
    wait_for(lambda: not processes_naming(str(out)), "the workers ended", timeout=10)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_in_a_batch_keeps_the_finished_files_whole(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(200):
        (folder / f"{k:03}.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*NEWSPARSE, "parse", "-q", "-j", jobs, "--now", NOW, str(folder), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wait_for(lambda: out.is_dir() and len(list(out.glob("*.jsonl"))) >= 3, "three output files")
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (128 + signal.SIGTERM, b"")
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{k:03}.txt.jsonl" for k in range(len(names))]  # in order, no temporary file
    assert len(names) < 200
    for name in names:
        assert len([json.loads(line) for line in (out / name).read_text("utf-8").splitlines()]) == 2
    wait_for(lambda: not processes_naming(str(out)), "the workers ended", timeout=10)


def test_workers_of_a_killed_parent_say_nothing(tmp_path: Path) -> None:
    # SIGKILL cannot be caught: the workers find their results pipe broken, and
    # must end without printing that to the terminal they share
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(12):  # each long enough that the workers are at work when the parent goes
        (folder / f"{k:03}.txt").write_bytes(b"\n\n\n".join([SAMPLE.read_bytes()] * 30))
    process = subprocess.Popen(
        [*NEWSPARSE, "parse", "-q", "-j", "2", "--now", NOW, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # the workers are at work
    process.kill()
    err = process.stderr.read()  # to its end: when the last worker has gone
    process.wait(timeout=30)
    assert err == b""
    wait_for(lambda: not processes_naming(str(folder)), "the workers ended", timeout=30)


# -- workers that cannot be started ---------------------------------------------------


def test_jobs_has_an_upper_bound() -> None:
    result = CliRunner().invoke(main, ["parse", "-j", "100000", str(SAMPLE)])
    assert result.exit_code == 2
    assert "100000 is not in the range 1<=x<=256" in result.stderr


def test_fork_failing_parses_in_this_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # fork(2) fails with EAGAIN under a process limit (RLIMIT_NPROC): as here
    def no_more_processes() -> int:
        raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))

    monkeypatch.setattr(os, "fork", no_more_processes)
    for k in range(3):
        (tmp_path / f"{k}.txt").write_bytes(SAMPLE.read_bytes())
    result = CliRunner().invoke(main, ["parse", "-j", "8", "--now", NOW, str(tmp_path)])
    assert result.exit_code == 0
    assert result.stderr == (
        "newsparse: note: cannot start 8 worker processes (Resource temporarily unavailable): parsing in this process\n"
    )
    expected = CliRunner().invoke(main, ["parse", "-j", "1", "--now", NOW, str(tmp_path)])
    assert result.stdout == expected.stdout
    assert len(result.stdout.splitlines()) == 6


NOBODY = 65534


def _processes_of(uid: int) -> int:
    count = 0
    for entry in Path("/proc").glob("[0-9]*/status"):
        try:
            lines = entry.read_text().splitlines()
        except OSError:
            continue
        if any(line.split()[:2] == ["Uid:", str(uid)] for line in lines):
            count += 1
    return count


def test_process_limit_gives_a_note_and_every_record() -> None:
    # a real RLIMIT_NPROC, which the kernel never applies to root: as root, the
    # run is made as nobody (with setpriv, which keeps the interpreter readable)
    prefix: list[str] = []
    limit = 1
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root is not held to a process limit, and setpriv is missing to drop it")
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"]
        limit = _processes_of(NOBODY) + 1  # the run itself, and not one more

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_NPROC, (limit, limit))

    # standard input, so that the limited user needs no permission on the files here
    result = subprocess.run(
        [*prefix, *NEWSPARSE, "parse", "-j", "8", "--now", NOW, "-"],
        input=SAMPLE.read_bytes(),
        capture_output=True,
        preexec_fn=limited,
        timeout=60,
        check=False,
    )
    assert result.stderr.decode() == (
        "newsparse: note: cannot start 8 worker processes (Resource temporarily unavailable): parsing in this process\n"
    )
    assert result.returncode == 0
    assert [json.loads(line)["source"]["index"] for line in result.stdout.splitlines()] == [0, 1]
