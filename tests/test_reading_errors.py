"""Inputs that cannot be read, through every command that reads them: one
`newsparse: error:` line (or, for `validate`, a diagnostic), the other inputs
still done, never a traceback.

The machine's tests may run as root, which no file mode stops; so permission
errors are made by the operating-system call the reader makes (`open`,
`os.scandir`) failing as the kernel makes it fail, EACCES."""

from __future__ import annotations

import builtins
import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from conftest import SAMPLES
from newsparse import reading
from newsparse.cli import main

SAMPLE = str(SAMPLES / "arabnews-two-articles.txt")
NOW = "2025-12-05T12:00:00Z"
COMMANDS = [["parse"], ["parse", "--explain"], ["validate"], ["pretty-print"]]


def run(command: list[str], *paths: str) -> Result:
    return CliRunner().invoke(main, [*command, "--now", NOW, *paths])


def no_traceback(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make a path fail as a file or directory without read permission does:
    opening or listing it raises EACCES, and `os.access` says no."""
    paths: set[str] = set()
    real_open, real_scandir, real_access = builtins.open, os.scandir, os.access

    def denied(path: object) -> OSError:
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) in paths:
            raise denied(file)
        return real_open(file, *args, **kwargs)

    def fake_scandir(path: Any = ".") -> Any:
        if str(path) in paths:
            raise denied(path)
        return real_scandir(path)

    def fake_access(path: Any, mode: int, **kwargs: Any) -> bool:
        return str(path) not in paths and real_access(path, mode, **kwargs)

    monkeypatch.setattr(reading, "open", fake_open, raising=False)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    monkeypatch.setattr(os, "access", fake_access)
    return paths.add


def test_the_locking_fixture_is_what_the_kernel_does(tmp_path: Path) -> None:
    # as the fixture fakes it: a file opened without the right fails with EACCES
    target = tmp_path / "mine.txt"
    target.write_text("x")
    target.chmod(0)
    try:
        with target.open("rb"):
            pass
    except PermissionError as exc:
        assert exc.errno == errno.EACCES
    else:
        assert os.geteuid() == 0, "only root reads a file of mode 000"
    finally:
        target.chmod(0o644)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_permission_denied_on_a_file(command: list[str], tmp_path: Path, locked: Callable[[str], None]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(Path(SAMPLE).read_text("utf-8"), "utf-8")
    locked(str(secret))
    result = run(command, str(secret), SAMPLE)
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {secret}: permission denied\n"
    assert SAMPLE in result.stdout or "Pakistan" in result.stdout  # the readable input is still done


@pytest.mark.parametrize("command", [["parse"], ["parse", "-r"]], ids=" ".join)
def test_unreadable_directory(command: list[str], tmp_path: Path, locked: Callable[[str], None]) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "a.txt").write_text(Path(SAMPLE).read_text("utf-8"), "utf-8")
    locked(str(closed))
    result = run(command, str(closed), SAMPLE)
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr.lower() == f"newsparse: error: {closed}: permission denied\n"
    assert result.stdout.count("\n") == 2  # the sample's two records


def _bad_inputs(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    cases = {
        "utf16-odd-length.txt": (
            b"\xff\xfeH\x00i\x00\n",
            "not valid UTF-16 despite its byte-order mark: truncated data",
        ),
        "utf16-lone-surrogate.txt": (
            b"\xff\xfeH\x00i\x00\x00\xd8",
            "not valid UTF-16 despite its byte-order mark: unexpected end of data",
        ),
        "utf8-bom-then-latin1.txt": (b"\xef\xbb\xbfcaf\xe9\n", "not valid UTF-8-SIG despite its byte-order mark"),
        "archive.txt": (b"PK\x03\x04binary\x00\x00", "binary file (ZIP archive)"),
        "image.txt": (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary file (PNG image)"),
    }
    for name, (data, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        yield path, reason


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_undecodable_input_is_one_error_line(command: list[str], tmp_path: Path) -> None:
    for path, reason in _bad_inputs(tmp_path):
        result = run(command, str(path), SAMPLE)
        no_traceback(result)
        assert result.exit_code == 1
        if command == ["validate"]:
            assert result.stderr == ""
            assert result.stdout.startswith(f"{path}:1:1: error undecodable-input {reason}")
        else:
            assert result.stderr.startswith(f"newsparse: error: {path}: {reason}"), (path, result.stderr)
            assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_missing_file(command: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    result = run(command, str(missing), SAMPLE)
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {missing}: no such file\n"
    assert "Pakistan" in result.stdout or f"{SAMPLE}:" in result.stdout  # the sample is still done
