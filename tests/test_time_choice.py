"""Time decisions (`decisions/times.py`): which time of the header the article
was published at, when the headline names a day of its own or the byline
credits an account's name."""

from __future__ import annotations

import datetime as dt

from newsparse import parse_text

NOW = dt.datetime(2013, 6, 1, 12, tzinfo=dt.UTC)
BODY = (
    "The bridge over Pickerel Brook will close on May 1 for six months while crews tear down the 1931 span "
    "and build a wider one in its place, the town's public works director said on Tuesday.\n"
    "\n"
    "Drivers will be sent through the centre of town on a signed detour, and the school buses that use the "
    "bridge twice a day will take the longer route from the first day of the closure.\n"
)


def _published(header: str) -> str | None:
    (record,) = parse_text(header + "\n" + BODY, now=NOW)
    return record.published.iso if record.published is not None else None


def test_the_day_a_headline_names_is_not_when_the_article_was_published() -> None:
    header = "Alder Street Bridge to Close for Six Months Starting May 1\nBy Dana Whitcomb | April 3, 2013\n"
    assert _published(header) == "2013-04-03"


def test_a_byline_crediting_an_account_is_no_code_and_its_time_counts() -> None:
    header = "Late blight has arrived and I am not coping\nPosted by plot_holder on April 3, 2013 at 8:42 pm\n"
    assert _published(header) == "2013-04-03T20:42"
