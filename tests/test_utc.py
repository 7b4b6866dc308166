"""`utc`: every record whose time has a known zone (written, `--tz`, or the
reference of a relative time) carries the right instant in UTC, and the zone
reaches the parser through the library API, the CLI and the worker processes."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest
from click.testing import CliRunner
from dateutil import tz
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.cli import main
from newsparse.model import Record, Timestamp
from newsparse.pipeline import explain_text
from newsparse.records import load_records
from newsparse.vocab.timezones import ZONES, ZONES_BY_ABBR

NOW = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)  # after every generated date
MONTHS = "January February March April May June July August September October November December".split()
# A short article; `{time}` is its time line.
ARTICLE = "\n\n".join(
    [
        "Harbour bridge to close for repairs after engineers find cracks",
        "{time}\nBy Jane Doe",
        "The city's harbour bridge will close to cars for six weeks from Monday after engineers found cracks "
        "in two of its steel supports, the transport office said.",
        '"We would rather close it now than be sorry later," said Mark Lane, who leads the office, adding '
        "that buses and bicycles would still be allowed across.",
        "Shop owners on both sides of the bridge said they expected fewer customers while it is shut.\n",
    ]
)


def published(time_line: str, **options: object) -> Timestamp:
    """The time the article's time line gives (published or updated, as labelled)."""
    records = newsparse.parse_text(ARTICLE.format(time=time_line), now=options.pop("now", NOW), **options)  # type: ignore[arg-type]
    assert len(records) == 1
    stamp = records[0].published or records[0].updated
    assert stamp is not None, time_line
    return stamp


def utc_of(local: dt.datetime, zone: dt.tzinfo) -> str:
    """The oracle: `local` in `zone` with datetime and dateutil.tz, the first of a
    repeated hour, a skipped hour read as if the clocks had not changed yet."""
    aware = local.replace(tzinfo=zone)
    if not tz.datetime_exists(aware):
        aware = tz.resolve_imaginary(aware)
    return aware.astimezone(tz.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def written(local: dt.datetime, zone: str, style: int) -> str:
    """A time line as pages write it, in one of several formats."""
    hour12 = f"{(local.hour - 1) % 12 + 1}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    month = MONTHS[local.month - 1]
    line = [
        f"Published {month} {local.day}, {local.year} {hour12} {zone}",
        f"{local.day} {month[:3]} {local.year} {local:%H:%M} {zone}",
        f"{local:%Y-%m-%d %H:%M} {zone}",
        f"Updated at {hour12} {zone} on {month} {local.day}, {local.year}",
    ][style]
    return " ".join(line.split())


wall_times = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2030, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


def assert_utc_is_the_instant_iso_names(stamp: Timestamp) -> None:
    """The invariant of every record: a time with an offset has the utc it names."""
    assert stamp.iso is not None
    moment = dt.datetime.fromisoformat(stamp.iso)
    if moment.tzinfo is not None:
        assert stamp.utc == moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@settings(max_examples=150, deadline=None)
@given(wall_times, st.sampled_from([z.abbr for z in ZONES if z.abbr != "Z"]), st.integers(0, 3))
@example(dt.datetime(2019, 3, 10, 2, 30), "ET", 0)  # the hour skipped in spring
@example(dt.datetime(2019, 11, 3, 1, 30), "ET", 1)  # the hour repeated in autumn
@example(dt.datetime(2019, 10, 27, 1, 30), "UK", 2)
@example(dt.datetime(2005, 10, 25, 10, 0), "PT", 3)  # the US rule before 2007
def test_a_written_zone_gives_the_right_utc(local: dt.datetime, abbr: str, style: int) -> None:
    row = ZONES_BY_ABBR[abbr]
    zone = tz.tzoffset(None, row.fixed * 60) if row.fixed is not None else tz.gettz(row.iana)
    assert zone is not None
    stamp = published(written(local, abbr, style))
    assert stamp.utc == utc_of(local, zone)
    assert_utc_is_the_instant_iso_names(stamp)


GIVEN_ZONES = [
    "Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo",
    "Australia/Sydney", "Pacific/Auckland", "Asia/Kolkata", "Asia/Tehran", "Asia/Kathmandu", "UTC",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(wall_times, st.sampled_from(GIVEN_ZONES), st.integers(0, 3))
@example(dt.datetime(2019, 3, 31, 2, 30), "Europe/Berlin", 0)
@example(dt.datetime(2019, 10, 27, 2, 30), "Europe/Berlin", 1)
@example(dt.datetime(2019, 4, 7, 2, 30), "Australia/Sydney", 2)
@example(dt.datetime(2019, 10, 6, 2, 30), "Australia/Sydney", 3)
def test_a_given_zone_gives_the_right_utc(local: dt.datetime, name: str, style: int) -> None:
    stamp = published(written(local, "", style), tz=name)
    zone = tz.gettz(name)
    assert zone is not None
    assert stamp.iso == local.isoformat(timespec="minutes")  # iso stays as written
    assert stamp.utc == utc_of(local, zone)


@settings(max_examples=100, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2030, 12, 31)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.integers(-12 * 4, 14 * 4).map(lambda quarters: dt.timezone(dt.timedelta(minutes=15 * quarters))),
    st.integers(0, 999),
    st.sampled_from(["sec", "minutes", "hours"]),
    st.sampled_from([None, *GIVEN_ZONES]),
)
def test_a_relative_time_against_a_zoned_reference_gives_the_right_utc(
    now: dt.datetime, offset: dt.timezone, amount: int, unit: str, name: str | None
) -> None:
    reference = now.replace(tzinfo=offset)
    stamp = published(f"Updated {amount} {unit} ago", now=reference, tz=name)
    seconds = {"sec": 1, "minutes": 60, "hours": 3600}[unit] * amount
    assert stamp.utc == (reference - dt.timedelta(seconds=seconds)).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert_utc_is_the_instant_iso_names(stamp)


def test_no_zone_and_no_tz_is_no_utc() -> None:
    assert published("Published November 18, 2019 10:05 AM").utc is None
    assert published("Published November 18, 2019").utc is None
    # a date alone has no instant, whatever the zone
    assert published("Published November 18, 2019", tz="Europe/Berlin").utc is None


# -- the zone through the library API -------------------------------------------------


def test_tz_is_a_name_or_a_tzinfo() -> None:
    line = "Published November 18, 2019 10:05 AM"
    by_name = published(line, tz="Europe/Berlin")
    assert by_name.utc == "2019-11-18T09:05:00Z"
    assert published(line, tz=zoneinfo.ZoneInfo("Europe/Berlin")) == by_name
    assert published(line, tz=tz.gettz("Europe/Berlin")) == by_name
    with pytest.raises(ValueError, match="not an IANA time zone name"):
        newsparse.parse_text(ARTICLE.format(time=line), now=NOW, tz="Mars/Olympus")


def test_tz_reaches_parse_file_and_explain_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE.format(time="Published November 18, 2019 10:05 AM"), "utf-8")
    [record] = newsparse.parse_file(str(page), now=NOW, tz="America/New_York")
    assert record.published is not None and record.published.utc == "2019-11-18T15:05:00Z"
    [article] = explain_text(page.read_text("utf-8"), now=NOW, path=str(page), tz="America/New_York")
    assert article.record == record


def test_tz_reads_day_words_in_the_given_zone() -> None:
    # 23:30 UTC is 00:30 the next day in Berlin: `today` there is the 21st
    late = dt.datetime(2019, 11, 20, 23, 30, tzinfo=dt.UTC)
    stamp = published("Published today at 00:10", now=late, tz="Europe/Berlin")
    assert (stamp.iso, stamp.utc) == ("2019-11-21T00:10", "2019-11-20T23:10:00Z")
    assert stamp.reference == "2019-11-21T00:30:00+01:00"
    assert published("Published today at 00:10", now=late).iso == "2019-11-20T00:10"


# -- the CLI -------------------------------------------------------------------------


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE.format(time="Published November 18, 2019 10:05 AM"), "utf-8")
    return path


def parse_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["parse", "--now", "2031-01-01T00:00:00Z", *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_tz_gives_utc(page: Path) -> None:
    code, out, err = parse_cli("--tz", "Asia/Kolkata", str(page))
    assert (code, err) == (0, "")
    assert json.loads(out)["published"]["utc"] == "2019-11-18T04:35:00Z"
    code, out, _ = parse_cli(str(page))
    assert json.loads(out)["published"]["utc"] is None


def test_cli_tz_is_the_same_with_worker_processes(page: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text(ARTICLE.format(time="Published November 19, 2019 9:00 PM"), "utf-8")
    one = parse_cli("-j", "1", "--tz", "Asia/Kolkata", str(page), str(second))
    two = parse_cli("-j", "2", "--tz", "Asia/Kolkata", str(page), str(second))
    assert one == two
    assert [json.loads(line)["published"]["utc"] for line in two[1].splitlines()] == [
        "2019-11-18T04:35:00Z",
        "2019-11-19T15:30:00Z",
    ]


@pytest.mark.parametrize("command", ["parse", "validate", "pretty-print"])
@pytest.mark.parametrize("name", ["Mars/Olympus", "EST5EDT,M3.2.0,M11.1.0", "/etc/localtime"])
def test_cli_unknown_zone_is_a_usage_error(page: Path, command: str, name: str) -> None:
    result = CliRunner().invoke(main, [command, "--tz", name, str(page)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"Invalid value for '--tz': {name!r} is not an IANA time zone name" in result.stderr


def test_cli_explain_says_when_the_fallback_parser_read_a_time(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE.format(time="Published: 18th of November 2019"), "utf-8")
    code, out, err = parse_cli("--explain", "--width", "300", str(path))
    assert (code, err) == (0, "")
    [line] = [line for line in out.splitlines() if "18th of November" in line]
    number, text, label, why = (cell.strip() for cell in line.split("  ") if cell.strip())
    assert (number, text, label) == ("3", "Published: 18th of November 2019", "published")
    assert "read by the fallback parser" in why
    code, out, _ = parse_cli(str(path))
    assert json.loads(out)["published"]["iso"] == "2019-11-18"
    # a time the table reads says nothing of the fallback
    path.write_text(ARTICLE.format(time="Published: November 18, 2019"), "utf-8")
    assert "fallback" not in parse_cli("--explain", str(path))[1]


def test_cli_validate_takes_the_zone_for_text_and_records(page: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    now = ["--now", "2031-01-01T00:00:00Z"]
    result = runner.invoke(main, ["validate", *now, "--tz", "Europe/Berlin", str(page)])
    assert result.exit_code == 0, result.stdout
    records = parse_cli("--tz", "Europe/Berlin", str(page))[1]
    result = runner.invoke(main, ["validate", *now, "--tz", "Europe/Berlin", "-"], input=records)
    assert result.exit_code == 0, result.stdout
    assert "time-mismatch" not in result.stdout
    # the same records checked against another zone: their utc is not that zone's
    result = runner.invoke(main, ["validate", *now, "--tz", "Asia/Tokyo", "-"], input=records)
    assert result.exit_code == 1
    assert "time-mismatch" in result.stdout and "$.published.utc" in result.stdout


def test_cli_pretty_print_takes_the_zone(page: Path) -> None:
    result = CliRunner().invoke(main, ["pretty-print", "--tz", "Europe/Berlin", "--width", "80", str(page)])
    assert result.exit_code == 0
    assert "Harbour bridge to close" in result.stdout


def test_records_read_back_keep_utc() -> None:
    [record] = newsparse.parse_text(ARTICLE.format(time="Published November 18, 2019 10:05 AM EST"), now=NOW)
    data = record.to_dict()
    assert data["published"]["utc"] == "2019-11-18T15:05:00Z"
    loaded, problems = load_records(json.dumps(data))
    assert problems == [] and loaded == [record]
    # records written before utc existed read as utc unknown
    del data["published"]["utc"]
    loaded, problems = load_records(json.dumps(data))
    assert problems == []
    assert isinstance(loaded[0], Record) and loaded[0].published is not None and loaded[0].published.utc is None
