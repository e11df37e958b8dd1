"""What every rule family shares: the `Rule` record and registry, regex fragments built from the lexicon,
and small helpers for TimeML values and calendar arithmetic."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from ...model import TimeType
from .. import points as P
from ..context import Context, Found
from ..lexicon import (FULL_MONTHS, FULL_WEEKDAYS, MODIFIERS, MONTHS, POSITION_MODS, SEASONS, TIME_UNITS, UNIT_FORMS,
                       WEEKDAYS, alternation)
from ..numbers import format_amount, parse_number
from ..tense import FUTURE, PAST, PRESENT


I = re.I
MON = rf"(?:{alternation(MONTHS)})\b\.?"
MON_FULL = rf"(?:{alternation(FULL_MONTHS)})\b"
WD = rf"(?:{alternation(WEEKDAYS)})\b\.?"
WD_FULL = rf"(?:{alternation(FULL_WEEKDAYS)})\b"
UNIT = rf"(?:{alternation(UNIT_FORMS)})\b"
SEASON = rf"(?:{alternation(SEASONS)})\b"
POD = r"(?:morning|afternoon|evening|night|overnight)\b"
MOD = rf"(?:{alternation(MODIFIERS)})"
POS = r"(?:(?:end|start)(?=-)|early|mid|late|earlier|later|(?:the\s+)?(?:very\s+)?(?:start|beginning|middle|end|close|first\s+part|latter\s+part)\s+of)"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?![-–]\d\d[-–]\d)"
DET = r"(?:the|these|those|its|their|his|her|our|this|that|a)"
_DIGIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# a year said aloud, as broadcast transcripts write it: "nineteen ninety-four", "twenty ten", "nineteen oh five"
YEAR_SPOKEN = (rf"(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               rf"(?:[\s-]+{_DIGIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
               rf"nineteen|oh[\s-]+{_DIGIT_WORD})\b")
# an open end after a year: "1984 and later", "October 1984 or earlier"
# ("October 1984 and later served" is a verb phrase: "and later" only closing the noun phrase, before
# punctuation, a conjunction or the auxiliary of the main clause: "loans made in 1984 and later were covered")
_AND_LATER = (r"and\s+later(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|is|are|was|were|will|would|can|could|may|might|"
              r"must|should|have|has|had|do|does|did)\b)")
OPEN_END = rf"(?:\s+(or\s+later|or\s+after|and\s+beyond|{_AND_LATER}|or\s+earlier|or\s+before)\b)?"


def year_number(text: str) -> int | None:
    """The year of "1994" or of a spoken year ("nineteen ninety-four" = 1994, "twenty oh five" = 2005)."""
    t = text.strip()
    if t.isdigit():
        return int(t)
    head, _, rest = re.sub(r"[\s-]+", " ", t.lower()).partition(" ")
    rest = re.sub(r"^oh ", "", rest)
    n = parse_number(rest)
    if head not in ("nineteen", "twenty") or n is None or not 1 <= n <= 99:
        return None
    return (1900 if head == "nineteen" else 2000) + int(n)


def open_end_mod(tail: str | None) -> str | None:
    if not tail:
        return None
    return "ON_OR_BEFORE" if re.search(r"earlier|before", tail, re.I) else "ON_OR_AFTER"
# a zone, in brackets or not, GMT and UTC with an offset: "(GMT +8)", "UTC-05:00" (a bracket is taken whole or not at all)
_ZONE = (r"(?:(?:GMT|UTC)\s*[+\-−]\d{1,2}(?::?[0-5]\d)?|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT|BST|CET|CEST|IST|AEST|AEDT|ET|PT|JST|HKT|KST|SGT|MSK|"
      r"EET|EEST|WET|WEST|NZST|NZDT|AWST|ACST|SAST|PHT|ICT|WIB|EAT|CAT|WAT|local\s+time|"
      r"(?-i:[A-Z][a-z]+)\s+(?:(?:standard|daylight)\s+)?time|"  # "Eastern time", "Moscow time"
      r"(?-i:UK|US|U\.S\.)\s+(?:(?-i:[A-Z][a-z]+)\s+)?time)\b")  # "3pm UK time", "9 a.m. U.S. Eastern time"
TZ = rf"(?:\s*\({_ZONE}\)|\s*{_ZONE})"


@dataclass
class Rule:
    name: str
    regex: re.Pattern
    handle: Callable[[re.Match, Context], Found | None]
    priority: int = 0  # breaks ties between overlapping matches of the same length
    trigger: re.Pattern | None = None  # cheap pre-screen: the rule only runs near a hit of this
    back: int = 0  # how far before a trigger hit a match may start


RULES: list[Rule] = []


def rule(name: str, pattern: str, priority: int = 0, flags: int = I):
    def register(fn):
        RULES.append(Rule(name, re.compile(pattern, flags), fn, priority))
        return fn

    return register


def pos_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower()).strip(" -").replace("very ", "")  # "the very end of"
    return POSITION_MODS.get(w) or POSITION_MODS.get("the " + w)  # "by end of next month"


def modifier_of(word: str | None) -> str | None:
    if not word:
        return None
    return MODIFIERS.get(re.sub(r"\s+", " ", word.lower()))


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def unit_of(word: str) -> str:
    return UNIT_FORMS[word.lower()]


def prev_word(text: str, start: int) -> str:
    m = re.search(r"([\w$£€#%.'-]+)\s*$", text[max(0, start - 30):start])
    return m.group(1) if m else ""


def next_word(text: str, end: int) -> str:
    m = re.match(r"\s*([\w$£€%'-]+)", text[end:end + 30])
    return m.group(1) if m else ""


def year_of_month(m: int, ref: dt.date, tense: str) -> int:
    """Past: the month on or before the reference; future: on or after; otherwise the nearest one."""
    if tense == PAST:
        return ref.year - 1 if m > ref.month else ref.year
    if tense == FUTURE:
        return ref.year + 1 if m < ref.month else ref.year
    # present or no tense: the nearer one ("the Olympics begin in August" written in March); at six months
    # either way, the last one
    ahead = (m - ref.month) % 12
    if ahead == 0:
        return ref.year
    if ahead <= 5:
        return ref.year + (1 if m < ref.month else 0)
    return ref.year - (1 if m > ref.month else 0)


def near_year_month(mo: int, ref: dt.date, y: int) -> int:
    """News omits the year of a month only when it lies near the date of writing: a tense cue that put the
    month 9 or more months away yields when the same month on the other side is at most 2 months away
    ("announced a deal to close in January", written in November, is the coming January)."""
    here = (y - ref.year) * 12 + mo - ref.month
    if abs(here) >= 9:
        other = here - 12 if here > 0 else here + 12
        if abs(other) <= 2:
            return y - 1 if here > 0 else y + 1
    return y


def near_year_day(mo: int, d: int, ref: dt.date, y: int) -> int:
    """The same for a month-day: more than 180 days away gives way to the other side within 60 days
    ("the Jan. 14 deadline" written on Jan. 5; "the Feb. 23 accord" written on March 6)."""
    try:
        here = (dt.date(y, mo, d) - ref).days
        other_y = y - 1 if here > 0 else y + 1
        other = (dt.date(other_y, mo, d) - ref).days
    except ValueError:
        return y
    return other_y if abs(here) > 180 and abs(other) <= 60 else y


def weekday_before(d: dt.date, wd: int) -> dt.date:
    """The last weekday `wd` (ISO) strictly before `d`."""
    return d - dt.timedelta(days=(d.isoweekday() - wd - 1) % 7 + 1)


def weekday_after(d: dt.date, wd: int) -> dt.date:
    """The first weekday `wd` (ISO) strictly after `d`."""
    return d + dt.timedelta(days=(wd - d.isoweekday() - 1) % 7 + 1)


def weekday_from(d: dt.date, wd: int) -> dt.date:
    """Weekday `wd` (ISO) on or after `d` (`d` itself on that weekday)."""
    return d + dt.timedelta(days=(wd - d.isoweekday()) % 7)


def weekday_date(wd: int, ref: dt.date, tense: str) -> dt.date:
    diff = wd - ref.isoweekday()
    if tense in (FUTURE, PRESENT):
        return ref + dt.timedelta(days=diff % 7)
    return ref - dt.timedelta(days=(-diff) % 7)


def duration_value(n: float | None, unit: str) -> str:
    letter, is_time, _ = TIME_UNITS[unit]
    if unit == "fortnight":
        n = None if n is None else n * 2
    if unit == "decade" and n is not None:
        n, letter = n * 10, "Y"
    elif unit == "century" and n is not None:
        n, letter = n * 100, "Y"
    elif unit == "night":
        letter = "D"
    if n is not None and not float(n).is_integer():
        # a fraction goes to the next smaller unit, written as TimeML composes it: 2.5 years = P2Y6M,
        # 5.5 hours = PT5H30M, 1.5 minutes = PT1M30S, half a day = PT12H
        smaller = {"Y": (12, "M", False), "D": (24, "H", True), "H": (60, "M", True), "W": (7, "D", False),
                   "M": (30, "D", False) if not is_time else (60, "S", True)}.get(letter)
        whole = int(n)
        if smaller and float((n - whole) * smaller[0]).is_integer():
            part = f"{int((n - whole) * smaller[0])}{smaller[1]}"
            if not whole:
                return ("PT" if smaller[2] else "P") + part
            head = ("PT" if is_time else "P") + f"{whole}{letter}"
            return head + ("T" if smaller[2] and not is_time else "") + part
    if unit in ("decade", "century") and n is None:
        letter = "DE" if unit == "decade" else "CE"
    return ("PT" if is_time else "P") + format_amount(n) + letter


def gran_of_unit(unit: str) -> str:
    return {"second": "day", "minute": "day", "hour": "day", "night": "day", "fortnight": "week",
            "decade": "year", "century": "year", "millennium": "year"}.get(unit, unit)


def unit_step(unit: str) -> tuple[int, str]:
    if unit == "fortnight":
        return 2, "week"
    if unit == "night":
        return 1, "day"
    if unit == "millennium":
        return 1000, "year"
    return 1, unit


def date_found(p: P.Point, mod: str | None = None, type_: TimeType = TimeType.DATE) -> Found:
    return Found(type_, p.value, mod=mod, point=p)


CAL_UNITS = r"(?:week|weekend|month|year|quarter|decade|century|" + SEASON[3:-3] + r")"


def relative_unit_point(unit: str, off: int, r: dt.date) -> P.Point:
    """The calendar unit containing `r`, moved by `off` units."""
    u = unit.lower()
    if u in SEASONS:
        code = SEASONS[u]
        cur_y, cur_code = P.season_of(r)
        # this season's instance in the reference year; last = most recent one already over
        start = P.season(r.year if code != "WI" or r.month == 12 else r.year - 1, code)
        if off == 0:
            if code == cur_code:
                return P.season(cur_y, code)
            # "this spring" in autumn: the one of this year
            return P.season(r.year, code)
        if off < 0:
            p = P.season(r.year, code)
            while p.day > r or (p.day <= r <= p.last_day):
                p = P.season(p.day.year - 1, code)
            return p
        p = P.season(r.year, code)
        while p.day <= r:
            p = P.season(p.day.year + 1, code)
        return p
    if u == "weekend":
        return P.week_of(P.shift_day(r, off, "week"), weekend=True)
    return P.shift(P.point_at(u, r), off, u)


def unresolved_for(unit: str) -> str:
    return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX",
            "decade": "XXX", "century": "XX"}.get(unit, "XXXX-" + SEASONS.get(unit, "XX"))


def _named_season_at(p: P.Point, code: str) -> P.Point:
    """"that summer" after a time of the story: the season named, in the story's year (the one holding the
    story's day when it falls in that season: "that winter" after 10 January 2008 is 2007-WI)."""
    y, c = P.season_of(p.day)
    if c == code and not p.coarser_than("season"):
        return P.season(y, code)
    return P.season(p.day.year, code)


def _named_season_from(p: P.Point, n: int, code: str) -> P.Point:
    """"the following spring" (n=1), "the previous summer" (n=-1) after a time of the story: the n-th season
    of that name after (before) the whole of that time."""
    if n == 0:
        return _named_season_at(p, code)
    s = P.season(p.day.year, code)
    if n > 0:
        while s.day <= p.last_day:
            s = P.season(s.day.year + 1, code)
        return P.season(s.day.year + n - 1, code)
    while s.last_day >= p.day:
        s = P.season(s.day.year - 1, code)
    return P.season(s.day.year + n + 1, code)


def at_gran(p: P.Point, unit: str) -> P.Point:
    if unit in SEASONS:
        return _named_season_at(p, SEASONS[unit])
    if unit == "weekend":
        return P.week_of(p.day, weekend=True)
    return P.point_at(unit, p.day)


def shift_point(p: P.Point, n: int, unit: str) -> P.Point:
    if unit in SEASONS:
        return _named_season_from(p, n, SEASONS[unit])
    if unit == "weekend":
        return P.week_of(P.shift_day(p.day, n, "week"), weekend=True)
    return P.shift(p, n, unit, unit)
