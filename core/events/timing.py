"""When an event happened: from the time expression governing it, or inherited from the narrative.

Rules, in order (the first that applies wins; `EventTime.resolution` says which):
1. A DATE/TIME expression in the event's clause (nearest first), else in its sentence when the event is in the
   same clause chain as the expression and no reporting verb separates them: EXPLICIT when its anchor is
   absolute, RELATIVE when it was resolved against the reference date, NARRATIVE when against an earlier time.
   A DURATION in the clause of a perfect ("has been divided for nearly three years") gives a span ending at
   the reference date; of a past perfect ("By Friday they had walked for two days"), at the past moment it
   runs up to (the clause's time, a later "when" clause's, else the time it inherits). Two dates
   that make a range ("between 2004 and 2006", "from March to May", "2014-2016") give a span from one to
   the other. A date heading its line before a colon or dash ("- 20 November: first round ...") dates the
   events of that line.
2. Inherited (certainty UNCERTAIN): a reported event takes its report's date; a present-tense event takes the
   reference date; a past-tense event takes the date of the previous dated event of its paragraph, else of the
   story (a present-tense main verb in between, "has always denied", brings the paragraph back to the story's
   time: what follows does not reach back past it); an event of the lead paragraph with nothing before it takes the reference date (news leads report what just happened).
3. Otherwise UNDATED.
Without a reference date, relative expressions stay unresolved and `relative_to_reference_days` carries the
offset when the expression says it ("yesterday" -> -1).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from ..model import CalendarInterval, Certainty, EventTime, Precision, TimeAnchor, TimeExpression, TimeResolution, TimeType
from .clauses import parenthetical_participle

_COARSE = {Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF_YEAR, Precision.YEAR,
           Precision.DECADE, Precision.CENTURY, Precision.WEEK, Precision.UNKNOWN}
_APPROX_MODS = {"APPROX", "EARLY", "LATE", "MID", "START", "END", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS",
                "EQUAL_OR_MORE", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
_RESOLUTION = {TimeAnchor.ABSOLUTE: TimeResolution.EXPLICIT, TimeAnchor.REFERENCE: TimeResolution.RELATIVE,
               TimeAnchor.NARRATIVE: TimeResolution.NARRATIVE, TimeAnchor.UNRESOLVED: TimeResolution.RELATIVE}

_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0,
            "this afternoon": 0, "this evening": 0, "yesterday morning": -1, "yesterday afternoon": -1,
            "yesterday evening": -1, "now": 0, "currently": 0}
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "a": 1, "an": 1}
_AGO = re.compile(r"^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) days? ago$")


def relative_days(text: str) -> int | None:
    """Offset in days from the article date that an expression states outright, or None."""
    t = text.lower().strip()
    if t in _OFFSETS:
        return _OFFSETS[t]
    m = _AGO.match(t)
    if m:
        n = m.group(1)
        return -(int(n) if n.isdigit() else _NUM[n])
    return None


def time_from_expression(tx: TimeExpression, reference_date: dt.date | None = None) -> EventTime:
    """EventTime for an event governed by a DATE/TIME expression ("now" is the reference date)."""
    resolution = _RESOLUTION.get(tx.anchor, TimeResolution.EXPLICIT)
    if tx.interval is None and tx.value == "PRESENT_REF":
        if reference_date is None:
            return EventTime(resolution=TimeResolution.RELATIVE, certainty=Certainty.UNCERTAIN, timex_ids=[tx.id],
                             as_written=tx.text, relative_to_reference_days=0)
        iv = CalendarInterval(earliest=reference_date, latest=reference_date, precision=Precision.DAY)
        return EventTime(interval=iv, precision=Precision.DAY, certainty=Certainty.APPROXIMATE,
                         resolution=TimeResolution.RELATIVE, timex_ids=[tx.id], as_written=tx.text)
    if tx.interval is None:
        return EventTime(resolution=resolution if tx.anchor == TimeAnchor.UNRESOLVED else TimeResolution.UNDATED,
                         certainty=Certainty.UNCERTAIN, timex_ids=[tx.id], as_written=tx.text,
                         relative_to_reference_days=relative_days(tx.text))
    prec = tx.interval.precision
    if (tx.mod or "") in _APPROX_MODS or prec in _COARSE:
        certainty = Certainty.APPROXIMATE
    else:
        certainty = Certainty.CERTAIN
    return EventTime(interval=tx.interval, precision=prec, certainty=certainty, resolution=resolution,
                     timex_ids=[tx.id], as_written=tx.text)


_UNIT_DAYS = {"Y": 365.25, "M": 30.44, "W": 7, "D": 1}
_UNIT_PRECISION = {"Y": Precision.MONTH, "M": Precision.WEEK, "W": Precision.DAY, "D": Precision.DAY}
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([YMWD])$")


def time_from_duration(tx: TimeExpression, end: dt.date | None, end_resolution: TimeResolution,
                       end_interval: CalendarInterval | None = None) -> EventTime | None:
    """A span for "divided for nearly three years": from `end` minus the duration to `end` (`end_interval`, when
    given, is what the end shows: "By Friday" is that day, "by March" that month)."""
    if end is None:
        return None
    m = _DURATION.match(tx.value or "")
    if not m:
        return None
    amount, unit = float(m.group(1)), m.group(2)
    days = amount * _UNIT_DAYS[unit]
    first = end_interval.earliest if end_interval is not None else end  # "by 2015": any day of that year
    try:
        start, start_late = (_minus(x, amount, unit, days) for x in (first, end))
        start - dt.timedelta(days=round(days * 0.1) + 1)
    except (OverflowError, ValueError):
        return None  # "for 5,000 years": before the calendar's start; keep the event as dated by its sentence
    approx = (tx.mod or "") in _APPROX_MODS or any(w in tx.text.lower() for w in ("nearly", "about", "almost",
                                                                                   "around", "some", "over"))
    slack = dt.timedelta(days=max(1, round(days * 0.1))) if approx else dt.timedelta(0)
    prec = _UNIT_PRECISION[m.group(2)]
    if start_late - start > dt.timedelta(days=_PRECISION_DAYS.get(prec, 1)):
        prec = end_interval.precision  # a coarse end ("in 2015 ... for a decade") makes a coarse start
    start_iv = CalendarInterval(earliest=start - slack, latest=min(end, start_late + slack), precision=prec)
    end_iv = end_interval or CalendarInterval(earliest=end, latest=end, precision=Precision.DAY)
    return EventTime(interval=start_iv, end_interval=end_iv, precision=prec,
                     certainty=Certainty.APPROXIMATE if approx else Certainty.CERTAIN,
                     resolution=end_resolution, timex_ids=[tx.id], as_written=tx.text)


_PRECISION_DAYS = {Precision.DAY: 1, Precision.WEEK: 7, Precision.MONTH: 31}


def _minus(end: dt.date, amount: float, unit: str, days: float) -> dt.date:
    if amount.is_integer() and unit in ("Y", "M"):
        # calendar arithmetic: six months before 4 November is 4 May
        return end - (relativedelta(years=int(amount)) if unit == "Y" else relativedelta(months=int(amount)))
    return end - dt.timedelta(days=round(days))


def inherited(source: EventTime, how: str = "") -> EventTime:
    """A copy of another event's time, marked inherited and uncertain."""
    return EventTime(interval=source.interval, end_interval=None, precision=source.precision,
                     certainty=Certainty.UNCERTAIN, resolution=TimeResolution.INHERITED,
                     timex_ids=list(source.timex_ids), as_written=source.as_written,
                     relative_to_reference_days=source.relative_to_reference_days)


def reference_time(reference_date: dt.date | None) -> EventTime:
    """The article's own date, inherited (for present-tense events and undated news leads)."""
    if reference_date is None:
        return EventTime(resolution=TimeResolution.INHERITED, certainty=Certainty.UNCERTAIN,
                         relative_to_reference_days=0)
    iv = CalendarInterval(earliest=reference_date, latest=reference_date, precision=Precision.DAY)
    return EventTime(interval=iv, precision=Precision.DAY, certainty=Certainty.UNCERTAIN,
                     resolution=TimeResolution.INHERITED)


def is_point(tx: TimeExpression) -> bool:
    """Can this expression date an event? Calendar dates and times, resolved or with a known offset."""
    if tx.type not in (TimeType.DATE, TimeType.TIME):
        return False
    return tx.interval is not None or tx.anchor == TimeAnchor.UNRESOLVED or tx.value == "PRESENT_REF" or \
        relative_days(tx.text) is not None


def is_dated(t: EventTime) -> bool:
    return t.interval is not None or t.relative_to_reference_days is not None


# ------------------------------------------------------------------------------------------ assignment
_TEMPORAL_PREPS = frozenset(("after", "before", "since", "following", "until", "amid", "during"))


def _token_index(d, offset: int) -> int:
    for k, t in enumerate(d.tokens):
        if t.end > offset:
            return k
    return len(d.tokens) - 1


def _governing(d) -> tuple[TimeExpression | None, TimeExpression | None]:
    """The point expression and the duration expression that govern a draft, if any."""
    i = d.trigger.index
    point = None
    duration = None
    best = None
    for tx in d.times:
        k = _token_index(d, tx.span.start)
        same = d.clauses[k] == d.clause
        # "said today its troops would ...": a time right after the verb is the verb's, not the complement's
        right_after = 0 < k - i <= 2 and all(t.tag == "PREP" for t in d.tokens[i + 1:k])
        if not (same or right_after) or (d.postposed and k < i):
            continue
        head = _modified_noun(d, tx)
        if head is not None and head != i:
            continue  # "the August 1988 cease-fire", "yesterday's battles": dates only its noun
        if _superlative_since(d, k):
            continue  # "its highest level since October", "the first time since 1990": no time of the event
        dist = abs(k - i)
        if is_point(tx):
            if best is None or dist < best:
                best, point = dist, tx
        elif tx.type == TimeType.DURATION and duration is None and k >= 1 and \
                d.tokens[k - 1].lower in ("for", "over"):
            duration = tx  # "divided for nearly three years", "For nearly forty years, X has said"
    return point, duration


_RANGE_OPEN = {"between": ("and",), "from": ("to", "until", "till", "through", "and")}
_DASHES = ("-", "–", "—")


def _range_of(d, point: TimeExpression) -> tuple[TimeExpression, TimeExpression, str] | None:
    """The two ends of a range the point belongs to: "between 2004 and 2006", "from March to May",
    "2014-2016" (two expressions in TimeML), with the word joining them; or None."""
    dated = sorted((tx for tx in d.times if tx.interval is not None), key=lambda tx: tx.span.start)
    if point not in dated:
        return None
    k = dated.index(point)
    for a, b in ((dated[k - 1], point) if k > 0 else (None, None), (point, dated[k + 1]) if k + 1 < len(dated)
                 else (None, None)):
        if a is None or a.interval.earliest > b.interval.latest:
            continue
        between = [t.lower for t in d.tokens if a.span.end <= t.start and t.end <= b.span.start]
        before = [t.lower for t in d.tokens if t.end <= a.span.start][-1:]
        if len(between) == 1 and between[0] in _DASHES:
            return a, b, "to"
        if before and before[0] in _RANGE_OPEN and len(between) == 1 and between[0] in _RANGE_OPEN[before[0]]:
            return a, b, between[0]
    return None


def time_from_range(first: TimeExpression, last: TimeExpression, joiner: str = "to") -> EventTime:
    """An event that lasts from one dated expression to another: starts in the first, ends in the last."""
    start, end = time_from_expression(first), time_from_expression(last)
    order = list(Precision)
    prec = max(start.precision, end.precision, key=order.index)
    certain = start.certainty == end.certainty == Certainty.CERTAIN
    resolution = start.resolution if start.resolution == end.resolution else TimeResolution.RELATIVE
    return EventTime(interval=first.interval, end_interval=last.interval, precision=prec,
                     certainty=Certainty.CERTAIN if certain else Certainty.APPROXIMATE, resolution=resolution,
                     timex_ids=[first.id, last.id], as_written=f"{first.text} {joiner} {last.text}")


_LIST_MARKS = ("-", "*", "•", "–", "—", "·", ">")


def _heading_time(d) -> TimeExpression | None:
    """ "- 20 November: first round, no candidate wins": a date that heads its line, before a colon or a dash,
    dates everything on the line (chronologies, "Key dates" lists)."""
    toks = d.tokens
    k = 0
    while k < len(toks) and (toks[k].text in _LIST_MARKS or (toks[k].text.isdigit() and k + 1 < len(toks)
                                                           and toks[k + 1].text in (".", ")"))):
        k += 2 if toks[k].text.isdigit() else 1
    if k >= len(toks):
        return None
    for tx in d.times:
        if tx.span.start == toks[k].start and is_point(tx):
            after = next((t for t in toks if t.start >= tx.span.end), None)
            if after is not None and after.text in (":", "-", "–", "—"):
                return tx
    return None


def _when_clause_time(d) -> TimeExpression | None:
    """ "since early 2023, when Halvard Hydro won the contract": a "when" clause right after a time
    expression happened at that time."""
    toks = d.tokens
    start = next(k for k in range(len(toks)) if d.clauses[k] == d.clause)
    if toks[start].lower != "when" or start == 0:
        return None
    before = toks[start - 1] if toks[start - 1].text != "," else (toks[start - 2] if start >= 2 else None)
    if before is None:
        return None
    for tx in d.times:
        if tx.span.start <= before.start and before.end <= tx.span.end and is_point(tx):
            return tx
    return None


def _modified_noun(d, tx: TimeExpression) -> int | None:
    """Index of the noun a time expression modifies inside a noun phrase, or None."""
    toks = d.tokens
    k = next((j for j, t in enumerate(toks) if t.start >= tx.span.end), None)
    if k is None:
        return None
    possessive = tx.text.endswith(("'s", "’s"))  # the tagger may include the 's: "last year's blasts"
    if (possessive or toks[k].lower in ("'s", "’s")) and k < len(toks):
        if not possessive:
            k += 1
        if k >= len(toks):
            return None
        # the head is the last word of the noun phrase: "last year's deadly U.S. Embassy blasts" -> blasts
        head = k
        while k < len(toks) and toks[k].tag in ("ADJ", "NOUN", "PROPN", "NUM"):
            head = k
            k += 1
        return head
    first = next((j for j, t in enumerate(toks) if t.end > tx.span.start), None)
    if first is not None and first > 0 and toks[first - 1].tag in ("DET", "POSS") and toks[first].text[:1].isalpha() \
            and toks[k].tag == "NOUN" and not toks[first - 1].lower in ("this", "that", "last", "next", "every"):
        return k
    return None


_SUPERLATIVES = frozenset(("first", "most", "least", "best", "worst", "only", "last"))
_NOT_SUPERLATIVE = frozenset(("interest", "honest", "modest", "protest", "forest", "harvest", "earnest", "request",
                              "contest", "suggest", "arrest", "latest", "west", "rest", "test", "nest", "guest",
                              "chest", "quest", "invest", "manifest", "digest", "unrest", "conquest", "behest"))


def _superlative_since(d, k: int) -> bool:
    """Is the time at token `k` the end of a "since" phrase inside a superlative noun phrase ("its highest
    level since October", "the first time since 1990", "the longest sentence for fraud since 2009")? Such a
    time bounds a comparison; it says nothing about when the event happened."""
    toks = d.tokens
    if k < 2 or toks[k - 1].lower != "since":
        return False
    for j in range(k - 2, max(-1, k - 12), -1):
        t = toks[j]
        if t.tag in ("VERB", "AUX", "MODAL", "SUB", "PUNCT") and t.lower not in ("-",):
            return False
        w = t.lower
        if w in _SUPERLATIVES or (w.endswith("est") and len(w) > 5 and w not in _NOT_SUPERLATIVE
                                  and t.tag in ("ADJ", "ADV", "NOUN")):
            return w != "last" or j + 1 < k - 1 and toks[j + 1].tag == "NOUN"
    return False


def _in_temporal_pp(d) -> bool:
    """A noun in "after the fall of Mosul": placed relative to another event, not at the story's time."""
    k = d.trigger.index - 1
    while k >= 0 and d.tokens[k].tag in ("DET", "ADJ", "POSS", "NUM", "PROPN", "NOUN") and d.trigger.index - k < 5:
        k -= 1
    return k >= 0 and d.tokens[k].lower in _TEMPORAL_PREPS


def assign_times(drafts: list, reference_date: dt.date | None) -> None:
    """Set `time` on every draft (in text order; reports before what they report)."""
    own: dict[int, bool] = {}
    ending_at_anchor: dict[int, TimeExpression] = {}  # past perfect + duration: span ends at the story's time
    for idx, d in enumerate(drafts):
        point, duration = _governing(d)
        # only a perfect ("had been divided for", "has said for") or a present progressive ("have been
        # fighting for", "are fighting for") runs up to a moment; "was jailed for five years" does not
        if duration is not None and d.trigger.pos == "VERB" and d.group is not None and (
                d.group.perfect or (d.group.progressive and d.group.tense == "PRESENT")):
            if d.group.tense == "PAST":
                # "By Friday the marchers had walked for two days": the span ends at the past moment the
                # clause names, or a "when"/"by the time" clause of the sentence, else at the time the
                # narrative gives the event (set after inheritance below); never at the reference date
                anchor = point or _past_anchor(d)
                end = time_from_expression(anchor, reference_date) if anchor is not None else None
                if end is not None and end.interval is not None:
                    span = time_from_duration(duration, end.interval.latest, end.resolution, end.interval)
                    if span is not None:
                        span.timex_ids = [anchor.id, duration.id]
                        span.as_written = f"{anchor.text}; {duration.text}"
                        d.time = span
                        own[idx] = True
                        continue
                if anchor is None:
                    ending_at_anchor[idx] = duration
                    continue
            else:
                span = time_from_duration(duration, reference_date, TimeResolution.RELATIVE)
                if span is not None:
                    d.time = span
                    own[idx] = True
                    continue
        pair = _range_of(d, point) if point is not None else None
        if point is None:
            point = _when_clause_time(d) or _heading_time(d)
        if point is not None:
            d.time = time_from_range(*pair) if pair else time_from_expression(point, reference_date)
            own[idx] = d.time.resolution != TimeResolution.UNDATED
    first_paragraph = _lead_paragraph(drafts)
    for d in drafts:
        d.lead_paragraph = first_paragraph
    done: set[int] = set()
    in_sentence: dict[int, list[int]] = {}
    for k, d in enumerate(drafts):
        in_sentence.setdefault(d.sentence.index, []).append(k)
    index_of = {id(d): k for k, d in enumerate(drafts)}

    def resolve(k: int) -> None:
        if k in done or own.get(k):
            done.add(k)
            return
        done.add(k)
        d = drafts[k]
        if d.trigger.pos != "VERB" and _in_temporal_pp(d):
            return  # "after the fall of X": background, dated only by coreference (`coref_times`)
        if d.report is not None:
            r = index_of[id(d.report)]
            resolve(r)
            if is_dated(d.report.time):
                d.time = inherited(d.report.time)
            return
        tense = d.group.tense if d.group is not None else "NONE"
        if d.trigger.pos != "VERB":
            # nouns take the time of the dated verb of their clause
            verbs = [j for j in in_sentence[d.sentence.index]
                     if drafts[j].clause == d.clause and drafts[j].trigger.pos == "VERB"]
            if verbs:
                # the nearest verb of its clause, before or after ("The attack killed ...")
                j = min(verbs, key=lambda j: abs(drafts[j].trigger.index - d.trigger.index))
                resolve(j)
                if is_dated(drafts[j].time):
                    d.time = inherited(drafts[j].time)
                return
            tense = "PAST"
        if tense in ("FUTURE", "MODAL"):
            return
        if tense == "PRESENT":
            d.time = reference_time(reference_date)
            return
        prev = _previous_dated(drafts, k, own, reference_date)
        if prev is not None:
            d.time = inherited(prev.time)
        elif d.sentence.paragraph <= first_paragraph:
            d.time = reference_time(reference_date)

    for k in range(len(drafts)):
        resolve(k)
    for k, duration in ending_at_anchor.items():
        d = drafts[k]
        iv = d.time.interval
        if iv is None or d.time.end_interval is not None:
            continue
        if not d.time.timex_ids and iv.earliest == iv.latest == reference_date:
            # the story's own day (a lead with no other time): the span runs up to it, as a present perfect's
            span = time_from_duration(duration, reference_date, TimeResolution.RELATIVE)
        else:
            span = time_from_duration(duration, iv.latest, TimeResolution.INHERITED, iv)
            if span is not None:
                span.certainty = Certainty.UNCERTAIN
                span.timex_ids = list(dict.fromkeys([*d.time.timex_ids, *span.timex_ids]))
        if span is not None:
            d.time = span


_PAST_ANCHOR_OPENERS = ("when", "by the time", "before", "until")


def _past_anchor(d) -> TimeExpression | None:
    """ "The talks had been stalled for three months when the envoy arrived on Tuesday": the point expression
    of a later "when" / "by the time" / "before" clause of the sentence, the moment the past perfect runs up to."""
    toks = d.tokens
    for tx in d.times:
        if not is_point(tx) or tx.span.start <= toks[d.trigger.index].end:
            continue
        k = _token_index(d, tx.span.start)
        clause_start = next(j for j in range(len(toks)) if d.clauses[j] == d.clauses[k])
        opener = " ".join(t.lower for t in toks[clause_start:clause_start + 3])
        if clause_start > d.trigger.index and any(opener.startswith(o) for o in _PAST_ANCHOR_OPENERS):
            return tx
    return None


_SUBORDINATE_OPENERS = frozenset(("after", "before", "since", "until", "as", "while", "when", "because", "if",
                                   "although", "though", "once", "which", "who", "whom", "whose", "where", "that"))




def in_main_clause(d) -> bool:
    """Is the draft in a main clause (not "after Mosul fell", "which it lost", "that ...")?"""
    if _parenthetical(d):
        return False  # "The club, founded in 1919, has ...": background, like a relative clause
    first = next(k for k in range(len(d.tokens)) if d.clauses[k] == d.clause)
    return d.tokens[first].lower not in _SUBORDINATE_OPENERS


def _parenthetical(d) -> bool:
    """Is the draft the participle of a clause set between commas (", founded in 1990,")?"""
    i = d.trigger.index
    return d.trigger.pos == "VERB" and d.tokens[i].form in ("VBD", "VBN") and parenthetical_participle(d.tokens, i)


def _previous_dated(drafts, k, own, reference_date: dt.date | None = None):
    """The time an undated past event inherits: the last verb event of its paragraph dated by its own
    expression in a main clause; else the first such event of the story (a news story's lead sets its main
    time). Background is not inherited: subordinate clauses ("after Mosul fell in July") and nouns dated by a
    modifier ("last year's blasts"); nor is a time after the reference date ("must agree by mid-January.
    Johnson said ..."): what is told in the past happened before the story was written."""

    def ahead(e) -> bool:
        iv = e.time.interval
        return reference_date is not None and iv is not None and iv.earliest > reference_date

    para = drafts[k].sentence.paragraph
    for j in range(k - 1, -1, -1):
        e = drafts[j]
        if e.sentence.paragraph != para:
            break
        if own.get(j) and is_dated(e.time) and e.time.end_interval is None and in_main_clause(e) and \
                e.trigger.pos == "VERB" and not ahead(e):
            return e
        if not own.get(j) and e.trigger.pos == "VERB" and e.group is not None and e.group.tense == "PRESENT" \
                and (e.sentence.index != drafts[k].sentence.index or e.report is drafts[k]) and in_main_clause(e):
            # "He was released in 2012 and has always denied it. His lawyer said ...": back to now; so too a
            # present-tense quote before its reporting verb ('"Tehran is sending a message," said X')
            break
    lead = drafts[k].lead_paragraph
    # the story's main time is the first main-clause verb of the lead dated by its own expression ("The military
    # government that seized power last week dissolved parliament on Tuesday": Tuesday, not last week); a
    # subordinate one of the lead only when no main clause is dated
    fallback = None
    for j in range(0, k):
        e = drafts[j]
        if own.get(j) and is_dated(e.time) and e.time.end_interval is None and e.trigger.pos == "VERB" and \
                not ahead(e):
            if in_main_clause(e):
                return fallback if fallback is not None and fallback.sentence.index < e.sentence.index else e
            if fallback is None and e.sentence.paragraph == lead and not _parenthetical(e):
                fallback = e
    return fallback


def _lead_paragraph(drafts) -> int:
    """The first paragraph of the story proper (not the headline)."""
    narrative = [d.sentence.paragraph for d in drafts if d.sentence.zone.value == "narrative"]
    return min(narrative) if narrative else 0
