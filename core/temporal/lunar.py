"""Holidays of lunar and lunisolar calendars, tabulated (they follow sightings and announcements, so a table of
the observed dates is more faithful than arithmetic): the first day of Ramadan, Eid al-Fitr and Eid al-Adha as
first observed in Saudi Arabia (other countries may keep them a day later), Diwali (Lakshmi Puja, as listed by
the Government of India) and the Lunar (Chinese) New Year, which Xinhua calls the Spring Festival. Outside the
tables, Ramadan and the two Eids come from the arithmetic (tabular) Islamic calendar, which lies within one day
of every tabulated observed date of 2015-2030 (48 of 48; 28 the same day, the rest a day later). Any other year outside a table raises
ValueError, which the holiday rule turns into an unresolved value."""

from __future__ import annotations

import datetime as dt
import math

# year -> (month, day)
_LUNAR_NEW_YEAR = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31), 1996: (2, 19),
    1997: (2, 7), 1998: (1, 28), 1999: (2, 16),
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29),
    2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}
_RAMADAN_START = {
    2015: (6, 18), 2016: (6, 6), 2017: (5, 27), 2018: (5, 17), 2019: (5, 6), 2020: (4, 24), 2021: (4, 13),
    2022: (4, 2), 2023: (3, 23), 2024: (3, 11), 2025: (3, 1), 2026: (2, 18), 2027: (2, 8), 2028: (1, 28),
    2029: (1, 16), 2030: (1, 6),
}
_EID_AL_FITR = {
    2015: (7, 17), 2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 4), 2020: (5, 24), 2021: (5, 13),
    2022: (5, 2), 2023: (4, 21), 2024: (4, 10), 2025: (3, 30), 2026: (3, 20), 2027: (3, 10), 2028: (2, 27),
    2029: (2, 15), 2030: (2, 5),
}
_EID_AL_ADHA = {
    2015: (9, 24), 2016: (9, 12), 2017: (9, 1), 2018: (8, 21), 2019: (8, 11), 2020: (7, 31), 2021: (7, 20),
    2022: (7, 9), 2023: (6, 28), 2024: (6, 16), 2025: (6, 6), 2026: (5, 27), 2027: (5, 16), 2028: (5, 5),
    2029: (4, 24), 2030: (4, 13),
}
_DIWALI = {
    2015: (11, 11), 2016: (10, 30), 2017: (10, 19), 2018: (11, 7), 2019: (10, 27), 2020: (11, 14), 2021: (11, 4),
    2022: (10, 24), 2023: (11, 12), 2024: (11, 1), 2025: (10, 20), 2026: (11, 8), 2027: (10, 29), 2028: (10, 17),
    2029: (11, 5), 2030: (10, 26),
}


def _lookup(table: dict[int, tuple[int, int]], y: int) -> dt.date:
    if y not in table:
        raise ValueError(f"no tabulated date for {y}")
    return dt.date(y, *table[y])


# 1 Muharram of year 1 AH in the civil (arithmetic) reckoning, as a proleptic Gregorian ordinal
_HIJRA = dt.date(622, 7, 19).toordinal()


def _hijri_date(hy: int, month: int, day: int) -> dt.date:
    """Islamic year/month/day as a Gregorian date by the 30-year arithmetic cycle (11 leap years of 355 days):
    observed dates follow the moon's sighting and may differ by a day."""
    days = (hy - 1) * 354 + (3 + 11 * hy) // 30 + math.ceil(29.5 * (month - 1)) + day - 1
    return dt.date.fromordinal(_HIJRA + days)


def _hijri_year(y: int, month: int, day: int) -> int:
    """The Islamic year whose month/day falls first in Gregorian year `y` (some years hold two)."""
    if not 623 <= y <= 9998:
        raise ValueError(f"no Islamic calendar date for {y}")
    first = int((y - 622) * 33 / 32)
    for hy in range(first - 2, first + 3):
        if _hijri_date(hy, month, day).year == y:
            return hy
    raise ValueError(f"no Islamic calendar date for {y}")


def _arithmetic_islamic(y: int, month: int, day: int) -> dt.date:
    return _hijri_date(_hijri_year(y, month, day), month, day)


def _islamic(table: dict[int, tuple[int, int]], y: int, month: int, day: int) -> dt.date:
    return dt.date(y, *table[y]) if y in table else _arithmetic_islamic(y, month, day)


def lunar_new_year(y: int) -> dt.date:
    return _lookup(_LUNAR_NEW_YEAR, y)


def ramadan_start(y: int) -> dt.date:
    return _islamic(_RAMADAN_START, y, 9, 1)


def ramadan_days(y: int) -> tuple[dt.date, dt.date]:
    """First and last day of Ramadan beginning in year y (it ends the day before Eid al-Fitr)."""
    first = ramadan_start(y)
    if y in _RAMADAN_START and y in _EID_AL_FITR:
        return first, eid_al_fitr(y) - dt.timedelta(days=1)
    # outside the tables: the Shawwal that follows this Ramadan (its Eid may fall in the next year)
    return first, _hijri_date(_hijri_year(y, 9, 1), 10, 1) - dt.timedelta(days=1)


def ramadan_month(y: int) -> dt.date:
    """The first day of the calendar month holding most of Ramadan's days (the value "Ramadan" takes)."""
    first, last = ramadan_days(y)
    counts: dict[tuple[int, int], int] = {}
    d = first
    while d <= last:
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
        d += dt.timedelta(days=1)
    yy, mm = max(counts, key=lambda k: (counts[k], -k[0], -k[1]))
    return dt.date(yy, mm, 1)


def eid_al_fitr(y: int) -> dt.date:
    return _islamic(_EID_AL_FITR, y, 10, 1)


def eid_al_adha(y: int) -> dt.date:
    return _islamic(_EID_AL_ADHA, y, 12, 10)


def diwali(y: int) -> dt.date:
    return _lookup(_DIWALI, y)
