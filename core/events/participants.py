"""Who took part: actor and place mentions linked to a trigger by position in its clause.

Rules (each one is written in `Link.why`):
- active verb: the nearest actor mention before the verb in its clause, not inside a prepositional phrase,
  is the agent; the first mention after it, not inside a prepositional phrase, the patient;
- passive verb ("was cleared", "were killed"): the subject side is the patient, "by X" is the agent;
- a relative clause ("which it lost") takes the mention before "which"/"who" as its missing side;
- a verb coordinated with an earlier one ("said ... but hinted", "had entered ... and taken") shares its agent;
- nouns: "X's attack", "attack by X" -> agent; "attack on/against X", "fall of X" -> patient;
- every other actor mention of the clause is a participant with role "other";
- places: place mentions of the clause, and "in/near/at/of X" after the trigger in the sentence.
"""

from __future__ import annotations

from bisect import bisect_right

from dataclasses import dataclass, field, replace

from ..entities.lexicon import TITLE_WORDS
from ..model import Role, Span
from .clauses import COMPLEMENT_VERBS, RELATIVE_WORDS, VerbGroup, parenthetical_participle
from .tokens import Token


@dataclass(slots=True)
class MentionRef:
    """An actor or place mention placed on the sentence's tokens."""

    kind: str  # "actor" or "place"
    ref_id: str
    span: Span
    first: int  # first token index
    last: int  # last token index (inclusive)
    pronoun: bool = False
    sentence: int | None = None  # index of the sentence it is in


# why a name inside an inverted speaker's phrase is linked ("said Rovers manager Paul Sutcliffe": Rovers)
SPEAKERS_GROUP = "a name inside the speaker's phrase (\"said Rovers manager X\")"


@dataclass(slots=True)
class Link:
    ref: MentionRef
    role: Role
    why: str


@dataclass(slots=True)
class Found:
    actors: list[Link] = field(default_factory=list)
    places: list[Link] = field(default_factory=list)
    subject_place: MentionRef | None = None  # "Mosul fell": a place in the subject slot
    object_place: MentionRef | None = None  # "entered al-Qaim": a place in the object slot

    def agent(self) -> Link | None:
        return next((l for l in self.actors if l.role == Role.AGENT), None)

    def patient(self) -> Link | None:
        return next((l for l in self.actors if l.role == Role.PATIENT), None)


PARTY_PLACE = "a place named as a party of the event (\"talks between Iran and ...\"), not where it happened"
_QUOTE_MARKS = frozenset(("'", '"', "’", "”", ","))
NOUN_OTHER_WINDOW = 2  # nouns take fewer loose participants (MEANTIME: 90 right, 133 wrong at 4)
OTHER_WINDOW = 5  # other actor mentions up to this many tokens after a verb (MEANTIME: best F1 of the windows tried)
_PLACE_PREPS = frozenset(("in", "near", "at", "of", "from", "to", "into", "outside", "around", "across", "toward",
                          "towards", "inside", "on", "along", "across"))


def place_mentions(tokens: list[Token], refs: list[MentionRef]) -> list[MentionRef]:
    """Position mentions on tokens: sets `first`/`last` from the spans; drops mentions outside the sentence."""
    out = []
    ends = [t.end for t in tokens]  # increasing: the first token ending after a mention's start is its first
    n = len(tokens)
    for r in refs:
        first = bisect_right(ends, r.span.start)
        if first >= n or tokens[first].start >= r.span.end:
            continue
        last = first
        while last + 1 < n and tokens[last + 1].start < r.span.end:
            last += 1
        r.first, r.last = first, last
        out.append(r)
    return out


def _title_of(tokens: list[Token], k: int, first: int) -> bool:
    """Is the "of" at `k` inside a capitalised title before a name ("Secretary of State X", "Minister of
    Defence X", "Chief of Staff X")?"""
    return tokens[k].lower == "of" and k >= 1 and k + 1 < first and tokens[k - 1].text[:1].isupper() \
        and tokens[k - 1].lower in TITLE_WORDS and all(t.text[:1].isupper() for t in tokens[k + 1:first])


def preposition_before(tokens: list[Token], ref: MentionRef) -> str | None:
    """The preposition heading the phrase a mention sits in ("in Iraq", "of the Iraqi town"), if any."""
    k = ref.first - 1
    while k >= 0 and tokens[k].tag in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "POSS") and ref.first - k < 6:
        if tokens[k].tag == "POSS" and tokens[k].lower in ("'s", "’s"):
            k -= 1
            continue
        k -= 1
    if k >= 1 and tokens[k].text == "(" and ref.last + 1 < len(tokens) and tokens[ref.last + 1].text == ")":
        # "between the army and the Popular Front (PF)": a short form in brackets stands where its name does
        top = k
        k -= 1
        while k >= 0 and tokens[k].tag in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "POSS") and top - k < 8:
            k -= 1
    if k >= 1 and tokens[k].lower in ("and", "or"):
        # "between the army and the Front", "with Iran or its allies": the second conjunct shares the first's
        # preposition
        j = k - 1
        while j >= 0 and tokens[j].tag in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "POSS") and k - j < 6:
            j -= 1
        if j >= 0 and j < k - 1 and tokens[j].tag == "PREP" and tokens[j].lower in _SHARED_PREPS:
            return tokens[j].lower
    if k >= 0 and tokens[k].tag in ("PREP", "TO"):
        if _title_of(tokens, k, ref.first):
            return None  # "Secretary of State Laura Whitfield said": the "of" belongs to her title
        if tokens[k].lower == "of" and k >= 1 and tokens[k - 1].lower in _PLACE_NOUNS and k + 3 >= ref.first:
            # "the city of Tal Afar" names the place itself; the phrase is a prepositional one when that
            # noun phrase is ("steered it towards the port of X": not the object)
            j = k - 2
            while j >= 0 and tokens[j].tag in ("DET", "ADJ", "NUM") and k - j < 5:
                j -= 1
            if j >= 0 and tokens[j].tag in ("PREP", "TO") and tokens[j].lower != "of" and not (
                    tokens[j].lower in _CLAUSE_OPENERS and _opens_clause(tokens, j)):
                return tokens[j].lower
            return None
        if tokens[k].lower in _CLAUSE_OPENERS and _opens_clause(tokens, k):
            return None  # "after [the company agreed]": a clause, not a prepositional phrase
        return tokens[k].lower
    return None


_SHARED_PREPS = frozenset(("between", "among", "with", "against", "by", "for", "from", "to"))
_PLACE_NOUNS = frozenset(("city", "town", "village", "province", "region", "district", "country", "capital",
                          "port", "island", "state", "county", "municipality", "suburb", "neighbourhood",
                          "districts", "suburbs", "outskirts", "parts", "centre", "center", "neighbourhoods"))
_CLAUSE_OPENERS = frozenset(("after", "before", "since", "until", "as", "while"))


def _opens_clause(tokens: list[Token], k: int) -> bool:
    for j in range(k + 1, min(len(tokens), k + 8)):
        t = tokens[j]
        if t.tag == "PUNCT":
            return False
        if t.tag in ("AUX", "MODAL") or (t.tag == "VERB" and t.form in ("VBD", "VBZ", "VBP")):
            return j > k + 1
    return False


def _appositive_start(tokens: list[Token], i: int) -> int:
    """If the words just before `i` are ", a spokesman for X," return the index of the first comma, else i.
    A participle clause between commas is set aside the same way: "Prime Minister Kyriakos Mitsotakis, asked
    about the case on Wednesday, said ...", "The company, founded in 1990, said ..." (the participle opens it
    and no finite verb stands inside)."""
    if i == 0 or tokens[i - 1].text != ",":
        return i
    for k in range(i - 2, max(-1, i - 15), -1):
        if tokens[k].text == ",":
            if k + 1 < i and tokens[k + 1].tag in ("DET", "POSS"):
                return k
            if k + 2 < i - 1 and tokens[k + 1].tag == "VERB" and tokens[k + 1].form in ("VBN", "VBD") \
                    and parenthetical_participle(tokens, k + 1):
                return k
            return i
    return i


def link_participants(tokens: list[Token], clauses: list[int], i: int, pos: str, group: VerbGroup | None,
                      mentions: list[MentionRef], coord_agent: Link | None, reporting: bool = False) -> Found:
    """Participants of the trigger at token `i`."""
    found = Found()
    cl = clauses[i]
    actors = [m for m in mentions if m.kind == "actor"]
    places = [m for m in mentions if m.kind == "place"]
    in_clause_all = [m for m in mentions if clauses[m.first] == cl or clauses[m.last] == cl]
    in_clause = [m for m in in_clause_all if m.kind == "actor"]
    used: set[int] = set()

    def add(ref: MentionRef, role: Role, why: str) -> None:
        if id(ref) in used:
            return
        used.add(id(ref))
        if ref.kind == "place":
            if role == Role.AGENT or (role == Role.PATIENT and pos == "VERB" and group is not None and group.passive):
                if _opens_its_clause(tokens, clauses, ref):
                    found.subject_place = found.subject_place or ref
            elif role == Role.PATIENT:
                found.object_place = found.object_place or ref
            found.places.append(Link(ref, role, why))
            return
        if any(l.ref.ref_id == ref.ref_id and l.role == role for l in found.actors):
            return
        found.actors.append(Link(ref, role, why))

    if pos == "VERB":
        passive = bool(group and group.passive)
        left = _subject_candidate(tokens, clauses, i, in_clause_all)
        if left is not None and left.last != i - 1 and _prenominal(tokens, i, group):
            left = None  # "aerial refueling tankers", "announced sweeping cuts": a modifier has no subject
        if group is not None and group.infinitive and not (
                group.governor is None and left is not None and i >= 2 and tokens[i - 1].tag == "TO"
                and left.last == i - 2):
            # "was used by Isis to move fighters": an infinitive has no subject of its own; but the
            # headline-ese "Northwind Foods to cut 1,200 jobs" (no verb governs it) has the name before "to"
            left = None
        inverted = False
        speaker = None
        if reporting and i > 0 and tokens[i - 1].text in _QUOTE_MARKS:
            # "'...,' said General Ali Mayhoub": the speaker follows the verb
            # "'...,' said the U.S. Deputy Ambassador Peter Burleigh": the speaker's phrase follows the verb
            after = [m for m in in_clause if i < m.first <= i + 7 and all(
                tokens[k].tag in ("DET", "PROPN", "NOUN", "ADJ", "NUM") for k in range(i + 1, m.first))]
            if after:
                # "said Rovers manager Paul Sutcliffe": the phrase ends on the speaker, the club before the
                # role noun only says whose manager he is
                speaker = max(after, key=lambda m: (m.last, m.last - m.first))  # the widest of nested ones
                add(speaker, Role.AGENT, "speaker after a quote (inverted 'said X')")
                left = None
                inverted = True
        if left is not None and _relative_of(tokens, left):
            add(left, Role.OTHER, 'owner of the subject noun ("her client had never influenced")')
            left = None
        right = _object_candidate(tokens, clauses, i, in_clause_all)
        if inverted and right is not None and right.last <= speaker.last:
            add(right, Role.OTHER, SPEAKERS_GROUP)
            right = None
        by_agent = None
        if passive:
            by_agent = next((m for m in in_clause if m.first > i and preposition_before(tokens, m) == "by"), None)
            if by_agent is not None and _relative_of(tokens, by_agent):
                add(by_agent, Role.OTHER, 'owner of the "by" noun ("owned by his brother-in-law")')
                by_agent = None
        # relative clause: "..., which it lost in July" / "forces who entered"
        antecedent = None if inverted else _relative_antecedent(tokens, clauses, i, mentions)
        if antecedent is not None and _reports_a_clause(tokens, i):
            # "Houthi rebels, whom officials say are backed by Tehran": the rebels are the subject of "are
            # backed", not of "say"
            antecedent = None
        if antecedent is not None and _relative_word(tokens, clauses, i) == "where":
            add(antecedent, Role.OTHER, '"where" clause: the place it happened')
            antecedent = None  # "Marrakesh, where residents spent the night": the city is no subject
        if inverted:
            coord_agent = None
        if passive and left is None and parenthetical_participle(tokens, i):
            # "Kyriakos Mitsotakis, asked about the case, said": the participle's clause is set apart, its
            # patient is the name before the comma
            left = next((m for m in mentions if m.kind == "actor" and m.last == i - 2), None)
        if passive:
            if left is not None:
                add(left, Role.PATIENT, "subject of a passive verb")
            elif antecedent is not None:
                add(_at_relative_word(antecedent, tokens, clauses, i), Role.PATIENT, "antecedent of a relative clause (passive)")
            if by_agent is not None:
                add(by_agent, Role.AGENT, '"by" after a passive verb')
        else:
            if group is not None and group.infinitive and coord_agent is not None:
                add(coord_agent.ref, Role.AGENT, "subject of the verb governing the infinitive")
            elif left is not None:
                add(left, Role.AGENT, "subject: nearest mention before the verb")
                for other in _coordinated_subject(tokens, left, in_clause):
                    add(other, Role.AGENT, 'coordinated subject ("A and B", "A, B and C")')
            elif coord_agent is not None and group is not None and not group.infinitive:
                add(coord_agent.ref, Role.AGENT, "shares the subject of the verb it is coordinated with")
            elif group is not None and group.infinitive and coord_agent is not None:
                add(coord_agent.ref, Role.AGENT, "subject of the verb governing the infinitive")
            if right is not None and _possessor(tokens, right):
                add(right, Role.OTHER, "possessor in the object (\"cut its costs\")")
            elif right is not None:
                add(right, Role.PATIENT, "object: first mention after the verb")
            elif antecedent is not None and (left is not None or _pronoun_subject(tokens, clauses, i)) \
                    and antecedent is not left:
                add(_at_relative_word(antecedent, tokens, clauses, i), Role.PATIENT, "antecedent of a relative clause (object)")
            elif antecedent is not None and left is None:
                add(_at_relative_word(antecedent, tokens, clauses, i), Role.AGENT, "antecedent of a relative clause (subject)")
            if right is not None and antecedent is not None and left is None and antecedent is not right \
                    and coord_agent is None and not _pronoun_subject(tokens, clauses, i):
                # "Okafor, who joined Rovers": with an object of its own the clause's subject is still the
                # antecedent
                add(_at_relative_word(antecedent, tokens, clauses, i), Role.AGENT, "antecedent of a relative clause (subject, with an object)")
    else:  # NOUN / ADJ triggers
        for m in in_clause:
            if m.last == i - 2 and tokens[i - 1].tag == "POSS":
                add(m, Role.AGENT, "possessive before the noun")
            elif m.last == i - 1 and tokens[m.last].tag in ("PROPN", "NOUN"):
                add(m, Role.AGENT, "name before the noun")
            elif m.last < i and _possessor(tokens, m) and _owns_noun(tokens, m, i):
                add(m, Role.AGENT, 'possessive of the noun phrase ("its first annual loss")')
        for m in in_clause_all:
            if tokens[m.first].lower in ("he", "she", "they", "we", "i"):
                continue  # a subject pronoun opens a clause ("blamed the flooding on what he called ..."): no object
            if m.first > i and m.first - i <= 4 and not _comma_or_verb_between(tokens, i, m.first, commas=False):
                prep = preposition_before(tokens, m)
                if prep == "by":
                    add(m, Role.AGENT, '"by" after the noun')
                elif prep in ("of", "on", "against", "over"):
                    add(m, Role.PATIENT, f'"{prep}" after the noun')
                elif prep in ("with", "between", "among"):
                    add(m, Role.OTHER, f'"{prep}" after the noun')
                    if m.kind == "place":
                        found.places[-1].why = PARTY_PLACE  # "talks between Iran and ...": a party, no location
    clause_reported = pos == "VERB" and _reports_a_clause(tokens, i)
    for m in in_clause:
        if id(m) in used:
            continue
        if pos == "VERB" and 0 < m.first - i <= OTHER_WINDOW and not clause_reported:
            add(m, Role.OTHER, "mentioned just after the verb in its clause")
        elif pos != "VERB" and abs(m.first - i) <= NOUN_OTHER_WINDOW and not (
                m.first > i and _comma_or_verb_between(tokens, i, m.first)):
            # (not across a comma or a verb: "the 2022 election, called on the junta" is no party to the vote)
            add(m, Role.OTHER, "mentioned next to the noun")
    # places
    for p in places:
        if id(p) in used:
            continue
        if clauses[p.first] == cl:
            prep = preposition_before(tokens, p)
            if prep in ("between", "among"):
                continue  # "talks between Iran and ... resume": a party of something, not a location
            found.places.append(Link(p, Role.OTHER, f'"{prep} {p.ref_id}" in the same clause' if prep
                                     else "place in the same clause"))
    return found


def _comma_or_verb_between(tokens: list[Token], i: int, j: int, commas: bool = True) -> bool:
    """A comma, semicolon or colon (when `commas`) or a verb between the noun at `i` and a mention at `j`; not an
    -ing form, nor a participle right after the noun ("a press conference held by Apple")."""
    return any((commas and tokens[k].text in (",", ";", ":")) or (
        tokens[k].tag == "VERB" and tokens[k].form != "VBG" and not (k == i + 1 and tokens[k].form in ("VBN", "VBD")))
        for k in range(i + 1, j))


_POSSESSIVE_PRONOUNS = frozenset(("its", "their", "his", "her", "our", "my", "your"))


def _relative_of(tokens: list[Token], m: MentionRef) -> bool:
    """ "his brother-in-law", "her client", "their lawyers": a possessive before a noun naming another person
    (kin, counsel, client): that person, not the possessor, is the subject or the agent. ("its troops", "their
    units" are the possessor's own people and stay its mentions.)"""
    if not (m.pronoun and m.first == m.last and tokens[m.first].lower in _POSSESSIVE_PRONOUNS):
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    return nxt is not None and nxt.lower in _RELATION_NOUNS


_RELATION_NOUNS = frozenset((
    "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "parents", "children", "child",
    "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law",
    "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather",
    "widow", "partner", "girlfriend", "boyfriend", "fiancee", "fiance", "friend", "friends", "relatives",
    "lawyer", "lawyers", "attorney", "attorneys", "counsel", "client", "clients", "opponent", "opponents",
    "rival", "rivals", "successor", "predecessor", "victim", "victims", "accuser", "accusers"))


def _possessor(tokens: list[Token], m: MentionRef) -> bool:
    """A mention that owns the noun after it: "its costs", "their workforces", "Ford's stock" (not the object
    "her")."""
    w = tokens[m.first].lower
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if m.pronoun and m.first == m.last and w in _POSSESSIVE_PRONOUNS:
        return w != "her" or (nxt is not None and nxt.tag in ("NOUN", "ADJ", "PROPN", "NUM"))
    return nxt is not None and nxt.lower in ("'s", "’s") and m.last + 2 < len(tokens) \
        and tokens[m.last + 2].tag in ("NOUN", "ADJ", "PROPN", "NUM")


def _owns_noun(tokens: list[Token], m: MentionRef, i: int) -> bool:
    """Is the noun at `i` inside the noun phrase the possessor `m` opens ("its [first annual] loss", "their
    [hard work and] dedication", "Ford's [US and Canadian] production")?"""
    j = m.last + 1
    if j < i and tokens[j].lower in ("'s", "’s"):
        j += 1
    if i - j > 4:
        return False
    return all(tokens[k].tag in ("ADJ", "NUM", "NOUN", "PROPN", "ADV") or tokens[k].lower == "and"
               for k in range(j, i))


def _prenominal(tokens: list[Token], i: int, group: VerbGroup | None) -> bool:
    """A bare participle between a modifier and a noun: "aerial refueling tankers", "new mid-sized jets"."""
    t = tokens[i]
    if t.form not in ("VBG", "VBN") or i == 0 or i + 1 >= len(tokens):
        return False
    if group is not None and (group.passive or group.progressive or group.perfect or group.infinitive):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return prev.tag in ("DET", "ADJ", "NUM", "POSS", "VERB", "NOUN") and nxt.tag in ("NOUN", "PROPN")


def _in_pp(tokens: list[Token], m: MentionRef) -> bool:
    return preposition_before(tokens, m) is not None


def _subject_candidate(tokens, clauses, i, in_clause) -> MentionRef | None:
    start = _appositive_start(tokens, i)
    before = [m for m in in_clause if m.last < start]
    if not before:
        return None
    # skip mentions that are inside a prepositional phrase ("the government in Iraq said")
    plain = [m for m in before if not _in_pp(tokens, m)]
    pool = plain or []
    if not pool:
        return None
    best = max(pool, key=lambda m: m.last)
    # a verb between the mention and the trigger belongs to another predicate: only allow auxiliaries
    for k in range(best.last + 1, start):
        t = tokens[k]
        if t.tag == "VERB" and t.form in ("VBD", "VBZ", "VBP") and clauses[k] == clauses[i]:
            if t.form == "VBD" and k + 1 < len(tokens) and tokens[k + 1].lower == "by":
                continue  # "Syrian troops backed by Russia ... are racing": a participle, not a verb of its own
            return None
    return best


def _object_candidate(tokens, clauses, i, in_clause) -> MentionRef | None:
    after = sorted((m for m in in_clause if m.first > i), key=lambda m: m.first)
    for m in after:
        # stop at the next verb or comma: what follows belongs to another predicate
        if any((tokens[k].tag == "VERB" and tokens[k].form not in ("VBN",)) or tokens[k].text in (",", ";", ":")
               for k in range(i + 1, m.first)):
            return None
        if _in_pp(tokens, m):
            return None
        # the subject of a clause the verb takes ("said [Miller would appeal]") is not its object
        nxt = m.last + 1
        while nxt < len(tokens) and tokens[nxt].tag in ("ADV",):
            nxt += 1
        if tokens[i].lemma in COMPLEMENT_VERBS and nxt < len(tokens) and (tokens[nxt].tag in ("AUX", "MODAL") or (
                tokens[nxt].tag == "VERB" and tokens[nxt].form in ("VBD", "VBZ", "VBP"))):
            return None
        return m
    return None


def _at_relative_word(antecedent: MentionRef, tokens, clauses, i) -> MentionRef:
    """The antecedent's actor as mentioned by the relative word of the clause ("Chrysler, [which] had exited"):
    the word in the clause is the mention that links it to the clause's verb (MEANTIME marks it too)."""
    if antecedent.kind != "actor":
        return antecedent
    cl = clauses[i]
    k = next(k for k in range(len(tokens)) if clauses[k] == cl)
    if tokens[k].lower not in ("which", "who", "whom", "that"):
        return antecedent
    return replace(antecedent, span=Span(start=tokens[k].start, end=tokens[k].end), first=k, last=k, pronoun=True)


def _relative_word(tokens, clauses, i) -> str:
    cl = clauses[i]
    return tokens[next(k for k in range(len(tokens)) if clauses[k] == cl)].lower


def _relative_antecedent(tokens, clauses, i, actors) -> MentionRef | None:
    cl = clauses[i]
    start = next(k for k in range(len(tokens)) if clauses[k] == cl)
    if tokens[start].lower not in RELATIVE_WORDS:
        return None
    # the mention just before the relative word (allowing a comma), or before an apposition:
    # "Raqqa, the group's one-time capital in northern Syria, which it lost"
    end = start
    if start >= 1 and tokens[start - 1].text == ",":
        for j in range(start - 2, max(-1, start - 16), -1):
            if tokens[j].text == ",":
                if j + 1 < len(tokens) and tokens[j + 1].tag in ("DET", "POSS"):
                    end = j
                break
    cands = [m for m in actors if m.last < end and end - m.last <= 2]
    if not cands and end != start:
        cands = [m for m in actors if m.last < start and start - m.last <= 2]
    if not cands:
        return None
    best = max(cands, key=lambda m: m.last)
    if _in_pp(tokens, best):
        # "Houthi rebels in Yemen, whom ...": the clause hangs on the head of the noun phrase, not on the
        # place in its prepositional phrase; with no mention heading it ("farmers in Kessa, who") there is none
        k = best.first - 1
        while k >= 0 and tokens[k].tag not in ("PREP", "TO"):
            k -= 1
        head = next((m for m in actors if m.last == k - 1 and m is not best), None)
        if head is None and best.kind == "actor" and tokens[best.last].tag == "PROPN" \
                and not _clause_on_noun(tokens, start, k):
            # a name, not a description ("the agreement between the two companies, which defined"):
            # "money from Harland Civil Engineering, which won", "ahead of Rovers, who travel"
            return best
        return head
    return best


def _clause_on_noun(tokens, start: int, prep: int) -> bool:
    """Does the relative clause rather hang on the common noun before "of" ("the leader of Hamas, who", "the
    website of the airline Iberfly, which", "an expert at Stanford University, who")? After another
    preposition ("money from Harland, which won") or one that follows no noun ("ahead of Rovers, who") the
    name is the antecedent."""
    if tokens[start].lower == "whose":
        return True  # "Airbus whose double-decker A380 first flew": the clause's subject is the plane
    if prep < 1 or tokens[prep - 1].tag != "NOUN":
        return False
    # "a professor from the University of Michigan who", "an expert at Stanford University, who": a person
    return tokens[prep].lower == "of" or tokens[start].lower in ("who", "whom")


def _reports_a_clause(tokens: list[Token], i: int) -> bool:
    """A reporting or thinking verb followed directly by its clause's verb ("whom officials say [are]
    backed", "which the government believes [is] funded")."""
    if tokens[i].lemma not in COMPLEMENT_VERBS:
        return False
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("ADV", "NEG"):
        j += 1
    return j < len(tokens) and (tokens[j].tag in ("AUX", "MODAL") or (
        tokens[j].tag == "VERB" and tokens[j].form in ("VBD", "VBZ", "VBP")))


def _pronoun_subject(tokens, clauses, i) -> bool:
    """A subject pronoun before the verb in its clause ("which *it* lost")."""
    k = i - 1
    while k >= 0 and clauses[k] == clauses[i]:
        if tokens[k].tag == "PRON" and tokens[k].lower in ("i", "you", "he", "she", "it", "we", "they"):
            return True
        k -= 1
    return False


def _coordinated_subject(tokens: list[Token], ref: MentionRef, mentions: list[MentionRef]) -> list[MentionRef]:
    """ "General Motors (GM) and Chrysler have begun": the mention before "and" is a subject too, and so is
    each earlier member of a comma list ("Egypt, Ethiopia and Sudan agreed")."""
    k = ref.first - 1
    if k < 1 or tokens[k].lower != "and":
        return []
    out: list[MentionRef] = []
    while k >= 1 and (tokens[k].lower == "and" or tokens[k].text == ","):
        j = k - 1
        if tokens[j].text == ")":  # skip a parenthesised short form
            while j >= 0 and tokens[j].text != "(":
                j -= 1
            j -= 1
        cands = [m for m in mentions if m.kind == "actor" and m.last == j and m is not ref and m not in out
                 and not _in_pp(tokens, m)]
        if not cands:
            break
        out.append(cands[0])
        k = cands[0].first - 1  # a comma before this member continues the list
    return out


def _opens_its_clause(tokens: list[Token], clauses: list[int], ref: MentionRef) -> bool:
    """Is a place the clause's first noun phrase ("Mosul fell", "The city of Tal Afar fell", "after Mosul
    fell"), rather than a place named inside a longer subject ("the attacks at the embassies in Nairobi,
    Kenya, ... killed")?"""
    cl = clauses[ref.first]
    k = ref.first - 1
    while k >= 0 and clauses[k] == cl and (tokens[k].tag in ("DET", "ADJ", "NUM") or tokens[k].lower == "of"
                                            or tokens[k].lower in _PLACE_NOUNS):
        k -= 1
    if k < 0 or clauses[k] != cl:
        return True
    t = tokens[k]
    return t.tag in ("SUB", "CONJ") or t.lower in RELATIVE_WORDS or t.lower in _CLAUSE_OPENERS
