"""Hostile input: never crash, never hang, never lose text.

Speed is checked as growth, not against a clock: the CPU time per character on
an input ten times larger must not grow much (catastrophic backtracking or a
rescan per line makes it grow with the size); speed itself is `make bench`'s.
"""

from __future__ import annotations

import codecs
import io
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import newsparse
from accounting import misplaced
from conftest import NOW, SAMPLES
from newsparse import reading
from newsparse.pipeline import parse_piece
from newsparse.text import split_lines
from timing import growth

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


# How much the CPU time per character may grow from an input to one ten times
# its size: linear code stays near 1, quadratic code gives 10 (see timing.py).
MAX_GROWTH = 3.0

# Lines shaped to make a regular expression backtrack or a rule rescan: each
# builds a line of about `size` characters.
ADVERSARIAL_LINES: dict[str, Callable[[int], str]] = {
    "opening-quotes": lambda size: "“" * size,
    "straight-quotes": lambda size: '"' * size,
    "one-letter": lambda size: "a" * size,
    "nested-brackets-and-quotes": lambda size: "(“[«‘" * (size // 10) + "x" + "’»]”)" * (size // 10),
    "numbered": lambda size: "1." * (size // 2),
    "slashes": lambda size: "A/" * (size // 2),
    "hyphens": lambda size: "a-" * (size // 2),
    "hosts": lambda size: "www." * (size // 4),
    "dates": lambda size: "12/12/2020 " * (size // 11),
    "relative-times": lambda size: "3 hours ago " * (size // 12),
    "month-dates": lambda size: "Jan 1, 2020 " * (size // 12),
    "bylines": lambda size: "By " * (size // 3),
    "datelines": lambda size: "WASHINGTON, Dec 21 (Reuters) - " * (size // 31),
    "dotted": lambda size: "x.y" * (size // 3) + " - z",
}


def _parse(text: str) -> object:
    return newsparse.parse_text(text, now=NOW)


@pytest.mark.parametrize("name", list(ADVERSARIAL_LINES))
def test_adversarial_lines_take_linear_time_and_keep_their_text(name: str) -> None:
    make = ADVERSARIAL_LINES[name]
    # each run's line differs at its end, so no cache of lines remembers it
    ratio = growth(lambda size, run: f"{make(size)} {run}", _parse, 20_000, 200_000)
    assert ratio <= MAX_GROWTH, f"time per character grew {ratio:.1f}x from 20 KB to 200 KB"
    text = make(20_000)
    assert misplaced(text, newsparse.explain_text(text, now=NOW)) == []


HOSTILE_SHAPES = ["By John Smith", "Jan 1, 2020", "Share", "• a b c d", "“", "ISLAMABAD:", "(AP) —", "x" * 300]


def test_many_lines_of_hostile_shapes_take_linear_time() -> None:
    def make(copies: int, run: int) -> str:
        return "\n".join([*HOSTILE_SHAPES * copies, f"run {run}"])

    ratio = growth(make, _parse, 150, 1500)
    assert ratio <= MAX_GROWTH, f"time per line grew {ratio:.1f}x from 1,200 lines to 12,000"
    text = make(150, 0)
    assert misplaced(text, newsparse.explain_text(text, now=NOW)) == []


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


@pytest.mark.parametrize("seed", [1, 2])
def test_random_bytes_file_fails_or_parses_with_one_line(seed: int, tmp_path: Path) -> None:
    # seeded, so a failure names the bytes that made it
    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(seed).randbytes(50_000))
    result = subprocess.run(_cli(str(path)), capture_output=True, timeout=60, check=False)
    assert result.returncode in (0, 1)
    assert b"Traceback" not in result.stderr
    assert result.stderr.count(b"\n") <= 1
