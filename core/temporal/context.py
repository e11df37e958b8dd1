"""What a rule needs to turn a match into a TimeML value: the reference date, the tense around an offset, and
the previous time in the narrative (for "two days later", "the next day")."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from ..model import CalendarInterval, Sentence, TimeAnchor, TimeType
from . import points as P
from .tense import FUTURE, PAST, deadline_before, since_before, since_near, tense_and_distance

_ABBREV = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|"
                     r"Capt|Maj|Prof|No|Nos|Vol|Corp|Co|Inc|Ltd|Jr|Sr|vs|U\.S|[A-Z])\.)$")
# an explicit future: "will"/"shall", or the present of a scheduled event ("expires", "comes into effect")
_WILL = re.compile(r"\b(?:will|shall|won't|expires|begins|starts|opens|takes\s+effect|comes\s+into\s+(?:force|effect)|"
                   r"resumes|convenes)\b|'ll\b", re.I)
_BARE_DEADLINE = re.compile(r"\bbefore\s+$", re.I)
_EXTENDED = re.compile(r"\b(?:extend\w*|postpon\w*|delay\w*|deadline|gave|given|allowed)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n\s*\n")


@dataclass
class Found:
    """A time expression as a rule normalised it."""

    type: TimeType
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    point: P.Point | None = None
    anchor: TimeAnchor = TimeAnchor.ABSOLUTE
    anchor_id: str | None = None
    start: int | None = None  # a rule may trim its match
    end: int | None = None
    sets_anchor: bool = True  # False for look-backs ("a year earlier") that should not move the story's time
    interval: CalendarInterval | None = None  # the days meant, when they differ from the value's ("the past year")


# a sentence that opens with its year: "In 2009, ...", "During 1995, ..."
_YEAR_SETTING = re.compile(r"\s*[\"'“‘(]*(?:In|During|Throughout|For)\s+(?:early\s+|late\s+|mid-?)?((?:1[6-9]|20)\d\d)\s*,")


class Context:
    """The state one `tag_times` call shares with its rules. Sentence bounds come from the caller's sentences,
    or from a small splitter when there are none (then they only bound tense cues and anchoring)."""

    def __init__(self, text: str, reference: dt.date | None, sentences: list[Sentence] | None):
        self.text = text
        self.ref = reference
        self.has_sentences = bool(sentences)
        if sentences:
            self.bounds = [(s.span.start, s.span.end, s.index) for s in sorted(sentences, key=lambda s: s.span.start)]
        else:
            self.bounds = []
            start = 0
            for m in _SENTENCE_END.finditer(text):
                if m.group(0)[0] == "." and _ABBREV.search(text, max(0, m.start() - 6), m.start() + 1):
                    continue
                self.bounds.append((start, m.end(), len(self.bounds)))
                start = m.end()
            self.bounds.append((start, len(text), len(self.bounds)))
        self._starts = [b[0] for b in self.bounds]
        self._tenses: dict[tuple[int, int], str] = {}
        self.last: tuple[P.Point, str] | None = None  # previous calendar point in the story, with its id
        self.last_sentence: int | None = None
        self.last_end: int | None = None  # where the previous calendar point's expression ends in the text
        self.before_last: tuple[P.Point, str] | None = None  # the story's time before `last` ("in April, three
        # months later": the apposition restates April, so it counts from the time before it)
        self.last_day: tuple[P.Point, str] | None = None  # previous time of a day or finer ("Monday", "3 p.m.")
        self.last_past: tuple[P.Point, str] | None = None  # previous time over by the reference date
        self.last_quarter: tuple[P.Point, str] | None = None  # previous quarter named ("third-quarter net")
        self.reported_quarters: set[str] = set()  # ids of quarters whose results the story reports as over
        # True while the tagger only asks whether a rule accepts a match (the story's previous time is not known
        # yet then: a rule that needs it to decide accepts, and decides in the final pass)
        self.probing = False

    # ------------------------------------------------------------------------------------------ sentences
    def clause_window(self, start: int, end: int) -> tuple[int, int]:
        """Where to look for tense cues: the sentence around [start, end), at most a few hundred characters
        either side (a text without sentence ends must not make tagging quadratic)."""
        s, e, _ = self.sentence_bounds(start)
        s, e = max(s, start - 200), min(max(e, end), end + 200)
        # a semicolon joins independent clauses, each with its own tense ("Next Monday's vote will be close;
        # Monday's debate was heated")
        semi = self.text.rfind(";", s, start)
        if semi != -1:
            s = semi + 1
        semi = self.text.find(";", end, e)
        if semi != -1:
            e = semi
        return s, e

    def sentence_bounds(self, offset: int) -> tuple[int, int, int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return 0, len(self.text), 0
        return self.bounds[i]

    def sentence_index(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        s, e, idx = self.bounds[i]
        return idx if s <= offset < max(e, s + 1) else None

    def tense(self, start: int, end: int) -> str:
        key = (start, end)
        if key not in self._tenses:
            self._tenses[key] = self._tense(start, end)
        return self._tenses[key]

    def clause_tense(self, start: int, end: int) -> str:
        """The tense of the verbs around [start, end) alone, without the deadline and "since" cues of `tense`
        ("by the end of the month, three suspects were in custody" is told in the past)."""
        s, e = self.clause_window(start, end)
        return tense_and_distance(self.text, s, e, start)[0]

    def told_future(self, start: int, end: int) -> bool:
        """Is the sentence's own tense cue before [start, end) a future one, told with "will"/"shall" ("will
        come into force in January", "by January"; not "would", a future seen from the past)? Unlike `tense`,
        a deadline word alone ("through", "by") does not count: it often closes a past span ("had bought shares
        through Sept. 29")."""
        if self.clause_tense(start, end) != FUTURE:
            return False
        s, _ = self.clause_window(start, end)
        return _WILL.search(self.text, s, start) is not None  # not "would": a future seen from the past

    def _tense(self, start: int, end: int) -> str:
        s, e = self.clause_window(start, end)
        tense, distance = tense_and_distance(self.text, s, e, start, end)
        if deadline_before(self.text, start):
            # "happened two days before Christmas": a bare "before" after a past verb of the clause closes a past
            # span ("until", "through" stay deadlines: "gave Merieux until mid-November"; so do "extended",
            # "postponed" before "before")
            if not (tense == PAST and distance < 60 and _BARE_DEADLINE.search(self.text, max(0, start - 12), start)
                    and not _EXTENDED.search(self.text, max(s, start - 60), start)):
                return FUTURE
        if since_before(self.text, start) or since_near(self.text, start):
            return PAST
        return tense

    # ------------------------------------------------------------------------------------------ anchoring
    def sentence_year(self, at: int) -> int | None:
        """The year a sentence opens with ("In 2009, GM filed for bankruptcy in June and emerged in July":
        June and July 2009), when `at` lies after it in the same sentence."""
        s, _, _ = self.sentence_bounds(at)
        y = _YEAR_SETTING.match(self.text, s, min(at, s + 40))
        return int(y.group(1)) if y else None

    def from_reference(self, build, unresolved: str, type_: TimeType = TimeType.DATE, mod: str | None = None) -> Found:
        """A value computed from the reference date by `build(ref) -> Point`; relative when there is none."""
        if self.ref is None:
            return Found(type_, unresolved, mod=mod, anchor=TimeAnchor.UNRESOLVED)
        try:
            p = build(self.ref)
        except (P.OutOfCalendar, ValueError, OverflowError):
            return Found(type_, unresolved, mod=mod, anchor=TimeAnchor.UNRESOLVED)
        return Found(type_, p.value, mod=mod, point=p, anchor=TimeAnchor.REFERENCE)

    def reported(self, gran: str) -> P.Point | None:
        """The story's previous time if it has granularity `gran` and is over by the reference date (a period
        that is reported on), else None: "the latest quarter" must not lean on a forecast ("a fourth-quarter
        charge" said in November)."""
        if self.last is None or self.last[0].gran != gran:
            return None
        b = self.last[0]
        if self.ref is not None and b.last_day >= self.ref:
            return None
        return b

    def from_narrative(self, build, unresolved: str, type_: TimeType = TimeType.DATE, mod: str | None = None,
                       by_day: bool = False, look_back: bool = False, by_quarter: bool = False) -> Found:
        """A value computed from the previous time in the story by `build(point) -> Point`; from the reference
        date when the story has none before it. `by_day` ("the next day", "two days later"): the previous time
        of a day or finer when the last one is coarser ("On Monday ... in 2007 ... the next day"). `by_quarter`
        ("the quarter", "the year-ago quarter"): the story's previous quarter when the last time is not one
        ("third-quarter net ... Earlier this month ... for the quarter")."""
        last = self.last
        if by_quarter and self.last_quarter is not None and (last is None or last[0].gran != "quarter"):
            last = self.last_quarter
        if by_day and last is not None and last[0].coarser_than("day") and self.last_day is not None:
            last = self.last_day
        if look_back and last is not None and self.ref is not None and last[0].day > self.ref:
            # "expects to grow in 1990 ... a year earlier": a look-back compares with what was reported, not
            # with a forecast; the story's last past time, else the reference date
            last = self.last_past
        if last is not None:
            base, base_id = last
            try:
                p = build(base)
                return Found(type_, p.value, mod=mod, point=p, anchor=TimeAnchor.NARRATIVE, anchor_id=base_id)
            except (P.OutOfCalendar, ValueError, OverflowError):
                pass
        return self.from_reference(lambda r: build(P.day(r)), unresolved, type_, mod)
