"""Hostile input: never crash, never hang, never lose text.

Time limits here are generous guards against a hang (catastrophic backtracking
turns seconds into hours), not speed measurements: those are `make bench`'s.
"""

from __future__ import annotations

import codecs
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsparse
from conftest import NOW, SAMPLES
from newsparse import reading
from newsparse.pipeline import parse_piece
from newsparse.text import split_lines

SAMPLE = SAMPLES / "arabnews-two-articles.txt"
ARTICLE = (
    "Pakistan and India agree to talks\n\n"
    "By Jane Doe\n\n"
    "ISLAMABAD: Islamabad’s foreign office said on Monday that the two countries would resume talks "
    "about trade and water after a pause of several years, “We welcome this step,” a spokesman said.\n\n"
    "The café owners in the old city said that business had been slow for the whole of the year and that "
    "they hoped the talks would bring visitors back to the markets before the winter.\n"
)


def body_of(data: bytes) -> tuple[list[str], list[str]]:
    (piece,) = reading.read_pieces(io.BytesIO(data))
    records = parse_piece(piece, now=NOW)
    return [p for r in records for p in r.body], [w.code for r in records for w in r.warnings]


@pytest.mark.parametrize(
    "encoded",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),  # with BOM
        ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ARTICLE.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "crlf", "cr"],
)
def test_unicode_encodings_and_line_endings_read_the_same(encoded: bytes) -> None:
    assert body_of(encoded) == body_of(ARTICLE.encode("utf-8"))
    assert "encoding-guessed" not in body_of(encoded)[1]


def test_cp1252_is_guessed_and_reported() -> None:
    body, codes = body_of(ARTICLE.encode("cp1252"))
    assert body == body_of(ARTICLE.encode("utf-8"))[0]
    assert "encoding-guessed" in codes
    assert reading.decode(ARTICLE.encode("cp1252")).encoding == "cp1252"


def test_latin1_is_guessed_without_losing_characters() -> None:
    text = ARTICLE.replace("’", "'").replace("“", '"').replace("”", '"')
    decoded = reading.decode(text.encode("latin-1"))
    assert (decoded.text, decoded.encoding, decoded.guessed) == (text, "latin-1", True)


def test_mojibake_is_repaired_with_a_warning() -> None:
    broken = ARTICLE.replace("Islamabad’s", "Islamabadâ€™s").replace("café", "cafÃ©")
    body, codes = body_of(broken.encode("utf-8"))
    assert body == body_of(ARTICLE.encode("utf-8"))[0]
    assert "mojibake-repaired" in codes


# An invented story with quotes on both sides of the quotation marks' bytes.
FERRY = (
    "Harbour ferry fares to rise in spring\n\n"
    "By Lena Ortiz\n\n"
    "The port authority said on Monday that fares on the harbour ferries would rise by a fifth in March, "
    "the first increase in six years.\n\n"
    "“We have held the line for as long as we could,” said Tomas Brandt, the authority’s chief executive. "
    "“Fuel has doubled since the last rise.”\n\n"
    "Commuters were less understanding. “It’s a tax on people who can’t afford a car,” said Mira Costa, "
    "a nurse who crosses twice a day.\n"
)


def test_right_double_quote_whose_last_byte_was_lost_is_restored() -> None:
    # UTF-8 read as cp1252: ” is E2 80 9D, and 9D is one of cp1252's holes, so a
    # decoder with errors="replace" leaves `â€` and U+FFFD; the rest is ordinary mojibake
    misread = FERRY.encode("utf-8").decode("cp1252", errors="replace")
    assert "â€\ufffd" in misread and "â€œ" in misread
    (want,) = newsparse.parse_text(FERRY, now=NOW)
    (got,) = newsparse.parse_text(misread, now=NOW)
    assert got.body == want.body
    assert [(q.text, q.speaker, q.cue) for q in got.quotes] == [(q.text, q.speaker, q.cue) for q in want.quotes]
    assert [q.speaker for q in got.quotes] == ["Tomas Brandt", "Tomas Brandt", "Mira Costa"]
    repaired = [w for w in got.warnings if w.code == "mojibake-repaired"]
    assert [w.line for w in repaired] == [7, 9]
    assert all("â€\ufffd" in w.message and "”" in w.message for w in repaired)
    assert "unbalanced-quotes" not in {w.code for w in got.warnings}


def test_misread_copy_of_the_sample_reads_as_the_original() -> None:
    text = SAMPLE.read_text("utf-8")
    misread = text.encode("utf-8").decode("cp1252", errors="replace")

    def fields(text: str) -> list[tuple[object, ...]]:
        records = newsparse.parse_text(text, now=NOW)
        return [(r.headline, r.body, [(q.text, q.speaker) for q in r.quotes]) for r in records]

    assert fields(misread) == fields(text)


def test_lost_byte_is_restored_only_after_the_two_characters_that_start_a_quotation_mark() -> None:
    # a replacement character elsewhere (a lost byte nobody can know) stays as it is
    paragraph = "The mayor said the caf\ufffd would close in the spring, and the port agreed."
    (record,) = newsparse.parse_text(f"Headline about the harbour\n\n{paragraph}\n", now=NOW)
    assert record.body == (paragraph,)
    assert not [w for w in record.warnings if w.code == "mojibake-repaired"]


def test_invisible_and_space_characters_are_normalised() -> None:
    (line,) = split_lines("  soft\u00adware\u00a0and\u200bzero\u2009width\ufeff  ")
    assert line.text == "software andzero width"  # a zero-width space is not a space


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\0\x10JFIF", "JPEG image"),
        (b"plain start\0then a NUL", "NUL bytes"),
        (bytes(range(1, 9)) * 100, "control characters"),
    ],
)
def test_binary_input_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(reading.InputError, match=reason):
        reading.decode(data)


def _parse_within(text: str, seconds: float) -> list[newsparse.Record]:
    start = time.perf_counter()
    records = newsparse.parse_text(text, now=NOW)
    assert time.perf_counter() - start < seconds, "super-linear time: a regular expression backtracks?"
    return records


@pytest.mark.parametrize(
    "text",
    [
        "“" * 100_000,
        '"' * 100_000,
        "a" * 1_000_000,
        "(“[«‘" * 20_000 + "x" + "’»]”)" * 20_000,
        "1." * 100_000,
        "A/" * 100_000,
        "a-" * 100_000,
        "www." * 50_000,
        "12/12/2020 " * 10_000,
        "3 hours ago " * 10_000,
        "Jan 1, 2020 " * 10_000,
        "By " * 100_000,
        ("WASHINGTON, Dec 21 (Reuters) - " * 5_000),
        "x.y" * 100_000 + " - z",
    ],
    ids=lambda t: f"{t[:12]!r}x{len(t)}",
)
def test_adversarial_lines_finish_and_keep_their_text(text: str) -> None:
    records = _parse_within(text, 20)
    kept = [
        *(r.headline or "" for r in records),
        *(p for r in records for p in (*r.body, *r.captions, *r.boilerplate, *r.bullets)),
    ]
    assert "".join(kept).replace(" ", "") or text.strip() == ""


def test_many_lines_of_hostile_shapes_finish() -> None:
    shapes = ["By John Smith", "Jan 1, 2020", "Share", "• a b c d", "“", "ISLAMABAD:", "(AP) —", "x" * 300]
    _parse_within("\n".join(shapes * 3000), 30)


def test_ten_megabyte_line_is_one_piece_streamed(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_bytes(b"head\n" + b"word " * 2_000_000 + b"\ntail\n")
    with path.open("rb") as stream:
        pieces = list(reading.read_pieces(stream, whole_limit=1024))
    assert pieces[0].first_line == 1
    assert sum(p.text.count("\n") + 1 for p in pieces) == 4
    assert max(len(p.text) for p in pieces) >= 10_000_000


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsparse", "parse", "--now", "2025-12-05T12:00:00Z", *args]


def test_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    for k in range(40):
        (tmp_path / f"{k}.txt").write_bytes(SAMPLE.read_bytes())
    reader = subprocess.Popen(["head", "-1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    writer = subprocess.run(
        _cli("-j", "2", str(tmp_path)), stdout=reader.stdin, stderr=subprocess.PIPE, timeout=60, check=False
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait(timeout=10)
    assert writer.stderr == b""
    assert writer.returncode == 0


def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path) -> None:
    process = subprocess.Popen(
        _cli("-j", "2", "-o", str(tmp_path / "out"), "-"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    process.stdin.write(SAMPLE.read_bytes())
    process.stdin.flush()
    time.sleep(1.5)  # started, and waiting for the rest of standard input
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Traceback" not in err
    leftovers = [p.name for p in (tmp_path / "out").rglob("*")] if (tmp_path / "out").exists() else []
    assert not [name for name in leftovers if name.endswith(".tmp")]


def test_random_bytes_file_fails_or_parses_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(os.urandom(50_000))
    result = subprocess.run(_cli(str(path)), capture_output=True, timeout=60, check=False)
    assert result.returncode in (0, 1)
    assert b"Traceback" not in result.stderr
    assert result.stderr.count(b"\n") <= 1
