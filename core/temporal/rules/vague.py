"""Vague references: now/currently (PRESENT_REF), recently/the past (PAST_REF), the future/the near term
(FUTURE_REF)."""

from __future__ import annotations

import re

from ...model import TimeAnchor, TimeType
from ..context import Context, Found
from ..numbers import parse_number
from .base import next_word, prev_word, rule


_VAGUE = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "present": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "recent": "PAST_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
}


# "Now for the first time", "Now for months": "for" opens a time, so "Now" is the present, not a turn to the next item
_NOW_FOR_TIME = re.compile(r"\s+for\s+(?:the\s+(?:first|second|third|\w+th|last|time|moment)\b|"
                           r"(?:hours|days|weeks|months|years|decades)\b)", re.I)


# not "at the moment", "for the moment", "for the foreseeable future": hedges of a statement, not times (the TBAQ
# gold leaves all 4 untagged; "the near future" it tags)
@rule("vague", r"\b(now|currently|nowadays|these\s+days|(?<=at\s)present|(?:more\s+|most\s+)?recently|then(?:\s+|-)current|lately|the\s+past|the\s+(?:near\s+|distant\s+)?future|current|recent|future|soon)\b",
      priority=-1)
def _vague(m: re.Match, ctx: Context) -> Found | None:
    word = re.sub(r"\s+", " ", m.group(1).lower())
    t = ctx.text
    nxt = next_word(t, m.end())
    prev = prev_word(t, m.start()).lower()
    if word == "now" and (re.match(r"-", t[m.end():m.end() + 1]) or prev in ("until", "till", "from", "by", "than")):
        if prev in ("until", "till", "by", "from", "than"):
            return Found(TimeType.DATE, "PRESENT_REF", anchor=TimeAnchor.NONE)
        return None
    if word == "now" and m.group(1) == "Now" and nxt == "for" and \
            not _NOW_FOR_TIME.match(t, m.end()) and \
            (not t[:m.start()].strip() or t[:m.start()].rstrip()[-1] in ".!?\"'”’:\n"):
        return None  # "Now for the weather": a broadcaster's turn to the next item, not a time
    if word == "the future" and nxt.lower() == "of":
        return None  # "the future of our peoples": prospects, not a time
    if word == "the past" and (nxt[:1].isdigit() or (parse_number(nxt) is not None and nxt.lower() not in ("a", "an")) or
                               nxt.lower() in ("few", "several", "many", "couple", "dozen", "two-", "three-")):
        return None  # "the past two elections", "the past few sessions": a count of events, not the past
    if word == "soon":
        # "will soon", "may soon seek": the near future; not "as soon as", "soon after", "soon became"
        if prev not in ("will", "would", "may", "might", "could", "should", "shall", "to", "must") or \
                nxt.lower() in ("after", "afterwards", "as", "thereafter"):
            return None
    if word.startswith("then"):
        if word == "then current" and prev not in ("the", "its", "their", "his", "her", "at", "a"):
            return None  # "Sales fell, then current orders ...": "then" is the next step
        return Found(TimeType.DATE, "PAST_REF", anchor=TimeAnchor.NONE)  # "the then-current price": a past present
    if word == "recent" and prev == "most":
        return None  # "its most recent model": a ranking, as "latest", not a time ("the most recent quarter" is one)
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
        unit = re.match(r"\s+(?:days|weeks|months|quarters|years|decades)\b", t[m.end():m.end() + 12], re.I)
        if word == "future" and unit:  # "in future quarters": the units are the time
            return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE, end=m.end() + unit.end())
        times = re.match(r"\s+times\b", t[m.end():m.end() + 8], re.I)
        if word == "recent" and times:  # "in recent times": the noun is part of the time, as in "recent years"
            return Found(TimeType.DATE, "PAST_REF", anchor=TimeAnchor.NONE, end=m.end() + times.end())
    return Found(TimeType.DATE, _VAGUE[word], anchor=TimeAnchor.NONE)


@rule("term", r"\bthe\s+(short|near|long|medium)(?:er)?\s+(term)\b", priority=0)
def _term(m: re.Match, ctx: Context) -> Found | None:
    if next_word(ctx.text, m.end()).lower() in ("of", "and"):
        return None
    return Found(TimeType.DATE, "FUTURE_REF", anchor=TimeAnchor.NONE)


@rule("this_moment", r"\b(?:this|the\s+present)\s+(?:(?:very|crucial|critical|decisive|historic|particular|difficult|"
      r"delicate|sensitive|important|current)\s+)?moment\b(?!\s+(?:of|when|that|in\s+history)\b)", priority=0)
def _this_moment(m: re.Match, ctx: Context) -> Found | None:
    """"this crucial moment", "the present moment": the time of speaking (PRESENT_REF)."""
    return Found(TimeType.DATE, "PRESENT_REF", anchor=TimeAnchor.NONE)


@rule("vague_length_period", r"\b(?:a|an)\s+(?:(?:fairly|very|relatively|rather|quite|reasonably|unusually|"
      r"extremely)\s+)?(?:long|lengthy|short|brief|extended|prolonged|considerable|limited|indefinite|undetermined|unspecified|"
      r"undisclosed)\s+period(?:\s+of\s+time)?\b",
      priority=0)
def _vague_length_period(m: re.Match, ctx: Context) -> Found | None:
    """"a fairly lengthy period", "a short period of time": a duration of unstated length (PXX)."""
    return Found(TimeType.DURATION, "PXX", anchor=TimeAnchor.NONE)


@rule("generation_ago", r"\b(?:(?:a|one|two|three|four|a\s+few|several|many)\s+)?generations?\s+ago\b", priority=1)
def _generation_ago(m: re.Match, ctx: Context) -> Found | None:
    """"a generation ago", "two generations ago", "generations ago": a past with no number of years to count
    (PAST_REF)."""
    return Found(TimeType.DATE, "PAST_REF", anchor=TimeAnchor.NONE)


_SEASON_REF = {"this": "PRESENT_REF", "the current": "PRESENT_REF", "last": "PAST_REF", "the last": "PAST_REF",
               "the past": "PAST_REF", "the previous": "PAST_REF", "next": "FUTURE_REF", "the next": "FUTURE_REF",
               "the new": "FUTURE_REF", "the coming": "FUTURE_REF", "the upcoming": "FUTURE_REF"}


@rule("sport_season", r"\b(this|next|last|the\s+(?:current|last|past|previous|next|new|coming|upcoming))\s+season\b"
      r"(?!\s+(?:of|finale|premiere)\b)", priority=0)
def _sport_season(m: re.Match, ctx: Context) -> Found | None:
    """"this season", "last season", "the new season": a season of a sport (or of a trade: "this season's
    fashions") is a stretch of months that varies by sport and country (August to May in European football, April
    to October in baseball), so it has no ISO value; TimeML's vague references fit it as they fit "the near term".
    Not a season of a series ("the new season of the show")."""
    lead = re.sub(r"\s+", " ", m.group(1).lower())
    return Found(TimeType.DATE, _SEASON_REF[lead], anchor=TimeAnchor.NONE)
