"""Normalise article text for analysis while keeping a map back to every original character.

What changes (the original is never altered; `MappedText.original` keeps it whole):

- line ends: ``\\r\\n`` and lone ``\\r`` become ``\\n``; Unicode line/paragraph separators become ``\\n``
- quotes: doubled single quotes (‘‘ ’’, two ASCII apostrophes, two backticks) and curly/angle double quotes
  become ``"``; curly single quotes and primes become ``'`` (so "Shi’ite" -> "Shi'ite")
- dashes: en dash, em dash, horizontal bar and minus sign become ``-``; an em dash or bar glued between two
  letters ("war—and") becomes `` - `` so it is not read as a compound word; Unicode hyphens (U+2010, the
  non-breaking U+2011...) become ``-``
- spaces: non-breaking and other fixed-width spaces become a plain space; soft hyphens, zero-width spaces,
  word joiners and byte-order marks are dropped; ``…`` becomes ``...``
- Markdown: heading markers (``# ``), emphasis markers (``*x*``, ``**x**``, ``_x_``) and link targets
  (``[text](url)`` -> ``text``) are dropped, the visible text is kept
- lost hyphens are restored (see `_hyphen_edits`): "IraqSyria" -> "Iraq-Syria", "alAssad" -> "al-Assad",
  "USled" -> "US-led", "Kurdishled" -> "Kurdish-led", "helicopterdropped" -> "helicopter-dropped"
"""

from __future__ import annotations

import re

from . import lexicon
from .textmap import MappedText, MappedTextBuilder

Edit = tuple[int, int, str]  # replace original[start:end] by the string; start == end inserts

_CHARS = re.compile(
    r"(?P<crlf>\r\n?)"
    r"|(?P<dq>‘‘|’’|''|``|[“”„‟«»])"
    r"|(?P<sq>[‘’‚‛′])"
    r"|(?P<dash>[–—―−])"
    r"|(?P<hyphen>[\u2010\u2011\u2043\ufe63\uff0d])"
    r"|(?P<space>[\u00a0\u2000-\u200a\u202f\u205f\u3000])"
    r"|(?P<drop>[\u00ad\u200b\u2060\ufeff])"
    r"|(?P<ell>…)"
    r"|(?P<sep>[\u2028\u2029])"
)

_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_LINK = re.compile(r"\[([^\[\]\n]+)\]\(\s*[^()\s]+(?:\s+\"[^\"\n]*\")?\s*\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*_\\])(\*\*|__|\*|_)(?=[^\s*_])([^\n*_]*?[^\s*_\\])\1(?![\w*_])")

_PART_STRONG = "|".join(sorted(set(lexicon.PARTICIPLES_STRONG), key=len, reverse=True))
_PART_ALL = "|".join(sorted(set(lexicon.PARTICIPLES_STRONG + lexicon.PARTICIPLES_WEAK), key=len, reverse=True))
# "USled", "UNbacked": an acronym glued to a participle
_ACRONYM_PART = re.compile(rf"\b([A-Z]{{2,6}})({_PART_ALL})\b")
# "Kurdishled", "helicopterdropped", "staterun": a word glued to a participle
_WORD_PART = re.compile(rf"\b([A-Za-z][a-z]{{2,}})({_PART_ALL})\b")
# a lower-to-upper case change inside a word: "IraqSyria", "alAssad", "elZour" (and McDonald, iPhone...)
_CAMEL = re.compile(r"\b([A-Za-z]*[a-z])([A-Z][A-Za-z]*)\b")
_ARTICLES = frozenset(lexicon.ARABIC_ARTICLES)
_STRONG = frozenset(lexicon.PARTICIPLES_STRONG)


def normalise(original: str) -> MappedText:
    """The analysis text for `original`, with its offset map. Pure and linear in the text length."""
    edits = _char_edits(original) + _markdown_edits(original) + _hyphen_edits(original)
    if not edits:
        return MappedText.identity(original)
    edits.sort(key=lambda e: (e[0], e[1]))
    b = MappedTextBuilder(original)
    pos = 0
    for start, end, new in edits:
        if start < pos:  # overlaps an edit already applied
            continue
        b.copy(pos, start)
        if start == end:
            b.insert(new)
        else:
            b.replace(start, end, new)
        pos = end
    b.copy(pos, len(original))
    return b.build()


def _char_edits(text: str) -> list[Edit]:
    out: list[Edit] = []
    for m in _CHARS.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "crlf":
            out.append((s, e, "\n"))
        elif kind == "dq":
            out.append((s, e, '"'))
        elif kind == "sq":
            out.append((s, e, "'"))
        elif kind == "dash":
            glued = 0 < s and e < len(text) and text[s - 1].isalpha() and text[e].isalpha()
            out.append((s, e, " - " if glued and m.group() != "–" else "-"))
        elif kind == "hyphen":
            out.append((s, e, "-"))
        elif kind == "space":
            out.append((s, e, " "))
        elif kind in ("drop",):
            out.append((s, e, ""))
        elif kind == "ell":
            out.append((s, e, "..."))
        else:  # line or paragraph separator
            out.append((s, e, "\n"))
    return out


def _markdown_edits(text: str) -> list[Edit]:
    out: list[Edit] = []
    if "#" in text:
        for m in _MD_HEADING.finditer(text):
            out.append((m.start(), m.end(), ""))
    if "](" in text:
        for m in _MD_LINK.finditer(text):
            out.append((m.start(), m.start() + 1, ""))
            out.append((m.end(1), m.end(), ""))
    if "*" in text or "_" in text:
        for m in _MD_EMPHASIS.finditer(text):
            marker = len(m.group(1))
            out.append((m.start(), m.start() + marker, ""))
            out.append((m.end() - marker, m.end(), ""))
    return out


def _hyphen_edits(text: str) -> list[Edit]:
    """Insertion points of hyphens lost in scraping. Each rule needs evidence beyond the case pattern, so real
    CamelCase names (McDonald, MacArthur, iPhone, YouTube, PlayStation, DeSantis, LeBron) stay whole."""
    out: list[Edit] = []
    for m in _ACRONYM_PART.finditer(text):
        out.append((m.end(1), m.end(1), "-"))
    for m in _WORD_PART.finditer(text):
        first, second = m.group(1), m.group(2)
        word = m.group(0)
        if word.isupper() or lexicon.is_english_word(word) or lexicon.is_any_place_name(word):
            continue
        known_first = lexicon.is_english_word(first) or lexicon.is_place_name(first)
        if first[0].isupper():
            ok = known_first or (second in _STRONG and first[1:].islower())
        else:
            ok = known_first and len(first) >= 3
        if ok:
            out.append((m.end(1), m.end(1), "-"))
    for m in _CAMEL.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in _ARTICLES and second[1:].islower() and len(second) >= 3:
            out.append((m.end(1), m.end(1), "-"))  # alAssad, elZour
        elif (
            first[0].isupper()
            and first[1:].islower()
            and second[1:].islower()
            and first.lower() not in lexicon.NAME_PREFIXES
            and lexicon.is_place_name(first)
            and lexicon.is_place_name(second)
        ):
            out.append((m.end(1), m.end(1), "-"))  # IraqSyria
    return out
