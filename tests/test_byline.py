"""Byline rule: which lines are bylines, and the authors they name."""

from __future__ import annotations

import pytest

from newsparse.line_rules.byline import authors, is_lead_only, looks_like_name_line, match

# (line, authors); a None for authors means the line is not a byline at all.
BYLINES = [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
    ("Jane Doe | Reuters", ["Jane Doe"]),
    ("By The Associated Press", ["The Associated Press"]),
    ("Associated Press", ["Associated Press"]),
    ("By Reuters", ["Reuters"]),
    ("AFP, Paris,", ["AFP"]),
    ("By Jill Disis, CNN Business", ["Jill Disis"]),
    ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),
    ("By Andy Sahadeo | Fox News", ["Andy Sahadeo"]),
    ("By Tim Childers - Live Science Contributor", ["Tim Childers"]),
    ("Written by Rachael Link, MS, RD", ["Rachael Link"]),
    ("Posted by Michael David Smith on", ["Michael David Smith"]),
    ("By Tariq Malik, Mike Wall", ["Tariq Malik", "Mike Wall"]),
    ("By Matthew Digby , Minh Do", ["Matthew Digby", "Minh Do"]),
    ("By Lia Eustachewich and Yaron Steinbuch", ["Lia Eustachewich", "Yaron Steinbuch"]),
    ("By ISAAC BUTLER", ["ISAAC BUTLER"]),
    ("written by Regan", ["Regan"]),
    ("by jdadmin", ["jdadmin"]),
    ("By Megan Rowe meganr@example.com(509) 555-0182", ["Megan Rowe"]),
    ("By Jonathan GarberFOXBusiness", ["Jonathan Garber"]),
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
    ("Natasha Turak", True),
    ("Marcus De GuzmanView More Articles", True),
    ("Chris Pokorny@ChrisPokorny", True),
    ("Find Your Next Car", False),
    ("FIND YOUR NEXT CAR", False),
    ("The Latest", False),
    ("Telegraph Sport", False),
    ("Weather", False),
]


@pytest.mark.parametrize(("line", "expected"), NAME_LINES, ids=[n[0] for n in NAME_LINES])
def test_name_line(line: str, expected: bool) -> None:
    assert looks_like_name_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), [("Author:", True), ("By", True), ("By Jane Doe", False)])
def test_lead_only(line: str, expected: bool) -> None:
    assert is_lead_only(line) is expected
