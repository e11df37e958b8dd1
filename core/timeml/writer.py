"""Write TimeML: a text with TIMEX3 and EVENT tags inline. The text between the tags is the input text
character for character (XML-escaped, so a reader gives it back exactly)."""

from __future__ import annotations

import datetime as dt
from typing import Iterable
from xml.sax.saxutils import escape, quoteattr

from ..model import Event, TimeAnchor, TimeExpression


def _attrs(pairs: Iterable[tuple[str, str | None]]) -> str:
    return "".join(f" {k}={quoteattr(v)}" for k, v in pairs if v is not None)


def timex_open_tag(t: TimeExpression, has_dct: bool) -> str:
    anchor = None
    if t.anchor == TimeAnchor.NARRATIVE and t.anchor_time_id:
        anchor = t.anchor_time_id
    elif t.anchor == TimeAnchor.REFERENCE and has_dct:
        anchor = "t0"
    return "<TIMEX3" + _attrs([
        ("tid", t.id), ("type", t.type.value), ("value", t.value), ("mod", t.mod), ("quant", t.quant),
        ("freq", t.freq), ("temporalFunction", "true" if t.is_relative else "false"),
        ("functionInDocument", "NONE"), ("anchorTimeID", anchor),
    ]) + ">"


def event_open_tag(e: Event) -> str:
    return "<EVENT" + _attrs([("eid", e.id), ("class", e.event_class.value)]) + ">"


def write_timeml(text: str, times: list[TimeExpression], events: list[Event] | None = None,
                 dct: dt.date | None = None, doc_id: str = "") -> tuple[str, list[str]]:
    """The TimeML document, and notes on annotations that could not be written (overlapping ones: TimeML
    tags do not nest, so an event overlapping a time expression or another event is left out)."""
    notes: list[str] = []
    tags: list[tuple[int, int, str, str]] = []  # start, end, open tag, close tag
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or te <= s for ts, te in taken)

    for t in sorted(times, key=lambda t: t.span.start):
        s, e = t.span.start, t.span.end
        if not (0 <= s < e <= len(text)):
            notes.append(f"time {t.id} {t.text!r}: span outside the text, left out")
            continue
        if not free(s, e):
            notes.append(f"time {t.id} {t.text!r}: overlaps another time expression, left out")
            continue
        taken.append((s, e))
        tags.append((s, e, timex_open_tag(t, dct is not None), "</TIMEX3>"))
    for ev in sorted(events or [], key=lambda e: e.trigger.start):
        s, e = ev.trigger.start, ev.trigger.end
        if not (0 <= s < e <= len(text)) or not free(s, e):
            notes.append(f"event {ev.id} {ev.trigger_text!r}: overlaps a time expression or event, left out")
            continue
        taken.append((s, e))
        tags.append((s, e, event_open_tag(ev), "</EVENT>"))
    tags.sort()

    body: list[str] = []
    pos = 0
    for s, e, open_tag, close_tag in tags:
        body.append(escape(text[pos:s]))
        body.append(open_tag + escape(text[s:e]) + close_tag)
        pos = e
    body.append(escape(text[pos:]))

    out = ['<?xml version="1.0" ?>', "<TimeML>", ""]
    if doc_id:
        out += [f"<DOCID>{escape(doc_id)}</DOCID>", ""]
    if dct is not None:
        out += [f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
                f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>', ""]
    out.append("<TEXT>" + "".join(body) + "</TEXT>")
    out.append("")
    written = {e.id for e in events or []} - {n.split()[1] for n in notes if n.startswith("event ")}
    for i, ev in enumerate(sorted(events or [], key=lambda e: e.trigger.start), 1):
        if ev.id in written:
            out.append(f'<MAKEINSTANCE eiid="ei{i}" eventID={quoteattr(ev.id)} />')
    out += ["", "</TimeML>", ""]
    return "\n".join(out), notes
