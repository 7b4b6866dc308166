"""pretty-print in a real terminal, as a person sees it: a pseudo-terminal
(pexpect) for the bytes written, and tmux for the screen they make."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import NOW
from newsparse.records import load_records
from newsparse.render import make_console, views

pexpect = pytest.importorskip("pexpect")

FIXTURE = Path(__file__).parent / "fixtures" / "harbour-bridge.json"
NOW_ARG = "2025-12-05T12:00:00Z"
COLUMNS = 72
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def terminal_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "PAGER"}}
    env.update(TERM="xterm-256color", **extra)
    return env


def in_pty(*args: str, **env: str) -> tuple[str, int]:
    """Run newsparse in a pseudo-terminal COLUMNS wide; its output and exit status."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "newsparse", *args],
        env=terminal_env(**env),
        dimensions=(50, COLUMNS),
        encoding="utf-8",
        timeout=30,
    )
    output = child.read()
    child.close()
    return output.replace("\r\n", "\n"), child.exitstatus


def plain_render(width: int) -> str:
    records, _ = load_records(FIXTURE.read_text("utf-8"))
    out = io.StringIO()
    console = make_console(width=width, file=out)
    for view in views(records, now=NOW):
        console.print(view)
    return out.getvalue()


def test_colour_and_layout_in_a_pty() -> None:
    output, status = in_pty("pretty-print", "--now", NOW_ARG, str(FIXTURE))
    assert status == 0
    assert "\x1b[1;36mPortmouth shuts" in output  # headline in bold cyan
    assert "\x1b[33mcannot take the risk\x1b[0m" in output  # quote highlighted
    # the terminal's width was used, and the words are the ones the plain render shows
    assert _ANSI.sub("", output) == plain_render(COLUMNS)


def test_no_color_in_a_pty_keeps_bold_drops_colour() -> None:
    output, status = in_pty("pretty-print", "--now", NOW_ARG, str(FIXTURE), NO_COLOR="1")
    assert status == 0
    assert "\x1b[1mPortmouth shuts" in output
    assert not re.search(r"\x1b\[[0-9;]*3[0-7]m", output.replace("\x1b[3m", ""))


def test_color_never_in_a_pty_is_plain() -> None:
    output, status = in_pty("pretty-print", "--color", "never", "--now", NOW_ARG, str(FIXTURE))
    assert status == 0
    assert "\x1b" not in output
    assert output == plain_render(COLUMNS)


def test_pager_in_a_pty() -> None:
    output, status = in_pty("pretty-print", "--pager", "--now", NOW_ARG, str(FIXTURE), PAGER="cat")
    assert status == 0
    assert "Portmouth shuts" in output and "2 warnings" in output


def test_no_input_from_a_terminal_is_a_usage_error() -> None:
    for command in ("validate", "pretty-print"):
        output, status = in_pty(command)
        assert status == 2
        assert "no input: give a FILE or DIR, or `-` to read standard input" in output


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_the_screen_in_tmux() -> None:
    socket = f"newsparse-test-{os.getpid()}"
    tmux = ["tmux", "-L", socket, "-f", os.devnull]
    command = " ".join(
        [
            "env -u NO_COLOR -u FORCE_COLOR -u COLUMNS TERM=xterm-256color",
            sys.executable,
            "-m newsparse pretty-print --now",
            NOW_ARG,
            str(FIXTURE),
            "; sleep 60",
        ]
    )
    subprocess.run([*tmux, "new-session", "-d", "-x", str(COLUMNS), "-y", "80", command], check=True)
    try:
        screen = ""
        deadline = time.monotonic() + 20
        while "more oft" not in screen.split("2 warnings")[-1] and time.monotonic() < deadline:
            time.sleep(0.2)
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-e"], capture_output=True, text=True).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
    rows = screen.splitlines()
    assert rows[0].startswith("\x1b[1m\x1b[36mPortmouth shuts")  # bold cyan title, top left
    text_rows = [_ANSI.sub("", row).rstrip() for row in rows]
    expected = plain_render(COLUMNS).splitlines()
    assert text_rows[: len(expected)] == expected
    assert text_rows[1] == "─" * COLUMNS  # the rule spans the window
