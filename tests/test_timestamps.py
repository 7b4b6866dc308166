"""The timestamp reader: formats, zones, relative forms, spans, and what is no time."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import dateformats
from newsparse.evidence.times import continued
from newsparse.timestamps import TimeMatch, parse, scan
from newsparse.vocab.timezones import abbreviation_zone
from timing import growth

# When the development corpus was scraped; every expectation below is read against it.
REF = dt.datetime(2019, 11, 20, 12, 0, tzinfo=dt.UTC)
SCHEMA_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?)?)?)?$")
PRECISIONS = {"year", "month", "day", "hour", "minute", "second", None}

# Time strings as pages write them -> ISO at the precision written. Each is the
# whole string, so the one time found must span all of it.
ABSOLUTE = [
    ("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03-05:00"),
    ("November 19, 2019, 9:02 AM", "2019-11-19T09:02"),
    ("11/19/19 06:56 AM EST", "2019-11-19T06:56-05:00"),
    ("Updated Nov 13, 2019, 10:28am EST", "2019-11-13T10:28-05:00"),
    ("November 18, 2019", "2019-11-18"),
    ("21:17 18.11.2019", "2019-11-18T21:17"),
    ("18.11.2019, 05.30 Uhr", "2019-11-18T05:30"),
    ("Publié le 7 novembre 2019 à 5 h 00", "2019-11-07T05:00"),
    ("最終更新:7/19(金) 21:05", "2019-07-19T21:05"),
    ("zaterdag 16 november, 08:00", "2019-11-16T08:00"),
    # no year and no weekday, a month in another language: the clock after it makes it a time
    ("12 lutego, 14:37", "2019-02-12T14:37"),
    ("12 février, 14h37", "2019-02-12T14:37"),
    ("12. Februar, 14:37 Uhr", "2019-02-12T14:37"),
    ("16 listopada 2019", "2019-11-16"),
    ("12. oktoober 2019, 16:41", "2019-10-12T16:41"),
    ("14 листопада 2019", "2019-11-14"),
    ("14 ноября 2019", "2019-11-14"),
    ("lördag 16 november 2019", "2019-11-16"),
    ("Monday November 18, 2019 7:45 am PST", "2019-11-18T07:45-08:00"),
    ("November 19, 2019, 07:47 PM EST", "2019-11-19T19:47-05:00"),
    ("11.14.2019 09:00 AM", "2019-11-14T09:00"),
    ("Nov 20 2019, 11:06am ist", "2019-11-20T11:06+05:30"),
    ("updated: Nov 20 2019, 15:24pm ist", "2019-11-20T15:24+05:30"),
    ("2019-11-19T12:48:14Z", "2019-11-19T12:48:14+00:00"),
    ("November 20, 2019 13:42", "2019-11-20T13:42"),
    ("Posted: Fri 6:45 PM, Feb 16, 2018", "2018-02-16T18:45"),
    ("Updated: Sat 8:31 PM, Feb 17, 2018", "2018-02-17T20:31"),
    ("Nov 13, 2019 4:26 pm", "2019-11-13T16:26"),
    ("19 Nov 2019 05:44 GMT", "2019-11-19T05:44+00:00"),
    ("November 18, 2019 | 4:10pm", "2019-11-18T16:10"),
    ("20 Nov, 2019 05:47", "2019-11-20T05:47"),
    ("Published Nov 18, 2019 at 4:07 PM", "2019-11-18T16:07"),
    ("Updated at 5:36 PM CST on Nov 18, 2019", "2019-11-18T17:36-06:00"),
    ("Nov 18, 2019", "2019-11-18"),
    ("Nov. 20, 2019, 9:28 AM UTC", "2019-11-20T09:28+00:00"),
    ("November 20 15:23 2019", "2019-11-20T15:23"),
    ("Monday 5:30PM", "2019-11-18T17:30"),
    ("Wednesday, 20 November 2019 08:05 GMT", "2019-11-20T08:05+00:00"),
    ("2019-11-18T20:51:19Z", "2019-11-18T20:51:19+00:00"),
    ("Nov 18, 2019, 11:47am EST", "2019-11-18T11:47-05:00"),
    ("11/18/19 11:04 PM EST", "2019-11-18T23:04-05:00"),
    ("Nov 19, 2019, 7:53pm EST", "2019-11-19T19:53-05:00"),
    ("5:45 AM PST 11/19/2019", "2019-11-19T05:45-08:00"),
    ("Published 18 November 2019", "2019-11-18"),
    ("NOV 15, 20195:45 AM", "2019-11-15T05:45"),
    ("November 18, 2019 12:01 PM", "2019-11-18T12:01"),
    ("19 November 2019 • 1:16pm", "2019-11-19T13:16"),
    ("18 Nov 2019, 19:09", "2019-11-18T19:09"),
    ("Updated: 18 Nov 2019, 19:11", "2019-11-18T19:11"),
    ("November 19, 2019, 6:21 AM EST", "2019-11-19T06:21-05:00"),
    ("Wednesday 20 November 2019 11:42, UK", "2019-11-20T11:42+00:00"),
    ("Monday, November 18th, 2019 at 11:08 a.m.", "2019-11-18T11:08"),
    ("November 19, 2019 | 4:20am", "2019-11-19T04:20"),
    ("Updated November 19, 2019 | 9:32pm", "2019-11-19T21:32"),
    ("Published Monday, November 18, 2019 8:22AM EST", "2019-11-18T08:22-05:00"),
    ("UPDATED: Tue., Nov. 19, 2019", "2019-11-19"),
    ("Updated 0339 GMT (1139 HKT) November 19, 2019", "2019-11-19T03:39+00:00"),
    ("November 19, 2019 -- Updated 0339 GMT (1139 HKT)", "2019-11-19T03:39+00:00"),
    ("11/19(火) 08:40", "2019-11-19T08:40"),
    ("Updated 1909 GMT (0309 HKT) November 18, 2019", "2019-11-18T19:09+00:00"),
    ("November 20, 2019 - 11:28 AMT", "2019-11-20T11:28+04:00"),
    ("Nov 18", "2019-11-18"),
    ("November 19th, 2019 at 8:40 AM", "2019-11-19T08:40"),
    ("Original Nov. 19, 2019 8:02 am ET", "2019-11-19T08:02-05:00"),
    ("Updated Nov. 19, 2019 8:21 am ET", "2019-11-19T08:21-05:00"),
    ("PUBLISHED TUE, NOV 19 20197:05 AM EST", "2019-11-19T07:05-05:00"),
    ("UPDATED TUE, NOV 19 20197:16 AM EST", "2019-11-19T07:16-05:00"),
    ("Updated 21 December 2023", "2023-12-21"),
    ("Published: Dec. 21, 2023 10:05 a.m. ET", "2023-12-21T10:05-05:00"),
    ("0339 GMT November 19, 2019", "2019-11-19T03:39+00:00"),
    # shapes seen on sites outside the development corpora (issue 11)
    ("12.29.14", "2014-12-29"),
    ("12.22.14 | 12:03 pm", "2014-12-22T12:03"),
    ("12.28.14 1:00PM", "2014-12-28T13:00"),
    ("First published February 1, 2016: 1:28 AM ET", "2016-02-01T01:28-05:00"),
    ("March 3, 2021 -- 17:40 GMT", "2021-03-03T17:40+00:00"),
    ("Mar. 3rd 2021 9:15 am PT", "2021-03-03T09:15-08:00"),
    ("更新时间 2012年12月10日", "2012-12-10"),
    ("21/12/2023", "2023-12-21"),
    # Our own: other orders, precisions, zones and languages.
    ("Nov 18, 2019 5 pm", "2019-11-18T17:00"),
    ("2019-11-19 12:48 +0530", "2019-11-19T12:48+05:30"),
    ("2019-11-19", "2019-11-19"),
    ("Nov 20, 2019 10:00 GMT+8", "2019-11-20T10:00+08:00"),
    ("Thu 14 Nov 2019 10:15:30 CET", "2019-11-14T10:15:30+01:00"),
    ("Nov 18, 11:47am", "2019-11-18T11:47"),
    ("18 November", "2019-11-18"),
    ("10.05am, 3 Nov 2019", "2019-11-03T10:05"),
    ("3 Nov 2019, 10.05 am", "2019-11-03T10:05"),
    ("12:30 AM Nov 1, 2019", "2019-11-01T00:30"),
    ("Nov 1, 2019 12 PM", "2019-11-01T12:00"),
    ("18-11-2019 14:00", "2019-11-18T14:00"),
    ("2016.12.01", "2016-12-01"),
    ("2019/11/20 08:15", "2019-11-20T08:15"),
    ("20 de novembro de 2019", "2019-11-20"),
    ("27 de septiembre de 2018, 10h05", "2018-09-27T10:05"),
    ("20. November 2019, 10:05", "2019-11-20T10:05"),
    ("02 Ago 2017", "2017-08-02"),
    ("5 settembre 2018 alle 18:30", "2018-09-05T18:30"),
    ("mercredi 20 novembre 2019 à 09:12", "2019-11-20T09:12"),
    ("Rabu, 20 Nov 2019 10:05 WIB", "2019-11-20T10:05+07:00"),
    ("Posted on Oktober 27, 2015", "2015-10-27"),
    ("2013年04月09日", "2013-04-09"),
    ("2019年11月19日(火) 08:40", "2019-11-19T08:40"),
    ("2019년 11월 20일 오후 3:24", "2019-11-20T15:24"),
    ("Sun 17 Nov 2019 22:10 AEDT", "2019-11-17T22:10+11:00"),
    ("Nov 19, 2019 9:00 KST", "2019-11-19T09:00+09:00"),
    ("First published on Tue 19 Nov 2019 06.00 GMT", "2019-11-19T06:00+00:00"),
    ("11:05, 19 NOV 2019", "2019-11-19T11:05"),
    ("Updated 10:32 AM ET, Tue November 19, 2019", "2019-11-19T10:32-05:00"),
    ("2019-11-19T06:00:00.000Z", "2019-11-19T06:00:00+00:00"),
    ("19.11.2019 | 10:32 Uhr", "2019-11-19T10:32"),
    ("Publicado em 20/11/2019 às 10:05", "2019-11-20T10:05"),
    # Latvian and Arabic month names; a zone in brackets
    ("19. novembrī, 2019", "2019-11-19"),
    ("19 نوفمبر 2019", "2019-11-19"),
    ("19 تشرين الثاني 2019", "2019-11-19"),
    ("Nov 19, 2019 10:42 (GMT+2)", "2019-11-19T10:42+02:00"),
    # Czech, Turkish (the weekday after the date), Romanian, Finnish; a day word with its joiner
    ("19. listopadu 2019 14:05", "2019-11-19T14:05"),
    ("Yayınlanma: 19 Kasım 2019 Salı 11:20", "2019-11-19T11:20"),
    ("19 noiembrie 2019, 10:15", "2019-11-19T10:15"),
    # slashes: the month first, unless a 24-hour clock stands beside the date
    ("03/05/2019 06h00", "2019-05-03T06:00"),
    ("03/05/2019 6:00 AM", "2019-03-05T06:00"),
    ("Publicado 03/05/2019", "2019-05-03"),  # a label in another language: the day first
    ("Published 03/05/2019", "2019-03-05"),
    ("Julkaistu 19.11. 18:32", "2019-11-19T18:32"),
    ("19. marraskuuta 2019", "2019-11-19"),
    # a dotted clock where a joiner or an ISO date says it is one (Danish, Swedish)
    ("19. nov. 2019 kl. 10.21", "2019-11-19T10:21"),
    ("Publicerad 2019-11-19 06.00", "2019-11-19T06:00"),
    # Catalan (the elided `d'`), Greek, Hindi, Arabic (`م` is the evening), Russian zone
    ("Publicat el 3 d'octubre de 2019", "2019-10-03"),
    ("Τελευταία ενημέρωση: 09.10.2019, 20:15", "2019-10-09T20:15"),
    ("प्रकाशित: 12 जुलाई 2019, 04:40 PM (IST)", "2019-07-12T16:40+05:30"),
    ("آخر تحديث: 04 يناير 2019 01:40 م", "2019-01-04T13:40"),
    ("15 ноября 2019, 11:42 МСК", "2019-11-15T11:42+03:00"),
    ("Publié le 4 novembre 2019 à 4 h 00 HNE", "2019-11-04T04:00-05:00"),
    ("First uploaded on: 18-11-2019 at 10:15 IST", "2019-11-18T10:15+05:30"),
]

# Relative forms -> (seconds before the reference, precision).
RELATIVE = [
    ("UPDATED AN HOUR AGO", 3600, "hour"),
    ("Updated 3 hrs", 10800, "hour"),
    ("Published 1 day ago", 86400, "day"),
    ("Published 22 hours ago", 79200, "hour"),
    ("1 day ago", 86400, "day"),
    ("Updated 10 sec ago", 10, "second"),
    ("10 sec ago", 10, "second"),
    ("3 hours ago", 10800, "hour"),
    ("an hour ago", 3600, "hour"),
    ("yesterday", 86400, "day"),
    ("Yesterday", 86400, "day"),
    ("just now", 0, "minute"),
    ("Updated moments ago", 0, "minute"),
    ("5 mins ago", 300, "minute"),
    ("3h ago", 10800, "hour"),
    ("two weeks ago", 1209600, "day"),
    ("Updated today", 0, "day"),
    ("há 2 horas", 7200, "hour"),
    ("hace 3 días", 259200, "day"),
    ("3 ore fa", 10800, "hour"),
    ("il y a 5 minutes", 300, "minute"),
    ("vor einer Stunde", 3600, "hour"),
    ("2 jam yang lalu", 7200, "hour"),
    ("Updated about 4 hours ago", 14400, "hour"),
    ("Updated: about an hour ago", 3600, "hour"),
    ("3 saat önce", 10800, "hour"),
    ("2 tuntia sitten", 7200, "hour"),
    ("3 uur geleden", 10800, "hour"),
    ("40 minuten geleden", 2400, "minute"),
    ("2 godz. temu", 7200, "hour"),
    ("3 часа назад", 10800, "hour"),
    ("acum 2 ore", 7200, "hour"),
]

# Other text on the line: the time's span must be only the time (and its label).
IN_CONTEXT = [
    ("By Kay Marsh - 11/19/19 06:56 AM EST", "11/19/19 06:56 AM EST", None),
    ("3/9(木) 18:45配信", "3/9(木) 18:45", "published"),
    (
        "الثلاثاء، 19 تشرين الثاني/نوفمبر 2019، آخر تحديث 14:00 (GMT+0400)",
        "الثلاثاء، 19 تشرين الثاني/نوفمبر 2019، آخر تحديث 14:00 (GMT+0400)",
        "updated",
    ),
    (
        "November 19, 2019 -- Updated 0339 GMT (1139 HKT)",
        "November 19, 2019 -- Updated 0339 GMT (1139 HKT)",
        "updated",
    ),
    ("By Omar Haddad Updated Nov 13, 2019, 10:28am EST", "Updated Nov 13, 2019, 10:28am EST", "updated"),
    ("21:17 18.11.2019Get short URL", "21:17 18.11.2019", None),
    ("Written by Clara Voss, MS, RD on November 14, 2019", "November 14, 2019", None),
    ("Monday November 18, 2019 7:45 am PST by Dana Whitfield", "Monday November 18, 2019 7:45 am PST", None),
    (" Associated Press November 19, 2019, 9:02 AM", "November 19, 2019, 9:02 AM", None),
    ("Pat Brennan@PatBrennanNov 18, 2019, 11:47am EST", "Nov 18, 2019, 11:47am EST", None),
    ("Posted on Maret 30, 2015 by Admin", "Posted on Maret 30, 2015", "published"),
    ("It happened on Nov. 1, 2019, when 24 people came", "Nov. 1, 2019", None),
    ("Jane Roe | Published 3 hours ago | 4 min read", "Published 3 hours ago", "published"),
    ("BUSINESSNOV 7, 2023 2:00 AM", "NOV 7, 2023 2:00 AM", None),
    ("By Jane Roe on Mar 2714 min read", "Mar 27", None),
    ("By Jane Roe • 12.29.14", "12.29.14", None),
]

# Numbers in prose that are no time at all.
NOT_TIMES = [
    "12 juni",  # a month in another language without its year, weekday or clock
    "2 days",
    "Veröffentlicht am",  # a label alone: `am` is no `a m` (one minute)
    "Published ans",
    "The trip took 2 days",
    "6-4, 7-6 (5)",
    "The house sold for $449,000 last spring.",
    "Growth slowed to 0.4 percent.",
    "holding them responsible for 14 of this year’s 24 suicide bombings.",
    "The company was founded in 2019 by two engineers.",
    "in 2019",
    "A Boeing 787-9 landed safely.",
    "Call (509) 459-5382 for details.",
    "They lost 1-2 at home.",
    "The score was 3:21 at half time",
    "The score was 10.21 at half time",
    "kl. 10.21",
    "Version 3.10.12 is out",
    "Chapter 11 and 1/2 cup, 24/7, 9/11",
    "The 1990s, Room 101, COVID-19, iPhone 11 Pro",
    "you may 20 times",
    "Flight departs at 10:30 from gate 12",
    "1.5 million in 2018-19",
    "Tel: 020 7946 0958",
    "ISBN 978-3-16-148410-0",
    "between 2010 and 2019",
    "Score: 21-14",
    "May 2019",
    "he said yesterday that he would go",
    "Today",
    "5:00",
    "Published by Penguin Books",
    "Published: Jane Doe",
    "Posted: by Admin",
    "one day after the vote",
    "version 1.5.10 released",
    "The score was 3.5.19",
]


def _only(text: str, reference: dt.datetime = REF) -> TimeMatch:
    found = scan(text, reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Publiziert heute um 08:12 Uhr", "2019-11-20T08:12"),
        ("dün saat 21:05", "2019-11-19T21:05"),
        ("Publisert i går kl. 21.14", "2019-11-19T21:14"),  # the joiner makes the dotted clock one
    ],
)
def test_a_day_word_takes_its_clock_after_any_joiner(text: str, iso: str) -> None:
    m = _only(text)
    assert (m.timestamp.text, m.timestamp.iso, m.timestamp.relative) == (text, iso, True)


@pytest.mark.parametrize(("text", "iso"), ABSOLUTE)
def test_absolute_times(text: str, iso: str) -> None:
    m = _only(text)
    assert m.timestamp.iso == iso
    assert m.timestamp.text == text.strip()
    assert (m.start, m.end) == (0, len(text))
    assert not m.timestamp.relative and m.timestamp.reference is None


@pytest.mark.parametrize(("text", "seconds", "precision"), RELATIVE)
def test_relative_times(text: str, seconds: int, precision: str) -> None:
    m = _only(text)
    assert m.timestamp.text == text
    assert m.timestamp.relative
    assert m.timestamp.reference == "2019-11-20T12:00:00+00:00"
    assert m.timestamp.iso == (REF - dt.timedelta(seconds=seconds)).isoformat()
    assert m.timestamp.precision == precision


@pytest.mark.parametrize(("line", "span", "kind"), IN_CONTEXT)
def test_span_is_only_the_time(line: str, span: str, kind: str | None) -> None:
    m = _only(line)
    assert line[m.start : m.end] == span
    assert m.timestamp.text == span
    assert m.kind == kind


@pytest.mark.parametrize("text", NOT_TIMES)
def test_prose_numbers_are_not_times(text: str) -> None:
    assert scan(text, REF) == []


@pytest.mark.parametrize("row", dateformats.FORMATS, ids=lambda row: row.name)
def test_every_format_row_reads_its_example(row: dateformats.DateFormat) -> None:
    reference = dt.datetime.fromisoformat(dateformats.EXAMPLE_REFERENCE)
    stamp = parse(row.example, reference)
    assert stamp is not None
    assert stamp.iso == row.iso


def test_two_times_glued_on_one_line() -> None:
    line = "PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO"
    published, updated = scan(line, REF)
    assert (published.kind, published.timestamp.text) == ("published", "PUBLISHED WED, NOV 20 20194:29 AM EST")
    assert published.timestamp.iso == "2019-11-20T04:29-05:00"
    assert (updated.kind, updated.timestamp.text) == ("updated", "UPDATED AN HOUR AGO")
    assert updated.timestamp.iso == "2019-11-20T11:00:00+00:00"
    assert updated.timestamp.relative


def test_daily_mail_style_pair() -> None:
    line = "PUBLISHED: 10:32 GMT, 19 November 2019 | UPDATED: 11:05 GMT, 19 November 2019"
    found = scan(line, REF)
    assert [(m.kind, m.timestamp.iso) for m in found] == [
        ("published", "2019-11-19T10:32+00:00"),
        ("updated", "2019-11-19T11:05+00:00"),
    ]


def test_a_label_after_the_time_gives_its_kind() -> None:
    """Japanese and Chinese pages write the label after the time (`21:30 更新`)."""
    found = scan("（2019年11月8日 21:30 更新）", REF)
    assert [(m.kind, m.timestamp.iso) for m in found] == [("updated", "2019-11-08T21:30")]


@pytest.mark.parametrize("line", ["Aggiornato alle 11:20", "Updated / 11:20"])
def test_a_label_joined_to_a_lone_clock(line: str) -> None:
    """`Aggiornato alle 11:20`: the joiner between label and clock leaves it
    readable; so does a slash (the label and its clock on two lines, joined)."""
    assert [(m.kind, m.timestamp.iso) for m in scan(line, REF)] == [("updated", "2019-11-20T11:20")]


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Publié le 12 novembre 2019 à 06h30, mis à jour à 11h02", "2019-11-12T11:02"),
        ("Published Nov 12, 2019 at 4:07 PM | Updated: 6:10 PM", "2019-11-12T18:10"),
    ],
)
def test_a_labelled_clock_after_a_date_is_on_that_date(line: str, updated: str) -> None:
    """The clock alone after a date on the same line is that day's, not the reference's."""
    found = scan(line, REF)
    assert [(m.kind, m.timestamp.iso) for m in found][1:] == [("updated", updated)]


def test_published_and_updated_on_one_line() -> None:
    line = "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019"
    found = scan(line, REF)
    assert [(m.kind, m.timestamp.iso) for m in found] == [
        ("published", "2019-11-18T16:07"),
        ("updated", "2019-11-18T17:36-06:00"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Updated 21 December 2023", "updated"),
        ("Last updated: Nov 18, 2019", "updated"),
        ("Published: Dec. 21, 2023", "published"),
        ("Posted: Fri 6:45 PM, Feb 16, 2018", "published"),
        ("First uploaded on: 18-11-2019 at 10:15 IST", "published"),
        ("Original Nov. 19, 2019 8:02 am ET", "published"),
        ("updated: Nov 20 2019, 15:24pm ist", "updated"),
        ("Atualizado em 20/11/2019 10h05", "updated"),
        ("Modifié le 18/11/2019 à 08h10", "updated"),
        ("modifica il 14 novembre 2019 | 19:05", "updated"),
        ("Aangepast 18-11-2019 11:42", "updated"),
        ("Aktualizacja: 16.11.2019 12:20", "updated"),
        ("最終更新:2019/11/14 21:05", "updated"),
        ("Last update on: Fri Nov 15, 2019 12:41 AM", "updated"),
        ("Ultimo aggiornamento: 14 novembre 2019 | 08:15", "updated"),
        ("Sist oppdatert 6. november 2019, kl. 07:14", "updated"),
        ("Publisert 5. november 2019, kl. 18:32", "published"),
        ("Atualizado a 15 nov. 2019, 09:05", "updated"),
        ("Оновлено: 14.11.2019, 19:10", "updated"),
        ("Nov 18, 2019", None),
    ],
)
def test_labels_give_the_kind(text: str, kind: str | None) -> None:
    m = _only(text)
    assert m.kind == kind
    assert m.timestamp.text == text


@pytest.mark.parametrize(
    "text", ["Updated: sometime", "Published: 32 Nov 2019", "Updated: 31/31/2019", "Updated: 99:99"]
)
def test_labelled_but_unreadable(text: str) -> None:
    m = _only(text)
    assert m.kind in {"published", "updated"}
    assert m.timestamp.text == text
    assert (m.timestamp.iso, m.timestamp.precision) == (None, None)


def test_label_before_a_control_character_is_no_time() -> None:
    # `\x1f` is a space to str.split but not to the pattern's \S: once an IndexError
    assert scan("Updated: \x1f", REF) == []


def test_missing_year_is_never_after_the_reference() -> None:
    january = dt.datetime(2019, 1, 5, 12, tzinfo=dt.UTC)
    assert _only("Dec 30", january).timestamp.iso == "2018-12-30"
    assert _only("Jan 3", january).timestamp.iso == "2019-01-03"
    assert _only("Jan 5, 10:00 AM", january).timestamp.iso == "2019-01-05T10:00"


def test_weekday_time_is_the_latest_such_day() -> None:
    assert _only("Wednesday 9:00 AM").timestamp.iso == "2019-11-20T09:00"  # the reference is a Wednesday
    assert _only("Thursday 9:00").timestamp.iso == "2019-11-14T09:00"
    assert _only("Mon 17:30").timestamp.iso == "2019-11-18T17:30"
    assert not _only("Monday 5:30PM").timestamp.relative


def test_clock_time_alone_needs_a_label() -> None:
    assert scan("3:26 pm IST", REF) == []
    m = _only("updated: 3:26 pm IST")
    assert m.timestamp.iso == "2019-11-20T15:26+05:30"  # 09:56 UTC, before the reference
    assert _only("Updated 11:16 PM").timestamp.iso == "2019-11-19T23:16"  # later today would be the future


def test_day_word_with_clock_time() -> None:
    m = _only("Yesterday at 5:30 PM")
    assert m.timestamp.iso == "2019-11-19T17:30"
    assert m.timestamp.relative and m.timestamp.reference == "2019-11-20T12:00:00+00:00"


def test_24_hour_time_with_stray_pm() -> None:
    assert _only("Nov 20 2019, 13:42pm").timestamp.iso == "2019-11-20T13:42"
    assert _only("Nov 20 2019, 1:42pm").timestamp.iso == "2019-11-20T13:42"
    assert _only("Nov 20 2019, 12:05 am").timestamp.iso == "2019-11-20T00:05"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("05/10/2019", "2019-05-10"),  # slash: month first (US)
        ("05.10.2019", "2019-10-05"),  # dot: day first
        ("05-10-2019", "2019-10-05"),  # dash: day first
        ("19/11/2019", "2019-11-19"),  # only one order is a date
        ("11.19.2019", "2019-11-19"),
        ("12/11/2019", "2019-11-12"),  # month first would be after the reference
        ("11/19/99", "1999-11-19"),  # two-digit year in the future is last century
    ],
)
def test_numeric_date_order(text: str, iso: str) -> None:
    assert _only(text).timestamp.iso == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Jul 4, 2019 8:00 am ET", "2019-07-04T08:00-04:00"),  # generic zone: daylight time in summer
        ("Jul 4, 2019 8:00 am EST", "2019-07-04T08:00-05:00"),  # an explicit standard zone is taken at its word
        ("Nov 2, 2019 10:00 PT", "2019-11-02T10:00-07:00"),  # the US switch is the first Sunday of November
        ("Nov 4, 2019 10:00 PT", "2019-11-04T10:00-08:00"),
        ("Jul 4, 2019 10:00, UK", "2019-07-04T10:00+01:00"),
        ("Jan 4, 2019 10:00, UK", "2019-01-04T10:00+00:00"),
        ("Jul 4, 2019 10:00 BST", "2019-07-04T10:00+01:00"),
        ("Jul 4, 2019 10:00 UTC-05:00", "2019-07-04T10:00-05:00"),
    ],
)
def test_zones(text: str, iso: str) -> None:
    assert _only(text).timestamp.iso == iso


def test_zone_table() -> None:
    winter = dt.datetime(2019, 11, 20, 12)

    def minutes(abbr: str) -> float | None:
        zone = abbreviation_zone(abbr)
        offset = zone.utcoffset(winter) if zone is not None else None
        return offset.total_seconds() / 60 if offset is not None else None

    assert minutes("ist") == 330
    assert minutes("HKT") == 480
    assert minutes("AMT") == 240
    assert minutes("XYZ") is None


def test_relative_keeps_the_reference_offset() -> None:
    eastern = dt.datetime(2019, 11, 20, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    m = _only("3 hours ago", eastern)
    assert m.timestamp.iso == "2019-11-20T04:00:00-05:00"
    assert m.timestamp.reference == "2019-11-20T07:00:00-05:00"


def test_months_and_years_ago() -> None:
    march = dt.datetime(2019, 3, 31, 12, tzinfo=dt.UTC)
    assert _only("1 month ago", march).timestamp.iso == "2019-02-28T12:00:00+00:00"
    assert _only("2 years ago", march).timestamp.precision == "year"


def test_relative_time_before_year_one_is_unreadable() -> None:
    early = dt.datetime(5, 1, 1, tzinfo=dt.UTC)
    m = _only("999 years ago", early)
    assert (m.timestamp.iso, m.timestamp.relative) == (None, True)
    assert _only("999 weeks ago", early).timestamp.iso is None


def test_parse_reads_the_whole_string() -> None:
    stamp = parse("Updated 21 December 2023", REF)
    assert stamp is not None
    assert stamp.to_dict() == {
        "text": "Updated 21 December 2023",
        "iso": "2023-12-21",
        "precision": "day",
        "relative": False,
        "reference": None,
        "utc": None,
    }
    assert parse("nothing to see here", REF) is None
    assert parse("", REF) is None


def test_scan_results_are_not_shared() -> None:
    first = scan("Nov 18, 2019", REF)
    first.clear()
    assert len(scan("Nov 18, 2019", REF)) == 1


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [t for t, _ in ABSOLUTE[:20]] + [t for t, *_ in RELATIVE[:5]] + NOT_TIMES[:8] + ["By", "|", "•", " ", "x"]
        ),
        max_size=6,
    ).map(" ".join)
    | st.text(max_size=80)
)
def test_spans_are_consistent(text: str) -> None:
    found = scan(text, REF)
    at = 0
    for m in found:
        assert at <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip() == m.timestamp.text
        assert m.kind in {"published", "updated", None}
        assert m.timestamp.iso is None or SCHEMA_ISO.match(m.timestamp.iso)
        assert m.timestamp.precision in PRECISIONS
        at = m.end


def _prose(sentences: int, run: int) -> list[str]:
    """200 lines of prose full of numbers and no time, each `sentences` long;
    `run` shifts the numbers so no cache has seen the lines."""
    return [
        " ".join(
            f"In {1990 + i % 30}, about {(i + run) * 37 % 1000} of the {i + k}th district's 12,{i % 1000:03d} voters "
            f"said they paid ${i * 13 % 500}.{(i + run) % 100:02d} for a 2-{i % 9} win, a {k % 100} percent rise."
            for k in range(sentences)
        )
        for i in range(200)
    ]


def test_prose_is_scanned_in_linear_time() -> None:
    # Body lines are scanned one by one; most hold numbers but no time.
    for line in _prose(3, 0):
        assert scan(line, REF) == []
    ratio = growth(_prose, lambda lines: [scan(line, REF) for line in lines], 1, 10)
    assert ratio <= 3.0, f"scan time per sentence grew {ratio:.1f}x from lines of 1 sentence to lines of 10"


@pytest.mark.parametrize(
    ("texts", "iso"),
    [
        (["Mar. 3, 2021", "4:10 PM"], "2021-03-03T16:10"),
        (["14 novembre 2023", "ore 18:22"], "2023-11-14T18:22"),  # the joiner opens the clock's line
    ],
)
def test_a_dates_clock_on_the_next_line_is_read_with_it(texts: list[str], iso: str) -> None:
    found = continued(texts, lambda text: scan(text, REF))
    assert found is not None and found.match.timestamp.iso == iso
