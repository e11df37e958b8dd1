"""Closed word lists the temporal tagger is built from: month and weekday names, number words, time units,
seasons, parts of the day, and TimeML modifiers. Each list also gives its regex alternation (longest first)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
FULL_MONTHS = {k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july")}

WEEKDAYS: dict[str, int] = {  # ISO: Monday = 1
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "weds": 3, "thursday": 4,
    "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}
FULL_WEEKDAYS = {k for k in WEEKDAYS if k.endswith("day")}

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "a couple of", "couple of", "a number of", "dozens of",
                 "hundreds of", "thousands of", "numerous", "countless", "a couple")

# time unit -> (TimeML duration letter, whether it goes after "T", granularity name)
TIME_UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
    "millennium": ("L", False, "millennium"),
}
UNIT_FORMS: dict[str, str] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hrs": "hour", "day": "day", "days": "day", "night": "night",
    "nights": "night", "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter", "year": "year",
    "years": "year", "yrs": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "millennium": "millennium", "millennia": "millennium", "millenniums": "millennium",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "dawn": "MO",
    "daybreak": "MO", "dusk": "EV", "nightfall": "EV", "lunchtime": "MI", "midday": "MI",
}

MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "close to": "LESS_THAN", "just under": "LESS_THAN",
    "under": "LESS_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "barely": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "upwards of": "MORE_THAN", "a little over": "MORE_THAN", "a little more than": "MORE_THAN",
    "just more than": "MORE_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS",
}
POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the start of": "START", "the beginning of": "START",
    "the first part of": "START", "mid": "MID", "the middle of": "MID", "middle": "MID", "late": "END",
    "later": "END", "the end of": "END", "the close of": "END", "the latter part of": "END",
    "end": "END", "start": "START",  # "end-March", "start-2024" (wire and financial shorthand)
    "the first half of": "START", "the second half of": "END", "the last half of": "END", "the latter half of": "END",
}


def alternation(words) -> str:
    """A regex alternation of `words`, longest first so the regex prefers the longest form; spaces match any
    run of whitespace."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(p.replace(".", r"\.").replace(" ", r"\s+") for p in parts)
