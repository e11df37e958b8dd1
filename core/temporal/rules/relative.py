"""Dates relative to the reference date or the story: today/yesterday, weekdays, this/last/next week,
month, quarter, season, weekends, parts of the day, "the next day"."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ...model import CalendarInterval, Precision, TimeAnchor, TimeType
from .. import points as P
from ..context import Context, Found
from ..lexicon import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, alternation
from ..numbers import parse_number
from ..tense import FUTURE, PAST, UNKNOWN, since_before, tense_near
from .dates import nearest_year_of_day, resolve_month_day
from .reports import closing_day, compares_amount, told_as_forecast
from .base import (CAL_UNITS, weekday_after, weekday_before, weekday_from, POD, POS, SEASON, WD_FULL, YEAR4, YEAR_SPOKEN, at_gran, date_found, duration_value,
                   pos_mod, prev_word, relative_unit_point, rule, shift_point, unresolved_for, weekday_date,
                   weekday_number, year_number, year_of_month, near_year_month)


_REL_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@rule("relative_day", rf"\b(?:({POS})\s+)?(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)\b(?:['’]s)?(?:\s+({POD}))?",
      priority=2)
def _relative_day(m: re.Match, ctx: Context) -> Found | None:
    word = re.sub(r"\s+", " ", m.group(2).lower())
    if re.search(r"(?-i:Day\s+(?:Before|After)\s+(?:Yesterday|Tomorrow))",
                 ctx.text[max(0, m.start(2) - 11):m.end(2)]):
        return None  # "the film The Day After Tomorrow": a title, capitalised as one
    off = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(word, _REL_DAY.get(word, 0))
    mod = pos_mod(m.group(1))
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
    if m.group(2) == "Today" and not m.group(1) and re.fullmatch(r"[A-Z]{2,5}", prev_word(ctx.text, m.start(2))):
        return None  # "USA Today", "VOA Today": a masthead or programme after an acronym, not the day
    if word == "today" and re.match(r"['’]s\s+(?:world|society|standards|economy|youth|children|generation)", ctx.text[m.end(2):m.end(2) + 20]):
        return None  # "today's world", "today's youth": the present age, no day (TBAQ leaves all untagged)
    f = ctx.from_reference(lambda r: P.day(r + dt.timedelta(days=off)), "XXXX-XX-XX", mod=mod)
    f.end = end
    return f


@rule("part_of_day", rf"\b(?:({POS})\s+)?(this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous|early\s+this|late\s+last|late\s+this)\s+({POD}|dawn|dusk)",
      priority=1)
def _part_of_day(m: re.Match, ctx: Context) -> Found | None:
    lead = re.sub(r"\s+", " ", m.group(2).lower())
    code = PARTS_OF_DAY[m.group(3).lower()]
    mod = "START" if lead.startswith("early") else "END" if lead.startswith("late ") else pos_mod(m.group(1))
    if lead.endswith("last"):
        off = -1 if code in ("NI", "EV") else -1
        return ctx.from_reference(lambda r: P.part_of_day(r + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                                  TimeType.TIME, mod)
    if lead.endswith("this"):
        return ctx.from_reference(lambda r: P.part_of_day(r, code), f"XXXX-XX-XXT{code}", TimeType.TIME, mod)
    off = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1}[lead]
    return ctx.from_narrative(lambda b: P.part_of_day(b.day + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                              TimeType.TIME, by_day=True)


_PLAN_FORMS = {"scheduled", "slated", "due", "expected"}  # not "planned": "as planned Saturday night" looks back
_TO_COMPARE = re.compile(r"\b(?:compared|contrast|comparison|relative|similar|prior|up|back|close|thanks|due|owing|"
                         r"from\s+[\w.]+(?:\s+\w+)?)\s*$", re.I)  # "compared to Monday", "from Sept. 14 to Thursday"
# past forms that are also the infinitive ("to hit", "will set")
_SAME_FORM = {"hit", "put", "set", "cut", "quit", "shut", "let", "cost", "spread", "read"}
_ADJACENT_VERB = re.compile(r"\b([A-Za-z']+)\s+(?:(?:on|by|until|late|early)\s+)?$")
_PAST_FORMS = {"said", "told", "took", "came", "went", "began", "fell", "made", "gave", "won", "lost", "left", "met",
               "held", "saw", "found", "got", "sent", "led", "spoke", "wrote", "rose", "broke", "became", "struck",
               "fought", "paid", "sold", "bought", "built", "brought", "ran", "stood", "flew", "drew", "grew", "knew",
               "thought", "felt", "kept", "was", "were", "had", "did", "hit", "put", "set", "cut", "quit", "shut"}


_DEFERRED_TO = re.compile(r"\b(?:extend\w*|postpon\w*|delay\w*|adjourn\w*|defer\w*|put\s+off|pushed\s+back|moved\s+back)"
                          r"\s+(?:[\w'’-]+\s+){0,4}?(?:to|until|till)\s+$", re.I)


# an ultimatum: "gave the defense until Friday to respond", "were given until Saturday to leave" (a deadline set
# now lies ahead, as "has given the relatives until Tuesday"; not "gave interviews until Friday, when ...")
_GIVEN_UNTIL = re.compile(r"\b(?:gave|given|give|gives|giving)\s+(?:[\w'’-]+\s+){0,4}?(?:until|till)\s+"
                          r"(?:(?:midnight|noon)\s+)?$", re.I)
_TO_DO = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+to\s+[a-z]")


_SCHEDULED_NOUN = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:election|elections|vote|referendum|poll|polls|runoff|meeting|"
                             r"summit|talks|session|hearing|debate|match|game|race|final|deadline|ceremony|launch|"
                             r"rally|march|parade|opening|inauguration|conference|visit|trip|deal|auction|report|release|"
                             r"announcement|decision|speech|address|opener|showdown|fixture|briefing|heats?|semifinals?|"
                             r"quarterfinals?)\b", re.I)


# the present of taking part in a scheduled event just before the weekday ("Bolt runs in Saturday's heats",
# "Italy votes in Sunday's election", "Arsenal faces Chelsea in Saturday's match"): it lies ahead, as with "will"
_TAKES_PART_IN = re.compile(r"\b(?:runs|races|competes|plays|faces|meets|votes|starts|rides|swims|fights|hosts)\s+"
                            r"(?:[\w'’-]+\s+){0,2}?(?:in|at|for)\s+$", re.I)


# an accusation and the deed it names, with no future word between them and the weekday ("is accused of
# stabbing a man on Friday", "was charged over an attack on Sunday"; not "charged with murder and will appear in
# court on Friday", "is due to appear")
_CHARGED_WITH = re.compile(r"\b(?:accused|suspected|charged|convicted|arrested|detained|blamed|jailed|"
                           r"sentenced|questioned|indicted)\s+(?:of|with|for|over|in\s+connection\s+with)\s+"
                           r"(?:(?!will\b|shall\b|to\b|due\b|expected\b|scheduled\b|set\b|next\b)[\w'’$,.-]+\s+)*?"
                           r"(?:on\s+|late\s+|early\s+)?$", re.I)


def _weekday_tense(ctx: Context, start: int, end: int) -> str:
    """A bare weekday takes the tense of the verb right before it ("announced Wednesday", "will meet on
    Thursday"), else of its sentence; news weekdays lean to the past. A day something is put off to
    ("postponed until Tuesday morning", "extended the deadline to Friday") lies ahead."""
    t = ctx.text
    if re.match(r"['’]s\b", t[end:end + 3]):
        # "Friday's ruling", "over Thursday's closing price": news names a day it reports on; but "ahead of
        # Sunday's election", "will vote in Sunday's election" look ahead
        if re.search(r"\bahead\s+of\s+$", t[max(0, start - 12):start], re.I):
            return FUTURE
        if (ctx.told_future(start, end) or _TAKES_PART_IN.search(t, max(0, start - 50), start)) \
                and _SCHEDULED_NOUN.match(t, end):
            # "will vote in Sunday's election", "runs in Saturday's heats"; not "would", nor "will investigate
            # Friday's shooting"
            return FUTURE
        return PAST
    if since_before(t, start):
        return PAST
    if _DEFERRED_TO.search(t, max(0, start - 60), start) or (
            _GIVEN_UNTIL.search(t, max(0, start - 60), start) and _TO_DO.match(t, end)):
        return FUTURE
    m = _ADJACENT_VERB.search(t, max(0, start - 30), start)
    if m and re.search(r"\b(?:be|been|being|is|are)\s+$", t[max(0, m.start() - 8):m.start()], re.I):
        # "will be held on Sunday", "markets are closed on Monday": a participle after "be" or the present of
        # "be" follows its auxiliary, not the past
        m = None
    if m and m.group(1).lower() in _SAME_FORM and re.search(r"\b(?:to|will|would|could|can|may|might|should|must)\s+$",
                                                            t[max(0, m.start() - 8):m.start()], re.I):
        m = None  # "forecast to hit on Thursday": an infinitive, not the past "hit"
    if m:
        w = m.group(1).lower()
        if w in _PAST_FORMS or (w.endswith("ed") and len(w) > 3 and w not in _PLAN_FORMS):
            return PAST
        if w in ("will", "would", "shall", "'ll") or w in _PLAN_FORMS:
            return FUTURE
        if w == "to" and not _TO_COMPARE.search(t, max(0, m.start() - 25), m.start()):
            return FUTURE  # "postponed to Thursday", but not "compared to Thursday"
    s, e = ctx.clause_window(start, end)
    if _PLANNED.search(t, max(s, start - 120), start) or _CALLED_FOR.search(t, max(s, start - 80), start):
        return FUTURE  # "Protesters planned a large demonstration on Saturday": the plan's day lies ahead
    if _CHARGED_WITH.search(t, max(s, start - 80), start):
        return PAST  # "He is accused of stabbing a man on Friday": the deed charged lies in the past
    tense = tense_near(ctx.text, s, e, start)
    if tense != PAST and _UNTIL_BEFORE.search(t, max(0, start - 8), start):
        return FUTURE  # "Voting continues through Friday", "the exhibition runs until Sunday"; not "lasted until"
    if tense == UNKNOWN and _FORECAST_VERB.search(t, s, start):
        return FUTURE  # "Forecasters expect the storm to reach the coast by Friday night"
    if tense == UNKNOWN and re.search(r"\bfrom\s+$", t[max(0, start - 6):start], re.I) and \
            not re.match(r"[\w\s,]{0,25}?\b(?:to|until|till|through|and)\b", t[end:end + 30], re.I):
        return FUTURE  # "Over-18s can book a jab from Friday": the day a change starts; not "from Friday to Sunday"
    return tense


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|thru)\s+$", re.I)
# a forecast told in the present, for a weekday with no other tense cue
_FORECAST_VERB = re.compile(r"\b(?:expects?|forecasts?|predicts?|projects?|anticipates?|likely|unlikely)\b", re.I)


# weekdays as wire copy abbreviates them: "Thurs. afternoon", "on Weds", "Tues." (capitalised; the two- and
# three-letter forms only with their full stop, not "Sun"/"Sat"/"Wed")
_WD_ABBR = r"(?-i:(?:Tues|Weds|Thurs|Thur)\b\.?|(?:Tue|Thu|Fri)\.)"
_PLANNED = re.compile(r"(?<!\bas\s)\b(?:planned|plans|planning|scheduled|called\s+for)\s+(?:a|an|another|their|its|his|her|"
                      r"new|more|further)\s+(?:[\w'’-]+\s+){0,6}?(?:on\s+)?$", re.I)

# the day an act is called or set for ("the union called a 24-hour strike for Thursday", "the judge set a hearing
# for Monday"): it lies ahead; "for" only ("set a record on Monday" is past)
_CALLED_FOR = re.compile(r"\b(?:called|calls|call|set|sets|scheduled|schedules|fixed|booked)\s+(?:a|an|another|the|"
                         r"their|its|his|her|new)\s+(?:[\w'’-]+\s+){0,5}?for\s+$", re.I)


def _mass_of_the_day(ctx: Context, at: int) -> bool:
    """"celebrated Sunday Mass", "in his Sunday Mass": the service of that day, so the weekday is a date (a
    name after a weekday is otherwise a title: "Sunday Times"); not a habit ("attends Sunday Mass every week")."""
    if not re.match(r"\s+Mass\b", ctx.text[at:at + 6]):
        return False
    s, e = ctx.clause_window(at, at)
    return not re.search(r"\b(?:every|each|weekly|regularly|usually|often|always|never)\b", ctx.text[s:e], re.I)


_IN_MONTH_AFTER = re.compile(rf"\s+(?:in|of)\s+(?:({alternation(MONTHS)})\.?(?:,?\s+({YEAR4}))?|({YEAR4}))\b", re.I)


def _indefinite(ctx: Context, m: re.Match) -> bool:
    """"a Friday in May 2008", "one Sunday, ...", "on Friday in May 2008" (another month than the date of
    writing's): some weekday, not a known one; not a weekday naming a thing ("set a Friday deadline" is the
    coming Friday)."""
    after = _IN_MONTH_AFTER.match(ctx.text, m.end())
    if prev_word(ctx.text, m.start()) not in ("a", "A", "one", "One"):
        if not after or ctx.ref is None or not (after.group(2) or after.group(3)):
            return False
        year = int(after.group(2) or after.group(3))
        mo = MONTHS[after.group(1).lower()] if after.group(1) else None
        return year != ctx.ref.year or (mo is not None and mo != ctx.ref.month)
    nxt = re.match(r"\s*([A-Za-z]+)", ctx.text[m.end():m.end() + 20])
    return not nxt or not nxt.group(1).islower() or nxt.group(1) in ("in", "of", "when", "that", "and", "or",
                                                                       "after", "before", "last", "this")


def _indefinite_weekday(m: re.Match, ctx: Context, wd: int, code: str | None) -> Found:
    """"on a Friday in May 2008", "one Sunday in June": some weekday of that month, not the one nearest the date
    of writing. ISO has no "a Friday of May", so the value keeps the month with its day unknown (as TBAQ's
    "first day" = `1999-01-XX`); with no month after it the weekday stays unresolved (`XXXX-WXX-5`)."""
    type_ = TimeType.TIME if code else TimeType.DATE
    part = f"T{code}" if code else ""
    after = _IN_MONTH_AFTER.match(ctx.text, m.end())
    if not after:
        return Found(type_, f"XXXX-WXX-{wd}{part}")
    if after.group(3):
        return Found(type_, f"{after.group(3)}-XX-XX{part}")
    mo = MONTHS[after.group(1).lower()]
    if after.group(2):
        year = int(after.group(2))
    elif ctx.ref is not None:
        year = year_of_month(mo, ctx.ref, tense_near(ctx.text, *ctx.clause_window(m.start(), m.end()), m.start()))
    else:
        return Found(type_, f"XXXX-{mo:02d}-XX{part}")
    return Found(type_, f"{year}-{mo:02d}-XX{part}")


@rule("weekday", rf"\b(?:({POS}|last|next|this|coming|past|this\s+past|this\s+coming|that|the\s+(?:previous|preceding|following|next))\s+)?({WD_FULL}|{_WD_ABBR})(?:\s+({POD}))?",
      priority=1)
def _weekday_rule(m: re.Match, ctx: Context) -> Found | None:
    t = ctx.text
    word = m.group(2)
    if not word[0].isupper():
        return None
    lead = re.sub(r"\s+", " ", (m.group(1) or "").lower())
    if not lead:
        prev = prev_word(t, m.start())
        nxt = re.match(r"\s+([A-Z][\w’'-]*)", t[m.end(2):m.end(2) + 30])
        if nxt and not prev.lower() in ("on", "by", "until", "since", "from", "before", "after", "and", "or", "to",
                                          "late", "early", "through", "till", "every", "each", "that", "last",
                                          "next", "this"):
            if nxt.group(1).lower().rstrip(".") not in MONTHS and not _mass_of_the_day(ctx, m.end(2)):
                return None  # "Sunday Star-Times", "Sunday Times"
        if prev in ("Bloody", "Black", "Super", "Palm", "Easter", "Good", "Ash", "Cyber", "Holy"):
            return None
    wd = weekday_number(word)
    if not lead and _indefinite(ctx, m):
        return _indefinite_weekday(m, ctx, wd, PARTS_OF_DAY[m.group(3).lower()] if m.group(3) else None)
    mod = pos_mod(lead) if lead not in ("last", "next", "this", "coming", "past", "this past", "this coming") else None
    part = m.group(3)
    code = PARTS_OF_DAY[part.lower()] if part else None
    if lead in ("the previous", "the preceding", "the following", "the next") or (lead == "that" and ctx.last):
        # "the previous Friday": the Friday before the story's time; "that Friday": the one of its week
        unresolved = f"XXXX-WXX-{wd}" + (f"T{code}" if code else "")

        def from_story_day(b: P.Point) -> P.Point:
            base = b.day
            if lead in ("the previous", "the preceding"):
                d = weekday_before(base, wd)
            elif lead in ("the following", "the next"):
                d = weekday_after(base, wd)
            else:
                d = base - dt.timedelta(days=base.isoweekday() - 1) + dt.timedelta(days=wd - 1)
            return P.part_of_day(d, code) if code else P.day(d)
        return ctx.from_narrative(from_story_day, unresolved, TimeType.TIME if code else TimeType.DATE, by_day=True)

    def build(r: dt.date) -> P.Point:
        if lead in ("last", "past", "this past"):
            d = weekday_before(r, wd)
        elif lead in ("next", "coming", "this coming"):
            d = weekday_after(r, wd)
        elif lead == "this":
            d = r - dt.timedelta(days=r.isoweekday() - 1) + dt.timedelta(days=wd - 1)
        else:
            d = weekday_date(wd, r, tense)
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


@rule("weekday_week_on", rf"\b({WD_FULL})\s+(?-i:(week|fortnight))\b(?!['’-]|\s+(?:after|by|of|in|to)\b)", priority=2)
def _weekday_week_on(m: re.Match, ctx: Context) -> Found | None:
    """British "Tuesday week", "Monday fortnight": this week's or the coming weekday (today on that weekday) one
    or two weeks further on."""
    if not m.group(1)[0].isupper() or prev_word(ctx.text, m.start()).lower() in ("a", "the", "every", "each"):
        return None
    wd = weekday_number(m.group(1))
    weeks = 2 if m.group(2) == "fortnight" else 1

    def build(r: dt.date) -> P.Point:
        return P.day(weekday_from(r, wd) + dt.timedelta(days=7 * weeks))
    return ctx.from_reference(build, f"XXXX-WXX-{wd}")


@rule("week_on_weekday", rf"\b(?-i:[Aa])\s+(week|fortnight)\s+(?:on\s+({WD_FULL})|(today|tomorrow))\b", priority=2)
def _week_on_weekday(m: re.Match, ctx: Context) -> Found | None:
    """British "a week on Thursday" (= "Thursday week"), "a week today", "a fortnight tomorrow": the day one
    or two weeks after the weekday (this week's or the coming one) or after today or tomorrow."""
    if prev_word(ctx.text, m.start()).lower() in _SPAN_WORDS | {"about", "spent", "spend", "took", "take", "lasted",
                                                                 "last", "nearly", "almost", "than"}:
        return None  # "rained for a week on Thursday and Friday": a period, then its days
    weeks = 2 if m.group(1).lower() == "fortnight" else 1
    if m.group(2):
        if not m.group(2)[0].isupper():
            return None
        wd = weekday_number(m.group(2))

        def build(r: dt.date) -> P.Point:
            return P.day(weekday_from(r, wd) + dt.timedelta(days=7 * weeks))
        return ctx.from_reference(build, f"XXXX-WXX-{wd}")
    extra = 1 if m.group(3).lower() == "tomorrow" else 0
    return ctx.from_reference(lambda r: P.day(r + dt.timedelta(days=7 * weeks + extra)), "XXXX-XX-XX")


# words before "a week from Monday" that make it a period starting that day, not a day a week on
_PERIOD_BEFORE = re.compile(r"\b(?:for|over|during|within|through|throughout|into|of|until|till|about|spent|spend|took|"
                            r"take|lasted|last|lasting|nearly|almost|than|least|most|up\s+to|some)\s+$", re.I)


@rule("weeks_ago_weekday", rf"\b(a|one|two|three|2|3)\s+weeks?\s+(ago|from)\s+({WD_FULL})"
                           rf"(?:\s+(morning|afternoon|evening|night))?\b(?!['’]|\s*-|\s+(?:to|through|until|till)\b)",
      priority=2)
def _weeks_ago_weekday(m: re.Match, ctx: Context) -> Found | None:
    """American "a week ago Tuesday", "two weeks ago Friday": one day, the weekday that many weeks before the
    last such weekday ("a week ago Tuesday" written on Wednesday 13 March is 5 March, the Tuesday before
    last). "a week from Tuesday" is the day a week after the coming Tuesday. Counted from the date of writing,
    as "a week ago" is; a part of the day after it ("a week ago Friday night") makes it that part's TIME."""
    if not m.group(3)[0].isupper():
        return None
    if m.group(2).lower() == "from" and _PERIOD_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "for (at least) two weeks from Monday": a period that starts on the day
    n = {"a": 1, "one": 1, "two": 2, "three": 3, "2": 2, "3": 3}[m.group(1).lower()]
    sign = -1 if m.group(2).lower() == "ago" else 1
    wd = weekday_number(m.group(3))
    code = PARTS_OF_DAY[m.group(4).lower()] if m.group(4) else None

    def build(r: dt.date) -> P.Point:
        if sign < 0:
            base = weekday_before(r, wd)  # the last one before today
        else:
            base = weekday_after(r, wd)  # the next one after today
        d = base + dt.timedelta(days=7 * n * sign)
        return P.part_of_day(d, code) if code else P.day(d)
    if code:
        return ctx.from_reference(build, f"XXXX-WXX-{wd}T{code}", TimeType.TIME)
    return ctx.from_reference(build, f"XXXX-WXX-{wd}")


@rule("weekday_before_last", rf"\bthe\s+({WD_FULL})\s+before\s+last\b(?!['’]|\s+(?:week|weekend|month|year|night|"
      rf"time|season|quarter)\b|\s+(?-i:[A-Z0-9]))", priority=2)
def _weekday_before_last(m: re.Match, ctx: Context) -> Found | None:
    """"the Tuesday before last": the Tuesday a week before the last one (as "the week before last"), counted
    from the date of writing."""
    if not m.group(1)[0].isupper():
        return None
    wd = weekday_number(m.group(1))

    def build(r: dt.date) -> P.Point:
        return P.day(weekday_before(r, wd) - dt.timedelta(days=7))
    return ctx.from_reference(build, f"XXXX-WXX-{wd}")


@rule("weekday_the_ordinal", rf"\b({WD_FULL})(?:\s?,)?\s+the\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?![\w-])"
      rf"(?!\s+of\b)", priority=3)
def _weekday_the_ordinal(m: re.Match, ctx: Context) -> Found | None:
    """"Saturday the 8th": the day of that number nearest the date of writing that falls on that weekday (one
    month back to two ahead); none such, no date."""
    if not m.group(1)[0].isupper():
        return None
    wd = weekday_number(m.group(1))
    d = int(re.match(r"\d+", m.group(2)).group(0))
    if ctx.ref is None:
        return Found(TimeType.DATE, f"XXXX-XX-{d:02d}", anchor=TimeAnchor.UNRESOLVED)
    r = ctx.ref
    days = []
    for off in (-1, 0, 1, 2):
        y, mo = divmod(r.year * 12 + r.month - 1 + off, 12)
        try:
            day = dt.date(y, mo + 1, d)
        except ValueError:
            continue
        if day.isoweekday() == wd:
            days.append(day)
    tense = _weekday_tense(ctx, m.start(), m.end())
    told = [x for x in days if (x <= r if tense == PAST else x >= r)] if tense in (PAST, FUTURE) else []
    days = told or days  # the tense picks the side when a day on it fits
    if not days:
        return None
    p = P.day(min(days, key=lambda x: abs((x - r).days)))
    return Found(TimeType.DATE, p.value, point=p, anchor=TimeAnchor.REFERENCE)


_SPAN_WORDS = {"over", "for", "during", "within", "throughout", "in", "through", "into", "of", "until", "till"}


@rule("relative_unit", rf"\b(?:({POS})[\s-]+)?(this(?:\s+(?:past|coming))?|last|next|current|coming|past|previous|that(?:\s+same)?|the\s+(?:current|same|previous|preceding|following|next|coming|past|last|latest|prior))\s+({CAL_UNITS})\b(?!['’]s)?",
      priority=1)
def _relative_unit(m: re.Match, ctx: Context) -> Found | None:
    lead = re.sub(r"\s+", " ", m.group(2).lower())
    unit = m.group(3).lower()
    mod = pos_mod(m.group(1))
    unresolved = unresolved_for(unit)
    if m.group(3)[0].isupper() and m.group(2)[0].isupper() and not re.search(r"(?:^|[.!?\n][\"'”’)]*)\s*$",
                                                                          ctx.text[max(0, m.start() - 5):m.start()]):
        return None  # "This Week", "Next Year" mid-sentence: a title
    # "the next month" (without a number) is a period, a duration; "the past year", "the last decade" are
    # annotated as the last calendar unit, like "last year"
    if lead in ("the next", "the coming") and not mod and unit not in SEASONS and unit != "weekend":
        # "ratified the next year" told in the past is the year after the story's time, like "the following
        # year"; "over the next year", "in the coming month" stay periods
        if lead == "the next" and prev_word(ctx.text, m.start()).lower() not in _SPAN_WORDS and \
                ctx.tense(m.start(), m.end()) == PAST and ctx.last is not None:
            return ctx.from_narrative(lambda b: shift_point(b, 1, unit), unresolved)
        return Found(TimeType.DURATION, duration_value(1, unit), anchor=TimeAnchor.NONE)
    if lead == "this" and unit == "quarter" and not mod and _RESULTS_OF.match(ctx.text, m.end()) and \
            _reported_quarter(ctx) is not None and not told_as_forecast(ctx, m.start(), m.end()):
        # "reported a net loss for the third quarter ... This quarter's loss includes charges": the quarter the
        # story reports on, not the one under way
        return ctx.from_narrative(lambda b: b, "XXXX-QX", by_quarter=True)
    if lead == "the latest":
        if unit != "quarter":
            return None
        return _quarter_default(m, ctx, None, latest=True)
    if lead in ("that", "the same", "that same"):
        return ctx.from_narrative(lambda b: at_gran(b, unit), unresolved, mod=mod)
    if lead in ("the previous", "the preceding", "the following", "the next", "the prior"):
        off = 1 if lead in ("the following", "the next") else -1
        return ctx.from_narrative(lambda b: shift_point(b, off, unit), unresolved, mod=mod)
    if lead in ("the past", "the last") and unit == "week" and not mod:
        # "in the past week" is the seven days up to the reference date: the week of their middle day (this
        # week when written late in it, "last week" when written on a Monday)
        return ctx.from_reference(lambda r: P.week_of(r - dt.timedelta(days=3)), unresolved, mod=mod)
    if lead in ("the past", "the last") and unit in _LOOKBACK_YEARS and not mod and ctx.ref is not None:
        # "in the past year" written on 14 March 2024 is annotated like "last year" (2023), but the days it
        # means are the twelve months up to the reference date: the timeline draws those
        found = ctx.from_reference(lambda r: relative_unit_point(unit, -1, r), unresolved)
        found.interval = _lookback_interval(ctx.ref, unit)
        return found
    if lead == "last" and unit == "year" and not mod and ctx.last is not None and ctx.last[0].gran == "quarter" \
            and (compares_amount(ctx, m.start(), m.end()) or _RESULTS_OF.match(ctx.text, m.end())):
        # "In the latest quarter, Aetna had a $23 million loss, compared with earnings of $33 million last
        # year", "The latest period includes gains ... Last year's results were hurt by charges": the story's
        # quarter a year back, as "the year-ago results"
        g = ctx.from_narrative(lambda b: P.shift(b, -1, "year"), unresolved)
        g.sets_anchor = False
        return g
    off = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
           "this past": -1, "this coming": 1,
           "coming": 1, "the coming": 1, "the past": -1, "the last": -1, "the next": 1}.get(lead, 0)
    if off == 0 and unit == "winter":
        return ctx.from_reference(_this_winter(ctx.tense(m.start(), m.end())), unresolved, mod=mod)
    return ctx.from_reference(lambda r: relative_unit_point(unit, off, r), unresolved, mod=mod)


def _this_winter(tense: str):
    """"this winter" between March and August: the winter just gone when told in the past (or in spring with
    no tense: "This winter has been the mildest on record" written in March), else the one to come, which
    starts in December of the reference year; from September on, the coming one."""
    def build(r: dt.date) -> P.Point:
        if r.month in (12, 1, 2):
            return P.season(*P.season_of(r))
        gone = r.month <= 8 and (tense == PAST or (tense != FUTURE and r.month <= 5))
        return P.season(r.year - 1 if gone else r.year, "WI")
    return build


_LOOKBACK_YEARS = {"month": 0, "year": 1, "decade": 10, "century": 100}
"""Units whose "the past ..." means the span up to the reference date, in years (a month: 0)."""


def _lookback_interval(ref: dt.date, unit: str) -> CalendarInterval | None:
    """The days of "the past <unit>" seen from `ref`: from the same day one unit back to `ref`."""
    years = _LOOKBACK_YEARS[unit]
    try:
        if years == 0:
            y, m = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
            start = dt.date(y, m, min(ref.day, calendar.monthrange(y, m)[1]))
            precision = Precision.MONTH
        else:
            y = ref.year - years
            start = dt.date(y, ref.month, min(ref.day, calendar.monthrange(y, ref.month)[1]))
            precision = {1: Precision.YEAR, 10: Precision.DECADE}.get(years, Precision.CENTURY)
    except ValueError:  # before year 1
        return None
    return CalendarInterval(earliest=start, latest=ref, precision=precision)


@rule("relative_day_narrative", r"\b(the\s+(?:next|following|previous|preceding|same)|that(?:\s+same)?)\s+(day|night|evening|morning|afternoon)\b",
      priority=1)
def _narrative_day(m: re.Match, ctx: Context) -> Found | None:
    lead = re.sub(r"\s+", " ", m.group(1).lower())
    off = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}.get(lead, 0)
    word = m.group(2).lower()
    if ctx.last is not None and ctx.last[0].coarser_than("day") and ctx.last_day is None:
        # no day in the story to count from, only a month or a year: "that day" is generic ("on days when
        # prices tumble, ... trades made that day"); "the next day" after "In 1987" is some day of it
        if lead.startswith("that"):
            return None
        code = "" if word == "day" else f"T{PARTS_OF_DAY[word]}"
        return Found(TimeType.DATE if word == "day" else TimeType.TIME, f"XXXX-XX-XX{code}",
                     anchor=TimeAnchor.UNRESOLVED)
    if word == "day":
        return ctx.from_narrative(lambda b: P.day(b.day + dt.timedelta(days=off)), "XXXX-XX-XX", by_day=True)
    code = PARTS_OF_DAY[word]
    return ctx.from_narrative(lambda b: P.part_of_day(b.day + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                              TimeType.TIME, by_day=True)


_QUARTER_JUST_ENDED = 92  # days after a quarter's end during which its results are still news
# a clause that looks ahead: a modal not followed by "have" ("may have lost" is a past), a forecast verb in the
# present ("expects", "sees"; not "saw", "had expected"), a plan or schedule
_QUARTER_AHEAD = re.compile(r"\b(?:will|shall|(?:would|could|may|might|should|must)(?!\s+(?:not\s+)?have\b)|"
                            r"expects?|forecasts?|projects?|predicts?|anticipates?|sees|plans|aims|hopes|targets|"
                            r"(?:is|are)\s+(?:expected|due|scheduled|set|likely)|outlook)\b|'ll\b", re.I)
# the present of a report to come ("The company reports third-quarter results on 23 October", written in June)
_REPORTS_AHEAD = re.compile(r"\b(?:reports|releases|publishes|posts|announces|unveils)\b(?:\s+(?:its|their|the))?\s*$",
                            re.I)


def _quarter_default(m: re.Match, ctx: Context, q: int | None, mod: str | None = None, latest: bool = False) -> Found:
    tense = ctx.tense(m.start(), m.end())
    if q is None:  # "the quarter", "the latest quarter": the one in the story, else the last one reported
        # "the latest quarter" is one that is over: a quarter the story forecasts is not it
        # the story's quarter: the last time if it is one, else the last quarter named ("third-quarter net ...
        # Earlier this month, the company had expected to break even for the quarter")
        base = ctx.last if ctx.last is not None and ctx.last[0].gran == "quarter" else ctx.last_quarter
        # (a quarter whose results the story reports is over even if the calendar quarter is not: a fiscal one)
        if base is not None and (not latest or ctx.ref is None or base[0].last_day < ctx.ref or
                                 base[1] in ctx.reported_quarters):
            return ctx.from_narrative(lambda b: b, "XXXX-QX", mod=mod, by_quarter=True)
        if latest:
            return ctx.from_reference(lambda r: P.shift(P.point_at("quarter", r), -1, "quarter"), "XXXX-QX", mod=mod)

        def last_reported(r: dt.date) -> P.Point:
            cur = P.quarter_of(r)
            return P.shift(P.quarter(r.year, cur), -1 if tense == PAST or tense == "unknown" else 0, "quarter")
        return ctx.from_reference(last_reported, "XXXX-QX", mod=mod)

    cs, ce = ctx.clause_window(m.start(), m.end())
    forecast = tense == FUTURE or _QUARTER_AHEAD.search(ctx.text, cs, ce) is not None or \
        _REPORTS_AHEAD.search(ctx.text, max(cs, m.start() - 40), m.start()) is not None

    def build(r: dt.date) -> P.Point:
        # quarters are reported after they end: the latest one with that number that has begun
        latest = P.quarter(r.year if q <= P.quarter_of(r) else r.year - 1, q)
        if forecast and (r - latest.last_day).days > _QUARTER_JUST_ENDED:
            # a forecast names a quarter still to come ("expects growth in the second quarter" written in
            # March), unless it is the one that has just ended, whose results are still to be reported ("will
            # report fourth-quarter results on Jan. 25" written in January)
            return P.quarter(latest.day.year + 1, q)
        return latest
    if ctx.ref is None and ctx.last is not None:
        return ctx.from_narrative(lambda b: P.quarter(b.day.year, q), f"XXXX-Q{q}", mod=mod)
    return ctx.from_reference(build, f"XXXX-Q{q}", mod=mod)


_QORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"


@rule("quarter", rf"\b(?:({POS})\s+)?(?:((?:the|its|their)\s+(?:fiscal\s+)?{YEAR4}|fiscal\s+{YEAR4}|the\s+(?:year-earlier|year-ago|comparable|corresponding|same)|the|its|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|a)\s+)?(?:(?:fiscal|calendar|flat)[\s-]+)?({_QORD})[\s-]+(?:fiscal[\s-]+)?quarter(s)?\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?({YEAR4})|(this|last|next)\s+year))?",
      priority=2)
def _quarter(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(3).lower()
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3,
         "4th": 4}[word]
    det = re.sub(r"\s+", " ", (m.group(2) or "").lower())
    mod = pos_mod(m.group(1))
    trim = None
    if det in ("its", "a", "their", "his", "her", "our") or (det == "the" and "-" in m.group(0)[m.start(3) - m.start():]):
        trim = m.start(3)
        fiscal = re.search(r"fiscal[\s-]+$", ctx.text[m.start():m.start(3)], re.I)
        if fiscal:
            trim = m.start() + fiscal.start()  # "the fiscal second-quarter": "fiscal" stays
    ym = re.match(r"(?:the |its |their )?(?:fiscal )?(\d{4})$", det)
    if ym:
        f = date_found(P.quarter(int(ym.group(1)), q), mod)
        if det.split(" ")[0] != "the":
            f.start = m.start(2) + len(re.match(r"(?:its|their)\s+|", m.group(2), re.I).group(0))
        return f  # "the 2007 fourth quarter", "its fiscal 2008 first quarter" (the possessive left out)
    if det.startswith("the ") and ("earlier" in det or "ago" in det or "corresponding" in det or "comparable" in det):
        return ctx.from_narrative(lambda b: P.quarter(b.day.year - 1, q), f"XXXX-Q{q}", mod=mod)
    if m.group(4) and not m.group(5) and not m.group(6):
        return Found(TimeType.SET, f"XXXX-Q{q}", anchor=TimeAnchor.NONE)
    if word == "last" and not m.group(5) and not m.group(6):
        return None  # "the last quarter" is a period
    if m.group(5):
        f = date_found(P.quarter(int(m.group(5)), q), mod)
        f.start = trim
        return f
    rel = m.group(6) or (det.split(" ")[0] if "year" in det else None)
    if rel:
        off = {"this": 0, "last": -1, "next": 1}[rel.lower()]
        return ctx.from_reference(lambda r: P.quarter(r.year + off, q), f"XXXX-Q{q}", mod=mod)
    f = _quarter_default(m, ctx, q, mod)
    f = _closed_on(m, ctx, q, mod, f)
    f.start = trim
    indefinite = det == "a" or (not det and _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()))
    if indefinite and not re.match(r"[\s\w]*-", m.group(0)[m.start(3) - m.start():]):
        # "After a flat second quarter, profit rose": a quarter described in passing is not the one the story
        # reports on ("a year ago" and "the year-earlier period" that follow compare with the story's quarter)
        f.sets_anchor = False
    return f


def _closed_on(m: re.Match, ctx: Context, q: int, mod: str | None, f: Found) -> Found:
    """"the second quarter ended Oct. 31" (told in October 1989 of the year-ago quarter): a quarter closes in
    the year of its closing day, or in the year before it (a fiscal year ending in January), never after it."""
    closing = closing_day(ctx, m.end())
    if closing is None or f.point is None:
        return f
    mo, d, year_text, s, e = closing
    day = resolve_month_day(mo, d, year_text, s, e, ctx)
    if day is None or day.point is None or day.point.day.year - 1 <= f.point.day.year <= day.point.day.year:
        return f
    return date_found(P.quarter(day.point.day.year, q), mod)


_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+)?$")
_FISCAL_QUARTER = re.compile(rf"\bfiscal[\s-]+(?:{_QORD}[\s-]+)?quarter", re.I)
_ENDED_ON = re.compile(rf"\s+(ended|ending)\s+({alternation(MONTHS)})\b\.?\s+(\d\d?)\b", re.I)


@rule("quarter_pair", rf"\b({_QORD})(?=\s+(?:and|or)\s+{_QORD}[\s-]+(?:fiscal[\s-]+)?quarters\b(?:\s+(?:of\s+)?(?:fiscal\s+)?({YEAR4}))?)",
      priority=1)
def _quarter_pair(m: re.Match, ctx: Context) -> Found | None:
    """The first of two quarters named together: "the second and fourth quarters" tags "second" too."""
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3,
         "4th": 4}[m.group(1).lower()]
    if m.group(2):
        return date_found(P.quarter(int(m.group(2)), q))
    return Found(TimeType.SET, f"XXXX-Q{q}", anchor=TimeAnchor.NONE)


@rule("month_quarter", r"\bthe\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+quarter\b",
      priority=2)
def _month_quarter(m: re.Match, ctx: Context) -> Found | None:
    """"the December quarter": the calendar quarter that ends in (or contains) that month."""
    if not m.group(1)[0].isupper():
        return None
    return _quarter_default(m, ctx, (MONTHS[m.group(1).lower()] - 1) // 3 + 1)


@rule("holiday_period", r"\b(the|this|last|this\s+year['’]s|last\s+year['’]s)\s+(?:(?:crucial|key|important|all-important|"
      r"critical|busy|busiest|peak|upcoming|coming)\s+)?(?:holiday|Christmas|festive)(?:[\s-]+(?:shopping|sales|"
      r"selling))?\s+(season|quarter|period)\b(?!['’]s)",
      priority=2)
def _holiday_period(m: re.Match, ctx: Context) -> Found | None:
    """"the holiday quarter" (retail and tech reports): the fourth quarter; "the holiday season", "the Christmas
    shopping season": its December, placed as a bare December is (this/last year's: that year's)."""
    lead = re.sub(r"\s+", " ", m.group(1).lower()).replace("’", "'")
    if m.group(2).lower() == "quarter":
        if lead.startswith("last"):
            return ctx.from_reference(lambda r: P.quarter(r.year - 1, 4), "XXXX-Q4")
        if lead.startswith("this"):
            return ctx.from_reference(lambda r: P.quarter(r.year, 4), "XXXX-Q4")
        return _quarter_default(m, ctx, 4)
    if lead.startswith("last"):
        return ctx.from_reference(lambda r: P.month(r.year - 1, 12), "XXXX-12")
    if lead.startswith("this"):
        return ctx.from_reference(lambda r: P.month(r.year if r.month > 1 else r.year - 1, 12), "XXXX-12")
    tense = ctx.tense(m.start(), m.end())
    return ctx.from_reference(lambda r: P.month(near_year_month(12, r, year_of_month(12, r, tense)), 12), "XXXX-12")


@rule("the_quarter", r"\b(?:the|this|that)\s+(?:(?:latest|current|recent|most\s+recent|same|year-earlier|year-ago)\s+)?quarter\b(?!-)(?!\s+(?:of\s+a|century|mile|point|percent|final|finals|inch))",
      priority=0)
def _the_quarter(m: re.Match, ctx: Context) -> Found | None:
    low = m.group(0).lower()
    if "year-earlier" in low or "year-ago" in low:
        return ctx.from_narrative(lambda b: P.shift(P.point_at("quarter", b.day), -4, "quarter"), "XXXX-QX",
                                  by_quarter=True)
    if low.startswith("this") or "current" in low:
        return ctx.from_reference(lambda r: P.point_at("quarter", r), "XXXX-QX")
    ended = _ENDED_ON.match(ctx.text, m.end())
    if ended and low in ("the quarter", "that quarter") and ctx.last is not None and ctx.last[0].gran == "quarter" \
            and _FISCAL_QUARTER.search(ctx.text, max(0, m.start() - 300), m.start()):
        # "earned $5 million in the fiscal first quarter ... sales for the quarter ended Sept. 29": the fiscal
        # quarter just named, whatever calendar quarter holds its closing day
        return ctx.from_narrative(lambda b: b, "XXXX-QX")
    if ended and low in ("the quarter", "that quarter"):
        # "the quarter ended Sept. 30": the calendar quarter that holds the day named
        # three months closing on that day: the calendar quarter that holds most of them ("the quarter ended July
        # 31" runs May to July, mostly the second quarter), the one of the day when it closes a calendar quarter
        mo = MONTHS[ended.group(2).lower().rstrip(".")]
        d = min(int(ended.group(3)), calendar.monthrange(2001, mo)[1])
        tense = PAST if ended.group(1).lower() == "ended" else ctx.tense(m.start(), m.end())

        def year(r: dt.date) -> int:
            if ended.group(1).lower() == "ending":  # still running or just over: the nearest closing day
                return nearest_year_of_day(mo, d, r, r.year)
            return year_of_month(mo, r, tense)
        return ctx.from_reference(
            lambda r: P.point_at("quarter", dt.date(year(r), mo, d) - dt.timedelta(days=45)), "XXXX-QX")
    return _quarter_default(m, ctx, None, latest=bool(re.search(r"latest|recent", low)))


_RESULTS_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:loss|losses|profit|profits|results|earnings|net|sales|revenue|"
                         r"revenues|income|performance)\b", re.I)


def _reported_quarter(ctx: Context):
    """The story's last quarter when its results are reported as over (its calendar end is past, or its clause
    reports it: a fiscal quarter), else None."""
    base = ctx.last_quarter
    if base is None or ctx.ref is None:
        return None
    return base if base[0].last_day < ctx.ref or base[1] in ctx.reported_quarters else None


@rule("latest_period", r"\bthe\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?period\b", priority=0)
def _latest_period(m: re.Match, ctx: Context) -> Found | None:
    """"the latest period" in an earnings report is the latest quarter: only when the story counts in quarters
    (a quarter was named within the last 1,500 characters)."""
    if not re.search(r"\bquarter", ctx.text[max(0, m.start() - 1500):m.start()], re.I):
        return None
    return _quarter_default(m, ctx, None, latest=True)


@rule("half", rf"\b(?:the\s+)?(first|second|latter|last|1st|2nd)\s+(?:half|two\s+quarters)\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?({YEAR4})|(this|last|next|the)\s+year)\b",
      priority=2)
def _half(m: re.Match, ctx: Context) -> Found | None:
    """"the first half of 1990", "the first two quarters of 1990": a half year."""
    h = 1 if m.group(1).lower() in ("first", "1st") else 2
    if m.group(2):
        return date_found(P.half(int(m.group(2)), h))
    rel = m.group(3).lower()
    if rel == "the":
        return ctx.from_narrative(lambda b: P.half(b.day.year, h), f"XXXX-H{h}")
    off = {"this": 0, "last": -1, "next": 1}[rel]
    return ctx.from_reference(lambda r: P.half(r.year + off, h), f"XXXX-H{h}")


# a season counted from or around ("available from the autumn", "after the summer"); not "fall", which after
# these is as often a drop ("recovered after the fall")
_SEASON_FROM = ("from", "after", "before")


@rule("season", rf"\b(?:the\s+(?=(?:early|mid|late)\b))?(?:({POS})[\s-]+)?(?:(this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+past|that|the)\s+)?({SEASON})(?:\s+(?:of\s+)?({YEAR4}|{YEAR_SPOKEN}|(?<=of\s)['’]\d\d(?![\w'’]))|\s+(?:of\s+)?(next|last|this)\s+year)?(?:\b|(?<=\d))(?!\s+(?:of\s+(?!(?:19|20)\d\d|['’]\d\d)|collection|break|term|session|camp|school|olympics|games|season|palace|semester|festival|house|storm|storms|weather|solstice|wheat|offensive|wind|rain))",
      priority=1)
def _season(m: re.Match, ctx: Context) -> Found | None:
    word = m.group(3).lower()
    code = SEASONS[word]
    lead = re.sub(r"\s+", " ", (m.group(2) or "").lower())
    mod = pos_mod(m.group(1))
    if m.group(4) and m.group(4)[0] in "'’":
        # "the summer of '69": the two-digit year in the century that does not put it after the date of writing
        dd = int(m.group(4)[1:])
        now = ctx.ref.year if ctx.ref else 2000 + 30
        y = 2000 + dd if 2000 + dd <= now else 1900 + dd
        return date_found(P.season(y, code), mod)
    if m.group(4) and year_number(m.group(4)) is not None:
        return date_found(P.season(year_number(m.group(4)), code), mod)
    if m.group(5):
        # "spring next year", "autumn last year", "the winter of this year": the season of that year
        if lead not in ("", "the"):
            return None
        off = {"next": 1, "last": -1, "this": 0}[m.group(5).lower()]
        return ctx.from_reference(lambda r: P.season(r.year + off, code), f"XXXX-{code}", mod=mod)
    if word == "fall" and not lead and not mod:
        return None
    if not lead and not mod:
        prev = prev_word(ctx.text, m.start()).lower()
        if prev not in ("in", "this", "last", "next", "until", "since", "by", "during", "early", "late") and \
                not (prev in _SEASON_FROM and word != "fall"):
            return None
    if lead == "the" and not mod:  # "at the end of the summer" needs no preposition before it
        prev = prev_word(ctx.text, m.start()).lower()
        if prev not in ("in", "during", "until", "by", "since", "over", "through", "into", "throughout", "till") and \
                not (prev in _SEASON_FROM and word != "fall"):
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
    return ctx.from_reference(lambda r: relative_unit_point(word, off, r), f"XXXX-{code}", mod=mod)


# a named day after "the weekend before/after": the tagger makes one DATE of them ("the weekend after Thanksgiving")
_WEEKEND_NEXT_TO_DAY = re.compile(r"\s+(?:before|after)\s+[A-Z0-9]")


@rule("the_weekend", r"\b(the|this|last|next|that)\s+weekend\b", priority=1)
def _the_weekend(m: re.Match, ctx: Context) -> Found | None:
    lead = m.group(1).lower()
    if lead == "the" and _WEEKEND_NEXT_TO_DAY.match(ctx.text, m.end()):
        return None
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
    mod = pos_mod(m.group(1))
    code = PARTS_OF_DAY[m.group(2).lower()]
    day_word = (m.group(3) or "").lower()
    tense = ctx.tense(m.start(), m.end())
    if day_word in WEEKDAYS:
        wd = WEEKDAYS[day_word]
        return ctx.from_reference(lambda r: P.part_of_day(weekday_date(wd, r, tense), code), f"XXXX-WXX-{wd}T{code}",
                                  TimeType.TIME, mod)
    off = {"yesterday": -1, "tomorrow": 1}.get(day_word, 0)
    if not day_word and ctx.last is not None and ctx.last[0].gran in ("day", "part_of_day") and \
            ctx.last_sentence == ctx.sentence_index(m.start()):
        return ctx.from_narrative(lambda b: P.part_of_day(b.day, code), f"XXXX-XX-XXT{code}", TimeType.TIME, mod)
    return ctx.from_reference(lambda r: P.part_of_day(r + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                              TimeType.TIME, mod)


@rule("the_end_of", rf"\b({POS})\s+(?:the|this|next|last)\s+(year|month|week|quarter|decade|century)\b(?![\s-]+(?:of|old)\b)", priority=1)
def _the_end_of(m: re.Match, ctx: Context) -> Found | None:
    mod = pos_mod(m.group(1))
    unit = m.group(2).lower()
    lead = re.search(r"\s(the|this|next|last)\s", m.group(0), re.I).group(1).lower()
    off = {"next": 1, "last": -1}.get(lead, 0)
    here = ctx.sentence_index(m.start())
    if lead == "the" and ctx.last is not None and not ctx.last[0].coarser_than(unit) and \
            (ctx.last_sentence == here or ctx.last[0].gran == unit == "quarter" or (
                ctx.last_sentence is not None and here is not None and here - ctx.last_sentence <= 2
                and ctx.clause_tense(m.start(), m.end()) == PAST)):
        # "the end of the month" of the story: its sentence's time, or a recent one in a story told in the past;
        # "the end of the quarter" after a quarter: that quarter
        return ctx.from_narrative(lambda b: P.point_at(unit, b.day), unresolved_for(unit), mod=mod)
    return ctx.from_reference(lambda r: P.shift(P.point_at(unit, r), off, unit), unresolved_for(unit), mod=mod)


@rule("overnight", r"\b(overnight)\b(?!\s+(?:stay|stays|flight|bag|trip|train|shift|guests?))", priority=0)
def _overnight(m: re.Match, ctx: Context) -> Found | None:
    if prev_word(ctx.text, m.start()).lower() in ("an", "a", "the"):
        return None
    into = re.match(rf"\s+(?:into|to)\s+({WD_FULL})\b", ctx.text[m.end():m.end() + 24], re.I)
    if into and into.group(1)[0].isupper():
        # "overnight into Wednesday": the night that ends on that weekday (the weekday told by its own tense)
        wd = weekday_number(into.group(1))
        at = m.end() + into.start(1)
        tense = _weekday_tense(ctx, at, at + len(into.group(1)))
        return ctx.from_reference(lambda r: P.part_of_day(weekday_date(wd, r, tense) - dt.timedelta(days=1), "NI"),
                                  "XXXX-XX-XXTNI", TimeType.TIME)
    # the night before the story's day when a day was just named ("Friday ... overnight losses in New York")
    here = ctx.sentence_index(m.start())
    if ctx.last is not None and ctx.last[0].gran in ("day", "part_of_day") and ctx.last_sentence is not None \
            and here is not None and here - ctx.last_sentence <= 2:
        return ctx.from_narrative(lambda b: P.part_of_day(b.day - dt.timedelta(days=1), "NI"), "XXXX-XX-XXTNI",
                                  TimeType.TIME)
    s, _ = ctx.clause_window(m.start(), m.end())
    if ctx.tense(m.start(), m.end()) == FUTURE or _FORECAST_VERB.search(ctx.text, s, m.start()):
        # "the storm is forecast to dump 30 cm overnight", "will be closed overnight": the coming night
        return ctx.from_reference(lambda r: P.part_of_day(r, "NI"), "XXXX-XX-XXTNI", TimeType.TIME)
    return ctx.from_reference(lambda r: P.part_of_day(r - dt.timedelta(days=1), "NI"), "XXXX-XX-XXTNI", TimeType.TIME)


_CLOSED_THE = {"on", "closed", "ended", "finished", "closes", "ends", "finishes"}


@rule("the_week", r"\bthe\s+(week|month|morning|afternoon|evening)\b(?!\s+(?:of|before|after|earlier|ago|that|when|in\s+which|ended|ending|to\s+(?:\d|(?-i:[A-Z]))))",
      priority=-1)
def _the_week(m: re.Match, ctx: Context) -> Found | None:
    """"the week", "for the month" (the current one, or the story's: market reports close a day "for the
    week", "for the month"), "in the morning" (of the story's day)."""
    word = m.group(1).lower()
    prev = prev_word(ctx.text, m.start()).lower()
    if word in ("week", "month") and prev in _CLOSED_THE:
        prev = "for"  # markets' "closed the week up 2%", "fell 3% on the month": the story's or the current one
    if word == "month":
        if prev not in ("for", "during", "over", "throughout"):
            return None
        if ctx.last is not None and ctx.last[0].gran in ("day", "week", "part_of_day", "month"):
            return ctx.from_narrative(lambda b: P.month(b.day.year, b.day.month), "XXXX-XX")
        return ctx.from_reference(lambda r: P.month(r.year, r.month), "XXXX-XX")
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


@rule("through_the_night", r"\bthe\s+night\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|as|on|in|at|with|while|but|until|"
                           r"till|so|for|without|despite)\b)",
      priority=-1)
def _through_the_night(m: re.Match, ctx: Context) -> Found | None:
    """"crews worked through the night", "talks went on late into the night": the night of the story's day when
    its sentence or the one before names a day (TIME `TNI`, as "in the early hours"). Without such a day the night
    has nothing to belong to and is left untagged, as TBAQ leaves "the night" of an undated story. Only before
    a stop or a function word: "into the night air", "through the night shift" name other things."""
    if prev_word(ctx.text, m.start()).lower() not in ("through", "throughout", "into"):
        return None  # "late into the night" too; "spent the night", "the night of the vote" are other things
    if ctx.probing:
        return Found(TimeType.TIME, "XXXX-XX-XXTNI")  # decided in the final pass, with the story's time
    here = ctx.sentence_index(m.start())
    if ctx.last is None or ctx.last[0].gran not in ("day", "part_of_day") or ctx.last_sentence is None or \
            here is None or here - ctx.last_sentence > 1:
        return None
    return ctx.from_narrative(lambda b: P.part_of_day(b.day, "NI"), "XXXX-XX-XXTNI", TimeType.TIME)


@rule("unit_before_after", r"\bthe\s+(day|night|week|month|year)\s+(before|after|earlier|later)(?=\s*[,.;:)]|\s+(?:that|this)\b)",
      priority=1)
def _unit_before_after(m: re.Match, ctx: Context) -> Found | None:
    """"the day before", "the year after" closing a clause: one unit from the story's previous time."""
    unit = m.group(1).lower()
    off = -1 if m.group(2).lower() in ("before", "earlier") else 1
    if unit == "night":
        return ctx.from_narrative(lambda b: P.part_of_day(b.day + dt.timedelta(days=off), "NI"), "XXXX-XX-XXTNI",
                                  TimeType.TIME, by_day=True)
    f = ctx.from_narrative(lambda b: P.shift(P.point_at(unit, b.day), off, unit), unresolved_for(unit),
                           by_day=unit == "day")
    f.sets_anchor = off > 0
    return f


# a clause or an event after "the day before/after", not a time ("the day after Thanksgiving", "the day before
# yesterday" are one date, built elsewhere)
@rule("day_apposed", r"(?<=,\s)the\s+day(?=\s+(?:before|after)\s+(?-i:[a-z]+)\b(?<!\btomorrow)(?<!\byesterday)"
      r"(?<!\btoday)(?<!\blast)(?<!\bnext)(?<!\bthis))", priority=1)
def _day_apposed(m: re.Match, ctx: Context) -> Found | None:
    """"He was last seen on Nov. 3, the day before police issued a warrant", "Oct. 12, the day after the
    crash": set after a day as its apposition, "the day" names that same day (the event that follows is
    left out of the extent, as in "the eve of the vote"). Without a day right before it, it is left alone."""
    if ctx.probing:
        return Found(TimeType.DATE, "XXXX-XX-XX")  # decided in the final pass, with the story's time
    return _apposed_day(ctx, m.start())


def _apposed_day(ctx: Context, at: int) -> Found | None:
    """The story's previous day when its expression ends right before `at` with a comma ("Nov. 3, the day ...")."""
    last = ctx.last
    if last is None or ctx.last_end is None or last[0].gran != "day" or \
            not re.fullmatch(r"\s*,\s", ctx.text[ctx.last_end:at]):
        return None
    f = Found(TimeType.DATE, last[0].value, point=last[0], anchor=TimeAnchor.NARRATIVE, anchor_id=last[1])
    f.sets_anchor = False
    return f


@rule("midweek", r"\bmid-?week\b(?!-)", priority=1)
def _midweek(m: re.Match, ctx: Context) -> Found | None:
    """"expected midweek", "midweek trading": the middle of the week of writing (the coming week when written at
    the weekend about what lies ahead, the past one when written on a Monday about what happened)."""
    tense = ctx.tense(m.start(), m.end())

    def build(r: dt.date) -> P.Point:
        if r.isoweekday() >= 6 and tense != PAST:
            return P.week_of(r + dt.timedelta(days=7))
        if r.isoweekday() == 1 and tense == PAST:
            return P.week_of(r - dt.timedelta(days=7))
        return P.week_of(r)
    return ctx.from_reference(build, "XXXX-WXX", mod="MID")


@rule("before_last", r"\bthe\s+(week|weekend|month|year|night)\s+before\s+last\b(?!['’]|\s+(?:week|weekend|month|year|night|"
      r"time|season|summer|winter|spring|autumn|fall|quarter|decade|century)\b|\s+(?-i:[A-Z0-9]))", priority=2)
def _before_last(m: re.Match, ctx: Context) -> Found | None:
    """"the week before last", "the year before last", "the night before last": two units back from the date
    of writing (not "the week before last Tuesday's vote": the day named is moved by the tagger)."""
    unit = m.group(1).lower()
    if unit == "night":
        return ctx.from_reference(lambda r: P.part_of_day(r - dt.timedelta(days=2), "NI"), "XXXX-XX-XXTNI",
                                  TimeType.TIME)
    if unit == "weekend":
        return ctx.from_reference(lambda r: P.week_of(P.shift_day(r, -2, "week"), weekend=True), "XXXX-WXX-WE")
    return ctx.from_reference(lambda r: P.point_at(unit, P.shift_day(r, -2, unit)), unresolved_for(unit))


@rule("quarter_code", r"\b([QH])([1-4])(?:\s*(\d{4})|\s*['’](\d{2})|\s+of\s+(\d{4}))?\b", priority=2, flags=0)
def _quarter_code(m: re.Match, ctx: Context) -> Found | None:
    """"Q3 2017", "Q3 '17", "H1 2016": business shorthand for quarters and halves."""
    kind, n = m.group(1), int(m.group(2))
    if kind == "H" and n > 2:
        return None
    year_text = m.group(3) or m.group(5)
    if m.group(4):
        year_text = str(2000 + int(m.group(4)))
    if year_text:
        y = int(year_text)
        return date_found(P.quarter(y, n) if kind == "Q" else P.half(y, n))
    if kind == "H":
        return None  # a bare "H1" is too often something else
    return _quarter_default(m, ctx, n)


@rule("quarter_code_number_first", r"\b([1-4])([QH])(?:\s*(\d{4})|\s*['’]?(\d{2}))?\b(?![-/.,]\d)", priority=2, flags=0)
def _quarter_code_number_first(m: re.Match, ctx: Context) -> Found | None:
    """"1Q 2024", "2Q24", "3Q'23", "1H 2024": the quarter (half) codes of analysts' notes, number first."""
    kind, n = m.group(2), int(m.group(1))
    if kind == "H" and n > 2:
        return None
    if m.group(3):
        y = int(m.group(3))
    elif m.group(4):
        y = 2000 + int(m.group(4))
    else:
        return None  # a bare "3Q" or "1H" is too often something else
    return date_found(P.quarter(y, n) if kind == "Q" else P.half(y, n))


@rule("in_the_unit", r"\b(earlier|later|early|late)\s+in\s+the\s+(year|month|week)\b(?!['’]|-|\s+(?:of|before|after|ended|ending|that|when)\b)",
      priority=1)
def _in_the_unit(m: re.Match, ctx: Context) -> Found | None:
    """"earlier in the year", "later in the month": part of the story's year (month, week) when its sentence
    names one, else of the reference date's; not "late in the day" (an idiom: too late)."""
    unit = m.group(2).lower()
    mod = pos_mod(m.group(1))
    if ctx.last is not None and ctx.last_sentence == ctx.sentence_index(m.start()) and \
            not ctx.last[0].coarser_than(unit):
        return ctx.from_narrative(lambda b: P.point_at(unit, b.day), unresolved_for(unit), mod=mod)
    return ctx.from_reference(lambda r: P.point_at(unit, r), unresolved_for(unit), mod=mod)


@rule("early_hours", r"\bthe\s+(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?\b(?!\s+of\b|-)", priority=1)
def _early_hours(m: re.Match, ctx: Context) -> Found | None:
    """"in the early hours", "the small hours of the morning": the night part of the story's day (when its
    sentence, or the one before, names a day), else of the day of writing (TIMEX2 gives the small hours TNI).
    "the early hours of Sunday" is the day's expression widened by the tagger."""
    if prev_word(ctx.text, m.start()).lower() not in ("in", "during", "into", "until", "till", "by", "since",
                                                      "through", "before", "after", "over"):
        return None
    here = ctx.sentence_index(m.start())
    if ctx.last is not None and ctx.last[0].gran in ("day", "part_of_day", "hour", "minute") and \
            ctx.last_sentence is not None and here is not None and here - ctx.last_sentence <= 1:
        return ctx.from_narrative(lambda b: P.part_of_day(b.day, "NI"), "XXXX-XX-XXTNI", TimeType.TIME)
    return ctx.from_reference(lambda r: P.part_of_day(r, "NI"), "XXXX-XX-XXTNI", TimeType.TIME)


_DAWN_CODE = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO", "dusk": "EV", "nightfall": "EV",
              "sunset": "EV"}


@rule("dawn_alone", r"(?<![\w-])(?-i:dawn|daybreak|sunrise|first\s+light|dusk|nightfall|sunset)\b"
      r"(?!['’-]|\s+(?:on|of|this|last|next|yesterday|today|tomorrow|prayers?|raids?)\b|\s+[A-Z0-9])", priority=0)
def _dawn_alone(m: re.Match, ctx: Context) -> Found | None:
    """"arrested at dawn", "a curfew from dusk": the morning (evening) of the story's day when its sentence, or
    the one before, names a day, else of the day of writing, as "in the early hours". Only after at, before,
    after, until, from, by, since ("as dawn broke", "a pre-dawn raid" stay untagged, as TBAQ leaves them);
    "dawn on Saturday" is the day's expression widened by the tagger."""
    if prev_word(ctx.text, m.start()).lower() not in ("at", "before", "after", "until", "till", "by", "since",
                                                      "from", "around", "near", "shortly"):
        return None
    code = _DAWN_CODE[re.sub(r"\s+", " ", m.group(0))]
    here = ctx.sentence_index(m.start())
    if ctx.last is not None and ctx.last[0].gran in ("day", "part_of_day", "hour", "minute") and \
            ctx.last_sentence is not None and here is not None and here - ctx.last_sentence <= 1:
        return ctx.from_narrative(lambda b: P.part_of_day(b.day, code), f"XXXX-XX-XXT{code}", TimeType.TIME)
    return ctx.from_reference(lambda r: P.part_of_day(r, code), f"XXXX-XX-XXT{code}", TimeType.TIME)


@rule("this_time_last", r"\b(?:this|the\s+same)\s+time\s+(last|next|a)\s+(year|month|week)(?:\s+(ago))?\b", priority=2)
def _this_time_last(m: re.Match, ctx: Context) -> Found | None:
    """"this time last year", "this time next month", "the same time a year ago": the same date one unit back
    (ahead). At the granularity the context gives: a time of its sentence (the story's "in March", "in the
    second quarter") moved by the unit, else the day of writing moved by the unit (what a timeline places;
    a day is no finer than the phrase: "this time" points at the date of writing)."""
    lead, unit = m.group(1).lower(), m.group(2).lower()
    if lead == "a" and not m.group(3):
        return None
    off = 1 if lead == "next" else -1
    if ctx.last is not None and ctx.last_sentence == ctx.sentence_index(m.start()) and \
            ctx.last[0].gran in ("day", "week", "month", "quarter", "season") and ctx.last[0].coarser_than("day") \
            and not ctx.last[0].coarser_than(unit):
        f = ctx.from_narrative(lambda b: P.shift(b, off, unit, b.gran), unresolved_for(unit))
    else:
        f = ctx.from_reference(lambda r: P.day(P.shift_day(r, off, unit)), "XXXX-XX-XX")
    f.sets_anchor = False
    return f


_ORDINAL_CENTURY = {"19th": 19, "nineteenth": 19, "20th": 20, "twentieth": 20, "21st": 21, "twenty-first": 21,
                    "18th": 18, "eighteenth": 18}


@rule("turn_of", r"\bthe\s+turn\s+of\s+the\s+(?:(19th|nineteenth|20th|twentieth|21st|twenty-first|18th|eighteenth)\s+)?"
      r"(century|millennium)\b", priority=2)
def _turn_of(m: re.Match, ctx: Context) -> Found | None:
    """"the turn of the century": the boundary year, mod APPROX (a point a timeline can place, with its
    vagueness). Unnamed, the boundary nearest the date of writing: the next one when it is at most 25 years
    ahead (1998: 2000), else the last one (2024: 2000; 1960: 1900). "the turn of the 20th century" is 1900
    (the years around the century's start), "the turn of the millennium" 2000."""
    if m.group(1):
        y = (_ORDINAL_CENTURY[m.group(1).lower()] - 1) * 100
        return date_found(P.year(y), "APPROX")
    step = 1000 if m.group(2).lower() == "millennium" else 100

    def build(r: dt.date) -> P.Point:
        up = -(-r.year // step) * step
        return P.year(up if up - r.year <= 25 else up - step)
    f = ctx.from_reference(build, "XXXX", mod="APPROX")
    f.sets_anchor = False
    return f


@rule("to_the_day", r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|months?|weeks?)\s+"
      r"(?:(ago)\s+)?to\s+the\s+day(?:\s+(later|after|afterwards|earlier|before|since))?\b", priority=2)
def _to_the_day(m: re.Match, ctx: Context) -> Found | None:
    """"a year to the day later": the story's day moved by the amount (a DATE at the day); "two years ago to
    the day": the date of writing moved back. "a year to the day since the attack" is the day a year after
    the story's day too; a bare "a year to the day" closing a clause is not taken (no direction)."""
    n = 1 if m.group(1).lower() in ("a", "one") else (int(m.group(1)) if m.group(1).isdigit()
                                                      else parse_number(m.group(1).lower()))
    if n is None:
        return None
    n = int(n)
    unit = m.group(2).lower().rstrip("s")
    if m.group(3):
        return ctx.from_reference(lambda r: P.day(P.shift_day(r, -n, unit)), "XXXX-XX-XX")
    tail = (m.group(4) or "").lower()
    if not tail:
        return None
    off = -n if tail in ("earlier", "before") else n
    # "a year to the day after the crash": the anchor is the event named after it; the story's day (the
    # previous time of a day) is the best guess, as for "the day after"
    return ctx.from_narrative(lambda b: P.day(P.shift_day(b.day, off, unit)), "XXXX-XX-XX", by_day=True)


# events whose day a story gives, grouped by what may name the same event again ("the referendum ... the vote")
_EVENT_GROUPS = [
    ("vote", "votes", "referendum", "election", "elections", "poll", "polls", "ballot", "runoff", "run-off",
     "primary", "primaries"),
    ("summit", "meeting", "talks", "conference", "negotiations"),
    ("match", "final", "game", "race", "tournament"),
    ("trial", "hearing", "verdict", "sentencing", "ruling"),
    ("wedding",), ("funeral",), ("inauguration", "swearing-in"), ("coronation",), ("visit", "trip"),
    ("launch",), ("budget",), ("deadline",), ("strike", "walkout"), ("invasion",), ("ceremony",), ("parade",),
    # a death or an attack, named again by a noun or told by its verb ("was shot on Oct. 23 ... the day after his
    # death")
    ("death", "killing", "murder", "slaying", "shooting", "assassination", "killed", "shot", "died", "murdered",
     "slain"),
    ("attack", "attacks", "bombing", "bombings", "blast", "explosion", "bombed", "attacked", "exploded"),
    ("crash", "crashed"), ("earthquake", "quake"), ("fire", "blaze"), ("arrest", "arrested"),
]
_EVENT_GROUP_OF = {w: g for g in _EVENT_GROUPS for w in g}
_EVE_PARTS = {"eve": None, "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _event_day_known(ctx: Context, at: int, noun: str) -> bool:
    """Is the story's previous time a day (or finer) in this sentence or the two before, in a sentence that names
    the event `noun` or one of its other names ("The referendum was held on 23 June. On the eve of the vote")?"""
    last = ctx.last
    if last is None or last[0].gran not in ("day", "part_of_day", "hour", "minute") or ctx.last_sentence is None:
        return False
    here = ctx.sentence_index(at)
    if here is None or not 0 <= here - ctx.last_sentence <= 2:
        return False
    start = next((b[0] for b in ctx.bounds if b[2] == ctx.last_sentence), None)
    if start is None or start >= at:
        return False
    group = _EVENT_GROUP_OF[noun.lower()]
    window = ctx.text[start:at].lower()
    return any(re.search(rf"\b{re.escape(w)}\b", window) for w in group)


# the words between the article and the event are lower case: a year or a date there ("the 2016 election", "the
# June 5 vote") is a time of its own, which this match must not swallow
@rule("day_of_event", rf"\bthe\s+(day|night|morning)\s+(before|after)\s+(?:the|this|that|its|their|his|her)\s+"
      rf"(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?({alternation(_EVENT_GROUP_OF)})\b(?!['’]s|-)", priority=1)
def _day_of_event(m: re.Match, ctx: Context) -> Found | None:
    """"the day after the vote", "the night before the wedding": the event's day moved by one, tagged (as "the
    day"; the event stays out of the extent) only when the story gives the event's day just before, as for
    "the eve of the vote"; otherwise left untagged."""
    if ctx.probing:
        return Found(TimeType.DATE, "XXXX-XX-XX", end=m.end(1))  # decided in the final pass, with the story's time
    if not _event_day_known(ctx, m.start(), m.group(3)):
        if m.group(1).lower() != "day":
            return None
        f = _apposed_day(ctx, m.start())  # "on Tuesday, the day after the attack": the day named before it
        if f is not None:
            f.end = m.end(1)
        return f
    off = -1 if m.group(2).lower() == "before" else 1
    word = m.group(1).lower()
    if word == "day":
        f = ctx.from_narrative(lambda b: P.day(b.day + dt.timedelta(days=off)), "XXXX-XX-XX")
    else:
        code = PARTS_OF_DAY[word]
        f = ctx.from_narrative(lambda b: P.part_of_day(b.day + dt.timedelta(days=off), code), f"XXXX-XX-XXT{code}",
                               TimeType.TIME)
    f.end = m.end(1)
    f.sets_anchor = False
    return f


@rule("eve_of", rf"\bthe\s+(eve|morning|afternoon|evening|night)\s+of\s+(?:the|this|that|its|their|his|her)\s+"
      rf"(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?({alternation(_EVENT_GROUP_OF)})\b(?!['’]s|-)", priority=1)
def _eve_of(m: re.Match, ctx: Context) -> Found | None:
    """"on the eve of the vote", "the morning of the summit": a day named by an event. Tagged only when the
    event's day is known: the story's previous time (a day or finer, in this sentence or the two before) stands
    in a sentence that names the same event, or one of its other names ("The referendum was held on 23 June.
    On the eve of the vote ..."). Otherwise left untagged, as TBAQ leaves "the eve of the Pope's visit" (2 of 2):
    a value would be unresolved. "the eve" is the day before; a part of the day is a TIME of the event's day.
    The event stays out of the extent ("the eve"), as "two days after the attack" leaves it out."""
    if ctx.probing:
        return Found(TimeType.DATE, "XXXX-XX-XX", end=m.end(1))  # decided in the final pass, with the story's time
    if not _event_day_known(ctx, m.start(), m.group(2)):
        return None
    part = _EVE_PARTS[m.group(1).lower()]
    f = ctx.from_narrative(lambda b: P.day(b.day - dt.timedelta(days=1)) if part is None else
                           P.part_of_day(b.day, part), "XXXX-XX-XX" if part is None else f"XXXX-XX-XXT{part}",
                           TimeType.DATE if part is None else TimeType.TIME)
    f.end = m.end(1)
    f.sets_anchor = False
    return f


_SPENT_BEFORE = re.compile(r"\b(?:for|spent|spend|spends|spending|lasted|lasts|last|took|take|takes|after|over)\s+$", re.I)


@rule("long_night", r"\ba\s+long\s+(day|night)\b(?!\s+(?:off|shift|trip|flight)\b)", priority=3)
def _long_night(m: re.Match, ctx: Context) -> Found | None:
    """"It was a long night for the rescuers": the story's night (day) told as felt, not a length of 24 hours;
    its day is the story's last day, else unknown (`XXXX-XX-XXTNI`). "spent a long night in a cell", "after a
    long day of talks" measure it: left to the duration rule."""
    if _SPENT_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    night = m.group(1).lower() == "night"
    type_ = TimeType.TIME if night else TimeType.DATE
    unresolved = "XXXX-XX-XXTNI" if night else "XXXX-XX-XX"
    if ctx.last_day is None or ctx.last_sentence is None or ctx.sentence_index(m.start()) is None or \
            ctx.sentence_index(m.start()) - ctx.last_sentence > 2:
        return Found(type_, unresolved, anchor=TimeAnchor.UNRESOLVED)
    base, base_id = ctx.last_day
    p = P.part_of_day(base.day, "NI") if night else P.day(base.day)
    return Found(type_, p.value, point=p, anchor=TimeAnchor.NARRATIVE, anchor_id=base_id)
