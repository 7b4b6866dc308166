"""Paragraph assembly: body lines become paragraphs.

Texts come three ways: paragraphs separated by blank lines, one paragraph per
line, or hard-wrapped at a fixed width. Lines are joined only when the body is
hard-wrapped (most of its lines end near one width) and a line runs to that
width, which is what a wrapped-but-unfinished line looks like.
"""

from __future__ import annotations

from dataclasses import dataclass

# Bodies wider than this are not hard-wrapped text.
MAX_WRAP_WIDTH = 100
# A wrapped line reaches at least this share of the wrap width.
WRAPPED_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    first_line: int  # 1-based input line numbers
    last_line: int


def _wrap_width(texts: list[str]) -> int | None:
    """The width the body is hard-wrapped at, or None when it is not wrapped."""
    if len(texts) < 4:
        return None
    widths = sorted(len(t) for t in texts)
    width = widths[int(len(widths) * 0.9) - 1]
    if width > MAX_WRAP_WIDTH or width < 30:
        return None
    near = sum(1 for w in widths if w >= width * WRAPPED_SHARE)
    return width if near * 2 >= len(widths) else None


def assemble(lines: list[tuple[int, str]], numbers: list[int]) -> list[Paragraph]:
    """Join body lines (index, text) into paragraphs; `numbers[index]` is the
    line's 1-based number."""
    if not lines:
        return []
    width = _wrap_width([t for _, t in lines])
    out: list[Paragraph] = []
    cur_text, cur_first, prev_index = "", -1, -10
    for index, text in lines:
        joined = (
            width is not None
            and index == prev_index + 1
            and cur_text
            and len(lines_text_last(cur_text)) >= width * WRAPPED_SHARE
        )
        if joined:
            cur_text = cur_text + "\n" + text
        else:
            if cur_text:
                out.append(_close(cur_text, cur_first, numbers[prev_index]))
            cur_text, cur_first = text, numbers[index]
        prev_index = index
    out.append(_close(cur_text, cur_first, numbers[prev_index]))
    return out


def lines_text_last(text: str) -> str:
    return text.rsplit("\n", 1)[-1]


def _close(text: str, first: int, last: int) -> Paragraph:
    return Paragraph(_unwrap(text), first, last)


def _unwrap(text: str) -> str:
    """Join wrapped lines with a space; after a line-end hyphen, with nothing (the
    hyphen is kept: `US-` + `backed` is `US-backed`, and no character is lost)."""
    parts = text.split("\n")
    out = parts[0]
    for part in parts[1:]:
        out = out + part if out.endswith("-") and out[-2:-1].isalpha() else out + " " + part
    return out
