"""Word tokens with offsets, and the name keys used to compare spellings.

Names in scraped text come in several spellings ("al-Assad", "alAssad", "Al Assad"); `name_key` folds them
to one comparable form (case, hyphens, spaces, apostrophes and accents removed).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Words keep inner hyphens and apostrophes ("al-Qaim", "Shi'ite", "O'Brien") but not a possessive "'s";
# dotted abbreviations ("U.S.", "U.N.") are one token; anything else that is not space is a token of its own.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|[A-Z]\.(?=\s+[A-Z][a-z])"
    r"|(?:Gen|Lt|Col|Maj|Sgt|Capt|Cpt|Adm|Cmdr|Brig|Gov|Sen|Rep|Rev|Dr|Mr|Mrs|Ms|Prof|Jr|Sr|Inc|Corp|Ltd|Mt|Ft|Sgt|Pte|Cpl|Supt|Insp|Det)\.(?=\s)"
    r"|[^\W_](?:[^\W_]|[-‐‑&](?=[^\W_])|['’](?![sS]\b)(?=[^\W_]))*"
    r"|['’][sS]\b"
    r"|\S",
    re.UNICODE,
)

_PARTICLE_GLUED = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ibn|abu|bin|ben)[-‐‑]?[A-Z]")


class Token(NamedTuple):
    """A word or punctuation mark with its offsets (a named tuple: the tokenizer makes hundreds of thousands
    of these, and a tuple is several times cheaper to build than a frozen dataclass)."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_possessive(self) -> bool:
        return self.text in ("'s", "’s", "'S", "’S")

    @property
    def is_capitalised(self) -> bool:
        """Starts with a capital letter, or is a name with a glued particle ("alAssad", "el-Zour")."""
        t = self.text
        if t[0].isupper():
            return True
        return bool(_PARTICLE_GLUED.match(t))

    @property
    def is_all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into `text`."""
    end = len(text) if end is None else end
    make = Token._make
    return [make((m.group(), *m.span())) for m in _TOKEN.finditer(text, start, end)]


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_KEY_DROP = re.compile(r"[\s\-‐‑–—'’`.\u00b7]+")


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """Comparable form of a name: "Deir el-Zour", "Deir elZour" and "deir el zour" all give "deirelzour"."""
    s = strip_accents(name).lower()
    s = s.replace("&", "and")
    return _KEY_DROP.sub("", s)


def acronym_of(words: list[str]) -> str:
    """Initials of the capitalised words: ["Syrian", "Democratic", "Forces"] -> "SDF"."""
    return "".join(w[0].upper() for w in words if w and w[0].isupper())
