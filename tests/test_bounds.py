"""Resources stay bounded whatever the input or environment: validate and
pretty-print read an input whole only up to a limit (and tell binary input from
its first bytes), widths are held within 1,000 columns whatever --width,
COLUMNS or LINES say. Endless inputs run in subprocesses with a timeout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import SAMPLES
from newsparse.cli import main

SAMPLE = str(SAMPLES / "arabnews-two-articles.txt")
NOW = "2025-12-05T12:00:00Z"
NEWSPARSE = [sys.executable, "-m", "newsparse"]
READERS = [["validate"], ["pretty-print", "--color", "never"]]


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_dev_zero_is_refused_from_its_first_bytes(command: list[str]) -> None:
    result = subprocess.run([*NEWSPARSE, *command, "/dev/zero"], capture_output=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr == b"newsparse: error: /dev/zero: binary file (contains NUL bytes)\n"


@pytest.mark.parametrize(("line", "limit"), [(b"y\n", 64), (b'{"text": "y"}\n', 256)], ids=["text", "json"])
@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_endless_standard_input_stops_at_the_limit(command: list[str], line: bytes, limit: int) -> None:
    # `yes` would give text for ever: the read stops past the limit, with one line
    endless = subprocess.Popen(
        [sys.executable, "-c", f"import sys\nwhile True: sys.stdout.buffer.write({line * 4096!r})"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        result = subprocess.run([*NEWSPARSE, *command], stdin=endless.stdout, capture_output=True, timeout=120)
    finally:
        endless.kill()
        endless.wait()
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"newsparse: error: -: larger than {limit} MiB: {command[0]} reads an input whole "
        "(`newsparse parse` reads any size)\n"
    )


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_large_file_is_an_error_line_and_the_rest_goes_on(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsparse.cli.WHOLE_TEXT_LIMIT", 4096)
    large = tmp_path / "large.txt"
    large.write_bytes(Path(SAMPLE).read_bytes())  # about 7 KB
    result = CliRunner().invoke(main, [*command, "--now", NOW, str(large), str(SAMPLES / "wire--reuters-dateline.txt")])
    assert result.exit_code == 1
    assert result.stderr == (
        f"newsparse: error: {large}: larger than 0 MiB: {command[0]} reads an input whole "
        "(`newsparse parse` reads any size)\n"
    )
    assert "wire--reuters-dateline.txt" in result.stdout or "Reuters" in result.stdout


def test_records_naming_a_fifo_are_checked_without_reading_it(tmp_path: Path) -> None:
    # validate counts the lines of the files records name, to check their ranges:
    # a FIFO there is no file to count (it would wait for a writer for ever)
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    record = json.loads(CliRunner().invoke(main, ["parse", "--now", NOW, SAMPLE]).stdout.splitlines()[0])
    record["source"]["path"] = str(fifo)
    result = subprocess.run(
        [*NEWSPARSE, "validate", "--records", "--now", NOW, "-"],
        input=json.dumps(record).encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.stderr == b""
    assert result.stdout.decode().splitlines()[-1] == "checked 1 file: no problems"


# -- widths ---------------------------------------------------------------------

ODD_COLUMNS = ["99999999999999999999", "9" * 5000, "0", "-5", "abc", "3", "1000", "1001"]


def invoke(args: list[str], **env: str) -> Result:
    return CliRunner().invoke(main, args, env=env)


@pytest.mark.parametrize("columns", ODD_COLUMNS, ids=lambda c: c[:24])
def test_explain_table_within_60_to_1000_columns(columns: str) -> None:
    result = invoke(["parse", "--explain", "--now", NOW, SAMPLE], COLUMNS=columns)
    assert (result.exit_code, result.stderr) == (0, "")
    widths = [len(line) for line in result.stdout.splitlines()]
    assert max(widths) <= 1000
    header = next(line for line in result.stdout.splitlines() if line.lstrip().startswith("line  text"))
    assert len(header) >= 40  # the header row of a table at least 60 wide


@pytest.mark.parametrize("columns", ODD_COLUMNS, ids=lambda c: c[:24])
def test_pretty_print_within_20_to_1000_columns(columns: str) -> None:
    result = invoke(["pretty-print", "--now", NOW, SAMPLE], COLUMNS=columns, LINES=columns)
    assert (result.exit_code, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert len(lines) > 20  # something was printed (a width of 0 prints nothing)
    assert 20 <= max(len(line) for line in lines) <= 1000


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["pretty-print", "--width", "100000000"], "100000000 is not in the range 20<=x<=1000"),
        (["pretty-print", "--width", "99999999999999999999"], "is not in the range 20<=x<=1000"),
        (["parse", "--explain", "--width", "99999999999999999999"], "is not in the range 60<=x<=1000"),
    ],
)
def test_width_beyond_1000_is_a_usage_error(args: list[str], shown: str) -> None:
    result = invoke([*args, SAMPLE])
    assert result.exit_code == 2
    assert shown in result.stderr


def test_pretty_print_at_the_widest() -> None:
    result = invoke(["pretty-print", "--width", "1000", "--now", NOW, SAMPLE])
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 1000
