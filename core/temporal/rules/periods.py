"""Running periods of today's news: "the past fortnight" (a duration like "the past two weeks"), "year to date"
(the year of writing), compound amounts "six years and nine months" (one duration, P6Y9M, as a sentence is
written in court reports)."""

from __future__ import annotations

import re

from ...model import TimeAnchor, TimeType
from .. import points as P
from ..context import Context, Found
from ..numbers import NUMBER, parse_number
from ..tense import FUTURE
from .base import MON, YEAR4, month_number, rule, unit_of
from .relative import _quarter_default

# unit -> (TimeML letter, written after the T)
_PARTS = {"year": ("Y", False), "month": ("M", False), "week": ("W", False), "day": ("D", False),
          "hour": ("H", True), "minute": ("M", True), "second": ("S", True)}
_ORDER = ["year", "month", "week", "day", "hour", "minute", "second"]
_U = r"(years?|months?|weeks?|days?|hours?|minutes?|seconds?)"


@rule("running_fortnight", r"\b(?:the\s+(?:past|last|next|coming|previous|following)|last|this)\s+fortnight\b(?!['’-])",
      priority=2)
def _running_fortnight(m: re.Match, ctx: Context) -> Found | None:
    """"in the past fortnight", British "last fortnight", "this fortnight": a two-week period, like "the past
    two weeks" (a fortnight has no calendar name as a week has)."""
    return Found(TimeType.DURATION, "P2W", anchor=TimeAnchor.NONE)


@rule("year_to_date", r"\b(?:the\s+)?year[\s-]to[\s-]date\b", priority=2)
def _year_to_date(m: re.Match, ctx: Context) -> Found | None:
    """"has gained 12% year to date": the year of writing so far (DATE, the year)."""
    return ctx.from_reference(lambda r: P.year(r.year), "XXXX")


# "six years and nine months", "2 hours 8 minutes 12 seconds": two or three amounts, the "and" optional
@rule("compound_amount", rf"\b({NUMBER})[\s-]+{_U}(?:\s*,)?\s+(and\s+)?({NUMBER})[\s-]+{_U}"
                         rf"(?:(?:\s*,)?\s+(and\s+)?({NUMBER})[\s-]+{_U})?\b", priority=3)
def _compound_amount(m: re.Match, ctx: Context) -> Found | None:
    """"six years and nine months" = P6Y9M, "two hours and 15 minutes" = PT2H15M, "2 hours 8 minutes 12
    seconds" = PT2H8M12S (a race time): one duration when the units go down in order; otherwise (or when any
    is not a number) the amounts stay apart."""
    if re.match(r"\s+(?:ago|later|earlier|before|after|on\b|old\b)", ctx.text[m.end():m.end() + 8], re.I):
        return None  # "two years and three months ago": an offset, left to the offset rules as before
    parts = [(m.group(1), m.group(2)), (m.group(4), m.group(5))]
    if m.group(7):
        parts.append((m.group(7), m.group(8)))
    nums = [parse_number(n) for n, _ in parts]
    units = [unit_of(u.lower()) for _, u in parts]
    if any(n is None or not float(n).is_integer() for n in nums) or any(u not in _PARTS for u in units):
        return None
    if any(_ORDER.index(a) >= _ORDER.index(b) for a, b in zip(units, units[1:])):
        return None
    if "week" in units:
        return None  # TimeML writes weeks alone (P2W); "two weeks and three days" stays two durations
    if not m.group(3) and not m.group(6) and not all(u in ("hour", "minute", "second") for u in units):
        return None  # without "and" only a clock-like amount joins ("3 hours 40 minutes"), not "two years 50 days"
    date_part, time_part = "", ""
    for n, u in zip(nums, units):
        letter, is_time = _PARTS[u]
        if is_time:
            time_part += f"{int(n)}{letter}"
        else:
            date_part += f"{int(n)}{letter}"
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Found(TimeType.DURATION, value, anchor=TimeAnchor.NONE)


@rule("quarter_of_fiscal_code", r"\b(?-i:Q([1-4])|H([12]))\s?(?-i:FY)\s?['’]?(\d{4}|\d\d)\b(?![-–/.:,]\d)", priority=3)
def _quarter_of_fiscal_code(m: re.Match, ctx: Context) -> Found | None:
    """"Q2 FY26", "H1 FY2025": a quarter or half of a fiscal year named by its code (the year it is named after,
    as "FY24" alone is read; the calendar months depend on the company)."""
    y = int(m.group(3))
    if y < 100:
        y += 2000 if y < 70 else 1900
    if m.group(1):
        return Found(TimeType.DATE, f"{y}-Q{m.group(1)}", point=P.quarter(y, int(m.group(1))))
    return Found(TimeType.DATE, f"{y}-H{m.group(2)}", point=P.half(y, int(m.group(2))))


_DAY_ORDINAL = r"(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)"


@rule("entered_nth_day", rf"\b(?:(?:its|their|his|her|the)\s+){_DAY_ORDINAL}\s+day\b(?!\s+(?:of|in)\b)", priority=1)
def _entered_nth_day(m: re.Match, ctx: Context) -> Found | None:
    """"The siege has now entered its 100th day", "the strike entered its third day on Monday": the day an
    ongoing event reached that count. Today after "has (now) entered/reached", else the story's day is not
    known (XXXX-XX-XX); only after such a verb (not "on the 100th day", "her third day back")."""
    before = ctx.text[max(0, m.start() - 40):m.start()]
    verb = re.search(r"\b(has|have|had|is|was|are|were)?\s*(?:now\s+|just\s+)?(entered|enters|entering|marked|marks|"
                     r"marking|reached|reaches|reaching|into)\s+$", before, re.I)
    if verb is None:
        return None
    if (verb.group(1) or "").lower() in ("has", "have") or verb.group(2).lower() in ("enters", "marks", "reaches"):
        f = ctx.from_reference(lambda r: P.day(r), "XXXX-XX-XX")
    else:
        f = Found(TimeType.DATE, "XXXX-XX-XX", anchor=TimeAnchor.UNRESOLVED)
    f.sets_anchor = False
    f.start = m.start(1)  # "its 100th day": the possessive belongs to the noun phrase, as in "his first day"
    return f


@rule("month_span_quarter", rf"\bthe\s+({MON})\s*[-–/]\s*({MON})\s+(?:quarter|period|months)\b(?:\s+(?:of\s+)?({YEAR4})\b)?",
      priority=4)
def _month_span_quarter(m: re.Match, ctx: Context) -> Found | None:
    """"the July-September quarter", "the April-June period" (Reuters, Xinhua): the calendar quarter those months
    make, one DATE; its year as for "the third quarter" (the latest one with that number unless told ahead).
    "the January-June period" is the half year, likewise."""
    a, b = month_number(m.group(1)), month_number(m.group(2))
    if not (m.group(1)[0].isupper() and m.group(2)[0].isupper()):
        return None
    if (a, b) in ((1, 6), (7, 12)):
        h = 1 if a == 1 else 2
        if m.group(3):
            return Found(TimeType.DATE, f"{m.group(3)}-H{h}", point=P.half(int(m.group(3)), h))
        ahead = ctx.tense(m.start(), m.end()) == FUTURE
        return ctx.from_reference(lambda r: P.half(r.year - (0 if ahead or r.month > b else 1), h), f"XXXX-H{h}")
    if a % 3 != 1 or b != a + 2:
        return None
    q = (a + 2) // 3
    if m.group(3):
        return Found(TimeType.DATE, f"{m.group(3)}-Q{q}", point=P.quarter(int(m.group(3)), q))
    return _quarter_default(m, ctx, q)
