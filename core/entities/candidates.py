"""Finding candidate actor and place mentions in one sentence.

A `Candidate` is a stretch of a sentence that names (or plainly describes) an actor or a place, with the
clues found around it: knowledge-base hits, a title before it, the verb after it, a place cue before it.
`resolve` later groups candidates into actors and places and decides what each one is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field


from . import lexicon as lx
from .clues import PLURAL_PLACE_WORD_KIND, gather_clues
from .kb import Hit, KnowledgeBase
from .tokens import acronym_of, tokenize
from .words import (adjective_compound, is_common_compound, is_dictionary_word, is_plural_noun, lemmas, name_words,
                    nominal_kind, plain as _plain, plural_demonym, tidy_affiliation)

__all__ = ["Candidate", "SentenceScanner", "is_dictionary_word", "name_words"]

_AFFIL = re.compile(r"^(?P<pre>[A-Z][\w.]*?)[-‐‑]?(?P<suf>" + "|".join(lx.AFFILIATION_SUFFIXES) + r")$")
_QUOTES = set("\"'‘’“”«»([{-–—:")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    sentence: int
    words: list[str]
    hits: list[Hit] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)  # kind name -> weight ("person", "place", "government"...)
    title: str | None = None
    country: str | None = None
    place_kind: str | None = None
    nominal: bool = False  # a description ("Iraqi forces"), not a name
    group_key: str | None = None  # candidates with the same key are one actor
    display: str | None = None
    order: int = 0
    agentive: bool = False  # followed by a reporting or acting verb
    modifiers: list[str] = field(default_factory=list)  # "kurdish-led": descriptions attached to this name
    regime: bool = False  # called a regime ("Assad regime", "Assad's regime")
    regime_span: tuple[int, int] | None = None  # where the word "regime" is
    regime_glued: bool = False  # "Assad regime" (one phrase) rather than "Assad's regime"
    gov_link: bool = False  # "X regime", "X's administration": the government X leads
    phrase_start: int | None = None  # "the government in Iraq": where the describing phrase starts

    def vote(self, kind: str, weight: float = 1.0) -> None:
        self.votes[kind] += weight


_NOT_AFTER_NAME_S = frozenset(("been", "not", "got", "gotten", "going", "a", "an", "the", "just", "also", "never",
                               "already", "still", "now", "only", "due", "about"))
_VERBS_AFTER_NAME_S = frozenset(("will", "would", "could", "should", "can", "might", "must", "said", "says", "has",
                                 "had", "did", "does", "is", "was", "were", "are"))
_CLOSING = frozenset(",.;:)!?\"”’'")


def _names_with_s(kb: KnowledgeBase) -> frozenset[str]:
    """Last words of knowledge-base names that end in 's ("mcdonald's"), lower case, straight apostrophe."""
    cached = getattr(kb, "_names_with_s", None)
    if cached is None:
        words = set()
        for a in kb.actors.values():
            for n in (a.name, *a.aliases):
                last = n.replace("’", "'").split()[-1:] if n else []
                if last and last[0].lower().endswith("'s"):
                    words.add(last[0].lower())
        cached = frozenset(words)
        kb._names_with_s = cached
    return cached


def _glue_name_final_s(toks: list, kb: KnowledgeBase) -> list:
    """ "Moody's downgraded", "at McDonald's said", "Macy's will close": an 's that ends a business name is part
    of it, not a possessive. It is one when the knowledge base knows the name with it, or when what follows
    cannot be the thing possessed: a verb that is no noun or adjective, or the end of the phrase."""
    out = None
    for k, t in enumerate(toks):
        if not (t.is_possessive and k > 0) or (out or toks)[-1 if out else k - 1].end != t.start:
            if out is not None:
                out.append(t)
            continue
        prev = out[-1] if out else toks[k - 1]
        if not (prev.is_word and prev.text[:1].isupper()):
            if out is not None:
                out.append(t)
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if kb.lookup(prev.text):
            glue = False  # "Obama's will", "Israel's army": a known name's 's is a possessive
        elif (prev.text + "'s").lower() in _names_with_s(kb):
            glue = True  # the knowledge base has the name with its 's
        elif nxt is not None and nxt.lower in _VERBS_AFTER_NAME_S:
            glue = True
        elif nxt is not None and nxt.text[:1].islower() and nxt.lower not in _NOT_AFTER_NAME_S:
            kinds = lemmas(nxt.lower)
            glue = bool(kinds) and ("VERB" in kinds or "AUX" in kinds) and "NOUN" not in kinds and "ADJ" not in kinds
        else:
            glue = nxt is None or nxt.text in _CLOSING
        if out is None:
            out = list(toks[:k])
        if glue:
            out[-1] = type(prev)(prev.text + t.text, prev.start, t.end)
        else:
            out.append(t)
    return toks if out is None else out


class SentenceScanner:
    """Candidates of one sentence."""

    def __init__(self, text: str, kb: KnowledgeBase, sentence: int, start: int, end: int,
                 title_case: bool = False, name_words: frozenset[str] = frozenset(),
                 local_demonyms: dict[str, str] | None = None, tokens: list | None = None) -> None:
        self.text = text
        self.local_demonyms = local_demonyms or {}
        self.name_words = name_words  # capitalised words seen inside sentences elsewhere in the document
        self.kb = kb
        self.sentence = sentence
        self.toks = _glue_name_final_s(tokens if tokens is not None else tokenize(text, start, end), kb)
        self.title_case = title_case
        self.claimed = [False] * len(self.toks)
        self.out: list[Candidate] = []
        # index of the first word of the sentence, past opening quotes and dashes
        self.first = 0
        while self.first < len(self.toks) and self.toks[self.first].text in _QUOTES:
            self.first += 1

    # ------------------------------------------------------------------------------------------ helpers
    def _cand(self, i: int, j: int, **kw) -> Candidate:
        t0, t1 = self.toks[i], self.toks[j - 1]
        end = t1.end
        if t1.text.lower() in lx.NAME_ABBREVIATIONS and self.text[end:end + 1] == ".":
            end += 1
        c = Candidate(t0.start, end, self.text[t0.start:end], self.sentence,
                      [t.text for t in self.toks[i:j]], **kw)
        c._i, c._j = i, j  # token range, for context checks
        return c

    def _word(self, i: int) -> str:
        return self.toks[i].text.lower() if 0 <= i < len(self.toks) else ""

    def _is_cap(self, i: int) -> bool:
        if not (0 <= i < len(self.toks)):
            return False
        t = self.toks[i]
        return t.is_word and t.is_capitalised and not t.text.isdigit()

    def _demonym(self, word: str) -> str | None:
        """The country of a demonym: ISO code of a known country, or the name of one the article made
        known ("Ostravian" -> "Ostravia", see `local_countries`)."""
        return self.kb.demonym_country(word) or self.local_demonyms.get(word)

    def _clause_start(self, i: int) -> bool:
        """The first word of the sentence, or of a clause after a dash ("VALDERNA, March 14 - Floodwaters")."""
        return i == self.first or (i > 0 and self.toks[i - 1].text in ("-", "–", "—", ":"))

    # ------------------------------------------------------------------------------------------ passes
    def scan(self) -> list[Candidate]:
        self._state_abbreviations()
        self._commodity_grades()
        self._kb_names()
        self._affiliations()
        self._demonym_phrases()
        self._name_chunks()
        for c in self.out:
            gather_clues(self, c)
        self.out.sort(key=lambda c: c.start)
        return self.out

    def _commodity_grades(self) -> None:
        """"Brent crude", "Urals blend", "Dubai crude": one capitalised word before a grade noun names a traded
        oil grade, not a place or an actor; its words are claimed so no later pass reads them as a name."""
        toks = self.toks
        for i in range(len(toks) - 1):
            if self._is_cap(i) and _plain(toks[i + 1]) in lx.COMMODITY_GRADE_NOUNS and not toks[i].is_all_caps \
                    and not self._demonym(toks[i].text) \
                    and (i == 0 or not self._is_cap(i - 1) or self._demonym(toks[i - 1].text)):
                self.claimed[i] = True

    def _kb_names(self) -> None:
        """Longest knowledge-base names first ("Syrian Democratic Forces" before "Syrian")."""
        toks, n = self.toks, len(self.toks)
        i = 0
        maxlen = self.kb.max_name_tokens
        while i < n:
            if not self._is_cap(i) or self.claimed[i]:
                i += 1
                continue
            found = None
            for j in range(min(n, i + maxlen), i, -1) if self.kb.may_start_name(toks[i].text) else ():
                if not toks[j - 1].is_word:
                    continue
                surface = self.text[toks[i].start:toks[j - 1].end]
                hits = self.kb.lookup(surface)
                if hits:
                    found = (j, hits)
                    break
            if found is None:
                parts = re.split(r"[-‐‑]", toks[i].text)
                if len(parts) > 1 and all(p and p[0].isupper() and self.kb.lookup(p) for p in parts):
                    pos = toks[i].start
                    for p in parts:
                        c = Candidate(pos, pos + len(p), p, self.sentence, [p], hits=self.kb.lookup(p))
                        c._i, c._j = i, i + 1
                        c.vote("place", 1)
                        self.out.append(c)
                        pos += len(p) + 1
                    self.claimed[i] = True
                i += 1
                continue
            j, hits = found
            if self._part_of_longer_name(i, j, hits):
                i = j
                continue
            # "Euphrates River Valley": a known place plus a place word is a place of its own
            if any(h.place for h in hits) and j < n and self._is_cap(j) and _plain(toks[j]) in lx.PLACE_HEADS:
                self._chunk_part(i, j + 1)
                for k in range(i, j + 1):
                    self.claimed[k] = True
                i = j + 1
                continue
            if self._region_of_states(i, j, hits):
                i = j + 1
                continue
            if j - i == 1 and i == self.first and not toks[i].is_all_caps and is_dictionary_word(toks[i].text) \
                    and not any(h.actor_id for h in hits) and self._is_cap(i + 1) is False:
                i += 1  # a sentence-initial common word that happens to be a place name
                continue
            c = self._cand(i, j, hits=hits)
            self.out.append(c)
            for k in range(i, j):
                self.claimed[k] = True
            if any(h.actor_id in self.kb.actors and self.kb.actors[h.actor_id].kind.value == "person" for h in hits):
                self._title_before(c, i)
            i = j

    def _region_of_states(self, i: int, j: int, hits: list[Hit]) -> bool:
        """"the Baltic states", "the Gulf states", "the Balkan countries": a known sea or region before a plural
        noun of states is an adjective; the phrase names the group of countries, a region, not the sea."""
        toks = self.toks
        if j >= len(toks) or toks[j].text not in lx.STATE_GROUP_NOUNS or not hits:
            return False
        if not all(h.place and h.place.kind.value in ("sea", "region", "other") for h in hits):
            return False
        c = self._cand(i, j + 1)
        c.vote("place", 5)
        c.place_kind = "region"
        self.out.append(c)
        for k in range(i, j + 1):
            self.claimed[k] = True
        return True

    def _title_before(self, c: Candidate, i: int) -> None:
        """"Syrian President Bashar al-Assad": the title before a person the knowledge base knows."""
        toks = self.toks
        q = i
        while q > 0 and self._is_cap(q - 1) and not self.claimed[q - 1] and _plain(toks[q - 1]) in lx.TITLE_WORDS:
            q -= 1
        if q == i or _plain(toks[i - 1]) not in lx.TITLE_HEADS:
            return
        if q > 0 and self._is_cap(q - 1) and not self.claimed[q - 1]:
            iso = self._demonym(toks[q - 1].text)
            if iso:
                q -= 1
                c.country = iso
            elif is_dictionary_word(toks[q - 1].text) and _plain(toks[q - 1]) not in lx.NEVER_NAMES:
                q -= 1  # "Trade Minister"
        c.title = self.text[toks[q].start:toks[i - 1].end]
        c.vote("person", 5)
        for k in range(q, i):
            self.claimed[k] = True

    def _part_of_longer_name(self, i: int, j: int, hits: list[Hit]) -> bool:
        """A country, capital or place name inside a longer name ("Qatar Airways", "Air China", "McDonnell
        Douglas", "Bank of America") is left to the name chunker."""

        def joins(k: int) -> bool:
            if not self._is_cap(k) or self.claimed[k]:
                return False
            t = self.toks[k]
            w = _plain(t)
            return not (w in lx.NEVER_NAMES or w in lx.TITLE_WORDS or w in lx.ORG_CUE_NOUNS or self._demonym(t.text)
                        or (k >= j and t.text in self.kb.given_names) or _AFFIL.match(t.text)
                        or any(ch.isdigit() for ch in t.text) or self.kb.lookup(t.text)
                        or w in lx.NON_NAME_ADJECTIVES or (k == self.first and is_dictionary_word(t.text)))

        after = j < len(self.toks) and joins(j)
        before = i > 0 and joins(i - 1) or self._institution_of(i, hits)
        if j < len(self.toks) and self._word(j) == "of" and j + 1 < len(self.toks) and self._is_cap(j + 1):
            after = True
        if after and j < len(self.toks) and _plain(self.toks[j]) in lx.PLACE_HEADS and any(h.place for h in hits):
            return False  # "Euphrates River Valley": extended by the caller
        return after or before

    def _institution_of(self, i: int, hits: list[Hit]) -> bool:
        """"Royal Bank of Scotland", "Central Bank of Nigeria", "University of Edinburgh", "Church of England":
        a known place after "of" ends the name of an institution whose capitalised head word stands before
        "of"; the whole run is one name. "the Government of Iraq" is left to the place (it is Iraq's
        government, see `clues`)."""
        toks = self.toks
        if i < 2 or self._word(i - 1) != "of" or not self._is_cap(i - 2) or self.claimed[i - 2]:
            return False
        head = _plain(toks[i - 2])
        if head not in lx.ORG_HEADS or head in lx.INSTITUTION_HEADS_NOT_OF_COUNTRY and any(
                (h.actor_id or "").startswith("country:") for h in hits):
            return False
        return True

    def _state_abbreviations(self) -> None:
        """"Avon, Conn.": a US state written the newspaper way, after a comma and with its full stop."""
        toks = self.toks
        for i, t in enumerate(toks):
            if self.claimed[i] or i == 0 or toks[i - 1].text != "," or not t.text[0].isupper():
                continue
            key = t.text.lower().replace(".", "")
            dotted = t.text.endswith(".") or self.text[t.end:t.end + 1] == "."
            if key in lx.US_STATE_ABBREVIATIONS and dotted:
                end = t.end + (0 if t.text.endswith(".") else 1)
                c = Candidate(t.start, end, self.text[t.start:end], self.sentence, [t.text])
                c._i, c._j = i, i + 1
                c.vote("place", 5)
                c.place_kind = "region"
                c.country = "US"
                c.display = lx.US_STATE_ABBREVIATIONS[key]
                c.group_key = "usstate:" + key
                self.out.append(c)
                self.claimed[i] = True

    def _affiliations(self) -> None:
        """ "Kurdish-led forces", "Iranbacked", "Isis-held territory": who leads or backs whom."""
        for i, t in enumerate(self.toks):
            if self.claimed[i] or not t.is_word:
                continue
            m = _AFFIL.match(t.text)
            if not m or len(m.group("pre")) < 2:
                continue
            pre, suf = m.group("pre"), m.group("suf")
            if i > 0 and self._is_cap(i - 1) and not self.claimed[i - 1] and "-" in t.text:
                continue  # "Hong Kong-based": the name runs on to the left; the name chunker takes the run
            pre_iso = self._demonym(pre)
            pre_hits = [] if pre_iso else [h for h in self.kb.lookup(pre) if h.actor_id]
            if pre_hits and pre_hits[0].actor_id.startswith("country:"):
                pre_iso = pre_hits[0].actor_id.split(":", 1)[1]  # "Iranbacked" = "Iranian-backed"
            self.claimed[i] = True
            modifier = f"{(pre_iso or (pre_hits[0].actor_id if pre_hits else pre)).lower()}-{suf}"
            # the thing modified: a lower-case head noun, or a following name
            k = i + 1
            head = None
            while k < len(self.toks) and k <= i + 3 and self.toks[k].is_word and not self._is_cap(k):
                w = self._word(k)
                if w in lx.ARMED_NOUNS or w in lx.GROUP_NOUNS or w in ("coalition", "alliance", "government",
                                                                      "forces", "groups", "militia"):
                    head = k
                    break
                k += 1
            if pre_hits and not pre_iso and suf in ("held", "controlled", "run", "owned", "dominated"):
                # "Isis-held territory": a mention of the holder itself
                c = Candidate(t.start, t.start + len(pre), pre, self.sentence, [pre], hits=pre_hits)
                c._i, c._j = i, i + 1
                self.out.append(c)
                continue
            if head is not None:
                phrase = self.text[t.start:self.toks[head].end]
                c = self._cand(i, head + 1, nominal=True)
                hw = self._word(head)
                kind = "armed_group" if hw in lx.GROUP_NOUNS or hw in ("forces", "militia", "groups") else (
                    "international_organisation" if hw in ("coalition", "alliance") else "armed_group")
                c.vote(kind, 3)
                c.group_key = f"affil:{modifier}:{hw}"
                c.display = tidy_affiliation(phrase, pre, suf)
                c.modifiers.append(modifier)
                for k2 in range(i, head + 1):
                    self.claimed[k2] = True
                self.out.append(c)
            else:
                # modifies the following name: remembered on it
                self._pending_modifier = (i + 1, modifier)

    def _demonym_phrases(self) -> None:
        """ "Iraqi forces", "Syrian state media", "the Russian Defence Ministry", "American and Iranian-backed
        forces"."""
        toks, n = self.toks, len(self.toks)
        for i in range(n):
            if self.claimed[i] or not toks[i].is_word:
                continue
            iso = self._demonym(toks[i].text) if self._is_cap(i) else None
            if not iso:
                continue
            # coordination: "American and Iranian-backed forces" -> the head is shared
            k = i + 1
            if self._word(k) in ("and", "or") and k + 1 < n and (self._demonym(toks[k + 1].text)
                                                               or _AFFIL.match(toks[k + 1].text)):
                k += 2
            # up to two modifiers then a head noun
            best = None
            for span_end in range(k, min(n, k + 3)):
                phrase = " ".join(self._word(x) for x in range(k, span_end + 1))
                last = self._word(span_end)
                if not toks[span_end].is_word or _plain(toks[span_end]) in lx.NEVER_NAMES:
                    break
                kind = nominal_kind(phrase, last)
                if kind:
                    best = (span_end, kind)
                    break
            if best is None:
                continue
            end, kind = best
            head_words = [toks[x].text for x in range(k, end + 1)]
            capital_head = all(self._is_cap(x) for x in range(k, end + 1))
            # "Lebanese militia Hezbollah": a description of the name that follows, not an actor of its own
            if self._is_cap(end + 1) and not capital_head and kind != "government":
                self._describe_next = (end + 1, iso)
                for x in range(i, end + 1):
                    self.claimed[x] = True
                continue
            c = self._cand(i, i + 1, nominal=not capital_head)
            c.end = toks[end].end if k == i + 1 else toks[i].end
            c.text = self.text[c.start:c.end]
            c.country = iso
            c.vote(kind, 3)
            dem = toks[i].text
            head = " ".join(head_words)
            if kind == "government":
                c.group_key = f"country:{iso}" if head.lower() in ("government", "regime", "authorities",
                                                                   "administration", "state", "officials",
                                                                   "official") else None
                c.regime = head.lower() == "regime"
                c.display = f"{dem} {head}"
            elif kind == "armed_forces":
                c.group_key = f"forces:{iso}"
                c.display = f"{dem} forces"
            elif kind == "media":
                c.group_key = f"media:{iso}" if not capital_head else None
                c.display = f"{dem} state media" if not capital_head else f"{dem} {head}"
            else:
                c.group_key = f"{kind}:{iso}:{head.lower()}"
                c.display = f"{dem} {head}"
            if capital_head:
                c.group_key = None  # a named body: "Russian Defence Ministry", "Syrian TV"
                c.display = f"{dem} {head}"
                c.end = toks[end].end
                c.text = self.text[c.start:c.end]
                c.nominal = False
                if kind == "media":
                    c.group_key = f"media:{iso}"
                    c.display = None
            for x in range(i, end + 1 if k == i + 1 else i + 1):
                self.claimed[x] = True
            self.out.append(c)
            if k != i + 1:
                # the second conjunct stays for the affiliation pass / its own demonym
                pass

    def _plural_possessive_inside(self, j: int) -> bool:
        """Token j is the apostrophe of a plural possessive inside an organisation's name: it follows a
        capitalised plural directly and the capitalised run after it ends in an organisation head ("Farmers'
        Union", "Veterans' Affairs Department"); a possessive before a person or place ("the Lions' Warren
        Gatland") is left alone."""
        toks, n = self.toks, len(self.toks)
        if toks[j].text not in ("'", "’") or toks[j].start != toks[j - 1].end:
            return False
        before = toks[j - 1].text
        if not (before[-1:] == "s" and self._is_cap(j - 1)) or j + 1 >= n or not self._is_cap(j + 1):
            return False
        k = j + 1
        while k < n and self._is_cap(k) and not self.claimed[k]:
            k += 1
        return _plain(toks[k - 1]) in lx.ORG_HEADS or _plain(toks[k - 1]) in ("affairs", "ministry", "department")

    _BODY_NOUNS = frozenset(("union", "party", "alliance", "federation", "association", "council", "movement",
                             "front", "coalition", "committee", "confederation", "league"))

    def _and_inside_named_body(self, i: int, j: int) -> bool:
        """ "the United Food and Commercial Workers union", "the Amalgamated Engineering and Electrical Union":
        capitalised words on both sides of "and", then a word for a body, make one name. Two names ("Northwind Foods and Harbour Snacks") do not:
        the first part must not end in a company word, and a known name on either side keeps them apart."""
        toks, n = self.toks, len(self.toks)
        k = j + 1
        while k < n and self._is_cap(k) and not self.claimed[k]:
            k += 1
        if k > j + 1 and k + 2 < n and toks[k].text == "(" and toks[k + 2].text == ")" \
                and toks[k + 1].is_all_caps and len(toks[k + 1].text) >= 3 and j - i <= 4 \
                and acronym_of([t.text for t in toks[i:k] if t.is_word and t.lower not in lx.NAME_JOINERS]) \
                == toks[k + 1].text:
            return True  # "Movement for Unity and Justice (MUJ)": the acronym spells the whole name
        if k == j + 1 or not ((k < n and toks[k].lower in self._BODY_NOUNS) or _plain(toks[k - 1]) in self._BODY_NOUNS):
            return False
        if _plain(toks[j - 1]) in lx.ORG_HEADS or j - i > 4 or k - j > 5:
            return False
        return not any(self.kb.lookup(t.text) for t in toks[i:k] if t.is_word)

    def _headless_and_tail(self, i: int, j: int) -> bool:
        """ "the Fire Service and Civil Defence": a body's name ending in its head word ("Service", "Council")
        goes on past "and" when what follows is a short run of common words that has no head of its own and
        could name nothing alone; two bodies ("the Foreign Office and Home Office", "Ford Motor and General
        Electric") each keep their head and stay apart."""
        toks, n = self.toks, len(self.toks)
        if j - i < 2 or lx.ORG_HEADS.get(_plain(toks[j - 1])) not in ("organisation", "government"):
            return False
        k = j + 1
        while k < n and self._is_cap(k) and not self.claimed[k]:
            k += 1
        tail = toks[j + 1:k]
        if not 1 <= len(tail) <= 3 or (k < n and toks[k].lower in lx.NAME_JOINERS and k + 1 < n
                                         and self._is_cap(k + 1)):
            return False
        return all(is_dictionary_word(t.text) and not t.is_all_caps and _plain(t) not in lx.ORG_HEADS
                   and _plain(t) not in lx.PLACE_HEADS and _plain(t) not in lx.NEVER_NAMES
                   and _plain(t) not in lx.TITLE_HEADS and _plain(t) not in lx.MONTHS | lx.WEEKDAYS
                   and t.text not in self.kb.given_names and not self._demonym(t.text)
                   and not self.kb.lookup(t.text) for t in tail) \
            and not self.kb.lookup(self.text[tail[0].start:tail[-1].end])

    def _name_chunks(self) -> None:
        """Runs of capitalised words not claimed yet: people, organisations, places."""
        toks, n = self.toks, len(self.toks)
        i = 0
        while i < n:
            if self.claimed[i] or not self._is_cap(i):
                i += 1
                continue
            j = i + 1
            while j < n and not self.claimed[j]:
                if toks[j - 1].text.endswith(".") and _plain(toks[j - 1]) in lx.NAME_ABBREVIATIONS:
                    break  # "Carnival Cruise Lines Inc. Carnival ...": the name ended at "Inc."
                if _plain(toks[j - 1]) in lx.NAME_ABBREVIATIONS | {"llc", "ag", "sa", "nv", "gmbh"} \
                        and toks[j].text in self.kb.given_names:
                    break  # "chairman of Chrysler LLC Jim Press"
                if self._is_cap(j):
                    j += 1
                    continue
                if (toks[j].lower in lx.NAME_JOINERS | {"do"} and toks[j].lower != "and" and j + 1 < n
                        and (toks[j].lower != "do" or (j - 1 > self.first and _plain(toks[j - 1]) not in
                                                        lx.NEVER_NAMES))
                        and self._is_cap(j + 1) and not self.claimed[j + 1] and toks[j].lower not in ("the",)
                        and not (toks[j].lower in ("of", "for") and toks[i].text in self.kb.given_names
                                 and _plain(toks[j - 1]) not in lx.ORG_HEADS)
                        and not (toks[j].lower in ("of", "for") and self._surname_before(i, j))):
                    j += 1
                    continue
                if (toks[j].lower == "and" and any(_plain(toks[x]) in lx.AND_OPENERS and toks[x + 1].lower in
                                                   ("of", "for") for x in range(i, j - 1)) and j + 1 < n
                        and self._is_cap(j + 1) and not self.claimed[j + 1]):
                    # "Department of Health and Human Services": the body's head opens it, "of" what follows;
                    # "the Foreign Office and Home Office" are two bodies, each ending in its head
                    j += 1
                    continue
                if (toks[j].lower in ("of", "for") and j + 2 < n and toks[j + 1].lower == "the"
                        and self._is_cap(j + 2) and not self.claimed[j + 2] and _plain(toks[j - 1]) in lx.ORG_HEADS):
                    j += 2  # "the Institute for the Study of War", "the Organisation for the Prohibition of ..."
                    continue
                if toks[j].lower == "and" and (self._and_inside_named_body(i, j) or self._headless_and_tail(i, j)):
                    j += 1  # "the United Food and Commercial Workers union"
                    continue
                if (toks[j].is_word and toks[j].text.islower() and len(toks[j].text) <= 4 and j + 1 < n
                        and self._is_cap(j + 1) and not self.claimed[j + 1] and "-" not in toks[j].text
                        and not is_dictionary_word(toks[j].text)):
                    j += 1  # a foreign particle: "Dar es Salaam", "Daniel arap Moi"
                    continue
                if self._plural_possessive_inside(j):
                    j += 1  # "National Farmers' Union", "Port Employers' Association"
                    continue
                break
            # a joiner at the end is not part of the name
            while j > i + 1 and not self._is_cap(j - 1):
                j -= 1
            self._chunk(i, j)
            i = j

    def _coordinated_place_word(self, j: int) -> str | None:
        """The place kind when the name ending before token `j` is one of several coordinated names before a
        plural place word: "Feni and Noakhali districts", "the Meghna, Padma and Jamuna rivers"."""
        k, seen_and = j, False
        while k < len(self.toks) and k <= j + 8:
            w = self._word(k)
            if w in PLURAL_PLACE_WORD_KIND:
                return PLURAL_PLACE_WORD_KIND[w] if (seen_and or k == j) and k > 0 else None
            if w in ("and", ","):
                seen_and = seen_and or w == "and"
            elif not self._is_cap(k):
                return None
            k += 1
        return None

    def _surname_before(self, i: int, j: int) -> bool:
        """"Eleni Vlachou of New Democracy": two or three capitalised words ending in one that is no English
        word, no name head and no acronym read as a person's name; "of" after it opens their party, firm or
        town, not more of the name ("Royal Bank of Scotland", "Democratic Republic of Congo" go on)."""
        toks = self.toks
        if not 2 <= j - i <= 3 or not all(self._is_cap(k) for k in range(i, j)):
            return False
        last = toks[j - 1]
        return not last.is_all_caps and not is_dictionary_word(last.text) and "-" not in last.text \
            and _plain(last) not in lx.ORG_HEADS and _plain(last) not in lx.PLACE_HEADS \
            and _plain(last) not in lx.TITLE_WORDS and not self._demonym(last.text)

    def _chunk(self, i: int, j: int) -> None:
        toks = self.toks
        if j - i > 1 and plural_demonym(self.kb, " ".join(t.text for t in toks[j - 2:j])):
            return  # "(Many) New Zealanders": people of a nation (before "New" is dropped as an opening word)
        if j - i >= 2 and i == self.first and _plain(toks[i]) in lx.ORG_CUE_NOUNS:
            i += 1  # "Carmaker Drevon recalls ...", "Rival Taskar Motors said": the cue opens the sentence
        if _plain(toks[i]) in lx.EVENT_OPENERS and j - i > 1:
            return  # "Hurricane Hugo"
        headed = j - i >= 2 and (_plain(toks[j - 1]) in lx.ORG_HEADS or _plain(toks[j - 1]) in lx.PLACE_HEADS
                                 or self._head_before_of(i, j))
        if headed and i == self.first and "ADV" not in lemmas(toks[i].lower) \
                and _plain(toks[i]) not in lx.NEVER_NAMES:
            self._chunk_part(i, j)  # "Coastline Shipping Inc. said": the first word belongs to the name
            return
        # drop words that are never names, months and days, and a sentence-initial common word
        while i < j and (_plain(toks[i]) in lx.NEVER_NAMES
                         or (i == self.first and is_dictionary_word(toks[i].text)
                             and _plain(toks[i]) not in lx.TITLE_WORDS and toks[i].text not in self.name_words
                             and toks[i].text not in self.kb.given_names and not toks[i].is_all_caps)):
            i += 1
        if i >= j:
            return
        if j - i >= 2 and adjective_compound(toks[j - 1].text):
            self._compound_prefix(i, j)  # "a Marshall Islands-flagged tanker": an adjective, not a name
            return
        if j - i == 1 and self._clause_start(i) and is_common_compound(toks[i].text) \
                and toks[i].text not in self.name_words:
            return  # "Floodwaters swept ...": a compound common noun opening the sentence
        # split at months and weekdays inside the run
        for k in range(i, j):
            if _plain(toks[k]) in lx.MONTHS | lx.WEEKDAYS:
                self._chunk_part(i, k)
                self._chunk(k + 1, j) if k + 1 < j else None
                return
        self._chunk_part(i, j)

    def _head_before_of(self, i: int, j: int) -> bool:
        """"Royal Bank of Scotland", "National University of Singapore": the run names an institution by the
        head word before its "of", so an adjective opening it ("Royal", "Central", "National") is part of it."""
        toks = self.toks
        return any(toks[x].lower == "of" and self._is_cap(x - 1) and _plain(toks[x - 1]) in lx.ORG_HEADS
                   for x in range(i + 1, j - 1))

    def _compound_prefix(self, i: int, j: int) -> None:
        """ "a Marshall Islands-flagged tanker", "a Hong Kong-based fund", "New York-owned": a run of capitalised
        words ending in a hyphenated adjective is no name of its own. What stands before the hyphen may be a
        place mention: when the knowledge base knows it as a place, or it ends in a place word ("Cayman
        Islands"); anything else is dropped."""
        toks = self.toks
        last = toks[j - 1]
        prefix = re.split(r"[-‐‑]", last.text)[:-1]
        end = last.start + len("-".join(prefix))
        start = toks[i].start
        surface = self.text[start:end]
        hits = [h for h in self.kb.lookup(surface) if h.place or (h.actor_id or "").startswith("country:")]
        head = prefix[-1].lower() if prefix else ""
        if not hits and head not in lx.PLACE_HEADS:
            return
        c = Candidate(start, end, surface, self.sentence, [t.text for t in toks[i:j - 1]] + ["-".join(prefix)],
                      hits=hits)
        c._i, c._j = i, j
        c.vote("place", 3)
        self.out.append(c)

    def _chunk_part(self, i: int, j: int) -> None:
        if i >= j:
            return
        toks = self.toks
        if j - i == 1 and self._demonym(toks[i].text):
            return  # a lone demonym is an adjective ("the Syrian side", "a senior American official")
        if any(ch.isdigit() for t in toks[i:j] for ch in t.text):
            return  # model numbers and equipment ("Tu-22M", "A380") are not actors
        if _plain(toks[i]) in lx.EVENT_OPENERS and j - i > 1:
            return  # "Hurricane Hugo", "Operation Inherent Resolve"
        if self.title_case and not any(self.kb.lookup(t.text) for t in toks[i:j]):
            # in a Title Case headline capitals say nothing; names are picked up from the body instead
            self._headline_words(i, j)
            return
        # title: [demonym] title-words... then the name
        k = i
        iso = None
        if self._demonym(toks[k].text) and k + 1 < j:
            iso = self._demonym(toks[k].text)
            k += 1
        t_end = k
        # one or two modifier words may open a title: "Trade Minister", "Surgeon General", "Commerce Secretary"
        for lead in (1, 2):
            if k + lead < j and _plain(toks[k + lead]) in lx.TITLE_HEADS and all(
                    is_dictionary_word(toks[x].text) and _plain(toks[x]) not in lx.NEVER_NAMES
                    for x in range(k, k + lead)):
                t_end = k + lead
                break
        while t_end < j and _plain(toks[t_end]) in lx.TITLE_WORDS:
            t_end += 1
        while t_end > k and _plain(toks[t_end - 1]) not in lx.TITLE_HEADS:
            t_end -= 1
        if t_end > k and t_end < j and not self._is_cap(t_end):
            # "Secretary of Defense Donald Rumsfeld": the office runs on to a given name
            g = next((x for x in range(t_end + 1, j) if toks[x].text in self.kb.given_names), None)
            if g is None:
                # an office, not a person ("Secretary of State"); what it is of may be a name of its own
                # ("CEO of Boeing Commercial Airplanes")
                x = t_end
                while x < j and not self._is_cap(x):
                    x += 1
                if x < j and _plain(toks[x]) not in lx.TITLE_WORDS:
                    self._chunk_part(x, j)
                return
            t_end = g
        if t_end > k and t_end < j:
            rest = toks[t_end:j]
            single_common = len(rest) == 1 and rest[0].text not in self.kb.given_names and (
                _plain(rest[0]) in lx.ORG_HEADS or _plain(rest[0]) in lx.PLACE_HEADS
                or _plain(rest[0]) in lx.NEVER_NAMES or is_plural_noun(rest[0].text))
            heads_org = rest[-1].lower.rstrip(".") in lx.ORG_HEADS or (
                len(rest) > 2 and _plain(rest[0]) in lx.ORG_HEADS and rest[1].lower == "of")
            # ("General Confederation of Labour": the head stands before its "of", as in "Ministry of Health")
            if not single_common and not heads_org:
                if len(rest) == 1 and _plain(toks[t_end - 1]) in lx.STYLED_TITLES:
                    # "Sheikh Hasina", "Pope Francis", "King Charles": one name after a title of rank or faith
                    # is how the person is known, title and all ("Hasina" alone is the short form)
                    t_end -= 1
                c = self._cand(t_end, j)
                c.title = self.text[toks[i].start:toks[t_end - 1].end] if t_end > i else None
                c.vote("person", 5)
                if iso:
                    c.country = iso
                self.out.append(c)
                return
        if iso and k >= j:
            return  # a lone demonym is an adjective ("the Syrian side")
        if j - i >= 3 and self._title_inside(i, j):
            return
        if j - i == 1 and sum(ch.isalpha() for ch in toks[i].text) <= 1:
            return  # a lone letter ("Series C", "C.")
        if j - i >= 2 and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper() and all(
                is_dictionary_word(t.text) and t.text not in self.kb.given_names for t in toks[i:j - 1]):
            return  # a grade or series ("Class A drugs", "Series B funding"), not a name ("Malcolm X" is one)
        if j - i == 1 and adjective_compound(toks[i].text):
            return  # "Israeli-built", "Soviet-era"
        if j - i == 1 and (_plain(toks[i]) in lx.NON_NAME_ADJECTIVES or plural_demonym(self.kb, toks[i].text)
                           or toks[i].text.lower().endswith(("n't", "n’t"))
                           or _plain(toks[i]) in lx.TITLE_WORDS or _plain(toks[i]) in lx.PLACE_HEADS
                           or _plain(toks[i]) in lx.ORG_HEADS):
            return
        org_headed = _plain(toks[j - 1]) in lx.ORG_HEADS or self._head_before_of(i, j)
        while i < j and (_plain(toks[i]) in lx.NON_NAME_ADJECTIVES and j - i > 1 and not org_headed
                         or adjective_compound(toks[i].text) and j - i > 1):
            i += 1
        if all(self._demonym(t.text) or plural_demonym(self.kb, t.text)
               or _plain(t) in lx.NON_NAME_ADJECTIVES for t in toks[i:j]):
            return  # "Cuban Americans": people of a nation, not an actor
        while j > i and _plain(toks[j - 1]) in lx.NON_NAME_ADJECTIVES:
            j -= 1  # "Comorian Muslim"
        if j - i == 1 and re.search(r"(?:ian|ean|ese|ish)s?$", toks[i].text) and not self.kb.lookup(toks[i].text) \
                and toks[i].text not in self.kb.given_names:
            return  # an unknown nationality adjective before a noun ("Comorian fishermen")
        if i >= j:
            return
        if iso and k < j:
            # "Syrian TV", "Russian Defence Ministry": a body of that country
            c = self._cand(i, j)
            c.country = iso
            self.out.append(c)
            return
        c = self._cand(i, j)
        if iso:
            c.country = iso
        self.out.append(c)

    def _title_inside(self, i: int, j: int) -> bool:
        """"VOA West Africa Correspondent Purnell Murdock", "Human Services Secretary Donna Shalala": a title in
        the middle of a run; what stands before it is looked at on its own."""
        toks = self.toks
        for p in range(j - 2, i, -1):
            if _plain(toks[p]) not in lx.TITLE_HEADS:
                continue
            rest = toks[p + 1:j]
            if not (1 <= len(rest) <= 4) or _plain(rest[-1]) in lx.ORG_HEADS:
                return False
            if not (rest[0].text in self.kb.given_names
                    or (len(rest) >= 2 and all(not is_dictionary_word(t.text) for t in rest))):
                return False
            q = p
            while q > i and _plain(toks[q - 1]) in lx.TITLE_WORDS:
                q -= 1
            c = self._cand(p + 1, j)
            c.title = self.text[toks[q].start:toks[p].end]
            c.vote("person", 5)
            self.out.append(c)
            if q > i:
                self._chunk_part(i, q)
            return True
        return False

    def _headline_words(self, i: int, j: int) -> None:
        """In a Title Case headline, only words the body also writes with a capital inside a sentence."""
        for k in range(i, j):
            t = self.toks[k]
            w = _plain(t)
            if t.text in self.name_words and w not in lx.NEVER_NAMES and w not in lx.TITLE_WORDS \
                    and w not in lx.ORG_HEADS and w not in lx.PLACE_HEADS:
                c = self._cand(k, k + 1)
                c.vote("weak", 1)
                self.out.append(c)

    # ------------------------------------------------------------------------------------------ context
