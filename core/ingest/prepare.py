"""Turn raw article text into a `PreparedText`: normalise, find zones, split sentences, find the date.

(First version: identity normalisation and a plain splitter; the ingestion work replaces the insides.)
"""

from __future__ import annotations

import re

from ..model import Sentence, Span
from .prepared import PreparedText
from .textmap import MappedText

_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)


def prepare(original: str) -> PreparedText:
    mapped = MappedText.identity(original)
    sentences = []
    for m in _SENT.finditer(mapped.text):
        s, e = m.span()
        while s < e and mapped.text[s].isspace():
            s += 1
        if e > s:
            sentences.append(Sentence(index=len(sentences), span=Span(start=s, end=e)))
    return PreparedText(mapped=mapped, sentences=sentences)
