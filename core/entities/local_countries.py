"""Countries the knowledge base does not know, found from how the article writes about them: a demonym
formed from the name ("Ostravia" ... "Ostravian troops"), or a state noun around it ("the government of
Ostravia", "Ostravia's parliament"). Made-up and small countries then behave like known ones: a government
actor when they act, a place otherwise, and "Ostravian forces" are their armed forces."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .kb import KnowledgeBase
from .lexicon import NON_NAME_ADJECTIVES
from .tokens import name_key
from .words import is_dictionary_word

_NAME = r"([A-Z][a-z]{3,}(?:\s[A-Z][a-z]{3,})?)"
_STATE_OF = re.compile(
    r"\b(?:government|prime\s+minister|parliament|king|queen|capital|embassy|citizens|republic|"
    r"kingdom|armed\s+forces|army|foreign\s+minister|foreign\s+ministry|people|president)\s+of\s+" + _NAME + r"\b")
_STATE_POSS = re.compile(
    _NAME + r"['’]s\s+(?:government|prime\s+minister|parliament|capital|armed\s+forces|army|"
    r"foreign\s+minist(?:er|ry)|embassy|ruling\s+party|border|president)\b")
_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "er")


@dataclass
class LocalCountries:
    names: dict[str, str] = field(default_factory=dict)  # name_key -> country name
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> country name
    # names that are surely countries (a demonym, an embassy...); "the government of Ontario" may be a
    # province's: its place is then of no stated kind
    countries: set[str] = field(default_factory=set)

    def country_of(self, name: str) -> str | None:
        return self.names.get(name_key(name))


def find_local_countries(text: str, kb: KnowledgeBase) -> LocalCountries:
    out = LocalCountries()
    words = set(_WORD.findall(text))
    # "Fidel Castro", "Saudi Arabia": a word that ends a longer name is a surname or part of a name
    tails = {b for a, b in re.findall(r"(?=\b([A-Z][\w'’-]*)\s+([A-Z][a-z]{3,})\b)", text)  # overlapping
             if not is_dictionary_word(a)}  # not "In Ostravia" at a sentence start

    def unknown(name: str) -> bool:
        return not kb.lookup(name) and not any(is_dictionary_word(w) for w in name.split()) \
            and name.split()[0] not in kb.given_names and name not in tails \
            and name.lower() not in NON_NAME_ADJECTIVES

    for w in words:
        if not unknown(w):
            continue
        stems = {w, w[:-1]} if w[-1] in "aeiouy" else {w}
        for stem in stems:
            for end in _DEMONYM_ENDINGS:
                d = stem + end
                if d != w and d in words and not kb.demonym_country(d) and re.search(r"\b" + d + r"\s+[a-z]", text):
                    out.names[name_key(w)] = w
                    out.demonyms[d] = w
                    out.countries.add(w)
    # a state noun for "president" only counts when another sign agrees (companies have presidents too)
    weak: dict[str, int] = {}
    for rx in (_STATE_OF, _STATE_POSS):
        for m in rx.finditer(text):
            name = m.group(1)
            if not unknown(name):
                continue
            noun = m.group(0).lower()
            strong = not any(x in noun for x in ("president", "people", "capital", "army", "border"))
            weak[name] = weak.get(name, 0) + (2 if strong else 1)
            if any(x in noun for x in ("republic", "kingdom", "embassy", "foreign")):
                out.countries.add(name)
    for name, score in weak.items():
        if score >= 2:
            out.names[name_key(name)] = name
    return out
