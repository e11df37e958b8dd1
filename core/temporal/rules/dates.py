"""Absolute and calendar-named dates: ISO and numeric dates, month-day(-year), months, years, decades,
centuries, holidays, year ends and year-earlier comparisons."""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from ...model import TimeAnchor, TimeType
from .. import lunar
from .. import points as P
from ..context import Context, Found
from ..lexicon import alternation
from ..numbers import ORDINAL, parse_number, parse_ordinal
from ..tense import FUTURE, PAST, UNKNOWN, first_cue, last_past_cue, since_before
from .reports import months_span_compared, told_as_forecast
from .base import (DAY_NUM, I, MON, MON_FULL, OPEN_END, POS, WD, WD_FULL, YEAR4, YEAR_SPOKEN, date_found,
                   month_number, near_year_day, near_year_month, next_word, open_end_mod, pos_mod, prev_word, rule,
                   weekday_after, weekday_from, weekday_number, year_number, year_of_month)


@rule("iso", r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])",
      priority=5)
def _iso(m: re.Match, ctx: Context) -> Found | None:
    try:
        d = P.make_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except (ValueError, P.OutOfCalendar):
        return None
    if m.group(4):
        return date_found(P.time_of(d.day, int(m.group(4)), int(m.group(5))), type_=TimeType.TIME)
    return date_found(d)


@rule("numeric", r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})\b(?![/.]\d)", priority=4)
def _numeric(m: re.Match, ctx: Context) -> Found | None:
    """"11/3/2017" (month first, as US news writes it) and "3.11.2017" (day first, as Europe does)."""
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if len(m.group(4)) == 2:
        if m.group(2) == ".":
            return None  # "3.11.17" is as likely a version number
        y += 1900 if y >= 50 else 2000
    if m.group(2) == ".":
        a, b = b, a
    mo, d = (a, b) if a <= 12 else (b, a)  # month first unless impossible
    try:
        return date_found(P.make_day(y, mo, d))
    except (ValueError, P.OutOfCalendar):
        return None


# an -ed verb right before a month-day ("issued July 1"), not after "be" ("will be listed March 3") and not a
# verb of planning or putting off ("scheduled March 3", "postponed June 5")
_PAST_VERB_ON_DATE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?!(?:scheduled|expected|planned|slated|delayed|"
                                r"postponed|extended|moved|pushed|deferred|need|speed|proposed|targeted)\b)[a-z]{3,}ed\s+$")


# the same with a preposition between, before a holiday: "ballots postmarked by Election Day", "bought before
# Christmas"
_PAST_VERB_ON_HOLIDAY = re.compile(_PAST_VERB_ON_DATE.pattern[:-4] + r"\s+(?:on|by|before|at|over|during)\s+$")


_REL_YEAR_AFTER = re.compile(r"\s*,?\s+(?:of\s+)?(this|last|next)\s+year\b(?!['’]|[\s-]+(?:ago|earlier|later|before|after)\b)",
                             re.I)


def nearest_year_of_day(mo: int, d: int, ref: dt.date, y: int) -> int:
    try:
        return min((y - 1, y, y + 1), key=lambda yy: abs((dt.date(yy, mo, d) - ref).days))
    except ValueError:
        return y  # Feb. 29


def resolve_month_day(mo: int, d: int, year_text: str | None, m_start: int, m_end: int, ctx: Context,
                       mod: str | None = None) -> Found | None:
    rel_year = None if year_text or ctx.ref is None else _REL_YEAR_AFTER.match(ctx.text, m_end)
    if rel_year:
        # "on Jan. 3 last year", "on 5 May next year": the year phrase stays its own expression but gives the
        # day its year, as "March of next year" does a month
        year_text = str(ctx.ref.year + {"this": 0, "last": -1, "next": 1}[rel_year.group(1).lower()])
    if year_text:
        try:
            return date_found(P.make_day(int(year_text), mo, d), mod)
        except (ValueError, P.OutOfCalendar):
            return None
    if not 1 <= d <= 31:
        return None
    tense = ctx.tense(m_start, m_end)
    verb_on_date = _PAST_VERB_ON_DATE.search(ctx.text, max(0, m_start - 30), m_start) is not None
    if tense == FUTURE and verb_on_date:
        tense = PAST  # "shares issued July 1, which will receive ...": the verb on the date tells its time
    since = since_before(ctx.text, m_start)
    # "the quarter ending Dec. 31": a period still running or just over closes on the nearest such day, whatever
    # the tense of the report about it ("said profit for the quarter ending Dec. 31 would fall", in October)
    closing = prev_word(ctx.text, m_start).lower() == "ending" and not since
    told_future = tense == FUTURE and ctx.told_future(m_start, m_end)
    told_past = tense == PAST and _past_verb_governs(ctx, m_start)
    year = ctx.sentence_year(m_start)
    if year is not None:
        # "In 2009, the company filed for bankruptcy on June 1": the year the sentence opens with
        try:
            return date_found(P.make_day(year, mo, d), mod)
        except (ValueError, P.OutOfCalendar):
            return None
    if ctx.ref is not None:
        def build(ref: dt.date) -> P.Point:
            y = year_of_month(mo, ref, tense)
            if tense == PAST and mo == ref.month and d > ref.day + 1:
                y -= 1
            if told_future and mo == ref.month and d < ref.day - 1:
                y += 1  # "will resume on Jan. 2" written on Jan. 4: next year's
            if not since and not told_future and not (tense == PAST and verb_on_date) and not told_past:
                y = near_year_day(mo, d, ref, y)
            if closing:
                y = nearest_year_of_day(mo, d, ref, y)
            return P.make_day(y, mo, d)
        return ctx.from_reference(build, f"XXXX-{mo:02d}-{d:02d}", mod=mod)
    if ctx.last is not None:
        return ctx.from_narrative(lambda b: P.make_day(b.day.year, mo, d), f"XXXX-{mo:02d}-{d:02d}", mod=mod)
    return Found(TimeType.DATE, f"XXXX-{mo:02d}-{d:02d}", mod=mod, anchor=TimeAnchor.UNRESOLVED)


_ATTACKS_AFTER = re.compile(r"\s+(?:terrorist\s+|terror\s+)?(?:attacks?|hijackings?)\b", re.I)


def _the_attacks(mo: int, d: int, end: int, ctx: Context) -> bool:
    """"the Sept. 11 attacks" names the attacks of 2001 (after them, whatever the date of writing)."""
    return (mo, d) == (9, 11) and ctx.ref is not None and ctx.ref >= dt.date(2001, 9, 11) and \
        _ATTACKS_AFTER.match(ctx.text, end) is not None


@rule("month_day", rf"\b(?:({WD})(?:\s?,)?\s+)?(?:the\s+)?({MON})(?:\s+|(?<=\.))({DAY_NUM})\b(?!\s*(?:%|,\d|\.\d|:\d))(?:(?:\s?,)?\s+({YEAR4})\b)?",
      priority=3)
def _month_day(m: re.Match, ctx: Context) -> Found | None:
    mon = m.group(2)
    if not mon[0].isupper():
        return None
    if mon.lower().rstrip(".") == "may" and re.match(r"\s+\d+\s+(?:%|percent|per\s+cent)", ctx.text[m.start(2) + 3:]):
        return None
    year = m.group(4)
    if not year and _named_attacks(ctx, m):
        year = "2001"  # "the September 11 attacks", "since the Sept. 11 terrorist attacks": the day of 2001
    if not year:  # "April 24 and 25, 1999": the year given after the second day
        shared = re.match(rf"\s+(?:and|or|&)\s+{DAY_NUM}(?:\s?,)?\s+({YEAR4})\b", ctx.text[m.end():m.end() + 24], I)
        year = shared.group(1) if shared else None
    day = int(re.match(r"\d+", m.group(3)).group(0))
    if not year and _the_attacks(month_number(mon), day, m.end(), ctx):
        year = "2001"  # "since the Sept. 11 attacks", written in 2008: the attacks' day, not this year's
    f = resolve_month_day(month_number(mon), day, year, m.start(), m.end(), ctx)
    if f is not None and m.group(1) and not year:
        f = _year_of_weekday(f, m.group(1))
    if f is not None and not m.group(1):
        f.start = m.start(2)  # "the Oct. 23 deadline": the article belongs to the noun
    return f


# "the September 11 attacks": a day that names an event of a known year, whatever the date of writing
_ATTACKS_AFTER = re.compile(r"(?:['’]s)?\s+(?:terrorist\s+|terror\s+)?(?:attacks?|hijackings?|hijackers)\b", I)
_ATTACKS_OF = re.compile(r"\b(?:terrorist\s+|terror\s+)?attacks\s+of\s+(?:the\s+)?$", I)  # "the attacks of Sept. 11"


def _named_attacks(ctx: Context, m: re.Match) -> bool:
    """Is the month-day at `m` September 11 before "attacks" (written after them, or with no date of writing)?"""
    if month_number(m.group(2)) != 9 or int(re.match(r"\d+", m.group(3)).group(0)) != 11:
        return False
    named = _ATTACKS_AFTER.match(ctx.text, m.end()) or _ATTACKS_OF.search(ctx.text, max(0, m.start() - 30), m.start())
    return (ctx.ref is None or ctx.ref >= dt.date(2001, 9, 11)) and bool(named)


_ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9}
_ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
              "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
              "thirtieth": 30}
_ORD_DAY = (rf"(?:(?:twenty|thirty)[\s-]+(?:{'|'.join(_ORD_UNITS)})|{'|'.join(_ORD_TEENS)}|{'|'.join(_ORD_UNITS)})")


def ordinal_day(text: str) -> int | None:
    """"eighth" = 8, "twenty-first" = 21, "thirtieth" = 30."""
    words = re.split(r"[\s-]+", text.lower())
    tens = {"twenty": 20, "thirty": 30}.get(words[0], 0) if len(words) == 2 else 0
    last = words[-1]
    n = tens + _ORD_UNITS.get(last, 0) + (_ORD_TEENS.get(last, 0) if not tens else 0)
    return n if 1 <= n <= 31 else None


@rule("week_of", rf"\bthe\s+(week|weekend)\s+of\s+({MON})\s+({DAY_NUM})\b(?!\s*(?:%|,\d|\.\d|:\d))(?:(?:\s?,)?\s+({YEAR4})\b)?",
      priority=4)
def _week_of(m: re.Match, ctx: Context) -> Found | None:
    """"the week of March 6" is the week (or weekend) that contains that day."""
    if not m.group(2)[0].isupper():
        return None
    f = resolve_month_day(month_number(m.group(2)), int(re.match(r"\d+", m.group(3)).group(0)), m.group(4),
                          m.start(), m.end(), ctx)
    if f is None or f.point is None:
        return f
    w = P.week_of(f.point.day, weekend=m.group(1).lower() == "weekend")
    return Found(TimeType.DATE, w.value, point=w, anchor=f.anchor, anchor_id=f.anchor_id)


_SECOND_DAY_BEFORE = re.compile(rf"\b({MON})\s+({DAY_NUM})(?:(?:\s?,)?\s+(?:and|or|&)\s+|\s*(?:-|–|\s+(?:to|through|until)\s+))$", I)


@rule("second_day", rf"\b({DAY_NUM})\b(?!\s*(?:%|,\d|\.\d|:\d|[-–/]))(?:(?:\s?,)?\s+({YEAR4})\b)?", priority=0)
def _second_day(m: re.Match, ctx: Context) -> Found | None:
    """The second of two days that share a month: "on April 24 and 25" tags "25" too, and so does the end of
    a range "July 12-14" (the days in order)."""
    before = _SECOND_DAY_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    if before is None or not before.group(1)[0].isupper():
        return None
    if not before.group(0).rstrip().endswith(("and", "or", "&")) and \
            not int(re.match(r"\d+", before.group(2)).group(0)) < int(re.match(r"\d+", m.group(1)).group(0)):
        return None
    nxt = next_word(ctx.text, m.end())
    if nxt and nxt[:1].islower() and nxt not in ("in", "at", "on", "and", "or", "when", "to", "the", "of", "but",
                                                   "with", "as", "after", "before", "respectively"):
        return None  # "April 24 and 25 people": a count
    mo = month_number(before.group(1))
    year = m.group(2)
    if year is None and ctx.last is not None and ctx.last[0].gran == "day" and ctx.last[0].day.month == mo:
        year = str(ctx.last[0].day.year)  # the year of the first day ("Sept. 9 through 12")
    return resolve_month_day(mo, int(re.match(r"\d+", m.group(1)).group(0)), year, m.start(), m.end(), ctx)


@rule("week_of_month", rf"\bthe\s+(first|second|third|fourth|last|final)\s+(week|weekend)\s+of\s+({MON})(?:(?:\s?,)?\s+({YEAR4})\b)?",
      priority=4)
def _week_of_month(m: re.Match, ctx: Context) -> Found | None:
    """"the first week of March", "the last weekend of May 2009": that week (or weekend) of the month."""
    if not m.group(3)[0].isupper():
        return None
    mo = month_number(m.group(3))
    f = resolve_month_day(mo, 1, m.group(4), m.start(), m.end(), ctx)
    if f is None or f.point is None:
        return f
    first = f.point.day
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group(1).lower())
    weekend = m.group(2).lower() == "weekend"
    last = P.point_at("month", first).last_day
    if weekend:  # the n-th (or last) Saturday of the month
        d = _nth_weekday(first.year, first.month, 6, nth or -1)
    else:  # the week holding most of its days in the month, as ISO counts weeks: "the first week" holds the 4th
        d = first + dt.timedelta(days=3 + 7 * (nth - 1)) if nth else last - dt.timedelta(days=3)
    w = P.week_of(d, weekend=weekend)
    return Found(TimeType.DATE, w.value, point=w, anchor=f.anchor, anchor_id=f.anchor_id)


@rule("weekday_of_month", rf"\bthe\s+(first|second|third|fourth|fifth|last|final)\s+({WD_FULL})\s+"
                          rf"(?:after\s+the\s+(first|second|third|fourth|last)\s+({WD_FULL})\s+)?(?:of|in)\s+"
                          rf"({MON})(?:(?:\s?,)?\s+({YEAR4})\b)?", priority=4)
def _weekday_of_month(m: re.Match, ctx: Context) -> Found | None:
    """"the first Saturday in May", "the last Monday of May 1999": that weekday of the month (the month's year
    from the tense, as for "May" alone). "the first Tuesday after the first Monday in November" (the US
    election day) is one date: the weekday after the day the inner phrase names."""
    if not m.group(5)[0].isupper() or (m.group(4) and not m.group(4)[0].isupper()):
        return None
    f = resolve_month_day(month_number(m.group(5)), 1, m.group(6), m.start(), m.end(), ctx)
    if f is None or f.point is None:
        return f
    first = f.point.day
    wd = weekday_number(m.group(2))
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}.get(m.group(1).lower())
    if m.group(3):
        inner = _nth_weekday(first.year, first.month, weekday_number(m.group(4)),
                             {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group(3).lower(), -1))
        if not nth:
            return None  # "the last Tuesday after ..." names no day
        # the n-th such weekday strictly after the inner day; it may fall in the next month, as the phrase says
        d = weekday_after(inner, wd) + dt.timedelta(days=7 * (nth - 1))
        p = P.day(d)
        return Found(TimeType.DATE, p.value, point=p, anchor=f.anchor, anchor_id=f.anchor_id)
    d = _nth_weekday(first.year, first.month, wd, nth or -1)
    if d.month != first.month:
        return None  # no fifth Monday that month
    p = P.day(d)
    return Found(TimeType.DATE, p.value, point=p, anchor=f.anchor, anchor_id=f.anchor_id)


@rule("weekday_of_the_month", rf"\bthe\s+(first|second|third|fourth|last|final)\s+({WD_FULL})\s+(?:of|in)\s+"
                              r"(the|this|every|each)\s+month\b(?!['’])", priority=4)
def _weekday_of_the_month(m: re.Match, ctx: Context) -> Found | None:
    """"the third Tuesday of every month": a monthly set (ISO has no "third Tuesday", so the set keeps its step,
    `P1M`, as "every month"); "the first Monday of the month" is that weekday of the story's month, else of the
    date of writing's, as "the end of the month" is."""
    if not m.group(2)[0].isupper():
        return None
    if m.group(3).lower() in ("every", "each"):
        return Found(TimeType.SET, "P1M", quant="EVERY", anchor=TimeAnchor.NONE)
    wd = weekday_number(m.group(2))
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group(1).lower())

    def build(b: P.Point) -> P.Point:
        return P.day(_nth_weekday(b.day.year, b.day.month, wd, nth or -1))
    if ctx.last is not None and not ctx.last[0].coarser_than("month") and \
            ctx.last_sentence is not None and ctx.sentence_index(m.start()) == ctx.last_sentence:
        return ctx.from_narrative(build, "XXXX-XX-XX")
    return ctx.from_reference(lambda r: build(P.day(r)), "XXXX-XX-XX")


@rule("month_ordinal", rf"\b(?:((?:this\s+coming|this|coming)\s+)?({WD_FULL})(?:\s?,)?\s+)?({MON})\s+(?:the\s+)?({_ORD_DAY})\b"
                       rf"(?:(?:\s?,)?\s+({YEAR4}|{YEAR_SPOKEN}))?", priority=3)
def _month_ordinal(m: re.Match, ctx: Context) -> Found | None:
    """Dates as broadcast transcripts write them: "March eighth", "January twenty-first, nineteen ninety-eight",
    and with the weekday before them, one expression as "Sunday, March 8" is: "this coming Sunday, March eighth"."""
    if not m.group(3)[0].isupper() or (m.group(2) and not m.group(2)[0].isupper()):
        return None
    if not m.group(5) and re.match(r"\s+the\b", ctx.text[m.end(3):m.end(3) + 5], re.I):
        nxt = next_word(ctx.text, m.end())
        if nxt[:1].islower() and nxt not in ("at", "in", "on", "to", "and", "when", "is", "was", "will", "would"):
            return None  # "in March the second wave came"
    d = ordinal_day(m.group(4))
    year = year_number(m.group(5)) if m.group(5) else None
    if d is None or (m.group(5) and year is None):
        return None
    return resolve_month_day(month_number(m.group(3)), d, str(year) if year else None, m.start(), m.end(), ctx)


@rule("ordinal_of_month", rf"\bthe\s+({_ORD_DAY})\s+of\s+({MON})(?:(?:\s?,)?\s+({YEAR4}|{YEAR_SPOKEN}))?\b", priority=3)
def _ordinal_of_month(m: re.Match, ctx: Context) -> Found | None:
    """"the first of May", "the twenty-first of June, 1998": a day written as an ordinal word."""
    if not m.group(2)[0].isupper():
        return None
    d = ordinal_day(m.group(1))
    year = year_number(m.group(3)) if m.group(3) else None
    if d is None or (m.group(3) and year is None):
        return None
    return resolve_month_day(month_number(m.group(2)), d, str(year) if year else None, m.start(), m.end(), ctx)


@rule("ordinal_of_relative_month", rf"\bthe\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{_ORD_DAY})\s+of\s+(this|next|last)\s+"
      rf"month\b", priority=4)
def _ordinal_of_relative_month(m: re.Match, ctx: Context) -> Found | None:
    """"the 2nd of this month", "the 14th of next month", "the first of last month": that day of the month
    named from the date of writing."""
    g = m.group(1)
    d = int(re.match(r"\d+", g).group(0)) if g[0].isdigit() else ordinal_day(g)
    if d is None:
        return None
    off = {"this": 0, "next": 1, "last": -1}[m.group(2).lower()]
    if ctx.ref is None:
        return Found(TimeType.DATE, f"XXXX-XX-{d:02d}", anchor=TimeAnchor.UNRESOLVED)
    y, mo = divmod(ctx.ref.year * 12 + ctx.ref.month - 1 + off, 12)
    try:
        p = P.day(dt.date(y, mo + 1, d))
    except ValueError:
        return None
    return Found(TimeType.DATE, p.value, point=p, anchor=TimeAnchor.REFERENCE)


_SCHEDULE_WORDS = {"place", "held", "on", "run", "runs", "ran", "scheduled", "planned", "slated", "set", "due",
                   "dates", "during", "open", "opens", "sits", "sit", "sitting", "meets", "meet", "takes", "staged"}


@rule("first_day_of_range", rf"\b({DAY_NUM})(?=\s*(-|–|to|and|until|till|through)\s*({DAY_NUM})\s+(?:of\s+)?({MON})(?:(?:\s?,)?\s+({YEAR4})\b)?)",
      priority=0)
def _first_day_of_range(m: re.Match, ctx: Context) -> Found | None:
    """The first day of a range whose second names the month: "from 5 to 7 June", "between 24 and 26 March",
    and without "from": "runs 12–14 July", "on 3-5 May" (a dash between two days of the month in order; "rose
    5 to 7 June" is a count). The two ends are two DATEs, as TBAQ tags "April 24 and 25"."""
    if not m.group(4)[0].isupper():
        return None
    prev = prev_word(ctx.text, m.start()).lower()
    if prev not in ("from", "between"):
        first, second = (int(re.match(r"\d+", g).group(0)) for g in (m.group(1), m.group(3)))
        # "to"/"until"/"through" only after a word of scheduling ("take place 3 to 5 May", "held 3 to 5 May"):
        # after a verb of change it is a count ("rose 5 to 7 June")
        dash = m.group(2) in ("-", "–") or (m.group(2).lower() in ("to", "until", "till", "through")
                                             and prev in _SCHEDULE_WORDS)
        if not dash or not first < second or prev[-1:].isdigit():
            return None
    return resolve_month_day(month_number(m.group(4)), int(re.match(r"\d+", m.group(1)).group(0)), m.group(5),
                             m.start(), m.end(), ctx)


def _year_of_weekday(f: Found, weekday: str) -> Found:
    """A weekday given with a month-day and no year tells the year when the tense picked the wrong one: "Ireland
    voted on Friday 8 March", written in March 2025 (a Saturday then), is 8 March 2024, a Friday."""
    p = f.point
    if p is None or p.gran != "day":
        return f
    try:
        wd = weekday_number(weekday)
    except KeyError:
        return f
    if p.day.isoweekday() == wd:
        return f
    for dy in (-1, 1):
        try:
            other = P.make_day(p.day.year + dy, p.day.month, p.day.day)
        except (ValueError, P.OutOfCalendar):
            continue
        if other.day.isoweekday() == wd:
            f.point, f.value = other, other.value
            return f
    return f


@rule("day_month", rf"\b(?:({WD})(?:\s?,)?\s+)?(?:the\s+)?({DAY_NUM})\s+(?:of\s+)?({MON})(?:(?:\s?,)?\s+({YEAR4})\b)?", priority=3)
def _day_month(m: re.Match, ctx: Context) -> Found | None:
    mon = m.group(3)
    if not mon[0].isupper():
        return None
    found = resolve_month_day(month_number(mon), int(re.match(r"\d+", m.group(2)).group(0)), m.group(4),
                               m.start(), m.end(), ctx)
    if found is not None and m.group(1) and not m.group(4):
        found = _year_of_weekday(found, m.group(1))
    if found is not None and ctx.text[m.end() - 1] == "." and not m.group(4):
        found.end = m.end() - 1  # "3 Nov." at the end of a sentence: leave out the full stop
    return found


@rule("month_year", rf"\b(?:({POS})[\s-]*)?({MON})\s*(?:\s?,)?\s+(?:of\s+)?({YEAR4}|{YEAR_SPOKEN})\b{OPEN_END}", priority=2)
def _month_year(m: re.Match, ctx: Context) -> Found | None:
    """"October 1984", "January nineteen ninety-seven", "October 1984 and later" (ON_OR_AFTER)."""
    if not m.group(2)[0].isupper():
        return None
    year = year_number(m.group(3))
    if year is None:
        return None
    try:
        return date_found(P.month(year, month_number(m.group(2))), open_end_mod(m.group(4)) or pos_mod(m.group(1)))
    except P.OutOfCalendar:
        return None


_MAY_VERB = re.compile(r"\s+(?:be|have|not|also|well|still|never|soon|need|want|take|face|seem|come|go|get|"
                       r"make|include|lead|result|prove|help|affect|cause|require|become|use|pay|move|only|"
                       r"even|already|I|we|you|he|she|it|they)\b")


_MARCH_NOT_NOUN = {"on", "to", "through", "against", "in", "for", "of", "from", "toward", "towards", "past", "by",
                   "and", "or", "was", "is", "will", "has", "had", "were", "began", "started", "ended", "went",
                   "continued", "drew", "organizers", "organisers", "route", "participants", "itself", "that", "which"}
_MONTH_PREPOSITIONS = {"in", "since", "until", "by", "from", "through", "during", "early", "late", "mid", "last",
                       "next", "this", "before", "after", "of"}
_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Gen", "Col", "Capt", "Sgt",
           "Rev", "Judge", "Senator", "Sen", "Rep", "Gov", "President", "Minister", "Theresa", "Brian", "Erskine"}


@rule("month", rf"\b(?:({POS}|last|next|this|that|the\s+(?:past|last|coming|previous|following))[\s-]+)?({MON_FULL}|Sept\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)(?!\s*\d{{1,2}}(?:st|nd|rd|th)?\b)(?:\s+(this|last|next)\s+year|(?=\s+of\s+(this|last|next)\s+year\b(?!['’]|[\s-]+(?:ago|earlier|later|before|after)\b)))?",
      priority=1)
def _month_alone(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(2)
    if not word[0].isupper():
        return None
    t = ctx.text
    low = word.lower().rstrip(".")
    if not m.group(1) and prev_word(t, m.start()).rstrip(".") in _TITLES:
        return None  # "Mr. March", "Ms May"
    if low in ("may", "march") and not m.group(1):
        prev = prev_word(t, m.start())
        if low == "may" and (_MAY_VERB.match(t, m.end()) or prev in ("Theresa", "Mrs", "Ms", "Mr", "Brian")):
            return None
        span_to = prev.lower() == "to" and re.search(
            r"\b(?:months|weeks|days|year|years|quarter|period|half|January|February|April|June|July|August|"
            r"September|October|November|December|\d{4})\s+to\s+$", t[max(0, m.start() - 20):m.start()])
        # "from March to December", "between March and May": a range of months, not the verb ("marched
        # to"); "from March on" likewise
        span_from = prev.lower() in ("from", "between", "since", "until", "till") and re.match(
            rf"\s+(?:(?:to|through|until|till|and|or|[-–])\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?(?:(?i:{MON_FULL})|Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.|\d)|on(?:wards?)?\b(?!\s+[A-Z]))",
            t[m.end():m.end() + 30])
        if low == "march" and not span_to and not span_from and (
                prev.lower() in ("a", "the", "protest", "long", "peace", "to", "and", "annual") or
                               re.match(r"\s+(?:on|to|through|against|in\s+the)\b", t[m.end():m.end() + 15])):
            nxt = next_word(t, m.end())
            if not (prev.lower() == "the" and nxt[:1].islower() and nxt.isalpha() and nxt not in _MARCH_NOT_NOUN):
                return None  # "the March accession", "the March elections" are the month
        if low == "march" and re.match(r"\s+(?:for|of\s+the)\s+[A-Z]", t[m.end():m.end() + 20]) and \
                prev.lower() not in _MONTH_PREPOSITIONS:
            return None  # "the March for Life", "the ``March of the Combatant Mothers''": a named march
        if low == "may" and m.start() > 0 and t[m.start() - 1] not in " \t\n(\"'" and not prev:
            return None
        if low == "may" and not prev.lower() in ("in", "of", "since", "until", "by", "from", "to", "and", "during",
                                                 "before", "after", "early", "late", "mid", "last", "next", "this",
                                                 "between", "through", "till", "or", "-", "–", "on"):
            return None
    mo = month_number(word)
    lead = (m.group(1) or "").lower()
    lead = re.sub(r"\s+", " ", lead)
    mod = pos_mod(lead)
    # "March of this year": the year phrase is its own expression but gives the month its year
    year_word = (m.group(3) or m.group(4) or "").lower()
    if year_word:
        off = {"this": 0, "last": -1, "next": 1}[year_word]
        return ctx.from_reference(lambda r: P.month(r.year + off, mo), f"XXXX-{mo:02d}", mod=mod)
    if lead in ("last", "the past", "the last", "the previous"):
        # the last one before this month; the month just before this one is "last month", so "last
        # February" said in March is the February of the year before
        return ctx.from_reference(lambda r: P.month(r.year - 1 if mo >= r.month - 1 else r.year, mo), f"XXXX-{mo:02d}")
    if lead in ("next", "the coming", "the following"):
        return ctx.from_reference(lambda r: P.month(r.year + 1 if mo <= r.month else r.year, mo), f"XXXX-{mo:02d}")
    if lead == "this":
        return ctx.from_reference(lambda r: P.month(r.year, mo), f"XXXX-{mo:02d}")
    if lead == "that":
        return ctx.from_narrative(lambda b: P.month(b.day.year, mo), f"XXXX-{mo:02d}")
    tense = ctx.tense(m.start(), m.end())
    year = ctx.sentence_year(m.start())
    if year is not None:
        return date_found(P.month(year, mo), mod)  # "In 2009, GM filed for bankruptcy in June": June 2009
    if ctx.ref is None and ctx.last is not None:
        return ctx.from_narrative(lambda b: P.month(b.day.year, mo), f"XXXX-{mo:02d}", mod=mod)
    since = since_before(t, m.start())
    # "will come into force in January", but not "will report December sales": a month naming the data of a
    # report is the near one
    told_future = tense == FUTURE and prev_word(t, m.start()).lower() in _MONTH_PREPOSITIONS and \
        ctx.told_future(m.start(), m.end())
    # "changed to a calendar year in December" (written in October): the past verb governs the month itself,
    # the last December; the near month wins only when an infinitive or modal stands between ("announced a
    # deal to close in January")
    told_past = False
    if tense == PAST and prev_word(t, m.start()).lower() in _MONTH_PREPOSITIONS:
        s0 = max(ctx.sentence_bounds(m.start())[0], m.start() - 120)
        cue = last_past_cue(t, s0, m.start())
        if cue is not None:
            if _EMBEDDED.search(t, cue[1], m.start()):
                tense = UNKNOWN  # "announced a deal to close in January": the infinitive's time, the nearest
            elif cue[0].lower() not in _REPORTING:
                # a reporting verb ("told companies of a cutback in September") tells of what may lie ahead
                told_past = True
        else:
            # "In January, gunmen killed 12 people", "Sales in January rose", written in November: with no cue
            # before it, the month is the time of the past verb that follows it, the January gone by
            s1 = ctx.sentence_bounds(m.start())[1]
            told_past = first_cue(t, m.end(), min(s1, m.end() + 80)) in ("past", "weak")
    if not since and _PERIOD_ENDING_IN.search(t, max(0, m.start() - 40), m.start()):
        # "its forecast for the fiscal year ending in March": a period still running closes in the nearest such
        # month whatever the tense of the report about it, as "the quarter ending Dec. 31" does
        tense, told_future, told_past = UNKNOWN, False, False

    def build(r: dt.date) -> P.Point:
        y = year_of_month(mo, r, tense)
        return P.month(y if since or told_future or told_past else near_year_month(mo, r, y), mo)
    return ctx.from_reference(build, f"XXXX-{mo:02d}", mod=mod)


_PERIOD_ENDING_IN = re.compile(r"\b(?:year|quarter|half|period|months|season|term)\s+(?:ending|that\s+ends)\s+(?:in\s+)?$",
                               re.I)


def _past_verb_governs(ctx: Context, at: int) -> bool:
    """Is the date at `at`, after "on", governed by an irregular past verb a few words before it ("the law took
    effect on Jan. 1", written on Dec. 30, is the Jan. 1 gone by), with no infinitive, modal or reporting verb
    between? Not a date that names a noun ("gave no reason for the Jan. 14 deadline") nor an -ed word, often an
    adjective."""
    if prev_word(ctx.text, at).lower() != "on":
        return False
    s0 = max(ctx.sentence_bounds(at)[0], at - 40)
    cue = last_past_cue(ctx.text, s0, at)
    return cue is not None and not cue[0].lower().endswith("ed") and cue[0].lower() not in _REPORTING and \
        not _EMBEDDED.search(ctx.text, cue[1], at)


_EMBEDDED = re.compile(r"\b(?:to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b|that\b|be\b|work\b|school\b|"
                       r"court\b|power\b|date\b|market\b)[a-z]+|would|will|could|should|may|might|expects?|expected|"
                       r"plans?|planned|scheduled|due)\b|'ll\b")


_REPORTING = {"said", "told", "announced", "reported", "disclosed", "indicated", "warned", "added", "noted",
              "predicted", "forecast", "estimated", "projected", "agreed", "decided", "approved", "proposed",
              "promised", "pledged", "vowed", "signed", "voted", "asked", "urged", "ordered", "called"}


_YEAR_NOUN_OK = {"onwards", "afterwards", "elections", "olympics", "games", "levels", "figures", "results", "accords", "talks", "riots",
                 "protests", "attacks", "uprising", "census", "budget", "season", "campaign", "war", "crisis",
                 "earthquake", "agreement", "deal", "law", "act", "election", "rate", "and", "or", "to", "as",
                 "when", "after", "before", "but", "was", "were", "is", "had", "has", "the", "a", "in", "on",
                 "of", "for", "with", "that", "which", "while", "until", "since", "at", "by"}


# a year's financial figures ("forecast 2014 earnings of $5.75", "2013 sales"): a year unless a quantifier
# before it makes it a count ("about 1900 sales were recorded")
_YEAR_FIGURES = {"earnings", "profits", "revenues", "sales", "losses"}
_QUANTIFIER = {"about", "around", "some", "nearly", "almost", "over", "roughly", "only", "just", "than"}


# plural nouns without an -s that count things after a number ("2000 people")
_COUNT_NOUNS = {"people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep", "feet",
                "livestock", "persons"}


_COUNT_AFTER = re.compile(r"\s*(?:GMT\b|UTC\b|hrs\b|hours\s+(?:GMT|UTC|local)|local\s+time|%|per\s*cent|percent|[a-z]{0,3}m\b|km|kg|mph|sq|ft|lb|tonnes|tons|bn|million|"
                          r"billion|,\d|\.\d|:\d|/\d|x\d|\+)", I)


# the other end stops before a comma: "between 1990 and 1995, exports doubled" is no count of exports
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—|and|or)\s*(\d(?:[\d,]*\d)?)\s*([A-Za-z]*)")
_RANGE_BEFORE = re.compile(r"(\d[\d,]*)\s*(?:to|-|–|—|and|or)\s*$")


# software named with a year as its version (capitalised: "his office 2010 budget" is no product)
_PRODUCT_VERSION = re.compile(r"\b(?:Windows|Office|Server|Studio|Excel|Outlook)\s+$")


_FISCAL_SLASH = re.compile(r"/\d\d\b(?![/.:,]\d)")  # "2023/24": a financial year or a season


# "the 2014 and 2018 tournaments", "its 2008 and 2012 campaigns": two years of a pair before their plural noun
# (a count would not take "the": "between 1500 and 2500 fighters")
_PAIR_FIRST = re.compile(r"(?:19|20)\d\d\s+(?:and|or)\s+(?:19|20)\d\d\s+[a-z]+s\b")
_PAIR_LEAD = re.compile(r"\b(?:the|its|their|his|her|our)\s+$", re.I)
_PAIR_SECOND = re.compile(r"\b(?:the|its|their|his|her|our)\s+(?:19|20)\d\d\s+(?:and|or)\s+$", re.I)


def _paired_year(t: str, start: int, end: int) -> bool:
    """Is the year at [start, end) one of "the 2014 and 2018 tournaments"?"""
    if _PAIR_FIRST.match(t, start) and _PAIR_LEAD.search(t, max(0, start - 8), start):
        return True
    return bool(_PAIR_SECOND.search(t, max(0, start - 20), start)) and bool(re.match(r"\s+[a-z]+s\b", t[end:end + 20]))


def _year_context_ok(t: str, start: int, end: int, y: int, led: bool = False) -> bool:
    if 1900 <= y <= 2099 and _paired_year(t, start, end):
        return True
    before = t[max(0, start - 12):start]
    if _PRODUCT_VERSION.search(before):
        return False  # "Windows 2000", "Office 2010", "SQL Server 2008": a software version, not a year
    if re.search(r"(?:[$£€#¥]|\bNo\.?|\bNos\.?|\bNumber|\bRoute|\bflight|\bFlight|\bRoom|\bpage|\bp\.|[\d,.:/]|\bUS\$)\s*$", before) \
            and not re.search(r"(?<![\d,.])(?:1[0-9]\d\d|20\d\d),\s+$", before):  # "in 1994, 1995 and 1997"
        return False
    led = led or bool(re.search(r"\b(?:pre|post)-$", before, re.I))  # "post-1959 politics", "pre-1990 levels"
    if not led and re.search(r"[A-Za-z]-?$", before):  # Tu-2017, A320
        return False
    if _COUNT_AFTER.match(t, end) and not _FISCAL_SLASH.match(t, end):
        return False
    r = _RANGE_AFTER.match(t, end)
    if r:
        other = int(r.group(1).replace(",", "")) if r.group(1).replace(",", "").isdigit() else 0
        if len(r.group(1)) >= 3 and not (1000 <= other <= 2099 or len(r.group(1)) == 2):
            return False
        if r.group(2) and r.group(2).islower() and r.group(2).endswith("s") and r.group(2) not in _YEAR_NOUN_OK:
            return False
    rb = _RANGE_BEFORE.search(t[max(0, start - 15):start])
    if rb:
        other = int(rb.group(1).replace(",", "")) if rb.group(1).replace(",", "").isdigit() else 0
        if not 1000 <= other <= 2099:
            return False
    nxt = next_word(t, end)
    if nxt.lower() in _COUNT_NOUNS and prev_word(t, start).lower() not in ("in", "since", "by", "until", "during", "from"):
        return False  # "about 2000 people" (but "in 2000 people voted")
    if nxt in _YEAR_FIGURES and y >= 1800 and prev_word(t, start).lower() not in _QUANTIFIER:
        return True
    if nxt and not led and nxt.islower() and len(nxt) > 3 and nxt.endswith("s") and nxt not in _YEAR_NOUN_OK and \
            not nxt.endswith("ss") and not re.match(r"\s*[,.;:)]", t[end:end + 2]):
        return False
    if y < 1800:
        prev = prev_word(t, start).lower()
        if prev not in ("in", "since", "of", "from", "until", "by", "before", "after", "year", "around", "circa",
                        "c.", "about", "during", "between", "and", "to", "ad", "bc"):
            return False
    return True


@rule("year", rf"\b(?:({POS})[\s-]*)?(?:(fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|full[\s-]year|the\s+year|model\s+year)\s*)?({YEAR4})\b(?!s\b|(?<=0)['’]s\b){OPEN_END}")
def _year(m: re.Match, ctx: Context) -> Found | None:
    y = int(m.group(3))
    if not _year_context_ok(ctx.text, m.start(3), m.end(3), y, bool(m.group(1) or m.group(2))):
        return None
    f = date_found(P.year(y), open_end_mod(m.group(4)) or pos_mod(m.group(1)))
    side = re.search(r"\b(pre|post)-$", ctx.text[max(0, m.start() - 6):m.start()], re.I)
    if side and not m.group(1) and not m.group(2):
        f.start = m.start() - len(side.group(0))  # "post-1959 politics": after 1959
        f.mod = f.mod or ("AFTER" if side.group(1).lower() == "post" else "BEFORE")
    return f


@rule("year_range_end", r"(?<=(?:1[89]|20)\d\d[-–/])(\d\d)\b(?![-–/.:]\d)", priority=1)
def _year_range_end(m: re.Match, ctx: Context) -> Found | None:
    """The second year of a range written short: "the 2022-23 season", "in 2015–18", "2023/24" (the first year
    is tagged by the year rule: a range is two dates, one for each end)."""
    first = int(ctx.text[m.start() - 5:m.start() - 1])
    y = first // 100 * 100 + int(m.group(1))
    if y <= first:
        y += 100  # "1999-00"
    if y - first > 20 or (ctx.text[m.start() - 1] == "/" and y != first + 1):
        return None  # "1994-02", "2023/45": not a range of years
    if not _year_context_ok(ctx.text, m.start() - 5, m.start() - 1, first):
        return None  # the first year is no year ("No. 2015-18")
    return date_found(P.year(y))


_BARE_ORD_BEFORE = {"on", "by", "until", "till", "since", "from", "before", "after", "to", "through", "and"}
_BARE_ORD_AFTER = {"and", "or", "but", "when", "at", "after", "before", "as", "with", "while", "until", "to", "is",
                   "was", "will", "would", "in", "if", "so", "because", "then", "than"}


@rule("bare_ordinal_day", r"\bthe\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?![\w-])", priority=0)
def _bare_ordinal_day(m: re.Match, ctx: Context) -> Found | None:
    """"by the 28th", "on the 4th": a day of the story's month (its last day or month), else of the month of
    writing, the one before or after it as the tense says."""
    t = ctx.text
    if prev_word(t, m.start()).lower() not in _BARE_ORD_BEFORE:
        return None
    nxt = next_word(t, m.end())
    if nxt and nxt[0].isalpha() and (nxt[0].isupper() or nxt.lower() not in _BARE_ORD_AFTER):
        return None  # "on the 5th floor", "by the 10th Armoured", "the 14th of March" (other rules)
    if re.match(r"\s*(?:%|\d)", t[m.end():m.end() + 3]):
        return None
    d = int(re.match(r"\d+", m.group(1)).group(0))
    last = ctx.last[0] if ctx.last is not None and ctx.last[0].gran in ("month", "day", "part_of_day", "hour",
                                                                            "minute") else None
    if last is not None:
        try:
            p = P.day(dt.date(last.day.year, last.day.month, d))
        except ValueError:
            return None
        return Found(TimeType.DATE, p.value, point=p, anchor=TimeAnchor.NARRATIVE, anchor_id=ctx.last[1])
    if ctx.ref is None:
        return Found(TimeType.DATE, f"XXXX-XX-{d:02d}", anchor=TimeAnchor.UNRESOLVED)
    r = ctx.ref
    y, mo = r.year, r.month
    tense = ctx.tense(m.start(), m.end())
    if tense == PAST and d > r.day:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    elif tense == FUTURE and d < r.day:
        y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
    elif tense not in (PAST, FUTURE) and d < r.day and (r.day - d) > 15:
        y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)  # "the vote is on the 2nd" written on the 20th: ahead
    try:
        p = P.day(dt.date(y, mo, d))
    except ValueError:
        return None
    return Found(TimeType.DATE, p.value, point=p, anchor=TimeAnchor.REFERENCE)


@rule("fy_short", r"\b(?-i:FY)\s?['’]?(\d\d)\b(?![-–/.:,]\d)", priority=2)
def _fy_short(m: re.Match, ctx: Context) -> Found | None:
    """"FY24", "FY '24": a fiscal year written with two digits (the year it is named after)."""
    dd = int(m.group(1))
    ref_y = ctx.ref.year if ctx.ref else 2000
    y = ref_y // 100 * 100 + dd
    if y > ref_y + 20:
        y -= 100
    return date_found(P.year(y))


@rule("approx_date", rf"\b(around|about|approximately|roughly|circa)\s+(?:({MON})\s+({DAY_NUM})\b(?:(?:\s?,)?\s+({YEAR4})\b)?|({YEAR4})\b(?!['’]?s\b))",
      priority=4)
def _approx_date(m: re.Match, ctx: Context) -> Found | None:
    """"around Nov. 1", "about 1990": the date with mod APPROX."""
    if m.group(2):
        if not m.group(2)[0].isupper():
            return None
        return resolve_month_day(month_number(m.group(2)), int(re.match(r"\d+", m.group(3)).group(0)), m.group(4),
                                 m.start(), m.end(), ctx, mod="APPROX")
    y = int(m.group(5))
    if not _year_context_ok(ctx.text, m.start(5), m.end(5), y):
        return None
    return date_found(P.year(y), "APPROX")


@rule("year_period", rf"\b(the|its|their)\s+({YEAR4})\s+(?:period|quarter|fiscal\s+year|season|financial\s+year|calendar\s+year)\b", priority=1)
def _year_period(m: re.Match, ctx: Context) -> Found | None:
    """"the 1989 season" is the year; "the 1988 period" right after a quarter is that quarter of 1988, as
    earnings reports compare ("third-quarter profit rose from the 1988 period"); "the 1988 quarter" is the
    story's quarter of 1988, else the 1988 quarter of the latest one reported."""
    f = _year_period_found(m, ctx, int(m.group(2)))
    if f is not None and m.group(1).lower() != "the":
        f.start = m.start(2)  # "its 2007 fiscal year": the possessive belongs to the noun phrase
    return f


def _year_period_found(m: re.Match, ctx: Context, y: int) -> Found | None:
    low = m.group(0).lower()
    if low.endswith(" period") and months_span_compared(ctx, m.start()):
        return date_found(P.year(y))  # "For the nine months, ... compared with $4 million in the 1988 period"
    if low.endswith((" period", " quarter")) and ctx.last is not None and ctx.last[0].gran == "quarter":
        q = P.quarter_of(ctx.last[0].day)
        f = ctx.from_narrative(lambda b: P.quarter(y, q), f"{y}-Q{q}")
        # "In the 1988 period, the company earned ...": a comparison looks back; the story stays in its quarter
        f.sets_anchor = y >= ctx.last[0].day.year
        return f
    if low.endswith(" quarter"):
        return ctx.from_reference(lambda r: P.quarter(y, P.quarter_of(P.shift_day(r, -1, "quarter"))), f"{y}-QX")
    return date_found(P.year(y))


@rule("year_words", r"\b(?:the\s+year\s+)?(?:(nineteen|twenty)[\s-]+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))|(?<=the year )two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b")
def _year_words(m: re.Match, ctx: Context) -> Found | None:
    if m.group(1):
        century = 1900 if m.group(1).lower() == "nineteen" else 2000
        rest = re.sub(r"^oh[\s-]+", "", m.group(2).lower())
        n = parse_number(rest)
        if n is None:
            return None
        return date_found(P.year(century + int(n)))
    words = re.sub(r"^the\s+year\s+", "", m.group(0), flags=I)
    n = parse_number(words)
    if n is None:
        return None
    return date_found(P.year(int(n)))


@rule("year_words_the", r"\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?\b")
def _year_two_thousand(m: re.Match, ctx: Context) -> Found | None:
    n = parse_number(re.sub(r"^the\s+year\s+", "", m.group(0), flags=I))
    return None if n is None else date_found(P.year(int(n)))


_YEAR_PREPS = {"in", "since", "by", "until", "till", "before", "after", "through", "during"}
_AFTER_SPOKEN_YEAR = {"and", "or", "but", "when", "as", "to", "the", "a", "an", "he", "she", "it", "they", "we",
                      "i", "you", "there", "this", "that", "with", "after", "before", "until", "than"}


@rule("year_words_thousand", r"\btwo\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|thirteen|fourteen|fifteen))?\b(?![\s-]+(?:hundred|thousand|million))")
def _year_words_thousand(m: re.Match, ctx: Context) -> Found | None:
    """"in two thousand two", "by two thousand and five" (transcripts): a year after a preposition of time, not
    a count ("in two thousand cases": a lower-case word after it other than a clause word)."""
    prev = prev_word(ctx.text, m.start()).lower()
    if prev not in _YEAR_PREPS or (prev == "by" and not m.group(1)):
        return None  # "cut by two thousand" is a count; "by two thousand and five" a year
    nxt = next_word(ctx.text, m.end())
    if nxt[:1].isalpha() and nxt[:1].islower() and nxt.lower() not in _AFTER_SPOKEN_YEAR:
        return None
    n = parse_number(m.group(0))
    return None if n is None else date_found(P.year(int(n)))


_HALF_OF = r"the\s+(?:first|second|last|latter)\s+half\s+of"


@rule("decade", rf"(?:\b|(?<=\s)(?=['’]\d0s\b))(?:the\s+)?(?:({POS}|{_HALF_OF})[\s-]+(?:the\s+)?)?(?:(1\d\d0|20\d0)['’]?s|['’](\d0)s|(?:(nineteen)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
      priority=2)
def _decade(m: re.Match, ctx: Context) -> Found | None:
    mod = pos_mod(m.group(1))
    if m.group(2):
        y = int(m.group(2))
        if y % 100 == 0 and y < 2000:
            return date_found(P.century(y // 100), mod)  # "the 1800s" are the century, TimeML "18"
        return date_found(P.decade(y), mod)
    if m.group(3):
        d = int(m.group(3))
        start = (1900 if d >= 30 else 2000) + d
        return date_found(P.decade(start), mod)
    words = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
             "eighties": 80, "nineties": 90}
    if not m.group(4) and not m.group(0).lower().startswith("the") and \
            not _DECADE_WORD_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "in his sixties" is an age; "the sixties and seventies" names both decades
    # "the nineteen-eighties", "nineteen eighties" (spoken): the decade, with or without the article
    return date_found(P.decade(1900 + words[m.group(5).lower()]), mod)


_DECADE_WORD_BEFORE = re.compile(r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?:twenties|thirties|forties|fifties|sixties|"
                                 r"seventies|eighties|nineties)\s+(?:and|or|to|through|into)\s+$", re.I)


@rule("century", rf"\b(?:the\s+)?(?:({POS}|{_HALF_OF})[\s-]+(?:the\s+)?)?({ORDINAL}|twenty-first|twentieth|nineteenth)[\s-]+century\b(?!['’]s?\s+(?:fox))")
def _century(m: re.Match, ctx: Context) -> Found | None:
    n = parse_ordinal(m.group(2).replace(" ", "-"))
    if n is None:
        n = {"twenty-first": 21, "twentieth": 20, "nineteenth": 19}.get(m.group(2).lower())
    if not n:
        return None
    return date_found(P.century(n - 1), pos_mod(m.group(1)))


_SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9}
_MONTHS_SPAN = re.compile(r"\bthe\s+(?:first\s+)?(three|six|nine)\s+months\b", re.I)


@rule("year_earlier", r"\b(?:(the)\s+(?:comparable\s+|corresponding\s+|same\s+)?)?(year-earlier|year-ago|year\s+earlier|prior-year|previous-year)(?:\s+(period|quarter|months|nine\s+months|six\s+months|level|levels))?\b",
      priority=1)
def _year_earlier(m: re.Match, ctx: Context) -> Found | None:
    noun = re.sub(r"\s+", " ", (m.group(3) or "").lower())
    if m.group(1) and not noun:
        return None
    span = _SPAN_MONTHS.get(noun.split(" ")[0]) if noun.endswith(" months") else None
    if span is None and noun == "period":
        # "For the nine months, net rose ... In the year-earlier period": the same span a year before
        s0 = ctx.sentence_bounds(ctx.sentence_bounds(m.start())[0] - 1)[0] if m.start() else 0
        before = list(_MONTHS_SPAN.finditer(ctx.text, max(s0, m.start() - 300), m.start()))
        if before and not re.search(r"quarter", ctx.text[before[-1].end():m.start()], re.I):
            span = _SPAN_MONTHS[before[-1].group(1).lower()]
    if span is not None and m.group(1):
        return Found(TimeType.DURATION, f"P{span}M", anchor=TimeAnchor.NONE)  # "the year-earlier nine months"
    if noun and noun not in ("period", "quarter"):
        f = Found(TimeType.DATE, "", start=m.start(2), end=m.end(2))
    else:
        f = Found(TimeType.DATE, "")
        if not noun:
            f.end = m.end(2)
    whole_year = not noun and months_span_compared(ctx, m.start())  # "for the nine months ... year-earlier net"
    g = ctx.from_narrative(lambda b: year_before(P.year(b.day.year) if whole_year else b, ctx.ref, noun == "quarter"),
                           "XXXX-QX" if noun == "quarter" else "XXXX", by_quarter=noun == "quarter")
    g.start, g.end, g.sets_anchor = f.start, f.end, False
    return g


def year_before(b: P.Point, ref: dt.date | None, quarter: bool = False) -> P.Point:
    """The period a year before the story's period `b`, as "year-ago" compares: a forecast period (after the
    reference date) gives way to the last one reported; a period that is not the latest one and already
    holds the day a year before the reference ("last year ... the year-ago results") is itself the one.
    A day compares its year, or its quarter when it closes one ("the quarter ended Sept. 30 ... year-ago
    net") or when `quarter` ("the year-ago quarter")."""
    if b.gran not in ("quarter", "year", "month", "half"):
        closes_quarter = b.day.month % 3 == 0 and (b.day + dt.timedelta(days=1)).day == 1
        b = P.point_at("quarter", b.day) if quarter or closes_quarter else P.year(b.day.year)
        if b.gran == "quarter" and ref is not None and b.last_day >= ref:
            # "said Tuesday ... up from 66 cents in the year-ago quarter": a quarter still running has no results
            # yet; the story compares the last one over
            b = P.shift(b, -1, "quarter")
    elif quarter and b.gran != "quarter":
        if b.gran == "month":
            b = P.point_at("quarter", b.day)
        elif ref is not None:
            b = P.shift(P.point_at("quarter", ref), -1, "quarter")
    if ref is not None:
        if b.day > ref:
            b = P.year(ref.year) if b.gran == "year" else P.shift(P.point_at(b.gran, ref), -1, b.gran)
        else:
            year_ago = P.shift_day(ref, -1, "year")
            if b.last_day < ref - dt.timedelta(days=100) and b.day <= year_ago <= b.last_day:
                return b
    return P.shift(b, -1, "year")


@rule("period_year_ago", r"\b(?:the\s+(?:(?:same|corresponding|comparable)\s+)?(quarter|period|month)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year)|last\s+year['’]s\s+(?:(?:same|corresponding|comparable)\s+)?(quarter|period))\b",
      priority=2)
def _period_year_ago(m: re.Match, ctx: Context) -> Found | None:
    """"the quarter a year ago", "the corresponding period last year", "last year's quarter": the story's period,
    one year back."""
    unit = (m.group(1) or m.group(2)).lower()
    grans = ("quarter", "month", "half") if unit == "period" else (unit,)

    def build(b: P.Point) -> P.Point:
        if b.gran not in grans:
            b = P.point_at(unit, b.day) if unit != "period" else P.year(b.day.year)
        return P.shift(b, -1, "year")
    g = ctx.from_narrative(build, "XXXX", by_quarter=unit == "quarter")
    g.sets_anchor = False
    return g


# a bare "the first/second half" is a half-year only in a sentence about business or the economy, never in one
# about a game ("scored in the second half")
_BUSINESS_WORDS = re.compile(r"\b(?:earnings|profits?|sales|revenues?|results|growth|economy|economic|demand|output|"
                             r"inflation|margins?|deliveries|shipments|guidance|outlook|orders|spending|investment|"
                             r"bookings|production|GDP|recovery|recover|rebound)\b", re.I)
_GAME_WORDS = re.compile(r"\b(?:match|game|goals?|scored?|scoring|penalty|league|cup|minutes?|half-?time|interval|"
                         r"innings|touchdowns?|quarterback|striker|referee|kick|film|movie|book|novel|season)\b", re.I)


@rule("half_bare", r"\bthe\s+(first|second)\s+half\b(?!\s+of\b|[\s-]+(?:century|decade|hour|mile|marathon))",
      priority=1)
def _half_bare(m: re.Match, ctx: Context) -> Found | None:
    """"Analysts expect earnings to recover in the second half": a forecast half-year of the story's year."""
    s, e = ctx.clause_window(m.start(), m.end())
    sentence = ctx.text[s:e]
    if not _BUSINESS_WORDS.search(sentence) or _GAME_WORDS.search(sentence):
        return None
    if not told_as_forecast(ctx, m.start(), m.end()):
        # a half reported on ("posted a jump in profit for the first half") is left alone: the one such case in
        # TBAQ is untagged, and the report's own date usually names the period
        return None
    h = 1 if m.group(1).lower() == "first" else 2
    # a forecast: this year's half, the next year's when it is over
    return ctx.from_reference(lambda r: P.half(r.year + (1 if h < (1 if r.month <= 6 else 2) else 0), h),
                              f"XXXX-H{h}")


@rule("half_adj", rf"\b(?:(this|last|next)\s+year['’]s\s+(first|second)[\s-]half|(first|second)-half(?:\s+(?:of\s+)?({YEAR4}))?)\b",
      priority=1)
def _half_adj(m: re.Match, ctx: Context) -> Found | None:
    """"first-half profit", "second-half 2009": a half-year used as a modifier, like "third-quarter"; "next
    year's first half"."""
    if m.group(1):
        off = {"this": 0, "last": -1, "next": 1}[m.group(1).lower()]
        h = 1 if m.group(2).lower() == "first" else 2
        return ctx.from_reference(lambda r: P.half(r.year + off, h), f"XXXX-H{h}")
    h = 1 if m.group(3).lower() == "first" else 2
    if m.group(4):
        return date_found(P.half(int(m.group(4)), h))
    tense = ctx.tense(m.start(), m.end())

    def build(r: dt.date) -> P.Point:
        cur = 1 if r.month <= 6 else 2
        return P.half(r.year - 1 if h > cur and tense != FUTURE else r.year, h)  # reported after it ends
    return ctx.from_reference(build, f"XXXX-H{h}")


@rule("nth_day", r"\b(?:(the)\s+|(?:his|her|its|their|our)\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)\s+day(?=\s+(?:of|in)\s+(?!(?:the\s+|this\s+|next\s+|last\s+)?(?:month|year|week|quarter|[A-Z][a-z]+\s+\d))\W*\w)",
      priority=1)
def _nth_day(m: re.Match, ctx: Context) -> Found | None:
    """"It's the second day of an offensive", "on his first day in office": a day counted within an event. Right
    after "is" ("today is the eighth day of ...") it is today; otherwise its date is not given."""
    f: Found
    if re.search(r"(?:\bis|['’]s)\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I):
        f = ctx.from_reference(lambda r: P.day(r), "XXXX-XX-XX")
    else:
        f = Found(TimeType.DATE, "XXXX-XX-XX", anchor=TimeAnchor.UNRESOLVED)
    f.sets_anchor = False
    if not m.group(1):
        f.start = m.start(2)  # "his first day": the possessive belongs to the noun phrase, not the time
    return f


@rule("new_year", r"\bthe\s+new\s+year\b(?!['’]s|\s+(?:holiday|celebrations?|festivities|party|parties|message|address|speech|honou?rs|resolutions?|eve|day)\b)",
      priority=1)
def _new_year(m: re.Match, ctx: Context) -> Found | None:
    """"talks will resume in the new year": the coming year (in the second half of a year), else this one."""
    if prev_word(ctx.text, m.start()).lower() not in ("in", "into", "until", "till", "by", "after", "early", "since"):
        return None
    return ctx.from_reference(lambda r: P.year(r.year + (1 if r.month >= 7 else 0)), "XXXX")


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th weekday `wd` (ISO) of a month; n = -1 for the last one."""
    if n > 0:
        return weekday_from(dt.date(y, month, 1), wd) + dt.timedelta(days=7 * (n - 1))
    last = P.point_at("month", dt.date(y, month, 1)).last_day
    return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)


def _easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * mm + 90) // 25
    return dt.date(y, month, (h + l_ - 7 * mm + 33 * month + 19) % 32)


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas day": lambda y: dt.date(y, 12, 25), "christmas": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's day": lambda y: dt.date(y, 1, 1), "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's": lambda y: dt.date(y, 1, 1),  # "the New Year's holiday" (not "a New Year's resolution")
    "independence day": lambda y: dt.date(y, 7, 4), "fourth of july": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14), "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4), "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "easter sunday": _easter, "easter": _easter, "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1), "anzac day": lambda y: dt.date(y, 4, 25),
    "armistice day": lambda y: dt.date(y, 11, 11), "remembrance day": lambda y: dt.date(y, 11, 11),
    "bastille day": lambda y: dt.date(y, 7, 14), "may day": lambda y: dt.date(y, 5, 1),
    # other public holidays of the US, Canada, Australia, Ireland and Britain that news dates things by
    # ("markets are closed on Monday for Columbus Day")
    "martin luther king day": lambda y: _nth_weekday(y, 1, 1, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 1, 3),
    "martin luther king jr. holiday": lambda y: _nth_weekday(y, 1, 1, 3),
    "martin luther king holiday": lambda y: _nth_weekday(y, 1, 1, 3), "mlk day": lambda y: _nth_weekday(y, 1, 1, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 1, 3), "presidents day": lambda y: _nth_weekday(y, 2, 1, 3),
    "president's day": lambda y: _nth_weekday(y, 2, 1, 3), "columbus day": lambda y: _nth_weekday(y, 10, 1, 2),
    "veterans day": lambda y: dt.date(y, 11, 11), "veterans' day": lambda y: dt.date(y, 11, 11),
    "juneteenth": lambda y: dt.date(y, 6, 19), "canada day": lambda y: dt.date(y, 7, 1),
    "australia day": lambda y: dt.date(y, 1, 26), "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "st patrick's day": lambda y: dt.date(y, 3, 17), "saint patrick's day": lambda y: dt.date(y, 3, 17),
    "guy fawkes night": lambda y: dt.date(y, 11, 5), "bonfire night": lambda y: dt.date(y, 11, 5),
    # the shopping days after US Thanksgiving
    "black friday": lambda y: _nth_weekday(y, 11, 4, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 4, 4) + dt.timedelta(days=4),
    # lunar and lunisolar calendars (tabulated in lunar.py)
    "lunar new year": lunar.lunar_new_year, "chinese new year": lunar.lunar_new_year,
    "spring festival": lunar.lunar_new_year,  # the Chinese name (Xinhua) of the Lunar New Year
    "ramadan": lunar.ramadan_start, "diwali": lunar.diwali, "deepavali": lunar.diwali,
    **{f"eid{sep}{art}{sep2}{name}": fn for name, fn in (("fitr", lunar.eid_al_fitr), ("adha", lunar.eid_al_adha))
       for sep in (" ", "-") for art in ("al", "ul", "el") for sep2 in (" ", "-")},
}
# holidays that last a month: their value is the calendar month holding most of their days
_MONTH_LONG = {"ramadan": (lunar.ramadan_month, lambda y: lunar.ramadan_days(y)[1])}


_HOLIDAY_RE = alternation(_HOLIDAYS).replace("'", "['’]")
# nouns a holiday names a kind of thing with, not a day ("a Christmas tree"), and names it heads ("the Good Friday
# Agreement", "Easter Island")
_HOLIDAY_THINGS = {"tree", "trees", "card", "cards", "carol", "carols", "present", "presents", "gift", "gifts", "egg",
                   "eggs", "bunny", "lights", "decorations", "ornaments", "pudding", "cake", "stocking", "stockings",
                   "island", "islands", "agreement", "accord", "accords", "rising", "uprising", "offensive",
                   "resolution", "resolutions", "honours", "honors", "message", "address", "speech", "gala"}


@rule("holiday", rf"\b(?:(last|next|this)\s+)?({_HOLIDAY_RE})\b(?:(?:\s?,)?\s+({YEAR4}))?", priority=2)
def _holiday(m: re.Match, ctx: Context) -> Found | None:
    if not m.group(2)[0].isupper():
        return None
    key = re.sub(r"\s+", " ", m.group(2).lower()).replace("’", "'")
    fn = _HOLIDAYS[key]
    if m.group(3):
        try:
            y = int(m.group(3))
            if key in _MONTH_LONG:  # "Ramadan 2024": the month holding most of it
                first = _MONTH_LONG[key][0](y)
                return date_found(P.month(first.year, first.month))
            return date_found(P.day(fn(y)))
        except (ValueError, P.OutOfCalendar):
            return None
    nxt = next_word(ctx.text, m.end())
    if nxt.lower() in _HOLIDAY_THINGS:
        return None  # "a Christmas tree", "the Easter egg hunt", "the Good Friday Agreement", "Easter Island"
    every = None if m.group(1) else re.search(r"\b(every|each)\s+$", ctx.text[max(0, m.start() - 7):m.start()], re.I)
    if every and fn(2001).strftime("%m-%d") == fn(2002).strftime("%m-%d"):
        # "every Christmas", "each Fourth of July": the day of a fixed-date holiday in every year
        return Found(TimeType.SET, f"XXXX-{fn(2001):%m-%d}", quant=every.group(1).upper(), anchor=TimeAnchor.NONE,
                     start=m.start() - len(every.group(0)))
    lead = (m.group(1) or "").lower()
    tense = ctx.tense(m.start(), m.end())
    told_future = tense == FUTURE and ctx.told_future(m.start(), m.end())
    week = re.match(r"\s+week\b", ctx.text[m.end():m.end() + 6], re.I)
    weekend = None if week else re.match(r"\s+(?:holiday\s+)?weekend\b(?!['’])", ctx.text[m.end():m.end() + 20], re.I)

    long = _MONTH_LONG.get(key)
    after_it = re.search(r"\b(?:after|since|following)\s+(?:the\s+)?$", ctx.text[max(0, m.start() - 16):m.start()],
                         re.I) is not None
    ahead_of = re.search(r"\b(?:ahead\s+of|run-up\s+to|lead-up\s+to|build-up\s+to)\s+(?:the\s+)?$",
                         ctx.text[max(0, m.start() - 30):m.start()], re.I) is not None

    def point(d: dt.date) -> P.Point:
        if long is None:
            return P.day(d)
        first = long[0](d.year)
        return P.month(first.year, first.month)  # "during Ramadan" = the month holding most of it

    def build(r: dt.date) -> P.Point:
        this = fn(r.year)
        # "as Easter week began" on its Monday: a holiday's week has begun once its first day is past
        started = this <= r or (week is not None and P.week_of(this).day <= r)
        if not lead and ahead_of:  # "rose ahead of Eid": the next one when it is near (within 60 days)
            nxt_one = this if this >= r else fn(r.year + 1)
            if (nxt_one - r).days <= 60:
                return point(nxt_one)
        if not lead and long is None and after_it:  # "reopen tomorrow after the New Year's holiday"
            near = [d for d in (fn(r.year - 1), this) if 0 <= (r - d).days <= 7]
            if near:
                return point(near[-1])  # the one just past, whatever the tense
        if lead == "last" or (not lead and tense == PAST):
            return point(this if started else fn(r.year - 1))
        if lead == "next" or (not lead and tense == FUTURE):
            ongoing = long is not None and this <= r <= long[1](r.year)
            ahead = this if this >= r or ongoing else fn(r.year + 1)
            if not lead and long is None and not told_future and (ahead - r).days > 180 and \
                    _PAST_VERB_ON_HOLIDAY.search(ctx.text, max(0, m.start() - 40), m.start()):
                just_past = [d for d in (this, fn(r.year - 1)) if 0 < (r - d).days <= 60]
                if just_past:
                    # "ballots postmarked by Election Day will be counted", two days after it: the participle
                    # on the holiday tells its time, as "shares issued July 1, which will ..." for a month-day
                    return point(just_past[0])
            return point(ahead)
        if long is None:
            # no tense: this year's, unless it is far and the neighbouring year's is near ("the bank holiday falls
            # on New Year's Day" written on 20 December), as for a month-day
            other = fn(r.year + 1) if this < r else fn(r.year - 1)
            if abs((this - r).days) > 180 and abs((other - r).days) <= 60:
                return point(other)
        return point(this)
    f = ctx.from_reference(build, "XXXX-XX-XX")
    if weekend:  # "over the Easter weekend", "the Labor Day weekend": the weekend that holds or meets the day
        f.end = m.end() + weekend.end()
        the = re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 5):m.start()], re.I)
        if the and not m.group(1):
            f.start = m.start() - len(the.group(0))
        if f.point is not None and f.point.gran == "day":
            d = f.point.day
            if d.weekday() <= 1:  # a Monday (or Tuesday) holiday closes the weekend before it
                d -= dt.timedelta(days=d.weekday() + 1)
            f.point = P.week_of(d, weekend=True)
            f.value = f.point.value
        else:
            f.value = "XXXX-WXX-WE"
        return f
    if week:  # "as Easter week began": the week of the holiday
        f.end = m.end() + week.end()
        if f.point is not None:
            f.point = P.week_of(f.point.day)
            f.value = f.point.value
        else:
            f.value = "XXXX-WXX"
    return f


def _story_year(ctx: Context, start: int, end: int) -> bool:
    """Is there a time of the story, a year or finer, in this sentence, or within two sentences before it when
    this one is told in the past? (Not after "since": "since year-end" is the last one passed.)"""
    here = ctx.sentence_index(start)
    if ctx.last is None or ctx.last[0].coarser_than("year") or ctx.last_sentence is None or here is None or \
            since_before(ctx.text, start):
        return False
    return ctx.last_sentence == here or (here - ctx.last_sentence <= 2 and ctx.clause_tense(start, end) == PAST)


@rule("year_end", r"\b(?:(the|this|last|next)\s+)?(year[-\s]end|year['’]s\s+end|end\s+of\s+(?:the\s+)?year)\b", priority=1)
def _year_end(m: re.Match, ctx: Context) -> Found | None:
    lead = (m.group(1) or "").lower()
    if lead == "the":
        return None  # "the year-end audit" names a kind of thing
    off = {"last": -1, "next": 1}.get(lead, 0)
    tense = ctx.tense(m.start(), m.end())
    if not lead and _story_year(ctx, m.start(), m.end()):
        # "The bank failed in May 2008. By year's end, its parent had been sold": the story's year, as "by the
        # end of the year" after it
        return ctx.from_narrative(lambda b: P.year(b.day.year), "XXXX", mod="END")
    if not lead and tense != FUTURE:
        off = None  # "since year-end": the last one that has passed
    return ctx.from_reference(lambda r: P.year(r.year + (off if off is not None else (0 if r.month == 12 else -1))),
                              "XXXX", mod="END")


@rule("whole_year", rf"\b(?:({POS})\s+)?the\s+(?:(current|latest|previous|last|next|coming|full|fiscal|calendar)\s+)?(?:(fiscal|calendar|full|financial)\s+)year\b(?!\s+(?:ended|ending|ends|to|through|of|19|20))",
      priority=0)
def _whole_year(m: re.Match, ctx: Context) -> Found | None:
    mod = pos_mod(m.group(1))  # "the beginning of the financial year": START
    lead = (m.group(2) or "").lower()
    off = {"previous": -1, "last": -1, "next": 1, "coming": 1}.get(lead, 0)
    # the story's year, unless it is a later one ("a target for 1992 ... for the full year" is this year);
    # "the latest fiscal year" is one that is over: the story's if it is, else last year
    story = ctx.last is not None and ctx.last[0].gran == "year" and (ctx.ref is None or ctx.last[0].day.year <= ctx.ref.year)
    if lead == "latest":
        if story and (ctx.ref is None or ctx.last[0].day.year < ctx.ref.year):
            return ctx.from_narrative(lambda b: P.year(b.day.year), "XXXX", mod=mod)
        off = -1
    elif not lead and story:
        return ctx.from_narrative(lambda b: P.year(b.day.year), "XXXX", mod=mod)
    return ctx.from_reference(lambda r: P.year(r.year + off), "XXXX", mod=mod)
