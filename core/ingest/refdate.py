"""The article's own date, when the text states it: a dateline or a publication line near the top.

Where it may come from, best first:
1. a "Published ..." / "Posted ..." / "First published ..." line (anywhere, if the line is short)
2. a date line, masthead line ("Sunday 5 November 2017") or byline with a full date, in the top lines
3. a dateline opening the story ("BEIRUT, Nov 4, 2017 (Reuters) -")
4. an "Updated ..." line (the update may be later than the story: noted)

A date in the story body is never taken. A dateline with a month and day but no year ("BEIRUT, Nov 4
(Reuters) -") gives no date: the year is not guessed, and the note says what was seen.
"""

from __future__ import annotations

import re

from ..model import ReferenceDate, ReferenceDateSource, Span, Zone, ZoneSpan
from . import dates
from .layout import Line

# a publication line starts with its keyword ("Published: ...", "Last updated 4 Nov"), or follows a byline
_PUBLISHED = re.compile(r"(?:^|\|\s*)\W*(?:first published|published|posted|publication date|date published)\b", re.I)
_UPDATED = re.compile(r"(?:^|\|\s*)\W*(?:last updated|updated|last modified|modified)\b", re.I)
_DATEY_ZONES = (Zone.DATELINE, Zone.MASTHEAD, Zone.BYLINE)


def find_reference_date(text: str, lines: list[Line], zones: list[ZoneSpan], top: list[Line]) -> ReferenceDate:
    candidates: list[tuple[int, int, dates.FoundDate, str]] = []  # rank, position, date, why
    notes: list[str] = []
    top_ids = {ln.index for ln in top}
    zone_spans = [z for z in zones if z.zone in _DATEY_ZONES]

    for ln in lines:
        t = text[ln.start : ln.end]
        short = len(t) <= 120
        in_top = ln.index in top_ids
        published = bool(_PUBLISHED.search(t)) and short
        updated = bool(_UPDATED.search(t)) and short
        if not (in_top or published or updated):
            continue
        for z in zone_spans:
            if not (z.span.start < ln.end and ln.start < z.span.end):
                continue
            for d in dates.find_dates(text, max(z.span.start, ln.start), min(z.span.end, ln.end)):
                if published and not updated:
                    rank = 0
                elif updated and not published:
                    rank = 3
                elif z.reason == "dateline":
                    rank = 2
                else:
                    rank = 1
                candidates.append((rank, d.start, d, "publication line" if rank == 0 else z.zone.value))
        if (published or updated) and not any(c[2].start >= ln.start and c[2].end <= ln.end for c in candidates):
            for d in dates.find_dates(text, ln.start, ln.end):
                candidates.append((0 if published and not updated else 3, d.start, d, "publication line"))

    usable = sorted((c for c in candidates if c[2].value is not None), key=lambda c: (c[0], c[1]))
    for _, _, d, _ in candidates:
        if d.value is None and d.note:
            notes.append(d.note)
    if usable:
        rank, _, d, where = usable[0]
        note = f"Found in the {where}: '{text[d.start:d.end]}'."
        if rank == 3:
            note += " This is an update time; the story may be older."
        if d.note:
            note += f" {d.note}."
        return ReferenceDate(value=d.value, source=ReferenceDateSource.TEXT,
                             evidence=Span(start=d.start, end=d.end), note=note)
    if notes:
        return ReferenceDate(note="No publication date in the text: " + "; ".join(notes) + ", so no year is guessed.")
    return ReferenceDate()
