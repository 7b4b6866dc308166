"""pretty-print's renderables, as a reader sees them: golden renders at fixed
widths from hand-made records, and the pieces (times, colours) on their own."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.style import Style
from rich.text import Text

from conftest import NOW
from newsparse import render as render_module
from newsparse.cli import main
from newsparse.isodates import IsoValue
from newsparse.model import Dateline, ParseWarning, Quote, Record, Source, Timestamp
from newsparse.records import load_records, record_from_dict
from newsparse.render import STYLES, THEME, ArticleView, QuotesView, ago, humanise, make_console, views

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
# NEWSPARSE_UPDATE_GOLDEN=1 pytest tests/test_render.py rewrites the files after a deliberate change.
UPDATE = os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1"


def fixture_records(name: str) -> list[Record]:
    records, problems = load_records((FIXTURES / name).read_text("utf-8"))
    assert not problems
    return records


def render(records: list[Record], width: int, *, quotes_only: bool = False) -> str:
    out = io.StringIO()
    console = make_console(width=width, file=out)
    for view in views(records, now=NOW, quotes_only=quotes_only):
        console.print(view)
    return out.getvalue()


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8"), f"render differs from {path}; see the diff above"


@pytest.mark.parametrize("width", [80, 44])
def test_article_golden(width: int) -> None:
    check_golden(f"harbour-bridge-{width}.txt", render(fixture_records("harbour-bridge.json"), width))


def test_quotes_golden() -> None:
    check_golden("harbour-bridge-quotes-80.txt", render(fixture_records("harbour-bridge.json"), 80, quotes_only=True))


def test_bare_record_golden() -> None:
    check_golden("bare-80.txt", render(fixture_records("bare.json"), 80))


def test_renders_have_no_trailing_spaces_or_escapes() -> None:
    for width in (30, 60, 100):
        text = render(fixture_records("harbour-bridge.json"), width)
        text += render(fixture_records("harbour-bridge.json"), width, quotes_only=True)
        assert "\x1b" not in text
        for line in text.splitlines():
            assert line == line.rstrip()
            assert len(line) <= width


def test_article_view_shows_each_part_in_reading_order() -> None:
    text = render(fixture_records("harbour-bridge.json"), 200)
    order = [
        "Portmouth shuts its harbour bridge",
        "Published 21 Dec 2023 10:05 · 2 years ago",
        "Updated 5 Dec 2025 09:00 UTC · 3 hours ago",
        "By Jane Doe and John Roe, Reuters",
        "• Council votes 7-2",
        "PORTMOUTH, Dec 21 (Reuters) - The city council",
        "  — Ana Torres (said)",
        "  — a baker on the bridge road (told)",
        "Caption Cars queue",
        "2 warnings",
        "line 23 truncated-paragraph",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_quotes_are_styled_and_offsets_that_miss_are_not() -> None:
    body = "He said “yes” and left."
    good = Quote("yes", "Ann Lee", "he", "said", False, "body", 0, 9, 12)
    bad = Quote("left", None, None, None, False, "body", 0, 0, 2)  # points at "He"
    record = Record(Source("-", 0, (1, 2)), headline="H", body=(body,), quotes=(good, bad))
    console = make_console(color="always", width=60, file=io.StringIO())

    def printed(renderable: object) -> str:
        with console.capture() as capture:
            console.print(renderable, end="")
        return capture.get()

    styled = printed(ArticleView(record, NOW))
    assert printed(Text("yes", "np.quote")) in styled
    assert printed(Text("He", "np.quote")) not in styled


def test_quotes_view_groups_by_speaker_named_first() -> None:
    record = fixture_records("harbour-bridge.json")[0]
    groups = QuotesView(record).groups()
    assert [g[0].speaker or g[0].speaker_text or "-" for g in groups] == [
        "Ana Torres",
        "a baker on the bridge road",
        "-",
    ]
    assert [len(g) for g in groups] == [3, 2, 1]


def test_record_without_quotes_says_so() -> None:
    record = Record(Source("-", 0, (1, 1)), headline="Quiet day", body=("Nothing was said.",))
    assert "no quotes" in render([record], 60, quotes_only=True)


# -- times -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iso", "shown"),
    [
        ("2023", "2023 · 2 years ago"),
        ("2025-10", "Oct 2025 · 2 months ago"),
        ("2025-12", "Dec 2025 · this month"),
        ("2023-12-21", "21 Dec 2023 · 2 years ago"),
        ("2025-12-04", "4 Dec 2025 · yesterday"),
        ("2025-12-05", "5 Dec 2025 · today"),
        ("2025-12-06", "6 Dec 2025 · tomorrow"),
        ("2025-11-20", "20 Nov 2025 · 15 days ago"),
        ("2025-06-01", "1 Jun 2025 · 6 months ago"),
        ("2025-12-05T11:59:50+00:00", "5 Dec 2025 11:59:50 UTC · 10 seconds ago"),
        ("2025-12-05T11:59:58+00:00", "5 Dec 2025 11:59:58 UTC · just now"),
        ("2025-12-05T11:15", "5 Dec 2025 11:15 · 45 minutes ago"),
        ("2025-12-05T09:00:00+05:00", "5 Dec 2025 09:00 +05:00 · 8 hours ago"),
        ("2025-12-05T15:00:00+00:00", "5 Dec 2025 15:00 UTC · in 3 hours"),
        ("2025-12-01T10:00", "1 Dec 2025 10:00 · 4 days ago"),
    ],
)
def test_humanised_times(iso: str, shown: str) -> None:
    assert humanise(Timestamp(iso, iso, None), NOW).plain == shown


def test_unreadable_time_is_shown_as_written() -> None:
    stamp = Timestamp("Updated on Blursday", None, None)
    assert humanise(stamp, NOW).plain == "Updated on Blursday (not read as a time)"
    assert IsoValue.read("2023-13-45") is None


def test_now_defaults_are_timezone_aware() -> None:
    # `ago` compares with an aware `now`; a naive time counts as UTC
    value = IsoValue.read("2025-12-05T10:00")
    assert value is not None
    assert ago(value, dt.datetime(2025, 12, 5, 12, tzinfo=dt.UTC)) == "2 hours ago"


# -- colour choices ----------------------------------------------------------------


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _styled_output(color: str, file: io.StringIO, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> str:
    for key in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    console = make_console(color=color, width=80, file=file)
    console.print(ArticleView(fixture_records("harbour-bridge.json")[0], NOW))
    return file.getvalue()


def test_auto_colour_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\x1b[" in _styled_output("auto", _Tty(), {}, monkeypatch)
    assert "\x1b[" not in _styled_output("auto", io.StringIO(), {}, monkeypatch)


def test_no_color_keeps_emphasis_but_drops_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    out = _styled_output("auto", _Tty(), {"NO_COLOR": "1"}, monkeypatch)
    assert "\x1b[1m" in out  # bold headline
    assert "\x1b[3" not in out.replace("\x1b[3m", "")  # no foreground colour (3m is italic)


def test_always_overrides_no_color_and_pipes(monkeypatch: pytest.MonkeyPatch) -> None:
    out = _styled_output("always", io.StringIO(), {"NO_COLOR": "1", "TERM": "dumb"}, monkeypatch)
    assert "\x1b[1;36m" in out  # bold cyan headline


def test_never_writes_no_escape_codes_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\x1b" not in _styled_output("never", _Tty(), {"FORCE_COLOR": "1"}, monkeypatch)


def test_styles_used_are_the_styles_defined() -> None:
    # a name used but not defined fails only when that part is shown; one
    # defined but not used is a style nobody can see
    source = (Path(render_module.__file__)).read_text("utf-8")
    used = set(re.findall(r'"(np\.[a-z.]+)"', source.split("THEME = Theme(STYLES)", 1)[1]))
    assert used == set(STYLES)
    for name, definition in STYLES.items():
        assert THEME.styles[name] == Style.parse(definition), name


def test_unread_time_is_not_labelled_twice() -> None:
    record = Record(
        Source("-", 0, (1, 2)),
        headline="H",
        published=Timestamp("PUBLISHED WED, NOV 20 20194:29 AM", None, None),
        updated=Timestamp("Nov 20 2019, 11:06am ist", None, None),
    )
    lines = render([record], 80).splitlines()
    assert "PUBLISHED WED, NOV 20 20194:29 AM (not read as a time)" in lines
    assert "Updated Nov 20 2019, 11:06am ist (not read as a time)" in lines


# -- text from the web is shown, never obeyed ---------------------------------------

# What a hostile page can carry: a clipboard write (OSC 52), clear screen (CSI 2J),
# a hyperlink (OSC 8), a bell, hidden text (SGR 8), an 8-bit CSI, a carriage return
# that draws over the line, a backspace.
HOSTILE = {
    "osc52": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "clear": "\x1b[2J\x1b[H",
    "link": "\x1b]8;;https://evil.example/\x1b\\here\x1b]8;;\x1b\\",
    "hidden": "\x1b[8mhidden\x1b[0m",
    "csi8": "\x9b31m",
    "overdraw": "fake\rreal\b",
}
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def hostile_record() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "harbour-bridge.json").read_text("utf-8"))
    data["source"]["path"] = "scrapes/" + HOSTILE["csi8"] + ".txt"
    data["headline"] += HOSTILE["osc52"]
    data["byline"] = HOSTILE["clear"] + data["byline"]
    data["body"][0] += " " + HOSTILE["link"]
    data["captions"][0] += HOSTILE["hidden"]
    data["warnings"][0]["message"] += HOSTILE["overdraw"]
    data["published"]["iso"] = None  # shown as written
    data["published"]["text"] += HOSTILE["clear"]
    paragraph = "The harbour master said “" + HOSTILE["osc52"] + "no comment” and left."
    start = paragraph.index("“") + 1
    quote = dict(data["quotes"][0], text=paragraph[start : paragraph.index("”")], field="body", start=start)
    quote.update(index=len(data["body"]), end=paragraph.index("”"), speaker="Ann\x1b[8m Lee", cue="said\x07")
    data["body"].append(paragraph)
    data["quotes"].append(quote)
    return data


def controls_shown_raw(out: str, styled: bool) -> set[str]:
    """Control characters in the output other than newline (and, styled, rich's own SGR codes)."""
    text = _SGR.sub("", out) if styled else out
    return {c for c in text if unicodedata.category(c) in ("Cc", "Cs") and c != "\n"}


@pytest.mark.parametrize("color", ["auto", "always", "never"])
@pytest.mark.parametrize("quotes", [False, True], ids=["article", "quotes"])
def test_escape_sequences_in_records_are_shown_not_obeyed(color: str, quotes: bool) -> None:
    args = ["pretty-print", "--color", color, "--width", "100", "--now", "2025-12-05T12:00:00Z", "-"]
    result = CliRunner().invoke(main, args + (["--quotes"] if quotes else []), input=json.dumps(hostile_record()))
    assert result.exit_code == 0, result.output
    assert controls_shown_raw(result.stdout, styled=color == "always") == set()
    plain = _SGR.sub("", result.stdout) if color == "always" else result.stdout
    assert "\\x1b]52;c;cm0gLXJmIH4=\\a" in plain  # the quote (and, in the article, the headline)
    assert "Ann\\x1b[8m Lee" in plain
    if not quotes:
        for shown in ("\\x1b[2J\\x1b[H", "\\x1b]8;;https://evil.example/\\x1b\\here", "\\x1b[8mhidden", "\\x9b31m"):
            assert shown in plain
        assert "fake\\rreal\\b" in plain


def test_quote_with_escapes_is_still_highlighted() -> None:
    record = record_from_dict(hostile_record())
    console = make_console(color="always", width=200, file=io.StringIO())
    with console.capture() as capture:
        console.print(ArticleView(record, NOW))
    with console.capture() as quote:
        console.print(Text("\\x1b]52;c;cm0gLXJmIH4=\\ano comment", "np.quote"), end="")
    assert quote.get() in capture.get()


ANY_CHARACTER = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHARACTER, max_size=30)


@st.composite
def records_of_any_text(draw: st.DrawFn) -> Record:
    body = tuple(draw(st.lists(ANY_TEXT, max_size=3)))
    quotes = []
    for index, paragraph in enumerate(body):
        if paragraph:
            start = draw(st.integers(0, len(paragraph) - 1))
            end = draw(st.integers(start, len(paragraph)))
            who = draw(st.none() | ANY_TEXT)
            quotes.append(
                Quote(paragraph[start:end], who, draw(ANY_TEXT), draw(ANY_TEXT), False, "body", index, start, end)
            )
    stamp = draw(st.none() | st.builds(Timestamp, ANY_TEXT, st.none(), st.none()))
    return Record(
        Source(draw(ANY_TEXT), 0, (1, 2)),
        headline=draw(st.none() | ANY_TEXT),
        byline=draw(st.none() | ANY_TEXT),
        published=stamp,
        bullets=tuple(draw(st.lists(ANY_TEXT, max_size=2))),
        dateline=draw(st.none() | st.builds(Dateline, ANY_TEXT, st.none(), st.none(), st.none())),
        body=body,
        quotes=tuple(quotes),
        captions=tuple(draw(st.lists(ANY_TEXT, max_size=2))),
        warnings=tuple(draw(st.lists(st.builds(ParseWarning, ANY_TEXT, ANY_TEXT, st.none()), max_size=2))),
    )


@settings(max_examples=150, deadline=None)
@given(records_of_any_text(), st.booleans())
def test_no_control_character_but_tab_and_newline_reaches_the_output(record: Record, quotes_only: bool) -> None:
    out = io.StringIO()
    console = make_console(color="never", width=60, file=out)
    for view in views([record], now=NOW, quotes_only=quotes_only):
        console.print(view)
    assert {c for c in out.getvalue() if unicodedata.category(c) in ("Cc", "Cs")} <= {"\t", "\n"}


def test_renders_hold_where_ci_forces_colour() -> None:
    # CI systems set these; conftest clears them for every test, or the golden
    # renders would come out styled (a separate run: this one's are cleared)
    env = {**os.environ, "FORCE_COLOR": "1", "TTY_COMPATIBLE": "1", "COLUMNS": "33", "NO_COLOR": "1"}
    tests = Path(__file__).parent
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "golden or order",
            str(tests / "test_render.py"),
        ],
        env=env,
        cwd=tests.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:]
