"""Word tokens with character offsets: the unit the event finder works on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# words (with inner hyphens, apostrophes and dots as in "U.S."), numbers, clitics ("n't", "'s"), punctuation
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., a.m.
    r"|['’](?:s|re|ve|ll|d|m)\b"
    r"|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|km|m|bn|am|pm|a\.m\.|p\.m\.)?\b"
    r"|\d+(?:[.,:/]\d+)*"
    r"|[^\W\d_]\w*(?:(?:-|['’](?!(?:s|re|ve|ll|d|m)\b))\w+)*"
    r"|[^\w\s]"
)


@dataclass(slots=True)
class Token:
    """One token of a sentence. `tag` is the coarse part of speech the tagger gives it (see `postag`)."""

    text: str
    start: int
    end: int
    lower: str
    tag: str = ""
    form: str = ""  # verb form: VB, VBD, VBN, VBG, VBZ, VBP ("" when not a verb)
    lemma: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens whose offsets are shifted by `offset` (the sentence start in the document)."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        w = m.group(0)
        start = m.start() + offset
        if len(w) > 3 and w[-3] in "nN" and w[-2] in "'’" and w[-1] in "tT":
            # "didn't" -> "did" + "n't"
            out.append(Token(w[:-3], start, start + len(w) - 3, w[:-3].lower()))
            out.append(Token(w[-3:], start + len(w) - 3, start + len(w), "n't"))
            continue
        out.append(Token(w, start, m.end() + offset, w.lower().replace("’", "'")))
    return out
