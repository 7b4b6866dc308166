"""Reading inputs: bytes to text, whole or in article-sized pieces.

Encodings: UTF-8 with or without BOM and UTF-16/UTF-32 with a BOM are read as
such. Other bytes are guessed: charset-normalizer tells a non-Latin encoding
(cp1251, Shift JIS, ...) from a Western one; Western text is read as cp1252 when
it uses cp1252's extra characters and as latin-1 otherwise (the two agree on all
other bytes, so nothing is lost either way). A guess is reported in the records'
warnings (`encoding-guessed`). Binary input (NUL bytes, control characters, the
signature of an image or archive) is refused with an `InputError`.

Large inputs are not read whole: `read_pieces` decodes incrementally and cuts the
text into pieces of about `CHUNK_CHARS` characters at runs of blank lines (the
gaps between concatenated articles), each with the number of its first line, so
memory stays bounded whatever the input's size. Inputs up to `WHOLE_LIMIT` bytes
are one piece, parsed exactly as `parse_text` parses them.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol, cast

# Inputs up to this many bytes are parsed whole; larger ones in pieces.
WHOLE_LIMIT = 4 * 1024 * 1024
# Target size of a piece of a large input, in characters.
CHUNK_CHARS = 128 * 1024
# Where a piece may be cut, best first, searched from CHUNK_CHARS on: two or more
# blank lines, one blank line, any line end. A piece grows past CHUNK_CHARS until
# one is found (a line is never split).
_CUTS = (re.compile(r"\n(?:[^\S\n]*\n){2,}"), re.compile(r"\n[^\S\n]*\n"), re.compile(r"\n"))
# How far past CHUNK_CHARS to look for a better cut before settling for a worse
# one, in multiples of CHUNK_CHARS.
_CUT_REACH = (1, 2)
_BLOCK = 1024 * 1024

# Control characters that never occur in text (all C0 but tab, LF, VT, FF, CR, ESC).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Share of control characters in the first bytes above which an input is binary.
_CONTROL_SHARE = 0.05
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte encodings of Latin-script text, which the cp1252/latin-1 rule decides between.
_WESTERN = frozenset(
    "ascii cp1250 cp1252 cp1254 cp1257 cp437 cp850 cp858 latin_1 iso8859_2 iso8859_3 iso8859_4 iso8859_9 "
    "iso8859_10 iso8859_13 iso8859_14 iso8859_15 iso8859_16 mac_roman mac_latin2 mac_iceland mac_turkish".split()
)
# Bytes cp1252 leaves undefined: text holding them is latin-1 (C1 controls).
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_NOT_C1 = bytes(b for b in range(256) if not 0x80 <= b <= 0x9F)


class Readable(Protocol):
    """What reading needs of a stream (a binary file, stdin, a gzip stream)."""

    def read(self, size: int = -1, /) -> bytes: ...


class InputError(Exception):
    """An input that cannot be parsed; the message is one line for stderr."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text of an input, the encoding it was read in, and whether that was guessed."""

    text: str
    encoding: str
    guessed: bool = False


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of an input: its text and the 1-based number of its first line."""

    text: str
    first_line: int
    encoding: str
    guessed: bool = False


def refuse_binary(head: bytes) -> None:
    """Raise InputError when the first bytes of an input (after any BOM) are not text."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            raise InputError(f"binary file ({kind})")
    if b"\x00" in head:
        raise InputError("binary file (contains NUL bytes)")
    sample = head[:8192]
    if sample and len(_CONTROL.findall(sample)) > len(sample) * _CONTROL_SHARE:
        raise InputError("binary file (control characters)")


def _bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def guess_encoding(data: bytes) -> str:
    """The encoding of bytes that are not UTF-8 (see the module docstring)."""
    from charset_normalizer import from_bytes  # imported lazily: only non-UTF-8 input pays for it

    try:
        best = from_bytes(data[:_BLOCK]).best()
    except Exception:  # a guesser failing must not fail the input: fall back to the Western rule
        best = None
    if best is not None and best.encoding not in _WESTERN:
        try:
            codecs.lookup(best.encoding)
            return str(best.encoding)
        except LookupError:
            pass
    c1 = set(data.translate(None, _NOT_C1))
    return "cp1252" if c1 and not c1 & _CP1252_UNDEFINED else "latin-1"


def decode(data: bytes) -> Decoded:
    """Text of a whole input (raises InputError for binary or undecodable input)."""
    bom = _bom(data)
    if bom is not None:
        try:
            return Decoded(data.decode(bom), bom)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {bom.upper()} despite its byte-order mark: {exc.reason}") from None
    refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return decode_legacy(data)


def decode_legacy(data: bytes) -> Decoded:
    """Text of bytes that are not valid UTF-8. Mostly UTF-8 with stray bytes (a
    page pasted together from two sources) keeps its UTF-8 and reads each stray
    byte as cp1252; text with no UTF-8 at all is read in its guessed encoding."""
    if _UTF8_SEQUENCE.search(data):
        return Decoded(data.decode("utf-8", errors=_STRAY_BYTES), "cp1252", guessed=True)
    encoding = guess_encoding(data)
    return Decoded(data.decode(encoding, errors="replace"), encoding, guessed=True)


# A well-formed multi-byte UTF-8 sequence: text holding one is (mostly) UTF-8.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_STRAY_BYTES = "newsparse-stray-bytes"


def _stray_bytes(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: bytes that are not UTF-8 read as cp1252 (latin-1 for
    the five bytes cp1252 leaves undefined), so no character is lost."""
    assert isinstance(error, UnicodeDecodeError)
    raw = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("latin-1" if b in _CP1252_UNDEFINED else "cp1252") for b in raw), error.end


codecs.register_error(_STRAY_BYTES, _stray_bytes)


def open_input(path: str, *, regular_only: bool = False) -> tuple[BinaryIO, float | None]:
    """An open binary stream and the modification time of a path; gzip-compressed
    content is decompressed as it is read (see `gunzipped`). With `regular_only`
    (a file found in a directory walk, not named), anything but a regular file is
    refused, and opening does not wait: a FIFO put where a file was would
    otherwise wait for a writer for ever. A FIFO named on the command line
    (`<(zcat a.gz)`) is read, as asked."""
    try:
        fh = open(path, "rb", opener=_without_waiting if regular_only else None)  # noqa: SIM115 - the caller closes it
        st = os.fstat(fh.fileno())
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    if regular_only and not stat.S_ISREG(st.st_mode):
        fh.close()
        raise InputError(f"not a regular file ({file_kind(st.st_mode)})")
    return gunzipped(fh), st.st_mtime


def _without_waiting(path: str, flags: int) -> int:
    # O_NONBLOCK: opening a FIFO returns at once; on a regular file it changes nothing
    return os.open(path, flags | os.O_NONBLOCK)


def file_kind(mode: int) -> str:
    """`a FIFO`, `a socket`, ... for a file mode that is not a regular file's."""
    for test, kind in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return kind
    return "a special file"


_GZIP_MAGIC = b"\x1f\x8b"


def gunzipped(stream: BinaryIO) -> BinaryIO:
    """The stream itself, or its decompressed content when it is gzip data (told
    by its first two bytes, so `page.txt.gz` and a gzip stream on stdin both
    work). Decompression happens as the reader asks, so memory stays bounded;
    a broken archive is an InputError when the reading reaches it."""
    peek = getattr(stream, "peek", None)
    try:
        if peek is not None:
            head = peek(2)[:2]
        elif stream.seekable():  # an in-memory stream
            at = stream.tell()
            head = stream.read(2)
            stream.seek(at)
        else:
            return stream
    except (OSError, ValueError):
        return stream
    if head != _GZIP_MAGIC:
        return stream
    return cast(BinaryIO, io.BufferedReader(_Gunzip(stream), buffer_size=1024 * 1024))


class _Gunzip(io.RawIOBase):
    """Reads a gzip stream; every decompression failure is an InputError."""

    def __init__(self, raw: BinaryIO) -> None:
        import gzip

        super().__init__()
        self._raw = raw
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        import zlib

        try:
            return self._gzip.readinto(buffer)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"broken gzip data: {exc or type(exc).__name__}") from None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._gzip.close()
        self._raw.close()
        super().close()


def read_path(
    path: str, *, regular_only: bool = False, limit: Callable[[bytes], int] | None = None
) -> tuple[Decoded, float | None]:
    """Decoded text of a whole file and its modification time (`regular_only` as
    for `open_input`; `limit` as for `read_whole`, none by default)."""
    fh, mtime = open_input(path, regular_only=regular_only)
    with fh:
        data = read_whole(fh, limit=limit) if limit is not None else _read_all(fh)
    return decode(data), mtime


def _read_all(stream: Readable) -> bytes:
    try:
        return stream.read()
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


class TooLarge(InputError):
    """An input larger than what is read whole."""


# How much is read before the rest: enough to tell binary input and an input's kind.
_HEAD = 64 * 1024


def read_whole(stream: Readable, *, limit: Callable[[bytes], int]) -> bytes:
    """All of a stream, read whole but bounded: binary input is refused from its
    first bytes, before more is read (`/dev/zero` would never end), and an input
    over `limit(first bytes)` bytes is refused with TooLarge (`yes` would fill
    the memory)."""
    head = read_upto(stream, _HEAD)
    if _bom(head) is None:
        refuse_binary(head)
    most = limit(head)
    data = head + read_upto(stream, most + 1 - len(head)) if len(head) == _HEAD else head
    if len(data) > most:
        raise TooLarge(f"larger than {most // (1024 * 1024)} MiB")
    return data


def read_pieces(stream: Readable, *, whole_limit: int | None = None) -> Iterator[Piece]:
    """The input as one piece when it is at most `whole_limit` bytes (default
    WHOLE_LIMIT), else as article-sized pieces cut at blank lines (see the module
    docstring).

    Raises InputError, possibly after some pieces, for binary or undecodable input.
    """
    if whole_limit is None:
        whole_limit = WHOLE_LIMIT
    head = read_upto(stream, whole_limit + 1)
    if len(head) <= whole_limit:
        decoded = decode(head)
        yield Piece(decoded.text, 1, decoded.encoding, decoded.guessed)
        return
    yield from _stream_pieces(stream, head)


def read_upto(stream: Readable, size: int) -> bytes:
    parts, got = [], 0
    while got < size:
        try:
            block = stream.read(min(_BLOCK, size - got))
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
        if not block:
            break
        parts.append(block)
        got += len(block)
    return b"".join(parts)


def _stream_pieces(stream: Readable, head: bytes) -> Iterator[Piece]:
    bom = _bom(head)
    encoding = bom or "utf-8"
    if bom is None:
        refuse_binary(head)
    # UTF-8 is decoded with surrogateescape so that a stray non-UTF-8 stretch is
    # kept as bytes and re-read (guessed) piece by piece instead of failing the input.
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict" if bom else "surrogateescape")
    buf, first_line = "", 1
    # the head already read is fed a block at a time too: decoding and cutting it
    # whole would hold several copies of WHOLE_LIMIT characters at once
    blocks = (head[k : k + _BLOCK] for k in range(0, len(head), _BLOCK))
    block = next(blocks, b"")
    while True:
        final = not block
        if bom is None and b"\x00" in block:
            raise InputError("binary data (NUL bytes) inside the text")
        try:
            buf += decoder.decode(block, final=final)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding.upper()}: {exc.reason}") from None
        # a CR at the end may be the first half of a CRLF: keep it for the next round
        held = "\r" if not final and buf.endswith("\r") else ""
        text = buf[: len(buf) - len(held)]
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        cut = _cut_all(text, final=final)
        for piece_text in cut.pieces:
            yield _piece(piece_text, first_line, encoding)
            first_line += piece_text.count("\n") + 1
        if final:
            return
        buf = cut.rest + held
        block = next(blocks, b"") or read_upto(stream, _BLOCK)


@dataclass(frozen=True, slots=True)
class _Cut:
    pieces: list[str]
    rest: str


def _cut_all(text: str, *, final: bool) -> _Cut:
    """Cut as many pieces as the text holds; the remainder waits for more input."""
    pieces: list[str] = []
    at = 0
    while len(text) - at > CHUNK_CHARS:
        end = _cut_point(text, at)
        if end is None:
            break
        pieces.append(text[at:end])
        at = end + 1  # the cut falls on a line end, which separates the two pieces
    rest = text[at:]
    if final:
        if rest or not pieces:
            pieces.append(rest)
        rest = ""
    return _Cut(pieces, rest)


def _cut_point(text: str, at: int) -> int | None:
    """Index of the line end to cut at, or None to wait for more text."""
    start = at + CHUNK_CHARS
    for pattern, reach in zip(_CUTS, (*(k * CHUNK_CHARS for k in _CUT_REACH), len(text)), strict=True):
        m = pattern.search(text, start, start + reach)
        if m is not None:
            return m.start()
        if start + reach > len(text):
            return None  # not enough text yet to know there is no better cut
    return None


def _piece(text: str, first_line: int, encoding: str) -> Piece:
    if encoding == "utf-8" and _has_surrogates(text):
        decoded = decode_legacy(text.encode("utf-8", errors="surrogateescape"))
        return Piece(decoded.text, first_line, decoded.encoding, guessed=True)
    return Piece(text, first_line, encoding)


_SURROGATE = re.compile("[\udc80-\udcff]")


def _has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None
