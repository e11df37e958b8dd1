"""Short labels a reader can scan on a timeline: "Iraqi forces enter al-Qaim", "Mosul falls",
"Deir el-Zour cleared", "Syrian state media: Deir el-Zour cleared". At most `MAX_LABEL` characters, never empty.
"""

from __future__ import annotations

from functools import lru_cache

from ..dictionary import inflect
from . import lexicon as lx

MAX_LABEL = 60


@lru_cache(maxsize=8192)
def present(lemma: str, plural: bool = False) -> str:
    """Present tense of a verb lemma: "enter" -> "enters" (or "enter" for a plural subject)."""
    if lemma == "be":
        return "are" if plural else "is"
    if plural:
        return lemma
    forms = inflect(lemma, "VBZ")
    return forms[0] if forms else lemma + "s"


@lru_cache(maxsize=8192)
def participle(lemma: str) -> str:
    forms = inflect(lemma, "VBN")
    return forms[0] if forms else lemma + "ed"


_PLURAL_FORCE_NAMES = frozenset(("forces", "guards", "brigades", "units", "troops", "rebels", "militias", "fighters",
                                 "battalions", "regiments", "partisans", "commandos"))


def _plural(name: str) -> bool:
    """"Iraqi forces", "Rescue teams", "Analysts", "Iraq and Syria" are plural; "Harbour Snacks" (a proper
    name of several capitalised words) and "Isis" are not."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    if " and " in name:
        # "Iraq and Syria" are two; "Transport and General Workers Union", "Department of Health and Human
        # Services" are one body named by its head
        return not (last[:1].isupper() and _org_head(last.lower()))
    if len(words) > 1 and last.lower() in _PLURAL_FORCE_NAMES:
        return True  # "Syrian Democratic Forces", "Revolutionary Guards", "People's Protection Units": a body of men
    if len(words) > 1 and last[:1].isupper() and _people_of_nation(name):
        return True  # "New Zealanders": a people, not a body's name
    if (len(words) > 1 and last[:1].isupper()) or last.endswith(("'s", "’s")):
        return False  # "Harbour Snacks", "Moody's"
    low = last.lower()
    if low in lx.PLURAL_WITHOUT_S or low.endswith(("people", "children")) or (
            low.endswith("men") and len(low) > 4 and not low.endswith(("omen", "amen", "imen", "umen"))):
        return True  # "fishermen", "townspeople", "schoolchildren"; not "specimen", "abdomen"
    if low.endswith("is") and len(words) == 1 and last[:1].isupper():
        return _plural_of_known_name(last)  # "Houthis", "Iraqis" are plural; "Isis", "Paris" are not
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "news"))


def _org_head(word: str) -> bool:
    from ..entities.lexicon import ORG_HEADS  # deferred like the knowledge base below

    return word in ORG_HEADS and word not in _PLURAL_FORCE_NAMES


@lru_cache(maxsize=4096)
def _people_of_nation(name: str) -> bool:
    from ..entities.kb import load_knowledge_base  # deferred like `_plural_of_known_name`
    from ..entities.words import plural_demonym

    return plural_demonym(load_knowledge_base(include_user=False), name)


def _plural_of_known_name(word: str) -> bool:
    """A capitalised word in -is is a plural when its singular in -i is a known group or demonym: "Houthis"
    (Houthi), "Iraqis" (Iraqi), "Yemenis"; "Isis", "Paris", "Tunis" have no such singular."""
    from ..entities.kb import load_knowledge_base  # deferred: labels are also used without the entity layer

    stem = word[:-1]
    if len(stem) < 4:
        return False
    kb = load_knowledge_base(include_user=False)
    return kb.demonym_country(stem) is not None or bool(kb.lookup(stem))


def shorten(text: str, limit: int = MAX_LABEL) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def verb_label(lemma: str, agent: str | None, patient: str | None, place: str | None, *, passive: bool,
               negated: bool, particle: str = "") -> str:
    verb = lemma + (" " + particle if particle else "")
    if passive and not agent:
        subject = patient or place
        core = f"{subject} {'not ' if negated else ''}{participle(lemma)}{' ' + particle if particle else ''}" \
            if subject else f"{participle(lemma).capitalize()}{' ' + particle if particle else ''}"
        return core
    parts = []
    if agent:
        plural = _plural(agent)
        if negated:
            parts += [agent, "do not" if plural else "does not", verb]
        else:
            parts += [agent, present(lemma, plural) + (" " + particle if particle else "")]
    else:
        parts.append(("not " if negated else "") + verb.capitalize() if not negated else "Not " + verb)
    obj = patient or place
    if obj:
        parts.append(obj)
    return " ".join(parts)


def noun_label(word: str, agent: str | None, patient: str | None, place: str | None) -> str:
    head = word.lower()
    if agent and patient:
        return f"{agent} {head} on {patient}" if head in ("attack", "attacks", "assault", "strike", "strikes", "raid") \
            else f"{agent} {head} with {patient}" if head in ("talks", "meeting", "deal", "agreement", "clash") \
            else f"{agent}: {head} of {patient}"
    if agent:
        return f"{agent} {head}" + (f" in {place}" if place else "")
    if patient:
        return f"{head.capitalize()} of {patient}"
    if place:
        return f"{head.capitalize()} in {place}"
    return head.capitalize()


def finish(label: str, fallback: str) -> str:
    label = shorten(label.strip())
    if not label:
        label = shorten(fallback.strip()) or "(event)"
    return label[0].upper() + label[1:]
