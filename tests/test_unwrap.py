"""Unwrapping hard-wrapped lines into logical lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.text import Line, split_lines
from newsparse.unwrap import _continues, byline_goes_on, unwrap


def logical(text: str) -> list[tuple[int, int, str]]:
    return [(line.number, line.last, line.text) for line in unwrap(split_lines(text)) if line.text]


def test_wrapped_paragraph_is_joined_with_its_line_range() -> None:
    text = (
        "Dozens of fishing boats returned to port two weeks\n"
        "ahead of schedule on Tuesday after a sudden drop in\n"
        "water temperature drove the shoals far offshore.\n"
        "\n"
        "Harbour officials counted 43 vessels at the quay.\n"
    )
    assert logical(text) == [
        (
            1,
            3,
            "Dozens of fishing boats returned to port two weeks ahead of schedule on Tuesday "
            "after a sudden drop in water temperature drove the shoals far offshore.",
        ),
        (5, 5, "Harbour officials counted 43 vessels at the quay."),
    ]


def test_line_end_hyphen_is_kept() -> None:
    text = "The long-awaited report on the US-\nbacked programme arrived on Friday afternoon.\n"
    assert logical(text)[0][2] == "The long-awaited report on the US-backed programme arrived on Friday afternoon."


def test_title_byline_and_one_paragraph_per_line_stay_apart() -> None:
    text = (
        "Seeking a bigger role for a big rocket\n"
        "by Jeff Foust\n"
        "The first sentence of the story ends here with a full stop.\n"
        "The second paragraph starts on its own line and ends too.\n"
    )
    assert [n for n, _, _ in logical(text)] == [1, 2, 3, 4]


def test_a_byline_cut_after_and_goes_on_with_the_next_name() -> None:
    assert [t for _, _, t in logical("By Jane Roe and\nBo Park\nMarch 3, 2024\n")] == [
        "By Jane Roe and Bo Park",
        "March 3, 2024",
    ]


def test_a_byline_goes_on_with_and_and_a_name_on_the_next_line() -> None:
    assert [t for _, _, t in logical("By Jane Roe\nand Bo Park\n")] == ["By Jane Roe and Bo Park"]


def test_a_time_line_in_lower_case_is_no_continuation() -> None:
    # weekdays and months in lower case (Spanish, French) start like a sentence going on
    text = "Leticia Roldán | El Heraldo del Valle\nmiércoles 10 de febrero de 2021 · 12:35 pm\n"
    assert [n for n, _, _ in logical(text)] == [1, 2]


def test_a_title_ending_on_a_joining_word_stays_apart_from_its_longer_subtitle() -> None:
    text = (
        "The ferry timetable nobody asked to be consulted on\n"
        "How a two-line notice on a harbour board ended a century of hourly sailings, and why the "
        "island council only found out from the passengers\n"
    )
    assert [n for n, _, _ in logical(text)] == [1, 2]


def test_a_line_cut_short_by_a_link_still_goes_on_before_a_capital() -> None:
    text = (
        "The arguments are the same as those given to the constructor of the\n"
        "Request object, so any request you can build can be passed on as it stands.\n"
    )
    assert [n for n, _, _ in logical(text)] == [1]


def test_short_menu_lines_are_not_joined() -> None:
    text = "Home\nnews\nsport\nweather\n"
    assert len(logical(text)) == 4


def unwrap_by_whole_lines(lines: list[Line]) -> list[Line]:
    """Unwrapping as its definition reads, each decision taken on the whole line
    joined so far (quadratic in a paragraph's length: the reference only)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and line.text
            and prev.text
            and (
                (prev.last == prev.number and byline_goes_on(prev.text, line.text))
                or _continues(prev.text, len(prev.text), line.text)
            )
        ):
            joined = prev.text + ("" if prev.text.endswith(("-", "、", "，")) else " ") + line.text
            out[-1] = Line(prev.number, joined, line.last)
        else:
            out.append(line)
    return out


# Line ends and starts that make the decision go either way: joining words,
# hyphens, commas, CJK commas, sentence ends with closing marks, quotes, short lines.
ENDS = [
    "and",
    "By Jane Doe and",
    "the",
    "of",
    "US-",
    "said,",
    "、",
    "，",
    "end.",
    "end.”",
    "end.’)",
    "”",
    "(",
    "—",
    "word",
    "2023",
]
STARTS = [
    "and",
    "the",
    "“quoted",
    "‘so",
    "”",
    "By Jane Doe",
    "Share",
    "Advertisement",
    "backed",
    "Capital",
    "12",
    "Bo Park",
]
FILLER = "the harbour bridge would close to cars from January after engineers found"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(STARTS), st.integers(0, len(FILLER)), st.sampled_from(ENDS)).map(
            lambda t: f"{t[0]} {FILLER[: t[1]]} {t[2]}".strip()
        )
        | st.sampled_from(["", "x", "”", "Share", *ENDS]),
        max_size=30,
    )
)
def test_unwrap_decides_as_if_it_looked_at_the_whole_line(physical: list[str]) -> None:
    lines = split_lines("\n".join(physical))
    assert unwrap(lines) == unwrap_by_whole_lines(lines)


def test_a_dateline_on_a_line_of_its_own_goes_on_into_its_paragraph() -> None:
    text = (
        "VALLE ALTO, 12 Mar. (AGENCIA) -\n"
        "La confederación hidrográfica ha situado este martes la reserva de sus embalses en el 19 por ciento.\n"
    )
    assert [n for n, _, _ in logical(text)] == [1]
