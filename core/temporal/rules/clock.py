"""Clock times: "3 p.m.", "10:35", "0600 GMT", "noon", "midnight", with an optional day after them."""

from __future__ import annotations

import datetime as dt
import re

from ...model import TimeAnchor, TimeType
from .. import points as P
from ..context import Context, Found
from ..tense import PAST
from .base import DAY_NUM, I, MON, TZ, WD_FULL, YEAR4, month_number, prev_word, weekday_number, weekday_date, rule
from .dates import resolve_month_day


# the day words after a clock time, with a part of the day: "3 o'clock this afternoon", "9 a.m. yesterday morning"
_REL_DAY = (r"(?:today|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|tonight|"
            r"this\s+(?:morning|afternoon|evening)|last\s+night")
_LATE_PART = re.compile(r"\b(?:tonight|afternoon|evening|night)\b", I)
# the part of the day said just before "at" and the o'clock hour: "will speak tonight at nine o'clock"
_LATE_PART_BEFORE = re.compile(r"\b(?:tonight|this\s+(?:afternoon|evening)|(?:[A-Z][a-z]+day\s+)?(?:afternoon|evening|"
                               r"night))\s+at\s+$")


def _late_before(text: str, start: int, hour: int) -> bool:
    """An afternoon or evening said before "at" and an o'clock hour; a night only from 5 o'clock ("last night at
    two o'clock" is the small hours)."""
    b = _LATE_PART_BEFORE.search(text, max(0, start - 40), start)
    return b is not None and (hour >= 5 or "night" not in b.group(0).lower())
_DAY_PHRASE = re.compile(
    rf"(?:on\s+)?(?:({_REL_DAY})|(?:(?:last|next|this)\s+)?({WD_FULL})(?!(?:\s?,)?\s+{DAY_NUM}\s+{MON})(?:(?:\s?,)?\s+({MON})\s+({DAY_NUM}))?|"
    rf"({MON})\s+({DAY_NUM})(?:(?:\s?,)?\s+({YEAR4}))?|"
    rf"({WD_FULL})(?:\s?,)?\s+({DAY_NUM})\s+({MON}))\b", I)
# "at 11pm on 1 September": the day-month after a clock time is its day (the two stay separate expressions)
# and so is a month-day in US order ("at 4:31 a.m. on Jan. 17, 1994"): "on" stays out of both extents
_DAY_MONTH_AFTER = re.compile(rf"\s+on\s+(?:({DAY_NUM})\s+({MON})(?:\s+({YEAR4}))?|({MON})\s+({DAY_NUM})"
                              rf"(?:\s?,\s*({YEAR4}))?)\b", I)


# what may stand between a clock time and the day it is on: the same time in another zone in brackets, the
# bracket closing around this one, or the other end of a range ("and 5 a.m."); then "on" and a weekday or date
_BRIDGE_TO_DAY = re.compile(rf"\s*(?:\([^()]{{1,25}}\)|\)|(?:and|to|until|till|-|–)\s*\d{{1,2}}(?:[:.][0-5]\d)?\s*"
                            rf"(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b){TZ}?)(?:\s?,)?\s+(?=on\s|{WD_FULL}\b)", I)


def _day_of_phrase(ctx: Context, pm: re.Match, start: int, end: int) -> tuple[P.Point | None, TimeAnchor]:
    """The day a phrase after a clock time names ("Wednesday", "Nov. 6", "yesterday")."""
    if pm.group(1):
        off = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1,
               "tomorrow": 1}[pm.group(1).lower().split()[0]]
        if ctx.ref is None:
            return None, TimeAnchor.UNRESOLVED
        return P.day(ctx.ref + dt.timedelta(days=off)), TimeAnchor.REFERENCE
    mon, dnum, yr = (pm.group(3), pm.group(4), None) if pm.group(3) else (pm.group(5), pm.group(6), pm.group(7))
    if pm.group(8):  # "on Friday 20 June" (British order)
        mon, dnum, yr = pm.group(10), pm.group(9), None
    if mon:
        f = resolve_month_day(month_number(mon), int(re.match(r"\d+", dnum).group(0)), yr, start, end, ctx)
        if f is None or f.point is None:
            return None, TimeAnchor.UNRESOLVED
        return f.point, f.anchor
    if pm.group(2):
        if ctx.ref is None:
            return None, TimeAnchor.UNRESOLVED
        tense = ctx.tense(start, end)
        return P.day(weekday_date(weekday_number(pm.group(2)), ctx.ref, tense)), TimeAnchor.REFERENCE
    return None, TimeAnchor.UNRESOLVED


def _clock_found(ctx: Context, m: re.Match, hour: int, minute: int | None, tail: str | None, tail_start: int,
                 mod: str | None) -> Found:
    after = _DAY_MONTH_AFTER.match(ctx.text, m.end()) if not tail else None
    if tail:
        pm = _DAY_PHRASE.match(tail)
        day, anchor = _day_of_phrase(ctx, pm, m.start(), m.end())
        if day is not None and hour < 6 and re.match(r"last\s+night", tail, I):
            day = P.day(day.day + dt.timedelta(days=1))  # "2 a.m. last night": the small hours of today
    elif (bridge := _BRIDGE_TO_DAY.match(ctx.text, m.end())) and \
            (pm := _DAY_PHRASE.match(ctx.text, bridge.end())) and (pm.group(2) or pm.group(3) or pm.group(5)):
        # "at 11.20am local time (0920 GMT) on Tuesday", "between 2 a.m. and 5 a.m. on Sunday": the day after
        # the time given in another zone, or after the range's other end, is this time's day too
        day, anchor = _day_of_phrase(ctx, pm, m.start(), m.end())
    elif after and (f := resolve_month_day(month_number(after.group(2) or after.group(4)),
                                            int(re.match(r"\d+", after.group(1) or after.group(5)).group(0)),
                                            after.group(3) or after.group(6), after.start(1 if after.group(1) else 4),
                                            after.end(), ctx)) and f.point is not None:
        day, anchor = P.day(f.point.day), f.anchor
    else:
        day, anchor = None, TimeAnchor.UNRESOLVED
        # the day of the previous time in the same sentence, else the reference date
        if ctx.last is not None and ctx.last[0].gran in ("day", "part_of_day", "hour", "minute"):
            day, anchor = P.day(ctx.last[0].day), TimeAnchor.NARRATIVE
        elif ctx.last_day is not None and ctx.ref is not None and ctx.last_day[0].day < ctx.ref and \
                ctx.clause_tense(m.start(), m.end()) == PAST:
            # "was shot at 10 p.m." told in the past, the day of the event given further back ("on Oct. 23 ...
            # in 1994 ... at 10 p.m."): the story's last past day, not the day of writing
            day, anchor = P.day(ctx.last_day[0].day), TimeAnchor.NARRATIVE
        elif ctx.ref is not None:
            day, anchor = P.day(ctx.ref), TimeAnchor.REFERENCE
    hh = f"{hour:02d}" + (f":{minute:02d}" if minute is not None else ":00")
    if day is None:
        return Found(TimeType.TIME, f"XXXX-XX-XXT{hh}", mod=mod, anchor=TimeAnchor.UNRESOLVED)
    p = P.time_of(day.day, hour, minute if minute is not None else 0)
    f = Found(TimeType.TIME, p.value, mod=mod, point=p, anchor=anchor)
    if anchor == TimeAnchor.NARRATIVE and ctx.last:
        f.anchor_id = ctx.last[1] if ctx.last[0].day == day.day or ctx.last_day is None else ctx.last_day[1]
    return f


_DAY_TAIL = rf"(?:(?:\s?,)?\s+(?!on\s+{MON}\s+{DAY_NUM})((?:on\s+)?(?:{_REL_DAY}|(?:(?:last|next|this)\s+)?{WD_FULL}(?!(?:\s?,)?\s+{DAY_NUM}\s+{MON})(?:(?:\s?,)?\s+{MON}\s+{DAY_NUM})?|{MON}\s+{DAY_NUM}(?:(?:\s?,)?\s+{YEAR4})?|{WD_FULL}(?:\s?,)?\s+{DAY_NUM}\s+{MON})\b))?"


@rule("clock", rf"\b(?:(about|around|approximately|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(\d{{1,2}})(?:[:.]([0-5]\d))?\s*(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|o['’]clock\b|hrs\b|hours\b(?=\s+(?:GMT|local)))({TZ})?{_DAY_TAIL}",
      priority=3)
def _clock(m: re.Match, ctx: Context) -> Found | None:
    hour = int(m.group(2))
    minute = int(m.group(3)) if m.group(3) else None
    ampm = m.group(4).lower().replace(" ", "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    elif ampm.startswith("o") and 1 <= hour < 12 and (_LATE_PART.search(m.group(6) or "") or
                                                       _late_before(ctx.text, m.start(), hour)):
        hour += 12  # "9 o'clock tonight", "3 o'clock this afternoon", "tonight at nine o'clock"
    if hour > 23 or (ampm[0] in "ap" and int(m.group(2)) > 12):
        return None
    mod = "APPROX" if m.group(1) and m.group(1).lower() in ("about", "around", "approximately", "at about") else None
    f = _clock_found(ctx, m, hour, minute, m.group(6), m.start(6) if m.group(6) else 0, mod)
    if m.group(1) and not mod:
        f.start = m.start(2)
    if m.group(1) and m.group(1).lower().startswith("at "):
        f.start = m.start(1) + 3
    return f


@rule("clock_range_start", rf"\b(\d{{1,2}})(?::([0-5]\d))?(?=\s*(?:and|to|until|till|-|–)\s*\d{{1,2}}(?::[0-5]\d)?\s*(?:([ap])\.\s?m\.?|([ap])m\b)(?:\s*{TZ})?{_DAY_TAIL})",
      priority=1)
def _clock_range_start(m: re.Match, ctx: Context) -> Found | None:
    """The first time of a range whose second carries a.m./p.m.: "between 2 and 4 p.m." tags "2" too."""
    if prev_word(ctx.text, m.start()).lower() not in ("between", "from"):
        return None
    hour = int(m.group(1))
    if not 1 <= hour <= 12:
        return None
    if (m.group(3) or m.group(4)).lower() == "p" and hour < 12:
        hour += 12
    # "from 9 to 11 a.m. on Monday": the day after the range is the day of both ends
    tail = m.group(5)
    f = _clock_found(ctx, m, hour, int(m.group(2)) if m.group(2) else None, tail, m.start(5) if tail else 0, None)
    f.end = m.end(1) if not m.group(2) else m.end(2)
    return f


_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12}


@rule("clock_part_of_day", rf"\b(\d{{1,2}}|{'|'.join(_HOUR_WORDS)})(?:[:.]([0-5]\d))?\s+(?:o['’]clock\s+)?in\s+the\s+"
      rf"(morning|afternoon|evening|night)\b{_DAY_TAIL}", priority=3)
def _clock_part_of_day(m: re.Match, ctx: Context) -> Found | None:
    """"4 in the morning", "three in the afternoon", "10:30 in the evening Tuesday": a clock time."""
    word = m.group(1).lower()
    hour = int(word) if word.isdigit() else _HOUR_WORDS[word]
    if not 1 <= hour <= 12:
        return None
    part = m.group(3).lower()
    if part in ("morning", "night") and hour == 12:
        hour = 0  # "twelve in the night" is midnight
    elif part in ("afternoon", "evening") or (part == "night" and hour >= 6):
        hour = hour if hour == 12 else hour + 12
    minute = int(m.group(2)) if m.group(2) else None
    return _clock_found(ctx, m, hour, minute, m.group(4), m.start(4) if m.group(4) else 0, None)


@rule("clock24", rf"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])({TZ})?{_DAY_TAIL}", priority=2)
def _clock24(m: re.Match, ctx: Context) -> Found | None:
    prev = ctx.text[max(0, m.start() - 12):m.start()].lower()
    if not m.group(3) and not m.group(4) and not re.search(r"\b(?:at|by|until|from|before|after|around|about)\s+$", prev):
        return None
    return _clock_found(ctx, m, int(m.group(1)), int(m.group(2)), m.group(4), m.start(4) if m.group(4) else 0, None)


@rule("noon", rf"\b(noon|midday|midnight)\b{_DAY_TAIL}", priority=2)
def _noon(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(1).lower()
    if prev_word(ctx.text, m.start()).lower() == "high":
        return None  # "High Noon", "high noon": a film, an idiom
    if word == "midnight":
        f = _clock_found(ctx, m, 0, 0, m.group(2), m.start(2) if m.group(2) else 0, None)
        if f.point is not None:
            f.value = f.point.day.isoformat() + "T24:00"
        return f
    return _clock_found(ctx, m, 12, 0, m.group(2), m.start(2) if m.group(2) else 0, None)


@rule("military_time", rf"\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs\b|hours\b)?\s*(?:(GMT|UTC|local\s+time|[A-Z]{{3}}|(?<=hrs)|(?<=hours))\b){_DAY_TAIL}",
      priority=3)
def _military_time(m: re.Match, ctx: Context) -> Found | None:
    zone = m.group(3)
    if not zone:
        # "at 1400 hrs" (Indian and military style): a clock time after a preposition of time
        if prev_word(ctx.text, m.start()).lower() not in ("at", "from", "until", "till", "by", "before", "after",
                                                           "around", "about", "to", "and"):
            return None
        return _clock_found(ctx, m, int(m.group(1)), int(m.group(2)), m.group(4), m.start(4) if m.group(4) else 0,
                            None)
    if not (zone.isupper() or zone.lower().startswith("local")):
        return None
    if zone not in ("GMT", "UTC") and not zone.lower().startswith("local") and \
            zone not in ("EST", "EDT", "CST", "CDT", "PST", "PDT", "MST", "BST", "CET", "IST", "AST"):
        return None
    return _clock_found(ctx, m, int(m.group(1)), int(m.group(2)), m.group(4), m.start(4) if m.group(4) else 0, None)


_MINUTE_WORDS = {"oh-five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
                 "fifty": 50}


@rule("spoken_clock", rf"\b({'|'.join(_HOUR_WORDS)})(?:[\s-]({'|'.join(sorted(_MINUTE_WORDS, key=len, reverse=True))}))?"
      rf"\s*(o['’]clock\b|a\.\s?m\.|p\.\s?m\.|pm\b)({TZ})?{_DAY_TAIL}", priority=3)
def _spoken_clock(m: re.Match, ctx: Context) -> Found | None:
    """Clock times of broadcast transcripts, the numbers spoken: "nine o'clock Eastern time tonight", "eight
    thirty p.m.". An o'clock hour said with "tonight" is in the evening."""
    hour = _HOUR_WORDS[m.group(1).lower()]
    minute = _MINUTE_WORDS[m.group(2).lower().replace(" ", "-")] if m.group(2) else None
    ampm = m.group(3).lower().replace(" ", "")
    tail = (m.group(5) or "").lower()
    if ampm.startswith("p") or (ampm.startswith("o") and hour < 12 and
                                (_LATE_PART.search(tail) or _late_before(ctx.text, m.start(), hour))):
        hour = hour % 12 + 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return _clock_found(ctx, m, hour, minute, m.group(5), m.start(5) if m.group(5) else 0, None)


_HOUR = rf"(\d{{1,2}}|{'|'.join(_HOUR_WORDS)})"
_SPOKEN_MIN = rf"({'|'.join(sorted(_MINUTE_WORDS, key=len, reverse=True))}|[0-5]\d)"


def _hour_of(word: str) -> int | None:
    h = int(word) if word.isdigit() else _HOUR_WORDS.get(word.lower())
    return h if h is not None and 1 <= h <= 12 else None


def _late_hour(hour: int, tail: str) -> int:
    """The hour on the 24-hour clock for a part of the day said after it: "three ... this afternoon" = 15."""
    low = tail.lower()
    if re.search(r"afternoon|evening", low) and hour < 12:
        return hour + 12
    if re.search(r"night", low) and 5 <= hour < 12:
        return hour + 12
    return hour


@rule("clock_said_with_day_part", rf"\bat\s+{_HOUR}(?:[\s.:-]{_SPOKEN_MIN})?\s+({_REL_DAY})\b", priority=2)
def _clock_said_with_day_part(m: re.Match, ctx: Context) -> Found | None:
    """"at three-fifteen this morning", "at 9 tonight": an hour said without o'clock or a.m./p.m., told by the
    part of the day after it (only after "at": "three this morning" alone may count things)."""
    hour = _hour_of(m.group(1))
    if hour is None:
        return None
    minute = m.group(2).lower() if m.group(2) else None
    minute = int(minute) if minute and minute.isdigit() else (_MINUTE_WORDS.get(minute) if minute else None)
    hour = _late_hour(hour, m.group(3))
    f = _clock_found(ctx, m, hour, minute, m.group(3), m.start(3), None)
    f.start = m.start(1)
    return f


@rule("day_part_then_clock", rf"\b((?:today|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|tonight|"
      rf"this\s+(?:morning|afternoon|evening)|last\s+night)\s+at\s+{_HOUR}(?:[\s.:-]{_SPOKEN_MIN})?"
      rf"(?![\w%]|[.,:]\d)(?!\s*(?:a\.\s?m|p\.\s?m|am\b|pm\b|o['’]clock|hours|hrs|%|percent|per\b|[a-z]{{2,}}s\b))",
      priority=2)
def _day_part_then_clock(m: re.Match, ctx: Context) -> Found | None:
    """"tonight at nine", "tomorrow night at ten", "this morning at 7.30": the part of the day first, then the
    hour said without o'clock or a.m./p.m. (one TIME, as "at nine tonight")."""
    hour = _hour_of(m.group(2))
    if hour is None:
        return None
    minute = m.group(3).lower() if m.group(3) else None
    minute = int(minute) if minute and minute.isdigit() else (_MINUTE_WORDS.get(minute) if minute else None)
    part = m.group(1)
    hour = _late_hour(hour, part)
    f = _clock_found(ctx, m, hour, minute, part, m.start(1), None)
    return f


@rule("half_hour_british", rf"\bhalf\s+({'|'.join(_HOUR_WORDS)}|1[0-2]|[1-9])\b"
      rf"(?:\s+({_REL_DAY}))?(?![\w-]|\s+(?:of|an?|the|hours?|days?|years?|times?|per|percent|%)\b)", priority=2)
def _half_hour_british(m: re.Match, ctx: Context) -> Found | None:
    """British "at half eleven" = 11:30 (half past), after a preposition of time; a part of the day after it
    moves it to the afternoon or evening."""
    hour = _hour_of(m.group(1))
    if hour is None or prev_word(ctx.text, m.start()).lower() not in ("at", "by", "until", "till", "from"):
        return None
    if m.group(2):
        hour = _late_hour(hour, m.group(2))
    return _clock_found(ctx, m, hour, 30, m.group(2), m.start(2) if m.group(2) else 0, None)


@rule("clock_past_to", rf"\b(a\s+quarter|half|twenty-five|twenty|ten|five)\s+(past|after|to)\s+{_HOUR}"
      rf"(?:\s+o['’]clock)?(?:\s+({_REL_DAY}|on\s+{WD_FULL}(?:\s+(?:morning|afternoon|evening|night))?))?\b",
      priority=2)
def _clock_past_to(m: re.Match, ctx: Context) -> Found | None:
    """"a quarter past three", "half past ten this morning", "ten to six", "half past ten on Saturday night": a
    clock time said in words, with the day (and part of it) after it."""
    hour = _hour_of(m.group(3))
    if hour is None:
        return None
    word = m.group(1).lower()
    n = 15 if word.startswith("a") else 30 if word == "half" else _MINUTE_WORDS.get(word, {"five": 5}.get(word))
    if n is None or (word == "half" and m.group(2).lower() == "to"):
        return None
    if m.group(2).lower() != "past" and not m.group(4) and "clock" not in m.group(0).lower() and \
            prev_word(ctx.text, m.start()).lower() not in ("at", "until", "till", "by", "around", "about", "before") and \
            not re.search(r"\b(?:it\s+is|it\s+was|it['’]s)\s+$", ctx.text[max(0, m.start() - 12):m.start()], I):
        # "It's a quarter to nine" tells the time too
        return None  # "five to ten years", "five after three rounds": counts, not a time
    if m.group(2).lower() == "to":
        hour, minute = (hour - 1) or 12, 60 - n
    else:
        minute = n
    if m.group(4):
        hour = _late_hour(hour, m.group(4))
    return _clock_found(ctx, m, hour, minute, m.group(4), m.start(4) if m.group(4) else 0, None)
