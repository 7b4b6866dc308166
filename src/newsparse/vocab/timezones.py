"""Time-zone abbreviations a news page may write after a clock time.

Abbreviations are not unique worldwide; each row picks the reading most likely on
an English-language news page and says which others it shadows. Generic names
(`ET`, `PT`, `UK`) follow a daylight-saving rule, so `8:00 am ET` is -05:00 in
November and -04:00 in July; explicit standard/daylight names (`EST`, `EDT`) are
taken at their word even when a page writes `EST` in summer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Daylight-saving rules a generic zone may follow.
US_DST = "us"  # second Sunday of March 02:00 to first Sunday of November 02:00 local (since 2007)
EU_DST = "eu"  # last Sunday of March to last Sunday of October, 01:00 UTC


@dataclass(frozen=True, slots=True)
class Zone:
    """One abbreviation: its standard UTC offset in minutes, the daylight rule a
    generic name follows (None: fixed offset), and whether the lowercase spelling
    is safe to accept (`ist` is, `et`/`eat`/`art` are ordinary words)."""

    abbr: str
    minutes: int
    dst: str | None = None
    lowercase_ok: bool = True
    note: str = ""


ZONES: tuple[Zone, ...] = (
    Zone("UTC", 0),
    Zone("GMT", 0),
    Zone("UT", 0, lowercase_ok=False),
    Zone("Z", 0, lowercase_ok=False, note="only glued to an ISO time"),
    # `UK` is London wall time: +00:00 in winter, +01:00 (BST) in summer.
    Zone("UK", 0, EU_DST, lowercase_ok=False, note="London time"),
    Zone("BST", 60, note="British Summer Time (not Bangladesh)"),
    Zone("WET", 0, lowercase_ok=False),
    Zone("WEST", 60, lowercase_ok=False),
    Zone("CET", 60),
    Zone("CEST", 120),
    Zone("MEZ", 60, note="German CET"),
    Zone("MESZ", 120),
    Zone("EET", 120),
    Zone("EEST", 180),
    Zone("MSK", 180),
    Zone("TRT", 180, note="Turkey"),
    Zone("EAT", 180, lowercase_ok=False, note="East Africa"),
    Zone("CAT", 120, lowercase_ok=False, note="Central Africa"),
    Zone("WAT", 60, lowercase_ok=False, note="West Africa"),
    Zone("SAST", 120, note="South Africa"),
    Zone("GST", 240, note="Gulf Standard Time"),
    Zone("AMT", 240, note="Armenia (not Amazon Time -04:00)"),
    Zone("IRST", 210),
    Zone("AFT", 270, lowercase_ok=False),
    Zone("PKT", 300),
    Zone("IST", 330, note="India (not Irish or Israel Standard Time)"),
    Zone("NPT", 345),
    Zone("ICT", 420, note="Indochina"),
    Zone("WIB", 420, note="Western Indonesia"),
    Zone("WITA", 480),
    Zone("WIT", 540, lowercase_ok=False),
    Zone("SGT", 480),
    Zone("MYT", 480),
    Zone("PHT", 480),
    Zone("HKT", 480),
    Zone("AWST", 480),
    Zone("JST", 540),
    Zone("KST", 540),
    Zone("ACST", 570),
    Zone("ACDT", 630),
    Zone("AEST", 600),
    Zone("AEDT", 660),
    Zone("NZST", 720),
    Zone("NZDT", 780),
    Zone("ET", -300, US_DST, lowercase_ok=False),
    Zone("EST", -300),
    Zone("EDT", -240),
    Zone("CT", -360, US_DST, lowercase_ok=False),
    Zone("CST", -360, note="US Central (not China Standard Time +08:00)"),
    Zone("CDT", -300),
    Zone("MT", -420, US_DST, lowercase_ok=False),
    Zone("MST", -420),
    Zone("MDT", -360),
    Zone("PT", -480, US_DST, lowercase_ok=False),
    Zone("PST", -480, note="US Pacific (not Philippine Standard Time)"),
    Zone("PDT", -420),
    Zone("AKST", -540),
    Zone("AKDT", -480),
    Zone("HST", -600),
    Zone("AST", -240, note="Atlantic (not Arabia Standard Time +03:00)"),
    Zone("ADT", -180),
    Zone("NST", -210, lowercase_ok=False),
    Zone("BRT", -180, note="Brasília"),
    Zone("ART", -180, lowercase_ok=False, note="Argentina"),
)

ZONES_BY_ABBR: dict[str, Zone] = {zone.abbr: zone for zone in ZONES}


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    """The n-th Sunday of a month (n=-1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _in_dst(rule: str, local: dt.datetime, standard_minutes: int) -> bool:
    if rule == US_DST:
        if local.year >= 2007:
            start = dt.datetime.combine(_nth_sunday(local.year, 3, 2), dt.time(2))
            end = dt.datetime.combine(_nth_sunday(local.year, 11, 1), dt.time(2))
        else:
            start = dt.datetime.combine(_nth_sunday(local.year, 4, 1), dt.time(2))
            end = dt.datetime.combine(_nth_sunday(local.year, 10, -1), dt.time(2))
        return start <= local < end
    # EU: the switch happens at 01:00 UTC everywhere.
    utc = local - dt.timedelta(minutes=standard_minutes)
    start = dt.datetime.combine(_nth_sunday(local.year, 3, -1), dt.time(1))
    end = dt.datetime.combine(_nth_sunday(local.year, 10, -1), dt.time(1))
    return start <= utc < end


def zone_offset(abbr: str, local: dt.datetime) -> int | None:
    """UTC offset in minutes of abbreviation `abbr` at naive local time `local`,
    or None when the abbreviation is not in the table."""
    zone = ZONES_BY_ABBR.get(abbr.upper())
    if zone is None:
        return None
    if zone.dst is not None and _in_dst(zone.dst, local, zone.minutes):
        return zone.minutes + 60
    return zone.minutes
