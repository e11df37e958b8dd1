"""Numbers as written in news text: digits ("3", "1,500", "2.5") and words ("twenty-four", "two thousand",
"a", "a couple of"); vague ones ("several", "a few") read as None."""

from __future__ import annotations

import re

from .lexicon import ORDINALS, TEENS, TENS, UNITS, VAGUE_NUMBERS, alternation

_U = alternation(UNITS)
_T = alternation(TEENS)
_D = alternation(TENS)
_N99 = rf"(?:(?:{_D})(?:[\s-]+(?:{_U}))?|{_T}|{_U})"
NUMBER_WORDS = rf"(?:{_N99}(?:[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?{_N99})?)?(?:[\s-]+thousand)?|a\s+hundred|a\s+thousand|a\s+dozen|dozen)"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
VAGUE = alternation(VAGUE_NUMBERS)
NUMBER = rf"(?:{DIGITS}|{NUMBER_WORDS}|{VAGUE}|an?|half\s+an?|a\s+half)"
ORDINAL = alternation(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"

_WORD_VALUES = {**UNITS, **TEENS, **TENS}
_SPLIT = re.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """The value of a number as matched by `NUMBER`; None for vague quantities ("several", "a few")."""
    t = _SPLIT.sub(" ", text.strip().lower())
    if not t:
        return None
    if t in ("a", "an", "one"):
        return 1
    if t in ("half a", "half an", "a half"):
        return 0.5
    if t in ("a couple", "a couple of", "couple of"):
        return 2
    if t in ("a dozen", "dozen"):
        return 12
    if t[0].isdigit():
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    total = 0
    current = 0
    seen = False
    for word in t.split(" "):
        if word in _WORD_VALUES:
            current += _WORD_VALUES[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
            seen = True
        elif word in ("and", "a"):
            continue
        else:
            return None
    return float(total + current) if seen else None


def parse_ordinal(text: str) -> int | None:
    t = text.strip().lower()
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.match(r"(\d{1,2})(?:st|nd|rd|th)$", t)
    return int(m.group(1)) if m else None


def format_amount(n: float | None) -> str:
    """A TimeML duration amount: "3", "1.5"; "X" when the amount is vague."""
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"
