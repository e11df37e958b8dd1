"""The temporal tagger: finds TIMEX3-style time expressions in a text and normalises them against a reference
date and against the narrative (the previous time in the story).

How it works: every rule family in `rules` is one compiled regex with a set of trigger tokens. One pass splits
the text into tokens; each rule is tried only at the word starts just before its triggers. Overlapping
candidates are settled longest first (a candidate its handler rejects frees its span for shorter ones), and the
survivors are normalised in text order so that "two days later" can lean on the time mentioned before it.
See docs/temporal.md for the conventions."""

from __future__ import annotations

import datetime as dt
import re

from ..model import Sentence, Span, TimeAnchor, TimeExpression, TimeType
from . import points as P
from .context import Context
from .rules import RULES, TOKEN
from .rules.reports import reported_as_over

_TRIM = " \t\n\r,;:"
_COMPARISON_AFTER = re.compile(r"-(?:on|over|to)-(?:year|quarter|month|week|day)\b", re.I)
_POS_LEAD = re.compile(r"\b(earlier|later|early|late)\s+$", re.I)
# "late on Sunday", "early on Jan. 5": the modifier of the day, as in "late Sunday" (END)
_POS_ON_LEAD = re.compile(r"\b(early|late)\s+on\s+$", re.I)
_LATE_ADJECTIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|too|very|arrived|ran|running|came|paid)\s+$", re.I)
_NARRATIVE_HEAD = re.compile(r"(?:that|the\s+(?:same|next|following|previous|preceding))\s+(?:day|night|morning|"
                             r"afternoon|evening|week|month|year)\b", re.I)
# "the early hours of Sunday", "the morning of 14 March": the part of that day, one TIME expression (TIMEX2
# style). Not "the night of Oct. 23": the TBAQ gold tags the date alone (2 of 2), and "the early hours of
# Thursday morning" keeps its own part of the day (TBAQ tags "Thursday morning")
_PART_OF_LEAD = re.compile(r"\b((?:the\s+)?(?:(early|small|wee)\s+hours|(morning|afternoon|evening))\s+of)\s+$", re.I)
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV"}
# "the day before last Tuesday's hearing", "the day after Christmas": one DATE, the named day moved by one
_DAY_SHIFT_LEAD = re.compile(r"\bthe\s+day\s+(before|after)\s+$", re.I)
# "the week after Christmas", "the weekend before Easter": the week (weekend) next to the named day, one DATE
_WEEK_SHIFT_LEAD = re.compile(r"\bthe\s+(week|weekend)\s+(before|after)\s+$", re.I)
# "at dawn on Saturday", "at dusk Friday": the part of that day, one TIME (like "Saturday morning")
_DAWN_LEAD = re.compile(r"\b(dawn|daybreak|sunrise|dusk|nightfall|sunset)\s+(?:on\s+)?$")  # lower case: "Dawn" is also a name
_DAWN_CODES = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "nightfall": "EV", "sunset": "EV"}
_APPROX_LEAD = re.compile(r"\b(?:around|roughly|approximately|circa)\s+$", re.I)
_OR_SO = re.compile(r"\s+or\s+so\b")
# "the quarter ended Sept. 30": the day closes the period, the story's time stays the period
_PERIOD_END = re.compile(r".*?\b(?:quarter|half|year|period)\s+(?:that\s+)?(?:ended|ending|ends|to)\s+(?:on\s+)?$", re.I)
_LAST_VERB = re.compile(r"last\s+(?=\S)", re.I)
_VERB_BEFORE_LAST = re.compile(r"(?:\b(?:to|will|would|could|can|may|might|should|must|not|does|did|do|it|they)|n't)\s+$",
                               re.I)
_FULL_WORD_DOT = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Weds)\.$")
_WORD_START = re.compile(r"(?<![\w'’$£€])[\w'’$£€]")


_TOKEN_RULES: dict[str, tuple[int, ...]] = {}


def _rules_for(token: str) -> tuple[int, ...]:
    """Indexes of the rules a (lower-case) token triggers; cached, the vocabulary of news is small."""
    hit = _TOKEN_RULES.get(token)
    if hit is None:
        hit = tuple(i for i, r in enumerate(RULES) if r.trigger.fullmatch(token))
        if len(_TOKEN_RULES) > 200_000:
            _TOKEN_RULES.clear()
        _TOKEN_RULES[token] = hit
    return hit


def _candidates(text: str):
    hits: dict[int, list[int]] = {}
    for tok in TOKEN.finditer(text):
        for i in _rules_for(tok.group().lower()):
            hits.setdefault(i, []).append(tok.start())
    out = []
    for order, positions in hits.items():
        r = RULES[order]
        seen: set[int] = set()
        for at in positions:
            for w in _WORD_START.finditer(text, max(0, at - r.back), at + 1):
                pos = w.start()
                if pos in seen:
                    continue
                seen.add(pos)
                m = r.regex.match(text, pos)
                if m is not None and m.end() > pos:
                    out.append((m.start(), m.end(), r.priority, order, m, r))
    return out


def _select(cands, length: int):
    """Longest first, then higher priority, then earlier; keep those that overlap nothing kept."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0], c[3]))
    occupied = bytearray(length)
    kept = []
    for c in cands:
        s, e = c[0], c[1]
        if occupied.find(1, s, e) != -1:
            continue
        occupied[s:e] = b"\x01" * (e - s)
        kept.append(c)
    kept.sort(key=lambda c: c[0])
    return kept


def tag_times(text: str, reference_date: dt.date | None, sentences: list[Sentence] | None = None) -> list[TimeExpression]:
    """Time expressions in `text` in text order, ids "t1", "t2"..., spans into `text`.

    `reference_date` is the article's date ("yesterday" = the day before it); with None, relative expressions
    keep relative values (anchor UNRESOLVED, no interval) unless the story itself gives an anchor.
    `sentences` (optional) sets each expression's `sentence` index and bounds the tense cues."""
    if not text:
        return []
    ctx = Context(text, reference_date, sentences)
    # a rejected candidate must not hide a shorter one: settle by rounds, handlers run lazily in text order
    cands = _candidates(text)
    rejected: set[int] = set()
    accepted: set[int] = set()
    while True:
        alive = [c for c in cands if id(c[4]) not in rejected]
        kept = _select(alive, len(text))
        changed = False
        for c in kept:
            key = id(c[4])
            if key in accepted:
                continue
            # a probe only tells whether the rule accepts the match; values come in the final pass
            if _try(c, ctx, probe=True) is None:
                rejected.add(key)
                changed = True
            else:
                accepted.add(key)
        if not changed:
            break
    return _finalise(text, kept, ctx)


def _try(c, ctx: Context, probe: bool):
    m, r = c[4], c[5]
    saved = (ctx.last, ctx.last_sentence)
    ctx.probing = probe
    try:
        found = r.handle(m, ctx)
    except (ValueError, OverflowError, KeyError, IndexError, AttributeError, TypeError):
        found = None  # a rule that trips on odd input drops its candidate; tagging never raises
    finally:
        if probe:
            ctx.last, ctx.last_sentence = saved
    return found


def _over_by(point, ref: dt.date) -> bool:
    try:
        return point.last_day < ref
    except (ValueError, OverflowError):
        return False


def _week_next_to(day: dt.date, weekend: bool, after: bool):
    """"the week after Christmas": the seven days after the day, valued as the week that holds most of them
    (the week of their middle, as "the past week" is); "the weekend before Easter": the nearest weekend wholly
    before (after) the day."""
    if weekend:
        if after:
            edge = day + dt.timedelta(days=(5 - day.weekday()) % 7 or 7)  # the first Saturday after the day
        else:
            edge = day - dt.timedelta(days=(day.weekday() + 1) % 7 or 7)  # the last Sunday before it
        return P.week_of(edge, weekend=True)
    return P.week_of(day + dt.timedelta(days=4 if after else -4))


def _finalise(text: str, kept, ctx: Context) -> list[TimeExpression]:
    out: list[TimeExpression] = []
    ctx.last = None
    ctx.last_sentence = None
    ctx.last_end = None
    ctx.before_last = None
    ctx.last_day = None
    ctx.last_past = None
    ctx.last_quarter = None
    ctx.reported_quarters = set()
    prev_period: int | None = None
    for c in kept:
        found = _try(c, ctx, probe=False)
        if found is None or found.value == "AGE":
            continue
        start = found.start if found.start is not None else c[0]
        end = found.end if found.end is not None else c[1]
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if end <= start:
            continue
        if text[end - 1] == "." and _FULL_WORD_DOT.search(text, start, end):
            end -= 1  # "the second week of June." : a full stop, not an abbreviation's point
        if found.type == TimeType.DURATION and _LAST_VERB.match(text, start) and \
                _VERB_BEFORE_LAST.search(text, max(0, start - 12), start):
            start += 5  # "expected to last several months": "last" is the verb
        if _COMPARISON_AFTER.match(text, end):
            continue  # "a year-on-year basis", "the quarter-to-quarter comparison": a comparison, not a time
        approx = _OR_SO.match(text, end)
        if approx and found.type in (TimeType.DATE, TimeType.DURATION):
            end = approx.end()  # "the next year or so": the hedge belongs to the expression
            found.mod = found.mod or "APPROX"
        lead = _POS_LEAD.search(text, max(0, start - 10), start)
        if lead and found.type in (TimeType.DATE, TimeType.TIME) and not found.mod and \
                _NARRATIVE_HEAD.match(text, start, end):
            start = lead.start()  # "earlier that day", "late the next night": like "earlier this week"
            found.mod = "START" if lead.group(1).lower().startswith("earl") else "END"
        lead = _POS_ON_LEAD.search(text, max(0, start - 12), start)
        if lead and found.type == TimeType.DATE and found.point is not None and found.point.gran == "day" and \
                not found.mod and not _LATE_ADJECTIVE.search(text, max(0, lead.start() - 12), lead.start()):
            start = lead.start()
            found.mod = "START" if lead.group(1).lower() == "early" else "END"
        lead = _PART_OF_LEAD.search(text, max(0, start - 24), start)
        if lead and found.type in (TimeType.DATE, TimeType.TIME) and found.point is not None and \
                found.point.gran == "day" and not found.mod:
            start = lead.start()
            code = "NI" if lead.group(2) else _PART_CODES[lead.group(3).lower()]
            found.point = P.part_of_day(found.point.day, code)
            found.type, found.value = TimeType.TIME, found.point.value
        lead = _DAY_SHIFT_LEAD.search(text, max(0, start - 16), start)
        if lead and found.type == TimeType.DATE and found.point is not None and found.point.gran == "day" and \
                not found.mod and (not out or out[-1].span.end <= lead.start()):
            start = lead.start()
            found.point = P.day(found.point.day + dt.timedelta(days=-1 if lead.group(1).lower() == "before" else 1))
            found.value = found.point.value
        lead = _WEEK_SHIFT_LEAD.search(text, max(0, start - 20), start)
        if lead and found.type == TimeType.DATE and found.point is not None and found.point.gran == "day" and \
                not found.mod and (not out or out[-1].span.end <= lead.start()):
            start = lead.start()
            found.point = _week_next_to(found.point.day, lead.group(1).lower() == "weekend",
                                        lead.group(2).lower() == "after")
            found.value = found.point.value
        lead = _DAWN_LEAD.search(text, max(0, start - 14), start)
        if lead and found.type in (TimeType.DATE, TimeType.TIME) and found.point is not None and \
                found.point.gran == "day" and not found.mod:
            start = lead.start()
            found.point = P.part_of_day(found.point.day, _DAWN_CODES[lead.group(1).lower()])
            found.type, found.value = TimeType.TIME, found.point.value
        lead = _APPROX_LEAD.search(text, max(0, start - 16), start)
        if lead and found.type in (TimeType.DATE, TimeType.TIME) and found.mod in (None, "START", "MID", "END") \
                and not re.match(r"['’]s\b", text[end:end + 3]):
            start = lead.start()  # "around year end", "roughly midnight" ("get around Wednesday's ruling" not)
            found.mod = found.mod or "APPROX"
        tid = f"t{len(out) + 1}"
        sentence = ctx.sentence_index(start)
        interval = None
        if found.interval is not None:
            interval = found.interval
        elif found.point is not None and found.type in (TimeType.DATE, TimeType.TIME):
            try:
                interval = found.point.interval
            except (ValueError, OverflowError):
                interval = None
        anchor = found.anchor
        if found.type in (TimeType.DURATION, TimeType.SET):
            anchor = TimeAnchor.NONE
        expr = TimeExpression(
            id=tid, span=Span(start=start, end=end), text=text[start:end], type=found.type, value=found.value,
            mod=found.mod, quant=found.quant, freq=found.freq, anchor=anchor,
            anchor_time_id=found.anchor_id if anchor == TimeAnchor.NARRATIVE else None,
            interval=interval, sentence=sentence if ctx.has_sentences else None,
        )
        out.append(expr)
        closes_period = prev_period is not None and _PERIOD_END.match(text, prev_period, start) is not None
        prev_period = None
        if found.point is not None and found.point.gran in ("quarter", "half", "year"):
            prev_period = max(start, end - 8)  # a period whose closing day may follow ("quarter ended Sept. 30")
        if found.point is not None and found.type in (TimeType.DATE, TimeType.TIME) and found.sets_anchor and \
                not closes_period:
            ctx.before_last = ctx.last
            ctx.last = (found.point, tid)
            ctx.last_sentence = sentence
            ctx.last_end = end
            if not found.point.coarser_than("day"):
                ctx.last_day = ctx.last
            if ctx.ref is not None and _over_by(found.point, ctx.ref):
                ctx.last_past = ctx.last
            if found.point.gran == "quarter":
                ctx.last_quarter = ctx.last
                if reported_as_over(ctx, start, end):
                    ctx.reported_quarters.add(tid)
    _clock_takes_the_day_after(text, out)
    _offset_takes_its_apposition(text, out)
    _range_ends_in_order(text, out, ctx)
    _clock_range_over_midnight(text, out)
    return out


_OFFSET_TEXT = re.compile(r".*\b(?:later|earlier|afterwards?|after|before)", re.I | re.S)
_APPOSITION = re.compile(r"\s*,\s*(?:on\s+|in\s+)?")


def _offset_takes_its_apposition(text: str, out: list[TimeExpression]) -> None:
    """"The talks resumed a week later, on Sept. 15": an offset the story gave nothing to count from, restated
    by the date set off right after it, takes that date's value (the comma says both name the same time).
    An offset already counted from the story keeps its own value."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != TimeType.DATE or a.anchor != TimeAnchor.UNRESOLVED or "X" not in a.value or a.mod or \
                not _OFFSET_TEXT.fullmatch(a.text):
            continue
        if b.type != TimeType.DATE or "X" in b.value or b.interval is None or b.mod or \
                not _APPOSITION.fullmatch(text, a.span.end, b.span.start):
            continue
        out[i] = a.model_copy(update={"value": b.value, "interval": b.interval, "anchor": TimeAnchor.NARRATIVE,
                                      "anchor_time_id": b.id})


_WEEKDAY_OR_MONTH = re.compile(r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|"
                               r"feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
                               r"nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_YEAR_TEXT = re.compile(r"[A-Z][a-z]+\.?,?\s+\d{4}")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)
_RANGE_JOIN_ALONE = re.compile(r"\s*(?:[-–]|\s(?:through|thru)\s)\s*", re.I)  # "Monday through Thursday"
_RANGE_JOIN = re.compile(r"\s*(?:[-–]|\s(?:to|through|until|till|and)\s)\s*", re.I)


def _shifted(e: TimeExpression, step: int) -> tuple[str, P.Point]:
    """The value and point of a bare weekday (by weeks) or month (by years) moved `step` units."""
    if len(e.value) == 10:
        point = P.day(dt.date.fromisoformat(e.value) + dt.timedelta(days=7 * step))
    else:
        point = P.month(int(e.value[:4]) + step, int(e.value[5:7]))
    return point.value, point


def _range_ends_in_order(text: str, out: list[TimeExpression], ctx: Context) -> None:
    """"from March to December", "from Monday to Friday": each end was placed on its own, so the end may come
    before the start (March 2023, December 2022 written in February 2023). Move one end by a week or a year,
    as the tense says: told in the past, the range that ends by the date of writing; in the future, the one
    that starts after it; else one that has not ended (the earlier of two: "is open from Monday to Friday"
    written on a Thursday is this week)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type == TimeType.DATE and b.type == TimeType.DATE and not a.mod and len(a.value) == 7 and \
                _WEEKDAY_OR_MONTH.fullmatch(a.text) and _MONTH_YEAR_TEXT.fullmatch(b.text) and \
                _RANGE_JOIN.fullmatch(text, a.span.end, b.span.start) and re.fullmatch(r"\d{4}-\d\d", b.value) and \
                _RANGE_OPEN.search(text, max(0, a.span.start - 10), a.span.start):
            # "from March to May 2022": the year written at the end is the start's too (the year before when
            # the start's month comes later: "from November to March 2022")
            y = int(b.value[:4]) - (1 if a.value[5:7] > b.value[5:7] else 0)
            point = P.month(y, int(a.value[5:7]))
            out[i] = a.model_copy(update={"value": point.value, "interval": point.interval})
            continue
        if ctx.ref is None:
            continue
        if a.type != TimeType.DATE or b.type != TimeType.DATE or a.mod or b.mod or a.interval is None or \
                b.interval is None or not _WEEKDAY_OR_MONTH.fullmatch(a.text) or \
                not _WEEKDAY_OR_MONTH.fullmatch(b.text) or len(a.value) != len(b.value) or \
                len(a.value) not in (7, 10) or not _RANGE_JOIN.fullmatch(text, a.span.end, b.span.start) or \
                not (_RANGE_OPEN.search(text, max(0, a.span.start - 10), a.span.start) or
                     _RANGE_JOIN_ALONE.fullmatch(text, a.span.end, b.span.start)):
            continue
        tense = ctx.tense(a.span.start, a.span.end)
        ref = ctx.ref.isoformat()[:len(a.value)]
        if b.value > a.value:
            # in order, but told in the past with the end still to come ("rose from January through March"
            # written in October, "through" having placed March ahead): the end one step back, if it stays after
            # the start
            back_value, back_point = _shifted(b, -1)
            if tense == "past" and b.value > ref and back_value >= a.value:
                out[i + 1] = b.model_copy(update={"value": back_value, "interval": back_point.interval})
            continue
        # two choices: the end one step later, or the start one step earlier
        later = (a.value, None, *_shifted(b, 1))
        earlier = (*_shifted(a, -1), b.value, None)
        if tense == "past":
            pick = earlier if later[2] > ref else later
        elif tense == "future":
            pick = later if earlier[0] < ref else earlier
        else:
            pick = earlier if earlier[2] >= ref else later
        a_value, a_point, b_value, b_point = pick
        if a_point is not None:
            out[i] = a.model_copy(update={"value": a_value, "interval": a_point.interval})
        if b_point is not None:
            out[i + 1] = b.model_copy(update={"value": b_value, "interval": b_point.interval})


_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(T\d\d:\d\d|T(?:MO|AF|EV|NI|MI))")
# "the evening rush hour on Aug. 1", "the morning session on Monday": a bare part of the day and its noun
_NOUN_ON_BETWEEN = re.compile(r"\s+(?:rush[\s-]+hours?|commute|session|shift|news|bulletin|service|services|peak|"
                              r"traffic|prayers?|meeting|flight|show|broadcast|briefing|rally|trading\s+session|"
                              r"sitting|match|game|ceremony)\s+on\s+")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_ON_BETWEEN = re.compile(r"\s+on\s+")


_CLOCK_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)
_CLOCK_RANGE_JOIN = re.compile(r"\s*(?:[-–]|\s(?:to|until|till|and)\s)\s*", re.I)
_CLOCK_ONLY = re.compile(r"(?i)(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|am|pm|o['’]clock)?|noon|midday|midnight)"
                         r"(?:\s+(?:local\s+time|[A-Z]{2,4}))?")


def _clock_range_over_midnight(text: str, out: list[TimeExpression]) -> None:
    """"a curfew from 7 p.m. to 7 a.m.", "closed between 11 p.m. and 5 a.m.": both ends were put on the same day,
    so an end before the start runs into the next morning: the end (a bare clock time) moves one day on; when the
    end has its day written ("from 10 p.m. to 6 a.m. Friday"), the start (a bare clock time) moves one day back."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        ca, cb = _CLOCK_VALUE.fullmatch(a.value), _CLOCK_VALUE.fullmatch(b.value)
        if a.type != TimeType.TIME or b.type != TimeType.TIME or ca is None or cb is None or \
                ca.group(1) != cb.group(1) or ":" not in ca.group(2) or ":" not in cb.group(2) or \
                cb.group(2) >= ca.group(2) or \
                not _CLOCK_RANGE_JOIN.fullmatch(text, a.span.end, b.span.start) or \
                not _CLOCK_RANGE_OPEN.search(text, max(0, a.span.start - 10), a.span.start):
            continue
        if _CLOCK_ONLY.fullmatch(b.text):
            i_moved, c, days = i + 1, cb, 1
        elif _CLOCK_ONLY.fullmatch(a.text):
            i_moved, c, days = i, ca, -1
        else:
            continue
        point = P.time_of(dt.date.fromisoformat(c.group(1)) + dt.timedelta(days=days), int(c.group(2)[1:3]),
                          int(c.group(2)[4:6]))
        out[i_moved] = out[i_moved].model_copy(update={"value": point.value, "interval": point.interval})


def _clock_takes_the_day_after(text: str, out: list[TimeExpression]) -> None:
    """"at 5 a.m. on the day after Thanksgiving", "at noon on Christmas Day": a clock time followed by "on" and
    a day takes that day, however the day is written (the clock rules join only weekdays and month-days); the
    two stay separate expressions. So does a part of the day, also with its noun between ("the evening rush
    hour on Aug. 1")."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        clock = _CLOCK_VALUE.fullmatch(a.value)
        if a.type != TimeType.TIME or clock is None or b.type != TimeType.DATE or b.mod or \
                not _DAY_VALUE.fullmatch(b.value) or clock.group(1) == b.value or \
                not (_ON_BETWEEN.fullmatch(text, a.span.end, b.span.start) or
                     (a.text.lower().startswith("the ") and a.value[-3:-2] == "T" and a.value[-2:].isalpha() and
                      _NOUN_ON_BETWEEN.fullmatch(text, a.span.end, b.span.start))):
            continue
        out[i] = a.model_copy(update={"value": b.value + clock.group(2), "interval": b.interval,
                                      "anchor": b.anchor, "anchor_time_id": b.anchor_time_id})
