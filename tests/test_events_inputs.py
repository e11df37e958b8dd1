"""Hand-built inputs for the event tests (no tests here): actors, places and time expressions placed by hand."""

from __future__ import annotations

import datetime as dt
import re

from newsline.core.ingest.prepare import prepare
from newsline.core.model import (Actor, ActorKind, CalendarInterval, Mention, MentionType, Place, PlaceKind,
                                 Precision, Span, TimeAnchor, TimeExpression, TimeType)


def spans_of(text: str, phrase: str) -> list[Span]:
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return [Span(start=m.start(), end=m.end()) for m in re.finditer(pattern, text)]


def actor(text: str, aid: str, name: str, *phrases: str, kind: ActorKind = ActorKind.OTHER) -> Actor:
    mentions = []
    for ph in phrases or (name,):
        for sp in spans_of(text, ph):
            mentions.append(Mention(span=sp, text=ph, type=MentionType.PRONOUN if ph.lower() in ("it", "they", "he", "she") else MentionType.NAME))
    mentions.sort(key=lambda m: m.span.start)
    # one mention per place in the text (a longer phrase wins over a shorter one inside it)
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: -(m.span.end - m.span.start)):
        if not any(k.span.overlaps(m.span) for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.span.start)
    return Actor(id=aid, name=name, kind=kind, mentions=kept)


def place(text: str, pid: str, name: str, *phrases: str, kind: PlaceKind = PlaceKind.CITY) -> Place:
    mentions = [Mention(span=sp, text=ph) for ph in (phrases or (name,)) for sp in spans_of(text, ph)]
    mentions.sort(key=lambda m: m.span.start)
    return Place(id=pid, name=name, kind=kind, mentions=mentions)


def timex(text: str, tid: str, phrase: str, value: str, *, type_: TimeType = TimeType.DATE,
          anchor: TimeAnchor = TimeAnchor.ABSOLUTE, interval: tuple[dt.date, dt.date, Precision] | None = None,
          mod: str | None = None, nth: int = 0) -> TimeExpression:
    sp = spans_of(text, phrase)[nth]
    iv = CalendarInterval(earliest=interval[0], latest=interval[1], precision=interval[2]) if interval else None
    return TimeExpression(id=tid, span=sp, text=phrase, type=type_, value=value, anchor=anchor, interval=iv, mod=mod)


def day(d: dt.date) -> tuple[dt.date, dt.date, Precision]:
    return (d, d, Precision.DAY)


def prepared(text: str):
    return prepare(text)


def by_trigger(events, word: str, nth: int = 0):
    found = [e for e in events if e.trigger_text == word]
    assert len(found) > nth, f"no event triggered by {word!r}: {[e.trigger_text for e in events]}"
    return found[nth]
