"""Text from the web made safe to show: control characters written visibly.

Scraped text can hold terminal escape sequences (ESC ] 52 writes the clipboard,
ESC [ 2J clears the screen, ESC ] 8 makes links, SGR 8 hides text), a bell, or
a carriage return that draws over what came before. Anything newsparse shows a
reader passes through `visible`, which writes each control character as an
escape a reader can see, the way Python and C spell it (`\\x1b`, `\\r`), as
`less` and `cat -v` show them rather than obey them. Lone surrogates (which a
JSON `\\ud800` escape can carry, and no encoder can write) are shown as
`\\ud800`. Nothing else is changed: the text keeps its letters and marks.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls (8-bit CSI is U+009B), lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_SHORT = {"\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r"}
# Tab and newline are layout in a block of text, and kept as they are.
_LAYOUT = "\t\n"


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def _escape_but_layout(match: re.Match[str]) -> str:
    char = match.group()
    return char if char in _LAYOUT else _escape(match)


def visible(text: str, *, layout: bool = True) -> str:
    """`text` with its control characters written as escapes. With `layout`
    (text shown as a block), tab and newline are kept as layout; without it
    (one line of a message), they are escaped too."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_escape_but_layout if layout else _escape, text)
