"""Time-zone abbreviations a news page may write after a clock time.

Each row names the IANA zone whose clocks the word belongs to. A word that says
which of the zone's offsets it means (`EST`, `EDT`, `CEST`, `AEDT`, `BST`, `GMT`)
is taken at its word: the row fixes that offset, so `8:00 am EST` is -05:00 even
when a page writes it in July. A word that only names the place's time (`ET`,
`PT`, `UK`, `MSK`, `HKT`) is read through the zone's rules at the article's own
date (python-dateutil's `tz`, the IANA database): `10:00 ET` is -04:00 on
2005-10-25 (the US rule before 2007) and -05:00 on 2019-11-18.

Abbreviations are not unique worldwide; each row picks the reading most likely on
an English-language news page and says which others it shadows.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Zone:
    """One abbreviation: the IANA zone it belongs to, the UTC offset in minutes
    when the word fixes it (None: the zone's own offset on the day), and whether
    the lowercase spelling is safe to accept (`ist` is, `et`/`eat`/`art` are
    ordinary words)."""

    abbr: str
    iana: str
    fixed: int | None = None
    lowercase_ok: bool = True
    note: str = ""

    def tzinfo(self) -> dt.tzinfo:
        from dateutil import tz

        if self.fixed is not None:
            return tz.tzoffset(self.abbr, self.fixed * 60)
        return iana_zone(self.iana)


ZONES: tuple[Zone, ...] = (
    Zone("UTC", "Etc/UTC", 0),
    Zone("GMT", "Europe/London", 0, note="+00:00 in any season (London's summer time is BST)"),
    Zone("UT", "Etc/UTC", 0, lowercase_ok=False),
    Zone("Z", "Etc/UTC", 0, lowercase_ok=False, note="only glued to an ISO time"),
    Zone("UK", "Europe/London", lowercase_ok=False, note="London time: GMT in winter, BST in summer"),
    Zone("BST", "Europe/London", 60, note="British Summer Time (not Bangladesh)"),
    Zone("WET", "Europe/Lisbon", 0, lowercase_ok=False),
    Zone("WEST", "Europe/Lisbon", 60, lowercase_ok=False),
    Zone("CET", "Europe/Paris", 60),
    Zone("CEST", "Europe/Paris", 120),
    Zone("MEZ", "Europe/Berlin", 60, note="German CET"),
    Zone("MESZ", "Europe/Berlin", 120, note="German CEST"),
    Zone("EET", "Europe/Athens", 120),
    Zone("EEST", "Europe/Athens", 180),
    Zone("MSK", "Europe/Moscow", note="Moscow time (+04:00 in 2011-2014)"),
    Zone("МСК", "Europe/Moscow", lowercase_ok=False, note="MSK as Russian pages write it"),
    Zone("TRT", "Europe/Istanbul", note="Turkey"),
    Zone("EAT", "Africa/Nairobi", lowercase_ok=False, note="East Africa"),
    Zone("CAT", "Africa/Maputo", lowercase_ok=False, note="Central Africa"),
    Zone("WAT", "Africa/Lagos", lowercase_ok=False, note="West Africa"),
    Zone("SAST", "Africa/Johannesburg", 120, note="South Africa"),
    Zone("GST", "Asia/Dubai", 240, note="Gulf Standard Time"),
    Zone("AMT", "Asia/Yerevan", note="Armenia (not Amazon Time -04:00)"),
    Zone("IRST", "Asia/Tehran", 210),
    Zone("AFT", "Asia/Kabul", lowercase_ok=False),
    Zone("PKT", "Asia/Karachi"),
    Zone("IST", "Asia/Kolkata", 330, note="India (not Irish or Israel Standard Time)"),
    Zone("NPT", "Asia/Kathmandu"),
    Zone("ICT", "Asia/Bangkok", note="Indochina"),
    Zone("WIB", "Asia/Jakarta", note="Western Indonesia"),
    Zone("WITA", "Asia/Makassar", note="Central Indonesia"),
    Zone("WIT", "Asia/Jayapura", lowercase_ok=False, note="Eastern Indonesia"),
    Zone("SGT", "Asia/Singapore"),
    Zone("MYT", "Asia/Kuala_Lumpur"),
    Zone("PHT", "Asia/Manila"),
    Zone("HKT", "Asia/Hong_Kong"),
    Zone("AWST", "Australia/Perth", 480),
    Zone("JST", "Asia/Tokyo", 540),
    Zone("KST", "Asia/Seoul", 540),
    Zone("ACST", "Australia/Adelaide", 570),
    Zone("ACDT", "Australia/Adelaide", 630),
    Zone("AEST", "Australia/Sydney", 600),
    Zone("AEDT", "Australia/Sydney", 660),
    Zone("NZST", "Pacific/Auckland", 720),
    Zone("NZDT", "Pacific/Auckland", 780),
    Zone("ET", "America/New_York", lowercase_ok=False, note="US Eastern time, EST or EDT by the date"),
    Zone("EST", "America/New_York", -300),
    Zone("EDT", "America/New_York", -240),
    Zone("CT", "America/Chicago", lowercase_ok=False),
    Zone("CST", "America/Chicago", -360, note="US Central (not China Standard Time +08:00)"),
    Zone("CDT", "America/Chicago", -300),
    Zone("MT", "America/Denver", lowercase_ok=False),
    Zone("MST", "America/Denver", -420),
    Zone("MDT", "America/Denver", -360),
    Zone("PT", "America/Los_Angeles", lowercase_ok=False),
    Zone("PST", "America/Los_Angeles", -480, note="US Pacific (not Philippine Standard Time)"),
    Zone("PDT", "America/Los_Angeles", -420),
    Zone("AKST", "America/Anchorage", -540),
    Zone("AKDT", "America/Anchorage", -480),
    Zone("HST", "Pacific/Honolulu", -600),
    Zone("AST", "America/Halifax", -240, note="Atlantic (not Arabia Standard Time +03:00)"),
    Zone("ADT", "America/Halifax", -180),
    Zone("NST", "America/St_Johns", -210, lowercase_ok=False),
    Zone("BRT", "America/Sao_Paulo", -180, note="Brasília"),
    # French Canada: heure normale (standard) or avancée (daylight) de l'Est, du Centre, du Pacifique
    Zone("HNE", "America/Toronto", -300, lowercase_ok=False),
    Zone("HAE", "America/Toronto", -240, lowercase_ok=False),
    Zone("HNC", "America/Winnipeg", -360, lowercase_ok=False),
    Zone("HAC", "America/Winnipeg", -300, lowercase_ok=False),
    Zone("HNP", "America/Vancouver", -480, lowercase_ok=False),
    Zone("HAP", "America/Vancouver", -420, lowercase_ok=False),
    Zone("ART", "America/Argentina/Buenos_Aires", -180, lowercase_ok=False, note="Argentina"),
)

ZONES_BY_ABBR: dict[str, Zone] = {zone.abbr: zone for zone in ZONES}

# What an IANA name looks like (`Europe/Berlin`, `America/Argentina/Buenos_Aires`,
# `UTC`): no path, no dots, so a name can never reach a file outside the database.
_IANA_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+){0,2}")


@functools.cache
def abbreviation_zone(abbr: str) -> dt.tzinfo | None:
    """The zone an abbreviation names (any case), or None when it is not in the table."""
    zone = ZONES_BY_ABBR.get(abbr.upper())
    return zone.tzinfo() if zone is not None else None


@functools.cache
def iana_zone(name: str) -> dt.tzinfo:
    """The IANA zone `name` (`Europe/Berlin`); ValueError when there is none by
    that name. POSIX TZ strings, file paths and the machine's local zone are not
    accepted: a reading must not depend on the machine it runs on."""
    from dateutil import tz

    zone = tz.gettz(name) if _IANA_NAME.fullmatch(name) else None
    if not isinstance(zone, tz.tzfile | tz.tzutc):
        raise ValueError(f"{name!r} is not an IANA time zone name (e.g. Europe/Berlin, America/New_York, UTC)")
    return zone
