"""Pronoun subjects: "he said", "they fled", "it lost" take the nearest earlier actor of a fitting kind.

The actor finder gives names and descriptions, not pronouns; a news story's pronoun subjects mostly point
back to the last person ("he", "she") or the last organisation, state or group ("it", "they") mentioned in
the same or the two previous sentences. This is a recency rule, written on the link as its reason.
"""

from __future__ import annotations

from bisect import bisect_left

from ..entities.anaphora import person_gender, plural_possessor_before, unlinked_body_before
from ..model import Actor, ActorKind, EventClass, Role, Span
from .draft import Draft
from .labels import _plural
from .participants import Link, MentionRef

_WINDOW_SENTENCES = 2
_DUMMY_IT_VERBS = frozenset(("emerged", "emerges", "seems", "seemed", "appears", "appeared", "remains", "remained",
                             "matters", "mattered", "happened", "happens", "means", "meant", "takes", "took"))


def _fits(pronoun: str, actor: Actor, genders: dict[str, str | None]) -> bool:
    person = actor.kind == ActorKind.PERSON
    if pronoun in ("he", "she"):
        # a person the text or a common first name says is a man is no "she" (`entities.anaphora`)
        return person and genders.get(actor.id) in (None, "m" if pronoun == "he" else "f")
    if pronoun == "it":
        return not person and not _plural(actor.name)
    if pronoun == "they":
        return not person
    return False


def _subject_pronoun(d: Draft) -> int | None:
    """Index of a pronoun subject right before the verb group of a draft ("they had fled" -> "they")."""
    toks, i = d.tokens, d.trigger.index
    k = i - 1
    while k >= 0 and toks[k].tag in ("AUX", "MODAL", "NEG", "ADV"):
        k -= 1
    if k >= 0 and toks[k].lower in ("he", "she", "it", "they") and d.clauses[k] == d.clause:
        if toks[k].lower == "it" and d.token.lower in _DUMMY_IT_VERBS:
            return None  # "it emerged that", "it seems": no one
        return k
    return None


def resolve_pronoun_subjects(drafts: list[Draft], refs: list[MentionRef], actors: list[Actor],
                             story_sentences: set[int], reporting_only: bool = False, text: str = "") -> None:
    """Give agentless verbs with a pronoun subject the nearest earlier fitting actor (`refs` sorted by start,
    with their sentence set; only mentions in `story_sentences`, the narrative and headline, count). `text`
    is the prepared text the spans point into (for gender cues such as "Mrs" before a name)."""
    by_id = {a.id: a for a in actors}
    genders = {a.id: person_gender(a, text) for a in actors if a.kind == ActorKind.PERSON}
    starts = [r.span.start for r in refs]
    tokens_of = {d.sentence.index: d.tokens for d in drafts}
    for pos, d in enumerate(drafts):
        if d.trigger.pos != "VERB" or d.found.agent() is not None or (d.group is not None and d.group.passive):
            continue
        if reporting_only and d.trigger.event_class != EventClass.REPORTING:
            continue
        k = _subject_pronoun(d)
        if k is None:
            continue
        pron = d.tokens[k]
        first_sentence = d.sentence.index - _WINDOW_SENTENCES
        target = None
        if d.trigger.event_class == EventClass.REPORTING:
            # "..., it said, but added": the speaker is the last one who said something, not a name quoted
            target = _last_speaker(drafts, pos, pron.lower, by_id, first_sentence, genders)
            if target is not None:
                ref = MentionRef("actor", target, Span(start=pron.start, end=pron.end), k, k, pronoun=True)
                d.found.actors.insert(0, Link(ref, Role.AGENT, f'"{pron.text}" is the last speaker'))
                continue
        for r in reversed(refs[:bisect_left(starts, pron.start)]):
            if r.kind != "actor" or r.pronoun or r.sentence not in story_sentences:
                continue
            if r.sentence < first_sentence:
                break
            actor = by_id.get(r.ref_id)
            if actor is not None and _fits(pron.lower, actor, genders):
                target = r
                break
        if target is not None and pron.lower == "it" and unlinked_body_before(
                d.tokens, k, target.span.end if target.sentence == d.sentence.index else -1):
            continue  # "The council said it had reviewed": the council, no actor, rather than the court before
        if target is None:
            continue
        if pron.lower == "they" and _possessor_in_between(target, d, pron, tokens_of, refs):
            continue  # "The activists' boat was boarded by police. They were freed": the activists
        ref = MentionRef("actor", target.ref_id, Span(start=pron.start, end=pron.end), k, k, pronoun=True)
        d.found.actors.insert(0, Link(ref, Role.AGENT, f'"{pron.text}" refers to the last fitting actor mentioned'))


def _possessor_in_between(target: MentionRef, d: Draft, pron, tokens_of: dict, refs: list[MentionRef]) -> bool:
    """Does a plural possessor that names no actor ("the protesters' boat") stand between the actor mention
    `target` and the pronoun, or open the actor's sentence before it (in the sentences that have events)?"""
    def covered(offset: int) -> bool:
        return any(r.span.start <= offset < r.span.end for r in refs if r.sentence == sentence)

    for sentence in range(target.sentence, d.sentence.index + 1):
        toks = tokens_of.get(sentence)
        if toks is None:
            continue
        # in the actor's own sentence only a possessor before it counts (it then opens the sentence: "The
        # protesters' boat was seized by police"; not "Police seized the protesters' boat")
        stop = target.span.start if sentence == target.sentence else pron.start if sentence == d.sentence.index \
            else None
        if plural_possessor_before(toks, stop, covered):
            return True
    return False


def _last_speaker(drafts: list[Draft], pos: int, pronoun: str, by_id: dict[str, Actor], first_sentence: int,
                  genders: dict[str, str | None]):
    """Actor id of the agent of the last reporting event before `drafts[pos]` (within the window) that fits."""
    for e in reversed(drafts[:pos]):
        if e.sentence.index < first_sentence:
            return None
        if e.trigger.event_class == EventClass.REPORTING and e.trigger.pos == "VERB":
            agent = e.found.agent()
            actor = by_id.get(agent.ref.ref_id) if agent is not None else None
            if actor is not None and _fits(pronoun, actor, genders):
                return agent.ref.ref_id
    return None


def fill_coordinated_agents(drafts: list[Draft]) -> None:
    """ "it said, but added that ...": once "it" is resolved, the coordinated verb shares its agent."""
    for k, d in enumerate(drafts):
        if d.trigger.pos != "VERB" or d.found.agent() is not None or d.group is None or d.group.passive:
            continue
        toks = d.tokens
        start = next(j for j in range(len(toks)) if d.clauses[j] == d.clause)
        if toks[start].tag != "CONJ":
            continue
        for e in reversed(drafts[:k]):
            if e.sentence is not d.sentence:
                break
            if e.trigger.pos == "VERB" and e.trigger.index < start and e.group is not None and not e.group.passive \
                    and not e.group.infinitive and e.token.form == d.token.form:
                agent = e.found.agent()
                if agent is not None:
                    d.found.actors.insert(0, Link(agent.ref, Role.AGENT, "shares the subject of the verb it is "
                                                                          "coordinated with"))
                break
