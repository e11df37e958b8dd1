"""Grouping candidates into actors and places: knowledge-base identity, name variants, surnames, acronyms,
near-miss spellings, regimes, "X-led" descriptions and definite descriptions ("the group")."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..model import Actor, ActorKind, Mention, MentionType, Place, PlaceKind, Span
from . import lexicon as lx
from .anaphora import Reference
from .candidates import Candidate, is_dictionary_word
from .collectives import NOUN_GROUP, Collective, group_kind
from .gazetteer import fuzzy_city
from .kb import KBActor, KBPlace, KnowledgeBase
from .local_countries import LocalCountries
from .tokens import acronym_of, name_key

ACTOR_KINDS = ("organisation", "government", "armed_forces", "armed_group", "media", "international_organisation")
_GLUED = re.compile(r"\b(al|el|ad|ash|as|ibn|bin|abu)([A-Z])")


def _defines_acronym(a, b, cb: "Cluster") -> bool:
    """"Progressive Alliance (PA)": the alias is the initials of the name before it, and the acronym's actor
    was found only by that acronym (no mention of it by a longer name)."""
    if not isinstance(a, Candidate) or a.nominal:
        return False
    short = b.text.replace(".", "")
    if not (2 <= len(short) <= 6 and short.isupper()):
        return False
    words = [w for w in a.text.split() if w.lower() not in lx.NAME_JOINERS]
    if acronym_of(words) != short:
        return False
    return all(c.text.replace(".", "") == short for c, _, _ in cb.mentions)


# Endings of the name of a country's whole military ("Malian Armed Forces", "Pakistan Army", "Israel Defense
# Forces"), not of one branch ("Russian Aerospace Forces", "Indian Navy").
_WHOLE_MILITARY_ENDINGS = ("armed forces", "army", "defence forces", "defense forces", "military",
                           "self-defense forces", "self-defence forces")


@dataclass
class Cluster:
    key: str
    is_place: bool
    mentions: list[tuple[Candidate, MentionType, tuple[int, int]]] = field(default_factory=list)
    kb_actor: KBActor | None = None
    kb_place: KBPlace | None = None
    kind: str | None = None
    place_kind: str | None = None
    country: str | None = None
    display: str | None = None
    regime: bool = False
    modifiers: set[str] = field(default_factory=set)
    unknown: bool = False
    dropped: bool = False

    def add(self, c: Candidate, mtype: MentionType = MentionType.NAME, span: tuple[int, int] | None = None) -> None:
        self.mentions.append((c, mtype, span or (c.start, c.end)))
        self.modifiers.update(c.modifiers)
        if c.regime and not self.is_place:
            pass

    @property
    def first(self) -> int:
        return min(s[0] for _, _, s in self.mentions) if self.mentions else 1 << 60

    @property
    def votes(self) -> Counter:
        v: Counter = Counter()
        for c, _, _ in self.mentions:
            v.update(c.votes)
        return v

    def names(self) -> list[str]:
        return [c.text for c, t, _ in self.mentions if t != MentionType.NOMINAL]


def restore_particles(name: str) -> str:
    """ "Bashar alAssad" -> "Bashar al-Assad"; "Deir elZour" -> "Deir el-Zour"."""
    return _GLUED.sub(lambda m: f"{m.group(1)}-{m.group(2)}", name)


def _best_form(forms: list[str]) -> str:
    forms = [f[4:] if f.lower().startswith("the ") else f for f in forms]
    # a dateline or a headline in capitals ("VALDERNA", "LISBON") gives way to the same name written normally
    upper = {f.upper() for f in forms if not f.isupper()}
    return max(forms, key=lambda f: (len(f.split()), not (f.isupper() and (len(f) > 6 or f in upper)),
                                     f.count("-"), len(f), -forms.index(f)))


class Resolver:
    def __init__(self, kb: KnowledgeBase, text: str) -> None:
        self.kb = kb
        self.text = text
        self.clusters: dict[str, Cluster] = {}
        self.local = LocalCountries()  # countries the article makes known ("Ostravia" ... "Ostravian")

    def _local_government(self, name: str) -> Cluster:
        cl = self._cluster("country:" + name, False)
        cl.kind, cl.country, cl.display = "government", name, name
        return cl

    def _cluster(self, key: str, is_place: bool) -> Cluster:
        cl = self.clusters.get(key)
        if cl is None:
            cl = self.clusters[key] = Cluster(key, is_place)
        return cl

    # ------------------------------------------------------------------------------------------ assign
    def assign(self, c: Candidate) -> None:
        v = c.votes
        actor_score = v["actor"] + v["speaker"] + sum(v[k] for k in ACTOR_KINDS) + v["person"]
        place_score = v["place"]
        actor_hits = [h for h in c.hits if h.actor_id and h.actor_id in self.kb.actors]
        place_hits = [h for h in c.hits if h.place]
        if actor_hits:
            h = actor_hits[0]
            a = self.kb.actors[h.actor_id]
            if a.is_country:
                iso = a.country
                if h.metonym:
                    city = self.kb.gazetteer.city(c.text) if self.kb.gazetteer else None
                    if city and not (actor_score > place_score and actor_score > 0):
                        cl = self._cluster("place:" + name_key(c.text), True)
                        capital = self.kb.gazetteer.capital(iso) if self.kb.gazetteer else None
                        if capital and name_key(capital) != name_key(c.text):
                            cl.place_kind = cl.place_kind or "facility"  # "the White House", "the Kremlin"
                        cl.place_kind = cl.place_kind or ("city" if city.population >= 100_000 else "town")
                        cl.country = cl.country or iso
                        cl.add(c)
                        return
                    cl = self._actor_cluster(a)
                    cl.add(c, MentionType.METONYM)
                    return
                if actor_score > place_score:
                    if c.phrase_start is not None:
                        self._actor_cluster(a).add(c, MentionType.NOMINAL, (c.phrase_start, c.end))
                    else:
                        self._actor_cluster(a).add(c)
                    return
                cl = self._cluster("country:" + iso, True)
                cl.place_kind, cl.country, cl.display = "country", iso, a.name
                cl.add(c)
                return
            if place_hits and place_score > actor_score:
                self._place_cluster(place_hits[0].place).add(c)
                return
            self._actor_cluster(a).add(c)
            return
        if place_hits:
            cl = self._place_cluster(place_hits[0].place)
            cl.add(c)
            return
        if c.group_key and c.group_key.startswith("usstate:"):
            name = c.display or c.text
            hits = self.kb.lookup(name)
            cl = self._cluster("place:" + name_key(name), True)
            cl.place_kind, cl.country, cl.display = "region", "US", name
            cl.add(c)
            return
        if c.group_key:
            if c.group_key.startswith("country:") and self.local.country_of(c.group_key.split(":", 1)[1]):
                self._local_government(c.group_key.split(":", 1)[1]).add(
                    c, MentionType.NOMINAL if c.nominal else MentionType.NAME)
                return
            if c.group_key.startswith("country:"):
                iso = c.group_key.split(":", 1)[1]
                a = self.kb.country_actor(iso)
                if a is not None:
                    cl = self._actor_cluster(a)
                    cl.add(c, MentionType.NOMINAL if c.nominal else MentionType.NAME)
                    cl.regime |= c.regime
                    return
            cl = self._cluster(c.group_key, False)
            best = max(c.votes, key=lambda k: c.votes[k]) if c.votes else "organisation"
            cl.kind = cl.kind or best
            cl.country = cl.country or c.country
            cl.display = cl.display or c.display
            cl.add(c, MentionType.NOMINAL if c.nominal else MentionType.NAME)
            return
        if c.nominal or c.country and c.votes and not c.title and c.display:
            cl = self._cluster("named:" + name_key(c.display or c.text), False)
            cl.kind = cl.kind or max(c.votes, key=lambda k: c.votes[k])
            cl.country = cl.country or c.country
            cl.display = cl.display or c.display
            cl.add(c, MentionType.NOMINAL if c.nominal else MentionType.NAME)
            return
        text = c.text[4:] if c.text.lower().startswith("the ") else c.text
        country = self.local.country_of(text)
        if country:
            # a country the article made known: its government when it acts, the place otherwise
            if actor_score > place_score:
                self._local_government(country).add(c)
            else:
                cl = self._cluster("localplace:" + name_key(country), True)
                cl.place_kind = "country" if country in self.local.countries else None
                cl.country, cl.display = country, country
                cl.add(c)
            return
        cl = self._cluster("name:" + name_key(text), False)
        cl.unknown = True
        if c.country and not cl.country:
            cl.country = c.country
        cl.add(c)

    def _actor_cluster(self, a: KBActor) -> Cluster:
        cl = self._cluster("kb:" + a.id, False)
        cl.kb_actor = a
        cl.kind = a.kind.value
        cl.country = a.country
        cl.display = a.name
        return cl

    def _place_cluster(self, p: KBPlace) -> Cluster:
        cl = self._cluster("kbplace:" + name_key(p.name), True)
        cl.kb_place = p
        cl.place_kind = p.kind.value
        cl.country = p.country
        cl.display = p.name
        return cl

    # ------------------------------------------------------------------------------------------ merging
    def merge_names(self) -> None:
        unknown = [c for c in self.clusters.values() if c.unknown]
        multi = [c for c in unknown if any(len(m[0].words) > 1 for m in c.mentions)]
        persons_known = [c for c in self.clusters.values() if not c.is_place]
        # surnames: "Mayhoub" -> "Ali Mayhoub", "Assad" -> "Bashar alAssad"
        for cl in unknown:
            if cl.dropped or any(len(m[0].words) > 1 for m in cl.mentions):
                continue
            k = cl.key.split(":", 1)[1]
            short_name_ok = not cl.votes["dateline"]  # "Valderna" the dateline city is not "Valderna Courier"
            owners = []
            for m in multi:
                if m is cl or m.dropped:
                    continue
                lasts = {name_key(x[0].words[-1]) for x in m.mentions if len(x[0].words) > 1}
                lasts |= {re.sub(r"^(al|el|ad|as|ash|bin|ibn|abu)", "", x) for x in lasts}
                # a company's short name: "Harbourline" for "Harbourline Logistics Inc."
                firsts = {name_key(x[0].words[0]) for x in m.mentions if len(x[0].words) > 1
                          and all(w.lower().replace(".", "") in lx.ORG_HEADS or is_dictionary_word(w)
                                  for w in x[0].words[1:])
                          and x[0].words[-1].lower().replace(".", "") in lx.ORG_HEADS}
                if k in lasts and k not in firsts and cl.votes["place"] >= 1 and m.votes["person"] < 3 and \
                        any(m.votes[x] for x in ACTOR_KINDS) and self.kb.gazetteer and \
                        self.kb.gazetteer.city(cl.names()[0]) is not None:
                    continue  # "a match in Braga" is the town, not the club "SC Braga" named after it
                if k in lasts or (k in firsts and short_name_ok):
                    owners.append(m)
            if len(owners) > 1:
                owners = _surname_owner(owners, cl)
            if len(owners) == 1:
                self._absorb(owners[0], cl)
        # a name without its head words: "Baltic Grid" for "Baltic Grid Holdings", "Muhuri" for "Muhuri River"
        for cl in unknown:
            if cl.dropped:
                continue
            forms = {tuple(name_key(w) for w in m[0].words) for m in cl.mentions}
            if len(forms) != 1:
                continue
            short = next(iter(forms))
            owners = []
            for m in unknown:
                if m is cl or m.dropped:
                    continue
                for x in m.mentions:
                    ws = x[0].words
                    if len(ws) > len(short) and tuple(name_key(w) for w in ws[:len(short)]) == short and all(
                            w.lower().replace(".", "") in lx.ORG_HEADS or w.lower() in lx.PLACE_HEADS
                            for w in ws[len(short):]):
                        owners.append(m)
                        break
            if len(owners) == 1:
                self._absorb(owners[0], cl)
        # a first name alone for a titled or given-named person: "Saddam" -> "Saddam Hussein"
        for cl in unknown:
            if cl.dropped or any(len(m[0].words) > 1 for m in cl.mentions):
                continue
            k = cl.key.split(":", 1)[1]
            owners = [m for m in multi if m is not cl and not m.dropped and m.votes["person"] >= 3
                      and any(len(x[0].words) > 1 and name_key(x[0].words[0]) == k for x in m.mentions)]
            if len(owners) == 1:
                self._absorb(owners[0], cl)
        # a known person, misspelt: "Haider alAbdi" -> Haider al-Abadi of the knowledge base
        people = self._kb_people()
        for cl in unknown:
            if cl.dropped or cl.votes["person"] < 3:
                continue
            forms = {x[0].text for x in cl.mentions if len(x[0].words) > 1}
            best = None
            for f in forms:
                k, first = name_key(f), name_key(f.split()[0])
                for pk, pfirst, actor in people.get(k[:1], ()):
                    if pfirst != first or abs(len(pk) - len(k)) > 3:
                        continue
                    r = fuzz.ratio(pk, k)
                    if r >= 85 and (best is None or r > best[0]):
                        best = (r, actor)
            if best is not None:
                target = self._actor_cluster(best[1])
                self._absorb(target, cl)
        # acronyms: "SDF" -> "Syrian Democratic Forces" (when the KB does not know it)
        for cl in unknown:
            if cl.dropped:
                continue
            forms = [m[0].text for m in cl.mentions]
            if not all(f.isupper() and 2 <= len(f) <= 6 for f in forms):
                continue
            for m in self.clusters.values():
                if m is cl or m.dropped or m.is_place:
                    continue
                names = [x[0].words for x in m.mentions if len(x[0].words) > 1]
                if any(acronym_of([w for w in ws if w.lower() not in lx.NAME_JOINERS]) == forms[0].replace(".", "")
                       for ws in names):
                    self._absorb(m, cl)
                    break
        # spelling variants: near-identical keys of unknown names
        live = [c for c in unknown if not c.dropped]
        for i, a in enumerate(live):
            if a.dropped:
                continue
            ka = a.key.split(":", 1)[1]
            if len(ka) < 6:
                continue
            for b in live[i + 1:]:
                if b.dropped:
                    continue
                kb_ = b.key.split(":", 1)[1]
                if len(kb_) < 6 or ka[0] != kb_[0]:
                    continue
                if fuzz.ratio(ka, kb_) >= 90:
                    keep, gone = (a, b) if a.first <= b.first else (b, a)
                    self._absorb(keep, gone)
        del persons_known

    def link_aliases(self, pairs: list[tuple[Candidate | Reference, Candidate]], of_references: bool = False
                     ) -> int:
        """ "X, known by its initials Y", "X (Y)": the alias's actor joins the subject's. Two different
        actors of the knowledge base, and places, are never joined. Pairs whose subject is a description
        ("The militants, also known as the Cedars") are done with `of_references`, once descriptions are
        linked."""
        pairs = [(a, b) for a, b in pairs if isinstance(a, Reference) == of_references]
        joined = 0
        if not pairs:
            return joined
        owner = {id(c): cl for cl in self.clusters.values() for c, _, _ in cl.mentions}
        by_span = {s: cl for cl in self.clusters.values() if not cl.dropped for _, _, s in cl.mentions}
        for a, b in pairs:
            ca = by_span.get((a.start, a.end)) if of_references else owner.get(id(a))
            cb = owner.get(id(b))
            if ca is None or cb is None or ca is cb or ca.dropped or cb.dropped:
                continue
            if ca.is_place or cb.is_place or (ca.kb_actor and cb.kb_actor):
                continue
            # a description's acronym ("the Congolese army (FARDC)") names that force; other cues do not
            blocked = ("country:", "localplace:", "usstate:") if isinstance(a, Candidate) and a.nominal else \
                ("country:", "localplace:", "forces:", "usstate:")
            if any(cl.key.startswith(blocked) for cl in (ca, cb)) \
                    or any(isinstance(c, Candidate) and c.votes["place"] >= 3
                           and c.votes["place"] > max(c.votes[k] for k in (*ACTOR_KINDS, "person"))
                           for c in (a, b)):
                continue  # "the town of Ostek (Harran)": a place and its country are not one actor
            if cb.kb_actor and not ca.kb_actor and _defines_acronym(a, b, cb):
                # "the Progressive Alliance (PA)": the article defines PA, whatever else PA names in the
                # knowledge base (the Palestinian Authority)
                if cb.country == getattr(cb.kb_actor, "country", None):
                    cb.country = None
                cb.kb_actor = None
            keep, gone = (cb, ca) if cb.kb_actor and not ca.kb_actor else (ca, cb)
            if gone.kb_actor:
                continue
            keep.unknown = keep.unknown and not keep.kb_actor
            self._absorb(keep, gone)
            joined += 1
            for c, _, span in keep.mentions:
                owner[id(c)] = keep
                by_span[span] = keep
        return joined

    def _kb_people(self) -> dict[str, list[tuple[str, str, KBActor]]]:
        cached = getattr(self.kb, "_people_index", None)
        if cached is None:
            cached = {}
            for a in self.kb.actors.values():
                if a.kind.value != "person":
                    continue
                for n in [a.name, *a.aliases]:
                    if len(n.split()) > 1:
                        k = name_key(n)
                        cached.setdefault(k[:1], []).append((k, name_key(n.split()[0]), a))
            self.kb._people_index = cached
        return cached

    def _absorb(self, keep: Cluster, gone: Cluster) -> None:
        keep.mentions.extend(gone.mentions)
        keep.modifiers |= gone.modifiers
        keep.regime |= gone.regime
        keep.country = keep.country or gone.country
        gone.dropped = True
        gone.mentions = []

    # ------------------------------------------------------------------------------------------ typing
    def type_unknown(self) -> None:
        gaz = self.kb.gazetteer
        for cl in self.clusters.values():
            if cl.dropped or not cl.unknown:
                continue
            v = cl.votes
            forms = cl.names()
            name = _best_form(forms)
            words = name.split()
            city = gaz.city(name) if gaz else None
            if city is None and gaz and len(words) >= 2:
                city = fuzzy_city(gaz, name)
            state = gaz.us_state(name) if gaz else None
            place = v["place"]
            n = min(len(cl.mentions), 3)
            if state:
                place += 3 * n
            elif city:
                place += (1.0 if city.population >= 100_000 else 0.5) * n
            # a short form tells people from companies: "Vandermolen" for Piet Vandermolen, "Halvard" for
            # Halvard Hydro
            singles = {name_key(f) for f in forms if len(f.split()) == 1}
            surname_seen = len(words) >= 2 and name_key(words[-1]) in singles
            first_seen = len(words) >= 2 and name_key(words[0]) in singles and not surname_seen
            person_shape = len(words) < 2 or words[0] in self.kb.given_names or surname_seen
            person = v["person"] + (0.5 if v["namelike"] and person_shape else 0)
            if v["thing"] and v["thing"] > max(person, v["place"], *(v[k] for k in ACTOR_KINDS)):
                cl.dropped = True  # the name of a plan, a law or a ship
                continue
            orgs = {k: v[k] for k in ACTOR_KINDS if v[k] > 0}
            org_best = max(orgs, key=orgs.get) if orgs else None
            org_score = orgs[org_best] if org_best else 0
            agent = v["actor"] + v["speaker"]
            all_names = all(not is_dictionary_word(w) or w in self.kb.given_names for w in words)
            if person >= 2 and person >= place and person >= org_score:
                kind = "person"
            elif place > 0 and place >= person + org_score + agent * 0.7:
                kind = "place"
            elif org_best and org_score >= person:
                kind = org_best
            elif person > 0:
                kind = "person"
            elif len(words) >= 2 and all_names and (agent > 0 or v["speaker"] > 0) and person_shape:
                kind = "person"
            elif place >= 1 and place >= agent:
                kind = "place"
            else:
                kind = "organisation"
                if len(words) == 1 and is_dictionary_word(words[0]) and not forms[0].isupper() and agent == 0:
                    cl.dropped = True  # a capitalised common word with nothing to say it is a name
                    continue
            if kind == "place":
                cl.is_place = True
                kinds = [m[0].place_kind for m in cl.mentions if m[0].place_kind]
                cl.place_kind = kinds[0] if kinds else (
                    "region" if state else ("city" if city and city.population >= 100_000 else
                                            "town" if city else None))
                if city and not cl.country:
                    cl.country = city.country
                if state:
                    cl.country = cl.country or "US"
            cl.kind = kind
            cl.display = restore_particles(name)

    def link_national_forces(self) -> None:
        """"Malian forces", "the Malian army", "Malian troops" join the country's armed forces when the article
        names them ("Malian Armed Forces", "Armed Forces of Ukraine"): one named armed-forces actor of that
        country, not a group of its own."""
        for cl in list(self.clusters.values()):
            if cl.dropped or not cl.key.startswith("forces:") or cl.kb_actor:
                continue
            iso = cl.key.split(":", 1)[1]
            owners = [m for m in self.clusters.values()
                      if m is not cl and not m.dropped and not m.is_place and m.kind == "armed_forces"
                      and m.country == iso and not m.key.startswith("forces:")
                      and (m.display or "").lower().endswith(_WHOLE_MILITARY_ENDINGS)]
            if len(owners) == 1:
                self._absorb(owners[0], cl)

    # ------------------------------------------------------------------------------------------ regimes
    def link_regimes(self) -> None:
        for cl in list(self.clusters.values()):
            if cl.dropped or cl.is_place:
                continue
            for (c, mtype, span) in list(cl.mentions):
                if not c.gov_link or not c.regime_span:
                    continue
                if cl.kb_actor is not None and cl.kb_actor.is_country:
                    cl.regime |= c.regime
                    continue
                if cl.kind != "person":
                    continue
                iso = cl.country
                if iso and self.kb.country_actor(iso):
                    gov = self._actor_cluster(self.kb.country_actor(iso))
                else:
                    word = self.text[c.regime_span[0]:c.regime_span[1]].lower()
                    gov = self._cluster(f"gov:{word}:" + cl.key, False)
                    gov.kind = "government"
                    gov.display = gov.display or f"{restore_particles(c.words[-1])} {word}"
                    gov.country = cl.country
                gov.regime |= c.regime
                if c.regime_glued:
                    cl.mentions.remove((c, mtype, span))
                    gov.mentions.append((c, MentionType.NOMINAL, (c.start, c.regime_span[1])))
                else:
                    gov.mentions.append((c, MentionType.NOMINAL, c.regime_span))

    # ------------------------------------------------------------------------------------------ "X-led forces"
    def link_affiliations(self) -> None:
        for cl in list(self.clusters.values()):
            if cl.dropped or not cl.key.startswith("affil:"):
                continue
            modifier = cl.key.split(":")[1]
            owners = [o for o in self.clusters.values()
                      if o is not cl and not o.dropped and modifier in o.modifiers and not o.key.startswith("affil:")
                      and o.first < cl.first]
            if len(owners) == 1:
                self._absorb(owners[0], cl)

    # ------------------------------------------------------------------------------------------ "the group"
    def link_references(self, refs: list[Reference]) -> None:
        taken = sorted((s[0], s[1]) for cl in self.clusters.values() for _, _, s in cl.mentions)
        starts = [a for a, _ in taken]
        # each cluster's named mentions in text order: (start, sentence, acted or spoke)
        self._timeline = {
            id(cl): sorted((s[0], c.sentence, c.agentive) for c, _, s in cl.mentions)
            for cl in self.clusters.values() if not cl.dropped and cl.mentions
        }
        by_start = {s[0]: cl for cl in self.clusters.values() if not cl.dropped for _, _, s in cl.mentions}
        for r in refs:
            k = bisect.bisect_left(starts, r.end)
            if any(a < r.end and r.start < b for a, b in taken[max(0, k - 8):k]):
                continue
            # "The operator, Halvard Hydro, said": a description set before the name it describes
            m = re.match(r"\s*,\s*", self.text[r.end:r.end + 4])
            best = by_start.get(r.end + m.end()) if m else None
            if best is None or not self._fits(best, r):
                best = self._antecedent(r)
            if best is None and r.target == "called" and r.noun.startswith("military"):
                # no body calls itself the junta: "the military government" is the army, as "the military" is
                best = self._antecedent(Reference(r.start, r.end, r.text, r.sentence, "military", "forces"))
            if best is None:
                continue
            c = Candidate(r.start, r.end, r.text, r.sentence, r.text.split())
            best.mentions.append((c, MentionType.NOMINAL, (r.start, r.end)))

    def link_collectives(self, found: list[Collective]) -> None:
        """Bare group nouns ("Police fired", "troops", "the protesters"; see `collectives`). A mention joins the
        one actor of the story described with the same noun ("Kenyan police" ... "Police said"; "soldiers" does
        not join "French troops": they may be another army's), or an armed-group noun the salient armed group
        nearby (as "the militants" does); the rest of a group become one actor of their own when one of them
        is a clause's subject."""
        taken = sorted((s[0], s[1]) for cl in self.clusters.values() if not cl.dropped for _, _, s in cl.mentions)
        starts = [a for a, _ in taken]
        by_group: dict[str, list[Collective]] = {}
        for c in found:
            k = bisect.bisect_left(starts, c.end)
            if any(a < c.end and c.start < b for a, b in taken[max(0, k - 8):k]):
                continue
            by_group.setdefault(c.group, []).append(c)
        for group, items in by_group.items():
            kind = group_kind(group)
            rest = []
            for c in items:
                target = self._collective_owner({c.noun})
                if target is None and kind == "armed_group":
                    noun = self.text[c.start:c.end].lower()
                    target = self._antecedent(Reference(c.start, c.end, noun, c.sentence, noun, "armed_group"))
                if target is None:
                    rest.append(c)
                else:
                    self._add_collective(target, c)
            if not any(c.subject for c in rest):
                continue
            cl = self._cluster("collective:" + group, False)
            cl.kind, cl.display = kind, next(c for c in rest if c.subject).noun.capitalize()
            for c in rest:
                self._add_collective(cl, c)

    def _add_collective(self, cl: Cluster, c: Collective) -> None:
        words = self.text[c.start:c.end]
        cl.mentions.append((Candidate(c.start, c.end, words, c.sentence, words.split()), MentionType.NOMINAL,
                            (c.start, c.end)))

    def _collective_owner(self, nouns: set[str]) -> Cluster | None:
        """The one actor of the story described with one of these nouns ("Kenyan police", "French troops")."""
        named = []
        for cl in self.clusters.values():
            if cl.dropped or cl.is_place or not cl.mentions or cl.key.startswith("collective:"):
                continue
            for c, _, _ in cl.mentions:
                words = c.text.lower().split()
                if len(words) > 1 and (words[-1] in nouns or " ".join(words[-2:]) in nouns):
                    named.append(cl)
                    break
        return named[0] if len(named) == 1 else None

    def link_indefinites(self, refs: list[Reference]) -> None:
        """An indefinite description ("A newspaper close to Hezbollah") is the first mention of the actor of
        that kind that the next two sentences introduce, when exactly one such actor is new there."""
        for r in refs:
            fresh = []
            for cl in self.clusters.values():
                if cl.dropped or cl.is_place or not cl.mentions or cl.kind != r.target:
                    continue
                first = min(cl.mentions, key=lambda m: m[2][0])
                if first[2][0] > r.end and 0 <= first[0].sentence - r.sentence <= 2:
                    fresh.append(cl)
            if len(fresh) == 1:
                c = Candidate(r.start, r.end, r.text, r.sentence, r.text.split())
                fresh[0].mentions.append((c, MentionType.NOMINAL, (r.start, r.end)))

    def _antecedent(self, r: Reference) -> Cluster | None:
        window = {"city": 3, "town": 3, "regime": 50, "media": 4, "company": 6, "government": 50, "forces": 50,
                  "head": 50, "troops": 2, "called": 50}.get(r.target, 6)
        scored = []
        for cl in self.clusters.values():
            if cl.dropped or not cl.mentions or not self._fits(cl, r):
                continue
            line = self._timeline.get(id(cl), [])
            k = bisect.bisect_left(line, (r.start,))
            before = []
            for x in range(k - 1, -1, -1):
                if r.sentence - line[x][1] > window:
                    break
                before.append(line[x])
            if not before and r.target == "called":
                # "The military government that seized power ... The National Council for Salvation, as the
                # junta calls itself,": the story says outright who the junta is, so it may be named later
                before = line[:1]
            if not before:
                continue
            last = before[0][0]
            # salience: mentions in the window, twice for those that act or speak; recency breaks ties.
            # A city or town, and the regime, simply take the latest fitting one.
            if r.target in ("city", "town", "regime"):
                salience = 0
            else:
                # plus half a point for every earlier mention in the story: the story's own company outranks
                # one named once in passing ("demand from chains such as Kroger and Walmart. The company's")
                salience = sum(2 if agentive else 1 for _, _, agentive in before) + 0.5 * k
            scored.append((salience, last, cl))
        if not scored:
            return None
        if r.target in ("forces", "government") and len(scored) > 1:
            return None  # "the army" of a story with two armies, "the government" of two: left unlinked
        scored.sort(key=lambda x: (x[0], x[1]))
        return scored[-1][2]

    def _fits(self, cl: Cluster, r: Reference) -> bool:
        desc = cl.kb_actor.describers if cl.kb_actor else []
        if r.target in ("city", "town"):
            return cl.is_place and cl.place_kind in ("city", "town")
        if cl.is_place:
            return False
        if r.target == "regime":
            return cl.regime
        if desc and r.noun not in desc:
            return False
        if r.target == "armed_group":
            return cl.kind == "armed_group"
        if r.target == "media":
            return cl.kind == "media"
        if r.target == "coalition":
            return "coalition" in (cl.display or "").lower() or r.noun in desc
        if r.target == "company":
            return cl.kind == "organisation" and (bool(desc) or cl.unknown)
        if r.target == "government":
            # a country's government ("the government" of the story's country)
            return cl.kind == "government" and (cl.key.startswith("country:") or bool(
                cl.kb_actor and cl.kb_actor.is_country))
        if r.target == "forces":
            return cl.kind == "armed_forces"
        if r.target == "troops":
            return cl.kind in ("armed_forces", "armed_group") or (cl.kind == "government" and (
                cl.key.startswith("country:") or bool(cl.kb_actor and cl.kb_actor.is_country)))
        if r.target == "head":
            # the head ends the name ("Portuguese Football Federation") or stands before its "of" ("Ministry
            # of Health")
            return any(len(f.split()) > 1 and (f.split()[-1].lower().rstrip(".") == r.noun or (
                " of " in f and f.split(" of ")[0].split()[-1].lower() == r.noun)) for f in cl.names())
        if r.target == "called":
            return "called:junta" in cl.modifiers  # "the National Council for Salvation, as the junta calls itself"
        if r.target == "club":
            # "the club": a sports club named in the story ("Sporting Vale", "SC Braga", "Arsenal FC")
            return cl.kind == "organisation" and any(
                f.split()[0].lower().rstrip(".") in lx.CLUB_OPENERS or f.split()[-1].lower() in ("fc", "afc", "club")
                or f.split()[-1].lower() in lx.CLUB_CLOSERS
                for f in cl.names() if len(f.split()) > 1)
        return False

    # ------------------------------------------------------------------------------------------ output
    def merge_places(self) -> None:
        """Places reached by different routes (gazetteer, knowledge base, "Ariz.") under one name are one."""
        by_name: dict[str, Cluster] = {}
        for cl in sorted((c for c in self.clusters.values() if c.is_place and not c.dropped and c.mentions),
                         key=lambda c: c.first):
            name = cl.display or _best_form(cl.names() or [cl.mentions[0][0].text])
            k = name_key(name)
            keep = by_name.get(k)
            if keep is None:
                by_name[k] = cl
                continue
            keep.place_kind = keep.place_kind or cl.place_kind
            self._absorb(keep, cl)

    def build(self, text: str) -> tuple[list[Actor], list[Place]]:
        self.merge_places()
        live = [c for c in self.clusters.values() if not c.dropped and c.mentions]
        live.sort(key=lambda c: c.first)
        actors: list[Actor] = []
        places: list[Place] = []
        for cl in live:
            seen: set[tuple[int, int]] = set()
            mentions = []
            for c, mtype, (s, e) in sorted(cl.mentions, key=lambda m: m[2]):
                if (s, e) in seen:
                    continue
                seen.add((s, e))
                mentions.append(Mention(span=Span(start=s, end=e), text=text[s:e], sentence=c.sentence, type=mtype))
            forms = [m.text for m in mentions if m.type != MentionType.NOMINAL]
            if cl.is_place:
                name = _one_line(cl.display or restore_particles(_best_form(forms or [mentions[0].text])))
                aliases = _aliases(name, forms, cl.kb_place.aliases if cl.kb_place else [])
                places.append(Place(id=f"p{len(places) + 1}", name=name, kind=_place_kind(cl.place_kind),
                                    country=cl.country, aliases=aliases, mentions=mentions))
            else:
                name = _one_line(cl.display or restore_particles(_best_form(forms or [mentions[0].text])))
                kb_aliases = []
                if cl.kb_actor:
                    kb_aliases = [*cl.kb_actor.aliases, *cl.kb_actor.metonyms]
                title = None
                titles = [c.title for c, _, _ in cl.mentions if c.title] if cl.kind == "person" else []
                if titles:
                    title = _one_line(max(titles, key=len))
                country = cl.country or next((c.country for c, _, _ in cl.mentions if c.country), None)
                actors.append(Actor(id=f"a{len(actors) + 1}", name=name, kind=_actor_kind(cl.kind),
                                    aliases=_aliases(name, forms, kb_aliases), mentions=mentions,
                                    country=country, title=title,
                                    kb_id=cl.kb_actor.id if cl.kb_actor else None))
        return actors, places


def _one_line(name: str) -> str:
    """A name as shown: a name broken over two lines of a hard-wrapped text ("Port\nEmployers") reads as one."""
    return " ".join(name.split())


def _aliases(name: str, forms: list[str], extra: list[str]) -> list[str]:
    out: list[str] = []
    seen = {name}
    for f in [*forms, *extra]:
        f = _one_line(f[4:] if f.lower().startswith("the ") else f)
        if f and f not in seen:
            seen.add(f)
            out.append(f)
    return out


def _actor_kind(kind: str | None) -> ActorKind:
    try:
        return ActorKind(kind) if kind else ActorKind.OTHER
    except ValueError:
        return ActorKind.OTHER


def _place_kind(kind: str | None) -> PlaceKind:
    try:
        return PlaceKind(kind) if kind else PlaceKind.OTHER
    except ValueError:
        return PlaceKind.REGION if kind == "region" else PlaceKind.OTHER


def _surname_owner(owners: list, cl) -> list:
    """ "President Joao Sanha ... Sanha, who was elected ... His wife, Maria Sanha, said": a surname two people
    of the story share goes to the one named in full last before the surname first stands alone (news names a
    person in full before shortening; a relative is named in full where she comes in). Only among people."""
    first = min(x[0].start for x in cl.mentions)
    if not all(m.votes["person"] >= 3 for m in owners):
        return owners
    before = [(max(x[0].start for x in m.mentions if len(x[0].words) > 1 and x[0].start < first), m)
              for m in owners if any(len(x[0].words) > 1 and x[0].start < first for x in m.mentions)]
    if not before:
        return owners
    return [max(before, key=lambda p: p[0])[1]]

