"""Calendar points at a granularity ("2017-11-03", "2017-W43", "2017-Q3", "199") with their TimeML value,
their interval of calendar days, and arithmetic in calendar units."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from ..model import CalendarInterval, Precision

# granularity, finest first
GRANS = ("minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter", "half", "year", "decade",
         "century")
_RANK = {g: i for i, g in enumerate(GRANS)}
_PRECISION = {
    "minute": Precision.MINUTE, "hour": Precision.HOUR, "part_of_day": Precision.PART_OF_DAY,
    "day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH, "season": Precision.SEASON,
    "quarter": Precision.QUARTER, "half": Precision.HALF_YEAR, "year": Precision.YEAR,
    "decade": Precision.DECADE, "century": Precision.CENTURY,
}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_ORDER = ("WI", "SP", "SU", "FA")
MIN_YEAR, MAX_YEAR = 1, 9998


class OutOfCalendar(ValueError):
    """The point falls outside the years a calendar day can hold (1..9998)."""


@dataclass(frozen=True)
class Point:
    """A calendar point. `day` is the first day it covers (for a week: its Monday); `index` holds the
    quarter, half, season code or week number; `hour`/`minute`/`part` only for times."""

    gran: str
    day: dt.date
    index: int | str | None = None
    hour: int | None = None
    minute: int | None = None
    part: str | None = None
    weekend: bool = False

    # ---------------------------------------------------------------------------------- value
    @property
    def value(self) -> str:
        d = self.day
        g = self.gran
        if g == "day":
            return d.isoformat()
        if g == "minute":
            return f"{d.isoformat()}T{self.hour:02d}:{self.minute:02d}"
        if g == "hour":
            return f"{d.isoformat()}T{self.hour:02d}:00"
        if g == "part_of_day":
            return f"{d.isoformat()}T{self.part}"
        if g == "week":
            y, w, _ = d.isocalendar()
            return f"{y:04d}-W{w:02d}" + ("-WE" if self.weekend else "")
        if g == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if g == "season":
            return f"{d.year:04d}-{self.index}"
        if g == "quarter":
            return f"{d.year:04d}-Q{self.index}"
        if g == "half":
            return f"{d.year:04d}-H{self.index}"
        if g == "year":
            return f"{d.year:04d}"
        if g == "decade":
            return f"{d.year // 10:03d}"
        if g == "century":
            return f"{d.year // 100:02d}"
        raise ValueError(g)

    @property
    def precision(self) -> Precision:
        return _PRECISION[self.gran]

    @property
    def interval(self) -> CalendarInterval:
        return CalendarInterval(earliest=self.day, latest=self.last_day, precision=self.precision)

    @property
    def last_day(self) -> dt.date:
        d = self.day
        g = self.gran
        if g in ("minute", "hour", "part_of_day", "day"):
            return d
        if g == "week":
            return d + dt.timedelta(days=6)
        if g == "month":
            return _month_end(d.year, d.month)
        if g == "season":
            return _month_end(*_add_months(d.year, d.month, 2))
        if g == "quarter":
            return _month_end(*_add_months(d.year, d.month, 2))
        if g == "half":
            return _month_end(*_add_months(d.year, d.month, 5))
        if g == "year":
            return dt.date(d.year, 12, 31)
        if g == "decade":
            return dt.date(min(d.year + 9, MAX_YEAR), 12, 31)
        if g == "century":
            return dt.date(min(d.year + 99, MAX_YEAR), 12, 31)
        raise ValueError(g)

    def coarser_than(self, gran: str) -> bool:
        return _RANK[self.gran] > _RANK[gran]


def _check_year(y: int) -> int:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise OutOfCalendar(f"year {y} is outside the calendar")
    return y


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return _check_year(total // 12), total % 12 + 1


# ------------------------------------------------------------------------------------------ constructors
def day(d: dt.date) -> Point:
    return Point("day", d)


def make_day(y: int, m: int, d: int) -> Point:
    return Point("day", dt.date(_check_year(y), m, d))


def month(y: int, m: int) -> Point:
    return Point("month", dt.date(_check_year(y), m, 1))


def year(y: int) -> Point:
    return Point("year", dt.date(_check_year(y), 1, 1))


def quarter(y: int, q: int) -> Point:
    return Point("quarter", dt.date(_check_year(y), 3 * (q - 1) + 1, 1), q)


def half(y: int, h: int) -> Point:
    return Point("half", dt.date(_check_year(y), 1 if h == 1 else 7, 1), h)


def season(y: int, code: str) -> Point:
    """TimeML puts winter in the year it starts: 2017-WI runs from December 2017 to February 2018."""
    return Point("season", dt.date(_check_year(y), SEASON_START[code], 1), code)


def week_of(d: dt.date, weekend: bool = False) -> Point:
    monday = d - dt.timedelta(days=d.weekday())
    if monday.year < MIN_YEAR:
        raise OutOfCalendar("week before year 1")
    return Point("week", monday, weekend=weekend)


def decade(start_year: int) -> Point:
    return Point("decade", dt.date(_check_year(max(start_year - start_year % 10, 1)), 1, 1))


def century(c: int) -> Point:
    """`c` is TimeML's century number: "19" is the years 1900-1999."""
    return Point("century", dt.date(_check_year(max(c * 100, 1)), 1, 1))


def time_of(d: dt.date, hour: int, minute: int | None) -> Point:
    if minute is None:
        return Point("hour", d, hour=hour)
    return Point("minute", d, hour=hour, minute=minute)


def part_of_day(d: dt.date, part: str) -> Point:
    return Point("part_of_day", d, part=part)


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: dt.date) -> tuple[int, str]:
    """The season a day falls in, with the year TimeML gives it."""
    m = d.month
    if m == 12:
        return d.year, "WI"
    if m <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[m - 3]


# ------------------------------------------------------------------------------------------ arithmetic
def point_at(gran: str, d: dt.date) -> Point:
    """The point of granularity `gran` that contains day `d` (times reduce to their day)."""
    if gran in ("minute", "hour", "part_of_day", "day"):
        return day(d)
    if gran == "week":
        return week_of(d)
    if gran == "month":
        return month(d.year, d.month)
    if gran == "quarter":
        return quarter(d.year, quarter_of(d))
    if gran == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if gran == "season":
        return season(*season_of(d))
    if gran == "year":
        return year(d.year)
    if gran == "decade":
        return decade(d.year)
    if gran == "century":
        return century(d.year // 100)
    raise ValueError(gran)


_GRAN_OF = {p: g for g, p in _PRECISION.items() if g not in ("minute", "hour", "part_of_day")}


def period_holding(d: dt.date, precision: Precision) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the `precision`-long period that holds day `d` (a month: the 1st to its last
    day); None for a precision finer than a day or without a period (unknown), or past the calendar."""
    gran = _GRAN_OF.get(precision)
    if gran is None:
        return None
    try:
        p = point_at(gran, d)
        return p.day, p.last_day
    except (OutOfCalendar, ValueError, OverflowError):  # a period running past the calendar's last year
        return None


def shift_day(d: dt.date, n: int, unit: str) -> dt.date:
    """`d` moved by `n` calendar units (day, week, month, quarter, season, half, year, decade, century)."""
    try:
        if unit in ("day", "night"):
            return d + dt.timedelta(days=n)
        if unit in ("week", "fortnight"):
            return d + dt.timedelta(days=7 * n * (2 if unit == "fortnight" else 1))
        months = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120,
                  "century": 1200, "millennium": 12000}.get(unit)
        if months is None:
            raise ValueError(f"unknown unit {unit}")
        y, m = _add_months(d.year, d.month, n * months)
        return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
    except OverflowError as e:
        raise OutOfCalendar(str(e)) from e


def shift(p: Point, n: int, unit: str, gran: str | None = None) -> Point:
    """`p` moved by `n` units, expressed at granularity `gran` (default: p's own)."""
    target = gran or p.gran
    if target in ("minute", "hour", "part_of_day"):
        target = "day"
    new = point_at(target, shift_day(p.day, n, unit))
    if p.weekend and target == "week":
        new = replace(new, weekend=True)
    if p.gran == "season" and target == "season":
        new = season(new.day.year, new.index)
    return new
