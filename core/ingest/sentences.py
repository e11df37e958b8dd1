"""A rule-based sentence splitter for news prose, run on normalised text (straight quotes, ASCII dashes).

A boundary falls after ``.``, ``!`` or ``?`` (and any closing quotes or brackets right after it) when the next
word can start a sentence, and at line breaks (see `split_lines`). What keeps a period from ending a sentence:

- titles and ranks that always precede a name: Mr. Dr. Col. Maj. Gen. Lt. Gov. Sen. Rep. Sgt. Capt. ...
- "No. 2", "Nov. 3", "Art. 5": an abbreviation that takes a number, followed by one
- initials: "George W. Bush", "J. R. R. Tolkien"
- abbreviations that may or may not end a sentence (U.S., a.m., p.m., Inc., Corp., Ltd., Co., Jr., St.,
  etc.) end one only when the next word is a typical sentence opener ("The", "He", "But", "In"...)
- a lower-case next word never starts a sentence ("...!" he said)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TITLES = frozenset(
    """mr mrs ms messrs mme mlle dr prof rev fr hon pres gov sen rep col lt maj gen brig adm capt cmdr cdr sgt
    cpl pvt pfc spc sra ens insp supt det amb atty msgr sec gens cols lts sens reps govs rt""".split()
)
"""Always followed by a name: never end a sentence."""

_BEFORE_NUMBER = frozenset(
    """no nos art arts vol vols pp p para ch fig figs sec secs jan feb mar apr jun jul aug sep sept oct nov
    dec approx ca est op""".split()
)
"""Followed by a number they never end a sentence ("No. 2", "Nov. 3")."""

_NEVER_FINAL = frozenset("e.g i.e cf vs v viz al approx ca mt ft".split())
"""Abbreviations that are practically never the last word of a sentence."""

_AMBIGUOUS = frozenset(
    """inc corp ltd co cos bros plc llc llp pty jr sr st ave blvd rd etc a.m p.m u.s u.k u.n u.s.a e.u
    d.c n.y l.a dept univ assn est""".split()
)
"""May end a sentence: they do only when the next word is a sentence opener."""

_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our my this that these those there here but and
    or so yet in on at for from to by with after before during since while when as if although though
    because however meanwhile according some many most one two three several no not many more other
    another each every all both neither either such what who why how where which mr mrs ms dr still also
    then now later earlier last next police officials authorities""".split()
)

# A terminator run plus any closing quotes/brackets right after it, then whitespace or the end.
_TERMINATOR = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([\w.&'-]+)$")
_NEXT = re.compile(r"\s*([\"'(\[]*)(\S*)")
_INNER_CAPITAL = re.compile(r"[a-z]+[A-Z]")  # iPhone, eBay, iOS
_INITIAL = re.compile(r"^[A-Z]$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # U.S, a.m, J.R (the final period is the terminator)


def split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one line or a run of soft-wrapped lines), trimmed of
    whitespace and never empty."""
    seg_start = start
    for m in _TERMINATOR.finditer(text, start, end):
        if _is_boundary(text, m.start(), m.end(), end):
            yield from _trimmed(text, seg_start, m.end())
            seg_start = m.end()
    yield from _trimmed(text, seg_start, end)


def _trimmed(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield s, e


def _is_boundary(text: str, t_start: int, t_end: int, limit: int) -> bool:
    nm = _NEXT.match(text, t_end, limit)
    opening, nxt = (nm.group(1), nm.group(2)) if nm else ("", "")
    if not nxt and not opening:
        return True  # end of the block
    first = nxt[:1]
    if first.islower() and not _INNER_CAPITAL.match(nxt):
        return False  # '..." he said', 'the U.S. military' (but "iPhone sales rose" starts one)
    if not (first.isalnum() or opening):
        return first not in "-,;:%."  # "Apple Inc. - and a leader...", ". . ."
    run = text[t_start:t_end]
    if "." not in run[:1]:
        return True  # ! or ?
    if run.startswith(".."):
        return True  # ellipsis followed by a capital
    wm = _WORD_BEFORE.search(text, max(0, t_start - 40), t_start)
    word = wm.group(1) if wm else ""
    word = word.lstrip("'-")
    low = word.lower()
    if not word:
        return True
    if low in _TITLES:
        return False
    if low in _BEFORE_NUMBER and first.isdigit():
        return False
    if low in _NEVER_FINAL:
        return False
    if _INITIAL.match(word):
        # "George W. Bush": an initial before a capitalised word; a lone capital at a sentence end is rare
        return not (first.isupper() and nxt[:1].isupper() and not _is_opener(nxt))
    if low in _AMBIGUOUS or _DOTTED.match(word):
        return _is_opener(nxt) or opening[:1] in ("\"", "'")
    return True


def _is_opener(word: str) -> bool:
    w = word.rstrip(",.;:!?\"')").lower()
    return w in _OPENERS
