"""Sets (recurring times): "every Friday", "annually", "twice a year", "$27 a month", "on Fridays"."""

from __future__ import annotations

import re

from ...model import TimeAnchor, TimeType
from ..context import Context, Found
from ..lexicon import FULL_WEEKDAYS, MONTHS, PARTS_OF_DAY, SEASONS, UNIT_FORMS, WEEKDAYS, alternation
from ..numbers import NUMBER, NUMBER_WORDS, format_amount, parse_number
from .base import (MON_FULL, POD, SEASON, UNIT, WD_FULL, duration_value, month_number, next_word, prev_word, unit_of,
                   weekday_number, rule)


@rule("weekday_set", rf"\b(?:(every|each|on)\s+)?({alternation(FULL_WEEKDAYS)})s\b(?:\s+({POD}))?", priority=1)
def _weekday_plural(m: re.Match, ctx: Context) -> Found | None:
    if not m.group(2)[0].isupper():
        return None
    wd = weekday_number(m.group(2))
    code = f"T{PARTS_OF_DAY[m.group(3).lower()]}" if m.group(3) else ""
    f = Found(TimeType.SET, f"XXXX-WXX-{wd}{code}", anchor=TimeAnchor.NONE,
              quant="EVERY" if (m.group(1) or "").lower() in ("every", "each") else None)
    if (m.group(1) or "").lower() == "on":
        f.start = m.start(2)
    return f


@rule("weekends_set", r"(?<=\b(?:on|at)\s)(weekends|weekdays)\b(?!['’])", priority=1)
def _weekends(m: re.Match, ctx: Context) -> Found | None:
    """"closed on weekends", "at weekends" (British): every weekend, as "on Sundays" is every Sunday; "open on
    weekdays" every weekday (`WD`, the working days, written like the weekend's `WE`)."""
    return Found(TimeType.SET, "XXXX-WXX-" + ("WE" if m.group(1).lower() == "weekends" else "WD"), anchor=TimeAnchor.NONE)


_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D", "biannually": "P6M", "semiannually": "P6M",
                "semi-annually": "P6M",
                "fortnightly": "P2W", "biweekly": "P2W"}


@rule("set_adverb", r"\b(daily|weekly|monthly|semi-annually|annually|yearly|hourly|nightly|biannually|semiannually|"
                    r"fortnightly|biweekly)\b",
      priority=0)
def _set_adverb(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(1).lower()
    nxt = next_word(ctx.text, m.end()).lower()
    if word in ("daily", "weekly", "monthly") and nxt in ("mail", "telegraph", "news", "star", "express", "beast",
                                                          "record", "standard", "sabah", "times"):
        return None
    before = ctx.text[max(0, m.start() - 24):m.start()]
    if re.search(r"(?:%|\bper\s?cent|\bpercent)\s*$", before, re.I):
        return None  # "sales will rise 8% annually": a compound growth rate, no recurring time
    if re.search(r"\baverage\s+$", before, re.I):
        return None  # "average daily volume": the unit of a measure, as "per day"
    if m.group(1)[0].isupper() and m.start() > 0 and ctx.text[m.start() - 1] not in "\n\"'(“‘ " :
        return None
    if m.group(1)[0].isupper() and prev_word(ctx.text, m.start())[:1].isupper():
        return None  # "Daily Mail", "The Weekly Standard"
    times = re.search(r"\b(once|twice|thrice|three\s+times|four\s+times)\s+$", before, re.I)
    if times:  # "twice yearly", "three times daily": the count is the set's frequency, as in "twice a year"
        k = {"once": 1, "twice": 2, "thrice": 3}.get(times.group(1).lower()) or parse_number(times.group(1).split()[0])
        return Found(TimeType.SET, _ADVERB_SETS[word], quant="EVERY", freq=f"{format_amount(k)}X", anchor=TimeAnchor.NONE,
                     start=m.start() - len(before) + times.start())
    return Found(TimeType.SET, _ADVERB_SETS[word], quant="EVERY", anchor=TimeAnchor.NONE)


@rule("set_every", rf"\b(every|each)\s+(?:(other|half|{NUMBER})(?:\s*(?:to|or|[-–])\s*({NUMBER}))?[\s-]+)?({UNIT}|{WD_FULL}|{MON_FULL}|{SEASON}|weekend|weekday|morning|afternoon|evening|night)\b",
      priority=2)
def _set_every(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(4).lower()
    quant = m.group(1).upper()
    n = 2 if (m.group(2) or "").lower() == "other" else parse_number(m.group(2)) if m.group(2) else 1
    if (m.group(2) or "").lower() == "half":
        # "every half hour", "every half-hour": half the unit, written in the next smaller one
        half = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "minute": "PT30S"}.get(unit_of(word)) \
            if word in UNIT_FORMS and not word.endswith("s") and not m.group(3) else None
        return Found(TimeType.SET, half, quant=quant, anchor=TimeAnchor.NONE) if half else None
    if m.group(3):
        # "every six to eight weeks": a set whose step is a range, vague like "six to eight weeks"
        if word not in UNIT_FORMS or (m.group(2) or "").lower() == "other":
            return None
        n = None
    if word in UNIT_FORMS:
        unit = unit_of(word)
        return Found(TimeType.SET, duration_value(n, unit), quant=quant, anchor=TimeAnchor.NONE)
    if word in WEEKDAYS:
        return Found(TimeType.SET, f"XXXX-WXX-{weekday_number(word)}", quant=quant, anchor=TimeAnchor.NONE)
    if word in MONTHS:
        return Found(TimeType.SET, f"XXXX-{month_number(word):02d}", quant=quant, anchor=TimeAnchor.NONE)
    if word in SEASONS:
        return Found(TimeType.SET, f"XXXX-{SEASONS[word]}", quant=quant, anchor=TimeAnchor.NONE)
    if word in ("weekend", "weekday"):
        # "every weekday": the working days, `WD` beside the weekend's `WE`
        return Found(TimeType.SET, "XXXX-WXX-" + ("WE" if word == "weekend" else "WD"), quant=quant, anchor=TimeAnchor.NONE)
    return Found(TimeType.SET, f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", quant=quant, anchor=TimeAnchor.NONE)


# an amount of a finer unit per unit: "24 hours a day", "seven days a week", "three nights a week", "six months a
# year" (one SET, as the TimeML guidelines' "3 days each week"; the pieces had been a duration and a period)
_FINER = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year")


@rule("set_amount_rate", rf"\b({NUMBER})[\s-]+({UNIT})\s+(?:a|an|per|each|every)\s+(hour|day|night|week|month|year)\b"
      rf"(?!['’-]|\s+(?:ago|earlier|later|before|after|off|long|old)\b)", priority=3)
def _set_amount_rate(m: re.Match, ctx: Context) -> Found | None:
    n = parse_number(m.group(1))
    inner, outer = unit_of(m.group(2)), unit_of(m.group(3))
    if _FINER.index(inner) >= _FINER.index(outer):
        return None  # "two years a month" is no rate
    if re.search(r"[$£€]\s*$", ctx.text[max(0, m.start() - 2):m.start()]):
        return None
    freq = re.sub(r"^PT?", "", duration_value(n, inner))
    return Found(TimeType.SET, duration_value(1, outer), freq=freq, anchor=TimeAnchor.NONE)


# a count of things before "a day": "20 cigarettes a day", "hundreds of interviews a day", "two trips a week"; not
# a period given to them ("it took the 10 workers a week": a verb of taking or giving before the count)
_COUNTED = re.compile(rf"(?:\b(?:\d[\d,.]*|{NUMBER_WORDS}|dozens|hundreds|thousands|millions|several|many)\s+"
                      r"(?:of\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+[^s\W]s)\s+$", re.I)
_GIVEN = re.compile(r"\b(?:take|takes|took|taken|taking|give|gives|gave|given|giving|allow\w*|grant\w*|offer\w*|need\w*|"
                    r"spen[dt]\w*|cost\w*)\s+(?:the|his|her|their|its|our|my|your|these|those)\s+$", re.I)


@rule("set_rate", rf"\b(?:(once|twice|thrice|{NUMBER}\s+times)\s+)?(?:(a|an|per)\s+)({UNIT})\b", priority=2)
def _set_rate(m: re.Match, ctx: Context) -> Found | None:
    unit = unit_of(m.group(3))
    if m.group(3).lower().endswith("s") and unit not in ("year",):
        if m.group(3).lower() != unit:
            return None
    freq = None
    if m.group(1):
        w = m.group(1).lower()
        k = {"once": 1, "twice": 2, "thrice": 3}.get(w)
        if k is None:
            k = parse_number(re.sub(r"\s+times$", "", w))
        freq = f"{format_amount(k)}X"
    else:
        if unit in ("second", "minute", "hour"):
            return None  # "15 million instructions per second", "60 miles an hour", "$10 an hour": a unit of measure
        before = ctx.text[max(0, m.start() - 25):m.start()]
        if m.group(2).lower() != "per" and not re.search(r"(?:\d|[$£€]|\d\s*(?:million|billion|bn|m|k|percent|%)|per\s*cent|dollars|pounds|euros|cents|shares|barrels|tons|tonnes|people|visitors|units|cars)\s*$", before) \
                and not _counted_rate(ctx, m):
            return None
    f = Found(TimeType.SET, duration_value(1, unit), freq=freq, quant=None, anchor=TimeAnchor.NONE)
    if not m.group(1):
        f.start = m.start(2)
    return f


def _counted_rate(ctx: Context, m: re.Match) -> bool:
    """Is "a day" at `m` the rate of a count of things ("two pills a day", "hundreds of interviews a day")? The
    period of a verb of taking or giving ("took the two men a day") and "a day off", "a week ago" are not."""
    t = ctx.text
    counted = _COUNTED.search(t, max(0, m.start() - 60), m.start())
    if not counted or re.match(r"\s+(?:off|ago|earlier|later|before|after|or|and|long|old)\b|['’-]", t[m.end():m.end() + 9]):
        return False
    if counted.group(0).split()[-1].lower() in UNIT_FORMS:
        return False  # "three hours a day" is one SET (set_amount_rate) or a vague amount's pieces
    if re.match(r"\s+to\s+[a-z]+", t[m.end():m.end() + 20]) and not re.match(r"\s+to\s+(?:\d|\w+\s+a\b)", t[m.end():]):
        return False  # "took two men a week to build it": the time the job took
    return not _GIVEN.search(t, max(0, counted.start() - 30), counted.start())


@rule("weekday_nights", rf"\b({WD_FULL})s?\s+(mornings|afternoons|evenings|nights)\b", priority=2)
def _weekday_nights(m: re.Match, ctx: Context) -> Found | None:
    """"Tuesday nights": every Tuesday night."""
    if not m.group(1)[0].isupper():
        return None
    code = PARTS_OF_DAY[m.group(2).lower()[:-1]]
    return Found(TimeType.SET, f"XXXX-WXX-{weekday_number(m.group(1))}T{code}", anchor=TimeAnchor.NONE)
