"""`newsparse parse --explain`: every line with the label it got, as a table that
reads at 80 columns.

    # page.txt#0: lines 1-29
    ## headline: line 3 score 10.7 (byline_below +2.4, time_below +1.5, ...)
     line  text                                 label        rule: why
        3  Copper hits three-month high as      headline     headline: title line
           Chilean mine strike drags on                      above the body

Under each article's heading, one `##` line per scored decision (headline,
byline, published, updated): the winning line, its score, the features that
weighed most, the runners-up. Columns: the line number (a range for a line joined from hard-wrapped ones), the
line's text, its label, and the rule that decided with its reason. The text takes
most of the width; every cell wraps within its column, so nothing is cut off. A
line split into parts (`By Jane Roe Updated 3 May` is a byline and a time) shows
its parts' texts separated by ` ‖ ` and its labels joined by `+`, in the same order.
Text from the page (and its path and URL) is shown with its control characters
written visibly (`visible`): an escape sequence in a page never reaches the terminal.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .visible import visible

if TYPE_CHECKING:
    from .pipeline import Article

PART_SEPARATOR = " ‖ "
NARROWEST = 60
_NUMBER = 7  # "  12-14" and the gap after it
_LABEL = 13  # the longest single label, `boilerplate`, and two spaces
_GAP = 2


def render(
    path: str, articles: Sequence[Article], *, width: int = 80, line: int | None = None, url: str | None = None
) -> str:
    """The explain table of one document's articles. `line` and `url`: the line of
    the JSON Lines input the document came from, and the page's URL."""
    width = max(width, NARROWEST)
    rest = width - _NUMBER - _GAP - _LABEL - _GAP
    rule_width = max(18, rest * 2 // 5)
    text_width = rest - rule_width
    out = []
    for article in articles:
        source = article.record.source
        where = f"input line {line}, " if line is not None else ""
        page = f" · {shown(source.url or url or '')}" if (source.url or url) else ""
        out.append(f"# {shown(path)}#{source.index}: {where}lines {source.lines[0]}-{source.lines[1]}{page}\n")
        for decision in article.decisions:
            wrapped = textwrap.wrap(shown(decision), width - 4, break_on_hyphens=False)
            out.extend(f"## {piece}\n" if k == 0 else f"##   {piece}\n" for k, piece in enumerate(wrapped))
        out.append(_row(["line", "text", "label", "rule: why"], text_width, rule_width))
        for label in article.labels:
            number = f"{label.line}" if label.last <= label.line else f"{label.line}-{label.last}"
            text = PART_SEPARATOR.join(shown(part.text) for part in label.parts)
            why = shown(f"{label.rule}: {label.why}")
            out.append(_row([number, text, label.label, why], text_width, rule_width))
    return "".join(out)


def shown(text: str) -> str:
    """Text from the page or its path as the table shows it: control characters
    written visibly (`\\x1b`), never sent to the terminal, tabs and line ends too
    (a cell is one line of text)."""
    return visible(text, layout=False)


def _row(cells: list[str], text_width: int, rule_width: int) -> str:
    number, text, label, rule = cells
    columns = [
        [number],
        _wrap(text, text_width),
        _wrap_label(label, _LABEL - 2),
        _wrap(rule, rule_width),
    ]
    height = max(len(c) for c in columns)
    lines = []
    for k in range(height):
        cell = [c[k] if k < len(c) else "" for c in columns]
        row = f"{cell[0]:>{_NUMBER - 2}}  {cell[1]:<{text_width}}  {cell[2]:<{_LABEL}}{cell[3]}"
        lines.append(row.rstrip() + "\n")
    return "".join(lines)


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]


def _wrap_label(label: str, width: int) -> list[str]:
    """A label such as `byline+published`, broken after a `+` when it is too wide."""
    words = [w + "+" for w in label.split("+")]
    words[-1] = words[-1][:-1]
    lines = [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + len(word) > width:
            lines.append("")
        lines[-1] += word
    return lines
