"""Names that the article gives as another name of an actor it has just named: "the River Front, known by
its initials RF", "nicknamed "the Lions"", "also called X", "X (Y)", "Y for short".

`find_aliases` pairs candidates of one sentence (subject, alias); `resolve.Resolver.link_aliases` makes each
pair one actor.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .anaphora import Reference
from .candidates import Candidate

_OPEN_QUOTE = r"[\"“‘']?"
# the words just before the alias
_CUE = re.compile(
    r"(?:(?:(?:also|better|widely|commonly|locally|popularly)\s+)?(?:known|referred\s+to)\s+"
    r"(?:locally\s+|widely\s+|simply\s+)?(?:as|by\s+(?:its|their|the|his|her)\s+"
    r"(?:initials|acronym|abbreviation|nickname|short\s+name|(?:\w+\s+)?name))"
    r"|(?:also\s+|often\s+|sometimes\s+)?(?:nicknamed|dubbed)"
    r"|(?:also|often|sometimes|locally|commonly)\s+called"
    r"|or\s+simply|formerly|short\s+for)"
    r"\s*[,:]?\s*" + _OPEN_QUOTE + r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# what may stand between the subject and the cue: nothing, a comma, a short apposition, "and"
_BRIDGE = re.compile(
    r"^\s*(?:[,(]\s*(?:(?:a|an|the|its|their|which\s+is|which\s+was|who\s+(?:is|are))\b[^,.;:()\"“”]{0,60}?)?)?"
    r"(?:\s*,?\s*(?:and|or))?\s*$",
    re.IGNORECASE,
)
_PAREN_OPEN = re.compile(r"^\s*\(\s*" + _OPEN_QUOTE + r"\s*$")
_PAREN_CLOSE = re.compile(r"^\s*[\"”’']?\s*\)")
# "the UK Maritime Trade Operations agency (UKMTO)": a common noun for a body between a name and its acronym
_BODY_NOUNS = frozenset(w for w, kind in lx.ORG_HEADS.items() if kind in ("organisation", "government",
                                                                        "international_organisation")) | frozenset(
    ("mission", "body", "unit", "programme", "program", "watchdog", "regulator", "panel", "network",
     "operation", "operations", "organisation", "organization", "task", "group"))
_HEADED_PAREN = re.compile(r"^\s+([a-z]+(?:\s+[a-z]+)?)\s*\(\s*" + _OPEN_QUOTE + r"\s*$")
_FOR_SHORT = re.compile(r"^\s*[\"”’']?\s*,?\s*for\s+short\b", re.IGNORECASE)
_SHORT_BRIDGE = re.compile(r"^\s*(?:,\s*(?:or\s+)?|\(\s*|\s+or\s+|\s*[-–—]\s*)" + _OPEN_QUOTE + r"\s*(?:the\s+)?$",
                           re.IGNORECASE)
_MAX_GAP = 140


def find_aliases(text: str, cands: list[Candidate], refs: list[Reference] = ()
                 ) -> list[tuple[Candidate | Reference, Candidate]]:
    """(subject, alias) pairs among the candidates of one sentence, in text order. A chain ("known by its
    initials RF and nicknamed the Lions") gives every alias the same subject. The subject may be a
    description that points back ("The militants, also known as the Cedars,"); the alias is a name."""
    taken = [(c.start, c.end) for c in cands]
    free_refs = [r for r in refs if not any(a < r.end and r.start < b for a, b in taken)]
    cands = sorted([*cands, *free_refs], key=lambda c: c.start)
    subject_of: dict[int, Candidate] = {}
    pairs = []
    for b_i, b in enumerate(cands):
        if b_i == 0 or isinstance(b, Reference) or b.nominal:
            continue
        a = cands[b_i - 1]
        gap = text[a.end:b.start]
        if len(gap) > _MAX_GAP or "." in gap or ";" in gap:
            continue
        subject = subject_of.get(id(a), a)
        linked = False
        m = _CUE.search(gap)
        if isinstance(subject, Candidate) and subject.nominal:
            # a description takes only an acronym in brackets: "the Congolese army (FARDC)"
            if _PAREN_OPEN.match(gap) and _PAREN_CLOSE.match(text[b.end:b.end + 4]) and _is_acronym(b.text):
                subject_of[id(b)] = subject
                pairs.append((subject, b))
            continue
        if m:
            bridge = gap[:m.start()]
            if subject is not a or _BRIDGE.match(bridge):
                linked = True
        elif _PAREN_OPEN.match(gap) and _PAREN_CLOSE.match(text[b.end:b.end + 4]) and not _person_like(subject):
            linked = True  # "the Civic Front (CF)"; not "Senator John McCain (R-AZ)"
        elif (h := _HEADED_PAREN.match(gap)) and h.group(1).split()[-1] in _BODY_NOUNS and _is_acronym(b.text) \
                and _PAREN_CLOSE.match(text[b.end:b.end + 4]) and not _person_like(subject) \
                and not (isinstance(subject, Candidate) and any(h.actor_id for h in subject.hits)):
            # "the Maritime Trade Operations agency (MTO)", "the Civic Front party (CF)"; but a known actor's
            # body is another one: "the UN refugee agency (UNHCR)", "the African Union mission (AMISOM)"
            linked = True
        elif _FOR_SHORT.match(text[b.end:b.end + 16]) and _SHORT_BRIDGE.match(gap):
            linked = True  # "the Civic Front, or CF for short"
        if linked:
            subject_of[id(b)] = subject
            pairs.append((subject, b))
    return pairs


def _is_acronym(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return 2 <= len(letters) <= 8 and all(ch.isupper() for ch in letters) and " " not in name


def _person_like(c: Candidate | Reference) -> bool:
    """A person's name: what follows it in brackets is a party, a state or an age, not another name."""
    return isinstance(c, Candidate) and (c.votes["person"] >= 2 or c.title is not None)
