"""Read TimeML (``.tml``) documents: the text inside ``<TEXT>`` exactly as characters, the creation time from
``<DCT>``, and the TIMEX3, EVENT, MAKEINSTANCE and TLINK annotations with spans into that text.

The reader is a small hand-written tag scanner rather than an XML parser, because TimeML files in the wild are
often not well-formed XML (stray ``&``, unknown entities) and the offsets must be into the text with the tags
removed and the character references decoded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Span


class TimeMLError(InputError):
    """A TimeML document that cannot be read."""


@dataclass(frozen=True)
class TimeMLTimex:
    tid: str
    span: Span
    text: str
    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor_time_id: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TimeMLEvent:
    eid: str
    span: Span
    text: str
    event_class: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TimeMLTLink:
    lid: str
    rel_type: str
    source: str  # an event instance id ("ei12") or a time id ("t3")
    target: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class TimeMLDocument:
    text: str
    doc_id: str = ""
    dct: dt.date | None = None
    dct_value: str | None = None
    timexes: list[TimeMLTimex] = field(default_factory=list)
    events: list[TimeMLEvent] = field(default_factory=list)
    instances: dict[str, str] = field(default_factory=dict)  # eiid -> eid
    tlinks: list[TimeMLTLink] = field(default_factory=list)


_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[(.*?)\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>|<(/?)([A-Za-z_][\w.:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>",
                  re.S)
_ATTR = re.compile(r"([A-Za-z_][\w.:-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0"}


def unescape(s: str) -> str:
    """Decode XML character and entity references; unknown ones are kept as written."""
    if "&" not in s:
        return s

    def one(m: re.Match) -> str:
        ref = m.group(1)
        try:
            if ref.startswith("#x"):
                return chr(int(ref[2:], 16))
            if ref.startswith("#"):
                return chr(int(ref[1:]))
        except (ValueError, OverflowError):
            return m.group(0)
        return _NAMED.get(ref, m.group(0))

    return _ENTITY.sub(one, s)


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1): unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(raw)}


def parse_date_value(value: str | None) -> dt.date | None:
    """The calendar day of a TimeML value such as ``1998-03-01`` or ``1998-03-01T14:11``; None otherwise."""
    if not value:
        return None
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _scan(xml: str, start: int, end: int):
    """Yield ("text", str) and ("open"/"close"/"empty", name, attrs) items between offsets."""
    pos = start
    for m in _TAG.finditer(xml, start, end):
        if m.start() > pos:
            yield ("text", unescape(xml[pos:m.start()]))
        pos = m.end()
        if m.group(1) is not None:  # CDATA: literal text
            yield ("text", m.group(1))
            continue
        name = m.group(3)
        if name is None:  # comment, processing instruction, doctype
            continue
        attrs = _attrs(m.group(4) or "")
        if m.group(2):
            yield ("close", name, attrs)
        elif m.group(5):
            yield ("empty", name, attrs)
        else:
            yield ("open", name, attrs)
    if pos < end:
        yield ("text", unescape(xml[pos:end]))


def _section(xml: str, name: str) -> tuple[int, int] | None:
    m = re.search(rf"<{name}(?:\s[^>]*)?>", xml)
    if not m:
        return None
    close = xml.find(f"</{name}>", m.end())
    if close < 0:
        raise TimeMLError(f"The TimeML document opens <{name}> but never closes it.")
    return m.end(), close


def parse_timeml(xml: str) -> TimeMLDocument:
    """Parse a TimeML document. Raises `TimeMLError` when it has no ``<TEXT>`` section or its tags in the
    text do not nest."""
    if not isinstance(xml, str):
        raise TimeMLError("TimeML must be given as text, not bytes.")
    body = _section(xml, "TEXT")
    if body is None:
        raise TimeMLError("This is not a TimeML document: it has no <TEXT> section.")
    doc = TimeMLDocument(text="")

    docid = _section(xml, "DOCID")
    if docid is not None:
        doc.doc_id = unescape(xml[docid[0]:docid[1]]).strip()

    dct = _section(xml, "DCT")
    dct_timex = None
    if dct is not None:
        for item in _scan(xml, dct[0], dct[1]):
            if item[0] in ("open", "empty") and item[1] == "TIMEX3":
                dct_timex = item[2]
                break
    if dct_timex is None:  # some files mark the creation time only by its function
        for m in re.finditer(r"<TIMEX3\b([^>]*)>", xml):
            a = _attrs(m.group(1))
            if a.get("functionInDocument") == "CREATION_TIME":
                dct_timex = a
                break
    if dct_timex is not None:
        doc.dct_value = dct_timex.get("value")
        doc.dct = parse_date_value(doc.dct_value)

    pieces: list[str] = []
    length = 0
    stack: list[tuple[str, dict[str, str], int]] = []
    for item in _scan(xml, body[0], body[1]):
        kind = item[0]
        if kind == "text":
            pieces.append(item[1])
            length += len(item[1])
        elif kind == "open":
            stack.append((item[1], item[2], length))
        elif kind == "close":
            name = item[1]
            if not stack or stack[-1][0] != name:
                raise TimeMLError(f"The TimeML text closes <{name}> at character {length} without opening it.")
            _, attrs, start = stack.pop()
            _annotation(doc, name, attrs, start, length, pieces)
        # empty tags inside TEXT carry no text: ignored
    if stack:
        raise TimeMLError(f"The TimeML text leaves <{stack[-1][0]}> unclosed.")
    doc.text = "".join(pieces)
    # fill the texts now the whole text is known
    doc.timexes = [TimeMLTimex(**{**t.__dict__, "text": t.span.of(doc.text)}) for t in doc.timexes]
    doc.events = [TimeMLEvent(**{**e.__dict__, "text": e.span.of(doc.text)}) for e in doc.events]

    tail = xml[body[1]:]
    for item in _scan(tail, 0, len(tail)):
        if item[0] not in ("open", "empty"):
            continue
        name, a = item[1], item[2]
        if name == "MAKEINSTANCE" and "eiid" in a and "eventID" in a:
            doc.instances[a["eiid"]] = a["eventID"]
        elif name == "TLINK":
            source = a.get("eventInstanceID") or a.get("timeID") or ""
            target = a.get("relatedToEventInstance") or a.get("relatedToTime") or ""
            doc.tlinks.append(TimeMLTLink(lid=a.get("lid", ""), rel_type=a.get("relType", ""), source=source,
                                          target=target, attrs=a))
    return doc


def _annotation(doc: TimeMLDocument, name: str, attrs: dict[str, str], start: int, end: int, pieces) -> None:
    span = Span(start=start, end=end)
    if name == "TIMEX3":
        doc.timexes.append(TimeMLTimex(
            tid=attrs.get("tid", ""), span=span, text="", type=attrs.get("type", ""), value=attrs.get("value", ""),
            mod=attrs.get("mod"), quant=attrs.get("quant"), freq=attrs.get("freq"),
            anchor_time_id=attrs.get("anchorTimeID"), attrs=attrs))
    elif name == "EVENT":
        doc.events.append(TimeMLEvent(eid=attrs.get("eid", ""), span=span, text="",
                                      event_class=attrs.get("class", ""), attrs=attrs))
