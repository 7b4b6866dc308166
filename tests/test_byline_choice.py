"""The byline decision on small invented pages: which line names the writers,
and the authors the record gets. Each case is a page (lines set apart by blank
lines) and the authors expected; the pages carry the kinds of trouble unseen
sites bring (names in capitals, labels other than `By`, agencies beside a
named person, title-case phrases that are no names, bylines after the body)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_text

NOW = dt.datetime(2024, 12, 1, 12, 0, tzinfo=dt.UTC)
HEADLINE = "City keeps its late-night buses after a two-year trial"
BODY = [
    "The council voted on Monday to keep the late-night buses running on four routes, "
    "after a two-year trial that carried more than 400,000 passengers across the city.",
    "Officials said the service would be reviewed again in two years, and that the cost "
    "of about three million dollars a year would be met from the transport budget.",
    "Riders' groups welcomed the vote, but said the buses should run every twenty minutes "
    "rather than every half hour, as they did during the first months of the trial.",
]
MENU = ["Home", "News", "Sport", "Weather", "Local News"]

CASES: dict[str, tuple[list[str], list[str]]] = {
    "by-lead": ([*MENU, HEADLINE, "By Priya Raman", "Nov. 18, 2024", *BODY], ["Priya Raman"]),
    "capital-name-above-agency-time": (
        [*MENU, HEADLINE, "NATALIYA KOVALENKO", "Associated PressNovember 18, 2024", *BODY],
        ["NATALIYA KOVALENKO"],
    ),
    "curator-label": ([*MENU, HEADLINE, "Curator: Ines Alvaro", "Follow @inesalvaro", *BODY], ["Ines Alvaro"]),
    "latvian-label-with-role": (
        [*MENU, HEADLINE, "18. novembris, 17:40", "Autori: Ilze Kalniņa (ārzemju ziņu redaktore)", *BODY],
        ["Ilze Kalniņa"],
    ),
    "name-and-ground": (
        [*MENU, HEADLINE, "Colin Marsh, Riverside Cricket Ground", "18 November 2024", *BODY],
        ["Colin Marsh"],
    ),
    "credential": ([*MENU, HEADLINE, "By Lydia Fenn MD", "Nov. 18, 2024", *BODY], ["Lydia Fenn"]),
    "said-twice-with-contact": (
        [*MENU, HEADLINE, "Jane Roe | jroe@example.com By Jane Roe | jroe@example.com", "Nov. 18, 2024", *BODY],
        ["Jane Roe"],
    ),
    "desk": ([*MENU, HEADLINE, "Our Transport Staff", "18 November 2024 • 2:15pm", *BODY], ["Our Transport Staff"]),
    "section-label-is-no-byline": ([*MENU, "Marketing Strategy", HEADLINE, "Nov. 18, 2024", *BODY], []),
    "fact-checked-is-no-byline": ([*MENU, HEADLINE, "Fact Checked", "Nov. 18, 2024", *BODY], []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_byline_choice(name: str) -> None:
    lines, expected = CASES[name]
    records = parse_text("\n\n".join(lines) + "\n", now=NOW)
    assert records, "no record"
    assert list(records[0].authors) == expected
    assert records[0].headline == HEADLINE
