"""Unwrapping hard-wrapped lines into logical lines."""

from __future__ import annotations

from newsparse.text import split_lines
from newsparse.unwrap import unwrap


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


def test_short_menu_lines_are_not_joined() -> None:
    text = "Home\nnews\nsport\nweather\n"
    assert len(logical(text)) == 4
