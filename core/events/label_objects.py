"""The object a verb's label needs when no actor or place fills it: "Iraqi forces make swift work",
"Russian forces launch six cruise missiles", "Ryan Dillon tries to flee city" (not "Iraqi forces make")."""

from __future__ import annotations

from .draft import Draft

_ARTICLES = ("the", "a", "an")
_MODIFIER_TAGS = ("ADJ", "NOUN", "PROPN", "NUM", "POSS")
_HEAD_TAGS = ("NOUN", "PROPN", "NUM")
MAX_OBJECT_WORDS = 4


def object_phrase(d: Draft, start: int) -> str:
    """The direct object of the verb whose complement begins at token `start`, shortened for a label: the
    noun phrase without its article, cut before a preposition, relative clause or comma and kept to its
    last `MAX_OBJECT_WORDS` words ("made swift work of clearing" -> "swift work"); or an infinitive with
    its own object ("tried to flee the city" -> "to flee city"). "" when the verb has no such object (a
    pronoun, a clause, a preposition)."""
    toks = d.tokens
    j = start
    if j < len(toks) and toks[j].tag == "ADV" and j + 1 < len(toks) and toks[j + 1].tag in ("DET",) + _MODIFIER_TAGS:
        j += 1  # "sending urgently water-purification kits"
    if j + 1 < len(toks) and toks[j].tag == "TO" and toks[j + 1].tag == "VERB" and toks[j + 1].form in ("VB", ""):
        inner = _noun_phrase(toks, j + 2, limit=3)
        return f"to {toks[j + 1].lower}" + (f" {inner}" if inner else "")
    return _noun_phrase(toks, j, limit=MAX_OBJECT_WORDS)


# quantities and comparatives that head no object of their own ("held nearly a third of", "lost more than",
# "bring closer the end"): the label is better without them
_NOT_HEADS = frozenset(("more", "less", "most", "much", "many", "few", "half", "third", "quarter", "closer",
                        "better", "worse", "further", "lot", "lots", "number", "some", "all", "any", "each", "both",
                        "none", "rest", "part", "one"))
_TIME_NOUNS = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                         "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "morning", "evening", "night", "time", "times"))


def _noun_phrase(toks, j: int, limit: int) -> str:
    """The noun phrase opening at `j` as written, less its article, ending on its head noun, at most `limit`
    words (a hyphenated or possessive word counts once: "30-year", "dam's"); "" without a head noun."""
    det = j < len(toks) and toks[j].tag == "DET"
    if det:
        j += 1
    taken: list[int] = []
    heads: list[int] = []
    k = j
    while k < len(toks):
        t = toks[k]
        glued = taken and t.start == toks[k - 1].end
        hyphen = t.text == "-" and glued and k + 1 < len(toks) and toks[k + 1].start == t.end
        noun_like = t.tag in _MODIFIER_TAGS or hyphen or (glued and toks[k - 1].text == "-") or (
            # a tagger slip after a determiner or modifier: "a 30-year contract" read as the verb "contract"
            t.tag == "VERB" and t.form in ("VB", "VBP") and (det or taken) and toks[k - 1].tag in ("DET", "ADJ", "NOUN"))
        if not noun_like:
            break
        if heads and not glued and (t.tag == "NUM" or t.lower in _TIME_NOUNS):
            break  # "rejected the demand two days later": a time phrase follows the object
        taken.append(k)
        if (t.tag in ("NOUN", "PROPN", "NUM", "VERB")) and not (k + 1 < len(toks) and toks[k + 1].tag == "POSS"):
            heads.append(len(taken))
        k += 1
    if not heads:
        return ""
    if k < len(toks) and (toks[k].tag in ("AUX", "MODAL") or (toks[k].tag == "VERB" and toks[k].form in ("VBD", "VBZ", "VBP"))):
        return ""  # "believes the government will fall": the noun opens a clause, it is no object
    taken = taken[:heads[-1]]  # end on a noun
    last = toks[taken[-1]].lower
    if last in _NOT_HEADS or toks[taken[-1]].tag == "NUM" or (last in _TIME_NOUNS and len(taken) == 1):
        # "fell 8%", "held nearly a third": a number or share measures, it is not what was acted on
        return ""
    words: list[str] = []
    for n, k in enumerate(taken):
        t = toks[k]
        text = t.text if t.tag == "PROPN" or t.text.isupper() else t.lower
        if n and t.start == toks[taken[n - 1]].end:
            words[-1] += text
        else:
            words.append(text)
    return " ".join(words[-limit:])


def by_phrase(d: Draft) -> str:
    """The by-phrase of a passive verb with no named doer, for its label: "armed and trained by the West" ->
    "by West" (for both participles), "killed by a roadside bomb" -> "by roadside bomb"; "" without one."""
    toks, j = d.tokens, d.trigger.index + 1
    if j + 1 < len(toks) and toks[j].lower == "and" and toks[j + 1].tag == "VERB" and toks[j + 1].form in ("VBN", "VBD"):
        j += 2  # "armed and trained by": the agent of both
    if j >= len(toks) or toks[j].lower != "by":
        return ""
    phrase = _noun_phrase(toks, j + 1, limit=3)
    return f"by {phrase}" if phrase else ""
