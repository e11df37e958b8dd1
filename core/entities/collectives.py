"""Groups named by a bare common noun: "Police fired tear gas", "Troops entered the town", "Protesters
blocked the road". No name, no demonym ("Kenyan police" is found by `candidates`), yet a timeline reader
expects them as the one who acted.

`find_collectives` finds such nouns in a sentence and says whether each stands in subject position (a verb
follows it, or "who"); `resolve.Resolver.link_collectives` then joins a mention to an actor the story
already has ("Kenyan police ... Police said"; "Syrian troops ... troops") or, when one mention of the noun is
a subject, makes a group actor of all of them ("Police", "Protesters"). Generic nouns for people ("people",
"residents", "officials", "analysts", "experts") are not listed: they seldom name one agent of a story.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dictionary import word_entry
from .tokens import Token

# group -> actor kind; NOUN_GROUP maps a noun (or two-word compound) to its group. Nouns of one group are one
# actor of a story ("soldiers" and "troops" one force; "demonstrators" and "protesters" one crowd), named
# after its first mention ("Soldiers").
_GROUPS: dict[str, str] = {}
for _kind, _nouns in (
        ("armed_forces", "police|troops|security forces|border guards|paratroopers|commandos|marines|peacekeepers"),
        ("armed_group", "rebels|militants|insurgents|gunmen|jihadists|guerrillas|militiamen|separatists|pirates|"
                        "kidnappers"),
        ("organisation", "firefighters|rescuers|paramedics|doctors|nurses|teachers|strikers|miners|dockworkers|"
                         "workers"),
        ("other", "protesters|marchers|rioters|looters|activists|settlers|students|farmers")):
    _GROUPS.update(dict.fromkeys(_nouns.split("|"), _kind))
NOUN_GROUP: dict[str, str] = {g: g for g in _GROUPS}
NOUN_GROUP.update({
    "policemen": "police", "police officers": "police", "riot police": "police", "policewomen": "police",
    "soldiers": "troops", "protestors": "protesters", "demonstrators": "protesters",
    "fire crews": "firefighters", "rescue workers": "rescuers", "rescue teams": "rescuers",
    "fighters": "militants", "junior doctors": "doctors",
})


GROUP_DISPLAYS = frozenset(noun.capitalize() for noun in NOUN_GROUP)
"""The names a group actor may get ("Police", "Riot police", "Soldiers")."""


def group_kind(group: str) -> str:
    return _GROUPS[group]


@dataclass
class Collective:
    start: int
    end: int
    sentence: int
    group: str
    noun: str  # as listed: "soldiers", "riot police"
    subject: bool


_DETERMINERS = frozenset(("the", "some", "many", "several", "more", "other", "most", "few", "all", "both",
                          "these", "those", "hundreds", "thousands", "dozens", "scores", "tens", "about",
                          "around", "nearly", "almost", "roughly", "over"))
_TWO_WORD_QUANTITIES = frozenset(("at least", "more than", "fewer than", "less than", "up to"))
_QUANTITY_OF = frozenset(("hundreds", "thousands", "dozens", "scores", "tens", "some", "many", "most", "all",
                          "several", "groups", "group", "crowds", "crowd", "hundred", "thousand"))
# words that open a verb group after a subject: auxiliaries, modals, "said", adverbs, "who"
_VERB_OPENERS = frozenset(("have", "had", "has", "are", "were", "was", "is", "will", "would", "could", "can",
                          "may", "might", "must", "should", "did", "do", "does", "say", "said", "later", "also",
                          "then", "now", "still", "again", "reportedly", "allegedly", "quickly", "soon",
                          "eventually", "finally", "began", "who"))
_OBJECT_OPENERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "them", "him", "to", "on", "in",
                             "at", "into", "off", "up", "down", "back", "out", "through", "across"))
_SHORT_PP = frozenset(("in", "on", "at", "near", "outside", "across", "from"))


def _past_verb(word: str) -> bool:
    """ "fired", "went", "fled": a verb form that is not its own lemma and no plural noun."""
    entry = word_entry(word)
    verb = entry.get("VERB") or entry.get("AUX")
    if not verb or word in verb:
        return False
    noun = entry.get("NOUN")
    return not (noun and word not in noun and word.endswith("s"))


def _base_verb(word: str) -> bool:
    entry = word_entry(word)
    return bool(entry.get("VERB") and word in entry["VERB"])


def _verb_follows(toks: list[Token], k: int, headline: bool = False) -> bool:
    """Does a finite verb start at token `k` (past form, auxiliary or modal, or a base form with an object
    after it: "Troops enter the town")? One short phrase may stand before it: "Police in Nairobi fired"."""
    n = len(toks)
    for hop in range(2):
        if k >= n:
            return False
        w = toks[k].lower
        if w in _VERB_OPENERS or (toks[k].text.islower() or hop == 0 and toks[k].text[:1].isupper()) and (
                _past_verb(w) or w.endswith("ly") and k + 1 < n and _past_verb(toks[k + 1].lower)):
            return True
        if _base_verb(w) and k + 1 < n and (toks[k + 1].lower in _OBJECT_OPENERS or headline and not (
                _past_verb(toks[k + 1].lower) or toks[k + 1].lower in _VERB_OPENERS)):
            # "Troops enter the town"; in a headline "Rebels seize airport" (not "Police station attacked")
            return True
        if hop == 0 and w in _SHORT_PP:
            # "Police in Nairobi", "protesters outside the ministry", "troops on Monday": up to four words
            j = k + 1
            while j < n and j - k <= 4 and toks[j].is_word and toks[j].lower not in _VERB_OPENERS and not (
                    toks[j].text.islower() and _past_verb(toks[j].lower)):
                j += 1
            k = j
            continue
        return False
    return False


def _after_head(toks: list[Token], k: int, headline: bool = False) -> bool:
    """Is the noun phrase ending before token `k` a subject? A verb follows, or ", who", or "and" with a second
    noun phrase and then a verb ("Protesters and police clashed")."""
    n = len(toks)
    if k < n and toks[k].text == "," and k + 1 < n and toks[k + 1].lower == "who":
        return True
    if k < n and toks[k].lower == "and":
        j = k + 1
        while j < n and j - k <= 3 and toks[j].is_word and toks[j].lower not in _VERB_OPENERS and not (
                toks[j].text.islower() and _past_verb(toks[j].lower)):
            j += 1
        return _verb_follows(toks, j, headline)
    return _verb_follows(toks, k, headline)


def _before_head(toks: list[Token], i: int) -> bool:
    """May the noun at `i` open its clause's subject? Nothing but determiners, numbers and quantities ("the",
    "hundreds of", "about 200", "masked") stands between it and the clause start (a sentence start, a comma,
    "and", "but", "when"...); a preposition or verb before it makes it an object."""
    j = i - 1
    while j >= 0:
        w = toks[j].lower
        if w == "of" and j > 0 and toks[j - 1].lower in _QUANTITY_OF:
            j -= 2
            continue
        if j > 0 and f"{toks[j - 1].lower} {w}" in _TWO_WORD_QUANTITIES:
            j -= 2
            continue
        if w in _DETERMINERS or w.replace(",", "").isdigit() or ((toks[j].text.islower() or j == 0) and (
                "-" in w or _adjective(w))):  # "anti-government", "angry", "heavily armed"
            j -= 1
            continue
        break
    if j < 0:
        return True
    w = toks[j].lower
    return w in _CLAUSE_OPENERS


def _adjective(word: str) -> bool:
    """ "angry", "masked", "heavily": a word lemminflect knows as an adjective or adverb and not as a noun."""
    entry = word_entry(word)
    return bool(entry.get("ADJ") or entry.get("ADV")) and not entry.get("NOUN")


_CLAUSE_OPENERS = frozenset((",", ";", ":", "and", "but", "when", "as", "after", "before", "while", "because",
                             "since", "until", "where", "then", "-", "–", "—", '"', "“", "(", "that", "although",
                             "though", "if", "yesterday", "today", "tonight", "overnight", "meanwhile", "later",
                             "earlier", "also", "now", "instead", "eventually", "finally", "soon"))


def find_collectives(toks: list[Token], sentence: int, title_case: bool = False, headline: bool = False
                     ) -> list[Collective]:
    """Group nouns of one sentence's tokens. A capitalised one counts only at the start of the sentence or of
    a quotation, or in a headline written in title case ("Police Fire Tear Gas")."""
    out = []
    n = len(toks)
    k = 0
    while k < n:
        t = toks[k]
        if not t.is_word:
            k += 1
            continue
        two = f"{t.lower} {toks[k + 1].lower}" if k + 1 < n else ""
        if two in NOUN_GROUP:
            noun, last = two, k + 1
        elif t.lower in NOUN_GROUP:
            noun, last = t.lower, k
        else:
            k += 1
            continue
        opening = k == 0 or toks[k - 1].text in ('"', "“", "‘", "(", "-", "–", "—", ":") or (
            k == 1 and toks[0].lower == "the")
        if t.text[:1].isupper() and not (title_case or opening):
            k = last + 1
            continue  # "the Rebels" inside a sentence: a team's or a party's name
        prev = toks[k - 1] if k else None
        if prev is not None and (prev.is_possessive or prev.text in ("'", "’")):
            k = last + 1
            continue  # "the group's fighters", "the unions' members": the possessor is the actor
        if prev is not None and prev.is_word and prev.text[:1].isupper() and not title_case and \
                prev.lower not in _DETERMINERS and (
                k > 1 or not word_entry(prev.lower)):
            k = last + 1
            continue  # "Houthi rebels", "Islamic State militants": the name before them is the actor
        nxt = toks[last + 1] if last + 1 < n else None
        if nxt is not None and (nxt.is_possessive or nxt.text in ("'", "’") or (
                nxt.is_word and nxt.text[:1].isupper() and not title_case)):
            k = last + 1
            continue  # "protesters' demands", "Police Commissioner X": a modifier, not the head
        if nxt is not None and nxt.lower in ("from", "of", "loyal", "belonging", "linked", "allied") and any(
                x.text[:1].isupper() for x in toks[last + 2:last + 5] if x.is_word and x.lower != "the"):
            k = last + 1
            continue  # "Gunmen from the Sahel Liberation Front", "fighters loyal to X": that body acts
        after = _after_head(toks, last + 1, headline)
        if not after and nxt is not None and nxt.is_word and nxt.text.islower() and word_entry(nxt.lower).get("NOUN"):
            k = last + 1
            continue  # "police station", "police chief", "rebel positions": the group noun modifies a noun
        first = _quantity_start(toks, k)
        subject = (after and _before_head(toks, k)) or _passive_agent(toks, first)
        out.append(Collective(toks[first].start, toks[last].end, sentence, NOUN_GROUP[noun], noun, subject))
        k = last + 1
    return out


def _passive_agent(toks: list[Token], first: int) -> bool:
    """ "Villagers had to be evacuated by soldiers", "the boat was boarded by the police": the group after the
    "by" of a passive participle does the act, as a subject would."""
    j = first - 1
    if j >= 0 and toks[j].lower == "the":
        j -= 1
    if j < 1 or toks[j].lower != "by":
        return False
    participle = toks[j - 1].lower
    if participle.endswith("ly") and j > 1:  # "attacked overnight by", "quickly surrounded by"
        participle = toks[j - 2].lower
    return toks[j - 1].text.islower() and _past_verb(participle)


_APPROXIMATELY = frozenset(("about", "around", "nearly", "almost", "roughly", "over"))


def _quantity_start(toks: list[Token], k: int) -> int:
    """Where the mention of the group noun at `k` starts: its count is part of it ("Hundreds of protesters",
    "At least 300 workers", "about 40 soldiers"), so that no "of" or "at" before the noun reads as a
    preposition when the event finder looks for a subject."""
    first = k
    if k > 1 and toks[k - 1].lower == "of" and toks[k - 2].lower in _QUANTITY_OF:
        first = k - 2
    elif k > 0 and toks[k - 1].lower.replace(",", "").isdigit():
        first = k - 1
    else:
        return first
    if first > 1 and f"{toks[first - 2].lower} {toks[first - 1].lower}" in _TWO_WORD_QUANTITIES:
        first -= 2
    elif first > 0 and toks[first - 1].lower in _APPROXIMATELY:
        first -= 1
    return first
