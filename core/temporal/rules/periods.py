"""Running periods of today's news: "the past fortnight" (a duration like "the past two weeks"), "year to date"
(the year of writing), compound amounts "six years and nine months" (one duration, P6Y9M, as a sentence is
written in court reports)."""

from __future__ import annotations

import re

from ...model import TimeAnchor, TimeType
from .. import points as P
from ..context import Context, Found
from ..numbers import NUMBER, parse_number
from .base import rule, unit_of

# unit -> (TimeML letter, written after the T)
_PARTS = {"year": ("Y", False), "month": ("M", False), "week": ("W", False), "day": ("D", False),
          "hour": ("H", True), "minute": ("M", True), "second": ("S", True)}
_ORDER = ["year", "month", "week", "day", "hour", "minute", "second"]
_U = r"(years?|months?|weeks?|days?|hours?|minutes?|seconds?)"


@rule("running_fortnight", r"\bthe\s+(?:past|last|next|coming|previous|following)\s+fortnight\b", priority=2)
def _running_fortnight(m: re.Match, ctx: Context) -> Found | None:
    """"in the past fortnight": a two-week period, like "the past two weeks"."""
    return Found(TimeType.DURATION, "P2W", anchor=TimeAnchor.NONE)


@rule("year_to_date", r"\b(?:the\s+)?year[\s-]to[\s-]date\b", priority=2)
def _year_to_date(m: re.Match, ctx: Context) -> Found | None:
    """"has gained 12% year to date": the year of writing so far (DATE, the year)."""
    return ctx.from_reference(lambda r: P.year(r.year), "XXXX")


@rule("compound_amount", rf"\b({NUMBER})[\s-]+{_U}(?:\s*,)?\s+and\s+({NUMBER})[\s-]+{_U}\b", priority=3)
def _compound_amount(m: re.Match, ctx: Context) -> Found | None:
    """"six years and nine months" = P6Y9M, "two hours and 15 minutes" = PT2H15M: one duration when the units
    go down in order; otherwise (or when either is not a number) the two stay apart."""
    a, b = parse_number(m.group(1)), parse_number(m.group(3))
    ua, ub = unit_of(m.group(2).lower()), unit_of(m.group(4).lower())
    if a is None or b is None or ua not in _PARTS or ub not in _PARTS or _ORDER.index(ua) >= _ORDER.index(ub):
        return None
    if not (float(a).is_integer() and float(b).is_integer()):
        return None
    if "week" in (ua, ub):
        return None  # TimeML writes weeks alone (P2W); "two weeks and three days" stays two durations
    date_part, time_part = "", ""
    for n, u in ((a, ua), (b, ub)):
        letter, is_time = _PARTS[u]
        if is_time:
            time_part += f"{int(n)}{letter}"
        else:
            date_part += f"{int(n)}{letter}"
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Found(TimeType.DURATION, value, anchor=TimeAnchor.NONE)
