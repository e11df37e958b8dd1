"""The pre-screen: which tokens trigger which rule. A token is a run of letters or of digits, in lower case;
`back` is how far before the token a match of the rule may start."""

from __future__ import annotations

import re

from ..lexicon import FULL_WEEKDAYS, MONTHS, SEASONS, UNIT_FORMS
from .base import RULES


def _words(*groups) -> str:
    out: set[str] = set()
    for g in groups:
        out |= {w.lower() for w in (g if not isinstance(g, str) else g.split())}
    return "|".join(sorted(out, key=len, reverse=True))


_UNIT_W = _words(UNIT_FORMS)
_MONTH_W = _words(MONTHS)
_POD_W = "morning|afternoon|evening|night|overnight|dawn|dusk|daybreak|nightfall|lunchtime|midday"
_CAL_W = _words("week weekend month year quarter decade century", SEASONS)
_TRIGGERS: dict[str, tuple[str, int]] = {
    "iso": (r"\d{4}", 0), "numeric": (r"\d{1,2}", 0),
    "month_day": (_MONTH_W, 16), "month_ordinal": (_MONTH_W, 30), "week_of": (r"week|weekend", 5), "week_of_month": (r"week|weekend", 16), "weekday_of_month": (_words(FULL_WEEKDAYS), 16), "weeks_ago_weekday": (r"ago|from", 16), "weekday_before_last": (_words(FULL_WEEKDAYS), 5), "through_the_night": (r"night", 6), "weekday_of_the_month": (_words(FULL_WEEKDAYS), 16), "second_day": (r"\d{1,2}", 0), "first_day_of_range": (r"\d{1,2}", 0), "day_month": (_MONTH_W, 24), "ordinal_of_month": (_MONTH_W, 40), "ordinal_of_relative_month": (r"month", 40), "month_year": (_MONTH_W, 30), "month": (_MONTH_W, 30),
    "year": (r"1\d{3}|20\d\d", 40), "year_period": (r"1\d{3}|20\d\d", 7), "year_range_end": (r"\d\d", 0), "fy_short": (r"fy", 0), "bare_ordinal_day": (r"\d{1,2}", 5), "year_words": (r"nineteen|twenty|thousand", 30),
    "year_words_the": (r"thousand", 30), "year_words_thousand": (r"thousand", 5), "decade": (r"\d{3}0|\d0|nineteen|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties", 40),
    "century": (r"century", 60), "relative_day": (r"today|yesterday|tomorrow|tonight", 40),
    "part_of_day": (_POD_W, 30), "weekday": (_words(FULL_WEEKDAYS, "tues weds thurs thur tue thu fri"), 40),
    "weekday_set": (_words([w + "s" for w in FULL_WEEKDAYS]), 10), "relative_unit": (_CAL_W, 50),
    "relative_day_narrative": (r"day|night|evening|morning|afternoon", 30),
    "quarter": (r"quarters?", 70), "the_quarter": (r"quarter", 40), "month_quarter": (_MONTH_W, 5), "holiday_period": (r"holiday|christmas|festive", 30), "dawn_alone": (r"dawn|daybreak|sunrise|first|dusk|nightfall|sunset", 0), "nth_day": (r"day", 24), "new_year": (r"new", 5), "quarter_pair": (r"first|second|third|fourth|final|last|1st|2nd|3rd|4th", 0), "latest_period": (r"period", 30), "half": (r"half|quarters", 30), "half_adj": (r"half", 30), "half_bare": (r"half", 30),
    "season": (_words(SEASONS), 40), "clock": (r"\d{1,2}", 30), "clock24": (r"\d{1,2}", 0), "clock_range_start": (r"\d{1,2}", 0), "clock_part_of_day": (r"morning|afternoon|evening|night", 40),
    "noon": (r"noon|midday|midnight", 0), "spoken_clock": (r"clock|m|pm", 30), "clock_said_with_day_part": (r"morning|afternoon|evening|tonight|night", 40), "clock_past_to": (r"past|after|to", 20), "day_part_then_clock": (r"tonight|morning|afternoon|evening|night", 12), "half_hour_british": (r"half", 0),
    "duration": (_UNIT_W, 80), "vague_period": (_UNIT_W, 40), "bare_units": (_UNIT_W, 0), "bare_offset": (_UNIT_W + "|moments", 0), "vague_while": (r"time|while", 10), "units_ahead": (r"days?|weeks?|months?|years?|decades", 5), "quarter_of_unit": (r"century|hour|year|decade|day|month|millennium", 30), "past_seasons": (r"summers|winters|springs|autumns|falls", 40),
    "the_years": (r"years|decades|centuries", 5), "later_date": (r"date|time|stage", 22), "compound_adj": (_UNIT_W, 40),
    "set_every": (r"every|each", 0), "set_rate": (_UNIT_W, 40), "set_amount_rate": (r"seconds?|minutes?|mins|hours?|hrs|days?|nights?|weeks?|fortnights?|months?", 30), "year_earlier": (r"year|years", 30), "period_year_ago": (r"quarter|period|month", 40),
    "holiday": (r"christmas|new|independence|halloween|valentine|thanksgiving|labor|memorial|election|easter|good|"
                r"martin|mlk|presidents?|columbus|veterans|juneteenth|canada|australia|st|saint|guy|bonfire|"
                r"anzac|armistice|remembrance|bastille|may|boxing|lunar|chinese|ramadan|diwali|deepavali|eid|black|cyber|"
                r"spring|fourth", 10),
    "the_weekend": (r"weekend", 10), "weekends_set": (r"weekends|weekdays", 0), "in_the_unit": (r"year|month|week", 30), "position_part_of_day": (_POD_W, 30),
    "the_end_of": (r"year|month|week|quarter|decade|century", 40),
    "year_end": (r"year|end", 12), "term": (r"term", 20), "whole_year": (r"year", 40),
    "the_week": (r"week|month|morning|afternoon|evening", 5), "early_hours": (r"hours", 16), "this_time_last": (r"time", 10), "turn_of": (r"turn", 5), "eve_of": (r"eve|morning|afternoon|evening|night", 5), "day_of_event": (r"day|night|morning", 5), "to_the_day": (r"day", 40), "the_year_period": (r"year", 12), "military_time": (r"\d{4}", 0), "overnight": (r"overnight", 0),
    "unit_long": (r"hours?|days?|weeks?|months?|years?|decades?|century|centuries|(?:hour|day|week|month|year|decade)long", 0),
    "approx_date": (r"around|about|approximately|roughly|circa", 0),
    "weekday_nights": (r"mornings|afternoons|evenings|nights", 20),
    "unit_before_after": (r"before|after|earlier|later", 20), "day_apposed": (r"day", 8), "before_last": (r"before", 20), "midweek": (r"midweek|mid", 0),
    "quarter_code": (r"q|h", 0), "quarter_code_number_first": (r"\d[qh]|\d", 0),
    "set_adverb": (r"daily|weekly|monthly|annually|yearly|hourly|nightly|biannually|semiannually|fortnightly|biweekly", 5),
    "running_fortnight": (r"fortnight", 30), "weekday_week_on": (r"week|fortnight", 12), "week_on_weekday": (r"week|fortnight", 2), "weekday_the_ordinal": (_words(FULL_WEEKDAYS), 0), "year_to_date": (r"year", 5), "compound_amount": (r"and|hours?|minutes?", 30),
    "quarter_of_fiscal_code": (r"q|h", 0), "month_span_quarter": (r"quarter|period|months", 40), "entered_nth_day": (r"day", 40),
    "this_moment": (r"moment", 40), "generation_ago": (r"generations?", 12), "vague_length_period": (r"period", 60), "sport_season": (r"season", 30), "long_night": (r"day|night", 10),
    "vague": (r"soon|now|currently|nowadays|days|present|moment|recently|lately|past|future|current|recent", 20),
}


TOKEN = re.compile(r"[A-Za-z]+|\d+")
"""What the tagger splits a text into before asking which rules to try."""

for _r in RULES:
    if _r.name not in _TRIGGERS:
        raise RuntimeError(f"temporal rule {_r.name!r} has no trigger tokens in rules/triggers.py")
    _pat, _r.back = _TRIGGERS[_r.name]
    _r.trigger = re.compile(rf"(?:{_pat})")
