"""Cheap tense cues: is a sentence (near a time expression) about the past or the future? Decides the year of
a bare month ("in July") and the week of a bare weekday ("on Tuesday").

Strong cues are auxiliaries, modals and common irregular verbs: the last strong cue before the expression
decides ("said it will pay in January": future). Without one, -ed words (weak: they are often adjectives)
decide, then cues after the expression. Participles after a form of "be" are not cues: "will be held"
follows its auxiliary. Deadline phrases ("extended to", "due by", "payable") point to the future."""

from __future__ import annotations

import re

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"

_WORD = re.compile(r"[A-Za-z']+")
_FUTURE = {"will", "won't", "shall", "might", "would", "wouldn't", "scheduled", "payable", "upcoming", "tomorrow",
           "next"}
_FUTURE_BEFORE_TO = {"going", "to", "expected", "scheduled", "due", "set", "planning", "slated", "likely", "poised",
                     "intend", "intends", "aim", "aims", "plan", "plans", "hope", "hopes", "expect", "expects",
                     "agreed", "agrees", "want", "wants", "seek", "seeks", "planned",
                     "forecast", "predicted", "projected", "tipped"}  # "is forecast to hit on Thursday"
_PAST = {"was", "were", "had", "did", "didn't", "wasn't", "weren't", "ago", "last", "yesterday", "earlier", "said",
         "told", "took", "came", "went", "began", "fell", "made", "gave", "won", "lost", "left", "met", "held", "saw",
         "found", "got", "sent", "led", "spoke", "wrote", "rose", "broke", "became", "struck", "fought", "paid", "sold",
         "bought", "built", "brought", "ran", "stood", "flew", "drew", "grew", "knew", "thought", "felt", "kept"}
_PRESENT = {"is", "are", "am", "has", "have", "does", "do", "says", "say"}
# the present of a scheduled event ("the law takes effect on Friday", "the trial opens Monday", "its mandate
# expires in December"): it lies ahead
_SCHEDULED = {"begins", "starts", "opens", "ends", "concludes", "adjourns", "expires", "takes", "meets", "arrives", "leaves", "resumes",
              "visits", "holds", "goes", "faces", "plays", "returns", "convenes", "hosts", "travels", "heads", "comes",
              "kicks", "retires", "reconvenes", "graduates"}
# modals of obligation and possibility look ahead ("should close", "may rise"); not before "have" ("should
# have closed" is a past seen with hindsight) and not in questions ("should we")
_MODAL_AHEAD = {"should", "may", "must", "could"}  # "could" with a verb of action only (see _cues)
_BE = {"be", "been", "is", "are", "am", "being", "get", "was", "were"}
# the plural present of a scheduled event ("Netanyahu and Arafat meet separately Monday"), a cue only after a
# subject: not after a modal, "to" or a negation ("will meet", "refused to meet", "did not meet")
_SCHEDULED_BASE = {"meet", "begin", "start", "open", "resume", "vote", "face", "play", "return", "arrive", "visit",
                   "travel", "convene", "hold", "go", "choose", "elect", "decide", "rule"}
_NOT_SUBJECT = {"to", "will", "would", "shall", "should", "could", "can", "may", "might", "must", "not", "never",
                "did", "didn't", "don't", "doesn't", "won't", "wouldn't", "cannot", "can't", "the", "a", "an", "and",
                "or", "but", "also", "let", "help", "make", "made", "he", "she", "it"}


# subjects after which "votes" is the verb of a scheduled election ("Italy votes on Sunday"), besides a name
_VOTERS = {"country", "nation", "state", "city", "parliament", "congress", "senate", "house", "assembly", "island",
           "region", "province", "electorate", "he", "she"}
# the present of a company's scheduled release, a cue when its subject is a name or one of these and the data
# follow it ("Apple reports results on Thursday")
_REPORT_VERBS = {"reports", "publishes", "releases", "announces", "posts", "unveils", "issues"}
_REPORTERS = {"company", "firm", "group", "bank", "retailer", "carrier", "airline", "maker", "insurer", "lender",
              "giant", "chain", "government", "ministry", "agency", "office", "bureau", "it"}
# the present of an institution's scheduled act ("the court rules on Friday", "the Fed decides Wednesday",
# "the judge sentences him Monday"): it lies ahead when its subject is a name or one of these; "ruled" stays past
_ACT_VERBS = {"rules", "decides", "sentences", "deliberates", "hears", "sets", "chooses", "elects", "debates",
              "considers", "weighs", "testifies"}
_INSTITUTIONS = {"court", "judge", "jury", "justices", "parliament", "congress", "senate", "house", "assembly", "council",
                 "board", "committee", "commission", "panel", "cabinet", "government", "bank", "fed", "regulator",
                 "tribunal", "legislature", "referee", "arbitrator", "inquiry", "authority", "ministry", "union"}
_REPORTED_DATA = re.compile(r"(?i:results|earnings|figures|profits?|sales|revenues?|its|their|quarterly|annual|"
                            r"full|half|interim|fiscal|first|second|third|fourth|Q|data|"
                            r"numbers|accounts|trading|GDP|inflation|jobs|payrolls|unemployment)$")
_TO_THE_POLLS = re.compile(r"\s+to\s+the\s+polls\b", re.I)
# words after which "last" is the verb ("to last", "will last"), not "last year"
_VERB_LAST_AFTER = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "not",
                    "won't", "wouldn't", "couldn't", "can't", "cannot"}


# verbs whose past is their base form: after a singular subject they can only be the past ("Bush cut short his
# vacation", "the storm hit"), the present would be "cuts", "hits"
_PAST_OR_BASE = {"hit", "cut", "quit", "shut", "put", "cast", "spread", "shed", "split"}
_NOT_SINGULAR = {"i", "you", "we", "they", "to", "will", "would", "shall", "should", "could", "can", "may", "might",
                 "must", "not", "never", "did", "didn't", "don't", "doesn't", "won't", "the", "a", "an", "and", "or",
                 "but", "also", "this", "that", "who", "which", "people", "police", "let", "help", "make"}

# ... and with an object after them they are verbs, not nouns ("a rate cut on Tuesday", "a big hit")
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|his|her|their|our|this|that|some|all|more|short|back|off|down|up|"
                           r"out|\d)", re.I)


def _singular_subject(word: str) -> bool:
    """Can `word`, right before a verb, be a singular subject (a name or a singular noun; not a pronoun that
    takes the base form, an auxiliary, a plural or an adverb)?"""
    low = word.lower()
    return len(word) > 2 and low not in _NOT_SINGULAR and not low.endswith(("s", "ly", "'ll"))


def _cues(text: str, start: int, end: int):
    """(kind, start, end) of each tense cue in text[start:end], in order."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    i = 0
    prev = ""
    while i < len(words):
        w, s, e = words[i]
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if w in _FUTURE_BEFORE_TO and ((w == "to" and nxt == "be") or (w != "to" and nxt == "to") or
                                       (w == "planned" and nxt == "for")):
            # "had been due to expire Friday": a plan told in the past perfect lies in the past
            before = words[i - 2][0].lower() if i >= 2 else ""
            yield ("past" if (before, prev) == ("had", "been") else "future"), s, words[i + 1][2]
            prev = nxt
            i += 2
            continue
        if w == "next" and nxt == "to":
            pass  # "next to the embassy" is a place
        elif w in _MODAL_AHEAD and nxt.lower() not in ("have", "not", "n't", "i", "we", "you", "he", "she",
                                                              "it", "they") and nxt:
            if w != "could" or nxt.lower() not in ("be", "n't", "hardly", "barely", "only", "see", "hear", "feel"):
                # "could resume as early as Monday" looks ahead; "could be located Wednesday" (news' "could not be
                # reached") and "could see smoke" tell of the past
                yield "future", s, e  # "should close around year end", "may be delayed until March": still to come
        elif w in _FUTURE or w.endswith("'ll"):
            yield "future", s, e
        elif w == "last" and prev.lower() in _VERB_LAST_AFTER:
            pass  # "expected to last until Thursday", "could last weeks": the verb, no past cue
        elif prev not in _BE and w in _PAST:
            yield "past", s, e
        elif w in _PAST_OR_BASE and _singular_subject(prev) and _OBJECT_AFTER.match(text, e):
            yield "past", s, e  # "the storm hit the coast on Monday and will move inland": not "hits"
        elif prev not in _BE and len(w) >= 4 and w.endswith("ed") and w.islower():
            yield "weak", s, e
        elif w in _PRESENT:
            yield "present", s, e
        elif w in _SCHEDULED:
            yield "future", s, e
        elif (w in ("come", "take") and prev and prev.lower() not in _NOT_SUBJECT and not prev.lower().endswith("'ll")
              and re.match(r"\s+(?:into\s+(?:force|effect)|effect)\b", text[e:e + 20])
              and not any(x[0].lower() in ("did", "didn't", "had", "hadn't") for x in words[max(0, i - 3):i - 1])):
            yield "future", s, e  # "the new rules come into force on the 1st", "the cuts take effect Monday"
        elif w == "votes" and prev and (prev[0].isupper() or prev.lower() in _VOTERS):
            yield "future", s, e  # "Italy votes on Sunday": a scheduled election; not "counted votes"
        elif w in _ACT_VERBS and prev and (prev[0].isupper() or prev.lower() in _INSTITUTIONS) and \
                prev.lower() not in ("the", "a", "an", "its", "their", "his", "her", "new"):
            yield "future", s, e  # "the court rules on Friday": a scheduled act; not "new rules on Friday"
        elif w.lower() in _REPORT_VERBS and prev and (prev[0].isupper() or prev.lower() in _REPORTERS) and \
                prev.lower() not in ("the", "a", "an", "its", "their", "his", "her") and _REPORTED_DATA.match(nxt):
            # "Apple reports results on Thursday", "the bank publishes its quarterly figures Tuesday": a
            # scheduled release; not "Reports on Thursday said" (the noun) nor "reported results" (past)
            yield "future", s, e
        elif w in ("go", "head") and prev and prev.lower() not in _NOT_SUBJECT and \
                not prev.lower().endswith("'ll") and _TO_THE_POLLS.match(text, e):
            # "Voters go to the polls on Nov. 7": an election is named, so the plural present is its schedule
            # (the bare plural present is too weak a cue; round 13 tried it and AQUAINT's value fell)
            yield "future", s, e
        elif w in _SCHEDULED_BASE and prev and prev.lower() not in _NOT_SUBJECT and not prev.lower().endswith("'ll"):
            yield "present", s, e
        prev = w
        i += 1


def first_cue(text: str, start: int, end: int) -> str | None:
    """The kind ("past", "weak", "future", "present") of the first tense cue in text[start:end], if any."""
    for kind, _, _ in _cues(text, start, end):
        return kind
    return None


def last_past_cue(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The word and end offset of the last past-tense cue (strong or -ed) in text[start:end], if the last cue
    there is one."""
    last = None
    for kind, s, e in _cues(text, start, end):
        last = (text[s:e], e) if kind in ("past", "weak") else None
    return last


_DEADLINE = re.compile(r"\b(?:until|till|by|through|before|payable|effective|expires?|due)\s+"
                       r"(?:about\s+|at\s+least\s+|at\s+the\s+earliest\s+)?$"
                       r"|\b(?:set|scheduled|rescheduled|slated|fixed|pencil+ed\s+in)\s+for\s+$"
                       r"|\b(?:date|deadline)\s+(?:of|for)\s+$"
                       r"|\b(?:extend\w*|postpon\w*|delay\w*|expir\w*|adjourn\w*|deadline|due|set|scheduled|payable|"
                       r"effective|moved|pushed\s+back)\s+(?:\S+\s+){0,4}?(?:to|until|till|by|through)\s+$", re.I)


def tense_and_distance(text: str, start: int, end: int, at: int, own_end: int | None = None) -> tuple[str, int]:
    """The tense of `text[start:end]` (part of a sentence) as seen from offset `at`, and how far from `at`
    the deciding cue is. Words of the expression itself, [at, own_end), are no cues ("The next month, the
    airline was sold": "next" does not make the sentence future)."""
    last_strong = None
    last_weak = None
    after = None
    for kind, m_start, m_end in _cues(text, start, end):
        if own_end is not None and at <= m_start and m_end <= own_end:
            continue
        if m_end <= at:
            if kind in ("future", "past"):
                last_strong = (kind, at - m_end)
            elif kind == "weak":
                last_weak = (PAST, at - m_end)
            elif kind == "present":
                last_strong = (PRESENT, at - m_end)
        elif after is None and kind != "weak":
            after = (PAST if kind == "past" else kind, m_start - at + 30)
        elif after is None:
            after = (PAST, m_start - at + 40)
    if last_strong and last_strong[0] != PRESENT:
        return last_strong
    if last_weak:
        return last_weak
    if last_strong:
        return last_strong
    return after or (UNKNOWN, 1 << 30)


def tense_near(text: str, start: int, end: int, at: int) -> str:
    return tense_and_distance(text, start, end, at)[0]


_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?|the\s+(?:start|beginning|end)\s+of\s+)?$", re.I)


_SINCE_NEAR = re.compile(r"\bsince\s+(?:[\w'’.-]+\s+){0,4}$", re.I)


def since_near(text: str, at: int) -> bool:
    """Does "since" open the phrase the expression at `at` ends ("since shortly after the Oct. 23 slaying")?
    Then it lies before the time of writing."""
    return bool(_SINCE_NEAR.search(text, max(0, at - 45), at))


def since_before(text: str, at: int) -> bool:
    """Is the expression at `at` introduced by "since" (so it lies before the time of writing)?"""
    return bool(_SINCE.search(text[max(0, at - 30):at]))


def deadline_before(text: str, at: int) -> bool:
    """Is the expression at `at` introduced by a deadline phrase ("until", "extended to", "payable")?"""
    return bool(_DEADLINE.search(text[max(0, at - 60):at]))
