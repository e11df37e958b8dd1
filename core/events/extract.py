"""Events: who did what to whom, where and when.

`find_events` runs, for every narrative or headline sentence: tokens and tags (`postag`), clauses
(`clauses`), triggers (`triggers`), participants and places (`participants`); then, over the whole story,
reported speech and hedges (`attribution`), times (`timing`), labels (`event_labels`) and coreference
(`coref`).
Everything is in `prepared.text` coordinates.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right

from ..ingest.prepared import PreparedText
from ..model import (Actor, ActorKind, Event, EventClass, MentionType, Participant, Place, Role, Sentence, Span,
                     TimeExpression, Zone)
from . import lexicon as lx
from .attribution import apply_attribution
from .clauses import clause_ids, verb_group
from .coref import link_same_happenings
from .coref_times import share_times_through_coreference
from .draft import Draft
from .headlines import headline_verb, link_headline_events
from .event_labels import base_label, report_label
from .participants import PARTY_PLACE, Link, MentionRef, link_participants, place_mentions
from .postag import tag
from .pronouns import fill_coordinated_agents, resolve_pronoun_subjects
from .timing import assign_times
from .tokens import Token, tokenize
from .salience import apply_salience
from .triggers import Trigger, find_triggers

EVENT_ZONES = (Zone.NARRATIVE, Zone.HEADLINE)


def sentence_tokens(text: str, sentence: Sentence) -> list[Token]:
    s, e = sentence.span.start, sentence.span.end
    toks = tag(tokenize(text[s:e], s))
    if sentence.zone == Zone.HEADLINE:
        headline_verb(toks)  # "Ryanair exercises options", "Kenyan police fire tear gas"
    return toks


def sentence_triggers(text: str, sentence: Sentence) -> list[tuple[Token, Trigger]]:
    """Triggers of one sentence with their tokens (the TimeML-style trigger finder alone; used by the bench)."""
    toks = sentence_tokens(text, sentence)
    return [(toks[t.index], t) for t in find_triggers(toks)]


def _mention_refs(actors: list[Actor], places: list[Place]) -> list[MentionRef]:
    out = []
    for a in actors:
        for m in a.mentions:
            out.append(MentionRef("actor", a.id, m.span, 0, 0, pronoun=m.type == MentionType.PRONOUN))
    for p in places:
        for m in p.mentions:
            out.append(MentionRef("place", p.id, m.span, 0, 0))
    out.sort(key=lambda r: r.span.start)
    return out


def _set_sentences(refs: list[MentionRef], sentences: list[Sentence]) -> None:
    """Note the sentence each mention starts in (both lists sorted by position)."""
    k = 0
    for r in refs:
        while k < len(sentences) and sentences[k].span.end <= r.span.start:
            k += 1
        if k < len(sentences) and sentences[k].span.start <= r.span.start:
            r.sentence = sentences[k].index


def _names_own_s(toks: list[Token], blocked: set[int]) -> None:
    """ "Moody's downgraded its debt": an 's inside a name is part of it, not "is", so the verb after it is
    a past tense, not a passive participle."""
    for k in blocked:
        t = toks[k]
        if t.lower == "'s" and t.tag == "AUX" and k > 0 and k - 1 in blocked:
            t.tag, t.lemma = "PROPN", t.text
            if k + 1 < len(toks) and toks[k + 1].tag == "VERB" and toks[k + 1].form == "VBN":
                toks[k + 1].form = "VBD"


def _blocked_tokens(toks: list[Token], blocks: list[Span]) -> set[int]:
    """Indexes of the tokens lying wholly inside one of `blocks` (one pass over each block's tokens)."""
    ends = [t.end for t in toks]
    out: set[int] = set()
    for b in blocks:
        k = bisect_right(ends, b.start)
        while k < len(toks) and toks[k].end <= b.end:
            if toks[k].start >= b.start:
                out.add(k)
            k += 1
    return out


def find_events(prepared: PreparedText, times: list[TimeExpression], actors: list[Actor], places: list[Place],
                reference_date: dt.date | None) -> list[Event]:
    """Events of the narrative and headline sentences, ids "e1".. in text order."""
    text = prepared.text
    refs = _mention_refs(actors, places)
    _set_sentences(refs, prepared.sentences)
    ref_starts = [r.span.start for r in refs]
    names = {a.id: a.name for a in actors} | {p.id: p.name for p in places}
    times_sorted = sorted(times, key=lambda t: t.span.start)
    time_starts = [t.span.start for t in times_sorted]
    drafts: list[Draft] = []
    party_of_place = _country_actors_of_places(actors, places)
    sentences = [s for s in prepared.sentences if s.zone in EVENT_ZONES]
    for sent in sentences:
        s0, s1 = sent.span.start, sent.span.end
        toks = sentence_tokens(text, sent)
        if not toks:
            continue
        clauses = clause_ids(toks)
        lo, hi = max(0, bisect_left(ref_starts, s0) - 1), bisect_left(ref_starts, s1)
        sent_refs = [MentionRef(r.kind, r.ref_id, r.span, 0, 0, r.pronoun, r.sentence) for r in refs[lo:hi]
                     if r.span.start < s1 and s0 < r.span.end]
        sent_refs = place_mentions(toks, sent_refs)
        sent_refs += _implied_force_mentions(toks, sent_refs, actors)
        t_lo, t_hi = max(0, bisect_left(time_starts, s0) - 1), bisect_left(time_starts, s1)
        sent_times = [t for t in times_sorted[t_lo:t_hi] if t.span.start < s1 and s0 < t.span.end]
        # a trigger inside a name or a time expression ("Islamic State", "the past three months") is no event
        blocked = _blocked_tokens(toks, [r.span for r in sent_refs if not r.pronoun] + [t.span for t in sent_times])
        _names_own_s(toks, blocked)
        by_index: dict[int, Draft] = {}
        for trig in find_triggers(toks):
            tok = toks[trig.index]
            if trig.index in blocked:
                continue
            group = verb_group(toks, trig.index) if trig.pos == "VERB" else None
            if group is not None and sent.zone == Zone.HEADLINE and not group.passive and tok.form in ("VBD", "VBN") \
                    and _headline_participle(toks, trig.index):
                group.passive = True  # headline-ese: "Caliphate reduced to crumbs", "Ex-minister jailed for six years"
            if group is not None and sent.zone == Zone.HEADLINE and group.infinitive and group.governor is None:
                group.tense, group.modal = "FUTURE", "will"  # headline-ese: "Apple to give free cases"
            coord = _coordinated_agent(toks, clauses, trig.index, group, by_index)
            found = link_participants(toks, clauses, trig.index, trig.pos, group, sent_refs, coord,
                                      reporting=trig.event_class == EventClass.REPORTING)
            _places_as_parties(found, party_of_place)
            _share_coordinated_agents(found, coord, group, by_index)
            _share_coordinated_patient(toks, trig.index, found, group, by_index)
            d = Draft(sentence=sent, tokens=toks, clauses=clauses, trigger=trig, group=group, found=found,
                      times=sent_times, mentions=sent_refs)
            by_index[trig.index] = d
            drafts.append(d)
    for k, d in enumerate(drafts):
        d.event_id = f"e{k + 1}"
    story = {s.index for s in sentences}
    resolve_pronoun_subjects(drafts, refs, actors, story, reporting_only=True, text=text)  # "it said": the last speaker
    fill_coordinated_agents(drafts)
    apply_attribution(drafts, names, text)  # "X said it had ...": the speaker
    resolve_pronoun_subjects(drafts, refs, actors, story, text=text)  # other pronoun subjects: the last fitting actor
    fill_coordinated_agents(drafts)
    _fill_participle_agents(drafts)
    assign_times(drafts, reference_date)
    for d in drafts:
        d.base_label = base_label(d, names, text)
    events = [_to_event(d, names) for d in drafts]
    link_same_happenings(events, drafts)
    link_headline_events(events, {s.index: s.zone for s in sentences})
    share_times_through_coreference(events)
    apply_salience(events, drafts)
    return events


def _implied_force_mentions(toks: list[Token], refs: list[MentionRef], actors: list[Actor]) -> list[MentionRef]:
    """ "the government in Iraq said its troops had entered": "its troops" are the armed forces of the actor
    the possessive points back to (the nearest actor mentioned before it in the sentence); a government's
    troops are the armed-forces actor of the same country when there is one, else the government itself."""
    out: list[MentionRef] = []
    by_id = {a.id: a for a in actors}
    for k in range(len(toks) - 1):
        t, noun = toks[k], toks[k + 1]
        if t.lower not in ("its", "their") or noun.lower not in lx.MILITARY_NOUNS:
            continue
        span = Span(start=t.start, end=noun.end)
        covering = [r for r in refs if r.span.overlaps(span)]
        for r in covering:
            # the actor finder may give "its troops" as a mention of the government itself
            owner = by_id.get(r.ref_id)
            if r.kind == "actor" and owner is not None and owner.kind == ActorKind.GOVERNMENT:
                r.ref_id = _forces_of(owner, actors)
        if covering:
            continue
        owners = [r for r in refs if r.kind == "actor" and r.last < k]
        if not owners:
            continue
        owner = by_id.get(max(owners, key=lambda r: r.last).ref_id)
        if owner is None:
            continue
        out.append(MentionRef("actor", _forces_of(owner, actors), span, k, k + 1))
    return out


def _country_actors_of_places(actors: list[Actor], places: list[Place]) -> dict[str, str]:
    """Place id -> the government actor of the same name ("Iran" the country -> "Iran" the government)."""
    govs = {a.name.lower(): a.id for a in actors if a.kind == ActorKind.GOVERNMENT}
    return {p.id: govs[p.name.lower()] for p in places if p.name.lower() in govs}


def _places_as_parties(found, party_of_place: dict[str, str]) -> None:
    """ "Talks between Iran and European diplomats": a place named as a party of the event is no location of
    it; the government of that country, when the story has it as an actor, takes part."""
    for link in [l for l in found.places if l.why == PARTY_PLACE]:
        found.places.remove(link)
        actor_id = party_of_place.get(link.ref.ref_id)
        if actor_id is not None and not any(l.ref.ref_id == actor_id for l in found.actors):
            ref = MentionRef("actor", actor_id, link.ref.span, link.ref.first, link.ref.last,
                             sentence=link.ref.sentence)
            found.actors.append(Link(ref, Role.OTHER, PARTY_PLACE))


def _forces_of(owner: Actor, actors: list[Actor]) -> str:
    """A government's troops: the armed-forces actor of its country when there is one, else the government."""
    if owner.kind == ActorKind.GOVERNMENT and owner.country:
        forces = [a for a in actors if a.kind == ActorKind.ARMED_FORCES and a.country == owner.country]
        if forces:
            return forces[0].id
    return owner.id


def _share_coordinated_patient(toks, i, found, group, by_index) -> None:
    """ "the SDF, armed and trained by the West": a passive participle coordinated with another shares its
    subject (the patient) and its by-agent, and lends back its own by-agent."""
    if group is None or not group.passive or found.patient() is not None or i < 2 or toks[i - 1].lower != "and":
        return
    prev = by_index.get(i - 2)
    if prev is None or prev.group is None or not prev.group.passive:
        return
    for link in prev.found.actors:
        if link.role in (Role.PATIENT, Role.AGENT) and not any(l.ref.ref_id == link.ref.ref_id for l in found.actors):
            found.actors.append(Link(link.ref, link.role, "shares the subject of the passive verb it is "
                                                          "coordinated with"))
    if prev.found.subject_place is not None and found.subject_place is None:
        found.subject_place = prev.found.subject_place
    agent = found.agent()
    if agent is not None and prev.found.agent() is None:
        # "armed and trained by the West": the by-phrase after the second participle serves both
        prev.found.actors.append(Link(agent.ref, Role.AGENT, '"by" after the passive verb it is coordinated with'))


def _share_coordinated_agents(found, coord, group, by_index) -> None:
    """When an infinitive borrowed its governor's agent and the governor has two ("GM and Chrysler have
    begun to offer"), it borrows both."""
    if coord is None or group is None or not group.infinitive or group.governor is None:
        return
    gov = by_index.get(group.governor)
    if gov is None or not any(l.ref is coord.ref for l in found.actors) or coord.role != Role.AGENT:
        return  # an object-controlled infinitive ("urged the rebels to surrender") borrows no agent
    for link in gov.found.actors:
        if link.role == Role.AGENT and not any(l.ref.ref_id == link.ref.ref_id for l in found.actors):
            found.actors.append(Link(link.ref, Role.AGENT, "subject of the verb governing the infinitive"))


_PURPOSE_GOVERNORS = frozenset(("use", "employ"))  # passive governors whose by-agent does the infinitive
# verbs whose object, not subject, does what the infinitive says ("urged the rebels to leave")
_OBJECT_CONTROL = frozenset(("urge", "ask", "order", "tell", "force", "allow", "permit", "persuade", "encourage",
                             "invite", "help", "enable", "select", "choose", "hire", "pay", "authorise",
                             "authorize", "require", "press", "push", "want", "expect", "need", "call", "get",
                             "lead", "cause", "compel", "oblige", "warn", "advise", "instruct", "appoint",
                             "elect", "nominate", "train", "send", "pick", "contract", "commission", "prompt"))


def _object_controls(toks, gov) -> bool:
    """Does the object of this governing verb do its infinitive ("urged the rebels to leave", "called on the
    army to act")? "call" does so only with "on"/"upon" ("called Tahana to congratulate her" is a telephone
    call)."""
    lemma = gov.trigger.lemma
    if lemma not in _OBJECT_CONTROL:
        return False
    if lemma == "call":
        j = gov.trigger.index + 1
        return j < len(toks) and toks[j].lower in ("on", "upon")
    return True


def _headline_participle(toks, i: int) -> bool:
    """Headlines tell past events in the present ("Rebels seize town"), so an -ed form right after its subject
    and with no object after it is a passive participle: "Caliphate reduced to crumbs", "Former minister jailed
    for six years", "Two killed"."""
    if i == 0 or toks[i - 1].tag not in ("NOUN", "PROPN", "NUM"):
        return False
    if i + 1 >= len(toks):
        return True
    nxt = toks[i + 1]
    if nxt.tag == "ADJ" and toks[i].lemma in _OBJECT_COMPLEMENT:
        return True  # "Former mayor found guilty", "Climber found dead": the adjective describes the subject
    return nxt.tag in ("PREP", "TO", "PUNCT", "CONJ", "SUB") or nxt.lower in ("to", "by", "in", "as", "after", "for",
                                                                            "over", "amid", "after", "at", "on")


# verbs whose object takes an adjective after it ("found him guilty"): in a headline "X found guilty" is their
# passive; other -ed forms before an adjective stay active ("Shares closed higher")
_OBJECT_COMPLEMENT = frozenset(("find", "declare", "pronounce", "deem", "judge", "rule", "leave", "hold",
                                "prove", "rate", "certify"))


_ADJUNCT_OPENERS = frozenset((",", "by", "after", "before", "while", "when", "without", "despite"))


def _fill_participle_agents(drafts: list[Draft]) -> None:
    """An agentless -ing verb opening an adjunct does what the subject of its main verb does: "Boeing challenged
    the award, claiming ...", "justified his choice by saying ...", "Citing a precautionary measure, Airbus
    announced ..." (a fronted one takes the subject of the verb after it)."""
    for k, d in enumerate(drafts):
        if d.trigger.pos != "VERB" or d.token.form != "VBG" or d.group is None or d.group.progressive \
                or d.group.passive or d.group.infinitive or d.found.agent() is not None:
            continue
        toks, i = d.tokens, d.trigger.index
        if i > 0 and toks[i - 1].lower not in _ADJUNCT_OPENERS:
            continue
        if any(t.tag == "VERB" and t.form in ("VBD", "VBZ", "VBP") for t in toks[:i]):
            others = (e for e in reversed(drafts[:k]) if e.sentence is d.sentence)
            why = "does what the subject of the main verb before it does"
        elif i == 0 or toks[i - 1].text == ",":
            others = (e for e in drafts[k + 1:] if e.sentence is d.sentence)
            why = "fronted -ing clause: does what the subject of the main verb after it does"
        else:
            continue
        for e in others:
            if e.trigger.pos != "VERB" or e.group is None or e.group.infinitive or e.token.form == "VBG":
                continue
            agent = e.found.agent()
            if agent is not None and not e.group.passive:
                d.found.actors.insert(0, Link(agent.ref, Role.AGENT, why))
            break


def _coordinated_agent(toks, clauses, i, group, by_index):
    """The agent an agentless verb borrows: the verb governing its infinitive, or the verb it is coordinated
    with ("said ... but hinted", "had entered ... and taken")."""
    if group is None:
        return None
    if group.infinitive and group.governor is not None:
        gov = by_index.get(group.governor)
        if gov is None:
            return None
        if gov.group is not None and gov.group.passive and gov.trigger.lemma in _PURPOSE_GOVERNORS and \
                gov.found.agent() is not None:
            return gov.found.agent()  # "the town was used by Isis to move fighters": Isis moves them
        between = toks[group.governor + 1:i]
        if any(t.tag in ("NOUN", "PROPN", "PRON", "NUM") or t.lower == "her" for t in between):
            # ("her" is tagged a possessive, but before "to" it is the object: "invited her to visit")
            patient = gov.found.patient()
            if patient is None and gov.trigger.lemma in _OBJECT_CONTROL:
                return None  # "urged the rebels to leave": the rebels, no actor, do it
            if not _object_controls(toks, gov) and gov.group is not None and not gov.group.passive:
                # "won a contract to supply tankers", "visited Tahana to congratulate her", "called Tahana to
                # congratulate her": a purpose infinitive, done by the subject
                return gov.found.agent()
            return patient  # "urged the rebels to leave": the object does it
        if gov.group is not None and gov.group.passive:
            return gov.found.patient()  # "are believed to be regrouping": the passive subject does it
        return gov.found.agent()
    cl = clauses[i]
    start = next(k for k in range(len(toks)) if clauses[k] == cl)
    if toks[start].tag != "CONJ":
        return None
    form = toks[i].form
    for k in sorted(by_index, reverse=True):
        d = by_index[k]
        if k < start and d.trigger.pos == "VERB" and d.group is not None and not d.group.infinitive:
            same_family = (toks[k].form in ("VBN",) and form == "VBN") or (toks[k].form in ("VBD", "VBZ", "VBP")
                                                                            and form in ("VBD", "VBZ", "VBP"))
            if same_family and d.found.agent() is not None and not d.group.passive:
                return d.found.agent()
    return None


def _to_event(d: Draft, names: dict[str, str]) -> Event:
    tok = d.tokens[d.trigger.index]
    participants = []
    seen = set()
    with_role = {l.ref.ref_id for l in d.found.actors if l.role != Role.OTHER}
    for link in d.found.actors:
        key = (link.ref.ref_id, link.role)
        if key in seen or (link.role == Role.OTHER and link.ref.ref_id in with_role):
            continue
        seen.add(key)
        participants.append(Participant.model_construct(actor_id=link.ref.ref_id, role=link.role, span=link.ref.span))
    place_ids: list[str] = []
    for link in d.found.places:
        if link.ref.ref_id not in place_ids:
            place_ids.append(link.ref.ref_id)
    trigger = Span.model_construct(start=tok.start, end=tok.end)
    evidence = [trigger]
    evidence += [p.span for p in participants if p.span is not None]
    evidence += [t.span for t in d.times if t.id in d.time.timex_ids]
    evidence += [l.ref.span for l in d.found.places]
    unique: list[Span] = []
    seen_spans: set[tuple[int, int]] = set()
    for s in evidence:
        if (s.start, s.end) not in seen_spans:
            seen_spans.add((s.start, s.end))
            unique.append(s)
    # Every value here is built by this module from validated parts (spans of the text, ids of actors and
    # places, scores clamped to 0..1), so the model is assembled without a second validation pass: it was a
    # sixth of the event stage's time.
    return Event.model_construct(
        id=d.event_id, sentence=d.sentence.index, trigger=trigger, trigger_text=tok.text,
        lemma=d.trigger.lemma, event_class=d.trigger.event_class, label=report_label(d),
        participants=participants, place_ids=place_ids, time=d.time, attribution=d.attribution,
        reports_event_ids=list(d.reports), negated=d.negated, certainty=round(min(1.0, max(0.0, d.certainty)), 2),
        confidence=round(d.confidence(), 2), evidence=unique,
    )
