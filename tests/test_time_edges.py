"""Times at their edges: daylight-saving change days, old and new US rules, the
southern hemisphere, year-less dates around New Year, calendar arithmetic at
month ends, two-digit years, every language's month and weekday names, and what
the fallback parser must refuse. Each expectation was worked out by hand from
the zone rules (IANA), not read off the program."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from dateutil import tz
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import dateformats
from newsparse.timestamps import TimeMatch, in_zone, scan
from newsparse.vocab.timezones import ZONES, abbreviation_zone, iana_zone

REF = dt.datetime(2019, 11, 20, 12, 0, tzinfo=dt.UTC)
LATE = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)  # after every date below


def only(text: str, reference: dt.datetime = LATE) -> TimeMatch:
    found = scan(text, reference)
    assert len(found) == 1, found
    return found[0]


def read_in(text: str, zone: str, reference: dt.datetime = LATE) -> tuple[str | None, str | None]:
    """(iso, utc) of `text` read as `parse --tz zone` reads it: the reference in
    that zone, and a time written without a zone taken as that zone's."""
    stamp = only(text, reference.astimezone(iana_zone(zone))).timestamp
    stamp = in_zone(stamp, iana_zone(zone))
    return stamp.iso, stamp.utc


# -- daylight-saving change days -----------------------------------------------
# The documented choice: in the hour skipped when clocks go forward, a time is
# read as if they had not changed yet; in the hour repeated when they go back,
# as the first of the two.

WRITTEN_ZONE_CHANGE_DAYS = [
    # US, 2019: forward at 02:00 on 10 March, back at 02:00 on 3 November
    ("Mar 10, 2019 1:59 AM ET", "2019-03-10T01:59-05:00", "2019-03-10T06:59:00Z"),
    ("Mar 10, 2019 2:30 AM ET", "2019-03-10T02:30-05:00", "2019-03-10T07:30:00Z"),  # skipped: still EST
    ("Mar 10, 2019 3:00 AM ET", "2019-03-10T03:00-04:00", "2019-03-10T07:00:00Z"),
    ("Nov 3, 2019 1:30 AM ET", "2019-11-03T01:30-04:00", "2019-11-03T05:30:00Z"),  # repeated: the first, EDT
    ("Nov 3, 2019 2:30 AM ET", "2019-11-03T02:30-05:00", "2019-11-03T07:30:00Z"),
    ("Nov 3, 2019 1:30 AM PT", "2019-11-03T01:30-07:00", "2019-11-03T08:30:00Z"),
    # London, 2019: forward at 01:00 on 31 March, back at 02:00 on 27 October
    ("Mar 31, 2019 00:59, UK", "2019-03-31T00:59+00:00", "2019-03-31T00:59:00Z"),
    ("Mar 31, 2019 1:30, UK", "2019-03-31T01:30+00:00", "2019-03-31T01:30:00Z"),  # skipped: still GMT
    ("Mar 31, 2019 2:00, UK", "2019-03-31T02:00+01:00", "2019-03-31T01:00:00Z"),
    ("Oct 27, 2019 1:30, UK", "2019-10-27T01:30+01:00", "2019-10-27T00:30:00Z"),  # repeated: the first, BST
    # a word that fixes its offset keeps it on change days too
    ("Mar 10, 2019 2:30 AM EDT", "2019-03-10T02:30-04:00", "2019-03-10T06:30:00Z"),
    ("Nov 3, 2019 1:30 AM EST", "2019-11-03T01:30-05:00", "2019-11-03T06:30:00Z"),
]


@pytest.mark.parametrize(("text", "iso", "utc"), WRITTEN_ZONE_CHANGE_DAYS)
def test_change_days_with_a_written_zone(text: str, iso: str, utc: str) -> None:
    stamp = only(text).timestamp
    assert (stamp.iso, stamp.utc) == (iso, utc)


TZ_CHANGE_DAYS = [
    # Berlin, 2019: forward 02:00 -> 03:00 on 31 March, back 03:00 -> 02:00 on 27 October
    ("Published: Mar 31, 2019 2:30", "Europe/Berlin", "2019-03-31T01:30:00Z"),  # skipped: still CET
    ("Published: Mar 31, 2019 3:30", "Europe/Berlin", "2019-03-31T01:30:00Z"),
    ("Published: Oct 27, 2019 2:30", "Europe/Berlin", "2019-10-27T00:30:00Z"),  # repeated: the first, CEST
    ("Published: Oct 27, 2019 3:30", "Europe/Berlin", "2019-10-27T02:30:00Z"),
    # Sydney, 2019 (southern hemisphere): back 03:00 -> 02:00 on 7 April, forward 02:00 -> 03:00 on 6 October
    ("Published: Apr 7, 2019 2:30", "Australia/Sydney", "2019-04-06T15:30:00Z"),  # repeated: the first, AEDT
    ("Published: Oct 6, 2019 2:30", "Australia/Sydney", "2019-10-05T16:30:00Z"),  # skipped: still AEST
    ("Published: Oct 6, 2019 3:30", "Australia/Sydney", "2019-10-05T16:30:00Z"),
]


@pytest.mark.parametrize(("text", "zone", "utc"), TZ_CHANGE_DAYS)
def test_change_days_in_the_given_zone(text: str, zone: str, utc: str) -> None:
    iso, got = read_in(text, zone)
    assert iso is not None and "+" not in iso[10:] and "-" not in iso[10:]  # iso stays as written
    assert got == utc


# -- the rules change over the years ----------------------------------------------

OLD_AND_NEW_RULES = [
    # US: the first Sunday of April to the last Sunday of October until 2006
    # (from 1987), the second Sunday of March to the first Sunday of November since 2007
    ("Oct 25, 2005 10:00 AM ET", "2005-10-25T10:00-04:00"),  # before 30 Oct 2005: still EDT
    ("Nov 1, 2006 10:00 AM ET", "2006-11-01T10:00-05:00"),  # old rule: EST since 29 Oct
    ("Nov 1, 2007 10:00 AM ET", "2007-11-01T10:00-04:00"),  # new rule: EDT until 4 Nov
    ("Mar 20, 2006 10:00 AM ET", "2006-03-20T10:00-05:00"),  # old rule: EST until 2 Apr
    ("Mar 20, 2007 10:00 AM ET", "2007-03-20T10:00-04:00"),  # new rule: EDT since 11 Mar
    ("Apr 10, 1986 10:00 AM ET", "1986-04-10T10:00-05:00"),  # 1986: last Sunday of April (27th)
    ("Apr 10, 1987 10:00 AM ET", "1987-04-10T10:00-04:00"),  # 1987: first Sunday of April (5th)
    ("Nov 18, 2019 10:00 AM ET", "2019-11-18T10:00-05:00"),
    ("Nov 18, 2019 10:00 AM CT", "2019-11-18T10:00-06:00"),
    ("Jul 4, 2019 10:00 AM MT", "2019-07-04T10:00-06:00"),
    # Moscow time was +04:00 from 2011 to 2014
    ("May 9, 2012 10:00 MSK", "2012-05-09T10:00+04:00"),
    ("May 9, 2019 10:00 MSK", "2019-05-09T10:00+03:00"),
]


@pytest.mark.parametrize(("text", "iso"), OLD_AND_NEW_RULES)
def test_offsets_follow_the_rules_of_the_articles_own_year(text: str, iso: str) -> None:
    assert only(text).timestamp.iso == iso


SOUTHERN = [
    ("Jan 15, 2019 10:00 AEDT", "2019-01-15T10:00+11:00", "2019-01-14T23:00:00Z"),
    ("Jan 15, 2019 10:00 AEST", "2019-01-15T10:00+10:00", "2019-01-15T00:00:00Z"),  # taken at its word
    ("Jul 15, 2019 10:00 AEST", "2019-07-15T10:00+10:00", "2019-07-15T00:00:00Z"),
    ("Jan 15, 2019 10:00 NZDT", "2019-01-15T10:00+13:00", "2019-01-14T21:00:00Z"),
    ("Jan 15, 2019 10:00 ACDT", "2019-01-15T10:00+10:30", "2019-01-14T23:30:00Z"),
]


@pytest.mark.parametrize(("text", "iso", "utc"), SOUTHERN)
def test_southern_hemisphere_zones(text: str, iso: str, utc: str) -> None:
    stamp = only(text).timestamp
    assert (stamp.iso, stamp.utc) == (iso, utc)


@pytest.mark.parametrize(
    ("text", "zone", "utc"),
    [
        ("Published: Jan 15, 2019 10:00", "Australia/Sydney", "2019-01-14T23:00:00Z"),  # summer: +11:00
        ("Published: Jul 15, 2019 10:00", "Australia/Sydney", "2019-07-15T00:00:00Z"),  # winter: +10:00
        ("Published: Jan 15, 2018 10:00", "America/Sao_Paulo", "2018-01-15T12:00:00Z"),  # summer time then: -02:00
        ("Published: Jan 15, 2020 10:00", "America/Sao_Paulo", "2020-01-15T13:00:00Z"),  # abolished in 2019
    ],
)
def test_southern_hemisphere_given_zone(text: str, zone: str, utc: str) -> None:
    assert read_in(text, zone)[1] == utc


# -- year-less dates around New Year ----------------------------------------------------

NEW_YEAR = [
    # (text, reference, iso): the reference's year, or the year before when that is after the reference
    ("Dec 31, 11:50pm", dt.datetime(2020, 1, 1, 0, 30, tzinfo=dt.UTC), "2019-12-31T23:50"),
    ("Jan 1, 00:10", dt.datetime(2020, 1, 1, 0, 30, tzinfo=dt.UTC), "2020-01-01T00:10"),
    ("Jan 1", dt.datetime(2020, 1, 1, 0, 30, tzinfo=dt.UTC), "2020-01-01"),
    ("Jan 2", dt.datetime(2020, 1, 1, 0, 30, tzinfo=dt.UTC), "2019-01-02"),
    ("Dec 31", dt.datetime(2019, 12, 31, 23, 0, tzinfo=dt.UTC), "2019-12-31"),
    ("Jan 1", dt.datetime(2019, 12, 31, 23, 0, tzinfo=dt.UTC), "2019-01-01"),
    ("31 December", dt.datetime(2020, 1, 1, tzinfo=dt.UTC), "2019-12-31"),
]


@pytest.mark.parametrize(("text", "reference", "iso"), NEW_YEAR)
def test_year_less_dates_around_new_year(text: str, reference: dt.datetime, iso: str) -> None:
    assert only(text, reference).timestamp.iso == iso


def test_year_less_date_takes_the_year_in_the_given_zone() -> None:
    # 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Berlin
    reference = dt.datetime(2019, 12, 31, 23, 30, tzinfo=dt.UTC)
    assert only("Jan 1", reference).timestamp.iso == "2019-01-01"
    assert read_in("Jan 1", "Europe/Berlin", reference)[0] == "2020-01-01"


# -- relative months and years at month ends ------------------------------------------

MONTH_ENDS = [
    ("3 months ago", dt.datetime(2019, 5, 31, 12, tzinfo=dt.UTC), "2019-02-28T12:00:00+00:00"),
    ("3 months ago", dt.datetime(2020, 5, 31, 12, tzinfo=dt.UTC), "2020-02-29T12:00:00+00:00"),
    ("1 month ago", dt.datetime(2019, 3, 31, 12, tzinfo=dt.UTC), "2019-02-28T12:00:00+00:00"),
    ("6 months ago", dt.datetime(2019, 12, 31, 12, tzinfo=dt.UTC), "2019-06-30T12:00:00+00:00"),
    ("a month ago", dt.datetime(2019, 1, 31, 12, tzinfo=dt.UTC), "2018-12-31T12:00:00+00:00"),
    ("a year ago", dt.datetime(2020, 2, 29, 12, tzinfo=dt.UTC), "2019-02-28T12:00:00+00:00"),
    ("4 years ago", dt.datetime(2020, 2, 29, 12, tzinfo=dt.UTC), "2016-02-29T12:00:00+00:00"),
    ("2 weeks ago", dt.datetime(2019, 3, 5, 12, tzinfo=dt.UTC), "2019-02-19T12:00:00+00:00"),
    ("13 months ago", dt.datetime(2019, 3, 30, 12, tzinfo=dt.UTC), "2018-02-28T12:00:00+00:00"),
]


@pytest.mark.parametrize(("text", "reference", "iso"), MONTH_ENDS)
def test_months_and_years_back_on_the_calendar(text: str, reference: dt.datetime, iso: str) -> None:
    stamp = only(text, reference).timestamp
    assert stamp.iso == iso
    assert stamp.utc == iso[:19] + "Z"  # the reference is in UTC


def test_hours_back_count_real_hours_across_a_change_and_days_count_calendar_days() -> None:
    new_york = iana_zone("America/New_York")
    # 00:30 EST on 4 November 2019 is 05:30Z; 24 hours before is 05:30Z on the 3rd,
    # 01:30 EDT (the first 01:30 of that day)
    reference = dt.datetime(2019, 11, 4, 0, 30, tzinfo=new_york)
    hours = only("24 hours ago", reference).timestamp
    assert (hours.iso, hours.utc) == ("2019-11-03T01:30:00-04:00", "2019-11-03T05:30:00Z")
    # a day back is the same wall-clock time the day before: 25 real hours here
    day = only("1 day ago", reference).timestamp
    assert (day.iso, day.utc) == ("2019-11-03T00:30:00-04:00", "2019-11-03T04:30:00Z")
    assert hours.reference == day.reference == "2019-11-04T00:30:00-05:00"


# -- two-digit years ------------------------------------------------------------------

TWO_DIGIT_YEARS = [
    # this century, unless that is more than a year after the reference
    ("11/19/19", REF, "2019-11-19"),
    ("12/31/99", REF, "1999-12-31"),
    ("1/2/20", REF, "2020-01-02"),  # within a year of the reference
    ("5/1/21", REF, "1921-05-01"),
    ("5/1/21", dt.datetime(2021, 6, 1, tzinfo=dt.UTC), "2021-05-01"),
    ("11/19/19 06:56 AM EST", REF, "2019-11-19T06:56-05:00"),
]


@pytest.mark.parametrize(("text", "reference", "iso"), TWO_DIGIT_YEARS)
def test_two_digit_years(text: str, reference: dt.datetime, iso: str) -> None:
    assert only(text, reference).timestamp.iso == iso


# -- every language's month and weekday names -------------------------------------------

MONTH_NAMES = {
    "English": "January February March April May June July August September October November December",
    "English, short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "Portuguese": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "Portuguese, short": "jan fev mar abr mai jun jul ago set out nov dez",
    "Spanish": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "Italian": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "French": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "German": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "Indonesian": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
WEEKDAY_NAMES = {
    "English": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "Portuguese": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "Spanish": "lunes martes miércoles jueves viernes sábado domingo",
    "Italian": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "French": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "German": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "Indonesian": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
}
MONTH_CASES = [
    (language, number, name) for language, names in MONTH_NAMES.items() for number, name in enumerate(names.split(), 1)
]


@pytest.mark.parametrize(("language", "number", "name"), MONTH_CASES)
def test_month_names_in_the_table(language: str, number: int, name: str) -> None:
    assert only(f"15 {name} 2019").timestamp.iso == f"2019-{number:02d}-15"


@pytest.mark.parametrize(("language", "number", "name"), MONTH_CASES)
def test_month_names_in_the_fallback_parser(language: str, number: int, name: str) -> None:
    # a month and a year alone: no row of the table reads it, the fallback does
    m = only(f"Published: {name} 2019")
    assert m.fallback
    assert (m.timestamp.iso, m.timestamp.precision) == (f"2019-{number:02d}", "month")


@pytest.mark.parametrize(
    ("language", "weekday", "name"),
    [(language, k, name) for language, names in WEEKDAY_NAMES.items() for k, name in enumerate(names.split())],
)
def test_weekday_names_in_the_fallback_parser(language: str, weekday: int, name: str) -> None:
    assert dateformats.WEEKDAYS[name.casefold()] == weekday
    m = only(f"Published: {name} 18th of November 2019")
    assert m.fallback
    assert m.timestamp.iso == "2019-11-18"


# -- the fallback parser --------------------------------------------------------------

FALLBACK_READS = [
    ("Published: 18th of November 2019", "2019-11-18", "day", None),
    ("Updated: November 2019", "2019-11", "month", None),
    ("Published 2019", "2019", "year", None),
    ("Updated: 2019-11", "2019-11", "month", None),
    ("Published: 18th of November", "2019-11-18", "day", None),  # no year: the reference's
    ("Published: 29th of February 2016", "2016-02-29", "day", None),
    ("Updated: 18th of November 2019 at 2:54 p.m. ET", "2019-11-18T14:54-05:00", "minute", "2019-11-18T19:54:00Z"),
    ("Published: 20191118T145400Z", "2019-11-18T14:54:00+00:00", "second", "2019-11-18T14:54:00Z"),
    ("Published on 18th of November 2019 5pm", "2019-11-18T17:00", "hour", None),
]


@pytest.mark.parametrize(("text", "iso", "precision", "utc"), FALLBACK_READS)
def test_fallback_reads_what_the_table_cannot(text: str, iso: str, precision: str, utc: str | None) -> None:
    m = only(text, REF)
    assert m.fallback
    assert m.kind in {"published", "updated"}
    assert (m.timestamp.iso, m.timestamp.precision, m.timestamp.utc) == (iso, precision, utc)
    assert m.timestamp.text == text


REFUSED = ["Section 230", "Route 66", "1-800-555-0100", "3/4 cup", "3/4", "230", "66", "2066", "12th", "Monday"]
# an unknown zone word is refused rather than dropped
REFUSED += ["the 18th of November 2019", "18th of November 2019 10:00 XYZT", "31st of February 2019", "November"]


@pytest.mark.parametrize("words", REFUSED)
def test_fallback_refuses_what_is_no_date(words: str) -> None:
    assert scan(words, REF) == []  # without a label: never a time
    for label in ("Published:", "Updated:"):
        found = scan(f"{label} {words}", REF)
        assert all(not m.fallback and m.timestamp.iso is None for m in found), found


FALLBACK_PIECES = ["18", "2019", "19", "Nov", "novembre", "of", "de", "th", "at", "10:05", "AM", "ET", "XYZ", "+0530"]
FALLBACK_PIECES += ["Monday", "3/4", "-", ",", "cup", "Route", "T", "Z", "99", "٢٠١٩", "²"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FALLBACK_PIECES), min_size=1, max_size=8).map(" ".join) | st.text(max_size=40))
def test_fallback_readings_write_a_year_or_a_month_name(words: str) -> None:
    for m in scan(f"Updated: {words}", REF):
        if m.fallback:
            assert m.timestamp.iso is not None
            year = m.timestamp.iso[:4]
            named_month = any(w.casefold() in dateformats.MONTHS for w in regex.findall(r"[^\W\d_]+", words))
            assert year in words or named_month, m
            assert 1900 <= int(year) <= REF.year + 1


# -- the zone table -------------------------------------------------------------------

# On the day the development corpus was scraped (2019-11-20): the offset, in minutes,
# of each row that names a place's time rather than fixing an offset.
LOCAL_ROWS_2019_11_20 = {
    "UK": 0, "MSK": 180, "МСК": 180, "TRT": 180, "EAT": 180, "CAT": 120, "WAT": 60, "AMT": 240, "AFT": 270, "PKT": 300,
    "NPT": 345, "ICT": 420, "WIB": 420, "WITA": 480, "WIT": 540, "SGT": 480, "MYT": 480, "PHT": 480, "HKT": 480,
    "ET": -300, "CT": -360, "MT": -420, "PT": -480,
}  # fmt: skip


def test_rows_that_name_a_place_follow_its_rules() -> None:
    noon = dt.datetime(2019, 11, 20, 12)
    local = {z.abbr: z for z in ZONES if z.fixed is None}
    assert set(local) == set(LOCAL_ROWS_2019_11_20)
    for abbr, minutes in LOCAL_ROWS_2019_11_20.items():
        zone = abbreviation_zone(abbr)
        assert zone is not None
        assert zone.utcoffset(noon) == dt.timedelta(minutes=minutes), abbr


@pytest.mark.parametrize("row", [z for z in ZONES if z.fixed is not None], ids=lambda z: z.abbr)
def test_a_fixed_offset_is_one_its_zone_uses(row: object) -> None:
    from newsparse.vocab.timezones import Zone

    assert isinstance(row, Zone) and row.fixed is not None
    place = iana_zone(row.iana)
    seen = {place.utcoffset(dt.datetime(year, month, 15, 12)) for year in range(2000, 2025) for month in (1, 7)}
    assert dt.timedelta(minutes=row.fixed) in seen
    assert abbreviation_zone(row.abbr.lower()) == tz.tzoffset(row.abbr, row.fixed * 60)


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "europe/berlin", "/etc/localtime", "../UTC", "UTC+3", "EST5"])
def test_only_iana_names_are_zones(name: str) -> None:
    with pytest.raises(ValueError, match="not an IANA time zone name"):
        iana_zone(name)
