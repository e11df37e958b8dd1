"""Reported speech, hedges and negation.

- A reporting verb (say, claim, report...) reports the events of its complement: the events after it in the
  sentence up to the next reporting verb ("X said Y had happened"), or, when it follows the quote (", it said",
  "... said General Mayhoub"), the events before it. Reported events get `attribution` (source = the
  reporter's agent, else the subject words as written); the report lists them in `reports_event_ids`.
- "according to X" attributes every event of its sentence to X.
- Certainty drops for hedging reporters ("claimed", "hinted"), hedge adverbs ("reportedly"), hedging governors
  ("believed to", "expected to"), modals ("may", "could") and intentions ("try to", "aims to").
- Negation ("did not", "never", "no talks") sets `negated`.
"""

from __future__ import annotations

from ..model import Attribution, EventClass, Role, Span
from . import lexicon as lx
from .draft import Draft
from .participants import SPEAKERS_GROUP, Link, MentionRef

_QUOTES = frozenset(("'", '"', "‘", "’", "“", "”", ",", "''"))
_MODAL_CERTAINTY = {"may": 0.5, "might": 0.4, "could": 0.5, "would": 0.6, "should": 0.6, "must": 0.8, "can": 0.7,
                    "will": 0.7, "'ll": 0.7, "shall": 0.7, "'d": 0.6}
_INTENTION_CERTAINTY = 0.4


def _postposed(d: Draft, before: list[Draft]) -> bool:
    """Is this reporting verb after what it reports? (", it said", "'...,' said General X", "..., officials
    said.") A comma before it opens an apposition instead when the words before the comma are
    ", a spokesman for the ministry," (which starts with a determiner)."""
    toks, i = d.tokens, d.trigger.index
    k = i - 1
    while k >= 0 and toks[k].tag in ("PRON", "PROPN", "NOUN", "DET", "ADJ") and i - k <= 4:
        k -= 1  # the reporter's name between the quote and the verb: "', it said", ", officials said"
    if k < 0:
        return False
    mark = toks[k].text
    if mark in ("'", '"', "’", "”"):
        return True
    # ", officials said." / ", it said, but added": nothing left to report after the verb
    j = i + 1
    while j < len(toks) and toks[j].tag in ("PRON", "PROPN", "NOUN", "DET", "ADJ") and j - i <= 5:
        j += 1
    nothing_after = j >= len(toks) or toks[j].tag == "PUNCT" or toks[j].tag == "CONJ"
    if mark == "," and before and nothing_after:
        # an apposition ("Konashenkov, a spokesman for the ministry, said") is not a quote
        for j in range(k - 1, max(-1, k - 15), -1):
            if toks[j].text == ",":
                if j + 1 < len(toks) and toks[j + 1].tag in ("DET", "POSS") and not any(
                        b.trigger.index > j and b.trigger.pos == "VERB" for b in before):
                    return False
                break
        return True
    return False


def _subject_words(d: Draft, text: str) -> str:
    """The words before a reporting verb that name who reports ("Syrian state media", "the government in
    Iraq"), as written; "" when the subject is a pronoun or missing."""
    toks, i = d.tokens, d.trigger.index
    k = i - 1
    while k >= 0 and toks[k].tag in ("AUX", "MODAL", "NEG", "ADV"):
        k -= 1
    end = k
    while k >= 0 and toks[k].tag in ("PROPN", "NOUN", "ADJ", "POSS", "DET", "PREP", "NUM") and end - k < 8:
        k -= 1
    first = k + 1
    # drop leading determiners and prepositions
    while first <= end and toks[first].tag in ("DET", "PREP", "POSS") and toks[first].lower not in ("'s",):
        first += 1
    if first > end or toks[end].tag not in ("PROPN", "NOUN"):
        return ""
    return text[toks[first].start:toks[end].end]


def apply_attribution(drafts: list[Draft], names: dict[str, str], text: str) -> None:
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.index, []).append(d)
    for ds in by_sentence.values():
        for k, d in enumerate(ds):
            if d.trigger.event_class != EventClass.REPORTING or d.trigger.pos != "VERB":
                continue
            agent = d.found.agent()
            source_id = agent.ref.ref_id if agent else None
            source_text = names.get(source_id, "") if source_id else ""
            if not source_text:
                source_text = _subject_words(d, text)
            nxt = d.tokens[d.trigger.index + 1] if d.trigger.index + 1 < len(d.tokens) else None
            if nxt is not None and nxt.tag == "TO":
                continue  # "estimated to number", "said to be": a hedge on the infinitive, not a quotation
            if _postposed(d, ds[:k]):
                d.postposed = True
                reported = []
                for e in reversed(ds[:k]):
                    if e.trigger.event_class == EventClass.REPORTING and e.trigger.pos == "VERB":
                        break
                    reported.append(e)
                reported.reverse()
            elif act_object(d):
                reported = []  # "declared a state of emergency ... hours after the water reached": an act
            elif d.trigger.index + 1 < len(d.tokens) and d.tokens[d.trigger.index + 1].tag == "PREP" and not (
                    d.trigger.lemma in lx.HEDGE_VERBS and d.tokens[d.trigger.index + 1].lower in ("at", "about")):
                reported = []  # "did not comment on the talks": a topic, not a reported clause ("hinted at" is)
            elif _object_then_new_clause(d):
                reported = []  # "notified the agency and the police, and it is working": told whom, not what
            else:
                reported = []
                end = _reported_end(d)
                for e in ds[k + 1:]:
                    if e.trigger.event_class == EventClass.REPORTING and e.trigger.pos == "VERB":
                        break
                    if e.trigger.index >= end:
                        break
                    reported.append(e)
            hedged = d.trigger.lemma in lx.HEDGE_VERBS
            d.attribution_source = source_text
            for e in reported:
                if e.report is not None:
                    continue
                e.report = d
                e.attribution = Attribution(source_actor_id=source_id, source_text=source_text,
                                            report_event_id=d.event_id, hedged=hedged)
                d.reports.append(e.event_id)
                d.reported.append(e)
        # "according to X"
        for d in ds:
            toks = d.tokens
            for j in range(len(toks) - 2):
                if toks[j].lower == "according" and toks[j + 1].lower == "to":
                    src = [r for r in _refs_after(d, j + 2)]
                    text = src[0][1] if src else " ".join(t.text for t in toks[j + 2:j + 5] if t.tag in ("PROPN", "NOUN"))
                    if d.attribution is None and d.trigger.index != j:
                        d.attribution = Attribution(source_actor_id=src[0][0] if src else None,
                                                    source_text=names.get(src[0][0], text) if src else text)
                    break
    for d in drafts:
        _speaker_pronoun(d)
        _certainty(d)


def nominal_object(d: Draft) -> tuple[int, int] | None:
    """"declared a state of emergency in Serin", "announced a ceasefire on Sunday": the verb's object is a noun
    phrase that ends without a verb of its own, so the verb names an act and reports nothing; in "announced
    the talks had failed" the noun phrase is the subject of a reported clause. The token range of the object
    after its determiner, or None."""
    toks, i = d.tokens, d.trigger.index + 1
    if i >= len(toks) or toks[i].tag != "DET" or toks[i].lower in ("that", "this", "these", "those"):
        return None
    i += 1
    start = i
    while i < len(toks) and (toks[i].tag in ("ADJ", "NOUN", "PROPN", "NUM") or (
            toks[i].lower == "of" and i + 1 < len(toks) and toks[i + 1].tag in ("NOUN", "ADJ"))):
        i += 1
    if i == start:
        return None  # a determiner alone
    if i < len(toks) and toks[i].tag in ("VERB", "AUX", "MODAL"):
        return None
    return start, i


def act_object(d: Draft) -> tuple[int, int] | None:
    """The noun phrase a reporting verb acts on instead of reporting a clause, or None: "declared a state of
    emergency", and for verbs like deny, add or concede also after several determiners or none ("denied all
    the charges", "conceded defeat", "added a second from the penalty spot"). Followed by a verb, "to" or "that"
    the noun phrase opens a reported clause ("denied the payments were bribes", "admitted his side had been
    beaten")."""
    lemma = d.trigger.lemma
    if lemma in lx.NOMINAL_OBJECT_REPORTING:
        return nominal_object(d)
    if lemma not in lx.ACT_OBJECT_REPORTING or d.trigger.pos != "VERB":
        return None
    toks, i = d.tokens, d.trigger.index + 1
    while i < len(toks) and (toks[i].tag == "DET" or toks[i].lower == "all") and \
            toks[i].lower not in ("that", "this", "these", "those"):
        i += 1
    start = i
    while i < len(toks) and (toks[i].tag in ("ADJ", "NOUN", "NUM") or (
            toks[i].lower == "of" and i + 1 < len(toks) and toks[i + 1].tag in ("NOUN", "ADJ"))):
        i += 1
    if i == start or toks[i - 1].tag not in ("NOUN", "NUM", "ADJ"):
        return None  # a name or pronoun may be the subject of a reported clause ("denied Smith had lied")
    if i < len(toks) and (toks[i].tag in ("VERB", "AUX", "MODAL", "TO") or toks[i].lower in ("that", "to")):
        return None
    return start, i


_NP_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "POSS")
_PERSONAL_SUBJECTS = frozenset(("he", "she", "they"))


def _object_then_new_clause(d: Draft) -> bool:
    """Does the reporting verb take only noun-phrase objects that a ", and"/", but" closes ("notified the agency
    and the police, and it is working with investigators")? What follows is the reporter's next act."""
    toks, j = d.tokens, d.trigger.index + 1
    start = j
    while j < len(toks) and (toks[j].tag in _NP_TAGS or toks[j].lower == "and"):
        j += 1
    return j > start and toks[j - 1].tag in ("NOUN", "PROPN") and j + 1 < len(toks) and toks[j].text == "," \
        and toks[j + 1].lower in ("and", "but")


def _reported_end(d: Draft) -> int:
    """Token index where the reported clause ends: at ", but" before a personal pronoun subject and its verb
    ("complained that the minister had ignored her, but he refused to comment" - the refusal is told by the
    story, not by her), else the sentence end."""
    toks = d.tokens
    own = toks[d.trigger.index - 1].lower if d.trigger.index else ""  # "she said ..., but she": may be her words
    for j in range(d.trigger.index + 2, len(toks) - 2):
        if toks[j].text == "," and toks[j + 1].lower == "but" and toks[j + 2].lower in _PERSONAL_SUBJECTS \
                and toks[j + 2].lower != own:
            return j
    return len(toks)


def _refs_after(d: Draft, j: int):
    """Actor mentions starting within four words after position `j` ("according to [the police]")."""
    return [(r.ref_id, "") for r in d.mentions if r.kind == "actor" and j <= r.first <= j + 4]


def _certainty(d: Draft) -> None:
    toks, i = d.tokens, d.trigger.index
    c = 1.0
    g = d.group
    if g is not None:
        d.negated = g.negated
        if g.modal:
            c = min(c, _MODAL_CERTAINTY.get(g.modal, 0.7))
        if g.hedge:
            if g.hedge in lx.HEDGE_VERBS:
                c = min(c, 0.5)
            elif g.hedge in lx.I_ACTION or g.hedge in lx.I_STATE or g.hedge in ("try", "aim", "plan", "hope", "want"):
                c = min(c, _INTENTION_CERTAINTY)
    else:
        prev = toks[i - 1] if i else None
        prev2 = toks[i - 2] if i > 1 else None
        if (prev is not None and prev.lower in ("no", "without")) or (prev2 is not None and prev2.lower in ("no", "without")
                                                                      and prev.tag == "ADJ"):
            d.negated = True
        if prev is not None and prev.tag == "ADJ" and prev.lower in ("possible", "potential", "future", "planned",
                                                                      "proposed", "alleged", "suspected", "likely"):
            c = min(c, 0.5)
    cl = d.clause
    for k, t in enumerate(toks):
        if d.clauses[k] == cl and t.lower in lx.HEDGE_WORDS:
            c = min(c, 0.6)
    if d.attribution is not None and d.attribution.hedged:
        c = min(c, 0.6)
    if d.report is not None and d.report.group is not None and d.report.group.negated:
        c = min(c, 0.5)
    d.certainty = c


_SPEAKER_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))


def _speaker_pronoun(d: Draft) -> None:
    """ "the regime said it had freed ...": a pronoun subject of a reported clause is, in news, the speaker."""
    if d.report is None or d.trigger.pos != "VERB" or d.found.agent() is not None:
        return
    if d.group is not None and (d.group.passive or d.group.infinitive):
        return
    speaker = d.report.found.agent()
    if speaker is None:
        return
    toks, i = d.tokens, d.trigger.index
    k = i - 1
    while k >= 0 and toks[k].tag in ("AUX", "MODAL", "NEG", "ADV"):
        k -= 1
    if k < 0 or toks[k].lower not in _SPEAKER_PRONOUNS or d.clauses[k] != d.clause:
        return
    if k < d.report.trigger.index and not d.report.postposed:
        return
    if toks[k].lower == "we":
        # '"We deserved it," said Rovers manager Paul Sutcliffe': "we" is the club he speaks for
        group = next((l for l in d.report.found.actors if l.why == SPEAKERS_GROUP), None)
        speaker = group or speaker
    ref = MentionRef("actor", speaker.ref.ref_id, Span(start=toks[k].start, end=toks[k].end), k, k, pronoun=True)
    d.found.actors.insert(0, Link(ref, Role.AGENT, "pronoun subject of what the speaker said"))
