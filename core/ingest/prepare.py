"""Turn raw article text into a `PreparedText`: normalise (with an offset map), find zones, split sentences,
find the date the text gives itself. See docs/ingestion.md for the rules."""

from __future__ import annotations

from bisect import bisect_right

from ..model import Sentence, Span, Zone, ZoneSpan
from .layout import Line, lines_of
from .normalise import normalise
from .prepared import PreparedText
from .refdate import find_reference_date
from .sentences import split_block
from .zones import find_zones


def prepare(original: str) -> PreparedText:
    """Pure: the same text always gives the same result. All spans are in normalised coordinates."""
    mapped = normalise(original)
    text = mapped.text
    lines = lines_of(text)
    zoning = find_zones(mapped, lines)
    sentences = _sentences(text, lines, zoning.zones)
    found = find_reference_date(text, lines, zoning.zones, zoning.top_lines)
    mapped.text = _unwrap(text, sentences)
    return PreparedText(mapped=mapped, sentences=sentences, zones=zoning.zones, title=zoning.title,
                        found_reference_date=found)


def _unwrap(text: str, sentences: list[Sentence]) -> str:
    """The text with every line break inside a sentence (a soft wrap) turned into a space, so that the
    extractors read "in\n2011" and "Port\nEmployers" as on one line. One character for one: offsets stay."""
    if "\n" not in text:
        return text
    chars = None
    for s in sentences:
        nl = text.find("\n", s.span.start, s.span.end)
        while nl != -1:
            if chars is None:
                chars = list(text)
            chars[nl] = " "
            nl = text.find("\n", nl + 1, s.span.end)
    return text if chars is None else "".join(chars)


def _blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """Runs of lines joined by soft wraps, as (first line, last line) positions."""
    out = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j].joins_next:
            j += 1
        out.append((i, j))
        i = j + 1
    return out


def _sentences(text: str, lines: list[Line], zones: list[ZoneSpan]) -> list[Sentence]:
    line_starts = [ln.start for ln in lines]
    zone_starts = [z.span.start for z in zones]
    out: list[Sentence] = []
    for first, last in _blocks(lines):
        bs, be = lines[first].start, lines[last].end
        # the zones touching this block (zones are sorted by start and never long, so look back a little)
        k = bisect_right(zone_starts, be)
        touching = [z for z in zones[max(0, k - 64) : k] if z.span.start < be and bs < z.span.end]
        cuts = {bs, be}
        for z in touching:
            cuts.add(max(bs, z.span.start))
            cuts.add(min(be, z.span.end))
        cuts_sorted = sorted(cuts)
        for ps, pe in zip(cuts_sorted, cuts_sorted[1:]):
            zone = _zone_of(touching, ps, pe)
            pieces = split_block(text, ps, pe) if zone in _SPLIT_ZONES else _whole(text, ps, pe)
            for s, e in pieces:
                para = lines[bisect_right(line_starts, s) - 1].paragraph
                out.append(Sentence(index=len(out), span=Span(start=s, end=e), paragraph=para, zone=zone))
    return out


_SPLIT_ZONES = (Zone.NARRATIVE, Zone.CAPTION)


def _whole(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A non-story piece (headline, credit, byline...) stays one sentence, trimmed."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


def _zone_of(zones: list[ZoneSpan], start: int, end: int) -> Zone:
    best: ZoneSpan | None = None
    for z in zones:
        if z.span.start <= start and end <= z.span.end:
            if best is None or len(z.span) < len(best.span):
                best = z
    return best.zone if best else Zone.NARRATIVE
