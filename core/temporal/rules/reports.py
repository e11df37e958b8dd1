"""Cues of earnings reports that decide which period a quarter or a comparison names: a quarter reported as
over ("reported a decline in fourth-quarter earnings"), the closing day that gives a quarter its year ("the
second quarter ended Oct. 31"), a span of months that a year-ago comparison looks back on ("for the nine
months ... a year earlier"), and an amount compared with last year's within the story's quarter."""

from __future__ import annotations

import re

from ..context import Context
from ..tense import FUTURE, PAST
from .base import DAY_NUM, MON, YEAR4, month_number

# a clause that reports a quarter's results is told in the past without a forecast ("reported a 47% decline in
# fourth-quarter earnings"); "expects a fourth-quarter charge", "said it expected a fourth-quarter loss" do not
_FORECAST = re.compile(r"\b(?:expect\w*|estimat\w*|forecast\w*|project\w*|predict\w*|anticipat\w*|will|would|could|"
                       r"may|might|should|plans?|planned|hopes?|aims?|sees|saw|see)\b", re.I)


def reported_as_over(ctx: Context, start: int, end: int) -> bool:
    """Is the quarter at [start, end) one whose results the story reports (its clause told in the past, no
    forecast word before it in the clause)? Such a quarter is over, even when it is a fiscal quarter that the
    calendar quarter of the same number has not finished."""
    if ctx.clause_tense(start, end) != PAST:
        return False
    s, _ = ctx.clause_window(start, end)
    return _FORECAST.search(ctx.text, s, start) is None


def told_as_forecast(ctx: Context, start: int, end: int) -> bool:
    """Does the clause around [start, end) look ahead ("expects this quarter's results to improve", "this
    quarter's sales will rise")?"""
    s, e = ctx.clause_window(start, end)
    return ctx.tense(start, end) == FUTURE or _FORECAST.search(ctx.text, s, e) is not None


_CLOSING_DAY = re.compile(rf"\s+(?:ended|ending)\s+({MON})\s*({DAY_NUM})\b(?:(?:\s?,)?\s+({YEAR4})\b)?", re.I)


def closing_day(ctx: Context, at: int) -> tuple[int, int, str | None, int, int] | None:
    """The closing day named right after a quarter ("second quarter ended Oct. 31"): (month, day, year text,
    start, end) of the day, or None."""
    m = _CLOSING_DAY.match(ctx.text, at)
    if not m or not m.group(1)[0].isupper():
        return None
    return month_number(m.group(1)), int(re.match(r"\d+", m.group(2)).group(0)), m.group(3), m.start(1), m.end()


_MONTHS_SPAN = re.compile(r"\b(?:the\s+)?(?:first|latest|past|last)?\s*(?:three|six|nine)\s+months\b", re.I)


def months_span_compared(ctx: Context, at: int) -> bool:
    """Does the sentence before `at` name a span of months of the year ("For the nine months, net fell ...
    compared with $5 million a year earlier", "in the latest nine months"), with no quarter after it? A
    year-ago comparison of that span lies in the year before, not in one of its quarters. A span with its
    closing day ("the six months ended Aug. 12") is compared by that day."""
    s, _, _ = ctx.sentence_bounds(at)
    if s > 0:
        s = ctx.sentence_bounds(s - 1)[0]  # the sentence before too ("... nine months ... The year-ago results")
    spans = list(_MONTHS_SPAN.finditer(ctx.text, s, at))
    return bool(spans) and not re.search(r"quarter|\bend(?:ed|ing)\b", ctx.text[spans[-1].end():at], re.I)


# "compared with earnings of $33 million last year", "from last year's $1.55 billion": an amount of the story's
# period set against the same period a year back ("than the 16 cents a share it reported last year" is not
# matched: a verb stands between)
_AMOUNT_BEFORE = re.compile(r"\b(?:compared\s+with|compared\s+to|against|versus|from)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
                            r"(?:of\s+)?(?:about\s+)?[$#£€]?\d[\d,.]*\s*(?:million|billion|cents|%|percent)?"
                            r"(?:\s*(?:,|or)\s*(?:or\s+)?[$#£€]?\d[\d,.]*\s*(?:million|billion|cents|%|percent)?"
                            r"(?:\s+a\s+share)?)?,?\s+$", re.I)
_AMOUNT_AFTER = re.compile(r"['’]s\s+[$#£€]\d", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def compares_amount(ctx: Context, start: int, end: int) -> bool:
    """Is "last year" at [start, end) the period an amount is compared with ("compared with a loss of $3
    million last year", "up from last year's $2.34 billion")?"""
    t = ctx.text
    if _AMOUNT_AFTER.match(t, end) and _FROM_BEFORE.search(t, max(0, start - 8), start):
        return True
    return _AMOUNT_BEFORE.search(t, max(0, start - 90), start) is not None
