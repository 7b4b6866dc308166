"""Insets (`decisions/body.py`): a box of dated links inside the body is
boilerplate, and the story goes on under it; the same box over another
subject ends the body, above the box's heading; and so do teasers written as
paragraphs under a list heading, when less prose follows than came before.
And the story goes on after a numbered list it holds, and over the list its
last paragraph announces (`... with places per session:`)."""

from __future__ import annotations

import datetime as dt

from newsparse import explain_text

NOW = dt.datetime(2025, 12, 5, 12, tzinfo=dt.UTC)

STORY_ABOVE = [
    "The town council of Kestrel Bay voted on Tuesday night to rebuild the tidal swimming pool that storms "
    "wrecked two winters ago, ending a long argument over whether the town could afford the work.",
    "The pool, a concrete basin filled by the sea at every high tide, was built by volunteers in 1931 and "
    "was used by swimmers all year until a storm cracked its seaward wall.",
    "Councillors approved a budget of 1.2 million for the rebuilding of the pool, about half of it from a "
    "regional heritage fund and the rest from the council's own reserves and a public appeal.",
]
STORY_BELOW = [
    "Not everyone in Kestrel Bay welcomed the council's decision on the pool. Some residents argued that "
    "the money would be better spent on the harbour walls the same storms damaged.",
    "Engineers told the council that the pool's new seaward wall would be built from precast blocks "
    "anchored to the rock, and that the basin would be deepened so that it holds water at low tide.",
    "The swimmers' club has raised 90,000 towards the council's appeal so far, much of it from a winter "
    "sponge-cake sale and a sponsored swim across the bay by forty of its members.",
    "Work on the pool is due to start in September, after the summer season, and the council hopes the "
    "pool will reopen for swimmers by the following June, in time for the town's regatta.",
]
OTHER_SUBJECT = [
    "Orchestras across the country are struggling to recruit oboe players, according to a survey of music "
    "conservatoires published this week by a national arts charity.",
    "The charity found that applications for woodwind places had halved in a decade, and that several "
    "professional ensembles now share principal players between their concert seasons.",
]
BOX = ["More on the coast", "", "Storm damage bill for harbour walls rises", "2 February 2024",
       "Ferry timetable cut for the winter months", "19 January 2024"]  # fmt: skip
HEADER = ["Harbour town votes to rebuild its tidal swimming pool", "", "By Maren Alvik", "", "14 March 2024", ""]


def _labels(paragraphs_below: list[str], box: list[str] = BOX) -> dict[str, str]:
    lines = [*HEADER, *"\n\n".join(STORY_ABOVE).split("\n"), "", *box, "", *"\n\n".join(paragraphs_below).split("\n")]
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    text = "\n".join(lines).split("\n")
    return {text[label.line - 1]: label.label for label in article.labels}


def test_a_box_of_links_inside_the_body_is_boilerplate_and_the_story_goes_on() -> None:
    labels = _labels(STORY_BELOW)
    assert [labels[line] for line in BOX if line] == ["boilerplate"] * 5
    assert all(labels[p] == "body" for p in STORY_ABOVE + STORY_BELOW)


def test_a_box_of_one_teaser_inside_the_body_is_boilerplate_and_the_story_goes_on() -> None:
    box = ["Read next", "", "Storm damage bill for harbour walls rises", "2 February 2024"]
    labels = _labels(STORY_BELOW, box)
    assert [labels[line] for line in box if line] == ["boilerplate"] * 3
    assert all(labels[p] == "body" for p in STORY_ABOVE + STORY_BELOW)


MORE_ABOVE = [
    "The vote followed a public meeting in the town hall last month at which more than two hundred people "
    "spoke for or against the plan, many of them members of the pool's winter swimming club.",
    "The council's own survey found that four in five residents wanted the pool rebuilt, and that most of "
    "them would be willing to pay a small charge for a season ticket once it reopened.",
]
LAST_BELOW = (
    "The regional heritage fund said its grant would be paid in three parts as the work on the pool goes "
    "ahead, the last of them only once the pool has held water through a winter of storms."
)


def test_a_shorter_story_resumed_under_a_box_is_still_the_story() -> None:
    """Less prose under the box than above it, but more than a stray paragraph
    of the same story: the box is an inset, and the story goes on."""
    below = [*STORY_BELOW, LAST_BELOW]
    lines = [*HEADER, *"\n\n".join(STORY_ABOVE + MORE_ABOVE).split("\n"), "", *BOX, "", *"\n\n".join(below).split("\n")]
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    labels = {lines[label.line - 1]: label.label for label in article.labels}
    assert all(labels[p] == "body" for p in below)
    assert [labels[line] for line in BOX if line] == ["boilerplate"] * 5


def test_readers_comments_under_the_story_are_no_inset() -> None:
    """Comments talk about the story in its words, but the box over them is the
    comments' heading: the body ends above it."""
    box = ["Reader Comments", "", "Tom Varga · 2024-03-14T17:52:00Z"]
    below = [*STORY_BELOW, LAST_BELOW]
    lines = [*HEADER, *"\n\n".join(STORY_ABOVE + MORE_ABOVE).split("\n"), "", *box, "", *"\n\n".join(below).split("\n")]
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    labels = {lines[label.line - 1]: label.label for label in article.labels}
    assert not any(labels[p] == "body" for p in below)


LONG_BOX = [
    "Related coverage:",
    *(f"{title} ({day} 2024)" for title, day in [
        ("Storm damage bill for harbour walls rises", "Feb. 2,"), ("Ferry timetable cut for the winter", "Jan. 19,"),
        ("Lifeboat crew rescues two kayakers", "Jan. 7,"), ("Council tax to rise by 4 per cent", "Dec. 12,"),
        ("New bus shelter for the harbour front", "Nov. 30,"), ("Regatta date set for next summer", "Nov. 2,"),
        ("Coastal path closed after cliff fall", "Oct. 21,"), ("Fish market opens on Saturdays", "Oct. 3,"),
    ]),
]  # fmt: skip


def test_the_story_s_opening_above_a_long_box_of_links_stays_body() -> None:
    """A box of eight dated titles costs more than the two paragraphs above it
    weigh: the densest run starts under it, but the paragraphs above tell the
    same story, so they open the body and the box is an inset."""
    above = STORY_ABOVE[:2]
    lines = [*HEADER, *"\n\n".join(above).split("\n"), "", *LONG_BOX, "",
             *"\n\n".join([*STORY_ABOVE[2:], *MORE_ABOVE, *STORY_BELOW, LAST_BELOW]).split("\n")]  # fmt: skip
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    labels = {lines[label.line - 1]: label.label for label in article.labels}
    assert all(labels[p] == "body" for p in above + STORY_BELOW)
    assert {labels[line] for line in LONG_BOX} == {"boilerplate"}


def test_other_prose_above_a_long_box_of_links_stays_out() -> None:
    lines = [*HEADER, *"\n\n".join(OTHER_SUBJECT).split("\n"), "", *LONG_BOX, "",
             *"\n\n".join([*STORY_ABOVE, *MORE_ABOVE, *STORY_BELOW]).split("\n")]  # fmt: skip
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    labels = {lines[label.line - 1]: label.label for label in article.labels}
    assert all(labels[p] == "body" for p in STORY_BELOW)
    assert not any(labels[p] == "body" for p in OTHER_SUBJECT)


def test_a_box_over_another_subject_ends_the_body_above_its_heading() -> None:
    labels = _labels(OTHER_SUBJECT)
    assert all(labels[p] == "body" for p in STORY_ABOVE)
    assert all(labels[p] != "body" for p in OTHER_SUBJECT)
    assert [labels[line] for line in BOX if line] == ["boilerplate"] * 5


def test_teaser_paragraphs_under_a_list_heading_end_the_body() -> None:
    labels = _labels(OTHER_SUBJECT, box=["You may also like"])
    assert all(labels[p] == "body" for p in STORY_ABOVE)
    assert labels["You may also like"] != "body"
    assert all(labels[p] != "body" for p in OTHER_SUBJECT)


def test_the_story_going_on_under_a_list_heading_stays_body() -> None:
    # more of the story follows the heading than came before it
    labels = _labels(STORY_BELOW, box=["You may also like"])
    assert all(labels[p] == "body" for p in STORY_ABOVE + STORY_BELOW)


def test_the_story_goes_on_after_its_numbered_list() -> None:
    ranking = [
        f"{n}. {town}" for n, town in enumerate("Arden Brill Corran Dunmore Eskdale Fenwick Garth Hollin".split(), 1)
    ]
    lines = [
        *HEADER,
        *"\n\n".join(STORY_ABOVE).split("\n"),
        "",
        "The towns with the most swimmers per head were, in order:",
        *ranking,
        "",
        STORY_BELOW[0],
        "",
        "Related: Storm damage bill for harbour walls rises",
        "",
        STORY_BELOW[1],
        "",
        "First published 14 March 2024",
    ]
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    labels = {lines[label.line - 1]: label.label for label in article.labels}
    assert all(labels[item] == "body" for item in ranking)
    assert labels[STORY_BELOW[0]] == "body" and labels[STORY_BELOW[1]] == "body"
    assert labels["Related: Storm damage bill for harbour walls rises"] != "body"


POOL_TIMES = [
    "Mon-Fri: 7 a.m.-9 a.m., lane swimming, adults only, 40 places",
    "Sat: 9 a.m.-noon, family session, Kestrel Bay Swimmers' Club, 120 places",
    "Sun: 10 a.m.-1 p.m., open water training, 25 places",
]
PAGE_FOOT = ["View Comments", "About Us", "Contact Us", "© 2024 Coastal Media"]


def _story_ending_with(last_paragraph: str) -> tuple[list[str], dict[str, str]]:
    lines = [*HEADER, *"\n\n".join(STORY_ABOVE).split("\n"), "", last_paragraph, ""]
    lines += [*"\n\n".join(POOL_TIMES).split("\n"), "", *PAGE_FOOT]
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    return lines, {lines[label.line - 1]: label.label for label in article.labels}


def test_the_list_the_last_paragraph_announces_is_body() -> None:
    _, labels = _story_ending_with("The council published the pool's planned opening times, with places per session:")
    assert all(labels[item] == "body" for item in POOL_TIMES)
    assert all(labels[line] != "body" for line in PAGE_FOOT)


def test_short_lines_after_a_paragraph_that_announces_nothing_stay_out() -> None:
    _, labels = _story_ending_with("The council will publish the pool's opening times when the work is done.")
    assert all(labels[item] != "body" for item in POOL_TIMES)


def test_a_title_shown_inside_a_kicker_line_is_no_paragraph_of_the_body() -> None:
    """`Local|Title` over the title itself, a standfirst and a caption, then the
    byline and the time: the title (a sentence-like one) is counted as no
    paragraph, so the header's anchors are reached and the body starts below them."""
    title = "Burst Pipes and Potholes: How Winter Wrecks What Lies Beneath the U.K."
    header = [
        f"Local|{title}",
        title,
        "The bridge carried 40,000 cars a day before it closed, and the detours doubled many commutes.",
        "A worker checks the new cables on the bridge this month in the old port district of the city.",
        "By Maren Alvik",
        "14 March 2024",
    ]
    (article,) = explain_text("\n\n".join([*header, *STORY_ABOVE]) + "\n", now=NOW)
    assert list(article.record.body) == STORY_ABOVE


def test_a_paywall_notice_ends_the_body() -> None:
    notice = ["The article you requested has been archived", "Subscribe to continue reading"]
    lines = [*HEADER, STORY_ABOVE[0], "", *notice, "", *STORY_BELOW]
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    assert list(article.record.body) == [STORY_ABOVE[0]]


PLACES = ["Harbour Row", "Quay Street", "Gull Lane", "The Crescent", "Mill Hill", "Upper Strand"]


def test_a_list_between_two_paragraphs_of_one_story_is_body() -> None:
    """Short lines with no blank line between them (`Streets affected` and six
    names) read like a menu, but one story goes on above and below them: they
    are the story's list, and the story's paragraphs under it stay body."""
    listed = ["Streets affected", *PLACES]
    lines = [*HEADER, *"\n\n".join(STORY_ABOVE).split("\n"), "", *listed, "",
             *"\n\n".join(STORY_BELOW[:2]).split("\n")]  # fmt: skip
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    labels = {lines[label.line - 1]: label.label for label in article.labels}
    assert all(labels[p] == "body" for p in STORY_ABOVE + listed + STORY_BELOW[:2])


def test_a_list_between_two_stories_stays_out() -> None:
    listed = ["More from the coast", *PLACES]
    lines = [*HEADER, *"\n\n".join(STORY_ABOVE + MORE_ABOVE).split("\n"), "", *listed, "",
             *"\n\n".join(OTHER_SUBJECT).split("\n")]  # fmt: skip
    (article,) = explain_text("\n".join(lines) + "\n", now=NOW)
    labels = {lines[label.line - 1]: label.label for label in article.labels}
    assert all(labels[p] == "body" for p in STORY_ABOVE)
    assert not any(labels[p] == "body" for p in listed + OTHER_SUBJECT)
