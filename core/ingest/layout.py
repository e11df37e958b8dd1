"""The line structure of a normalised text: lines, paragraphs and the line breaks that end sentences.

- A paragraph is a run of lines between blank lines. Scraped text often has no blank lines at all: then every
  line is a paragraph.
- A line break ends a sentence, except a soft wrap: in hard-wrapped text (most lines of similar length, about
  50-100 characters) a long line continues on the next, and anywhere a line that stops mid-sentence (no end
  punctuation) continues on a next line that starts in lower case, or on any next line when it stops on a
  word no sentence ends on ("in", "the", "and", "said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*")
_LIST_ITEM = re.compile(r"(?:[-*+•·]|\d{1,3}[.)])\s")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"')\]]$")
# words a sentence never ends on: a line that stops on one goes on on the next line, whatever its case
_OPEN_WORD = re.compile(
    r"(?i)(?<![\w'’-])(?:the|a|an|of|in|on|at|to|for|from|with|by|into|onto|about|between|and|or|nor|but|"
    r"than|its|their|his|her|our|your|my|this|these|those|whose|said|says|was|were|is|are|has|have|had|"
    r"will|would|could|should|may|might|must|be|been|being|as|under|over|after|before|since|during|near|"
    r"against|including|among|via|per|amid|toward|towards|across|through|without|within)$")


@dataclass
class Line:
    index: int  # position among the non-empty lines
    start: int  # first non-space character
    end: int  # after the last non-space character
    paragraph: int = 0
    joins_next: bool = False  # a soft wrap: the sentence goes on on the next line
    blank_before: bool = False


def lines_of(text: str) -> list[Line]:
    """Non-empty lines with paragraph numbers and soft-wrap flags."""
    raw: list[tuple[int, int, bool]] = []  # start, end, blank line before it
    blank_before = False
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            raw.append((s, e, blank_before))
            blank_before = False
        elif raw:
            blank_before = True
        pos = nl + 1
    lines = [Line(i, s, e, 0, blank_before=blank) for i, (s, e, blank) in enumerate(raw)]
    _mark_soft_wraps(text, lines)
    has_blank_lines = any(ln.blank_before for ln in lines)
    para = 0
    for prev, ln in zip(lines, lines[1:]):
        if ln.blank_before or (not has_blank_lines and not prev.joins_next):
            para += 1
        ln.paragraph = para
    return lines


def _mark_soft_wraps(text: str, lines: list[Line]) -> None:
    if len(lines) < 2:
        return
    lengths = sorted(ln.end - ln.start for ln in lines)
    p90 = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    wrapped_doc = False
    if len(lines) >= 4 and 45 <= p90 <= 130:
        long_open = sum(
            1 for a, b in zip(lines, lines[1:])
            if not b.blank_before and a.end - a.start >= 0.6 * p90 and not _ENDS_SENTENCE.search(text[a.end - 1])
        )
        wrapped_doc = long_open >= 0.2 * (len(lines) - 1)
    for a, b in zip(lines, lines[1:]):
        if b.blank_before or _LIST_ITEM.match(text, b.start):
            continue
        length = a.end - a.start
        last = text[a.end - 1]
        if wrapped_doc and length >= 0.6 * p90:
            a.joins_next = True
        elif length > 40 and not _ENDS_SENTENCE.search(last) and (
                text[b.start].islower() or _OPEN_WORD.search(text, max(a.start, a.end - 16), a.end)):
            a.joins_next = True
