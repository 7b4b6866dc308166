"""Byline rule: which lines are bylines, and the authors they name."""

from __future__ import annotations

import pytest

from newsparse.evidence.bylines import authors, is_lead_only, looks_like_name_line, match

# (line, authors); a None for authors means the line is not a byline at all.
BYLINES = [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
    ("Jane Doe | Reuters", ["Jane Doe"]),
    ("By The Associated Press", ["The Associated Press"]),
    ("Associated Press", ["Associated Press"]),
    ("By Reuters", ["Reuters"]),
    ("AFP, Paris,", ["AFP"]),
    ("By Jane Holt, CNN Business", ["Jane Holt"]),
    ("Analysis by Sam Rivera, CNN Editor-at-large", ["Sam Rivera"]),
    ("By Omar Haddad | Metro News", ["Omar Haddad"]),
    ("By Ruth Ames - Science Desk Contributor", ["Ruth Ames"]),
    ("Written by Clara Voss, MS, RD", ["Clara Voss"]),
    ("Posted by Peter James Hale on", ["Peter James Hale"]),
    ("By Ines Moreau, Karl Berg", ["Ines Moreau", "Karl Berg"]),
    ("By Noel Grant , Anh Do", ["Noel Grant", "Anh Do"]),
    ("By Vera Kowalska and Eitan Shapiro", ["Vera Kowalska", "Eitan Shapiro"]),
    ("By HELEN MARSH", ["HELEN MARSH"]),
    ("written by Juno", ["Juno"]),
    ("by webadmin", ["webadmin"]),
    ("By Lena Park lpark@example.com(555) 555-0182", ["Lena Park"]),
    ("By Aaron ColeMETROBusiness", ["Aaron Cole"]),
    ("Por María López", ["María López"]),
    ("By then, the crowd had gone home.", None),
    ("By the time the results came in, polls had closed.", None),
    ("Bylines are not always at the top", None),
    ("The council met on Monday", None),
]


@pytest.mark.parametrize(("line", "expected"), BYLINES, ids=[b[0] for b in BYLINES])
def test_byline(line: str, expected: list[str] | None) -> None:
    found = match(line)
    if expected is None:
        assert found is None
    else:
        assert found == line
        assert authors(found) == expected


NAME_LINES = [
    ("Nadia Okafor", True),
    ("Luis De LeonView More Articles", True),
    ("Pat Brennan@PatBrennan", True),
    ("Find Your Next Car", False),
    ("FIND YOUR NEXT CAR", False),
    ("The Latest", False),
    ("Gazette Sport", False),
    ("Weather", False),
]


@pytest.mark.parametrize(("line", "expected"), NAME_LINES, ids=[n[0] for n in NAME_LINES])
def test_name_line(line: str, expected: bool) -> None:
    assert looks_like_name_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), [("Author:", True), ("By", True), ("By Jane Doe", False)])
def test_lead_only(line: str, expected: bool) -> None:
    assert is_lead_only(line) is expected
