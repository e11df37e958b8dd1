"""Photo captions and credits.

A credit mark ("?? REUTERS ??" - a garbled copyright sign -, "(AP Photo/Jane Doe)", "Photo: ...",
"Photograph: ...", ".../Getty Images", "Image caption") is a CREDIT and the rest of its line a CAPTION (or the
whole line a CREDIT when little else is left). A caption repeated on another line - the same words once
leading all-caps credits ("REUTERS ...") are removed - is a caption too, when one copy carries a credit or the
copies are next to each other; a paragraph or an article pasted twice stays narrative.
"""

from __future__ import annotations

import re

from ..model import Span, Zone, ZoneSpan
from .layout import Line

_WORD = re.compile(r"[A-Za-z0-9']+")

_CREDIT_MARKS = [
    re.compile(r"\?\?\s*[A-Z][A-Za-z .&/'-]{0,40}?\s*\?\?"),  # a garbled (c): "?? REUTERS ??"
    re.compile(r"\((?:[A-Z][\w.'-]*\s){0,3}Photo(?:graph)?\s*/[^()\n]{1,60}\)"),  # (AP Photo/Jane Doe)
    re.compile(r"\b(?:Photo|Photograph|Picture|Image|Pictured|Credit|Photo credit|Photos)s?\s*:\s*[^\n]{1,80}$"),
    re.compile(r"(?:\b[A-Z][\w.'-]*\s?){0,4}/\s*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Bloomberg)"
               r"(?: via Getty Images)?\s*$"),
    re.compile(r"\b(?:Getty Images|Shutterstock|Alamy)\b"),
    re.compile(r"^(?:Image|Media|Photo|Video) (?:caption|copyright|source)\b,?:?"),  # scraped BBC-style labels
]
LEADING_CAPS = re.compile(r"(?:[A-Z][A-Z&./-]{1,}\s+){1,3}(?=[A-Z][a-z'])")


def rstrip_end(text: str, start: int, end: int) -> int:
    """`end` moved back over trailing whitespace, not before `start`."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def mark_captions(text: str, lines: list[Line], zone_of: dict, parts: list[ZoneSpan]) -> None:
    """Mark caption lines (CAPTION in `zone_of`) and their credit marks (CREDIT pieces added to `parts`)."""
    keys: dict[str, list[Line]] = {}
    marked: set[int] = set()
    for ln in lines:
        if ln.index in zone_of:
            continue
        t = text[ln.start : ln.end]
        marks = _merged([(m.start() + ln.start, m.end() + ln.start) for rx in _CREDIT_MARKS for m in rx.finditer(t)])
        if marks:
            rest = t
            for s, e in sorted(marks, reverse=True):
                rest = rest[: s - ln.start] + " " + rest[e - ln.start :]
            if len(_WORD.findall(rest)) >= 3:
                zone_of[ln.index] = (Zone.CAPTION, "photo caption")
                for s, e in marks:
                    parts.append(ZoneSpan(zone=Zone.CREDIT, span=Span(start=s, end=e), reason="photo credit"))
            else:
                zone_of[ln.index] = (Zone.CREDIT, "photo credit")
            marked.add(ln.index)
            t = rest
        words = _WORD.findall(t)
        if 4 <= len(words) <= 60:
            stripped = t.strip()
            lead = LEADING_CAPS.match(stripped)
            if lead:
                stripped = stripped[lead.end() :]
            key = " ".join(_WORD.findall(stripped)).lower()
            keys.setdefault(key, []).append(ln)
    for key, same in keys.items():
        if len(same) < 2:
            continue
        # a repeated line is a caption only if one copy carries a credit or the copies are next to each other
        # (a pull quote or an article pasted twice is not a caption)
        credited = any(ln.index in marked or LEADING_CAPS.match(text, ln.start, ln.end) for ln in same)
        adjacent = any(b.index == a.index + 1 for a, b in zip(same, same[1:]))
        if not (credited or adjacent):
            continue
        for ln in same:
            if ln.index not in marked:
                zone_of[ln.index] = (Zone.CAPTION, "repeated photo caption")
                lead = LEADING_CAPS.match(text, ln.start, ln.end)
                if lead:
                    parts.append(ZoneSpan(zone=Zone.CREDIT, span=Span(start=ln.start, end=rstrip_end(text, ln.start, lead.end())),
                                          reason="photo credit"))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
