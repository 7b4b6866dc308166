"""Where the body starts (`decisions/body.py`, `cut_header`): under the points
of a key-points heading, whatever caption stands above the heading."""

from __future__ import annotations

import datetime as dt

from newsparse import parse_text

NOW = dt.datetime(2023, 1, 10, 12, tzinfo=dt.UTC)
POINTS = [
    "State inspectors cited the company's fourteen homes forty-one times since 2018 for the same three hazards "
    "in their night shifts.",
    "The state fined the company in only four of those cases, for a total of less than its chief executive "
    "earned in a week.",
    "At least three residents died after incidents tied to problems inspectors had already cited, records show.",
]
PAGE = "\n".join(
    [
        "Inspectors flagged the same dangers at the homes forty-one times",
        "By Ana Ferrer and Derek Ohanian",
        "Dec. 6, 2022",
        "This article was produced in partnership with a public radio station in the state.",
        "",
        "A resident's daughter holds a photograph of her father at her home in Coyle Springs, where he lived "
        "before he moved into the home in 2020. Photo: Jessa Moreno for Plainsight",
        "",
        "Key findings",
        *POINTS,
        "",
        "Vernon Gaskill had lived at the home for seven months when, on a January night in 2021, he walked out "
        "of a side door that was supposed to sound an alarm and was found the next morning in a ditch.",
        "",
        "His daughter said the family had been told that the doors were watched all night, and that nobody "
        "from the company called her until the police had already been to the house.",
        "",
    ]
)


def test_points_under_a_heading_below_a_caption_are_bullets_not_body() -> None:
    """A caption's words above the heading are no sign that the story has begun
    there: the points are the summary, the body starts under them."""
    (record,) = parse_text(PAGE, now=NOW)
    assert list(record.bullets) == POINTS
    assert record.body[0].startswith("Vernon Gaskill")
