"""A light part-of-speech tagger: closed-class word lists, lemminflect's word tables and context rules.

Coarse tags: DET POSS PRON PREP TO CONJ SUB MODAL AUX NEG ADV ADJ NOUN PROPN VERB NUM PUNCT.
Verbs also get a form (VB, VBD, VBN, VBG, VBZ). It is a rule tagger for finding event words, not a general
parser: it decides noun versus verb from the words around, which is what trigger finding needs.
"""

from __future__ import annotations

from functools import lru_cache

from ..dictionary import inflect, word_entry
from . import lexicon as lx
from .tokens import Token

OPEN = ("NOUN", "VERB", "ADJ", "ADV")


word_classes = word_entry
"""lemminflect's dictionary entry: {"NOUN": ("attack",), "VERB": ("attack",)}; {} when unknown."""


@lru_cache(maxsize=65536)
def is_verb_lemma(word: str) -> bool:
    return word in word_classes(word).get("VERB", ())


@lru_cache(maxsize=65536)
def verb_lemma(lower: str) -> str | None:
    lemmas = word_classes(lower).get("VERB")
    if lemmas:
        return lemmas[0]
    return None


@lru_cache(maxsize=65536)
def noun_lemma(lower: str) -> str:
    lemmas = word_classes(lower).get("NOUN")
    return lemmas[0] if lemmas else lower


@lru_cache(maxsize=65536)
def verb_form(lower: str, lemma: str) -> str:
    """VB, VBZ, VBG or VBD (past; VBN when the past participle differs from the simple past)."""
    if lower == lemma:
        return "VB"
    if lower.endswith("ing"):
        return "VBG"
    if lower.endswith("s") and not lower.endswith("ss"):
        return "VBZ"
    vbn = inflect(lemma, "VBN")
    vbd = inflect(lemma, "VBD")
    if lower in vbn and lower not in vbd:
        return "VBN"
    return "VBD"


def _closed_tag(lower: str) -> str | None:
    if lower in lx.MODALS:
        return "MODAL"
    if lower in lx.AUXILIARIES:
        return "AUX"
    if lower in lx.NEGATIONS:
        return "NEG"
    if lower == "to":
        return "TO"
    if lower in lx.POSSESSIVES:
        return "POSS"
    if lower in lx.DETERMINERS:
        return "DET"
    if lower in lx.SUBJECT_PRONOUNS or lower in lx.OBJECT_PRONOUNS:
        return "PRON"
    if lower in lx.CONJUNCTIONS:
        return "CONJ"
    if lower in lx.PREPOSITIONS:
        return "PREP"
    if lower in lx.SUBORDINATORS:
        return "SUB"
    if lower in lx.PRONOUNS:
        return "PRON"
    return None


# "did last year", "will, last week, ...": "last" before a time word is the adjective
_LAST_TIMES = frozenset(("year", "week", "month", "night", "time", "season", "quarter", "summer", "winter", "spring",
                         "autumn", "fall", "weekend", "decade", "century", "minute", "hour", "day", "monday",
                         "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _plural_noun(lower: str) -> bool:
    return (lower.endswith("s") and not lower.endswith(("ss", "us", "is"))) or lower in lx.PLURAL_WITHOUT_S


def _once_is_adverb(tokens: list[Token], i: int) -> bool:
    """"Sellin once worked as a lawyer", "the town was once a port", "once again": at one time, not "as soon
    as" ("once the water recedes", "the road reopens once it is safe")."""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if nxt in ("again", "more"):
        return True
    prev = tokens[i - 1] if i else None
    if prev is None or prev.tag not in ("NOUN", "PROPN", "PRON", "AUX", "MODAL", "NEG"):
        return False
    if prev.tag in ("AUX", "MODAL", "NEG") or nxt in lx.AUXILIARIES or nxt in lx.MODALS:
        return True  # "was once a port", "had once been", "the town once was"
    classes = word_classes(nxt)
    return "VERB" in classes and "NOUN" not in classes and nxt not in lx.SUBJECT_PRONOUNS


_NOMINAL_PREV = frozenset(("DET", "POSS", "ADJ", "NUM"))


def _previous(tokens: list[Token], i: int) -> Token | None:
    """The token before `i`, skipping adverbs and negations (so "had not yet entered" looks back to "had")."""
    j = i - 1
    while j >= 0 and tokens[j].tag in ("ADV", "NEG"):
        j -= 1
    return tokens[j] if j >= 0 else None


def tag(tokens: list[Token]) -> list[Token]:
    """Tag `tokens` (one sentence) in place and return them."""
    n = len(tokens)
    first_word = True
    compound = _compound_nouns(tokens)
    for i, t in enumerate(tokens):
        w = t.lower
        if i in compound:
            t.tag, t.lemma = "NOUN", noun_lemma(w)
            first_word = False
            continue
        ch = t.text[0]
        if not (ch.isalpha() or ch in "'’"):
            t.tag = "NUM" if ch.isdigit() else "PUNCT"
            if t.tag == "PUNCT" and t.text in "\"‘“(":
                first_word = True
            continue
        sentence_initial = first_word
        first_word = False
        closed = _closed_tag(w)
        # "that"/"as"/"before" etc. are both subordinators and other things; fine-tune a few
        if closed is not None:
            if w == "that":
                closed = "SUB"
            elif w in ("before", "after", "since", "until", "as") :
                closed = "PREP"
            elif w in ("'s",):
                prev = tokens[i - 1] if i else None
                nxt = tokens[i + 1] if i + 1 < n else None
                # possessive after a name/noun unless a verb form follows ("it's going")
                if prev is not None and prev.tag not in ("PRON",) and not (
                    nxt is not None and (nxt.lower.endswith("ing") or nxt.lower.endswith("ed") or nxt.lower in lx.ADVERBS)):
                    closed = "POSS"
            elif w == "'d":
                closed = "MODAL"
            elif w == "once" and _once_is_adverb(tokens, i):
                closed = "ADV"
            elif w == "yet" and i and tokens[i - 1].tag in ("NEG", "AUX", "MODAL"):
                closed = "ADV"  # "had not yet received", "has yet to decide": "still", not "but"
            t.tag = closed
            if closed == "AUX":
                t.lemma = "be" if w in lx.BE else "have" if w in lx.HAVE else "do"
            continue
        if w in lx.ADVERBS:
            t.tag = "ADV"
            continue
        if w in lx.NUMBER_WORDS:
            prev = _previous(tokens, i)
            nxt = tokens[i + 1].lower if i + 1 < n else ""
            if w == "last" and prev is not None and (prev.tag in ("MODAL", "TO") or (
                    prev.tag == "AUX" and prev.lemma == "do") or (i and tokens[i - 1].tag == "NEG")) and \
                    nxt not in _LAST_TIMES:
                # "did not last much longer", "will last", "to last": the verb, not the ordinal
                t.tag, t.lemma, t.form = "VERB", "last", "VB"
                continue
            t.tag = "NUM"
            continue
        classes = word_classes(w)
        if t.is_capitalised and (not sentence_initial or not classes) and not t.text.isupper() or (
            t.text.isupper() and len(t.text) > 1 and not classes
        ):
            t.tag = "PROPN"
            t.lemma = t.text
            continue
        t.tag = _decide(tokens, i, w, classes)
        if t.tag == "VERB":
            t.lemma = verb_lemma(w) or _guess_verb_lemma(w)
            t.form = verb_form(w, t.lemma)
            prev = _previous(tokens, i)
            if t.form in ("VBD", "VB", "VBP") and prev is not None and prev.tag == "AUX" and \
                    prev.lemma in ("be", "have"):
                t.form = "VBN"  # "had been outbid", "was cut": a participle that looks like the base form
            if t.form == "VB" and prev is not None and prev.tag in ("PRON", "NOUN", "PROPN"):
                t.form = "VBP"
        elif t.tag == "NOUN":
            t.lemma = noun_lemma(w)
        else:
            t.lemma = w
    return tokens


def _compound_nouns(tokens: list[Token]) -> set[int]:
    """Indices of the words of listed compound nouns whose words could be verbs ("tear gas", "water cannon")."""
    out = set()
    for i in range(len(tokens) - 1):
        if f"{tokens[i].lower} {tokens[i + 1].lower}" in lx.COMPOUND_NOUNS:
            out.update((i, i + 1))
    return out


def _guess_verb_lemma(w: str) -> str:
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + rep
    return w


def _decide(tokens: list[Token], i: int, w: str, classes: dict) -> str:
    has_v = "VERB" in classes
    has_n = "NOUN" in classes
    has_a = "ADJ" in classes
    prev = _previous(tokens, i)
    ptag = prev.tag if prev is not None else ""
    plow = prev.lower if prev is not None else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if not classes:
        if w.endswith("ly"):
            return "ADV"
        if w.endswith("ed") or (w.endswith("ing") and ptag not in _NOMINAL_PREV):
            return "VERB"
        if w.endswith(("ous", "ive", "ful", "less", "ic", "ical", "able", "ible")):
            return "ADJ"
        return "NOUN"
    if not has_v:
        if has_n and has_a:
            return "ADJ" if nxt is not None and (nxt.tag == "" and _likely_noun(nxt.lower)) and ptag != "AUX" else "NOUN"
        if has_n:
            return "NOUN"
        if has_a:
            return "ADJ"
        return "ADV" if "ADV" in classes else "NOUN"
    if has_n and w in lx.ROLE_NOUNS and nxt is not None and nxt.text[:1].isupper() and \
            ptag not in ("PRON", "AUX", "MODAL", "NEG", "TO"):
        return "NOUN"  # "Sports minister Pedro Duarte", "referee Tiago Martins": a role before a name
    if w.endswith("ing") and nxt is not None and _noun_next(nxt.lower) and _inside_noun_phrase(tokens, i):
        return "ADJ"  # "the Danish shipping group", "a leading bank": a modifier before its noun
    if w.endswith("ing") and _gerund_object(prev, nxt):
        return "NOUN"  # "have attacked shipping in the Red Sea", "banned fishing near the reef"
    if not has_n and not has_a:
        if ptag in ("DET", "POSS") and w.endswith("ing"):
            return "NOUN"
        if _noun_slot(tokens, i, w, classes["VERB"][0]):
            return "NOUN"  # lemminflect knows "dam" only as a verb: "the dam", "the Kaldera dam"
        return "VERB"
    lemma = classes["VERB"][0]
    form = verb_form(w, lemma)
    if w == "close" and nxt is not None and nxt.lower == "to" and (ptag in ("NOUN", "PROPN") or plow == ","):
        return "ADJ"  # "a newspaper close to Hezbollah", "sources close to the talks": near, not shutting
    # strong verb contexts
    if ptag in ("MODAL", "TO") or (ptag == "NEG" and prev is not None):
        if form == "VB":
            return "VERB"
    if ptag == "AUX":
        if form in ("VBG", "VBN", "VBD"):
            return "VERB"
        if prev is not None and prev.lemma == "do" and form == "VB":
            return "VERB"
        if prev is not None and prev.lemma == "have" and form == "VB" and _past_is_base(lemma) and \
                nxt is not None and (nxt.lower in lx.DETERMINERS or nxt.lower in lx.POSSESSIVES):
            return "VERB"  # "had burst its banks", "has cost": a participle that looks like the base form
    if ptag == "PRON" and plow in lx.SUBJECT_PRONOUNS and form != "VBG":
        return "VERB"
    # irregular past equal to the base ("set", "hit", "cut") after a subject; base verb after a plural subject
    if ptag in ("NOUN", "PROPN", "PRON") and form == "VB":
        if _past_is_base(lemma) or (prev is not None and prev.lower.endswith("s") and ptag == "NOUN" and (
                nxt is None or nxt.tag == "PUNCT" or nxt.lower in lx.DETERMINERS or nxt.lower in ("that", "to")
                or nxt.lower in lx.SUBJECT_PRONOUNS or nxt.text[:1].isupper()
                or (lemma in lx.REPORTING and (nxt.lower in lx.AUXILIARIES or nxt.lower in lx.MODALS)))):
            return "VERB"  # "whom officials say are backed by": a reporting verb before its clause's verb
    # nominal contexts
    if ptag in ("DET", "POSS", "NUM"):
        if form in ("VBD", "VBN") and has_a:
            return "ADJ"
        if has_n:
            return "NOUN"
        if has_a:
            return "ADJ"
    if ptag == "ADJ" and has_n:
        return "NOUN"
    if ptag == "PREP":
        if form == "VBG":
            return "VERB"
        if has_n:
            return "NOUN"
    if form in ("VBD", "VBN"):
        if has_a and nxt is not None and _likely_noun(nxt.lower) and ptag not in ("NOUN", "PROPN", "PRON"):
            return "ADJ"
        return "VERB"
    if form == "VBZ" and ptag == "NOUN" and has_n and _object_position(tokens, i - 1):
        return "NOUN"  # "offer layoff packages to": the noun phrase is an object, its last word a noun
    if form == "VBZ" and ptag in ("NOUN", "PROPN", "PRON", "SUB") or (form == "VBZ" and ptag == "" and i > 0):
        if nxt is None or nxt.lower in lx.DETERMINERS or nxt.lower in lx.POSSESSIVES or nxt.tag == "NUM" or \
                nxt.lower in ("to", "that", "it", "him", "her", "them", "us") or nxt.text[:1].isupper() or \
                nxt.text[:1].isdigit() or (lemma in lx.REPORTING and (nxt.lower in lx.AUXILIARIES
                                                                       or nxt.lower in lx.MODALS)):
            return "VERB"
        if ptag == "NOUN" and nxt.lower in lx.PREPOSITIONS and not plow.endswith("s") and \
                not _object_position(tokens, i - 1) and \
                not any(t.tag in ("VERB", "AUX", "MODAL") for t in tokens[:i]) and not _finite_verb_after(tokens, i + 1):
            return "VERB"  # "Marsh's party files for a recount": no other verb could be the clause's
        return "NOUN" if has_n else "VERB"
    if form == "VBG":
        if ptag in ("NOUN", "PROPN", "CONJ", "PUNCT", "SUB", "") and nxt is not None and (
                nxt.lower in lx.DETERMINERS or nxt.lower in lx.POSSESSIVES or nxt.lower in lx.PREPOSITIONS
                or nxt.lower == "to" or nxt.text[:1].isupper()):
            return "VERB"
        return "NOUN" if has_n else "VERB"
    if form == "VB" and ptag in ("NOUN", "PROPN") and nxt is not None and (
            nxt.lower in lx.DETERMINERS or nxt.lower in lx.POSSESSIVES or nxt.lower in ("that", "to")):
        if has_n and ptag == "NOUN" and _object_position(tokens, i - 1) and not _plural_noun(plow):
            return "NOUN"  # "deliver food aid to residents": a singular noun cannot be the subject of "aid"
        return "VERB"
    if has_n:
        return "NOUN"
    if has_a:
        return "ADJ"
    return "VERB"


# verbs that take an -ing verb as their complement ("began sending", "stopped fighting", "denied taking")
_ING_COMPLEMENT = lx.ASPECTUAL | lx.PERCEPTION | frozenset(
    ("avoid", "consider", "deny", "admit", "risk", "suggest", "recommend", "propose", "mind", "enjoy", "go", "come",
     "spend", "try", "like", "love", "hate", "prefer", "need", "miss", "imagine", "involve", "mean", "regret",
     "remember", "forget", "find", "leave", "catch", "keep", "practise", "practice", "discuss", "justify",
     "postpone", "delay", "defend", "support", "oppose", "favour", "favor", "recall", "report", "describe",
     "allow", "permit", "include", "face", "escape", "resist", "tolerate", "fear", "dislike", "do"))


def _gerund_object(prev: Token | None, nxt: Token | None) -> bool:
    """An -ing word right after a verb that takes no -ing complement, with nothing after it but a preposition or
    the end of the clause, is that verb's object noun: "attacked shipping in the Red Sea", "banned fishing"."""
    if prev is None or prev.tag != "VERB" or prev.form == "VBG" or prev.lemma in _ING_COMPLEMENT:
        return False
    return nxt is None or nxt.text in (",", ".", ";", ":") or (nxt.lower in lx.PREPOSITIONS and nxt.lower != "to")


def _noun_slot(tokens: list[Token], i: int, w: str, lemma: str) -> bool:
    """A base or -s form of a verb-only word in a noun's place: right after a determiner or possessive ("the
    dam", "its dams"), or after names that follow one ("the Kaldera dam"), or between a singular name and a
    finite verb ("over Kaldera dam deepens")."""
    form = verb_form(w, lemma)
    if form not in ("VB", "VBP", "VBZ") or (form == "VBZ" and lemma in lx.REPORTING and i > 1
                                             and tokens[i - 1].tag == "PROPN"):
        return False  # "the UN says", "the Kremlin adds": a name and its reporting verb
    k = i - 1
    while k >= 0 and tokens[k].tag == "PROPN":
        k -= 1
    if k < 0:
        return False
    if tokens[k].tag in ("DET", "POSS") and tokens[k].lower not in ("that", "this", "these", "those"):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return k < i - 1 and form == "VB" and not tokens[i - 1].lower.endswith("s") and nxt is not None and \
        nxt.text[:1].islower() and (nxt.lower in lx.AUXILIARIES or (verb_lemma(nxt.lower) is not None
                                                                     and nxt.lower.endswith("s")))


_HEAD_NOUNS = frozenset(("group", "company", "companies", "firm", "firms", "party", "bank", "banks", "giant",
                         "industry", "sector", "line", "lines", "agency", "house", "business", "network", "union",
                         "family", "club", "team", "coalition", "bloc", "force", "forces", "troops", "season"))


def _noun_next(lower: str) -> bool:
    """Is the next word surely the noun a modifier stands before: a noun that is no verb, or a head noun of
    organisations ("group", "party") that is rarely a verb after such a modifier?"""
    return _likely_noun(lower) or lower in _HEAD_NOUNS


def _inside_noun_phrase(tokens: list[Token], i: int) -> bool:
    """Does a determiner or possessive open a noun phrase that reaches token `i` through modifiers only?"""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].tag in ("ADJ", "PROPN", "NUM"):
        k -= 1
    return k >= 0 and k < i and tokens[k].tag in ("DET", "POSS") and tokens[k].lower not in ("that", "this")


def _finite_verb_after(tokens: list[Token], start: int) -> bool:
    """Is there a word after `start`, before the clause ends, that can only be a finite verb or auxiliary?"""
    for t in tokens[start:]:
        w = t.lower
        if t.text in (";", ":") or w in ("and", "but", "which", "who", "that", "while", "because"):
            return False
        if w in lx.AUXILIARIES or w in lx.MODALS:
            return True
        c = word_classes(w)
        if "VERB" in c:
            form = verb_form(w, c["VERB"][0])
            if form == "VBD" or (form == "VBZ" and "NOUN" not in c and "ADJ" not in c):
                return True  # "rose" (a past tense, though also a noun), "says"
    return False


def _object_position(tokens: list[Token], j: int) -> bool:
    """Does the noun phrase ending at token `j` follow a verb or preposition (so it is no subject)?"""
    k = j
    while k >= 0 and tokens[k].tag in ("NOUN", "ADJ", "DET", "POSS", "NUM", "PROPN") and j - k < 5:
        k -= 1
    return k >= 0 and tokens[k].tag in ("VERB", "PREP", "TO")


@lru_cache(maxsize=4096)
def _past_is_base(lemma: str) -> bool:
    try:
        return lemma in inflect(lemma, "VBD")
    except Exception:
        return False


@lru_cache(maxsize=65536)
def _likely_noun(lower: str) -> bool:
    c = word_classes(lower)
    return "NOUN" in c and "VERB" not in c
