"""Text from the web never drives the terminal: no control character but tab
and newline reaches the output of `parse --explain` or `pretty-print --color
never` for any input, and none at all reaches a message line (`newsparse:
error:`, `note:`, `validate`'s diagnostics) through a path or quoted input."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from newsparse.cli import main

NOW = "2025-12-05T12:00:00Z"
# every C0 control but tab and newline, DEL, the C1 controls, lone surrogates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSAFE_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
ESCAPES = [
    "\x1b]52;c;cm0gLXJmIH4=\x07",  # OSC 52: write the clipboard
    "\x1b[2J\x1b[H",  # clear the screen
    "\x1b]8;;https://evil.example/\x1b\\here\x1b]8;;\x1b\\",  # OSC 8 link
    "\x1b[8mhidden\x1b[0m",  # hidden text
    "\x9b2J",  # 8-bit CSI
    "\a",
    "\r",
    "\x7f",
    "\x00",
]
FRAGMENTS = [
    "Harbour bridge to close for repairs",
    "By Jane Doe",
    "Updated 3 hours ago",
    "“We will not leave,” she said.",
    "The council said on Monday that the old bridge would close to cars from January for repairs.",
    "",
]
# lines mixing article fragments, escapes and any characters at all
LINE = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(ESCAPES), st.text(max_size=20)), max_size=6).map(
    "".join
)
TEXT = st.lists(LINE, min_size=1, max_size=20).map("\n".join)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def invoke(*args: str, stdin: bytes | None = None, width: int = 80) -> Result:
    return CliRunner().invoke(main, [*args], input=stdin, env={"COLUMNS": str(width)})


def unsafe(text: str) -> set[str]:
    """Control characters in a block of text (tab and newline are its layout)."""
    return set(_UNSAFE.findall(text))


def unsafe_in_lines(text: str) -> set[str]:
    """Control characters in message lines, each of which must be one line
    (split at newlines only: `splitlines` would also split at U+001C to U+001E
    and U+0085, hiding them)."""
    return {c for line in text.split("\n") for c in _UNSAFE_IN_A_LINE.findall(line)}


def as_bytes(text: str) -> bytes:
    # what a page holds: its lone surrogates can only be bytes read as cp1252 again
    return text.encode("utf-8", "surrogateescape")


@SETTINGS
@given(TEXT)
def test_explain_shows_no_control_character(text: str) -> None:
    result = invoke("parse", "--explain", "--now", NOW, "-", stdin=as_bytes(text))
    assert result.exit_code in (0, 1)
    assert unsafe(result.stdout) == set()
    assert unsafe_in_lines(result.stderr) == set()


@SETTINGS
@given(TEXT)
def test_pretty_print_never_shows_no_control_character(text: str) -> None:
    result = invoke("pretty-print", "--color", "never", "--now", NOW, "-", stdin=as_bytes(text))
    assert result.exit_code in (0, 1)
    assert unsafe(result.stdout) == set()
    assert unsafe_in_lines(result.stderr) == set()


RECORD = json.loads(invoke("parse", "--now", NOW, str(SAMPLES / "wire--reuters-dateline.txt")).stdout.splitlines()[0])
STRINGS = ["source.path", "source.url", "source.id", "headline", "byline", "body.0", "authors.0"]


@SETTINGS
@given(st.sampled_from(STRINGS), st.text(min_size=1, max_size=30), st.sampled_from(["validate", "pretty-print"]))
def test_records_of_any_text_show_no_control_character(where: str, value: str, command: str) -> None:
    record = json.loads(json.dumps(RECORD))
    target = record
    *parents, last = where.split(".")
    for key in parents:
        target = target[key]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    stdin = (json.dumps(record, ensure_ascii=True) + "\n").encode()
    args = ["--color", "never"] if command == "pretty-print" else []
    result = invoke(command, *args, "--records", "--now", NOW, "-", stdin=stdin)
    assert result.exit_code in (0, 1)
    if command == "validate":
        assert unsafe_in_lines(result.stdout) == set()  # every line a message
    else:
        assert unsafe(result.stdout) == set()
    assert unsafe_in_lines(result.stderr) == set()


# -- file names and quoted input in message lines ----------------------------------

HOSTILE_NAME = "a\x1b]52;c;aGk=\x07\x1b[2J\tb\n.txt"


@pytest.fixture
def hostile_files(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_bytes(b"\0\0binary")  # fails: its name is in the error line
    (folder / f"ok{HOSTILE_NAME}").write_bytes((SAMPLES / "arabnews-two-articles.txt").read_bytes())
    os.mkfifo(folder / f"fifo{HOSTILE_NAME}")  # skipped: its name is in a note
    return folder


@pytest.mark.parametrize(
    "command",
    [["parse"], ["parse", "-j", "2"], ["parse", "--explain"], ["validate"], ["pretty-print", "--color", "never"]],
    ids=" ".join,
)
def test_file_names_in_messages_are_shown_not_sent(hostile_files: Path, command: list[str]) -> None:
    result = invoke(*command, "--now", NOW, str(hostile_files), width=1000)
    assert result.exit_code == 1
    lines = result.stderr.splitlines() + (result.stdout.splitlines() if command[0] == "validate" else [])
    shown = "a\\x1b]52;c;aGk=\\a\\x1b[2J\\tb\\n.txt"
    assert any(f"{shown}:" in line for line in lines)  # the binary file's error
    assert any(f"fifo{shown}: skipped: not a regular file (a FIFO)" in line for line in lines)
    assert unsafe_in_lines("\n".join(lines)) == set()
    if command[0] != "validate":
        assert len(result.stderr.splitlines()) == 2  # one line each, a newline in a name included
    if "--explain" in command or command[0] == "pretty-print":
        assert unsafe(result.stdout) == set()
        assert f"ok{shown}#0" in result.stdout


def test_quoted_input_in_an_error_line_is_shown_not_sent(tmp_path: Path) -> None:
    scrapes = tmp_path / "s.jsonl"
    lines = [
        {"url": "https://example.org/a\x1b[2J", "text": "x" * 5, "fetched_at": "when\x1b]52;c;aGk=\x07"},
        "a string\x1b[8m, not an object",
    ]
    scrapes.write_text("".join(json.dumps(v) + "\n" for v in lines) + '{"text": "\x1b[2J\n', "utf-8")
    result = invoke("parse", "--now", NOW, str(scrapes))
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 2
    assert unsafe_in_lines(result.stderr) == set()


def test_files_from_list_that_is_binary_says_so_in_one_line(tmp_path: Path) -> None:
    listing = tmp_path / "list"
    listing.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    result = invoke("parse", "--files-from", str(listing))
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: --files-from {listing}: binary file (executable)\n"
    assert result.stdout == ""


def test_files_from_list_of_odd_names_shows_them_escaped(tmp_path: Path) -> None:
    listing = tmp_path / "list"
    listing.write_bytes(b"caf\xe9.txt\n\x1b[2Jgone.txt\n")
    result = invoke("parse", "--files-from", str(listing))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "newsparse: error: caf\\udce9.txt: no such file",
        "newsparse: error: \\x1b[2Jgone.txt: no such file",
    ]
