"""Durations and offsets: "three years", "the past two weeks", "nearly three years", "two days later",
"a decade ago", vague periods ("recent months"), "month-long"."""

from __future__ import annotations

import re

from ...model import TimeAnchor, TimeType
from .. import points as P
from ..context import Context, Found
from ..lexicon import SEASONS
from ..numbers import NUMBER, parse_number
from ..tense import FUTURE, PAST
from .reports import months_span_compared
from .base import MOD, UNIT, duration_value, gran_of_unit, modifier_of, prev_word, unit_step, unit_of, rule


# "two years on," / "a week on from the attack": as "later"; "in two weeks' time", "in a year's time": from now
_DUR_TAIL = r"(?:(?:\s+|(?=['’]))((?:['’]s|(?<=s)['’])\s+time\b|on(?=\s*[,;:]|\s*\.(?!\d)|\s+from\b)|ago(?:\s+today\b)?|earlier(?!\s+than\b)|later(?!\s+than\b)|afterwards?|from\s+(?:now|today)\b(?!['’])|hence|back(?!\s+(?:to|in|into|from|on|home|at|the|when|then|up|down|out))|before(?=\s*[,.;:]|\s+(?:that|this)\b)|after(?=\s*[,.;:]|\s+(?:that|this)\b)|(?:before|after)\s+(?:that|this)))?"


@rule("duration", rf"\b(?:((?:at\s+least|nearly|almost|more\s+than|less\s+than|roughly|approximately)(?=\s+the\s+(?:past|last|next|first)\b)|{MOD}(?!\s+(?:the|these|those|its|their|his|her|our)\b))\s+)?(?:(the|these|those|its|their|his|her|our|a|another|an\s+additional|an\s+extra|a\s+further|the\s+next|the\s+past|the\s+last|the\s+first|the\s+previous|the\s+coming|the\s+following|the\s+latest|the\s+final|the\s+remaining|the\s+initial|the\s+ensuing|the\s+preceding|the\s+prior|the\s+recent|the\s+same|the\s+other|the\s+full|the\s+entire|the\s+whole|next|past|last|first|previous|coming|following|final|recent)\s+)?((?:{NUMBER}|another)(?:\s+(?:to|or)\s+(?:{NUMBER}))?(?:\s+and\s+a\s+half|\s+1/2|\s*½)?)[\s-]+(?:(?:more|calendar|fiscal|business|trading|working|school|straight|consecutive|full|long|short|solid|whole|additional|extra|single)[\s-]+)?({UNIT})(?:(-|\s)old\b)?([\s-]+and[\s-]+a[\s-]+half)?(\s+or\s+so|\s+or\s+more|\s+or\s+less|\s+or\s+(?:two|three|four|2|3|4)(?![\w-]|\s*(?:%|percent|more|less|{UNIT})))?{_DUR_TAIL}",
      priority=1)
def _duration(m: re.Match, ctx: Context) -> Found | None:
    t = ctx.text
    num_text = m.group(3)
    unit = unit_of(m.group(4))
    ranged = re.search(r"\s(?:to|or)\s", num_text)
    whole_text, half = _split_half(num_text)
    n = None if ranged else 1 if whole_text.lower() == "another" else parse_number(whole_text)
    if n is not None and half:
        n += 0.5  # "two and a half years", "5 1/2 hours"
    if m.group(5) or re.match(r"\s+of\s+age\b(?!-)", ctx.text[m.end():m.end() + 9], re.I):
        return None  # "52 years old", "6-year-old", "15 months of age": ages are not time expressions
    if re.fullmatch(r"1[89]\d\d|20\d\d", num_text) and not m.group(4).lower().endswith("s"):
        return None  # "the 1988 quarter" is a year's quarter, not 1988 quarters
    if unit == "quarter" and (num_text.lower() in ("a", "an", "one") or
                              re.match(r"\s+of\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all|it|them|"
                                       r"us|\d|[$£€])", t[m.end():m.end() + 12], re.I)):
        if not re.search(r"\b(?:per|each|every|a)\s*$", t[max(0, m.start() - 8):m.start()]) or num_text.lower() not in ("a", "an"):
            return None  # "a quarter of the vote", "three-quarters"
    low_num = num_text.lower()
    if low_num == "many" and re.search(r"\bas\s+$", t[max(0, m.start() - 4):m.start()], re.I):
        return None  # "his third term in as many years"
    if unit == "second" and low_num in ("a", "an"):
        return None  # "a second" (attack) is rarely a duration
    if unit in ("second", "minute", "hour") and low_num in ("a", "an") and not m.group(2) and \
            re.search(r"(?:\d|[$£€])[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[A-Za-z]+)?\s+$",
                      t[max(0, m.start() - 30):m.start()]):
        return None  # "60 miles an hour", "$10 an hour": a unit of measure, not a period
    if n is not None and m.group(6):
        n += 0.5
    # counts of units that are not periods: "two quarters of the vote"? keep simple: reject "X days of"?
    if n is not None and n > 100000:
        return None
    if re.match(r"\s*(?:%|percent|per\s*cent)", t[m.end(3):m.end(3) + 12]):
        return None
    if t[m.start(3) - 1:m.start(3)] == "/" or t[m.end(3):m.end(3) + 1] == "/":
        return None  # "5 1/2 hours": fractions are not read
    if re.search(r"(?:1[89]|20)\d\d[-–]$", t[max(0, m.start(3) - 5):m.start(3)]):
        return None  # "the 2017-18 fiscal year": the second year of a range, not eighteen years
    prev = prev_word(t, m.start())
    if prev and prev[-1] in "$£€" or re.search(r"[$£€]\s*$", t[max(0, m.start() - 2):m.start()]):
        return None
    unit_plural = m.group(4).lower().endswith("s") or m.group(4).lower() in ("centuries", "millennia")
    if low_num in ("a", "an", "one", "another") and unit_plural:
        return None
    mod = modifier_of(m.group(1))
    tail_mod = (m.group(7) or "").strip().lower()
    if tail_mod == "or so":
        mod = mod or "APPROX"
    elif tail_mod == "or more":
        mod = mod or "EQUAL_OR_MORE"
    elif tail_mod == "or less":
        mod = mod or "EQUAL_OR_LESS"
    elif tail_mod.startswith("or "):
        n = None  # "a year or two", "a day or two later": a vague amount
    det = re.sub(r"\s+", " ", (m.group(2) or "").lower())
    tail = re.sub(r"\s+", " ", (m.group(8) or "").lower())
    # "two weeks from today", "one year ago today": counted from the day of writing, a day
    to_the_day = tail in ("from today", "ago today")
    if to_the_day:
        tail = "from now" if tail == "from today" else "ago"
    # "Fifty years later, the debate continues", no time of the story before it and not told in the past or the
    # future: the years lead up to the present, as "N years on"
    counted_to_now = tail == "later" and ctx.last is None and ctx.tense(m.start(), m.end()) not in (PAST, FUTURE)
    if tail.endswith(" time"):
        tail = "from now"  # "in a year's time"
    elif tail == "on":
        tail = "later"  # "Two years on, the town is still rebuilding"
        if re.match(r"\s+from\b", t[m.end():m.end() + 6], re.I):
            # counted from an event ("a year on from the floods"), not from a time of the story: the length is
            # all the phrase says
            return Found(TimeType.DURATION, duration_value(n, unit), mod=mod, anchor=TimeAnchor.NONE)
        counted_to_now = ctx.last is None  # with no time of the story before it, the years lead up to now
    start = m.start()
    if m.group(1) and modifier_of(m.group(1)) == "APPROX" and m.group(1).lower() in ("about", "around"):
        start = m.start(2) if m.group(2) else m.start(3)
    if m.group(1) and m.group(1).lower() == "over" and not tail and \
            prev_word(t, m.start()).lower() not in _OVER_MEANS_MORE:
        mod = None  # "cost $30 billion over five years", "used over three years": "over" is a preposition
        start = m.start(2) if m.group(2) else m.start(3)
    if m.group(1) and n is None and not ranged:
        mod = None  # "over several years": no modifier on a vague amount, and the extent starts at the amount
        start = m.start(2) if m.group(2) else m.start(3)
    if not tail and low_num == "one" and unit == "day" and not m.group(1) and not m.group(2) and \
            re.search(r"\b(?:will|would|could|may|might|can|shall|should|must|hope\s+to|hopes\s+to)\s+$",
                      t[max(0, m.start() - 16):m.start()], re.I):
        return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE)  # "Islam will one day be ..."
    if not tail and low_num == "one" and unit == "day" and not m.group(1) and not m.group(2) and \
            re.match(r"\s*,", t[m.end():m.end() + 2]) and m.start() == ctx.sentence_bounds(m.start())[0]:
        # "One day, he will return" / "One day, a letter arrived": an untold day of the story, not a length
        tense = ctx.clause_tense(m.end(), m.end() + 1)
        if tense == PAST:
            return Found(TimeType.DATE, "PAST_REF", anchor=TimeAnchor.NONE)
        if tense == FUTURE:
            return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE)
    if not tail:
        # a period: "three years", "the past two weeks", "a few days"
        # "per day", "a day" after money or "times": a set, handled by the set rule
        if low_num in ("a", "an") and re.search(r"(?:\d|[$£€]|\btimes|\bonce|\btwice|\bthrice)\s*$", t[max(0, start - 12):start]):
            return None
        value = duration_value(n, unit)
        f = Found(TimeType.DURATION, value, mod=mod, anchor=TimeAnchor.NONE, start=start if start != m.start() else None)
        joined = t[m.end(3):m.start(4)]
        adjectival = "-" in joined or (not unit_plural and n is not None and n != 1 and not m.group(6))
        prep = adjectival and det and m.group(1) and m.group(1).lower() in ("over", "under", "about", "around")
        if prep:
            f.mod, f.start = None, m.start(2)  # "over a three-year period": "over" is a preposition here
        if adjectival and det in ("a", "the", "another") and re.match(r"\s+(?:period|span|stretch)\b", t[m.end():]):
            f.end = m.end() + len(re.match(r"\s+\w+", t[m.end():]).group(0))  # "a three-year period" names a time
        elif adjectival and (det in ("a", "the", "its", "their", "his", "her", "our", "another") or
                             (det.startswith("the ") and "-" in joined)) and (prep or not m.group(1)):
            # "a two-year (plan)", "the first two-day (closure)": the determiner belongs to the noun
            f.start = m.start(3)
        return f
    # an offset from now or from the story: "two years ago", "three days later"
    if n is not None and unit == "year" and not float(n).is_integer() and float(n * 12).is_integer():
        n, unit = n * 12, "month"  # "a year and a half ago" lies 18 months back
    if n is not None and unit in ("decade", "century") and not float(n).is_integer():
        n, unit = n * (10 if unit == "decade" else 100), "year"  # "half a century ago" lies 50 years back
    shift_n, step = unit_step(unit)
    gran = gran_of_unit(unit)
    if tail in ("ago", "back", "from now", "hence"):
        sign = -1 if tail in ("ago", "back") else 1
        if n is None:
            return Found(TimeType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, anchor=TimeAnchor.NONE)
        if not float(n).is_integer() or unit in ("second", "minute", "hour"):
            return Found(TimeType.DURATION, duration_value(n, unit), mod=mod, anchor=TimeAnchor.NONE)
        k = int(n) * shift_n * sign
        if unit == "year" and ctx.last is not None and ctx.last[0].gran == "quarter" and sign < 0 and \
                not (k == -1 and months_span_compared(ctx, m.start())):
            f = ctx.from_narrative(lambda b: P.shift(b, k, "year"), _relative_value(k, unit), mod=mod)
        else:
            f = ctx.from_reference(lambda r: P.point_at("day" if to_the_day else gran, P.shift_day(r, k, step)),
                                   _relative_value(k, unit), mod=mod)
        f.sets_anchor = sign > 0
        return f
    sign = -1 if tail.startswith(("earlier", "before")) else 1
    if unit == "hour" and n is not None and float(n).is_integer() and n > 0 and n % 24 == 0 and \
            ctx.last is not None and ctx.last[0].gran == "day":
        # "The truce began on 5 March. 48 hours later": whole days after a day of the story (a clock time
        # before it would need a time, so the hours stay a duration there)
        n, unit = n // 24, "day"
        shift_n, step = unit_step(unit)
        gran = gran_of_unit(unit)
    if n is None or not float(n).is_integer() or unit in ("second", "minute", "hour"):
        return Found(TimeType.DURATION, duration_value(n, unit), mod=mod, anchor=TimeAnchor.NONE)
    k = int(n) * shift_n * sign
    if counted_to_now:
        # "Ten years on, the lessons have been forgotten", the event untold: the present, in the unit's terms
        return ctx.from_reference(lambda r: P.point_at(gran, r), _relative_value(0, unit), mod=mod)
    if k > 0 and ctx.last is None and ctx.tense(m.start(), m.end()) == PAST:
        # "Two days later, he died" with no time of the story before it: counted from an untold event, and told
        # in the past, so not from the date of writing (that would put it after the writing)
        return Found(TimeType.DATE, _relative_value(k, unit), mod=mod, anchor=TimeAnchor.UNRESOLVED)

    def build(b: P.Point) -> P.Point:
        g = b.gran if not b.coarser_than(gran) else gran
        if g in ("minute", "hour", "part_of_day"):
            g = "day"
        if b.coarser_than(gran):
            g = b.gran
        if unit in ("year", "month") and g == "day" and ctx.ref is not None and abs((b.day - ctx.ref).days) <= 7:
            # "earnings a year earlier" after "said Friday", "prices unchanged from a month earlier": the story's
            # day is the time of writing, the comparison is of years (months)
            g = unit
        if unit in ("year", "month") and k > 0 and g == "day":
            g = unit  # "Six years later" after a day: the year (the expression's granularity), as TimeML values it
        return P.shift(b, k, step, g)
    if unit == "year" and k == -1 and months_span_compared(ctx, m.start()):
        # "For the nine months, net was $5 million, compared with $4 million a year earlier": the same months
        # of the year before, a year (not the story's quarter a year back)
        f = ctx.from_narrative(lambda b: P.year(b.day.year - 1), "XXXX", mod=mod, look_back=True)
        f.sets_anchor = False
        return f
    if _restates_last(ctx, m):
        return _apposed_offset(ctx, build, _relative_value(k, unit), mod)
    f = ctx.from_narrative(build, _relative_value(k, unit), mod=mod, by_day=unit in ("day", "night"),
                           look_back=sign < 0 and not _told_ahead(ctx, m.start()))
    f.sets_anchor = sign > 0
    return f


_APPOSITION_END = re.compile(r"\s*(?:[.;:!?)\u2014]|,|--|$)")


def _restates_last(ctx: Context, m: re.Match) -> bool:
    """"ruled in April, three months later.": an offset set off by commas right after the story's last time is
    an apposition that restates it (counted from the time before), not a step on from it; "in May, two months
    later it became law" goes on as a clause."""
    return (ctx.last is not None and ctx.last_end is not None and
            re.fullmatch(r"\s*,\s*", ctx.text[ctx.last_end:m.start()]) is not None and
            _APPOSITION_END.match(ctx.text, m.end()) is not None)


def _apposed_offset(ctx: Context, build, unresolved: str, mod: str | None) -> Found:
    """The offset of an apposition: counted from the time before the one it restates; with none, that time."""
    if ctx.before_last is None:
        base, base_id = ctx.last
        return Found(TimeType.DATE, base.value, mod=mod, point=base, anchor=TimeAnchor.NARRATIVE, anchor_id=base_id,
                     sets_anchor=False)
    saved = ctx.last, ctx.last_day
    ctx.last = ctx.last_day = ctx.before_last
    try:
        f = ctx.from_narrative(build, unresolved, mod=mod)
    finally:
        ctx.last, ctx.last_day = saved
    f.sets_anchor = False
    return f


# words before "over" that make it "more than" ("lasted over a week", "jailed for over a year"); elsewhere
# "over five years" spreads something across the period
_OVER_MEANS_MORE = {"for", "in", "of", "after", "within", "last", "lasts", "lasted", "lasting", "take", "takes",
                    "took", "taking", "taken", "just", "well", "little", "than", "is", "was", "are", "were", "be",
                    "been", "being", "spent", "spend", "waited", "wait", "since", "by", "to", "ago", "only"}


def _split_half(num_text: str) -> tuple[str, bool]:
    """ "two and a half" -> ("two", True); "5 1/2" -> ("5", True); "three" -> ("three", False)."""
    m = re.search(r"(?:\s+and\s+a\s+half|\s+1/2|\s*½)$", num_text, re.I)
    if not m or not num_text[:m.start()].strip():
        return num_text, False
    return num_text[:m.start()], True


_AHEAD = re.compile(r"\b(?:will|shall|won't|is\s+to|are\s+to|going\s+to)\b|'ll\b", re.I)


def _told_ahead(ctx: Context, at: int) -> bool:
    """Is the sentence around `at` told in the future ("Two days earlier, the committee will meet")? Then a
    look-back may lean on a forecast time."""
    s, e, _ = ctx.sentence_bounds(at)
    return _AHEAD.search(ctx.text, max(s, at - 200), min(e, at + 200)) is not None


def _relative_value(k: int, unit: str) -> str:
    return {"day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "fortnight": "XXXX-WXX",
            "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX")


_OR_UNITS = r"(?:\s+(?:or|and|to)\s+(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b)?+"  # "weeks or months"


@rule("vague_period", rf"\b(?:(the|these|those)\s+)?(?:(recent|coming|past|last|next|previous|following|ensuing|first|final)\s+)(seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters)\b{_OR_UNITS}(?!\s+(?:of\s+age|old))",
      priority=0)
def _vague_period(m: re.Match, ctx: Context) -> Found | None:
    det = (m.group(1) or "").lower()
    adj = m.group(2).lower()
    unit = unit_of(m.group(3))
    if adj == "recent" and unit == "year":
        return Found(TimeType.DATE, "PAST_REF", anchor=TimeAnchor.NONE)
    if adj == "coming" and unit in ("day", "week", "month", "quarter", "year"):  # like "future quarters"
        return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE)
    if not det and adj not in ("recent", "coming", "past"):
        return None
    return Found(TimeType.DURATION, duration_value(None, unit), anchor=TimeAnchor.NONE)


# a bare unit set against another one is the same kind of amount: "could last months, not weeks", "hours
# rather than days"
_CONTRASTED_UNIT = re.compile(r"\b(?:years|months|weeks|days|decades|hours|minutes),?\s+(?:but\s+)?(?:not|rather\s+than)\s+$")


@rule("bare_units", r"\b(years|months|weeks|days|decades|centuries|hours|minutes)\b(?:(?:\s+(?:or|and|to)\s+(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b)(?!\s+(?:ago|earlier|later|before|after))|(?!\s+(?:old|ago|earlier|later|before|after)))",
      priority=-1)
def _bare_units(m: re.Match, ctx: Context) -> Found | None:
    prev = prev_word(ctx.text, m.start()).lower()
    if prev not in ("for", "in", "within", "over", "take", "takes", "took", "taking", "taken", "last", "lasts",
                    "lasted", "lasting", "spent", "spend", "spends", "spending", "wait", "waits", "waited", "waiting") \
            and not _CONTRASTED_UNIT.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "for years", "it could take weeks"
    if prev != "within" and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None  # "for years of war"; but "within hours of the attack"
    unit = unit_of(m.group(1))
    return Found(TimeType.DURATION, duration_value(None, unit), anchor=TimeAnchor.NONE)


@rule("units_ahead", r"\bthe\s+(days|weeks|months|years|decades|day|week|month|year)(?:\s+(?:and|or)\s+(?:days|weeks|months|years|decades))?\s+ahead\b",
      priority=0)
def _units_ahead(m: re.Match, ctx: Context) -> Found | None:
    """"in the weeks ahead" is "in the coming weeks"; "the year ahead" is "the coming year" (a period)."""
    if not m.group(1).lower().endswith("s"):
        return Found(TimeType.DURATION, duration_value(1, unit_of(m.group(1))), anchor=TimeAnchor.NONE)
    return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE)


@rule("the_years", r"\bthe\s+(years|decades|centuries)\b(?!\s+(?:of|since|before|after|that|when|to\s+come|ahead|between|in\s+which|old|['’]))",
      priority=-1)
def _the_years(m: re.Match, ctx: Context) -> Found | None:
    """"over the years", "through the decades": a period of unknown length."""
    if prev_word(ctx.text, m.start()).lower() not in ("over", "through", "throughout", "down"):
        return None
    return Found(TimeType.DURATION, duration_value(None, unit_of(m.group(1))), anchor=TimeAnchor.NONE)


@rule("later_date", r"\ba\s+(?:later|future|subsequent)\s+(?:date|time|stage)\b", priority=0)
def _later_date(m: re.Match, ctx: Context) -> Found | None:
    """"at a later date", "at a future date": some time after now."""
    return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE)


@rule("past_seasons", rf"\bthe\s+(?:past|last|previous)\s+({NUMBER})\s+(summers|winters|springs|autumns|falls)\b", priority=1)
def _past_seasons(m: re.Match, ctx: Context) -> Found | None:
    """"for the past three summers": that season of each of those years, a set."""
    if parse_number(m.group(1)) is None and m.group(1).lower() not in ("few", "several", "many"):
        return None
    return Found(TimeType.SET, "XXXX-" + SEASONS[m.group(2).lower()[:-1]], anchor=TimeAnchor.NONE)


@rule("quarter_of_unit", r"\b(a|one|three)[\s-]quarters?(?:\s+of\s+(?:a|an)\s+|[\s-])(century|hour|year|decade|day|month|millennium)\b",
      priority=2)
def _quarter_of_unit(m: re.Match, ctx: Context) -> Found | None:
    """"a quarter of a century" = P25Y, "a quarter-century", "three quarters of an hour" = PT45M."""
    n = 0.75 if m.group(1).lower() == "three" else 0.25
    if n == 0.25 and "quarters" in m.group(0).lower():
        return None
    unit = unit_of(m.group(2))
    years = {"century": 100, "millennium": 1000, "decade": 10}.get(unit)
    ago = re.match(r"\s+ago\b", ctx.text[m.end():m.end() + 5], re.I)
    if ago and years:  # "a quarter-century ago": the year that long before
        k = int(n * years)
        f = ctx.from_reference(lambda r: P.year(r.year - k), "XXXX")
        f.end = m.end() + ago.end()
        f.sets_anchor = False
        return f
    return Found(TimeType.DURATION, duration_value(n, unit), anchor=TimeAnchor.NONE)


@rule("bare_offset", r"\b(years|months|weeks|days|decades|centuries|hours|minutes|seconds|moments)\s+(ago|later|earlier|afterwards?|before|after|following|since|leading\s+up\s+to)\b",
      priority=-1)
def _bare_offset(m: re.Match, ctx: Context) -> Found | None:
    """A vague amount given by the bare unit: "years ago" (PAST_REF, "ago" in the extent, like "two years ago"),
    "hours later" (a vague period, "later" in the extent, like "a few hours later"); before a clause, "days
    after a sniper killed", "in the weeks before the shooting", "in the days following the attack": the unit
    alone, as TempEval annotators tag it."""
    t = ctx.text
    prev = prev_word(t, m.start()).lower()
    if prev in ("of", "many", "few", "several", "those", "these", "all", "for", "recent", "coming", "couple",
                "dozen", "hundred", "thousand", "trading", "business", "calendar", "working") or \
            parse_number(prev) is not None or re.search(r"[\d-]\s*$", t[max(0, m.start() - 2):m.start()]):
        return None  # "a matter of days before"; "24 hours after" is the duration rule's
    moments = m.group(1).lower() == "moments"
    if moments and prev in ("the", "final", "last", "closing", "opening", "dying", "first", "tense", "those"):
        return None  # "the final moments before the crash": no offset
    tail = m.group(2).lower()
    if tail == "ago":
        return Found(TimeType.DATE, "PAST_REF", anchor=TimeAnchor.NONE)
    # "moments later": a vague amount under a few minutes, written like "minutes later" (PTXM)
    value = "PTXM" if moments else duration_value(None, unit_of(m.group(1)))
    if tail in ("following", "since") or tail.startswith("leading"):
        if not re.search(r"\b(?:in|during|over|for|within|throughout)\s+the\s+$", t[max(0, m.start() - 16):m.start()], re.I):
            return None  # "in the days following the attack"; not "he counted the days since he left"
        return Found(TimeType.DURATION, value, anchor=TimeAnchor.NONE, end=m.end(1))
    if tail in ("before", "after") and not re.match(r"\s*[,.;:)]", t[m.end():m.end() + 2]):
        return Found(TimeType.DURATION, value, anchor=TimeAnchor.NONE, end=m.end(1))
    return Found(TimeType.DURATION, value, anchor=TimeAnchor.NONE)


@rule("vague_while", r"\b(some\s+time|a\s+while)\b(\s+ago)?", priority=0)
def _vague_while(m: re.Match, ctx: Context) -> Found | None:
    """"for some time", "for a while": a period of unknown length; "some time ago" a past time."""
    if m.group(2):
        return Found(TimeType.DATE, "PAST_REF", anchor=TimeAnchor.NONE)
    t = ctx.text
    if prev_word(t, m.start()).lower() not in ("for", "after", "within", "in") or \
            re.search(r"\bonce\s+in\s+$", t[max(0, m.start() - 10):m.start()], re.I):
        return None  # "once in a while" is a frequency; "some time" elsewhere is rarely tagged
    if re.match(r"\s+(?:now|before|after|since|between|during|to\s+come|in\s+(?:the\s+)?(?:past|future))\b", t[m.end():]):
        return None  # "for some time now", "some time before the vote": vaguer still, or a relation
    return Found(TimeType.DURATION, "PXX", anchor=TimeAnchor.NONE)


@rule("compound_adj", rf"\b({NUMBER})-({UNIT})-(long|old)\b", priority=2)
def _compound_adj(m: re.Match, ctx: Context) -> Found | None:
    if m.group(3).lower() == "old" and not _old_thing(ctx.text, m.end()):
        return Found(TimeType.DURATION, "AGE", anchor=TimeAnchor.NONE)  # ages are not times: dropped later
    n = parse_number(m.group(1))
    return Found(TimeType.DURATION, duration_value(n, unit_of(m.group(2))), anchor=TimeAnchor.NONE)


# what an "8-month-old ..." that is not a person is: a state of affairs whose age is a time span (the age of
# an institution, a law or a record, "the 50-year-old alliance", "a 136-year-old institution", is no more a time
# than a person's)
_OLD_THINGS = {"truce", "ceasefire", "cease-fire", "slump", "war", "conflict", "dispute", "strike", "ban", "embargo",
               "boycott", "crisis", "insurgency", "rebellion", "uprising", "standoff", "stand-off", "siege",
               "occupation", "blockade", "feud", "rivalry", "campaign", "investigation", "probe", "moratorium",
               "policy", "recession", "drought", "deal", "agreement", "marriage", "relationship", "partnership",
               "friendship", "battle", "fight", "struggle", "effort", "search", "hunt", "lawsuit", "case",
               "trial", "stalemate", "deadlock", "impasse", "debate", "controversy", "scandal", "dictatorship",
               "peace", "lull", "downturn", "rally", "boom", "bull", "bear", "decline", "freeze", "shutdown",
               "lockout", "walkout", "protest", "protests", "curfew", "quarantine", "outbreak", "epidemic"}


def _old_thing(text: str, end: int) -> bool:
    """Whether "-old" at `end` qualifies a state of affairs ("the IRA's 8-month-old truce") rather than a person."""
    words = re.findall(r"[A-Za-z-]+", text[end:end + 40])[:2]
    return any(w.lower() in _OLD_THINGS for w in words) and not (words and words[0][:1].isupper())


@rule("unit_long", r"\b(hour|day|week|month|year|decade|century|hours|days|weeks|months|years|decades|centuries)(?:-|(?=long\b))(long|old)\b", priority=1)
def _unit_long(m: re.Match, ctx: Context) -> Found | None:
    if m.group(2).lower() == "old" and (m.group(1).lower() in ("year", "month", "week", "day", "hour", "decade",
                                                               "century") or not _old_thing(ctx.text, m.end())):
        return None  # "a years-old slump" is a time span; "a month-old baby" is not
    word = m.group(1).lower()
    unit = unit_of(word)
    n = None if word != unit else 1
    return Found(TimeType.DURATION, duration_value(n, unit), anchor=TimeAnchor.NONE)


_YEAR_CLOSES = re.compile(r"\s*[,.;:)]|\s+(?:and|as|but|while|because|compared|versus|from|to\s+date|ended|ending|through|"
                          r"of\s+\$)\b|\s+to\s+(?:the\s+end\s+of\s+)?(?-i:[A-Z])")
# British "in the year to March", "the year to the end of June": the twelve months closing then, a period
_YEAR_TO = re.compile(r"\s+to\s+(?:the\s+end\s+of\s+)?(?-i:[A-Z])")
# a span of the year before it: "sales in the first nine months of the year fell", "the past six weeks of the year"
_SPAN_OF = re.compile(r"\b(?:days|weeks|months|quarters)\s+of\s+$", re.I)


@rule("the_year_period", r"\bthe\s+(?:fiscal\s+)?year\b(?!['’-])", priority=-1)
def _the_year_period(m: re.Match, ctx: Context) -> Found | None:
    """"for the year ended June 30": a fiscal year, a period (P1Y); "for the year", "earlier in the year",
    "the first nine months of the year": the calendar year of the story (its sentence's year, else the
    reference year), a DATE."""
    if prev_word(ctx.text, m.start()).lower() not in ("for", "during", "over", "of", "in"):
        return None
    if "Year" in m.group(0):
        return None  # "Time's Person of the Year", "Player of the Year": a title, not the year
    if not _YEAR_CLOSES.match(ctx.text, m.end()) and not _SPAN_OF.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None
    if re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end():m.end() + 8]) or _YEAR_TO.match(ctx.text, m.end()):
        return Found(TimeType.DURATION, "P1Y", anchor=TimeAnchor.NONE)
    if ctx.last is not None and ctx.last_sentence == ctx.sentence_index(m.start()):
        return ctx.from_narrative(lambda b: P.year(b.day.year), "XXXX")
    # told in the past in the first quarter ("For the year, sales rose 5%" in January): the year just ended
    back = ctx.ref is not None and ctx.ref.month <= 3 and ctx.clause_tense(m.start(), m.end()) == PAST
    return ctx.from_reference(lambda r: P.year(r.year - (1 if back else 0)), "XXXX")
