"""The clues around a candidate: what stands before and after it, and what its own words say.

`gather_clues` adds votes to a `Candidate` (person, place, organisation kinds, "actor" for agency) that
`resolve` weighs when it decides what each actor or place is.
"""

from __future__ import annotations

from . import lexicon as lx
from .anaphora import JUNTA_NOUNS
from .words import can_be_verb, glued_particle, is_dictionary_word


# a lower-case word after a name that makes it a place, and the kind of place
_PLACE_WORD_KIND = {"province": "region", "governorate": "region", "region": "region", "district": "region",
                    "county": "region", "valley": "region", "river": "river", "city": "city", "town": "town",
                    "village": "town", "state": "region", "mountains": "region", "mountain": "region",
                    "hills": "region", "desert": "region", "plateau": "region", "peninsula": "region",
                    "island": "region", "islands": "region", "delta": "region", "basin": "region",
                    "coast": "region", "lake": "sea", "sea": "sea", "bay": "sea", "gulf": "sea", "strait": "sea"}
# "Feni and Noakhali districts", "the Meghna and Jamuna rivers": a plural place word after coordinated names
PLURAL_PLACE_WORD_KIND = {"provinces": "region", "governorates": "region", "regions": "region",
                           "districts": "region", "counties": "region", "valleys": "region", "rivers": "river",
                           "cities": "city", "towns": "town", "villages": "town"}


# people who work for a firm or a lab: "analysts at X" names X an organisation ("workers at Heathrow" may be
# at a place)
_STAFF_NOUNS = frozenset(("analysts", "analyst", "economists", "economist", "researchers", "researcher",
                          "strategists", "strategist", "scientists"))


def gather_clues(self, c) -> None:
    """Votes for candidate `c` from its scanner `self` (tokens, knowledge base)."""
    i, j = c._i, c._j
    toks, n = self.toks, len(self.toks)
    words = [w.lower() for w in c.words]
    last = words[-1].replace(".", "")
    if c.hits or c.nominal:
        pass
    # heads of the name itself
    of_head = words[words.index("of") - 1].replace(".", "") if "of" in words[1:] else ""
    if not c.hits and not c.nominal:
        if of_head in lx.ORG_HEADS and of_head not in ("republic", "kingdom", "state", "states", "emirate") \
                and not lx.ORG_HEADS[of_head] == "place":
            # "Council of State", "Bank of England", "Court of Appeal": the head stands before "of"
            c.vote(lx.ORG_HEADS[of_head], 4)
        elif last in lx.ORG_HEADS and len(words) > 1:
            c.vote(lx.ORG_HEADS[last], 4)
        elif last in lx.ORG_HEADS:
            c.vote(lx.ORG_HEADS[last], 3)
        elif last in lx.PLACE_HEADS and len(words) > 1:
            c.vote("place", 3)
            c.place_kind = lx.PLACE_HEADS[last]
        if len(words) > 1 and words[0].rstrip(".") in lx.PLACE_OPENERS and last not in lx.STATE_GROUP_NOUNS:
            c.vote("place", 3)
            c.place_kind = lx.PLACE_OPENERS[words[0].rstrip(".")]
        if last in lx.NAME_SUFFIXES and len(words) >= 2:
            c.vote("person", 3)
        if c.words[0] in self.kb.given_names and len(words) >= 2:
            c.vote("person", 3.5)
        elif c.words[0] in self.kb.given_names:
            c.vote("person", 1)
        if len(words) >= 2 and all(w[0].isupper() and not is_dictionary_word(w) or w.lower() in lx.PARTICLES
                                   or glued_particle(w) for w in c.words) and last not in lx.ORG_HEADS:
            c.vote("namelike", 1)  # counted once per actor, in resolve
        if len(words) > 1 and self.kb.gazetteer:
            city = self.kb.gazetteer.city(c.words[0])
            if city and city.population >= 100_000 and c.words[0] not in self.kb.given_names:
                c.vote("place", 1.5)  # "London Heathrow"
        if len(c.words) == 1 and toks[i].is_all_caps and len(c.words[0]) <= 6:
            c.vote("organisation", 1)
    # before: a place cue, a person cue, "by"
    prev = self._word(i - 1)
    prev2 = " ".join(self._word(x) for x in (i - 2, i - 1))
    prev3 = " ".join(self._word(x) for x in (i - 3, i - 2, i - 1))
    if prev in ("of", "at") and (self._word(i - 2) in lx.PLACE_CUE_NOUNS or prev3.endswith("border post at")):
        cue = self._word(i - 2)
        if prev3.endswith("border post at"):
            c.place_kind = "border"
        else:
            c.place_kind = lx.PLACE_CUE_NOUNS.get(cue)
        c.vote("place", 4)
        if self._word(i - 3) in () or True:
            dem = self.kb.demonym_country(toks[i - 3].text) if i >= 3 else None
            if dem:
                c.country = c.country or dem
    elif prev in lx.PLACE_PREPOSITIONS and prev != "of":
        c.vote("place", 1.2 if prev in ("in", "near", "at", "into", "across", "toward", "towards",
                                        "outside", "throughout", "inside") else 0.6)
    elif prev == "of":
        c.vote("place", 0.3)
    if prev in lx.ORG_CUE_NOUNS and (not self._is_cap(i - 1) or i - 1 == self.first):
        c.vote("organisation", 2)
    if prev == "in" and self._word(i - 2) in ("shares", "stake", "stakes", "stock", "investment") and not c.hits:
        c.vote("organisation", 2.5)  # "Shares in Drevon fell"
    if prev == "," and not c.hits and not c.nominal:
        # "the dam's operator, Halvard Hydro,", "its founder, Jens Kolding": the noun before names it
        before = self._word(i - 2)
        pair = " ".join(self._word(x) for x in (i - 3, i - 2))
        if pair in lx.APPOSITION_PAIRS:
            c.vote(lx.APPOSITION_PAIRS[pair], 3)
        elif before in lx.APPOSITION_KINDS and not self._is_cap(i - 2):
            c.vote(lx.APPOSITION_KINDS[before], 3)
        elif (before in lx.LOWER_PERSON_CUES or before in lx.PERSON_APPOSITION_NOUNS) and not self._is_cap(i - 2):
            c.vote("person", 3)
    if prev == "," and self._word(i - 2) in lx.PLACE_CUE_NOUNS:
        c.vote("place", 3)  # "the capital, Brenov,"
        c.place_kind = lx.PLACE_CUE_NOUNS[self._word(i - 2)]
    if prev in ("as", "called", "named", "dubbed", "nicknamed") and not c.hits:
        # "a plan, known as Harbour Shield", "an operation dubbed X": the name of a thing, not of an actor
        back = [self._word(x) for x in range(max(0, i - 5), i)]
        if any(w in lx.THING_NOUNS for w in back) and not any(w in lx.APPOSITION_KINDS or w in ("group",)
                                                              for w in back):
            c.vote("thing", 6)
    if prev in ("called", "named") and (self._word(i - 2) in lx.LOWER_PERSON_CUES
                                        or self._word(i - 2) in lx.PERSON_APPOSITION_NOUNS):
        c.vote("person", 3)  # "a former army officer called Idris Malvan"
    if prev in ("by",):
        c.vote("actor", 1.5)
    if prev == "at" and self._word(i - 2) in _STAFF_NOUNS and not c.hits:
        c.vote("organisation", 3)  # "analysts at Berenberg", "researchers at Quorix": where they work
    if self._word(j) == "," and self._word(j + 1) in ("who", "whose") and len(words) == 2 and not c.hits \
            and last not in lx.ORG_HEADS and last not in lx.CLUB_CLOSERS and not is_dictionary_word(c.words[0]):
        c.vote("person", 2.5)  # "said Gul Bano, who fled her village": two name words and "who"
    if prev in lx.LOWER_PERSON_CUES and not self._is_cap(i - 1):
        c.vote("person", 2.5)
    if prev.rstrip(".") in lx.HONORIFICS and not c.hits:
        c.vote("person", 5)  # "Mr Smith", "Dr. Ngozi Adeyemi": the honorific is dropped from the name
    if (len(words) == 2 or len(words[0]) > 5) and len(words) <= 2 and all(w in _COMPASS for w in words) \
            and not c.hits and prev in ("the", "in", "of", "across"):
        c.vote("place", 5)  # "in the North West", "across the Midlands": a compass region of a country
        c.place_kind = "region"
    if len(words) >= 2 and (words[0].rstrip(".") in lx.CLUB_OPENERS or words[-1] in lx.CLUB_CLOSERS) \
            and not c.hits:
        c.vote("organisation", 5)  # "SC Braga", "Blackmoor Rovers": a club, not the town it is named after
    # "X province", "X River"
    nxt = self._word(j)
    if nxt in ("government", "administration", "authorities", "officials", "regime", "forces", "troops",
               "military", "army") and c.hits:
        c.vote("actor", 2)
    if prev in ("governments", "government", "authorities") or prev2 in ("government of", "governments of",
                                                                         "government in", "authorities in"):
        c.vote("actor", 3)
        if prev2 in ("government of", "government in", "authorities in") and c.hits:
            # "the government in Iraq said": the whole phrase is the mention
            g = i - 3 if self._word(i - 3) == "the" else i - 2
            c.phrase_start = toks[g].start
    if nxt in lx.FACILITY_NOUNS and not self._is_cap(j) and not c.hits and self._word(j + 1) not in (
            "operator", "owner", "company", "workers"):
        c.vote("place", lx.FACILITY_NOUNS[nxt])  # "the Kaldera dam"
        c.place_kind = c.place_kind or "facility"
    if nxt in _PLACE_WORD_KIND and not self._is_cap(j):
        c.vote("place", 3)  # "Serin province", "the Atlas mountains", "the Hel peninsula"
        c.place_kind = c.place_kind or _PLACE_WORD_KIND[nxt]
    plural_kind = self._coordinated_place_word(j) if not c.hits else None
    if plural_kind:
        c.vote("place", 3)  # "Feni and Noakhali districts": each name is one of the districts
        c.place_kind = c.place_kind or plural_kind
    # after: verbs of saying and acting, possessives, appositions
    k = j
    if k < n and toks[k].is_possessive:
        after = self._word(k + 1)
        after2 = " ".join(self._word(x) for x in (k + 1, k + 2))
        if after in lx.GOVERNMENT_NOUNS or after2 in lx.GOVERNMENT_NOUNS or after in lx.ARMED_NOUNS:
            c.vote("actor", 2)
            if after in ("regime", "administration", "government"):
                c.regime = after == "regime"
                c.gov_link = True
                c.regime_span = (toks[k + 1].start, toks[k + 1].end)
                c.regime_glued = False
        elif (after in lx.CORPORATE_POSSESSIONS or after2 in lx.CORPORATE_POSSESSIONS) and not c.hits:
            c.vote("organisation", 2.5)  # "Halvard Hydro's chief executive"
        elif after in lx.PLACE_CUE_NOUNS or after in ("border", "north", "south", "east", "west", "territory",
                                                      "largest", "second-largest", "capital", "coast",
                                                      "desert", "countryside", "oil", "population"):
            c.vote("place", 1.5)
    # skip "and Russia" / an apposition to find the verb
    k = _past_name_list(self, k)  # "Egypt, Ethiopia and Sudan agreed": the list's members are no appositions
    if self._word(k) in ("and", "or") and self._is_cap(k + 1):
        k += 2
        while k < n and self._is_cap(k):
            k += 1
    if k < n and toks[k].text == "," and not c.hits:
        # "X, a small armed group", "X, the state utility", "Brevik, a market town": what the name is
        kind, weight, pkind = apposition_kind(self, k + 1)
        if kind == "place":
            c.vote("place", weight)
            c.place_kind = c.place_kind or pkind
        elif kind and prev in ("in", "at", "near", "into", "across", "outside", "inside", "throughout"):
            pass  # "Addressing a conference in Wyoming, the bank chief said": a fronted phrase, not an apposition
        elif kind:
            c.vote(kind, weight)
    fronted = prev in ("in", "at", "near", "into", "across", "outside", "inside", "throughout")
    if k < n and toks[k].text == "," and not fronted:
        # ", a spokesman for ...," : an apposition
        if self._word(k + 1) in ("a", "an", "the", "its", "his", "her") and any(
                self._word(x).replace(".", "") in lx.LOWER_PERSON_CUES | lx.TITLE_HEADS for x in (k + 2, k + 3)):
            c.vote("person", 3)  # ", the Vice Chairman of ...", ", a spokesman for ..." 
        if self._word(k + 1) in lx.LOWER_PERSON_CUES:
            c.vote("person", 2)
        age = self._word(k + 1)
        if age.isdigit() and 1 <= int(age) <= 110 and self._word(k + 2) in (",", "who", "and", ")", ".") \
                and not c.hits:
            c.vote("person", 3)  # "Rahima Begum, 42, who waited": an age after a name is a person's
    if k < n and toks[k].text == "," and self._word(k + 1) in ("the", "a", "an") and c.hits:
        # "France, the former colonial power in neighbouring Senegal, said": the verb after the apposition
        for x in range(k + 2, min(n - 1, k + 12)):
            if toks[x].text == ",":
                if self._word(x + 1) in lx.AGENT_VERBS:
                    k = x + 1
                break
            if not toks[x].is_word:
                break
    _called_itself(self, c, j)
    verb = self._word(k)
    if verb in ("also", "later", "then", "now", "had", "has", "have", "would", "will", "had") and k + 1 < n:
        if verb in ("also", "later", "then", "now"):
            verb = self._word(k + 1)
    if verb in ("has", "had", "have", "will", "would", "was", "is", "were", "are") and \
            self._word(k + 1) in ("been", "be", "being"):
        verb = ""
    person_hit = any(h.actor_id and self.kb.actors[h.actor_id].kind.value == "person" for h in c.hits
                     if h.actor_id in self.kb.actors)
    if nxt in ("regime", "administration", "government") and not self._is_cap(j) and (not c.hits or person_hit):
        c.regime = nxt == "regime"
        c.gov_link = True
        c.regime_span = (toks[j].start, toks[j].end)
        c.regime_glued = True
    if verb in lx.AGENT_VERBS:
        c.agentive = True
        c.vote("actor", 1.5)
    elif verb and toks[k].is_word and not self._is_cap(k) and can_be_verb(verb) and verb not in (
            "in", "on", "at", "to", "of") and prev not in lx.PLACE_PREPOSITIONS and not (
            any(h.metonym for h in c.hits) and (prev in ("the", "a", "an") or (
                self._word(i - 2) in ("the", "a", "an") and i >= 1 and not self._is_cap(i - 1)))):
        # (a capital after "the big" modifies a noun, "the big Lisbon clubs", and is no government)
        c.vote("actor", 0.4)
    if verb in ("said", "says", "told", "added", "explained", "wrote", "stated", "insisted") and len(c.words) <= 3:
        c.vote("speaker", 1)
    # "said X" after a quotation
    if (prev in ("said", "says", "added") and (j >= n or not toks[j].is_word)) or prev2 == "according to":
        c.agentive = True
        c.vote("speaker", 1)
    pm = getattr(self, "_pending_modifier", None)
    if pm and pm[0] == i:
        c.modifiers.append(pm[1])
    dn = getattr(self, "_describe_next", None)
    if dn and dn[0] == i and not c.country:
        c.country = dn[1]


def _called_itself(self, c, j: int) -> None:
    """ "The National Council for Salvation (CNS), as the junta calls itself,": the name is the junta's; "the
    junta" and "the military government" later point back to it (`anaphora.JUNTA_NOUNS`), and a junta
    governs."""
    w = self._word
    k = j + 3 if w(j) == "(" and w(j + 2) == ")" else j
    if w(k) != "," or w(k + 1) != "as" or w(k + 2) != "the":
        return
    for size in (1, 2):
        noun = " ".join(w(x) for x in range(k + 3, k + 3 + size))
        if w(k + 3 + size) in ("calls", "call", "called", "styles", "style", "styled") and \
                w(k + 4 + size) in ("itself", "themselves"):
            if noun in JUNTA_NOUNS:
                c.modifiers.append("called:junta")
                c.vote("government", 4)
            return


_COMPASS = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west", "midwest", "midlands"))

_APPOSITION_STOPS = frozenset({"known", "nicknamed", "called", "dubbed", "based", "which", "that", "who", "whose",
                               "of", "for", "in", "on", "at", "with", "from", "to", "and", "or", "by", "said",
                               "says", "said", "has", "had", "is", "was", "will", "whose", "led", "run", "owned"})


def apposition_kind(self, k: int) -> tuple[str | None, float, str | None]:
    """The kind that the apposition opening at token `k` gives ("a small armed group" -> armed_group), its
    weight and, for places, the place kind. Reads a short noun phrase after a determiner."""
    if self._word(k) not in ("a", "an", "the", "its", "their", "one"):
        return None, 0, None
    words = []
    x = k + 1
    while x < len(self.toks) and x <= k + 5:
        t = self.toks[x]
        w = t.text.lower()
        if t.is_possessive:
            words = []  # "the capital's main daily newspaper": the possessor is not the head
            x += 1
            continue
        if not t.is_word or w in _APPOSITION_STOPS:
            break
        words.append(w)
        x += 1
    if not words:
        return None, 0, None
    for end in range(len(words), 0, -1):
        pair = " ".join(words[end - 2:end]) if end >= 2 else ""
        last = words[end - 1]
        if pair in lx.APPOSITION_PAIRS:
            return lx.APPOSITION_PAIRS[pair], 6, None
        if last in lx.APPOSITION_KINDS:
            return lx.APPOSITION_KINDS[last], 6, None
        if last in lx.APPOSITION_PLACES:
            return "place", 3, lx.APPOSITION_PLACES[last]
        if last in lx.LOWER_PERSON_CUES or last in lx.PERSON_APPOSITION_NOUNS:
            return "person", 2 if last in lx.LOWER_PERSON_CUES else 3, None
    return None, 0, None


def _past_name_list(self, k: int) -> int:
    """Token after the middle members of a list of names that goes on at `k` (", Ethiopia and Sudan" -> "and"),
    or `k` itself when no ", Name, ... and Name" list follows: a capital after a comma is read as an
    apposition ("Brevik, Norway") only when no "and" closes a list."""
    n = len(self.toks)
    x = k
    while x + 1 < n and self._word(x) == "," and self._is_cap(x + 1):
        x += 1
        while x < n and self._is_cap(x):
            x += 1
    if x == k or self._word(x) not in ("and", "or") or not self._is_cap(x + 1):
        return k
    return x
