"""Definite descriptions that point back to an actor or place named earlier: "the group", "the regime",
"the newspaper", "the city". Found here; `resolve` links each to the most salient fitting antecedent."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .first_names import gender_of_first_name
from .lexicon import ORG_HEADS

# noun -> what it may refer to
ARMED_GROUP_NOUNS = ("terrorist organisation", "terrorist organization", "terrorist group", "jihadist group",
                     "militant group", "extremist group", "group", "militants", "jihadists", "terrorists",
                     "insurgents", "extremists", "militia", "rebels", "brigade", "gunmen", "guerrillas")
NOUN_TARGET: dict[str, str] = {n: "armed_group" for n in ARMED_GROUP_NOUNS}
NOUN_TARGET.update({"regime": "regime", "newspaper": "media", "paper": "media", "daily": "media",
                    "broadcaster": "media", "news agency": "media", "coalition": "coalition", "alliance": "coalition",
                    "company": "company", "firm": "company", "carmaker": "company", "automaker": "company",
                    "planemaker": "company", "manufacturer": "company", "airline": "company", "bank": "company",
                    "retailer": "company", "city": "city", "town": "town", "village": "town",
                    "utility": "company", "operator": "company",
                    "government": "government", "authorities": "government",
                    "army": "forces", "military": "forces", "armed forces": "forces", "club": "club"})
# "the junta", "the military government": the body the story says calls itself so ("X, as the junta calls
# itself"); see `clues`
JUNTA_NOUNS = ("junta", "military junta", "military government", "military regime", "military rulers")
NOUN_TARGET.update({n: "called" for n in JUNTA_NOUNS})
_JUNTA = re.compile(r"\b[Tt]he\s+(" + "|".join(sorted(JUNTA_NOUNS, key=len, reverse=True)) + r")\b(?![-‐‑])")
# "the federation", "the court", "the ministry": the body of the story whose name has that head word
NOUN_TARGET.update({n: "head" for n in ("federation", "league", "court", "ministry", "commission", "agency",
                                        "committee", "association", "institute", "university", "foundation",
                                        "union", "council", "tribunal")})

_DEF = re.compile(
    r"\b[Tt]he\s+(" + "|".join(sorted((re.escape(n) for n in NOUN_TARGET), key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:of|in|at|near|that|which|who|where)\b)(?![-‐‑])"
)


@dataclass
class Reference:
    start: int
    end: int
    text: str
    sentence: int
    noun: str
    target: str


# "its fighters", "their troops": the members or forces of an actor just named
POSSESSED_TARGET = {"fighters": "armed_group", "militants": "armed_group", "gunmen": "armed_group",
                    "members": "armed_group", "troops": "troops", "soldiers": "troops", "forces": "troops"}
_POSSESSED = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(" + "|".join(POSSESSED_TARGET) + r")\b")

# "the Courier", "the Front", "the Commission": a name cut down to its head word
_HEAD = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def find_references(text: str, sentence: int, start: int, end: int) -> list[Reference]:
    out = []
    for m in _DEF.finditer(text, start, end):
        noun = m.group(1)
        out.append(Reference(m.start(), m.end(), m.group(0), sentence, noun, NOUN_TARGET[noun]))
    for m in _JUNTA.finditer(text, start, end):
        # "the military government that seized power": "that" does not stop these, and the whole phrase wins
        # over "the military" found above
        out = [r for r in out if not (r.start == m.start() and r.end < m.end())]
        if not any(r.start == m.start() for r in out):
            out.append(Reference(m.start(), m.end(), m.group(0), sentence, m.group(1).lower(), "called"))
    for m in _POSSESSED.finditer(text, start, end):
        noun = m.group(1)
        out.append(Reference(m.start(), m.end(), m.group(0), sentence, noun, POSSESSED_TARGET[noun]))
    for m in _HEAD.finditer(text, start, end):
        word = m.group(1).lower()
        if word in ORG_HEADS:
            out.append(Reference(m.start(), m.end(), m.group(0), sentence, word, "head"))
    out.sort(key=lambda r: r.start)
    return out


# "A newspaper close to Hezbollah claimed ... Al-Akhbar said": an indefinite description that the next
# sentences name.
INDEFINITE_NOUNS = {"newspaper": "media", "paper": "media", "daily": "media", "news agency": "media",
                    "broadcaster": "media", "television channel": "media", "news website": "media",
                    "website": "media", "magazine": "media"}
_INDEF = re.compile(r"\b[Aa]n?\s+(?:[a-z-]+\s+)?(" + "|".join(sorted(INDEFINITE_NOUNS, key=len, reverse=True)) + r")\b")


def find_indefinites(text: str, sentence: int, start: int, end: int) -> list[Reference]:
    out = []
    for m in _INDEF.finditer(text, start, end):
        noun = m.group(1)
        out.append(Reference(m.start(), m.end(), m.group(0), sentence, noun, INDEFINITE_NOUNS[noun]))
    return out


# ------------------------------------------------------------------------------------------ pronouns
# Personal pronouns that point back to an actor: "he/him/his" and "she/her" to a person, "it/its" to a single
# organisation, state or group, "they/them/their" to a group, a force or an organisation. Each is resolved to
# the nearest sentence (this one before the pronoun, then up to two before) that holds a fitting actor; when
# that sentence holds several, the one in subject position (the first not inside a prepositional phrase) wins.
# A pronoun is left alone when nothing fits, when "it" is the dummy subject ("it is", "it emerged that") or
# when "it"/"they" sit inside a quotation (a speaker's "it" is mostly a thing, "they" mostly people).
PRONOUN_KIND = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f",
                "it": "it", "its": "it", "itself": "it", "they": "pl", "them": "pl", "their": "pl",
                "themselves": "pl"}
_PRONOUN_FORMS = {f: k for w, k in PRONOUN_KIND.items() for f in (w, w.capitalize(), w.upper())}
_STOP_TEXTS = frozenset(_PRONOUN_FORMS) | {'"', "“", "”", "`", "'"}
_DUMMY_IT_NEXT = frozenset(("is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "emerged",
                            "remains", "remained", "takes", "took", "looks", "looked", "became", "becomes",
                            "means", "meant", "matters", "rained", "snowed", "isn't", "wasn't", "comes", "came",
                            "goes", "went", "turned", "followed", "happened", "makes", "made"))
_MODALS = frozenset(("has", "had", "will", "would", "may", "might", "could", "should", "must", "can", "does",
                     "did", "is", "was"))
_DUMMY_AFTER_MODAL = frozenset(("be", "been", "not", "seem", "appear", "taken", "emerge", "emerged"))
_PREPS = frozenset(("of", "in", "at", "on", "for", "from", "to", "with", "by", "about", "against", "into",
                    "between", "among", "under", "over", "after", "before", "than", "like", "including",
                    "near", "through", "via", "toward", "towards", "behind", "within", "without", "unlike",
                    "despite", "as", "per", "since", "during", "beside"))
_QUOTES = frozenset(('"', "“", "”", "``", "''"))
_FEMALE_CUES = re.compile(r"\b(?:Mrs|Ms|Miss|Madam|Lady|Queen|Princess|Dame|Sister|spokeswoman|chairwoman|"
                          r"businesswoman|congresswoman|actress|mother|wife|daughter|widow|First Lady)\b\.?")
_MALE_CUES = re.compile(r"\b(?:Mr|Sir|Lord|King|Prince|Father|spokesman|chairman|businessman|congressman|"
                        r"husband|son|brother)\b\.?")
_FEMALE_BEFORE = re.compile(_FEMALE_CUES.pattern + r",?\s+$")  # "Mrs |Ruiz", "his wife, |Maria Sanha"
_MALE_BEFORE = re.compile(_MALE_CUES.pattern + r",?\s+$")
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\b")
_COORDINATED = re.compile(r"(?:\band|&|,)\s+(?:the\s+)?$")
_ORG_KINDS = frozenset(("government", "armed_forces", "armed_group", "organisation", "media",
                        "international_organisation"))
_GROUP_KINDS = frozenset(("armed_forces", "armed_group"))


@dataclass(slots=True)
class _Antecedent:
    start: int
    end: int
    sentence: int
    actor: int  # index into the actor list
    kind: str
    plural: bool
    subject: bool  # not inside a prepositional phrase


def _gender(actor, text: str) -> str | None:
    """ "f" or "m" when a title or honorific in the text says so ("Mrs", "spokeswoman"), else None."""
    cues = [actor.title or ""] + [m.text for m in actor.mentions]
    before = [text[max(0, m.span.start - 24):m.span.start] for m in actor.mentions]  # "Mrs. |Ruiz"
    f = any(_FEMALE_CUES.search(c) for c in cues) or any(_FEMALE_BEFORE.search(c) for c in before)
    m = any(_MALE_CUES.search(c) for c in cues) or any(_MALE_BEFORE.search(c) for c in before)
    if f != m:
        return "f" if f else "m"
    return None


def person_gender(actor, text: str) -> str | None:
    """ "f" or "m" for a person: what the text says, else what a common first name says (`first_names`)."""
    return _gender(actor, text) or _name_gender(actor)


def _name_gender(actor) -> str | None:
    """ "f" or "m" from a common first name ("Maria Sanha", "Ahmed Salah"; `first_names`), else None."""
    firsts = {gender_of_first_name(n.text.split()[0]) for n in actor.mentions
              if n.type.value == "name" and len(n.text.split()) > 1}
    firsts.discard(None)
    return firsts.pop() if len(firsts) == 1 else None


def _fits(pron: str, a: _Antecedent, gender: str | None) -> bool:
    if pron in ("m", "f"):
        return a.kind == "person" and gender in (None, pron)
    if pron == "it":
        return a.kind in _ORG_KINDS and not a.plural
    # "they": groups, forces and plural descriptions ("the militants", "the automakers"); a company named in the
    # singular is "it" far more often than "they", and "they" after it mostly means its products or staff
    return a.kind in _GROUP_KINDS or a.plural


def _plural_mention(text: str, nominal: bool) -> bool:
    if not nominal:
        return False
    last = text.split()[-1].lower() if text.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _dummy_it(toks: list, k: int) -> bool:
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    if nxt in _DUMMY_IT_NEXT:
        return True
    if nxt in _MODALS and k + 2 < len(toks) and toks[k + 2].lower in _DUMMY_AFTER_MODAL:
        return True
    return False


def find_pronoun_mentions(text: str, sentences: list[tuple[int, int, int]], tokens: dict, actors: list):
    """Pronoun mentions to add: a list of (actor index, start, end, sentence). `sentences` are (index, start,
    end) of the usable sentences, `tokens` their tokens keyed by (start, end); `actors` are the built actors."""
    from ..model import MentionType  # local: keeps this module free of the model for its other users
    ants: list[_Antecedent] = []
    for i, a in enumerate(actors):
        for m in a.mentions:
            if m.type == MentionType.PRONOUN or m.sentence is None:
                continue
            plural = _plural_mention(m.text, m.type == MentionType.NOMINAL) or bool(
                _PLURAL_VERB.match(text, m.span.end)  # "Airbus have announced that they ..."
                and not _COORDINATED.search(text, max(0, m.span.start - 8), m.span.start))  # "the US and Russia have"
            ants.append(_Antecedent(m.span.start, m.span.end, m.sentence, i, a.kind.value, plural, True))
    if not ants:
        return []
    ants.sort(key=lambda x: x.start)
    by_sentence: dict[int, list[_Antecedent]] = {}
    for x in ants:
        by_sentence.setdefault(x.sentence, []).append(x)
    # gender said by the text; a first name only rules a person out ("she" is not Ahmed Salah) and never
    # picks one person over another whose first name the table does not know
    genders = {i: _gender(a, text) for i, a in enumerate(actors) if a.kind.value == "person"}
    possible = {i: g or _name_gender(actors[i]) for i, g in genders.items()}
    taken = {(x.start, x.end) for x in ants}
    out = []
    order = [s for s, _, _ in sentences]
    for pos, (si, start, end) in enumerate(sentences):
        toks = tokens[start, end]
        # which of this sentence's antecedents are inside a prepositional phrase
        here = by_sentence.get(si, [])
        if here:
            _mark_subjects(toks, here)
        quoted = False
        for k, t in enumerate(toks):
            if t.text not in _STOP_TEXTS:
                continue
            if t.text in _QUOTES or t.text == "`" or (t.text == "'" and k and toks[k - 1].text == "'"):
                quoted = (not quoted) if t.text == '"' else t.text in ("“", "`")
                continue
            pron = _PRONOUN_FORMS.get(t.text)
            if pron is None or (t.start, t.end) in taken:
                continue
            if pron in ("it", "pl") and quoted:
                continue
            if t.lower == "it" and (_dummy_it(toks, k) or _object_it(toks, k)):
                continue
            target = None
            window = [x for x in here if x.end <= t.start]
            as_object = t.lower in ("him", "them") or (t.lower == "her" and _object_her(toks, k))
            if t.lower in ("him", "them"):
                # "riot police used tear gas to clear them": an object pronoun is not the subject of its own
                # clause; an antecedent with no clause break between it and the pronoun is left out
                window = [x for x in window if _clause_break(toks, x.end, t.start)]
            if pron == "pl" and not any(_fits(pron, x, None) for x in window) and _plural_subject_before(toks, k):
                continue  # "the sailors on board were allowed to call their families": the sailors' families
            if pron == "it" and unlinked_body_before(toks, k, max((x.end for x in window if _fits(pron, x, None)),
                                                                  default=-1)):
                continue  # "The council said it had reviewed": the council (no actor), not the court before it
            look = [window] + [by_sentence.get(order[q], []) for q in range(pos - 1, max(-1, pos - 3), -1)]
            look_tokens = [(toks, t.start)] + [(tokens[sentences[q][1], sentences[q][2]], None)
                                               for q in range(pos - 1, max(-1, pos - 3), -1)]
            for cands, (cand_toks, before) in zip(look, look_tokens):
                fitting = [x for x in cands if _fits(pron, x, possible.get(x.actor))]
                if pron == "pl" and _plural_possessor_first(cand_toks, fitting, before, taken):
                    break  # "The activists' boat was boarded by police. They were freed": the activists
                if not fitting:
                    continue
                distinct = {x.actor for x in fitting}
                known = [x for x in fitting if genders.get(x.actor) == pron]
                if len(distinct) > 1 and len({x.actor for x in known}) == 1:
                    # "Okafor's mother, Grace Okafor, said ... she said": the one said to be a woman
                    target = known[0]
                elif len(distinct) == 1:
                    target = fitting[0]
                else:
                    if pron == "pl":
                        # "GM and Chrysler ... their": several organisations, none a plural description: the
                        # pronoun may mean all of them, which one mention cannot say
                        plural = [x for x in fitting if x.plural]
                        if len({x.actor for x in plural}) == 1:
                            target = plural[0]
                            break
                    subjects = [x for x in fitting if x.subject]
                    target = subjects[0] if subjects else None
                    if as_object and cands is window:
                        # "Moore congratulated Tahana and invited her": an object pronoun is not its own
                        # clause's subject; the nearest name before it is the likelier one
                        target = fitting[-1]
                break
            if target is not None:
                out.append((target.actor, t.start, t.end, si))
    return out


# singular bodies a story may name only by "the" + noun; when no actor stands for one, an "it" after it is
# most likely that body, which no mention can say (see `unlinked_body_before`)
_BODY_NOUNS = frozenset(n for n, target in NOUN_TARGET.items()
                        if target in ("head", "forces", "government", "company", "media", "coalition")
                        and not n.endswith("s")) | frozenset(("board", "panel", "parliament", "cabinet", "party"))


_SUBJECT_OPENERS = frozenset((",", ";", ":", "but", "that", "because", "while", "when", "after", "as", '"', "“",
                              "'", "‘"))


def unlinked_body_before(toks: list, k: int, after: int) -> bool:
    """Does "the" + a singular body noun that is no actor's mention ("the council", "the army") stand between
    text offset `after` (the end of the sentence's last fitting antecedent, -1 for none) and the pronoun at
    token `k`? Callers pass `after` past every mention, so a linked "the court" is never found here."""
    for j in range(k - 2, -1, -1):
        if toks[j].start < after:
            return False
        if toks[j].lower == "the" and toks[j + 1].lower in _BODY_NOUNS and not toks[j + 1].text[:1].isupper() \
                and (j == 0 or toks[j - 1].text in _SUBJECT_OPENERS):
            return True  # a subject only: "notified the agency ..., and it is working" is the notifier
    return False


def _plural_possessor_first(toks: list, fitting: list, before: int | None, taken: set) -> bool:
    """Does a plural common noun in the possessive ("the activists' boat", "protesters' demands") that is no
    actor's mention stand before every fitting antecedent of the sentence (and before `before`, the pronoun,
    when it is the pronoun's own sentence)? Those people, not a later actor, are then what "they" most likely
    means, and the pronoun is left alone."""
    stops = [x.start for x in fitting] + ([before] if before is not None else [])
    stop = min(stops) if stops else None
    return plural_possessor_before(toks, stop, lambda offset: any(a <= offset < b for a, b in taken))


def plural_possessor_before(toks: list, stop: int | None, covered) -> bool:
    """Is there a plural common noun in the possessive ("The protesters' boat", "the activists' demands") among
    `toks` ending at or before offset `stop` (anywhere when None) whose start `covered(start)` says is no
    actor's mention?"""
    for k in range(len(toks) - 1):
        t, mark = toks[k], toks[k + 1]
        if stop is not None and mark.end > stop:
            break
        if mark.text not in ("'", "’") or not (t.text.isalpha() and t.text.endswith("s") and
                                              not t.text.endswith("ss")):
            continue
        if t.text[:1].isupper() and k > 0 and toks[k - 1].lower not in ("the", "a"):
            continue  # "the Smiths' house" in mid-sentence is a family name; "The protesters'" opens a sentence
        if not covered(t.start):
            return True
    return False


_CLAUSE_BREAKS = frozenset((",", ";", ":", "(", '"', "“", "”", "that", "which", "who", "whom", "because",
                            "when", "after", "before", "while", "and", "but", "or", "if", "since", "until",
                            "although", "though", "where", "as", "said", "says"))


def _clause_break(toks: list, start: int, end: int) -> bool:
    """Is there a clause break (a comma, a conjunction, a subordinator, a reporting verb) between two offsets?"""
    return any(start <= t.start and t.end <= end and t.lower in _CLAUSE_BREAKS for t in toks)


_SUBJECT_BEFORE = frozenset(("that", "and", "but", "or", "which", "when", "after", "because", "as", "if", "while",
                             "where", "before", "since", "until", "so", "though", "although", "once", "said",
                             "says", ",", ";", ":", "(", "-", "–", "—", "whether", "than"))
_AUX_AFTER = frozenset(("will", "would", "has", "had", "could", "can", "may", "might", "should", "must", "does",
                        "did", "is", "was", "says", "said", "also", "then", "now", "still", "already", "now"))


def _object_her(toks: list, k: int) -> bool:
    """ "invited her to visit", "congratulate her.": "her" with no noun after it is an object, not a
    possessive ("her client")."""
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    return not nxt.text[0].isalnum() or nxt.lower in _OBJECT_HER_NEXT


# words after an object "her" (a possessive "her" is followed by its noun or an adjective)
_OBJECT_HER_NEXT = frozenset(("to", "on", "in", "at", "for", "with", "as", "and", "but", "or", "that", "from", "by",
                              "about", "after", "before", "into", "of", "again", "back", "out", "off", "up"))


def _object_it(toks: list, k: int) -> bool:
    """ "held it for three weeks", "a contract to run it", "in it": "it" as an object mostly means a thing."""
    if k == 0 or toks[k - 1].text in ('"', "“", "‘", "'", "`"):
        return False
    prev = toks[k - 1].lower
    if prev in _PREPS:
        return True
    if prev in _SUBJECT_BEFORE:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and (nxt.lower in _AUX_AFTER or (nxt.lower.endswith("ed") and nxt.text.islower())):
        return False
    return True


def _mark_subjects(toks: list, here: list[_Antecedent]) -> None:
    starts = {t.start: k for k, t in enumerate(toks)}
    for x in here:
        k = starts.get(x.start)
        if k is None:
            continue
        j = k - 1
        while j >= 0 and (toks[j].lower in ("the", "a", "an") or toks[j].is_possessive
                          or (toks[j].text[:1].isupper() and toks[j].is_word and toks[j].lower not in _PREPS)):
            j -= 1
        x.subject = not (j >= 0 and toks[j].lower in _PREPS)


_PLURAL_PEOPLE = frozenset(("people", "men", "women", "children", "staff", "police", "personnel", "crew"))
_FINITE_AFTER = _AUX_AFTER | frozenset(("have", "are", "were", "say", "told", "added"))


def _plural_subject_before(toks: list, k: int) -> bool:
    """Does a plural common noun that is the subject of a verb ("the sailors on board had been", "residents
    said") stand before the pronoun at `k` in its sentence? "They/their" then most likely means them, not an
    actor of an earlier sentence."""
    for j in range(k - 1, -1, -1):
        w = toks[j].text
        if not (w.isalpha() and w.islower() and len(w) > 3 and (
                w in _PLURAL_PEOPLE or (w.endswith("s") and not w.endswith(("ss", "us", "is", "ics"))))):
            continue
        for m in range(j + 1, min(k, j + 5)):
            nxt = toks[m].lower
            if nxt in _FINITE_AFTER:
                return True
            if not (toks[m].is_word and toks[m].text.islower()):
                break
    return False
