"""Reading a record's `iso` times back, at the precision they were written
(`2023`, `2023-12`, `2023-12-21`, `2023-12-21T10:05`, `...T10:05:00+05:00`).
Shared by `validate` (is a time in the future?) and `pretty-print` (how long ago?)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day", "time"]

# The widest UTC offset in use (Kiribati, +14:00).
EARLIEST_OFFSET = dt.timedelta(hours=14)


@dataclass(frozen=True, slots=True)
class IsoValue:
    """An ISO 8601 value: its precision, and its first instant (timezone-aware
    only when the value names a zone)."""

    precision: Precision
    moment: dt.datetime

    @classmethod
    def read(cls, iso: str) -> IsoValue | None:
        try:
            if len(iso) == 4:
                return cls("year", dt.datetime(int(iso), 1, 1))
            if len(iso) == 7:
                return cls("month", dt.datetime(int(iso[:4]), int(iso[5:7]), 1))
            if len(iso) == 10:
                return cls("day", dt.datetime.fromisoformat(iso))
            return cls("time", dt.datetime.fromisoformat(iso))
        except ValueError:
            return None

    def earliest(self) -> dt.datetime:
        """The earliest instant the value can mean: a value without a zone is
        read in the zone furthest ahead of UTC."""
        if self.moment.tzinfo is None:
            return self.moment.replace(tzinfo=dt.UTC) - EARLIEST_OFFSET
        return self.moment
