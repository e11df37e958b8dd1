"""Labels for drafts: which names, verb and place make "Iraqi forces enter al-Qaim" (formatting in `labels`)."""

from __future__ import annotations

import dataclasses
import re

from ..dictionary import word_entry
from ..model import EventClass
from ..entities.collectives import GROUP_DISPLAYS
from .attribution import act_object
from .draft import Draft
from .label_objects import by_phrase, object_phrase
from .labels import MAX_LABEL, _plural, finish, noun_label, participle, present, verb_label
from .clauses import COMPLEMENT_VERBS, parenthetical_participle, verb_group
from .participants import preposition_before


def report_label(d: Draft) -> str:
    """A reporting event reads as what it reports: "Syrian state media: Deir el-Zour cleared"."""
    if d.trigger.event_class.value == "REPORTING" and d.reported and d.attribution_source:
        main = next((r for r in d.reported if r.trigger.pos == "VERB"), d.reported[0])
        speaker, doer = d.found.agent(), main.found.agent()
        same_head = main.base_label.lower().startswith(d.attribution_source.lower() + " ")
        if (speaker is not None and doer is not None and speaker.ref.ref_id == doer.ref.ref_id) or \
                ((main.speaker_pronoun or (doer is None and same_head)) and
                 main.base_label.lower().startswith(d.attribution_source.lower())):
            # "the regime said it had freed ...": "Syria says it frees Deir el-Zour"
            rest = main.base_label[len(d.attribution_source):].strip() if main.base_label.lower().startswith(
                d.attribution_source.lower()) else main.base_label
            plural = _plural(d.attribution_source)
            written = main.speaker_pronoun or (
                main.tokens[doer.ref.first].lower if doer is not None and 0 <= doer.ref.first < len(main.tokens)
                else "")  # no doer: the report's own subject noun did it ("The company announced plans to expand")
            # a person speaking "we" speaks for a group he is in: "Sophie Renard says we do not give up", not "it"
            pronoun = written if written in ("he", "she", "we") else ("they" if plural else "it")
            possessed = re.match(r"^['’]s?\s+", rest)
            if possessed:
                # "the Guards said their forces boarded": the doer's label reads "Guards' forces board", so
                # the pronoun is the possessive one ("Guards say their forces board"), not "they ' forces"
                rest = rest[possessed.end():]
                pronoun = written if written in ("his", "her", "its", "their", "our") else ("their" if plural else "its")
            if pronoun == "we":
                rest = _plural_verb_first(rest, main.trigger.lemma)
            return finish(f"{d.attribution_source} {present(d.trigger.lemma, plural)} {pronoun} {rest}",
                          d.token.text)
        first_word = main.base_label.split(" ", 1)[0]
        keep = any(ch.isupper() for ch in first_word[1:])  # "PLF funded", "McCain wins": no "pLF", "mcCain"
        return finish(f"{d.attribution_source}: {main.base_label[0].lower() + main.base_label[1:]}"
                      if not keep and (not main.base_label[:1].isupper() or main.found.agent() is None and
                                       main.found.subject_place is None and not _passive_actor(main))
                      else f"{d.attribution_source}: {main.base_label}", d.token.text)
    return d.base_label


_PLURAL_AUX = {"does": "do", "has": "have", "is": "are", "was": "were"}


def _plural_verb_first(rest: str, lemma: str) -> str:
    """ "does not give up" -> "do not give up", "wins" -> "win": the verb opening a label's rest agreeing with
    "we" (the label was made for the singular speaker)."""
    word, _, tail = rest.partition(" ")
    if word in _PLURAL_AUX:
        word = _PLURAL_AUX[word]
    elif word == present(lemma, False):
        word = present(lemma, True)
    return f"{word} {tail}".strip()


def _passive_actor(d: Draft) -> bool:
    """Does a passive's label open on its patient, an actor ("Norvance Group outbid")? Its name keeps its
    capital after the speaker's colon."""
    return d.group is not None and d.group.passive and d.found.patient() is not None


def base_label(d: Draft, names: dict[str, str], text: str) -> str:
    """The event's own label (reports get theirs from `report_label`)."""
    f = d.found
    agent = f.agent()
    patient = f.patient()
    agent_name = names.get(agent.ref.ref_id) if agent else None
    agents = [l for l in f.actors if l.role.value == "agent"]
    if 2 <= len(agents) <= 4 and len({l.ref.ref_id for l in agents}) == len(agents):
        # "General Motors and Chrysler begin", "Egypt, Ethiopia and Sudan agree": in text order
        ordered = sorted(agents, key=lambda l: l.ref.first)
        parts = [names.get(ordered[0].ref.ref_id, '')] + [_inside(names.get(l.ref.ref_id, '')) for l in ordered[1:]]
        agent_name = ", ".join(parts[:-1]) + " and " + parts[-1]
    if agent_name is None and f.subject_place is not None and not (d.group and d.group.passive):
        agent_name = names.get(f.subject_place.ref_id)
    if agent_name is None and d.trigger.pos == "VERB" and not agents:
        head = _reduced_relative_head(d)
        tok = d.tokens[d.trigger.index]
        nxt = d.tokens[d.trigger.index + 1] if d.trigger.index + 1 < len(d.tokens) else None
        if head and tok.form == "VBG" and nxt is not None and nxt.tag in _PHRASE_TAGS + ("PRON",):
            agent_name = head  # "arrested protesters blocking the road" -> "Protesters block road"
        elif head:  # "In a message posted online, ..." -> "Message posted", not "Message posts"
            verb = tok.lower if tok.form == "VBG" else participle(d.trigger.lemma)
            where = _verb_place(d, names)
            return finish(f"{head} {verb}{' ' + where if where else ''}", tok.text)
    if agent_name is None and d.trigger.pos == "VERB" and d.group is not None and d.group.infinitive and \
            not d.group.passive:
        agent_name = _purpose_doer(d)  # "fled to the hills to escape the fighting": the people escape
    if agent_name is None and d.trigger.pos == "VERB" and not (d.group and d.group.passive) and \
            not _noun_infinitive(d):
        agent_name = (_controller_head(d) or _passive_controller(d)
                      if d.group is not None and d.group.infinitive else None) or \
            _subject_head(d) or _coordinated_subject_head(d)
    if agent_name is None and d.trigger.pos == "VERB":
        agent_name = _speaker_as_subject(d)  # "The boy's father said he would appeal" -> "Boy's father appeals"
    if agent is not None and agent_name is not None and d.trigger.pos == "VERB":
        agent_name = _possessed_subject(d, agent.ref, agent_name)
    patient_name = _inside(names.get(patient.ref.ref_id)) if patient else None
    if patient is not None and agent is not None and patient.ref.ref_id == agent.ref.ref_id:
        patient_name = None  # "The Courier published what it said": one actor is not its own object
    reflexive = _reflexive_after(d)
    if patient_name and reflexive:
        patient_name = f"{reflexive} {patient_name}"  # "A group calling itself Black Lantern": a name it took
    if patient_name is None and d.group is not None and d.group.passive and f.subject_place is not None:
        patient_name = names.get(f.subject_place.ref_id)
    if patient_name is None and agent is not None and d.trigger.pos == "VERB" and d.group is not None and \
            d.group.passive:
        patient_name = _passive_subject_noun(d)  # "Villagers were evacuated by soldiers" -> "Soldiers evacuate villagers"
        if patient_name is None:
            head = _coordinated_subject_head(d)  # "The soldiers entered the village and were attacked by gunmen"
            patient_name = head.lower() if head and head[1:] == head[1:].lower() else head
    if patient_name is None and d.trigger.pos == "VERB" and d.group is not None and d.group.passive:
        patient_name = _relative_noun(d)  # "The deal, which was approved by regulators" -> "Deal approved by ..."
    if d.trigger.pos == "VERB":
        place_name = _verb_place(d, names)
    else:
        place = f.object_place or next((l.ref for l in f.places if l.ref is not f.subject_place), None)
        place_name = names.get(place.ref_id) if place is not None else None
    if patient_name is None and agent_name is None and place_name and d.trigger.pos == "VERB" and \
            d.group is not None and d.group.passive:
        # "Two former managers were convicted in Germany" -> "Managers convicted in Germany", not
        # "In Germany convicted"
        head = _subject_head(d)
        if head:
            return finish(f"{head} {participle(d.trigger.lemma)} {place_name}", d.tokens[d.trigger.index].text)
    if patient_name is None and agent_name is None and d.trigger.pos == "VERB" and d.group is not None and \
            d.group.passive:
        head = _coordinated_subject_head(d)  # "Engineers had asked ... and had been told to wait"
        if head:
            rest = object_phrase(d, d.trigger.index + 1)
            rest = f" {rest}" if rest.startswith("to ") else ""
            return finish(f"{head} {'not ' if d.negated else ''}{participle(d.trigger.lemma)}{rest}"
                          f"{' ' + place_name if place_name else ''}", d.tokens[d.trigger.index].text)
    tok = d.tokens[d.trigger.index]
    if d.trigger.pos != "VERB" and not patient_name:
        of_places = _of_places(d, names)
        if of_places:  # "the fall of Mosul and Raqqa": what fell, not where
            head = tok.text.lower()
            return finish(f"{agent_name} {head} of {of_places}" if agent_name else f"{head} of {of_places}",
                          tok.text)
    if not (agent_name or patient_name or place_name):
        return finish(_with_a_participant(d, _trigger_phrase(d, text), names), tok.text)
    if d.trigger.pos == "VERB":
        if patient_name and place_name and patient_name == place_name:
            place_name = None
        particle = _particle(d)
        passive = bool(d.group and d.group.passive)
        if agent_name and not patient_name and not passive:
            return finish(_with_object(d, agent_name, place_name, particle), tok.text)
        label = verb_label(d.trigger.lemma, agent_name, patient_name, place_name if not patient_name else None,
                           passive=passive, negated=d.negated, particle=particle)
        if not passive and patient is not None and patient_name and d.trigger.lemma in _OBJECT_COMPLEMENT and \
                label.endswith(patient_name) and patient.ref.last + 1 < len(d.tokens) and \
                d.tokens[patient.ref.last + 1].tag == "ADJ":
            label = f"{label} {d.tokens[patient.ref.last + 1].lower}"  # "Jury finds Paul Smith guilty"
        if passive and not agent_name and (patient_name or place_name):
            by = by_phrase(d)  # "Syrian Democratic Forces trained by West", not "... trained"
            if by and len(label) + len(by) < MAX_LABEL:
                label = f"{label} {by}"
    else:
        label = noun_label(tok.text, agent_name, patient_name, place_name)
    return finish(label, tok.text)


_SPEAKER_PRONOUNS = frozenset(("he", "she", "it", "they"))


def _speaker_as_subject(d: Draft) -> str | None:
    """A pronoun subject of what a speaker who is no actor said is that speaker ("The boy's father said he
    would appeal": the father appeals), when the pronoun agrees with the speaker's words in number. Marks the
    draft so that the report's label reads "Boy's father says he appeals"."""
    r = d.report
    if r is None or r.postposed or r.sentence is not d.sentence or r.found.agent() is not None or \
            not r.attribution_source or d.found.agent() is not None or (d.group is not None and d.group.passive):
        return None
    toks, k = d.tokens, d.trigger.index - 1
    while k >= 0 and toks[k].tag in ("AUX", "MODAL", "NEG", "ADV"):
        k -= 1
    if k <= r.trigger.index or toks[k].lower not in _SPEAKER_PRONOUNS or d.clauses[k] != d.clause:
        return None
    if (toks[k].lower == "they") != _plural(r.attribution_source):
        return None
    d.speaker_pronoun = toks[k].lower
    return r.attribution_source


_NO_OBJECT = frozenset(("be", "say", "seem", "appear", "become", "remain"))
_PARTICLES = ("up", "off", "out", "down")


def _with_object(d: Draft, agent_name: str, place_name: str | None, particle: str) -> str:
    """An active verb with a doer but no named object: its object as written, so a light verb does not stand
    bare ("Iraqi forces make swift work", "Official gives assurances", "Ryan Dillon tries to flee city");
    a locative place follows the object ("Bombers strike targets near Boukamal"). The object is left out
    when the label would pass `MAX_LABEL`, or when the verb has none."""
    def label(obj: str, place: str | None, particle: str = particle) -> str:
        rest = " ".join(x for x in (obj, place) if x)
        return verb_label(d.trigger.lemma, agent_name, rest or None, None, passive=False, negated=d.negated,
                          particle=particle)

    if particle == "for":
        # "calls for calm", "pushed for the contract to be suspended": the thing asked for, never a bare "for"
        plain = label("", place_name, particle="")
        obj = _asked_for(d)
        if not obj or d.reported or (place_name and not place_name.startswith(_LOCATIVE)):
            return plain
        full = label(obj, place_name)
        if len(full) > MAX_LABEL:
            full = label(obj.split(" to ", 1)[0], place_name)
        return full if len(full) <= MAX_LABEL else plain
    plain = label("", place_name)
    if d.trigger.lemma in _NO_OBJECT or d.reported or d.trigger.event_class.value == "REPORTING" or \
            (particle and particle not in _PARTICLES) or (place_name and not place_name.startswith(_LOCATIVE)):
        return plain
    start = d.trigger.index + 1 + (1 if particle in _PARTICLES and particle else 0)
    obj = object_phrase(d, start)
    words = obj.split()
    while words:
        full = label(" ".join(words), place_name)
        if len(full) <= MAX_LABEL:
            return full
        if words[0] == "to" or len(words) == 1:
            break
        words = words[1:]  # keep the head noun, lose its outer modifiers first
    return plain


def _asked_for(d: Draft) -> str:
    """What a verb of asking asks for: the noun phrase after "for", with an infinitive that completes it
    ("the contract to be suspended", "the minister to resign"); "" when no noun phrase follows."""
    toks = d.tokens
    j = d.trigger.index + 2
    obj = object_phrase(d, j)
    if not obj:
        return ""
    k = j
    while k < len(toks) and toks[k].tag in _PHRASE_TAGS + ("ADV",) and toks[k].lower not in ("to",):
        k += 1
    if k + 1 < len(toks) and toks[k].tag == "TO":
        if toks[k + 1].lower == "be" and k + 2 < len(toks) and toks[k + 2].tag == "VERB":
            return f"{obj} to be {toks[k + 2].lower}"
        if toks[k + 1].tag == "VERB" and toks[k + 1].form in ("VB", ""):
            return f"{obj} to {toks[k + 1].lower}"
    return obj


_CLAUSE_PREPS = frozenset(("before", "after", "since", "until", "as", "till"))  # also open clauses: "after talks ended"


def _reduced_relative_head(d: Draft) -> str | None:
    """A past participle right after the noun of a prepositional phrase tells what was done to that noun ("in a
    message posted online", "with the bridges destroyed"): the noun, for a passive label. Not after a preposition
    that also opens a clause ("after the meeting ended"), nor inside a subject ("shares in the company jumped")."""
    toks, i = d.tokens, d.trigger.index
    t = toks[i]
    if t.form == "VBG" and i >= 2 and toks[i - 1].tag in ("NOUN", "PROPN") and toks[i - 1].text[-1:] == "s" and \
            toks[i - 2].tag in ("VERB", "PREP") and d.clauses[i - 1] == d.clauses[i]:
        # "to discuss Americans missing in Syria", "help for families living near the dam": an object and what
        # it is doing, not the clause's subject doing it
        return toks[i - 1].text if toks[i - 1].tag == "PROPN" else toks[i - 1].lower
    if t.form not in ("VBD", "VBN") or participle(t.lemma) != t.lower or i < 2 or toks[i - 1].tag != "NOUN":
        return None
    j = i - 2
    while j >= 0 and toks[j].tag in ("ADJ", "NOUN", "NUM", "DET", "POSS") and i - j < 6:
        j -= 1
    if j < 0 or toks[j].tag != "PREP" or toks[j].lower in _CLAUSE_PREPS or d.clauses[j] != d.clauses[i]:
        return None
    if j >= 1 and toks[j - 1].tag in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
        return None  # "Shares in the company jumped": the phrase is inside the subject, the verb is the clause's
    return toks[i - 1].lower


def _inside(name: str | None) -> str | None:
    """A group named by a common noun reads in lower case inside a label: "Police arrest protesters"."""
    return name[0].lower() + name[1:] if name in GROUP_DISPLAYS else name


def _of_places(d: Draft, names: dict[str, str]) -> str | None:
    """Names of the places a noun takes with "of" ("fall of Mosul and Raqqa" -> "Mosul and Raqqa"), or None."""
    toks, i = d.tokens, d.trigger.index
    if i + 1 >= len(toks) or toks[i + 1].lower != "of":
        return None
    found: list[str] = []
    pos = i + 2
    for ref in sorted((l.ref for l in d.found.places), key=lambda r: r.first):
        if ref.first < pos:
            continue
        gap = toks[pos:ref.first]
        if any(t.tag not in ("DET", "ADJ") and t.lower not in ("and", ",") for t in gap) or len(gap) > 3:
            break
        name = names.get(ref.ref_id)
        if name and name not in found:
            found.append(name)
        pos = ref.last + 1
    if not found:
        return None
    return found[0] if len(found) == 1 else ", ".join(found[:-1]) + " and " + found[-1]


def _with_a_participant(d: Draft, phrase: str, names: dict[str, str]) -> str:
    """Never a bare single word when the event has a participant or place: "Converging" -> "Converging on
    Islamic State" (the first linked mention after the trigger, with its preposition)."""
    if " " in phrase.strip():
        return phrase
    i = d.trigger.index
    refs = sorted((l.ref for l in list(d.found.actors) + list(d.found.places) if not l.ref.pronoun),
                  key=lambda r: (r.first < i, abs(r.first - i)))
    for ref in refs:
        name = names.get(ref.ref_id)
        if not name:
            continue
        if ref.first > i:
            prep = preposition_before(d.tokens, ref) or next(
                (t.lower for t in d.tokens[i + 1:ref.first] if t.tag == "PREP"), None)
            return f"{phrase} {prep} {name}" if prep else f"{phrase} {name}"
        if ref.kind == "place":
            return f"{phrase} in {name}"
        return f"{name}: {phrase.lower()}"
    return phrase


_LOCATIVE = ("in", "near", "at", "into", "toward", "towards", "outside", "across", "inside", "on")


# verbs of going whose "to"/"from" place is where they went or left: "flies to Paris", "withdraws from Raqqa"
_MOTION = frozenset(("fly", "travel", "go", "come", "return", "move", "head", "flee", "march", "sail", "drive",
                     "walk", "retreat", "withdraw", "advance", "escape", "arrive", "deploy", "evacuate", "relocate",
                     "migrate", "drift", "spread", "pull", "push", "expand", "extend", "cross", "commute"))


def _verb_place(d: Draft, names: dict[str, str]) -> str | None:
    """The place a verb's label names: its object ("enter al-Qaim"), else a place right after it behind a
    locative preposition ("strike targets near Boukamal" -> "near Boukamal"), or a verb of going's "to" or
    "from" ("flew to Paris" -> "to Paris")."""
    f = d.found
    if f.object_place is not None:
        return names.get(f.object_place.ref_id)
    i = d.trigger.index
    for link in f.places:
        ref = link.ref
        if ref is f.subject_place or not (i < ref.first <= i + 5):
            continue
        prep = preposition_before(d.tokens, ref)
        if (prep in _LOCATIVE or (prep in ("to", "from") and d.trigger.lemma in _MOTION)) and not any(d.tokens[k].text in (",", ";") for k in range(i + 1, ref.first)):
            return f"{prep} {names.get(ref.ref_id, '')}".strip()
    return None


_HEAD_PREPS = ("of", "at", "in", "from", "near", "on", "inside", "over")  # "engineers at the dam asked" -> engineers


def _subject_head(d: Draft) -> str | None:
    """Without an actor, the head noun of the subject names the doer: "Earthquake strikes", "Shares rise"."""
    toks, i = d.tokens, d.trigger.index
    k = i - 1
    while k >= 0 and toks[k].tag in ("AUX", "MODAL", "NEG", "ADV"):
        k -= 1
    if 0 < k <= 2 and toks[k].tag == "PROPN" and toks[k].lower.endswith("s") and d.found.agent() is None and \
            all(x == 0 and toks[x].lower == "the" or toks[x].text[:1].isupper() for x in range(k)):
        # "The Danes are paying", "New Zealanders have voted": a people opening the sentence, no actor
        return " ".join(t.text for t in toks[:k + 1] if t.lower != "the")
    if k == 0 and toks[k].tag == "PROPN" and toks[k].lower.endswith("s"):
        pass  # a capitalised plural opening the sentence ("Aftershocks could continue")
    elif k < 0 or toks[k].tag != "NOUN":
        # "Shares of Northwind Foods rose", "engineers at the dam had asked": skip back over a prepositional
        # phrase to its head
        j = k
        while j >= 0 and toks[j].tag in ("PROPN", "DET", "ADJ") and k - j < 4:
            j -= 1
        if j >= 1 and toks[j].lower in _HEAD_PREPS and toks[j - 1].tag == "NOUN":
            k = j - 1
        else:
            return _clause_subject_head(d)
    for _ in range(2):  # "engineers at the dam had asked", "dispute over Kaldera dam deepens"
        j = k - 1
        while j >= 0 and toks[j].tag in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "POSS") and k - j < 5:
            j -= 1
        if j >= 2 and toks[j].lower == "and":
            # "talks between Iran and European diplomats resume": both conjuncts sit in the phrase
            b = j - 1
            while b >= 0 and toks[b].tag in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "POSS") and j - b < 5:
                b -= 1
            if b >= 1 and toks[b].lower in ("between", "among"):
                j = b
        if toks[k].tag == "NOUN" and j >= 1 and toks[j].lower in _HEAD_PREPS + ("between", "among") and \
                toks[j - 1].tag == "NOUN" and \
                d.clauses[j - 1] == d.clause and _opens_clause_phrase(d, j - 1):
            k = j - 1
        elif toks[k].tag == "NOUN" and j >= 2 and toks[j].lower == "by" and \
                (p := _participle_before_by(toks, j)) is not None and d.clauses[p - 1] == d.clause:
            # "a truce brokered by the church came", "the deal signed last year by the two companies
            # collapsed": the truce came, not the church
            k = p - 1
        else:
            break
    if d.clauses[k] != d.clause:
        # "The military government that seized power last week dissolved parliament": past the relative clause
        # to the noun it hangs on
        inner = d.clauses[k]
        start = next(j for j in range(len(toks)) if d.clauses[j] == inner)
        if 1 <= start < k and toks[start].lower in ("that", "who", "which") and \
                toks[start - 1].tag == "NOUN" and d.clauses[start - 1] == d.clause:
            return toks[start - 1].text
        return None
    return toks[k].text


def _participle_before_by(toks, j: int) -> int | None:
    """The index of the participle whose by-phrase opens at `j`, right before it or behind a short time
    phrase ("signed last year by", "announced on Sunday by"), when a noun stands before the participle."""
    p = j - 1
    if p >= 0 and toks[p].tag != "VERB":
        q = p
        while q >= 0 and j - q <= 4 and toks[q].tag in ("PROPN", "NOUN", "NUM", "DET", "ADJ"):
            q -= 1
        if q >= 0 and q < p and toks[q].lower in ("on", "in", "at", "last", "this", "earlier", "late"):
            p = q - 1
        elif q >= 0 and q < p and toks[q + 1].lower in ("last", "this", "earlier"):
            p = q
    if p >= 1 and toks[p].tag == "VERB" and toks[p].lower.endswith(("ed", "en")) and toks[p - 1].tag == "NOUN":
        return p
    return None


_OBJECT_CONTROL = frozenset(("order", "tell", "urge", "ask", "force", "allow", "persuade", "instruct", "invite",
                             "encourage", "warn", "require", "press", "push", "compel", "authorise", "authorize",
                             "permit", "enable", "call", "advise", "direct", "command", "pressure", "beg"))


def _controller_head(d: Draft) -> str | None:
    """Who does an infinitive governed by a verb like "order" or "urge" with no named doer: the head noun of
    the object between that verb and "to" ("ordered the army to send" -> army). None otherwise."""
    toks, gov = d.tokens, d.group.governor
    if gov is None or toks[gov].lemma not in _OBJECT_CONTROL:
        return None
    span = range(gov + 1, d.trigger.index)
    nouns = [k for k in span if toks[k].tag in ("NOUN", "PROPN")]
    if not nouns or toks[nouns[-1]].tag != "NOUN" or any(toks[k].tag in ("VERB", "PUNCT") for k in span):
        return None
    return toks[nouns[-1]].text


def _purpose_doer(d: Draft) -> str | None:
    """An infinitive of purpose after a verb of going and its destination ("the official travelled to Damascus
    to hold talks"): the traveller does it, the head of that verb's subject."""
    toks, i = d.tokens, d.trigger.index
    if d.group.governor is not None or i < 3 or toks[i - 1].tag != "TO":
        return None
    k = i - 2
    while k >= 0 and toks[k].tag in ("PREP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "TO") and i - k < 9:
        k -= 1
    if k < 0 or toks[k].tag != "VERB" or toks[k].lemma not in _MOTION or k == i - 2:
        return None
    other = dataclasses.replace(d, trigger=dataclasses.replace(d.trigger, index=k), group=None)
    return _subject_head(other)


def _possessed_subject(d: Draft, ref, name: str) -> str:
    """ "The company's shares fell": the subject is what the actor has, "Northwind Foods shares"."""
    toks, i = d.tokens, d.trigger.index
    k = ref.last + 1
    if toks[ref.last].lower in ("its", "their", "his", "her"):
        k = ref.last  # "Its mandate expires": the pronoun is the possessive
    elif k >= i or toks[k].tag != "POSS":
        return name
    j = k + 1
    while j < i and toks[j].tag in ("ADJ", "NOUN"):
        j += 1
    head = j - 1
    if head <= k or toks[head].tag != "NOUN" or any(t.tag not in ("AUX", "ADV", "NEG", "MODAL") for t in toks[j:i]):
        return name
    return f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} {toks[head].lower}"


def _coordinated_subject_head(d: Draft) -> str | None:
    """ "The employers said in a statement that the offer was final and accused the union": a verb right
    after "and"/"but" shares the subject of the main verb it is coordinated with (the nearest earlier verb
    whose clause is a main clause, skipping complement and relative clauses)."""
    toks, clauses = d.tokens, d.clauses
    start = next(k for k in range(len(toks)) if clauses[k] == d.clause)
    if toks[start].lower not in ("and", "but") or start + 1 > d.trigger.index or any(
            toks[k].tag not in ("ADV", "AUX", "NEG") for k in range(start + 1, d.trigger.index)):
        return None
    for k in range(start - 1, -1, -1):
        if toks[k].tag != "VERB" or (toks[k].form not in ("VBD", "VBZ", "VBP") and not (
                toks[k].form == "VBN" and k >= 1 and toks[k - 1].tag == "AUX")):
            continue  # a finite verb, or a participle after its auxiliary ("had asked", "were arrested")
        first = next(j for j in range(len(toks)) if clauses[j] == clauses[k])
        if toks[first].tag in ("SUB",) or toks[first].lower in ("that", "which", "who", "where", "when", "and", "but"):
            continue
        other = dataclasses.replace(d, trigger=dataclasses.replace(d.trigger, index=k), group=None)
        return _subject_head(other)
    return None


def _opens_clause_phrase(d: Draft, k: int) -> bool:
    """Is the noun at `k` the head of the noun phrase opening its clause ("[that] engineers at the dam had
    asked": yes; "declaring victory in a statement read": no, a verb comes first)?"""
    toks = d.tokens
    j = k - 1
    while j >= 0 and d.clauses[j] == d.clause and toks[j].tag in ("DET", "ADJ", "NUM", "POSS", "PROPN", "NOUN"):
        j -= 1
    if j >= 0 and toks[j].tag == "VERB":
        return False  # the noun is that verb's object, even across a clause boundary
    return j < 0 or d.clauses[j] != d.clause or toks[j].tag in ("SUB", "CONJ", "PUNCT") or \
        toks[j].lower in ("as", "after", "before", "since", "while", "when", "that")


_RELATIVE_OPENERS = ("which", "that", "who")
_CLAUSE_OPENERS = ("after", "before", "since", "until", "when", "while", "as", "because", "although", "though",
                   "once", "if", "whereas")


_REFLEXIVES = frozenset(("itself", "themselves", "himself", "herself"))


def _reflexive_after(d: Draft) -> str:
    """ "calling itself", "describe themselves as": the reflexive object right after a verb, else ""."""
    toks, i = d.tokens, d.trigger.index
    if d.trigger.pos == "VERB" and i + 1 < len(toks) and toks[i + 1].lower in _REFLEXIVES:
        return toks[i + 1].lower
    return ""


def _relative_noun(d: Draft) -> str | None:
    """The common noun a subject relative clause hangs on ("The deal, which was approved" -> "deal"), in lower
    case: the subject of the clause's verb. Names are left to the actor finder."""
    toks = d.tokens
    start = next(k for k in range(len(toks)) if d.clauses[k] == d.clause)
    if start >= d.trigger.index or toks[start].lower not in _RELATIVE_OPENERS:
        return None
    j = start - 1 if start >= 1 and toks[start - 1].text != "," else start - 2
    if start + 1 < len(toks) and toks[start + 1].tag in ("VERB", "AUX", "ADV", "MODAL", "NEG") and j >= 0 \
            and toks[j].tag == "NOUN" and toks[j].text[:1].islower():
        return toks[j].lower
    return None


def _clause_subject_head(d: Draft) -> str | None:
    """The head noun of the noun phrase opening the clause, when the clause opens with one: "The almost
    simultaneous attacks Aug. 7 at the embassies ... killed" -> "attacks"."""
    toks = d.tokens
    start = next(k for k in range(len(toks)) if d.clauses[k] == d.clause)
    k = start
    if k < d.trigger.index and toks[k].lower in _RELATIVE_OPENERS:
        # "The walkout, which began on May 24": the noun the relative clause hangs on
        j = k - 1 if k >= 1 and toks[k - 1].text != "," else k - 2
        if k + 1 < len(toks) and toks[k + 1].tag in ("VERB", "AUX", "ADV", "MODAL", "NEG") and j >= 0 \
                and toks[j].tag == "NOUN":
            return toks[j].text
        return None
    opened = toks[k].lower in _CLAUSE_OPENERS
    if opened:
        k += 1  # "two weeks after a ceasefire brokered by Angola came into force"
    while k < len(toks) and toks[k].tag in ("DET", "ADJ", "ADV", "NUM", "POSS"):
        k += 1
    head = None
    while k < len(toks) and toks[k].tag == "NOUN":
        head = k
        k += 1
    if head is None or head >= d.trigger.index:
        return None
    if opened and any(t.text in (",", ";", "-", "–", "—") for t in toks[head:d.trigger.index]):
        return None  # "While the city was divided, the UN was able to deliver": the city is not the doer
    return toks[head].text


def _particle(d: Draft) -> str:
    """A verb particle or light-verb object that belongs in the label: "take control", "show off"."""
    toks = d.tokens
    j = d.trigger.index + 1
    if j < len(toks) and toks[j].tag == "NOUN" and d.trigger.lemma in ("take", "make", "hold", "give", "launch") \
            and toks[j].lower in ("control", "part", "place", "power", "talks", "office", "charge"):
        return toks[j].lower
    if d.trigger.event_class == EventClass.REPORTING and not d.reported:
        span = act_object(d)  # "declares state of emergency", "denies charges": the act declared, the thing denied
        if span is not None and span[1] - span[0] <= 4:
            return " ".join(t.text if t.tag == "PROPN" else t.lower for t in toks[span[0]:span[1]])
    if j < len(toks) and toks[j].lower in ("off", "up", "down", "out") and toks[j].tag in ("PREP", "ADV"):
        return toks[j].lower
    if d.group is not None and d.group.passive and j < len(toks) and toks[j].tag == "ADJ" and \
            d.trigger.lemma in _OBJECT_COMPLEMENT:
        return toks[j].lower  # "Paul Smith found guilty"
    if j + 1 < len(toks) and toks[j].lower == "for" and d.trigger.lemma in _ASK_FOR and \
            toks[j + 1].tag in _PHRASE_TAGS:
        return "for"  # "calls for calm", "pressed for talks"
    return ""


# verbs whose "for" names what they ask for: "called for a ceasefire", "pushed for reform"
_ASK_FOR = frozenset(("call", "push", "press", "appeal", "campaign", "lobby", "plead", "clamour", "clamor"))


_PHRASE_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "POSS")


def _passive_subject(d: Draft, i: int) -> tuple[int, tuple[int, int] | None]:
    """Where the verb group of the passive verb at `i` starts, and the token span of its subject: what happened
    to ("Deir elZour had been cleared"), skipping a relative clause in between ("A man whose house was a bomb
    factory was arrested" -> "man was arrested") and a prepositional phrase after the head ("the 19 sailors
    on board had been allowed")."""
    toks, cl = d.tokens, d.clauses[i]
    k = i - 1
    while k >= 0 and (toks[k].tag in ("AUX", "NEG", "ADV", "MODAL") or (
            toks[k].tag == "TO" and k >= 1 and toks[k - 1].lower in ("have", "has", "had"))):
        k -= 2 if toks[k].tag == "TO" else 1  # "had to be evacuated": "had to" as a modal
    first = k + 1
    outside = False  # the subject is the antecedent outside the relative clause
    if k >= 1 and toks[k].tag == "TO" and toks[k - 1].tag == "NOUN" and k + 1 < i:
        # "the largest city to be recaptured by the government": the infinitive hangs on the noun it tells of
        first, k, outside = k, k - 1, True
    elif k >= 0 and toks[k].tag == "VERB" and toks[k].lemma in COMPLEMENT_VERBS:
        # "Aid groups, whom the UN says have been blocked": the subject is what the relative clause hangs on
        start = next(j for j in range(len(toks)) if d.clauses[j] == cl)
        if toks[start].lower in ("who", "whom", "which", "that"):
            k = start - 1 if start >= 1 and toks[start - 1].text != "," else start - 2
            outside = True
    elif k == i - 1 and k >= 1 and toks[k].text == "," and parenthetical_participle(toks, i):
        # "The club, founded in 1919, has never been relegated": the participle tells what was done to the noun
        # before its comma ("Club founded")
        k -= 1
        outside = True
    else:
        while k >= 0 and (d.clauses[k] != cl or toks[k].text in ("'", '"', "’", "”", "‘", "“")):
            k -= 1
        if k >= 1 and toks[k].text == "," and k + 1 < len(toks) and parenthetical_participle(toks, k + 1):
            k -= 1  # "The club, founded in 1919, has never been relegated": past the participle clause
    j = k
    for _ in range(3):
        j = k
        while j >= 0 and toks[j].tag in ("PROPN", "NOUN", "ADJ", "NUM") and k - j < 4:
            if toks[j].lower in ("least", "most") and j >= 1 and toks[j - 1].lower == "at":
                break  # "At least 12 civilians were killed": the count's hedge is not the subject
            j -= 1
        p = j
        while p >= 0 and toks[p].tag in ("DET", "POSS") and (outside or d.clauses[p] == cl):
            p -= 1
        if j < k and p >= 1 and toks[p].lower in _HEAD_PREPS and toks[p - 1].tag == "NOUN" and \
                (outside or d.clauses[p - 1] == cl):
            k = p - 1  # "the 19 sailors on board had been allowed", "residents of the village were moved"
            continue
        break
    return first, ((j + 1, k) if j < k else None)


def _passive_subject_noun(d: Draft) -> str | None:
    """The head of a passive verb's subject when it is a common noun ("villagers", "boat"), in lower case."""
    _, span = _passive_subject(d, d.trigger.index)
    if span is None:
        return None
    head = d.tokens[span[1]]
    if head.tag != "NOUN" or not (head.text[:1].islower() or word_entry(head.lower).get("NOUN")):
        return None  # a name the actor finder did not take is left out
    return head.lower


def _noun_infinitive(d: Draft) -> bool:
    """An infinitive hanging on a noun ("Washington's decision last month to confiscate", "plans to expand"):
    no verb governs it, so the clause's subject is not its doer (headlines aside: "Northwind to cut jobs")."""
    g, toks, i = d.group, d.tokens, d.trigger.index
    if g is None or not g.infinitive or g.governor is not None or d.sentence.zone.value == "headline":
        return False
    return i >= 2 and toks[i - 1].tag == "TO" and toks[i - 2].tag == "NOUN"


def _passive_controller(d: Draft) -> str | None:
    """ "the sailors had been allowed to call their families": the subject of a passive object-control verb
    does what its infinitive says (its head noun), when nothing but "to" stands between them."""
    gov = d.group.governor
    toks = d.tokens
    if gov is None or toks[gov].lemma not in _OBJECT_CONTROL or gov + 2 != d.trigger.index:
        return None
    if not verb_group(toks, gov).passive:
        return None
    _, span = _passive_subject(d, gov)
    if span is None or toks[span[1]].tag != "NOUN":
        return None
    return toks[span[1]].text


# verbs whose object takes an adjective ("found him guilty"); their passive keeps it ("Mayor found guilty")
_OBJECT_COMPLEMENT = frozenset(("find", "declare", "pronounce", "deem", "judge", "rule", "leave", "hold",
                                "prove", "rate", "certify"))


def _trigger_phrase(d: Draft, text: str) -> str:
    """The trigger with the words that complete it, as written: "entered the town of al-Qaim",
    "fall of Mosul and Raqqa", "Deir elZour had been cleared"."""
    toks, i = d.tokens, d.trigger.index
    first = i
    subject = ""
    if d.group is not None and d.group.passive:
        first, span = _passive_subject(d, i)
        if span is not None:
            subject = text[toks[span[0]].start:toks[span[1]].end]
    last = i
    j = i + 1
    while j < len(toks) and toks[j].tag in ("PREP", "ADV", "TO") and toks[j].lower in ("up", "off", "out", "down"):
        last = j
        j += 1
    passive = d.group is not None and d.group.passive
    if passive and j == i + 1 and j < len(toks) and toks[j].tag == "ADJ" and d.trigger.lemma in _OBJECT_COMPLEMENT:
        last = j  # "was found guilty", "declared dead": the adjective is what was found, not an extra
    if (d.trigger.pos == "VERB" and not passive) or (j < len(toks) and toks[j].lower == "of"):
        budget = 6
        while j < len(toks) and budget > 0 and (toks[j].tag in _PHRASE_TAGS or toks[j].lower in ("of", "and")):
            if toks[j].lower in ("of", "and") and not (j + 1 < len(toks) and toks[j + 1].tag in _PHRASE_TAGS):
                break
            if toks[j].tag in ("NOUN", "PROPN", "NUM"):
                last = j
            j += 1
            budget -= 1
    phrase = text[toks[first].start:toks[last].end]
    return f"{subject} {phrase}" if subject else phrase
