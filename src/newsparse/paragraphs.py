"""Paragraph assembly: body lines become paragraphs.

Texts come three ways: paragraphs separated by blank lines, one paragraph per
line, or hard-wrapped at a fixed width. Hard-wrapped lines were already joined
into logical lines (`unwrap`), so here every body line is one paragraph, with
the physical line range it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import Line


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    first_line: int  # 1-based input line numbers
    last_line: int


def assemble(items: list[tuple[int, str]], lines: list[Line]) -> list[Paragraph]:
    """Paragraphs from body parts (line index, text)."""
    return [Paragraph(text, lines[i].number, lines[i].last) for i, text in items]
