"""Definite descriptions that point back to an actor or place named earlier: "the group", "the regime",
"the newspaper", "the city". Found here; `resolve` links each to the most salient fitting antecedent."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
                    "army": "forces", "military": "forces", "armed forces": "forces"})

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
