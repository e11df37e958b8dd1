"""Word tests the entity rules share: dictionary words, verbs, plain forms, name-like shapes."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import word_entry
from . import lexicon as lx
from .kb import KnowledgeBase
from .tokens import Token, tokenize


lemmas = word_entry
"""lemminflect's entry for a lower-case word ({"NOUN": ("attack",), ...}), shared and cached. Read only."""


@lru_cache(maxsize=50_000)
def is_dictionary_word(word: str) -> bool:
    """An English common word (lemminflect knows it), e.g. "Experts", "While"; not "Mayhoub"."""
    w = word.lower()
    return bool(lemmas(w)) or w in lx.NEVER_NAMES


@lru_cache(maxsize=50_000)
def can_be_verb(word: str) -> bool:
    lem = lemmas(word.lower())
    return "VERB" in lem or "AUX" in lem


def plain(t: Token) -> str:
    w = t.text.lower().replace(".", "")
    m = re.match(r"^(\w+)['’](?:re|ll|ve|m|d)$", w)
    return m.group(1) if m else w


def name_words(text: str, spans: list[tuple[int, int]], tokens: dict[tuple[int, int], list] | None = None
               ) -> frozenset[str]:
    """Capitalised words met past the first word of a sentence: "Jobs" in "Steve Jobs said" lets a
    sentence-initial "Jobs" be a name too. `tokens` may hold each span's tokens already made."""
    out = set()
    for start, end in spans:
        made = tokens.get((start, end)) if tokens else None
        toks = [t for t in (made if made is not None else tokenize(text, start, end)) if t.is_word]
        for prev, t in zip(toks, toks[1:]):
            if t.text[0].isupper() and not t.is_all_caps and prev.text[-1] not in ".:":
                out.add(t.text)
    return frozenset(out)


@lru_cache(maxsize=20_000)
def is_plural_noun(word: str) -> bool:
    """ "Dynamics", "Motors": a plural common noun (its noun lemma differs from it)."""
    lem = lemmas(word.lower()).get("NOUN")
    return bool(lem) and word.lower() not in lem and word.lower().endswith("s")


def adjective_compound(word: str) -> bool:
    parts = re.split(r"[-‐‑]", word)
    return len(parts) > 1 and parts[-1].islower() and is_dictionary_word(parts[-1])


# people of a nation whose plural is no demonym plus "s" ("Danes", not "Danishs"); their country's demonym
_IRREGULAR_PEOPLES = {"danes": "danish", "swedes": "swedish", "finns": "finnish", "poles": "polish",
                      "scots": "scottish", "brits": "british", "britons": "british", "turks": "turkish",
                      "kiwis": "new zealand", "swiss": "swiss"}


def plural_demonym(kb: KnowledgeBase, word: str) -> bool:
    """ "Kenyans", "Danes", "New Zealanders", "Icelanders": the people of a nation, no actor's name."""
    if word.endswith("s") and kb.demonym_country(word[:-1]) is not None:
        return True
    if word.lower() in _IRREGULAR_PEOPLES:
        return True
    # "-ers" after a country's name: "New Zealanders", "Icelanders", "Luxembourgers"
    return word.endswith("ers") and any(h.actor_id and h.actor_id in kb.actors and kb.actors[h.actor_id].is_country
                                        for h in kb.lookup(word[:-3]))


def glued_particle(w: str) -> bool:
    return bool(re.match(r"^(?:al|el|ad|as|ash|bin|ibn|abu)[-‐‑]?[A-Z]", w))


def nominal_kind(phrase: str, last: str) -> str | None:
    if phrase in lx.MEDIA_NOUNS or last in ("media", "tv", "television", "radio", "broadcaster"):
        return "media"
    if phrase in lx.ARMED_NOUNS or last in lx.ARMED_NOUNS:
        return "armed_forces"
    if last in ("government", "regime", "authorities", "administration", "ministry", "officials", "official", "cabinet",
                "presidency", "parliament", "embassy"):
        return "government"
    if last in lx.GROUP_NOUNS:
        return "armed_group"
    return None


def tidy_affiliation(phrase: str, pre: str, suf: str) -> str:
    """ "Kurdishled forces" -> "Kurdish-led forces"."""
    m = re.match(r"^(\S+?)[-‐‑]?(" + suf + r")\b(.*)$", phrase)
    if not m:
        return phrase
    return f"{m.group(1)}-{m.group(2)}{m.group(3)}"


@lru_cache(maxsize=20_000)
def is_common_compound(word: str) -> bool:
    """ "Floodwaters", "Stormclouds": two English words run together, the second a plural noun (a singular
    one would take "Facebook" and "Greenpeace" too). Such a word opening a
    sentence is a common noun, not a name (a name such a word may still be, when written with a capital
    inside a sentence elsewhere: the caller checks that)."""
    w = word.lower()
    if not w.isalpha() or len(w) < 7 or is_dictionary_word(w):
        return False
    for cut in range(3, len(w) - 2):
        head, tail = w[:cut], w[cut:]
        if len(tail) < 4:
            break
        if not lemmas(head):
            continue
        lem = lemmas(tail).get("NOUN")
        if lem and tail not in lem:
            return True
    return False
