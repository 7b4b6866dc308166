"""Diagnostics: what `newsparse validate` reports, and the one table of codes.

`CODES` is the single source of the codes, their severities and what they
mean; the README's table is generated from it (`scripts/update_readme.py`) and a
test keeps the two equal. Codes are stable kebab-case words: scripts match on
them, so a code is never renamed, only added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ERROR, WARNING, NOTE = "error", "warning", "note"
SEVERITIES = (ERROR, WARNING, NOTE)


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    severity: str
    description: str


CODES: tuple[Code, ...] = (
    # the input as a whole
    Code("empty-input", ERROR, "The input holds no text (empty, or only whitespace)."),
    Code("undecodable-input", ERROR, "The input's bytes cannot be read as text (binary data, broken UTF-16)."),
    Code(
        "encoding-guessed",
        WARNING,
        "The input is not UTF-8 and has no byte-order mark, so its encoding was guessed: characters may be wrong.",
    ),
    # an article, from raw text or from a record
    Code("no-headline", WARNING, "An article has no headline."),
    Code(
        "no-body",
        ERROR,
        "An article has no body paragraphs (the parser also notes it in the record's `warnings`), "
        "or the input holds no article.",
    ),
    Code(
        "future-time",
        WARNING,
        "A published or updated time lies after the reference time (`--now`, else the file's "
        "modification time for text, else the current time): its `utc` when known, else in every time zone.",
    ),
    Code("duplicate-paragraph", WARNING, "A body paragraph repeats an earlier one."),
    # carried in the record's `warnings` by the parser
    Code("truncated-paragraph", WARNING, "A paragraph ends mid-sentence, as a scrape cut off by a paywall does."),
    Code("unparseable-time", WARNING, "A line was taken for a time but its date could not be read."),
    Code("unbalanced-quotes", WARNING, "A paragraph's quotation marks do not pair up."),
    Code(
        "mojibake-repaired",
        NOTE,
        "Mis-decoded characters (`â€™` for `’`; `â€�`, whose last byte was lost, for `”`) were found and repaired.",
    ),
    Code(
        "unreadable-fetch-time",
        WARNING,
        "A scrape record's fetch time (`--time-field`) cannot be read as a time: relative and year-less "
        "dates were resolved against the file's modification time instead.",
    ),
    # JSON Lines scrape records only
    Code(
        "invalid-scrape-record",
        ERROR,
        "A JSON Lines scrape record that gives no page: not valid JSON, not an object, or no text (`--text-field`).",
    ),
    # raw text only: how the lines were labelled
    Code(
        "unclassified-line",
        NOTE,
        "Lines no rule recognised, filed as boilerplate by the fallback rule (`newsparse parse --explain` shows why).",
    ),
    # records only
    Code(
        "invalid-json",
        ERROR,
        "Records input that does not decode as JSON or JSON Lines, or holds what no record can: an integer too "
        "long to read, arrays or objects nested over 64 deep, a lone surrogate (`\\ud800`), `NaN` or `Infinity`.",
    ),
    Code("schema-violation", ERROR, "A record does not match the record schema (`newsparse schema`)."),
    Code("quote-offset", ERROR, "A quote's `field`, `index`, `start` and `end` do not point at its `text`."),
    Code(
        "time-mismatch",
        ERROR,
        "A time's `iso` (or `precision`, `relative`) disagrees with its `text` read again, or its `utc` is not "
        "the instant `iso` names (in the `--tz` zone when `iso` has no offset).",
    ),
    Code("line-range", ERROR, "`source.lines` or a warning's `line` lies outside the input file or the article."),
)

_BY_CODE = {c.code: c for c in CODES}
# A code a newer parser emits that this table does not know yet is still shown.
UNKNOWN_SEVERITY = WARNING


def severity_of(code: str) -> str:
    known = _BY_CODE.get(code)
    return known.severity if known else UNKNOWN_SEVERITY


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem, located as linters do: 1-based line and column in `path`.

    For records input, `line:column` is where the record starts, `record` names
    it (`source.path#source.index`, or its position when that is unreadable)
    and `json_path` the bad value (`$.quotes[2].end`). For article text both
    are filled too where they apply, for scripts; the text form shows them only
    for records, since there the line alone does not say which value is wrong.
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    record: str | None = None
    json_path: str | None = None
    from_records: bool = False

    @property
    def severity(self) -> str:
        return severity_of(self.code)

    def text(self) -> str:
        subject = ""
        if self.from_records and self.record is not None:
            subject = f"{self.record} {self.json_path}: " if self.json_path else f"{self.record}: "
        return f"{self.path}:{self.line}:{self.column}: {self.severity} {self.code} {subject}{self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "record": self.record,
            "json_path": self.json_path,
        }


@dataclass(frozen=True, slots=True)
class Summary:
    """What validate checked: files read and checked, the diagnostics found, and
    the inputs that failed before any check (missing, unreadable, a directory
    with nothing to check), each already reported on stderr."""

    files: int
    errors: int
    warnings: int
    notes: int
    failed_inputs: int = 0

    @classmethod
    def of(cls, files: int, diagnostics: list[Diagnostic], failed_inputs: int = 0) -> Summary:
        count = {s: 0 for s in SEVERITIES}
        for d in diagnostics:
            count[d.severity] += 1
        return cls(files, count[ERROR], count[WARNING], count[NOTE], failed_inputs)

    def failed(self, strict: bool) -> bool:
        return self.errors > 0 or self.failed_inputs > 0 or (strict and self.warnings > 0)

    def text(self) -> str:
        checked = f"checked {_plural(self.files, 'file')}"
        failed = f"{_plural(self.failed_inputs, 'input')} failed" if self.failed_inputs else ""
        if not (self.errors or self.warnings or self.notes):
            found = "no problems" if self.files else ""  # none checked, none found: no "no problems"
        else:
            parts = [_plural(self.errors, "error"), _plural(self.warnings, "warning"), _plural(self.notes, "note")]
            found = ", ".join(parts)
        return f"{checked}: {'; '.join(part for part in (found, failed) if part) or 'no problems'}"

    def to_dict(self) -> dict[str, int]:
        return {
            "files": self.files,
            "errors": self.errors,
            "warnings": self.warnings,
            "notes": self.notes,
            "failed_inputs": self.failed_inputs,
        }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def codes_markdown() -> str:
    """The README's table of codes."""
    rows = ["| code | severity | meaning |", "|---|---|---|"]
    rows += [f"| `{c.code}` | {c.severity} | {c.description} |" for c in CODES]
    return "\n".join(rows) + "\n"
