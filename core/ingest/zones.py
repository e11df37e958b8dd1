"""Find the parts of a page that are not the story: masthead, headline, byline, dateline, separators,
photo captions and credits, footers. Everything not marked here is narrative.

Rules work on lines of the normalised text (see `layout`):

- separator: a line of only dashes, stars, dots or similar ("-", "* * *")
- footer: short lines such as "Newspapers in English", "Copyright ...", "All rights reserved",
  "Follow us on ...", "Subscribe ...", "Read more ...", "Advertisement"
- byline: "By Jane Smith", "Reporting by ...; Editing by ..."
- credit and caption: see `captions`
- top of the page, before the first story paragraph: lines that are mainly a date are DATELINE (MASTHEAD
  above the headline); the first title-like line is the HEADLINE, unless it is a paper's name, a section
  label or a short Title Case name above a sentence-case headline and another title-like line follows, which
  makes it the MASTHEAD; a Markdown ``# heading`` is the headline; "Jane Smith in Beirut" after it is BYLINE
- dateline at the start of a story line: "BEIRUT, Nov 4 (Reuters) -", "WASHINGTON (AP) -", "Kabul (CNN) -"
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Span, Zone, ZoneSpan
from . import dates, lexicon
from .captions import mark_captions, rstrip_end
from .layout import Line
from .textmap import MappedText

TOP_LINES = 10
"""How many non-empty lines at the top may hold masthead, headline, byline and date lines."""

_SEPARATOR = re.compile(r"^[\W_]{1,80}$")
_FOOTER = re.compile(
    r"^(?:newspapers (?:in|from)\b|copyright\b|\(c\)\s*\d{4}|©|all rights reserved|follow (?:us|me)\b"
    r"|(?:subscribe|sign up|sign in|log in|register)\b|read (?:more|next|also)\b|more from\b|recommended\b"
    r"|advertisement\s*$|sponsored\s*$|related(?: articles| stories| coverage| content)?\s*:?\s*$"
    r"|click here\b|terms of (?:use|service)|privacy policy|cookie|share (?:this|on)\b|share\s*$"
    r"|(?:listen|watch) to this\b|this (?:article|story) (?:was|has been) (?:first )?(?:published|updated)\b"
    r"|get (?:our|the) .{0,40}newsletter|download (?:our|the) app\b|topics\s*$|related topics|reuse this content"
    r"|more on this (?:story|topic)|share this with|copy link|sources?\s*:|explore more on these topics"
    r"|(?:email|facebook|twitter|x|whatsapp|linkedin|messenger|pinterest|reddit|telegram|print)\s*$"
    r"|(?:comments?|most (?:read|viewed|popular)|trending|top stories|latest news)\s*$|(?:see|view) all\b"
    r"|this article is more than \d+ \w+ old)",
    re.I,
)
_FOOTER_ANYWHERE = re.compile(r"all rights reserved|copyright ©|© ?(?:19|20)\d\d", re.I)
_BYLINE = re.compile(r"^(?:by|written by|words by|story by|text by)\s+(\S)", re.I)
_BYLINE_TAIL = re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing) by\b", re.I)
_INLINE_DATELINE = re.compile(  # used with .match(text, line_start): anchored at the line start
    r"(?:"
    r"(?:[A-Z][A-Z.'-]{2,}(?:[ /][A-Z][A-Z.'-]+){0,3})(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"  # BEIRUT
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?))?"
    r"(?:\s*\([A-Za-z][\w .&'-]{1,30}\))?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s*\((?:CNN|AP|AFP|Reuters|UPI|BBC|dpa|"
    r"Xinhua|Bloomberg|Sputnik|TASS|IANS|PTI|ANI|Anadolu|Al Jazeera|NPR)\)"
    r")(?:\s*/[A-Za-z][\w .-]{1,30}/)?"  # SPRINGFIELD, Ill., Nov. 2, 2017 /PRNewswire/ --
    r"\s*(?:-+|_+|:)(?:\s+|$)"  # AP wire copy uses "_" for the dash
)
_DATE_LINE_WORDS = re.compile(
    r"\b(?:published|posted|updated|last|first|modified|on|at|date|dated|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|"
    r"edt|est|pst|pdt|cdt|aest|aedt|nzdt|nzst|ist|hrs|time|mins?|read|reading|\d+\s*min)\b|\d{1,2}[:.]\d{2}|[|,:•·/-]",
    re.I,
)
_NAME_BYLINE = re.compile(  # "Martin Chulov in Beirut", "Jane Smith, Political Correspondent"
    r"^[A-Z][a-z'-]+(?: [A-Z]\.?)?(?: [A-Z][a-z'-]+){1,2}(?: in [A-Z][a-z]+(?: [A-Z][a-z]+)?|, (?:[A-Z][a-z]+ ){0,3}"
    r"(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Cc]hief|[Aa]nalyst)(?: in [A-Z][a-z]+)?)$"
)
_SECTION_WORDS = frozenset(
    """news world politics business sport sports opinion comment analysis uk us europe africa asia americas
    middle east australia tech technology science health entertainment culture breaking live exclusive home
    latest local national international economy markets environment climate education lifestyle travel
    features investigations video global for immediate release press breaking editorial obituary obituaries
    letters review reviews update updates""".split()
)
_UNDATED = re.compile(r"^\(?undated\)?$", re.I)
_WORD = re.compile(r"[A-Za-z0-9']+")
_NEWSPAPER_WORDS = frozenset(
    """times post news herald guardian tribune journal star telegraph gazette daily sunday chronicle observer
    independent mail express standard record courier press review globe sun mirror inquirer examiner
    bulletin dispatch sentinel register monitor age australian economist weekly online today world
    reuters associated""".split()
)


@dataclass
class Zoning:
    zones: list[ZoneSpan]
    title: str | None
    top_lines: list[Line]  # the lines before the story starts, for the reference-date finder


def find_zones(mapped: MappedText, lines: list[Line]) -> Zoning:
    text = mapped.text
    zone_of: dict[int, tuple[Zone, str]] = {}
    parts: list[ZoneSpan] = []  # zones that cover part of a line (credits, inline datelines)

    def line_text(ln: Line) -> str:
        return text[ln.start : ln.end]

    # whole-line rules anywhere in the text
    for ln in lines:
        t = line_text(ln)
        words = len(_WORD.findall(t))
        if _SEPARATOR.match(t) and not any(c.isalnum() for c in t):
            zone_of[ln.index] = (Zone.BOILERPLATE, "separator line")
        elif words <= 30 and (_FOOTER.match(t) or _FOOTER_ANYWHERE.search(t)):
            zone_of[ln.index] = (Zone.FOOTER, "footer line")
        elif words <= 30 and _BYLINE_TAIL.match(t):
            zone_of[ln.index] = (Zone.BYLINE, "reporting and editing credits")
        elif words <= 20 and _is_byline(t):
            zone_of[ln.index] = (Zone.BYLINE, "byline")
    mark_captions(text, lines, zone_of, parts)

    # the top of the page
    top: list[Line] = []
    title: str | None = None
    title_like: list[Line] = []
    for ln in lines[:TOP_LINES]:
        if ln.index in zone_of:
            top.append(ln)
            continue
        t = line_text(ln)
        dl = _INLINE_DATELINE.match(text, ln.start, ln.end)
        if dl and rstrip_end(text, ln.start, dl.end()) == ln.end:
            zone_of[ln.index] = (Zone.DATELINE, "dateline")
            top.append(ln)
            continue
        if _is_date_line(t) or _UNDATED.match(t):
            zone_of[ln.index] = (Zone.DATELINE, "date line")
            top.append(ln)
            continue
        if _is_title_like(t) and not (ln.index + 1 < len(lines) and ln.joins_next):
            title_like.append(ln)
            top.append(ln)
            continue
        break  # the story starts here
    story_starts = len(top) < len(lines)
    if title_like and (story_starts or len(title_like) > 1):
        headline_at = 0
        md = [i for i, ln in enumerate(title_like) if _is_markdown_heading(mapped, ln)]
        if md:
            headline_at = md[0]
        else:
            # paper names and section labels ("World news", "Syria") stand above the headline
            while headline_at < len(title_like) - 1 and (
                _looks_like_masthead(line_text(title_like[headline_at]))
                or _is_section_label(line_text(title_like[headline_at]))
                or _name_above_headline(line_text(title_like[headline_at]), line_text(title_like[headline_at + 1]))
            ):
                headline_at += 1
        for ln in title_like[:headline_at]:
            zone_of[ln.index] = (Zone.MASTHEAD, "masthead")
        head = title_like[headline_at]
        zone_of[head.index] = (Zone.HEADLINE, "headline")
        title = line_text(head)
        for ln in top:
            if ln.index < head.index and zone_of.get(ln.index, (None,))[0] == Zone.DATELINE:
                zone_of[ln.index] = (Zone.MASTHEAD, "date in the masthead")
        for ln in title_like[headline_at + 1 :]:
            if _NAME_BYLINE.match(line_text(ln)):
                zone_of[ln.index] = (Zone.BYLINE, "byline")
    # lines of the top that stayed unmarked (sub-headings, standfirst) are narrative

    # lines that are only a date, further down (a date under the standfirst, a wire timestamp)
    for ln in lines[len(top) : len(top) + TOP_LINES]:
        if ln.index not in zone_of and _is_date_line(line_text(ln)):
            zone_of[ln.index] = (Zone.DATELINE, "date line")
            top.append(ln)

    _footer_runs(text, lines, zone_of)

    # a dateline opening one of the first story lines
    checked = 0
    for ln in lines:
        if ln.index in zone_of:
            continue
        m = _INLINE_DATELINE.match(text, ln.start, ln.end)
        if m:
            parts.append(ZoneSpan(zone=Zone.DATELINE, span=Span(start=ln.start, end=rstrip_end(text, ln.start, m.end())),
                                  reason="dateline"))
            top.append(ln)
            break
        checked += 1
        if checked >= 3:
            break

    zones = [
        ZoneSpan(zone=z, span=Span(start=ln.start, end=ln.end), reason=why)
        for ln in lines
        if ln.index in zone_of
        for z, why in [zone_of[ln.index]]
    ]
    # a part-line zone inside a line that is wholly another zone (not a caption) adds nothing
    whole = [(ln.start, ln.end) for ln in lines if ln.index in zone_of and zone_of[ln.index][0] != Zone.CAPTION]
    whole_starts = [s for s, _ in whole]
    for p in parts:
        k = bisect_right(whole_starts, p.span.start) - 1
        if not (k >= 0 and p.span.end <= whole[k][1]):
            zones.append(p)
    zones.sort(key=lambda z: (z.span.start, -z.span.end))
    return Zoning(zones=zones, title=title, top_lines=top)


def _footer_runs(text: str, lines: list[Line], zone_of: dict) -> None:
    """Short lines right after a footer line ("Topics" / "Syria" / "Middle East") are footer too, when they
    sit in its paragraph or in the last quarter of the text."""
    last_quarter = len(lines) * 3 // 4
    in_run = False
    for ln in lines:
        z = zone_of.get(ln.index)
        if z is not None:
            in_run = z[0] == Zone.FOOTER
            continue
        t = text[ln.start : ln.end]
        short = len(_WORD.findall(t)) <= 8 and not t.endswith((".", "!", "?", '."', ".'"))
        if in_run and short and (not ln.blank_before or ln.index >= last_quarter):
            zone_of[ln.index] = (Zone.FOOTER, "after a footer line")
        else:
            in_run = False


def _is_byline(t: str) -> bool:
    """ "By Jane Smith", "By Jane Smith and John Doe | November 4, 2017", "BY THE ASSOCIATED PRESS"; not
    "By Friday, troops had left." """
    m = _BYLINE.match(t)
    if not m or t.endswith(("!", "?")) or (t.endswith(".") and len(_WORD.findall(t)) > 4):
        return False
    names = re.split(r"\s*[|,;•·]\s*|\s+[-–—]\s+", t[m.start(1) :])[0].split()
    if not names or len(names) > 8:
        return False
    small = {"and", "de", "da", "van", "von", "der", "al", "el", "bin", "la", "le", "du", "of", "the", "&"}
    return all(w[0].isupper() or w.lower() in small for w in names)


def _is_section_label(t: str) -> bool:
    """A page's section name: a few words, all section vocabulary or place names ("World news", "Syria")."""
    words = t.replace("&", " ").replace("|", " ").replace("/", " ").split()
    if not words or len(words) > 3:
        return False
    return all(w.lower() in _SECTION_WORDS or lexicon.is_place_name(w) for w in words)


def _is_date_line(t: str) -> bool:
    if len(t) > 120 or not any(c.isdigit() for c in t):
        return False
    parts = re.split(r"\s*[|•·]\s*|\s+[-–—]\s+", t)
    if len(parts) > 1 and any(_is_byline(p) for p in parts):
        # "Published 12 December 2022 · By Tomas Berg": a date line that also names the writer
        t = " ".join(p for p in parts if not _is_byline(p))
    found = [d for d in dates.find_dates(t) if d.has_year]
    if not found:
        return False
    rest = t
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    return len(_WORD.findall(rest)) <= 2


def _is_title_like(t: str) -> bool:
    words = _WORD.findall(t)
    if not words or len(words) > 20 or len(t) > 160:
        return False
    bare = t.rstrip("\"')]*_ ")
    if bare.endswith((".", ",", ";", ":")) and not bare.endswith("..."):
        return False
    first = t.lstrip("\"'([#*_ ")[:1]
    return first.isupper() or first.isdigit()


def _looks_like_masthead(t: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'&-]*", t)
    if not words or len(words) > 5:
        return False
    if not all(w[0].isupper() or w.lower() in ("the", "of", "and", "&") for w in words):
        return False
    parts = {p.lower() for w in words for p in w.split("-")}
    return bool(parts & _NEWSPAPER_WORDS)


def _name_above_headline(first: str, second: str) -> bool:
    """A short Title Case name ("Haaretz", "Al Jazeera") above a longer sentence-case headline."""
    a = re.findall(r"[A-Za-z][\w'&-]*", first)
    b = re.findall(r"[A-Za-z][\w'&-]*", second)
    if not a or len(a) > 3 or len(b) < 4:
        return False
    title_case = all(w[0].isupper() for w in a)
    sentence_case = sum(1 for w in b[1:] if w[0].islower()) >= 2
    return title_case and sentence_case


def _is_markdown_heading(mapped: MappedText, ln: Line) -> bool:
    o = mapped.starts[ln.start]
    line_start = mapped.original.rfind("\n", 0, o) + 1
    return mapped.original[line_start:o].lstrip().startswith("#")
