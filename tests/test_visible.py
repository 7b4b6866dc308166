"""`visible`: control characters from the web written as escapes a reader sees."""

from __future__ import annotations

import pytest

from newsparse.visible import visible


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain text, “quotes” and ünïcödé 中文", "plain text, “quotes” and ünïcödé 中文"),
        ("\x1b]52;c;aGk=\x07", "\\x1b]52;c;aGk=\\a"),
        ("\x1b[2J", "\\x1b[2J"),
        ("a\rb\bc\x0bd\x0ce", "a\\rb\\bc\\vd\\fe"),
        ("nul\x00del\x7f", "nul\\x00del\\x7f"),
        ("\x9b31m \x85", "\\x9b31m \\x85"),
        ("lone \ud800 and \udcff", "lone \\ud800 and \\udcff"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("back\\slash", "back\\slash"),
    ],
)
def test_control_characters_are_written_as_escapes(text: str, shown: str) -> None:
    assert visible(text) == shown


def test_one_line_escapes_tab_and_newline_too() -> None:
    assert visible("a path\twith\nbreaks\x1b[8m", layout=False) == "a path\\twith\\nbreaks\\x1b[8m"
