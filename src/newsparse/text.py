"""Text normalisation and line splitting: the first stage of the pipeline.

What is normalised (and so differs from the input bytes, by design):
- line endings: CRLF and lone CR become LF;
- no-break spaces, tabs and other space separators become a plain space;
- zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and soft hyphens are removed;
- leading and trailing whitespace of each line is trimmed;
- mojibake (UTF-8 text that was decoded as cp1252 or latin-1 somewhere upstream,
  `Islamabadâ€™s`) is repaired with ftfy's encoding fixer, line by line, and the
  pipeline warns `mojibake-repaired` for each line it changed. A right double
  quotation mark whose last byte fell in a cp1252 hole (`â€�`) is restored too.
Nothing else is changed: quotation marks, dashes and letters stay as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Characters removed outright: invisible, and never meaningful in article text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Characters that are spaces in all but name. (Two substitutions over the whole
# text cost a fraction of a per-character translation table on non-ASCII text,
# and no newline is among them, so every line stays where it was.)
_SPACES = re.compile(
    "[\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\x0b\x0c]"
)
_MULTI_SPACE = re.compile(r"  +")
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class Line:
    """One input line after normalisation. `number` is 1-based; a line joined
    from hard-wrapped physical lines ends at line `last`."""

    number: int
    text: str
    last: int = 0

    def __post_init__(self) -> None:
        if self.last < self.number:
            object.__setattr__(self, "last", self.number)

    def __bool__(self) -> bool:
        return bool(self.text)


def normalise_line(raw: str) -> str:
    """Normalise one line's characters and trim it (see the module docstring)."""
    return _trimmed(_normalised_characters(raw))


def _normalised_characters(text: str) -> str:
    """Invisible characters removed, other spaces made plain spaces."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text))


def _trimmed(text: str) -> str:
    """Runs of spaces made one, the ends trimmed."""
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    return text.strip()


def split_lines(text: str, first_line: int = 1) -> list[Line]:
    """Split text into normalised lines, numbered from `first_line` (1 for a whole
    input, as an editor shows them)."""
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    text = _normalised_characters(text)  # once for the whole text: no newline is changed
    return [Line(number, _trimmed(raw), number) for number, raw in enumerate(text.split("\n"), first_line)]


# A character of the lead range of UTF-8 as cp1252/latin-1 shows it, followed by a
# continuation byte as cp1252/latin-1 shows it: what every mojibake sequence holds.
# Text without it is passed over without loading ftfy.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)


def might_be_mojibake(text: str) -> bool:
    return _MOJIBAKE_HINT.search(text) is not None


# `”` is E2 80 9D in UTF-8, and 9D is one of the five bytes cp1252 leaves undefined
# (81, 8D, 8F, 90, 9D): a decoder that replaces those turns `”` into `â€` and U+FFFD,
# and the byte is lost. Of the characters E2 80 and a hole byte make (U+2001 em quad,
# U+200D zero-width joiner, U+200F right-to-left mark, U+2010 hyphen, U+201D `”`)
# only `”` is common in text, so in a line being repaired `â€�` is taken for it.
# A lost byte after any other lead (`Ã�` is one of Á Í Ï Ð Ý) cannot be told, and stays.
LOST_RIGHT_QUOTE = "â€\ufffd"


@dataclass(frozen=True, slots=True)
class Repair:
    """A line whose mojibake was repaired: its index in the lines, and whether a
    `â€�` in it was taken for `”`."""

    index: int
    restored_quote: bool = False

    @property
    def message(self) -> str:
        if self.restored_quote:
            return f"repaired mis-decoded characters (UTF-8 read as cp1252; {LOST_RIGHT_QUOTE} taken for ”)"
        return "repaired mis-decoded characters (UTF-8 read as cp1252)"


def repair_mojibake(lines: list[Line]) -> list[Repair]:
    """Repair mojibake in place; returns the lines that changed."""
    from ftfy import fix_encoding  # imported lazily: it is slow to load and rarely needed

    repaired = []
    for i, line in enumerate(lines):
        if line.text and might_be_mojibake(line.text):
            restored_quote = LOST_RIGHT_QUOTE in line.text
            text = line.text.replace(LOST_RIGHT_QUOTE, "”") if restored_quote else line.text
            if text.endswith("Â"):
                text += " "  # `Â` and a no-break space whose space the line's trimming took
            fixed = normalise_line(fix_encoding(text))
            if fixed and fixed != line.text and "\n" not in fixed:
                lines[i] = replace(line, text=fixed)  # keeps the line's range
                repaired.append(Repair(i, restored_quote))
    return repaired
