"""Where the body starts (`decisions/body.py`, `cut_header`) and what stands over
it as summary points (`line_rules/bullet.py`): the body starts under the points
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
        "before he moved into the home in 2020, a year after his wife died and two years before the state "
        "fined the company for the first time over the doors. Photo: Jessa Moreno for Plainsight",
        "",
        "Key takeaways",
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


def test_a_table_of_contents_is_no_list_of_summary_points() -> None:
    """Numbered lines over the body that the page shows again as the body's
    section headings are its contents, not summary points."""
    sections = ["1. Ride the car ferry to the island", "2. Eat a smoked fish sandwich on the quay"]
    page = "\n".join(
        [
            "Twelve things to do in Port Avery this autumn",
            "By Dana Holloway",
            "Sept. 3, 2019",
            "Contents",
            *sections,
            "",
            "I have lived in Port Avery for eleven years, and every September I have the same argument with my "
            "friends from the city about when they should come up to visit the town.",
            "",
            sections[0],
            "The car ferry leaves the harbour every hour and takes twenty minutes to cross to the island, where "
            "the old lighthouse keeper's cottage is now a small museum.",
            "",
            sections[1],
            "The fish shack on the quay smokes its own whitefish over apple wood and sells it in a roll with "
            "pickled onions, and the queue is worth it.",
            "",
        ]
    )
    (record,) = parse_text(page, now=NOW)
    assert list(record.bullets) == []
    assert record.body[0].startswith("I have lived")


STANDFIRST_PAGE = "\n".join(
    [
        "Campus engineers build a paper sensor that tests tap water in minutes",
        "Jan 9, 2023",
        "The strip costs less than a dollar to make and could let villages without a laboratory check their own supply",
        "",
        "A team from the department of civil engineering has built a paper strip that turns blue when it finds "
        "lead or E. coli in a glass of drinking water, in less than ten minutes and without power.",
        "",
        "The work was published this month, and the team plans field trials in three villages next spring.",
        "",
    ]
)


def test_a_one_sentence_standfirst_with_no_full_stop_is_no_body() -> None:
    """A title-like sentence of prose's length with no full stop under the
    title is its standfirst; the story starts at the paragraph below it."""
    record = parse_text(STANDFIRST_PAGE, now=NOW)[0]
    assert record.body[0].startswith("A team from the department")


def test_a_first_paragraph_of_two_sentences_without_a_full_stop_is_body() -> None:
    """Two sentences (`... here! Check them out below`) or a line cut off after
    a function word are the story's own first paragraph, not a standfirst."""
    first = "Readers sent us their photos of the storm here! Take a look at the best of them below"
    page = STANDFIRST_PAGE.replace(
        "The strip costs less than a dollar to make and could let villages without a laboratory check their own supply",
        first,
    )
    assert parse_text(page, now=NOW)[0].body[0] == first
