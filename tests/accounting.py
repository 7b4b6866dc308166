"""The README's "every non-blank line lands in exactly one field", as a check
tests share: each non-blank input line is covered by exactly one `--explain`
label (a label covers the physical lines a hard-wrapped line was joined from),
and each part of a label stands in the record field the label names."""

from __future__ import annotations

from newsparse import Record
from newsparse.pipeline import Article
from newsparse.state import BODY, BOILERPLATE, BULLET, BYLINE, CAPTION, HEADLINE, PUBLISHED, UPDATED
from newsparse.text import split_lines


def field_texts(record: Record, label: str) -> list[str]:
    """The texts a part with this label may have gone to."""
    if label == HEADLINE:
        return [record.headline or ""]
    if label == BYLINE:
        return [record.byline or ""]
    if label == PUBLISHED:
        return [record.published.text if record.published else ""]
    if label == UPDATED:
        return [record.updated.text if record.updated else ""]
    if label == BULLET:
        return list(record.bullets)
    if label == CAPTION:
        return list(record.captions)
    if label == BODY:
        # the dateline is cut from the first paragraph's start
        first = (record.dateline.text + " " if record.dateline else "") + (record.body[0] if record.body else "")
        return [first, *record.body[1:]] if record.body else [first]
    assert label == BOILERPLATE, label
    return list(record.boilerplate)


def misplaced(text: str, articles: list[Article]) -> list[str]:
    """Every way `articles` (from `explain_text(text)`) break the promise, one
    message each; empty when it holds. Blank is as the parser sees it (a line
    of zero-width spaces is blank)."""
    problems = []
    covered: list[int] = []
    for article in articles:
        for label in article.labels:
            covered.extend(range(label.line, max(label.last, label.line) + 1))
            for part in label.parts:
                if not any(part.text in field for field in field_texts(article.record, part.label)):
                    problems.append(f"line {label.line}: {part.label} part {part.text[:80]!r} is not in the record")
    twice = sorted({n for n in covered if covered.count(n) > 1}) if len(covered) != len(set(covered)) else []
    if twice:
        problems.append(f"lines labelled twice: {twice[:20]}")
    non_blank = {line.number for line in split_lines(text) if line.text}
    if non_blank - set(covered):
        problems.append(f"lines never labelled: {sorted(non_blank - set(covered))[:20]}")
    return problems
