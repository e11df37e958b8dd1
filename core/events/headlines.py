"""Headline grammar: the verb of a headline with no article, and the link between a headline's event and the
body event it sums up.

Headlines drop articles and tell past events in the present, so "Kenyan police fire tear gas at protesters"
reads to the tagger like one long noun phrase. `headline_verb` picks the verb by agreement with the word
before it: an -s form after a noun or name ("Storm kills five"), a base form after a plural ("Floods kill
12", "Kenyan police fire tear gas"), an -ed form after any noun ("Former minister jailed").

`link_headline_events` ties a headline's event to the event of the story's opening paragraphs it restates
("Rebels seize airport" ... "Rebels seized the main airport on Tuesday"): same lemma or family, a shared
participant or place, no conflicting doers. The body event points at the headline one (`same_as`), so the
headline takes the body's date through `coref_times` and salience keeps only one of the two on the timeline.
"""

from __future__ import annotations

from ..model import Event, EventClass, Role, Zone
from . import lexicon as lx
from .coref import compatible_times, family
from .postag import noun_lemma, verb_form, verb_lemma
from .tokens import Token

_SUBJECT_TAGS = ("PROPN", "NOUN", "NUM")
_IRREGULAR_PAST_AS_BASE = frozenset(("hit", "set", "cut", "put", "shut", "quit", "hurt"))
# what may follow an intransitive base-form verb closing a noun-noun subject ("Oil prices rise 5%")
_AFTER_INTRANSITIVE = frozenset(("PREP", "NUM", "ADV", "TO", "DET"))


def _is_plural(t: Token) -> bool:
    if t.tag == "NUM":
        return t.lower not in ("1", "one")
    if t.lower in lx.PLURAL_WITHOUT_S:  # "police fire", "people flee"
        return True
    if t.tag == "NOUN":
        return t.lower.endswith("s") and not t.lower.endswith("ss") and noun_lemma(t.lower) != t.lower
    # "Kenyans", "Democrats", "Islamists", "Houthis" but not "Paris", "Texas"
    return t.tag == "PROPN" and t.lower.endswith(("ans", "ists", "ites", "ats", "ers"))


def _compound_words(toks: list[Token]) -> set[int]:
    out: set[int] = set()
    for i in range(len(toks) - 1):
        if f"{toks[i].lower} {toks[i + 1].lower}" in lx.COMPOUND_NOUNS:
            out.update((i, i + 1))
    return out


def _verb_reading(toks: list[Token], k: int, compounds: set[int]) -> tuple[str, str] | None:
    """(lemma, form) when toks[k] can be the headline's verb after the word before it, else None."""
    t, prev = toks[k], toks[k - 1]
    if t.tag not in ("NOUN", "ADJ") or prev.tag not in _SUBJECT_TAGS or k in compounds:
        return None
    lemma = verb_lemma(t.lower)
    if not lemma:
        return None
    if t.lower in _IRREGULAR_PAST_AS_BASE:
        return lemma, "VBD"
    form = verb_form(t.lower, lemma)
    if form == "VBZ":
        return lemma, "VBZ"
    if form in ("VBD", "VBN"):
        return (lemma, "VBD") if t.lower.endswith("ed") or t.lower != lemma else None
    if form == "VB" and _is_plural(prev):
        return lemma, "VBP"
    return None


def _modifying_participle(toks: list[Token], k: int) -> bool:
    """ "at striking dockers": an -ing word before a noun or after a preposition is no headline verb."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return toks[k].form == "VBG" and ((nxt is not None and nxt.tag in ("NOUN", "ADJ")) or
                                      (k > 0 and toks[k - 1].tag == "PREP"))


def _plural_noun_read_as_verb(toks: list[Token], k: int) -> bool:
    """ "Troops shell rebel positions": the tagger's -s verb right after a noun may be the plural of a noun."""
    return toks[k].form == "VBZ" and k > 0 and toks[k - 1].tag == "NOUN"


def headline_verb(toks: list[Token]) -> None:
    """Tag the verb of a headline the tagger found none in, or only a plural noun read as a verb (in place)."""
    verbs = [k for k, t in enumerate(toks) if t.tag == "VERB" and not _modifying_participle(toks, k)]
    if verbs and not all(_plural_noun_read_as_verb(toks, k) for k in verbs):
        return
    compounds = _compound_words(toks)
    last = verbs[0] if verbs else len(toks)
    readings = {k: r for k in range(1, last) if (r := _verb_reading(toks, k, compounds)) is not None}
    if not readings:
        return
    for k in verbs:  # an earlier verb reading wins: the -s word was the object's plural
        toks[k].tag, toks[k].form, toks[k].lemma = "NOUN", "", noun_lemma(toks[k].lower)
    k = min(readings)
    nxt = readings.get(k + 1)
    if readings[k][1] == "VBZ" and nxt is not None:
        # "Oil prices rise", "Election results delayed": the -s word is the plural end of the subject
        after = toks[k + 2] if k + 2 < len(toks) else None
        if nxt[1] == "VBD" or (nxt[1] == "VBP" and (after is None or after.tag in _AFTER_INTRANSITIVE)):
            k += 1
    lemma, form = readings[k]
    toks[k].tag, toks[k].lemma, toks[k].form = "VERB", lemma, form


# ------------------------------------------------------------------------------------------ linking
_KINDS = (EventClass.OCCURRENCE, EventClass.ASPECTUAL)
_LEAD_SENTENCES = 3  # body sentences a headline is looked for in: a news story says its main news first


def _shared(a: Event, b: Event) -> bool:
    actors_a = {p.actor_id for p in a.participants if p.role in (Role.AGENT, Role.PATIENT)}
    actors_b = {p.actor_id for p in b.participants if p.role in (Role.AGENT, Role.PATIENT)}
    return bool(actors_a & actors_b) or bool(set(a.place_ids) & set(b.place_ids))


def _agents(e: Event) -> set[str]:
    return {p.actor_id for p in e.participants if p.role == Role.AGENT}


def link_headline_events(events: list[Event], zone_of: dict[int, Zone]) -> None:
    """Point the first body event of the opening sentences that restates a headline event at it (in place).
    `zone_of` maps sentence index -> zone."""
    head = [e for e in events if zone_of.get(e.sentence) == Zone.HEADLINE and e.event_class in _KINDS
            and not e.negated]
    if not head:
        return
    body_sentences = sorted({e.sentence for e in events if zone_of.get(e.sentence) == Zone.NARRATIVE})
    opening = set(body_sentences[:_LEAD_SENTENCES])
    linked: set[str] = set()
    for h in head:
        fam = family(h.lemma)
        for e in events:
            if e.sentence not in opening or e.same_as is not None or e.id in linked:
                continue
            if e.event_class not in _KINDS or e.negated or e.lemma not in fam:
                continue
            if not _shared(h, e):
                continue
            if _agents(h) and _agents(e) and not (_agents(h) & _agents(e)):
                continue  # different doers: two happenings
            if not compatible_times(h, e)[0]:
                continue
            e.same_as = h.id
            linked.add(e.id)
            break
