"""The rule families of the temporal tagger. Each family is one compiled regex (an alternation built from the
lexicon) and a handler that turns a match into a `Found` (type, TimeML value, modifier, calendar point) or
rejects it (None) when the context shows it is not a time ("may" the verb, "1500 to 2500 fighters").

Conventions follow TimeML/TIMEX3 as annotated in TempEval-3: prepositions are left out of the extent,
determiners and modifiers are kept ("the past three years", "nearly three years")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from ..model import TimeAnchor, TimeType
from . import points as P
from .context import Context, Found
from .lexicon import (FULL_MONTHS, FULL_WEEKDAYS, MODIFIERS, MONTHS, PARTS_OF_DAY, POSITION_MODS, SEASONS,
                      TIME_UNITS, UNIT_FORMS, WEEKDAYS, alternation)
from .numbers import NUMBER, ORDINAL, format_amount, parse_number, parse_ordinal
from .tense import FUTURE, PAST, PRESENT

I = re.I
MON = rf"(?:{alternation(MONTHS)})\b\.?"
MON_FULL = rf"(?:{alternation(FULL_MONTHS)})\b"
WD = rf"(?:{alternation(WEEKDAYS)})\b\.?"
WD_FULL = rf"(?:{alternation(FULL_WEEKDAYS)})\b"
UNIT = rf"(?:{alternation(UNIT_FORMS)})\b"
SEASON = rf"(?:{alternation(SEASONS)})\b"
POD = r"(?:morning|afternoon|evening|night|overnight)\b"
MOD = rf"(?:{alternation(MODIFIERS)})"
POS = r"(?:early|mid|late|earlier|later|the\s+(?:start|beginning|middle|end|close|first\s+part|latter\s+part)\s+of)"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?![-–]\d\d[-–]\d)"
DET = r"(?:the|these|those|its|their|his|her|our|this|that|a)"
TZ = r"(?:\s*\(?(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|BST|CET|CEST|IST|AEST|AEDT|local\s+time)\b\)?)"


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


# =========================================================================================== helpers
def _pos_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower()).strip(" -")
    return POSITION_MODS.get(w)


def _modifier(word: str | None) -> str | None:
    if not word:
        return None
    return MODIFIERS.get(re.sub(r"\s+", " ", word.lower()))


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def _unit(word: str) -> str:
    return UNIT_FORMS[word.lower()]


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([\w$£€#%.'-]+)\s*$", text[max(0, start - 30):start])
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s*([\w$£€%'-]+)", text[end:end + 30])
    return m.group(1) if m else ""


def _year_of_month(m: int, ref: dt.date, tense: str) -> int:
    """Past: the month on or before the reference; future: on or after; otherwise the nearest one."""
    if tense == PAST:
        return ref.year - 1 if m > ref.month else ref.year
    if tense == FUTURE:
        return ref.year + 1 if m < ref.month else ref.year
    # present or no tense: the coming one if it is at most three months ahead, else the last one
    ahead = (m - ref.month) % 12
    if ahead == 0:
        return ref.year
    if ahead <= 3:
        return ref.year + (1 if m < ref.month else 0)
    return ref.year - (1 if m > ref.month else 0)


def _weekday_day(wd: int, ref: dt.date, tense: str) -> dt.date:
    diff = wd - ref.isoweekday()
    if tense in (FUTURE, PRESENT):
        return ref + dt.timedelta(days=diff % 7)
    return ref - dt.timedelta(days=(-diff) % 7)


def _duration_value(n: float | None, unit: str) -> str:
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
        smaller = {"Y": (12, "M", False), "D": (24, "H", True), "H": (60, "M", True), "W": (7, "D", False),
                   "M": (30, "D", False) if not is_time else (60, "S", True)}.get(letter)
        if smaller and float(n * smaller[0]).is_integer():
            n, letter, is_time = n * smaller[0], smaller[1], smaller[2]
    if unit in ("decade", "century") and n is None:
        letter = "DE" if unit == "decade" else "CE"
    return ("PT" if is_time else "P") + format_amount(n) + letter


def _gran_of_unit(unit: str) -> str:
    return {"second": "day", "minute": "day", "hour": "day", "night": "day", "fortnight": "week",
            "decade": "year", "century": "year", "millennium": "year"}.get(unit, unit)


def _shift_unit(unit: str) -> tuple[int, str]:
    if unit == "fortnight":
        return 2, "week"
    if unit == "night":
        return 1, "day"
    if unit == "millennium":
        return 1000, "year"
    return 1, unit


def _date_found(p: P.Point, mod: str | None = None, type_: TimeType = TimeType.DATE) -> Found:
    return Found(type_, p.value, mod=mod, point=p)


# =========================================================================================== absolute dates
@rule("iso", r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::\d{2})?)?\b(?!-)", priority=5)
def _iso(m: re.Match, ctx: Context) -> Found | None:
    try:
        d = P.make_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except (ValueError, P.OutOfCalendar):
        return None
    if m.group(4):
        return _date_found(P.time_of(d.day, int(m.group(4)), int(m.group(5))), type_=TimeType.TIME)
    return _date_found(d)


@rule("numeric", r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b(?![/.]\d)", priority=4)
def _numeric(m: re.Match, ctx: Context) -> Found | None:
    a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if len(m.group(3)) == 2:
        y += 1900 if y >= 50 else 2000
    mo, d = (a, b) if a <= 12 else (b, a)  # month first unless impossible
    try:
        return _date_found(P.make_day(y, mo, d))
    except (ValueError, P.OutOfCalendar):
        return None


def _resolve_month_day(mo: int, d: int, year_text: str | None, m_start: int, m_end: int, ctx: Context,
                       mod: str | None = None) -> Found | None:
    if year_text:
        try:
            return _date_found(P.make_day(int(year_text), mo, d), mod)
        except (ValueError, P.OutOfCalendar):
            return None
    if not 1 <= d <= 31:
        return None
    tense = ctx.tense(m_start, m_end)
    if ctx.ref is not None:
        def build(ref: dt.date) -> P.Point:
            y = _year_of_month(mo, ref, tense)
            if tense == PAST and mo == ref.month and d > ref.day + 1:
                y -= 1
            return P.make_day(y, mo, d)
        return ctx.from_reference(build, f"XXXX-{mo:02d}-{d:02d}", mod=mod)
    if ctx.last is not None:
        return ctx.from_narrative(lambda b: P.make_day(b.day.year, mo, d), f"XXXX-{mo:02d}-{d:02d}", mod=mod)
    return Found(TimeType.DATE, f"XXXX-{mo:02d}-{d:02d}", mod=mod, anchor=TimeAnchor.UNRESOLVED)


@rule("month_day", rf"\b(?:({WD}),?\s+)?(?:the\s+)?({MON})(?:\s+|(?<=\.))({DAY_NUM})\b(?!\s*(?:%|,\d|\.\d|:\d))(?:,?\s+({YEAR4})\b)?",
      priority=3)
def _month_day(m: re.Match, ctx: Context) -> Found | None:
    mon = m.group(2)
    if not mon[0].isupper():
        return None
    if mon.lower().rstrip(".") == "may" and re.match(r"\s+\d+\s+(?:%|percent|per\s+cent)", ctx.text[m.start(2) + 3:]):
        return None
    f = _resolve_month_day(_month(mon), int(re.match(r"\d+", m.group(3)).group(0)), m.group(4),
                           m.start(), m.end(), ctx)
    if f is not None and not m.group(1):
        f.start = m.start(2)  # "the Oct. 23 deadline": the article belongs to the noun
    return f


@rule("day_month", rf"\b(?:({WD}),?\s+)?(?:the\s+)?({DAY_NUM})\s+(?:of\s+)?({MON})(?:,?\s+({YEAR4})\b)?", priority=3)
def _day_month(m: re.Match, ctx: Context) -> Found | None:
    mon = m.group(3)
    if not mon[0].isupper():
        return None
    found = _resolve_month_day(_month(mon), int(re.match(r"\d+", m.group(2)).group(0)), m.group(4),
                               m.start(), m.end(), ctx)
    if found is not None and ctx.text[m.end() - 1] == "." and not m.group(4):
        found.end = m.end() - 1  # "3 Nov." at the end of a sentence: leave out the full stop
    return found


@rule("month_year", rf"\b(?:({POS})[\s-]*)?({MON})\s*,?\s+(?:of\s+)?({YEAR4})\b", priority=2)
def _month_year(m: re.Match, ctx: Context) -> Found | None:
    if not m.group(2)[0].isupper():
        return None
    try:
        return _date_found(P.month(int(m.group(3)), _month(m.group(2))), _pos_mod(m.group(1)))
    except P.OutOfCalendar:
        return None


_MAY_VERB = re.compile(r"\s+(?:be|have|not|also|well|still|never|soon|need|want|take|face|seem|come|go|get|"
                       r"make|include|lead|result|prove|help|affect|cause|require|become|use|pay|move|only|"
                       r"even|already|I|we|you|he|she|it|they)\b")


@rule("month", rf"\b(?:({POS}|last|next|this|that|the\s+(?:past|last|coming|previous|following))[\s-]+)?({MON_FULL}|Sept\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)(?:\s+(this|last|next)\s+year)?",
      priority=1)
def _month_alone(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(2)
    if not word[0].isupper():
        return None
    t = ctx.text
    low = word.lower().rstrip(".")
    if low in ("may", "march") and not m.group(1):
        prev = _prev_word(t, m.start())
        if low == "may" and (_MAY_VERB.match(t, m.end()) or prev in ("Theresa", "Mrs", "Ms", "Mr", "Brian")):
            return None
        if low == "march" and (prev.lower() in ("a", "the", "protest", "long", "peace", "to", "and") or
                               re.match(r"\s+(?:on|to|through|against|in\s+the)\b", t[m.end():m.end() + 15])):
            return None
        if low == "may" and m.start() > 0 and t[m.start() - 1] not in " \t\n(\"'" and not prev:
            return None
        if low == "may" and not prev.lower() in ("in", "of", "since", "until", "by", "from", "to", "and", "during",
                                                 "before", "after", "early", "late", "mid", "last", "next", "this",
                                                 "between", "through", "till", "or", "-", "–", "on"):
            return None
    mo = _month(word)
    lead = (m.group(1) or "").lower()
    lead = re.sub(r"\s+", " ", lead)
    mod = _pos_mod(lead)
    year_word = (m.group(3) or "").lower()
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
    if ctx.ref is None and ctx.last is not None:
        return ctx.from_narrative(lambda b: P.month(b.day.year, mo), f"XXXX-{mo:02d}", mod=mod)
    return ctx.from_reference(lambda r: P.month(_year_of_month(mo, r, tense), mo), f"XXXX-{mo:02d}", mod=mod)


# =========================================================================================== years
_YEAR_NOUN_OK = {"elections", "olympics", "games", "levels", "figures", "results", "accords", "talks", "riots",
                 "protests", "attacks", "uprising", "census", "budget", "season", "campaign", "war", "crisis",
                 "earthquake", "agreement", "deal", "law", "act", "election", "rate", "and", "or", "to", "as",
                 "when", "after", "before", "but", "was", "were", "is", "had", "has", "the", "a", "in", "on",
                 "of", "for", "with", "that", "which", "while", "until", "since", "at", "by"}
_COUNT_AFTER = re.compile(r"\s*(?:GMT\b|UTC\b|hrs\b|hours\s+(?:GMT|UTC|local)|local\s+time|%|per\s*cent|percent|[a-z]{0,3}m\b|km|kg|mph|sq|ft|lb|tonnes|tons|bn|million|"
                          r"billion|,\d|\.\d|:\d|/\d|x\d|\+)", I)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—|and|or)\s*(\d[\d,]*)\s*([A-Za-z]*)")
_RANGE_BEFORE = re.compile(r"(\d[\d,]*)\s*(?:to|-|–|—|and|or)\s*$")


def _year_context_ok(t: str, start: int, end: int, y: int, led: bool = False) -> bool:
    before = t[max(0, start - 12):start]
    if re.search(r"(?:[$£€#¥]|\bNo\.?|\bNos\.?|\bNumber|\bRoute|\bflight|\bFlight|\bRoom|\bpage|\bp\.|[\d,.:/]|\bUS\$)\s*$", before):
        return False
    if not led and re.search(r"[A-Za-z]-?$", before):  # Tu-2017, A320
        return False
    if _COUNT_AFTER.match(t, end):
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
    nxt = _next_word(t, end)
    if nxt and nxt.islower() and len(nxt) > 3 and nxt.endswith("s") and nxt not in _YEAR_NOUN_OK and \
            not nxt.endswith("ss") and not re.match(r"\s*[,.;:)]", t[end:end + 2]):
        return False
    if y < 1800:
        prev = _prev_word(t, start).lower()
        if prev not in ("in", "since", "of", "from", "until", "by", "before", "after", "year", "around", "circa",
                        "c.", "about", "during", "between", "and", "to", "ad", "bc"):
            return False
    return True


@rule("year", rf"\b(?:({POS})[\s-]*)?(?:(fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?({YEAR4})\b(?!['’]?s\b)")
def _year(m: re.Match, ctx: Context) -> Found | None:
    y = int(m.group(3))
    if not _year_context_ok(ctx.text, m.start(3), m.end(3), y, bool(m.group(1) or m.group(2))):
        return None
    found = _date_found(P.year(y), _pos_mod(m.group(1)))
    return found


@rule("year_period", rf"\bthe\s+({YEAR4})\s+(?:period|fiscal\s+year|season|financial\s+year|calendar\s+year)\b", priority=1)
def _year_period(m: re.Match, ctx: Context) -> Found | None:
    return _date_found(P.year(int(m.group(1))))


@rule("year_words", r"\b(?:the\s+year\s+)?(?:(nineteen|twenty)[\s-]+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))|(?<=the year )two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b")
def _year_words(m: re.Match, ctx: Context) -> Found | None:
    if m.group(1):
        century = 1900 if m.group(1).lower() == "nineteen" else 2000
        rest = re.sub(r"^oh[\s-]+", "", m.group(2).lower())
        n = parse_number(rest)
        if n is None:
            return None
        return _date_found(P.year(century + int(n)))
    words = re.sub(r"^the\s+year\s+", "", m.group(0), flags=I)
    n = parse_number(words)
    if n is None:
        return None
    return _date_found(P.year(int(n)))


@rule("year_words_the", r"\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?\b")
def _year_two_thousand(m: re.Match, ctx: Context) -> Found | None:
    n = parse_number(re.sub(r"^the\s+year\s+", "", m.group(0), flags=I))
    return None if n is None else _date_found(P.year(int(n)))


@rule("decade", rf"\b(?:the\s+)?(?:({POS})[\s-]+)?(?:(1\d\d0|20\d0)['’]?s|['’](\d0)s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
      priority=2)
def _decade(m: re.Match, ctx: Context) -> Found | None:
    mod = _pos_mod(m.group(1))
    if m.group(2):
        return _date_found(P.decade(int(m.group(2))), mod)
    if m.group(3):
        d = int(m.group(3))
        start = (1900 if d >= 30 else 2000) + d
        return _date_found(P.decade(start), mod)
    words = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
             "eighties": 80, "nineties": 90}
    if not m.group(0).lower().startswith("the"):
        return None
    return _date_found(P.decade(1900 + words[m.group(4).lower()]), mod)


@rule("century", rf"\b(?:the\s+)?(?:({POS})[\s-]+)?({ORDINAL}|twenty-first|twentieth|nineteenth)[\s-]+century\b(?!['’]s?\s+(?:fox))")
def _century(m: re.Match, ctx: Context) -> Found | None:
    n = parse_ordinal(m.group(2).replace(" ", "-"))
    if n is None:
        n = {"twenty-first": 21, "twentieth": 20, "nineteenth": 19}.get(m.group(2).lower())
    if not n:
        return None
    return _date_found(P.century(n - 1), _pos_mod(m.group(1)))


# =========================================================================================== relative days
_REL_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@rule("relative_day", rf"\b(?:({POS})\s+)?(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)\b(?:['’]s)?(?:\s+({POD}))?",
      priority=2)
def _relative_day(m: re.Match, ctx: Context) -> Found | None:
    word = re.sub(r"\s+", " ", m.group(2).lower())
    off = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(word, _REL_DAY.get(word, 0))
    mod = _pos_mod(m.group(1))
    end = m.end()
    if m.group(0).endswith(("'s", "’s")):
        end = m.end() - 2
    part = m.group(3)
    if ctx.text[m.end(2):m.end(2) + 1] in ("'", "’"):
        part = None
    if word == "tonight":
        part = "night"
    if part:
        code = PARTS_OF_DAY[part.lower()]
        f = ctx.from_reference(lambda r: P.part_of_day(r + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                               TimeType.TIME, mod)
        if not m.group(3):
            f.end = end
        return f
    if word == "today" and re.match(r"['’]s\s+(?:world|society|standards|economy|youth|children|generation)", ctx.text[m.end(2):m.end(2) + 20]):
        return Found(TimeType.DATE, "PRESENT_REF", end=end, anchor=TimeAnchor.NONE)
    f = ctx.from_reference(lambda r: P.day(r + dt.timedelta(days=off)), "XXXX-XX-XX", mod=mod)
    f.end = end
    return f


@rule("part_of_day", rf"\b(?:({POS})\s+)?(this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous|early\s+this|late\s+last|late\s+this)\s+({POD}|dawn|dusk)",
      priority=1)
def _part_of_day(m: re.Match, ctx: Context) -> Found | None:
    lead = re.sub(r"\s+", " ", m.group(2).lower())
    code = PARTS_OF_DAY[m.group(3).lower()]
    mod = "START" if lead.startswith("early") else "END" if lead.startswith("late ") else _pos_mod(m.group(1))
    if lead.endswith("last"):
        off = -1 if code in ("NI", "EV") else -1
        return ctx.from_reference(lambda r: P.part_of_day(r + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                                  TimeType.TIME, mod)
    if lead.endswith("this"):
        return ctx.from_reference(lambda r: P.part_of_day(r, code), f"XXXX-XX-XXT{code}", TimeType.TIME, mod)
    off = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1}[lead]
    return ctx.from_narrative(lambda b: P.part_of_day(b.day + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                              TimeType.TIME)


# =========================================================================================== weekdays
_ADJACENT_VERB = re.compile(r"\b([A-Za-z']+)\s+(?:(?:on|by|until|late|early)\s+)?$")
_PAST_FORMS = {"said", "told", "took", "came", "went", "began", "fell", "made", "gave", "won", "lost", "left", "met",
               "held", "saw", "found", "got", "sent", "led", "spoke", "wrote", "rose", "broke", "became", "struck",
               "fought", "paid", "sold", "bought", "built", "brought", "ran", "stood", "flew", "drew", "grew", "knew",
               "thought", "felt", "kept", "was", "were", "had", "did", "hit", "put", "set", "cut", "quit", "shut"}


def _weekday_tense(ctx: Context, start: int, end: int) -> str:
    """A bare weekday takes the tense of the verb right before it ("announced Wednesday", "will meet on
    Thursday"), else of its sentence; news weekdays lean to the past."""
    m = _ADJACENT_VERB.search(ctx.text, max(0, start - 30), start)
    if m:
        w = m.group(1).lower()
        if w in _PAST_FORMS or (w.endswith("ed") and len(w) > 3):
            return PAST
        if w in ("will", "would", "shall", "'ll", "to"):
            return FUTURE
    s, e, _ = ctx.sentence_bounds(start)
    from .tense import tense_near
    return tense_near(ctx.text, s, e, start)


@rule("weekday", rf"\b(?:({POS}|last|next|this|coming|past|this\s+past|this\s+coming)\s+)?({WD_FULL})(?!['’]s\s+(?-i:[A-Z]))(?:\s+({POD}))?",
      priority=1)
def _weekday_rule(m: re.Match, ctx: Context) -> Found | None:
    t = ctx.text
    word = m.group(2)
    if not word[0].isupper():
        return None
    lead = re.sub(r"\s+", " ", (m.group(1) or "").lower())
    if not lead:
        prev = _prev_word(t, m.start())
        nxt = re.match(r"\s+([A-Z][\w’'-]*)", t[m.end(2):m.end(2) + 30])
        if nxt and not prev.lower() in ("on", "by", "until", "since", "from", "before", "after", "and", "or", "to",
                                          "late", "early", "through", "till", "every", "each", "that", "last",
                                          "next", "this"):
            if nxt.group(1).lower().rstrip(".") not in MONTHS:
                return None  # "Sunday Star-Times", "Sunday Times"
        if prev in ("Bloody", "Black", "Super", "Palm", "Easter", "Good", "Ash", "Cyber", "Holy"):
            return None
    wd = _weekday(word)
    mod = _pos_mod(lead) if lead not in ("last", "next", "this", "coming", "past", "this past", "this coming") else None
    part = m.group(3)
    code = PARTS_OF_DAY[part.lower()] if part else None

    def build(r: dt.date) -> P.Point:
        if lead in ("last", "past", "this past"):
            d = r - dt.timedelta(days=((r.isoweekday() - wd - 1) % 7) + 1)
        elif lead in ("next", "coming", "this coming"):
            d = r + dt.timedelta(days=((wd - r.isoweekday() - 1) % 7) + 1)
        elif lead == "this":
            d = r - dt.timedelta(days=r.isoweekday() - 1) + dt.timedelta(days=wd - 1)
        else:
            d = _weekday_day(wd, r, tense)
        return P.part_of_day(d, code) if code else P.day(d)

    tense = _weekday_tense(ctx, m.start(), m.end())
    unresolved = f"XXXX-WXX-{wd}" + (f"T{code}" if code else "")
    type_ = TimeType.TIME if code else TimeType.DATE
    if ctx.ref is None and ctx.last is not None and not lead:
        # "on Tuesday" after a dated sentence: the Tuesday of that week
        def from_story(b: P.Point) -> P.Point:
            base = b.day
            d = base - dt.timedelta(days=base.isoweekday() - 1) + dt.timedelta(days=wd - 1)
            return P.part_of_day(d, code) if code else P.day(d)
        if ctx.last[0].gran in ("day", "week", "part_of_day", "hour", "minute"):
            return ctx.from_narrative(from_story, unresolved, type_, mod)
    return ctx.from_reference(build, unresolved, type_, mod)


@rule("weekday_set", rf"\b(?:(every|each|on)\s+)?({WD_FULL})s\b(?:\s+({POD}))?", priority=1)
def _weekday_plural(m: re.Match, ctx: Context) -> Found | None:
    if not m.group(2)[0].isupper():
        return None
    wd = _weekday(m.group(2))
    code = f"T{PARTS_OF_DAY[m.group(3).lower()]}" if m.group(3) else ""
    f = Found(TimeType.SET, f"XXXX-WXX-{wd}{code}", anchor=TimeAnchor.NONE,
              quant="EVERY" if (m.group(1) or "").lower() in ("every", "each") else None)
    if (m.group(1) or "").lower() == "on":
        f.start = m.start(2)
    return f


# =========================================================================================== this/last/next unit
_CAL_UNITS = r"(?:week|weekend|month|year|quarter|decade|century|" + SEASON[3:-3] + r")"


def _season_point(code: str, y: int) -> P.Point:
    return P.season(y, code)


def _relative_unit_point(unit: str, off: int, r: dt.date) -> P.Point:
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


@rule("relative_unit", rf"\b(?:({POS})[\s-]+)?(this|last|next|current|coming|past|previous|that|the\s+(?:current|same|previous|preceding|following|next|coming|past|last|latest|prior))\s+({_CAL_UNITS})\b(?!['’]s)?",
      priority=1)
def _relative_unit(m: re.Match, ctx: Context) -> Found | None:
    lead = re.sub(r"\s+", " ", m.group(2).lower())
    unit = m.group(3).lower()
    mod = _pos_mod(m.group(1))
    unresolved = _unresolved_for(unit)
    # "the past year", "the last week", "the next month" (without a number) are periods: durations
    if lead in ("the past", "the last", "the next", "the coming") and not mod and unit not in SEASONS and unit != "weekend":
        if lead in ("the coming", "the next") and unit in ("week", "month", "year"):
            return Found(TimeType.DURATION, _duration_value(1, unit), anchor=TimeAnchor.NONE)
        return Found(TimeType.DURATION, _duration_value(1, unit), anchor=TimeAnchor.NONE)
    if lead == "the latest":
        if unit != "quarter":
            return None
        return _quarter_default(m, ctx, None)
    if lead in ("that", "the same"):
        return ctx.from_narrative(lambda b: _at_gran(b, unit), unresolved, mod=mod)
    if lead in ("the previous", "the preceding", "the following", "the next", "the prior"):
        off = 1 if lead in ("the following", "the next") else -1
        return ctx.from_narrative(lambda b: _shift_point(b, off, unit), unresolved, mod=mod)
    off = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
           "coming": 1, "the coming": 1, "the past": -1, "the last": -1, "the next": 1}.get(lead, 0)
    return ctx.from_reference(lambda r: _relative_unit_point(unit, off, r), unresolved, mod=mod)


def _unresolved_for(unit: str) -> str:
    return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX",
            "decade": "XXX", "century": "XX"}.get(unit, "XXXX-" + SEASONS.get(unit, "XX"))


def _at_gran(p: P.Point, unit: str) -> P.Point:
    if unit in SEASONS:
        return P.season(*P.season_of(p.day))
    if unit == "weekend":
        return P.week_of(p.day, weekend=True)
    return P.point_at(unit, p.day)


def _shift_point(p: P.Point, n: int, unit: str) -> P.Point:
    if unit in SEASONS:
        return P.shift(P.season(*P.season_of(p.day)), n, "year")
    if unit == "weekend":
        return P.week_of(P.shift_day(p.day, n, "week"), weekend=True)
    return P.shift(p, n, unit, unit)


@rule("relative_day_narrative", r"\b(the\s+(?:next|following|previous|preceding|same)|that)\s+(day|night|evening|morning|afternoon)\b",
      priority=1)
def _narrative_day(m: re.Match, ctx: Context) -> Found | None:
    lead = re.sub(r"\s+", " ", m.group(1).lower())
    off = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}.get(lead, 0)
    word = m.group(2).lower()
    if word == "day":
        return ctx.from_narrative(lambda b: P.day(b.day + dt.timedelta(days=off)), "XXXX-XX-XX")
    code = PARTS_OF_DAY[word]
    return ctx.from_narrative(lambda b: P.part_of_day(b.day + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                              TimeType.TIME)


# =========================================================================================== quarters, halves
def _quarter_default(m: re.Match, ctx: Context, q: int | None, mod: str | None = None) -> Found:
    tense = ctx.tense(m.start(), m.end())
    if q is None:  # "the quarter", "the latest quarter": the one in the story, else the last one reported
        if ctx.last is not None and ctx.last[0].gran == "quarter":
            return ctx.from_narrative(lambda b: b, "XXXX-QX", mod=mod)

        def latest(r: dt.date) -> P.Point:
            cur = P.quarter_of(r)
            return P.shift(P.quarter(r.year, cur), -1 if tense == PAST or tense == "unknown" else 0, "quarter")
        return ctx.from_reference(latest, "XXXX-QX", mod=mod)

    def build(r: dt.date) -> P.Point:
        cur = P.quarter_of(r)
        y = r.year
        if q > cur and tense != FUTURE:
            y -= 1  # quarters are reported after they end: the latest one with that number
        return P.quarter(y, q)
    if ctx.ref is None and ctx.last is not None:
        return ctx.from_narrative(lambda b: P.quarter(b.day.year, q), f"XXXX-Q{q}", mod=mod)
    return ctx.from_reference(build, f"XXXX-Q{q}", mod=mod)


_QORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"


@rule("quarter", rf"\b(?:({POS})\s+)?(?:(the\s+(?:{YEAR4}|year-earlier|year-ago|comparable|corresponding|same)|the|its|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|a)\s+)?(?:(?:fiscal|calendar|flat)\s+)?({_QORD})[\s-]+(?:fiscal[\s-]+)?quarter(s)?\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?({YEAR4})|(this|last|next)\s+year))?",
      priority=2)
def _quarter(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(3).lower()
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3,
         "4th": 4}[word]
    det = re.sub(r"\s+", " ", (m.group(2) or "").lower())
    mod = _pos_mod(m.group(1))
    trim = None
    if det in ("its", "a", "their", "his", "her", "our") or (det == "the" and "-" in m.group(0)[m.start(3) - m.start():]):
        trim = m.start(3)
    ym = re.match(r"the (\d{4})$", det)
    if ym:
        return _date_found(P.quarter(int(ym.group(1)), q), mod)
    if det.startswith("the ") and ("earlier" in det or "ago" in det or "corresponding" in det or "comparable" in det):
        return ctx.from_narrative(lambda b: P.quarter(b.day.year - 1, q), f"XXXX-Q{q}", mod=mod)
    if m.group(4):
        return Found(TimeType.SET, f"XXXX-Q{q}", anchor=TimeAnchor.NONE)
    if word == "last" and not m.group(5) and not m.group(6):
        return None  # "the last quarter" is a period
    if m.group(5):
        f = _date_found(P.quarter(int(m.group(5)), q), mod)
        f.start = trim
        return f
    rel = m.group(6) or (det.split(" ")[0] if "year" in det else None)
    if rel:
        off = {"this": 0, "last": -1, "next": 1}[rel.lower()]
        return ctx.from_reference(lambda r: P.quarter(r.year + off, q), f"XXXX-Q{q}", mod=mod)
    f = _quarter_default(m, ctx, q, mod)
    f.start = trim
    return f


@rule("the_quarter", r"\b(?:the|this|that)\s+(?:(?:latest|current|recent|most\s+recent|same|year-earlier|year-ago)\s+)?quarter\b(?!\s+(?:of\s+a|century|mile|point|percent|final|finals|inch))",
      priority=0)
def _the_quarter(m: re.Match, ctx: Context) -> Found | None:
    low = m.group(0).lower()
    if "year-earlier" in low or "year-ago" in low:
        return ctx.from_narrative(lambda b: P.shift(P.point_at("quarter", b.day), -4, "quarter"), "XXXX-QX")
    if low.startswith("this") or "current" in low:
        return ctx.from_reference(lambda r: P.point_at("quarter", r), "XXXX-QX")
    return _quarter_default(m, ctx, None)


@rule("half", rf"\b(?:the\s+)?(first|second|latter|1st|2nd)\s+half\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?({YEAR4})|(this|last|next|the)\s+year)\b",
      priority=2)
def _half(m: re.Match, ctx: Context) -> Found | None:
    h = 1 if m.group(1).lower() in ("first", "1st") else 2
    if m.group(2):
        return _date_found(P.half(int(m.group(2)), h))
    rel = m.group(3).lower()
    if rel == "the":
        return ctx.from_narrative(lambda b: P.half(b.day.year, h), f"XXXX-H{h}")
    off = {"this": 0, "last": -1, "next": 1}[rel]
    return ctx.from_reference(lambda r: P.half(r.year + off, h), f"XXXX-H{h}")


# =========================================================================================== seasons
@rule("season", rf"\b(?:({POS})[\s-]+)?(?:(this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+past|that|the)\s+)?({SEASON})(?:\s+(?:of\s+)?({YEAR4}))?\b(?!\s+(?:of\s+(?!(?:19|20)\d\d)|collection|break|term|session|camp|school|olympics|games|season|palace|semester|festival|house|storm|storms|weather|solstice|wheat|offensive|wind|rain))",
      priority=1)
def _season(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(3).lower()
    code = SEASONS[word]
    lead = re.sub(r"\s+", " ", (m.group(2) or "").lower())
    mod = _pos_mod(m.group(1))
    if m.group(4):
        return _date_found(P.season(int(m.group(4)), code), mod)
    if word == "fall" and not lead and not mod:
        return None
    if not lead and not mod:
        prev = _prev_word(ctx.text, m.start()).lower()
        if prev not in ("in", "this", "last", "next", "until", "since", "by", "during", "early", "late"):
            return None
    if lead == "the":
        prev = _prev_word(ctx.text, m.start()).lower()
        if prev not in ("in", "during", "until", "by", "since", "over", "through"):
            return None
    if lead == "that":
        return ctx.from_narrative(lambda b: P.season(b.day.year, code), f"XXXX-{code}", mod=mod)
    off = {"this": 0, "last": -1, "the past": -1, "this past": -1, "next": 1, "the coming": 1,
           "this coming": 1}.get(lead)
    if off is None:
        tense = ctx.tense(m.start(), m.end())
        off = -1 if tense == PAST else 1 if tense == FUTURE else 0

        def build(r: dt.date) -> P.Point:
            cur = P.season(r.year, code)
            if off < 0 and cur.day > r:
                return P.season(r.year - 1, code)
            if off > 0 and cur.last_day < r:
                return P.season(r.year + 1, code)
            return cur
        return ctx.from_reference(build, f"XXXX-{code}", mod=mod)
    return ctx.from_reference(lambda r: _relative_unit_point(word, off, r), f"XXXX-{code}", mod=mod)


# =========================================================================================== clock times
_DAY_PHRASE = re.compile(
    rf"(?:on\s+)?(?:(today|yesterday|tomorrow|tonight)|(?:(?:last|next|this)\s+)?({WD_FULL})(?:,?\s+({MON})\s+({DAY_NUM}))?|"
    rf"({MON})\s+({DAY_NUM})(?:,?\s+({YEAR4}))?)\b", I)


def _day_of_phrase(ctx: Context, pm: re.Match, start: int, end: int) -> tuple[P.Point | None, TimeAnchor]:
    """The day a phrase after a clock time names ("Wednesday", "Nov. 6", "yesterday")."""
    if pm.group(1):
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[pm.group(1).lower()]
        if ctx.ref is None:
            return None, TimeAnchor.UNRESOLVED
        return P.day(ctx.ref + dt.timedelta(days=off)), TimeAnchor.REFERENCE
    mon, dnum, yr = (pm.group(3), pm.group(4), None) if pm.group(3) else (pm.group(5), pm.group(6), pm.group(7))
    if mon:
        f = _resolve_month_day(_month(mon), int(re.match(r"\d+", dnum).group(0)), yr, start, end, ctx)
        if f is None or f.point is None:
            return None, TimeAnchor.UNRESOLVED
        return f.point, f.anchor
    if pm.group(2):
        if ctx.ref is None:
            return None, TimeAnchor.UNRESOLVED
        tense = ctx.tense(start, end)
        return P.day(_weekday_day(_weekday(pm.group(2)), ctx.ref, tense)), TimeAnchor.REFERENCE
    return None, TimeAnchor.UNRESOLVED


def _clock_found(ctx: Context, m: re.Match, hour: int, minute: int | None, tail: str | None, tail_start: int,
                 mod: str | None) -> Found:
    if tail:
        pm = _DAY_PHRASE.match(tail)
        day, anchor = _day_of_phrase(ctx, pm, m.start(), m.end())
    else:
        day, anchor = None, TimeAnchor.UNRESOLVED
        # the day of the previous time in the same sentence, else the reference date
        if ctx.last is not None and ctx.last[0].gran in ("day", "part_of_day", "hour", "minute"):
            day, anchor = P.day(ctx.last[0].day), TimeAnchor.NARRATIVE
        elif ctx.ref is not None:
            day, anchor = P.day(ctx.ref), TimeAnchor.REFERENCE
    hh = f"{hour:02d}" + (f":{minute:02d}" if minute is not None else ":00")
    if day is None:
        return Found(TimeType.TIME, f"XXXX-XX-XXT{hh}", mod=mod, anchor=TimeAnchor.UNRESOLVED)
    p = P.time_of(day.day, hour, minute if minute is not None else 0)
    f = Found(TimeType.TIME, p.value, mod=mod, point=p, anchor=anchor)
    if anchor == TimeAnchor.NARRATIVE and ctx.last:
        f.anchor_id = ctx.last[1]
    return f


_DAY_TAIL = rf"(?:,?\s+((?:on\s+)?(?:today|yesterday|tomorrow|tonight|(?:(?:last|next|this)\s+)?{WD_FULL}(?:,?\s+{MON}\s+{DAY_NUM})?|{MON}\s+{DAY_NUM}(?:,?\s+{YEAR4})?)\b))?"


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
    if hour > 23 or (ampm[0] in "ap" and int(m.group(2)) > 12):
        return None
    mod = "APPROX" if m.group(1) and m.group(1).lower() in ("about", "around", "approximately", "at about") else None
    f = _clock_found(ctx, m, hour, minute, m.group(6), m.start(6) if m.group(6) else 0, mod)
    if m.group(1) and not mod:
        f.start = m.start(2)
    if m.group(1) and m.group(1).lower().startswith("at "):
        f.start = m.start(1) + 3
    return f


@rule("clock24", rf"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])({TZ})?{_DAY_TAIL}", priority=2)
def _clock24(m: re.Match, ctx: Context) -> Found | None:
    prev = ctx.text[max(0, m.start() - 12):m.start()].lower()
    if not m.group(3) and not m.group(4) and not re.search(r"\b(?:at|by|until|from|before|after|around|about)\s+$", prev):
        return None
    return _clock_found(ctx, m, int(m.group(1)), int(m.group(2)), m.group(4), m.start(4) if m.group(4) else 0, None)


@rule("noon", rf"\b(noon|midday|midnight)\b{_DAY_TAIL}", priority=2)
def _noon(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(1).lower()
    if word == "midnight":
        f = _clock_found(ctx, m, 0, 0, m.group(2), m.start(2) if m.group(2) else 0, None)
        if f.point is not None:
            f.value = f.point.day.isoformat() + "T24:00"
        return f
    return _clock_found(ctx, m, 12, 0, m.group(2), m.start(2) if m.group(2) else 0, None)


# =========================================================================================== durations and offsets
_DUR_TAIL = r"(?:\s+(ago|earlier|later|afterwards?|from\s+now|hence|back(?!\s+(?:to|in|into|from|on|home|at|the|when|then|up|down|out))|before(?=\s*[,.;:]|\s+(?:that|this)\b)|after(?=\s*[,.;:]|\s+(?:that|this)\b)|(?:before|after)\s+(?:that|this)))?"


@rule("duration", rf"\b(?:({MOD})\s+(?!(?:the|these|those|its|their|his|her|our)\b))?(?:(the|these|those|its|their|his|her|our|a|another|an\s+additional|an\s+extra|the\s+next|the\s+past|the\s+last|the\s+first|the\s+previous|the\s+coming|the\s+following|the\s+latest|the\s+final|the\s+remaining|the\s+initial|the\s+ensuing|the\s+preceding|the\s+prior|the\s+recent|the\s+same|the\s+other|the\s+full|the\s+entire|the\s+whole|next|past|last|first|previous|coming|following|final|recent)\s+)?((?:{NUMBER})(?:\s+(?:to|or)\s+(?:{NUMBER}))?)[\s-]+(?:(?:more|calendar|fiscal|business|trading|working|school|straight|consecutive|full|long|short|solid|whole|additional|extra)[\s-]+)?({UNIT})(?:(-|\s)old\b)?(\s+and\s+a\s+half)?(\s+or\s+so|\s+or\s+more|\s+or\s+less)?{_DUR_TAIL}",
      priority=1)
def _duration(m: re.Match, ctx: Context) -> Found | None:
    t = ctx.text
    num_text = m.group(3)
    unit = _unit(m.group(4))
    ranged = re.search(r"\s(?:to|or)\s", num_text)
    n = None if ranged else parse_number(num_text)
    if m.group(5):
        return None  # "52 years old", "6-year-old": ages are not time expressions
    if unit == "quarter" and (num_text.lower() in ("a", "an", "one") or re.match(r"\s+of\b", t[m.end():m.end() + 4])):
        if not re.search(r"\b(?:per|each|every|a)\s*$", t[max(0, m.start() - 8):m.start()]) or num_text.lower() not in ("a", "an"):
            return None  # "a quarter of the vote", "three-quarters"
    low_num = num_text.lower()
    if unit == "second" and low_num in ("a", "an"):
        return None  # "a second" (attack) is rarely a duration
    if n is not None and m.group(6):
        n += 0.5
    # counts of units that are not periods: "two quarters of the vote"? keep simple: reject "X days of"?
    if n is not None and n > 100000:
        return None
    if re.match(r"\s*(?:%|percent|per\s*cent)", t[m.end(3):m.end(3) + 12]):
        return None
    if t[m.start(3) - 1:m.start(3)] == "/" or t[m.end(3):m.end(3) + 1] == "/":
        return None  # "5 1/2 hours": fractions are not read
    prev = _prev_word(t, m.start())
    if prev and prev[-1] in "$£€" or re.search(r"[$£€]\s*$", t[max(0, m.start() - 2):m.start()]):
        return None
    unit_plural = m.group(4).lower().endswith("s") or m.group(4).lower() in ("centuries", "millennia")
    if low_num in ("a", "an", "one") and unit_plural:
        return None
    mod = _modifier(m.group(1))
    tail_mod = (m.group(7) or "").strip().lower()
    if tail_mod == "or so":
        mod = mod or "APPROX"
    elif tail_mod == "or more":
        mod = mod or "EQUAL_OR_MORE"
    elif tail_mod == "or less":
        mod = mod or "EQUAL_OR_LESS"
    det = re.sub(r"\s+", " ", (m.group(2) or "").lower())
    tail = re.sub(r"\s+", " ", (m.group(8) or "").lower())
    start = m.start()
    if m.group(1) and n is None and not ranged:
        mod = None  # "over several years": no modifier on a vague amount, and the extent starts at the amount
        start = m.start(2) if m.group(2) else m.start(3)
    if not tail:
        # a period: "three years", "the past two weeks", "a few days"
        # "per day", "a day" after money or "times": a set, handled by the set rule
        if low_num in ("a", "an") and re.search(r"(?:\d|[$£€]|\btimes|\bonce|\btwice|\bthrice)\s*$", t[max(0, start - 12):start]):
            return None
        value = _duration_value(n, unit)
        f = Found(TimeType.DURATION, value, mod=mod, anchor=TimeAnchor.NONE, start=start if start != m.start() else None)
        joined = t[m.end(3):m.start(4)]
        adjectival = "-" in joined or (not unit_plural and n is not None and n != 1 and not m.group(6))
        if adjectival and det in ("a", "the", "its", "their", "his", "her", "our", "another") and not m.group(1):
            f.start = m.start(3)  # "a two-year (plan)": the determiner belongs to the noun
        return f
    # an offset from now or from the story: "two years ago", "three days later"
    shift_n, shift_unit = _shift_unit(unit)
    gran = _gran_of_unit(unit)
    if tail in ("ago", "back", "from now", "hence"):
        sign = -1 if tail in ("ago", "back") else 1
        if n is None:
            return Found(TimeType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, anchor=TimeAnchor.NONE)
        if not float(n).is_integer() or unit in ("second", "minute", "hour"):
            return Found(TimeType.DURATION, _duration_value(n, unit), mod=mod, anchor=TimeAnchor.NONE)
        k = int(n) * shift_n * sign
        if unit == "year" and ctx.last is not None and ctx.last[0].gran == "quarter" and sign < 0:
            f = ctx.from_narrative(lambda b: P.shift(b, k, "year"), _relative_value(k, unit), mod=mod)
        else:
            f = ctx.from_reference(lambda r: P.point_at(gran, P.shift_day(r, k, shift_unit)),
                                   _relative_value(k, unit), mod=mod)
        f.sets_anchor = sign > 0
        return f
    sign = -1 if tail.startswith(("earlier", "before")) else 1
    if n is None or not float(n).is_integer() or unit in ("second", "minute", "hour"):
        return Found(TimeType.DURATION, _duration_value(n, unit), mod=mod, anchor=TimeAnchor.NONE)
    k = int(n) * shift_n * sign

    def build(b: P.Point) -> P.Point:
        g = b.gran if not b.coarser_than(gran) else gran
        if g in ("minute", "hour", "part_of_day"):
            g = "day"
        if b.coarser_than(gran):
            g = b.gran
        return P.shift(b, k, shift_unit, g)
    f = ctx.from_narrative(build, _relative_value(k, unit), mod=mod)
    f.sets_anchor = sign > 0
    return f


def _relative_value(k: int, unit: str) -> str:
    return {"day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "fortnight": "XXXX-WXX",
            "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX")


@rule("vague_period", rf"\b(?:(the|these|those)\s+)?(?:(recent|coming|past|last|next|previous|following|ensuing|first|final)\s+)(seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters)\b(?!\s+(?:of\s+age|old))",
      priority=0)
def _vague_period(m: re.Match, ctx: Context) -> Found | None:
    det = (m.group(1) or "").lower()
    adj = m.group(2).lower()
    unit = _unit(m.group(3))
    if adj == "recent" and unit == "year":
        return Found(TimeType.DATE, "PAST_REF", anchor=TimeAnchor.NONE)
    if adj == "coming" and unit in ("day", "week", "month", "year"):
        return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE)
    if not det and adj not in ("recent", "coming", "past"):
        return None
    return Found(TimeType.DURATION, _duration_value(None, unit), anchor=TimeAnchor.NONE)


@rule("bare_units", r"\b(years|months|weeks|days|decades|centuries|hours|minutes)\b(?!\s+(?:of|old|ago|earlier|later|before|after))",
      priority=-1)
def _bare_units(m: re.Match, ctx: Context) -> Found | None:
    prev = _prev_word(ctx.text, m.start()).lower()
    if prev not in ("for", "in", "within", "over"):
        return None
    unit = _unit(m.group(1))
    return Found(TimeType.DURATION, _duration_value(None, unit), anchor=TimeAnchor.NONE)


@rule("compound_adj", rf"\b({NUMBER})-({UNIT})-(long|old)\b", priority=2)
def _compound_adj(m: re.Match, ctx: Context) -> Found | None:
    if m.group(3).lower() == "old":
        return Found(TimeType.DURATION, "AGE", anchor=TimeAnchor.NONE)  # ages are not times: dropped later
    n = parse_number(m.group(1))
    return Found(TimeType.DURATION, _duration_value(n, _unit(m.group(2))), anchor=TimeAnchor.NONE)


# =========================================================================================== sets
_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D", "biannually": "P6M", "semiannually": "P6M",
                "fortnightly": "P2W", "biweekly": "P2W"}


@rule("set_adverb", r"\b(daily|weekly|monthly|annually|yearly|hourly|nightly|biannually|semiannually|fortnightly|biweekly)\b",
      priority=0)
def _set_adverb(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(1).lower()
    nxt = _next_word(ctx.text, m.end()).lower()
    if word in ("daily", "weekly", "monthly") and nxt in ("mail", "telegraph", "news", "star", "express", "beast",
                                                          "record", "standard", "sabah", "times"):
        return None
    if m.group(1)[0].isupper() and m.start() > 0 and ctx.text[m.start() - 1] not in "\n\"'(“‘ " :
        return None
    if m.group(1)[0].isupper() and _prev_word(ctx.text, m.start())[:1].isupper():
        return None  # "Daily Mail", "The Weekly Standard"
    return Found(TimeType.SET, _ADVERB_SETS[word], quant="EVERY", anchor=TimeAnchor.NONE)


@rule("set_every", rf"\b(every|each)\s+(?:(other|{NUMBER})\s+)?({UNIT}|{WD_FULL}|{MON_FULL}|{SEASON}|weekend|morning|afternoon|evening|night)",
      priority=2)
def _set_every(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(3).lower()
    quant = m.group(1).upper()
    n = 2 if (m.group(2) or "").lower() == "other" else parse_number(m.group(2)) if m.group(2) else 1
    if word in UNIT_FORMS:
        unit = _unit(word)
        return Found(TimeType.SET, _duration_value(n, unit), quant=quant, anchor=TimeAnchor.NONE)
    if word in WEEKDAYS:
        return Found(TimeType.SET, f"XXXX-WXX-{_weekday(word)}", quant=quant, anchor=TimeAnchor.NONE)
    if word in MONTHS:
        return Found(TimeType.SET, f"XXXX-{_month(word):02d}", quant=quant, anchor=TimeAnchor.NONE)
    if word in SEASONS:
        return Found(TimeType.SET, f"XXXX-{SEASONS[word]}", quant=quant, anchor=TimeAnchor.NONE)
    if word == "weekend":
        return Found(TimeType.SET, "XXXX-WXX-WE", quant=quant, anchor=TimeAnchor.NONE)
    return Found(TimeType.SET, f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", quant=quant, anchor=TimeAnchor.NONE)


@rule("set_rate", rf"\b(?:(once|twice|thrice|{NUMBER}\s+times)\s+)?(?:(a|an|per)\s+)({UNIT})\b", priority=2)
def _set_rate(m: re.Match, ctx: Context) -> Found | None:
    unit = _unit(m.group(3))
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
        before = ctx.text[max(0, m.start() - 25):m.start()]
        if m.group(2).lower() != "per" and not re.search(r"(?:\d|[$£€]|\d\s*(?:million|billion|bn|m|k|percent|%)|per\s*cent|dollars|pounds|euros|cents|shares|barrels|tons|tonnes|people|visitors|units|cars)\s*$", before):
            return None
    f = Found(TimeType.SET, _duration_value(1, unit), freq=freq, quant=None, anchor=TimeAnchor.NONE)
    if not m.group(1):
        f.start = m.start(2)
    return f


# =========================================================================================== vague references
_VAGUE = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "present": "PRESENT_REF", "the moment": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "recent": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "future": "FUTURE_REF",
}


@rule("vague", r"\b(now|currently|nowadays|these\s+days|(?<=at\s)present|(?<=at\s)the\s+moment|(?<=for\s)the\s+moment|recently|lately|the\s+past|the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|current|recent|future)\b",
      priority=-1)
def _vague(m: re.Match, ctx: Context) -> Found | None:
    word = re.sub(r"\s+", " ", m.group(1).lower())
    t = ctx.text
    nxt = _next_word(t, m.end())
    prev = _prev_word(t, m.start()).lower()
    if word == "now" and (re.match(r"-", t[m.end():m.end() + 1]) or prev in ("until", "till", "from", "by", "than")):
        if prev in ("until", "till", "by", "from", "than"):
            return Found(TimeType.DATE, "PRESENT_REF", anchor=TimeAnchor.NONE)
        return None
    if word == "now" and nxt.lower() == "that":
        return None
    if word in ("current", "recent", "future"):
        if prev not in ("the", "its", "their", "his", "her", "our", "a", "in", "of", "for", "with", "and", "more",
                        "most", "near", "from"):
            return None
        if nxt.lower() in ("account", "accounts", "affairs", "events", "tense", "generation", "generations",
                           "and", "or", "of", "is", "was", "president", "leader", "leadership", "prime",
                           "minister", "government", "administration", "chief", "chairman", "wife", "husband"):
            return None
        if word == "future" and nxt.lower() in ("of", "is"):
            return None
        if word == "future" and not nxt.lower().endswith("s"):
            return None
    return Found(TimeType.DATE, _VAGUE[word], anchor=TimeAnchor.NONE)


# =========================================================================================== comparisons, holidays
@rule("year_earlier", r"\b(?:(the)\s+(?:comparable\s+|corresponding\s+|same\s+)?)?(year-earlier|year-ago|year\s+earlier|prior-year|previous-year)(?:\s+(period|quarter|months|nine\s+months|six\s+months|level|levels))?\b",
      priority=1)
def _year_earlier(m: re.Match, ctx: Context) -> Found | None:
    noun = (m.group(3) or "").lower()
    if m.group(1) and not noun:
        return None
    if noun and noun not in ("period", "quarter"):
        f = Found(TimeType.DATE, "", start=m.start(2), end=m.end(2))
    else:
        f = Found(TimeType.DATE, "")
        if not noun:
            f.end = m.end(2)
    g = ctx.from_narrative(lambda b: P.shift(b if b.gran in ("quarter", "year", "month", "half") else P.year(b.day.year), -1, "year"), "XXXX")
    g.start, g.end, g.sets_anchor = f.start, f.end, False
    return g


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th weekday `wd` (ISO) of a month; n = -1 for the last one."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
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
    "independence day": lambda y: dt.date(y, 7, 4), "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14), "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4), "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "easter sunday": _easter, "easter": _easter, "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1), "anzac day": lambda y: dt.date(y, 4, 25),
    "armistice day": lambda y: dt.date(y, 11, 11), "remembrance day": lambda y: dt.date(y, 11, 11),
    "bastille day": lambda y: dt.date(y, 7, 14), "may day": lambda y: dt.date(y, 5, 1),
}
_HOLIDAY_RE = alternation(_HOLIDAYS).replace("'", "['’]")


@rule("holiday", rf"\b(?:(last|next|this)\s+)?({_HOLIDAY_RE})\b(?:,?\s+({YEAR4}))?", priority=2)
def _holiday(m: re.Match, ctx: Context) -> Found | None:
    if not m.group(2)[0].isupper():
        return None
    key = re.sub(r"\s+", " ", m.group(2).lower()).replace("’", "'")
    fn = _HOLIDAYS[key]
    if m.group(3):
        try:
            return _date_found(P.day(fn(int(m.group(3)))))
        except (ValueError, P.OutOfCalendar):
            return None
    lead = (m.group(1) or "").lower()
    tense = ctx.tense(m.start(), m.end())

    def build(r: dt.date) -> P.Point:
        this = fn(r.year)
        if lead == "last" or (not lead and tense == PAST):
            return P.day(this if this <= r else fn(r.year - 1))
        if lead == "next" or (not lead and tense == FUTURE):
            return P.day(this if this >= r else fn(r.year + 1))
        return P.day(this)
    return ctx.from_reference(build, "XXXX-XX-XX")


@rule("the_weekend", r"\b(the|this|last|next|that)\s+weekend\b", priority=1)
def _the_weekend(m: re.Match, ctx: Context) -> Found | None:
    lead = m.group(1).lower()
    if lead == "that":
        return ctx.from_narrative(lambda b: P.week_of(b.day, weekend=True), "XXXX-WXX-WE")
    tense = ctx.tense(m.start(), m.end())
    off = {"last": -1, "next": 1, "this": 0}.get(lead)

    def build(r: dt.date) -> P.Point:
        if off is not None:
            return P.week_of(P.shift_day(r, off, "week"), weekend=True)
        # "the weekend": the one just past in past-tense text, else the coming one
        if tense == PAST and r.isoweekday() < 6:
            return P.week_of(r - dt.timedelta(days=7), weekend=True)
        return P.week_of(r, weekend=True)
    return ctx.from_reference(build, "XXXX-WXX-WE")


@rule("position_part_of_day", rf"\b({POS})[\s-]*({POD})(?:\s+(today|yesterday|tomorrow|{WD_FULL}))?", priority=2)
def _position_part_of_day(m: re.Match, ctx: Context) -> Found | None:
    mod = _pos_mod(m.group(1))
    code = PARTS_OF_DAY[m.group(2).lower()]
    day_word = (m.group(3) or "").lower()
    tense = ctx.tense(m.start(), m.end())
    if day_word in WEEKDAYS:
        wd = WEEKDAYS[day_word]
        return ctx.from_reference(lambda r: P.part_of_day(_weekday_day(wd, r, tense), code), f"XXXX-WXX-{wd}T{code}",
                                  TimeType.TIME, mod)
    off = {"yesterday": -1, "tomorrow": 1}.get(day_word, 0)
    if not day_word and ctx.last is not None and ctx.last[0].gran in ("day", "part_of_day") and \
            ctx.last_sentence == ctx.sentence_index(m.start()):
        return ctx.from_narrative(lambda b: P.part_of_day(b.day, code), f"XXXX-XX-XXT{code}", TimeType.TIME, mod)
    return ctx.from_reference(lambda r: P.part_of_day(r + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                              TimeType.TIME, mod)


@rule("the_end_of", rf"\b({POS})\s+(?:the|this|next|last)\s+(year|month|week|decade|century)\b", priority=1)
def _the_end_of(m: re.Match, ctx: Context) -> Found | None:
    mod = _pos_mod(m.group(1))
    unit = m.group(2).lower()
    lead = re.search(r"\s(the|this|next|last)\s", m.group(0)).group(1).lower()
    off = {"next": 1, "last": -1}.get(lead, 0)
    if lead == "the" and ctx.last is not None and not ctx.last[0].coarser_than(unit):
        return ctx.from_narrative(lambda b: P.point_at(unit, b.day), _unresolved_for(unit), mod=mod)
    return ctx.from_reference(lambda r: P.shift(P.point_at(unit, r), off, unit), _unresolved_for(unit), mod=mod)


# =========================================================================================== year ends, terms
@rule("year_end", r"\b(?:(the|this|last|next)\s+)?(year[-\s]end|year['’]s\s+end|end\s+of\s+(?:the\s+)?year)\b", priority=1)
def _year_end(m: re.Match, ctx: Context) -> Found | None:
    lead = (m.group(1) or "").lower()
    if lead == "the":
        return None  # "the year-end audit" names a kind of thing
    off = {"last": -1, "next": 1}.get(lead, 0)
    tense = ctx.tense(m.start(), m.end())
    if not lead and tense != FUTURE:
        off = None  # "since year-end": the last one that has passed
    return ctx.from_reference(lambda r: P.year(r.year + (off if off is not None else (0 if r.month == 12 else -1))),
                              "XXXX", mod="END")


@rule("term", r"\bthe\s+(short|near|long|medium)(?:er)?\s+(term|run)\b", priority=0)
def _term(m: re.Match, ctx: Context) -> Found | None:
    if _next_word(ctx.text, m.end()).lower() in ("of", "and"):
        return None
    return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE)


@rule("whole_year", r"\bthe\s+(?:(current|latest|previous|last|next|coming|full|fiscal|calendar)\s+)?(?:(fiscal|calendar|full|financial)\s+)year\b(?!\s+(?:ended|ending|ends|to|through|of|19|20))",
      priority=0)
def _whole_year(m: re.Match, ctx: Context) -> Found | None:
    lead = (m.group(1) or "").lower()
    off = {"previous": -1, "last": -1, "next": 1, "coming": 1}.get(lead, 0)
    if lead in ("latest",) or (not lead and ctx.last is not None and ctx.last[0].gran == "year"):
        if ctx.last is not None:
            return ctx.from_narrative(lambda b: P.year(b.day.year), "XXXX")
    return ctx.from_reference(lambda r: P.year(r.year + off), "XXXX")


# =========================================================================================== more clock and period forms
@rule("military_time", rf"\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs\b|hours\b)?\s*(?:(GMT|UTC|local\s+time|[A-Z]{{3}})\b){_DAY_TAIL}",
      priority=3)
def _military_time(m: re.Match, ctx: Context) -> Found | None:
    zone = m.group(3)
    if not (zone.isupper() or zone.lower().startswith("local")):
        return None
    if zone not in ("GMT", "UTC") and not zone.lower().startswith("local") and \
            zone not in ("EST", "EDT", "CST", "CDT", "PST", "PDT", "MST", "BST", "CET", "IST", "AST"):
        return None
    return _clock_found(ctx, m, int(m.group(1)), int(m.group(2)), m.group(4), m.start(4) if m.group(4) else 0, None)


@rule("overnight", r"\b(overnight)\b(?!\s+(?:stay|stays|flight|bag|trip|train|shift|guests?))", priority=0)
def _overnight(m: re.Match, ctx: Context) -> Found | None:
    if _prev_word(ctx.text, m.start()).lower() in ("an", "a", "the"):
        return None
    return ctx.from_reference(lambda r: P.part_of_day(r - dt.timedelta(days=1), "NI"), "XXXX-XX-XXTNI", TimeType.TIME)


@rule("unit_long", r"\b(hour|day|week|month|year|decade|century|hours|days|weeks|months|years|decades|centuries)-long\b", priority=1)
def _unit_long(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(1).lower()
    unit = _unit(word)
    n = None if word != unit else 1
    return Found(TimeType.DURATION, _duration_value(n, unit), anchor=TimeAnchor.NONE)


@rule("the_year_period", r"\bthe\s+year(?=\s*[,.;:)]|\s+(?:and|as|but|while|because|compared|versus|from|to\s+date)\b)",
      priority=-1)
def _the_year_period(m: re.Match, ctx: Context) -> Found | None:
    """"for the year", "earlier in the year": the year as a period (TempEval annotators mostly chose P1Y)."""
    if _prev_word(ctx.text, m.start()).lower() not in ("for", "during", "over", "of", "in"):
        return None
    return Found(TimeType.DURATION, "P1Y", anchor=TimeAnchor.NONE)


@rule("the_week", r"\bthe\s+(week|morning|afternoon|evening)\b(?!\s+(?:of|before|after|earlier|ago|that|when|in\s+which|ended|ending))",
      priority=-1)
def _the_week(m: re.Match, ctx: Context) -> Found | None:
    """"the week" (the current one, or the story's), "in the morning" (of the story's day)."""
    word = m.group(1).lower()
    prev = _prev_word(ctx.text, m.start()).lower()
    if word == "week":
        if prev not in ("for", "during", "in", "over", "of", "throughout", "later", "earlier"):
            return None
        if ctx.last is not None and ctx.last[0].gran in ("day", "week", "part_of_day"):
            return ctx.from_narrative(lambda b: P.week_of(b.day), "XXXX-WXX")
        return ctx.from_reference(lambda r: P.week_of(r), "XXXX-WXX")
    if prev not in ("in", "during", "by", "through", "throughout", "until", "early", "late", "later", "earlier"):
        return None
    code = PARTS_OF_DAY[word]
    if ctx.last is not None and ctx.last[0].gran in ("day", "part_of_day", "hour", "minute"):
        return ctx.from_narrative(lambda b: P.part_of_day(b.day, code), f"XXXX-XX-XXT{code}", TimeType.TIME)
    return ctx.from_reference(lambda r: P.part_of_day(r, code), f"XXXX-XX-XXT{code}", TimeType.TIME)


# =========================================================================================== pre-screens
# Each rule runs only where one of its trigger tokens occurs (a token is a run of letters or of digits, seen in
# lower case); `back` is how far before the token a match may start.
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
    "month_day": (_MONTH_W, 16), "day_month": (_MONTH_W, 24), "month_year": (_MONTH_W, 30), "month": (_MONTH_W, 30),
    "year": (r"1\d{3}|20\d\d", 40), "year_period": (r"1\d{3}|20\d\d", 5), "year_words": (r"nineteen|twenty|thousand", 30),
    "year_words_the": (r"thousand", 30), "decade": (r"\d{3}0|\d0|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties", 40),
    "century": (r"century", 60), "relative_day": (r"today|yesterday|tomorrow|tonight", 40),
    "part_of_day": (_POD_W, 30), "weekday": (_words(FULL_WEEKDAYS), 40),
    "weekday_set": (_words([w + "s" for w in FULL_WEEKDAYS]), 10), "relative_unit": (_CAL_W, 50),
    "relative_day_narrative": (r"day|night|evening|morning|afternoon", 30),
    "quarter": (r"quarters?", 70), "the_quarter": (r"quarter", 40), "half": (r"half", 20),
    "season": (_words(SEASONS), 40), "clock": (r"\d{1,2}", 30), "clock24": (r"\d{1,2}", 0),
    "noon": (r"noon|midday|midnight", 0),
    "duration": (_UNIT_W, 80), "vague_period": (_UNIT_W, 40), "bare_units": (_UNIT_W, 0), "compound_adj": (_UNIT_W, 40),
    "set_every": (r"every|each", 0), "set_rate": (_UNIT_W, 40), "year_earlier": (r"year|years", 30),
    "holiday": (r"christmas|new|independence|halloween|valentine|thanksgiving|labor|memorial|election|easter|good|"
                r"anzac|armistice|remembrance|bastille|may|boxing", 10),
    "the_weekend": (r"weekend", 10), "position_part_of_day": (_POD_W, 30),
    "the_end_of": (r"year|month|week|decade|century", 40),
    "year_end": (r"year|end", 12), "term": (r"term|run", 20), "whole_year": (r"year", 40),
    "the_week": (r"week|morning|afternoon|evening", 5), "the_year_period": (r"year", 5), "military_time": (r"\d{4}", 0), "overnight": (r"overnight", 0),
    "unit_long": (r"hours?|days?|weeks?|months?|years?|decades?|century|centuries", 0),
    "set_adverb": (r"daily|weekly|monthly|annually|yearly|hourly|nightly|biannually|semiannually|fortnightly|biweekly", 0),
    "vague": (r"now|currently|nowadays|days|present|moment|recently|lately|past|future|current|recent", 20),
}
TOKEN = re.compile(r"[A-Za-z]+|\d+")
"""What the pre-screen splits a text into."""

for _r in RULES:
    _pat, _r.back = _TRIGGERS[_r.name]  # every rule must have a trigger
    _r.trigger = re.compile(rf"(?:{_pat})")
