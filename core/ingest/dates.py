"""Calendar dates as written in datelines and publication lines: "Nov 4", "4 November 2017",
"November 4, 2017", "Sunday 5 November 2017", "2017-11-04T10:00Z". Only what ingestion needs to find an
article's own date; the temporal tagger handles dates in the story."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
    "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

_MONTH = r"(?P<{g}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"

_PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)" + _TIME + r"(?!\d)")),
    ("dmy", re.compile(r"\b" + _WEEKDAY + _DAY.format(g="d") + r"\s+(?:of\s+)?" + _MONTH.format(g="mn")
                       + r",?\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("mdy", re.compile(r"\b" + _WEEKDAY + _MONTH.format(g="mn") + r"\s+" + _DAY.format(g="d")
                       + r",?\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("num", re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b")),
    ("md", re.compile(r"\b" + _WEEKDAY + _MONTH.format(g="mn") + r"\s+" + _DAY.format(g="d") + r"\b(?![:\d])", re.I)),
    ("dm", re.compile(r"\b" + _WEEKDAY + _DAY.format(g="d") + r"\s+" + _MONTH.format(g="mn") + r"\b", re.I)),
]


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: dt.date | None  # None when the text gives no year or the date is impossible
    has_year: bool
    note: str = ""


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Dates in ``text[start:end]``, left to right, without overlaps; full dates win over month-day ones."""
    end = len(text) if end is None else end
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            fd = _interpret(kind, m)
            if fd is not None:
                found.append(fd)
                taken.append((s, e))
    found.sort(key=lambda f: f.start)
    return found


def _interpret(kind: str, m: re.Match) -> FoundDate | None:
    s, e = m.span()
    g = m.groupdict()
    if kind == "iso":
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    elif kind == "num":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if a > 12 and b <= 12:
            d, mo = a, b
        elif b > 12 and a <= 12:
            d, mo = b, a
        elif a == b:
            d = mo = a
        else:
            return FoundDate(s, e, None, True, f"'{m.group()}' could be day/month or month/day")
    else:
        mo = MONTHS[g["mn"].lower().rstrip(".")]
        d = int(g["d"])
        y = int(g["y"]) if g.get("y") else None
        if kind in ("md", "dm") and g["mn"].lower() == "may" and not g.get("wd"):
            return None  # "may 4" is too often the verb
        if y is None:
            if not 1 <= d <= 31:
                return None
            return FoundDate(s, e, None, False, f"'{m.group()}' gives a day and month but no year")
    try:
        value = dt.date(y, mo, d)
    except ValueError:
        return FoundDate(s, e, None, True, f"'{m.group()}' is not a real date")
    note = ""
    wd = g.get("wd")
    if wd and WEEKDAYS[wd.lower()] != value.weekday():
        note = f"'{m.group()}': the weekday does not match the date"
    return FoundDate(s, e, value, True, note)
