"""Clause structure of a tagged sentence, rough but explainable: clause numbers, verb groups, voice, tense.

A new clause starts at a subordinator ("that", "because", "while"...), a relative word ("which", "who",
"where"), a coordinator followed by a verb or a new subject ("... and taken control", "but it did not"),
a semicolon or colon, and a participle after a comma ("..., declaring victory").
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .tokens import Token

RELATIVE_WORDS = frozenset(("which", "who", "whom", "whose", "where"))
COMPLEMENT_VERBS = lx.REPORTING | frozenset(("think", "believe", "expect", "hope", "fear", "know", "feel",
                                              "suspect", "doubt", "assume", "learn", "hear", "see"))


def clause_ids(tokens: list[Token]) -> list[int]:
    """Clause number of every token (0, 1, 2... in order)."""
    out: list[int] = []
    cid = 0
    top = 0
    n = len(tokens)
    stack: list[int] = []  # clauses interrupted by a ", which ...," relative clause
    stack_needs_verb = stack_verb = False
    # a relative clause without comma ("officers who had been searching for him concluded"): the outer clause
    # and whether the relative clause has had its verb group yet
    restrictive: list[int] = []
    seen_verb = False
    appositive = False  # the relative clause belongs to an apposition opened by a comma
    paren: list[int] = []  # the clause a parenthetical participle (", founded in 1990,") interrupts
    for i, t in enumerate(tokens):
        new = False
        if paren and t.text == ",":
            # "The club, founded in 1919, has never been relegated": the comma closes the participle clause
            out.append(cid)
            top = max(top, cid)
            cid = paren.pop()
            continue
        finite = t.tag in ("AUX", "MODAL") or (t.tag == "VERB" and t.form in ("VBD", "VBZ", "VBP"))
        if restrictive and finite:
            prev = tokens[i - 1] if i else None
            starts_group = prev is not None and prev.tag not in ("AUX", "MODAL", "NEG", "ADV", "CONJ", "TO")
            if t.form == "VBD" and i + 1 < n and tokens[i + 1].lower in ("by", "from"):
                starts_group = False  # "an application that limits the volume produced from": a reduced relative
            if seen_verb and starts_group and prev.text not in (",",):
                top = max(top, cid)
                cid = restrictive.pop()
                seen_verb = False
                out.append(cid)
                continue
            seen_verb = True
        if restrictive and t.text in ('"', "”", "''", "’") and i > 0 and tokens[i - 1].text in (",", ".", "?", "!"):
            # '"He was a good boy who wanted to be a nurse," she said': the closing quote ends the quoted
            # sentence and its relative clause; what follows is a clause of its own
            restrictive = []
            seen_verb = appositive = False
            top = max(top, cid) + 1
            cid = top
            out.append(cid)
            continue
        if restrictive and appositive and seen_verb and t.text == ",":
            # "GM, an automaker which has filed for bankruptcy, announced": the apposition's comma closes it
            out.append(cid)
            top = max(top, cid)
            cid = restrictive.pop()
            seen_verb = appositive = False
            continue
        if stack and finite:
            stack_verb = True
        if stack and t.text == "," and (stack_verb or not stack_needs_verb):
            # ", which Isis lost in July, was retaken": the comma closes the relative clause
            out.append(cid)
            cid_back = stack.pop()
            top = max(top, cid)
            cid = cid_back
            continue
        if t.lower in RELATIVE_WORDS and i > 0 and tokens[i - 1].text == "," and t.lower in ("which", "who",
                                                                                            "whom"):
            stack.append(cid)
            # ", whom, officials say, ...": a "whom" clause closes at a comma only after its verb
            stack_needs_verb, stack_verb = t.lower == "whom", False
            top = max(top, cid) + 1
            cid = top
            out.append(cid)
            continue
        if (t.lower in ("who", "which", "whose") or _subject_relative_that(tokens, i)) and i > 0 and \
                tokens[i - 1].tag in ("NOUN", "PROPN") and not stack:
            # restrictive relative clause: remember the clause it interrupts
            restrictive = [cid]
            seen_verb = False
            appositive = _after_apposition_comma(tokens, i)
            new = True
        elif t.tag == "SUB" or t.lower in RELATIVE_WORDS:
            new = True
        elif t.text in (";", ":"):
            new = True
        elif t.tag == "CONJ" and t.lower in ("and", "but", "or"):
            nxt = _skip_adverbs(tokens, i + 1)
            if nxt is not None and (nxt.tag in ("VERB", "AUX", "MODAL") or nxt.lower in lx.SUBJECT_PRONOUNS):
                new = True
                if nxt.lower in lx.SUBJECT_PRONOUNS:
                    restrictive = []  # "one of the indexes that have done well, and it closed up": a new clause
        elif t.tag == "PREP" and t.lower in ("after", "before", "since", "until", "as") and i + 1 < n:
            nxt = tokens[i + 1]
            # "after Mosul fell", "before it was taken": a subordinate clause, not a phrase
            if _has_verb_soon(tokens, i + 1):
                new = True
            elif nxt.tag == "VERB" and nxt.form == "VBG":
                new = True
        elif t.tag == "VERB" and t.form in ("VBD", "VBN") and not stack and not restrictive and \
                parenthetical_participle(tokens, i):
            new = True
            paren.append(cid)
        elif t.tag == "VERB" and t.form in ("VBG", "VBN") and i > 0 and tokens[i - 1].text == ",":
            new = True
        elif t.tag in ("PRON", "DET", "POSS", "PROPN", "NOUN", "ADJ", "NUM") and _after_complement_verb(tokens, i) \
                and _has_verb_soon(tokens, i):
            new = True  # "Saddam said [he will begin ...]", "said today [its troops would ...]"
        if new and out:
            top = max(top, cid) + 1
            cid = top
            stack.clear()
        out.append(cid)
    return out


def _subject_relative_that(tokens: list[Token], i: int) -> bool:
    """ "The military government that seized power last week dissolved parliament": "that" after a noun and
    right before a verb group opens a relative clause, which the main clause's verb closes."""
    if tokens[i].lower != "that" or i + 1 >= len(tokens):
        return False
    n = _skip_adverbs(tokens, i + 1)
    return n is not None and (n.tag in ("AUX", "MODAL") or (n.tag == "VERB" and n.form in ("VBD", "VBZ", "VBP")))


def _after_complement_verb(tokens: list[Token], i: int) -> bool:
    """Is token `i` right after a reporting or thinking verb (allowing "today", "privately" between)?"""
    j = i - 1
    while j >= 0 and i - j <= 3 and (tokens[j].tag == "ADV" or tokens[j].lower in lx.TIME_NOUNS):
        j -= 1
    return j >= 0 and tokens[j].tag == "VERB" and tokens[j].lemma in COMPLEMENT_VERBS and (
        j == i - 1 or tokens[i].tag != "NOUN")


def _after_apposition_comma(tokens: list[Token], i: int) -> bool:
    """Does the noun phrase before token i (a relative word) open right after a comma (", an automaker which")?"""
    k = i - 1
    while k >= 0 and i - k <= 6 and tokens[k].tag in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "POSS"):
        k -= 1
    return k >= 0 and k < i - 1 and tokens[k].text == ","


def _skip_adverbs(tokens: list[Token], j: int) -> Token | None:
    while j < len(tokens) and tokens[j].tag in ("ADV", "NEG"):
        j += 1
    return tokens[j] if j < len(tokens) else None


def _has_verb_soon(tokens: list[Token], j: int) -> bool:
    """A finite verb within the next few words, before any punctuation: "after [Mosul fell]"."""
    for k in range(j, min(len(tokens), j + 6)):
        t = tokens[k]
        if t.tag == "PUNCT":
            return False
        if (t.tag in ("AUX", "MODAL") and t.lower != "am") or (t.tag == "VERB" and t.form in ("VBD", "VBZ", "VBP")):
            return k > j
    return False


def _by_follows(tokens: list[Token], i: int) -> bool:
    """ "backed by", "supported heavily by", "armed and trained by": a by-phrase after the participle."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag == "ADV":
        j += 1
    if j + 1 < len(tokens) and tokens[j].lower == "and" and tokens[j + 1].tag == "VERB" and \
            tokens[j + 1].form in ("VBD", "VBN"):
        j += 2
        while j < len(tokens) and tokens[j].tag == "ADV":
            j += 1
    if j < len(tokens) and tokens[j].lower in ("on", "in", "at", "last", "this", "earlier", "late"):
        # "the ceasefire announced on Sunday by the prime minister": a short time phrase before the by-phrase
        k = j + 1
        while k < len(tokens) and k <= j + 3 and tokens[k].tag in ("PROPN", "NOUN", "NUM", "DET", "ADJ") \
                and tokens[k].lower != "by":
            k += 1
        if k > j + 1 and k < len(tokens) and tokens[k].lower == "by":
            return True
    return j < len(tokens) and tokens[j].lower == "by"


def _after_noun_phrase(tokens: list[Token], i: int) -> bool:
    """The participle follows a noun ("troops backed"), a noun and a comma ("the SDF, armed"), or another
    participle it is coordinated with ("armed and trained")."""
    if i == 0:
        return False
    p = tokens[i - 1]
    if p.tag in ("NOUN", "PROPN"):
        return True
    if p.text == "," and i >= 2 and tokens[i - 2].tag in ("NOUN", "PROPN"):
        return True
    return p.lower == "and" and i >= 2 and tokens[i - 2].tag == "VERB" and tokens[i - 2].form in ("VBD", "VBN") \
        and _after_noun_phrase(tokens, i - 2)


@dataclass(slots=True)
class VerbGroup:
    """The auxiliaries, modal and negation in front of a verb."""

    passive: bool = False
    negated: bool = False
    modal: str | None = None
    perfect: bool = False
    progressive: bool = False
    tense: str = "NONE"  # PAST, PRESENT, FUTURE, INFINITIVE, PARTICIPLE, NONE
    hedge: str | None = None  # "believed to", "expected to"...
    infinitive: bool = False
    governor: int | None = None  # token index of the verb governing an infinitive ("try" of "try to flee")


def parenthetical_participle(tokens: list[Token], i: int) -> bool:
    """ "Mitsotakis, asked about the case on Wednesday, said", "The company, founded in 1990, said": a participle
    opening a clause set between commas after a noun, with no object of its own and no finite verb inside, and
    the sentence's own verb right after the closing comma, is a passive participle (what was done to the noun),
    not a verb of its own."""
    if i < 2 or tokens[i - 1].text != "," or tokens[i - 2].tag not in ("PROPN", "NOUN"):
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].tag in ("DET", "POSS", "PRON", "NUM", "PROPN", "NOUN", "ADJ"):
        return False  # "Ali, raided his house": an object follows, a verb of its own
    for k in range(i + 1, min(len(tokens) - 1, i + 14)):
        t = tokens[k]
        if t.text == ",":
            n = tokens[k + 1]
            return n.tag == "VERB" and n.form in ("VBD", "VBZ", "VBP") or n.tag in ("AUX", "MODAL")
        if t.tag in ("AUX", "MODAL") or (t.tag == "VERB" and t.form in ("VBZ", "VBP")) or t.text in (";", ":", "."):
            return False
    return False


_HAVE_TO = frozenset(("have", "has", "had"))


def verb_group(tokens: list[Token], i: int) -> VerbGroup:
    """Read the verb group ending at the verb `tokens[i]` leftwards."""
    t = tokens[i]
    g = VerbGroup()
    j = i - 1
    auxes: list[Token] = []
    semi = None  # "had" of "had to flee": a semi-modal, the verb stays finite
    while j >= 0:
        p = tokens[j]
        if p.tag == "TO" and semi is None and j >= 1 and tokens[j - 1].lower in _HAVE_TO and (
                j < 2 or tokens[j - 2].tag != "TO"):
            # "Police had to use tear gas", "will have to leave", "did not have to pay": the subject of the
            # clause does it, as with a modal
            semi = tokens[j - 1]
            j -= 2
            continue
        if p.tag in ("AUX", "MODAL", "NEG") or (p.tag == "ADV" and p.lower not in ("then",)):
            if p.tag == "NEG":
                g.negated = True
            elif p.tag == "MODAL":
                g.modal = p.lower
            elif p.tag == "AUX":
                auxes.append(p)
            j -= 1
            continue
        if p.tag == "TO":
            g.tense = "INFINITIVE"
            g.infinitive = True
            # "are believed to be regrouping", "is expected to", "try to", "plans to"
            k = j - 1
            while k >= 0 and tokens[k].tag in ("ADV",):
                k -= 1
            # "urged the rebels to surrender", "expected many to try": look past the object
            m = k
            while m >= 0 and tokens[m].tag in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "POSS") and k - m < 5:
                m -= 1
            if m < k and m >= 1 and tokens[m].lower == "by" and tokens[m - 1].tag == "VERB":
                m -= 1  # "was used by Isis to move": the passive verb before the by-phrase governs
            if m < k and m >= 0 and tokens[m].tag == "VERB" and tokens[m].lemma not in ("be",):
                k = m
            if k >= 0 and tokens[k].tag == "VERB":
                g.hedge = tokens[k].lemma
                if tokens[k].lemma in ("get", "be"):
                    g.hedge = None
                back = verb_group(tokens, k)
                g.negated = g.negated or back.negated
                g.governor = k
                g.tense = back.tense
                if back.hedge and not g.hedge:
                    g.hedge = back.hedge
            j -= 1
        break
    lemmas = [a.lemma for a in auxes]
    if t.form in ("VBN", "VBD") and auxes and auxes[0].lemma == "be":
        g.passive = True
    if t.form == "VBN" and auxes and auxes[0].lemma in ("get",):
        g.passive = True
    if not auxes and t.form in ("VBD", "VBN") and _by_follows(tokens, i) and _after_noun_phrase(tokens, i):
        g.passive = True  # a reduced relative: "Syrian troops backed by Russia", "X, armed and trained by Y,"
    if not auxes and t.form in ("VBD", "VBN") and parenthetical_participle(tokens, i):
        g.passive = True  # "Prime Minister Kyriakos Mitsotakis, asked about the case on Wednesday, said ..."
    if "have" in lemmas:
        g.perfect = True
    if t.form == "VBG" and "be" in lemmas:
        g.progressive = True
    if not g.infinitive:
        finite = semi or (auxes[-1] if auxes else t)
        if g.modal in lx.FUTURE_WORDS:
            g.tense = "FUTURE"
        elif g.modal:
            g.tense = "MODAL"
        elif finite.lower in ("was", "were", "had", "did") or (finite is t and t.form == "VBD"):
            g.tense = "PAST"
        elif finite.lower in ("is", "are", "am", "has", "have", "do", "does", "'s", "'re", "'m", "'ve") or (
                finite is t and t.form in ("VBZ", "VBP")):
            g.tense = "PRESENT"
        elif t.form in ("VBN", "VBG"):
            g.tense = "PARTICIPLE"
        else:
            g.tense = "NONE"
    return g
