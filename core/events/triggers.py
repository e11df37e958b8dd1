"""Event triggers: which words of a tagged sentence name an event, following TimeML's EVENT conventions.

TimeML tags the head word only: the main verb of a verb group ("had *entered*", "will *try*"), not its
auxiliaries or modals; for a copula it tags the predicate, not "is"; light verbs are tagged themselves ("*took*
control" tags "took" and "control" separately); nouns that name happenings ("the *fall* of Mosul", "*talks*").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import EventClass
from . import lexicon as lx
from .postag import is_verb_lemma
from .tokens import Token


@dataclass(slots=True)
class Trigger:
    index: int  # token index in the sentence
    lemma: str
    pos: str  # VERB, NOUN, ADJ
    event_class: EventClass
    confidence: float
    how: str  # which rule found it, for explanations


@lru_cache(maxsize=65536)
def nominal_stem(lower: str) -> str | None:
    """The verb a noun is derived from ("election" -> "elect", "arrival" -> "arrive"), or None."""
    for suffix, replacements in lx.NOMINAL_SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            base = lower[: -len(suffix)]
            for rep in replacements:
                cand = base + rep
                if len(cand) > 2 and is_verb_lemma(cand):
                    return cand
            if suffix in ("ing",) and len(base) > 3 and base[-1] == base[-2] and is_verb_lemma(base[:-1]):
                return base[:-1]  # "shipping" -> "ship"
    if lower.endswith("s") and not lower.endswith("ss"):
        return nominal_stem(lower[:-1]) if len(lower) > 4 else None
    return None


def verb_class(lemma: str) -> EventClass:
    if lemma in lx.REPORTING:
        return EventClass.REPORTING
    if lemma in lx.ASPECTUAL:
        return EventClass.ASPECTUAL
    if lemma in lx.PERCEPTION:
        return EventClass.PERCEPTION
    if lemma in lx.I_STATE:
        return EventClass.I_STATE
    if lemma in lx.I_ACTION:
        return EventClass.I_ACTION
    if lemma in lx.STATE_VERBS:
        return EventClass.STATE
    return EventClass.OCCURRENCE


def noun_class(lemma: str) -> EventClass:
    """TimeBank gives event nouns the OCCURRENCE class almost always (offers, bids, wars, decisions)."""
    if lemma in ("control", "custody"):
        return EventClass.STATE
    return EventClass.OCCURRENCE


def _next_content(tokens: list[Token], i: int) -> Token | None:
    """The next token that is not an adverb, a negation or a floating quantifier ("have *both* begun")."""
    j = i + 1
    while j < len(tokens) and (tokens[j].tag in ("ADV", "NEG") or tokens[j].lower in ("both", "all", "each")):
        j += 1
    return tokens[j] if j < len(tokens) else None


def _is_auxiliary_use(tokens: list[Token], i: int) -> bool:
    """Is the be/have/do at `i` an auxiliary (followed by the verb it helps) rather than a main verb?"""
    nxt = _next_content(tokens, i)
    if nxt is None:
        return False
    if nxt.tag == "VERB" and nxt.form in ("VBN", "VBG", "VBD", "VB", "VBP"):
        return True
    if nxt.tag == "AUX":
        return True
    return False


def find_triggers(tokens: list[Token]) -> list[Trigger]:
    """Event triggers of one tagged sentence, in token order."""
    out: list[Trigger] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.tag == "VERB":
            lemma = t.lemma
            nxt = _next_content(tokens, i)
            # "going to" + verb: future marker, not an event
            if lemma == "go" and t.form == "VBG" and nxt is not None and nxt.tag == "TO":
                after = _next_content(tokens, tokens.index(nxt))
                if after is not None and after.tag in ("VERB", "AUX"):
                    continue
            if lemma in ("be",) or t.lower in lx.PARTICIPLE_PREPOSITIONS or lemma in lx.RELATION_VERBS:
                continue
            if lemma in ("end", "begin", "start") and t.form in ("VBD", "VBN", "VBG") and i > 0 and \
                    tokens[i - 1].lower in _PERIOD_NOUNS:
                continue  # "the quarter ended Sept. 30", "the year beginning in July": a date, not an event
            if t.form in ("VBN", "VBG", "VBD") and _is_prenominal(tokens, i):
                continue
            # a participle used as an adjective before a noun ("the armed forces") is not an event
            out.append(Trigger(i, lemma, "VERB", verb_class(lemma), 0.8 if t.form != "VB" else 0.75, "verb"))
        elif t.tag == "AUX":
            if t.lemma in ("have", "do") and not _is_auxiliary_use(tokens, i):
                nxt = _next_content(tokens, i)
                if t.lemma == "have" and nxt is not None and nxt.tag == "TO":
                    continue  # "have to" is modal
                out.append(Trigger(i, t.lemma, "VERB", verb_class(t.lemma), 0.5, "main verb have/do"))
        elif t.tag == "NOUN":
            w = t.lower
            lemma = t.lemma or w
            if w in lx.NOT_EVENT_NOUNS or lemma in lx.NOT_EVENT_NOUNS:
                continue
            listed = w in lx.EVENT_NOUNS or lemma in lx.EVENT_NOUNS or ("-" in w and w.replace("-", "") in lx.EVENT_NOUNS)
            if listed and not _is_noun_modifier(tokens, i):
                out.append(Trigger(i, lemma, "NOUN", noun_class(lemma), 0.75, "event noun"))
                continue
            stem = nominal_stem(w)
            if stem is not None and not _is_noun_modifier(tokens, i) and _has_argument(tokens, i):
                out.append(Trigger(i, lemma, "NOUN", noun_class(lemma), 0.6, f"noun from verb '{stem}'"))
        elif t.tag == "ADJ":
            prev = tokens[i - 1] if i else None
            if prev is not None and prev.tag == "AUX" and prev.lemma == "be":
                if t.lower in _INTENTION_ADJ:
                    out.append(Trigger(i, t.lower, "ADJ", EventClass.I_STATE, 0.45, "predicate adjective of intention"))
                elif w_is_state_adj(t.lower):
                    out.append(Trigger(i, t.lower, "ADJ", EventClass.STATE, 0.4, "predicate adjective"))
    return out


_ARGUMENT_PREPS = frozenset(("of", "by", "against", "on", "to", "in", "over", "with", "from", "for", "at"))


def _has_argument(tokens: list[Token], i: int) -> bool:
    """A noun derived from a verb names a happening when it takes an argument like its verb would ("the
    destruction of", "the seizure by") or is a verb's object; bare ones are mostly things or domains
    ("inflation", "advertising", "competition")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i else None
    if nxt is not None and nxt.lower in _ARGUMENT_PREPS:
        return True
    return prev is not None and prev.tag == "VERB"


def _is_noun_modifier(tokens: list[Token], i: int) -> bool:
    """A noun directly before another noun modifies it ("abortion clinic", "border post")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.tag == "NOUN"


def _is_prenominal(tokens: list[Token], i: int) -> bool:
    """A participle between a determiner-like word and a noun is an adjective ("the proposed merger")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i else None
    if nxt is not None and tokens[i].lower in lx.ADJECTIVAL_ING and nxt.tag in ("NOUN", "PROPN", "ADJ") and (
            prev is None or prev.tag in ("DET", "POSS", "ADJ", "PREP", "PUNCT", "CONJ")
            or prev.lower in ("'s", "’s")):
        return True  # "in neighbouring Senegal", "European football's governing body"
    if nxt is None or nxt.tag != "NOUN":
        return False
    if prev is not None and prev.tag == "VERB" and tokens[i].form in ("VBN", "VBD"):
        return True  # "searching collapsed buildings"
    if tokens[i].lemma in lx.REPORTING:
        return False  # "..., said spokesman Kenneth Bacon"
    return prev is None or prev.tag in ("DET", "POSS", "ADJ", "NUM", "PREP", "PUNCT", "CONJ")


_PERIOD_NOUNS = lx._words("quarter year month week period half season day days weeks months years quarters")

_INTENTION_ADJ = lx._words("willing unwilling able unable ready eager prepared afraid reluctant determined")

_STATE_ADJ = lx._words(
    "dead alive available responsible aware likely unlikely open closed safe missing "
    "injured wounded killed free guilty innocent ill sick present absent full empty"
)


def w_is_state_adj(lower: str) -> bool:
    return lower in _STATE_ADJ
