"""MEANTIME (English Wikinews, intra-document annotation) for the benches: one reader, three ways to rebuild text.

MEANTIME gives tokens with sentence numbers but no character offsets, so every bench rebuilds each article's
text from its tokens and maps each token to its characters. The benches need different renderings:

- "lines": one sentence per line, tokens joined by single spaces (entities, events: offsets stay trivial);
- "spaced": one line, a space between tokens except before closing punctuation (the temporal bench, whose
  expressions span tokens such as "Jan. 3 , 2007" -> "Jan. 3, 2007");
- "page": tokens joined the way they are printed (no space before , . ; : % ) 's n't..., none after ( $ and
  opening quotes; `` '' become straight quotes); title and date line on their own lines, the body sentences
  on one line, so a sentence splitter must find every body boundary from punctuation alone.

The data lives in ../shared beside the project; `available()` says whether it is there so a bench can stop
with a one-line message."""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSLINE_SHARED", ROOT.parent / "shared"))
MEANTIME = SHARED / "data" / "meantime" / "intra-doc_annotation"

_SPACED_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "'s", "n't", "%", "'", "''"}
_PAGE_NO_SPACE_BEFORE = {",", ".", ";", ":", "%", ")", "]", "}", "!", "?", "'s", "n't", "'re", "'ve", "'ll", "'d",
                         "'m", "'", "''", "...", "’"}
_PAGE_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "£", "€", "¥", "#", "“"}


@dataclass
class Token:
    t_id: str
    sentence: int
    word: str


@dataclass
class Rendering:
    """Rebuilt text, each token's (start, end) in it, and where sentences 1..n start."""

    text: str
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)

    def span_of(self, element: ET.Element) -> tuple[int, int] | None:
        """Characters covered by a markable's token anchors (first to last), or None without anchors."""
        spans = [self.spans[a.get("t_id")] for a in element.iter("token_anchor") if a.get("t_id") in self.spans]
        if not spans:
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)


@dataclass
class Document:
    path: Path
    root: ET.Element
    tokens: list[Token]

    @property
    def corpus(self) -> str:
        return self.path.parent.name.replace("corpus_", "")

    @property
    def creation_value(self) -> str | None:
        """The TIMEX3 value of the document creation time, as annotated."""
        for tx in self.root.iter("TIMEX3"):
            if tx.get("functionInDocument") == "CREATION_TIME":
                return tx.get("value")
        return None

    @property
    def creation_date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat((self.creation_value or "")[:10])
        except ValueError:
            return None

    def render(self, style: str) -> Rendering:
        if style == "lines":
            return _render_lines(self.tokens)
        if style == "spaced":
            return _render_spaced(self.tokens)
        if style == "page":
            return _render_page(self.tokens)
        raise ValueError(f"unknown rendering {style!r}: lines, spaced or page")


def available() -> bool:
    return MEANTIME.is_dir()


def files(limit: int | None = None, root: Path = MEANTIME) -> list[Path]:
    found = sorted(root.glob("*/*.xml"))
    return found[:limit] if limit else found


def read(path: Path) -> Document:
    root = ET.parse(path).getroot()
    tokens = [Token(t.get("t_id"), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    return Document(path, root, tokens)


def documents(limit: int | None = None, root: Path = MEANTIME) -> Iterator[Document]:
    for path in files(limit, root):
        yield read(path)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.out = Rendering("")

    def add(self, sep: str, token: Token, shown: str, new_sentence: bool) -> None:
        if new_sentence:
            self.out.sentence_starts.append(self.pos + len(sep))
        start = self.pos + len(sep)
        self.parts.append(sep + shown)
        self.pos = start + len(shown)
        self.out.spans[token.t_id] = (start, self.pos)

    def done(self) -> Rendering:
        self.out.text = "".join(self.parts)
        return self.out


def _render_lines(tokens: list[Token]) -> Rendering:
    b = _Builder()
    prev = None
    for tok in tokens:
        new = prev is not None and tok.sentence != prev
        sep = "" if prev is None else ("\n" if new else " ")
        b.add(sep, tok, tok.word, new)
        prev = tok.sentence
    return b.done()


def _render_spaced(tokens: list[Token]) -> Rendering:
    b = _Builder()
    prev = None
    for tok in tokens:
        text_so_far = b.parts[-1] if b.parts else ""
        glued = tok.word in _SPACED_NO_SPACE_BEFORE or text_so_far.endswith(("(", "$", "``"))
        sep = "" if prev is None or glued else " "
        b.add(sep, tok, tok.word, prev is not None and tok.sentence != prev)
        prev = tok.sentence
    return b.done()


def _render_page(tokens: list[Token]) -> Rendering:
    b = _Builder()
    prev = None
    glue_next = False
    open_quote = False
    for tok in tokens:
        word = tok.word
        shown = word
        if word in ("``", "“"):
            shown, opening = '"', True
        elif word in ("''", "”"):
            shown, opening = '"', False
        elif word == '"':
            opening = not open_quote
        else:
            opening = None
        if opening is not None:
            open_quote = opening
        if prev is None:
            sep = ""
        elif tok.sentence != prev and tok.sentence <= 2:
            sep = "\n\n"
        elif tok.sentence != prev:
            sep = " "
        elif glue_next or word in _PAGE_NO_SPACE_BEFORE or word.lower() in _PAGE_NO_SPACE_BEFORE or opening is False:
            sep = ""
        else:
            sep = " "
        b.add(sep, tok, shown, prev is not None and tok.sentence != prev)
        glue_next = word in _PAGE_NO_SPACE_AFTER or opening is True
        prev = tok.sentence
    return b.done()
