"""Reading inputs: bytes to text, with a clear error for what cannot be read.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other bytes
fall back to cp1252, which is what mislabelled Western scrapes usually are.
Binary input (NUL bytes) is refused.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass


class InputError(Exception):
    """An input that cannot be parsed; the message is one line for stderr."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-16: {exc.reason}") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252")


def read_path(path: str) -> tuple[Decoded, float | None]:
    """Decoded text of a file and its modification time (None for stdin)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
            mtime = os.fstat(fh.fileno()).st_mtime
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    return decode(data), mtime
