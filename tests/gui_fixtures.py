"""Hand-built documents for GUI tests and benches: a small invented story with every kind of date, and
generated documents of any size. Nothing here comes from real articles."""

from __future__ import annotations

import datetime as dt
import random

from newsline.core.model import (
    Actor,
    ActorKind,
    CalendarInterval,
    Certainty,
    Document,
    Event,
    EventTime,
    Participant,
    Precision,
    ReferenceDate,
    ReferenceDateSource,
    Role,
    Span,
    TimeResolution,
)

REFERENCE = dt.date(2021, 6, 14)


def _day(d: dt.date, certainty=Certainty.CERTAIN, resolution=TimeResolution.EXPLICIT, written=None) -> EventTime:
    return EventTime(interval=CalendarInterval(earliest=d, latest=d, precision=Precision.DAY), precision=Precision.DAY,
                     certainty=certainty, resolution=resolution, as_written=written or d.strftime("%d %B %Y"))


def _span(a: dt.date, b: dt.date, precision: Precision, certainty=Certainty.CERTAIN, written=None,
          end: tuple[dt.date, dt.date] | None = None) -> EventTime:
    return EventTime(
        interval=CalendarInterval(earliest=a, latest=b, precision=precision),
        end_interval=CalendarInterval(earliest=end[0], latest=end[1], precision=Precision.DAY) if end else None,
        precision=precision, certainty=certainty, resolution=TimeResolution.EXPLICIT, as_written=written or "")


def _undated(rel: int | None = None) -> EventTime:
    return EventTime(relative_to_reference_days=rel, as_written="later" if rel is None else f"{rel} days ago")


ACTORS = [
    ("a1", "Port Authority", ActorKind.GOVERNMENT),
    ("a2", "Dockworkers' Union", ActorKind.ORGANISATION),
    ("a3", "Harbour Police", ActorKind.ARMED_FORCES),
    ("a4", "Mayor Ilse Varga", ActorKind.PERSON),
]

# (id, label, actor ids, time)
STORY: list[tuple[str, str, list[str], EventTime]] = [
    ("e1", "Union announces strike", ["a2"], _day(dt.date(2021, 6, 1))),
    ("e2", "Authority rejects pay claim", ["a1"], _day(dt.date(2021, 6, 3))),
    ("e3", "Strike begins", ["a2"], _span(dt.date(2021, 6, 5), dt.date(2021, 6, 5), Precision.DAY,
                                            end=(dt.date(2021, 6, 12), dt.date(2021, 6, 12)), written="from 5 June")),
    ("e4", "Police clear the gates", ["a3", "a2"], _day(dt.date(2021, 6, 8))),
    ("e5", "Mayor calls for talks", ["a4"], _day(dt.date(2021, 6, 8))),
    ("e6", "Talks open", ["a1", "a2", "a4"], _day(dt.date(2021, 6, 9))),
    ("e7", "Ships diverted", [], _day(dt.date(2021, 6, 10), certainty=Certainty.UNCERTAIN,
                                    resolution=TimeResolution.INHERITED, written="that week")),
    ("e8", "Earlier dispute over pensions", ["a2", "a1"], _span(dt.date(2019, 3, 1), dt.date(2019, 3, 31),
                                                                  Precision.MONTH, written="March 2019")),
    ("e9", "Port expansion plan", ["a1"], _span(dt.date(2020, 1, 1), dt.date(2020, 12, 31), Precision.YEAR,
                                                 Certainty.APPROXIMATE, written="around 2020")),
    ("e10", "Deal agreed", ["a1", "a2"], _day(dt.date(2021, 6, 13), resolution=TimeResolution.RELATIVE,
                                               written="yesterday")),
    ("e11", "Union members vote", ["a2"], _undated()),
    ("e12", "Police review tactics", ["a3"], _undated(rel=3)),
    ("e13", "Cargo backlog clears", [], _undated()),
]


def _document(events: list[Event], actors: list[Actor], reference: dt.date | None, title: str) -> Document:
    # triggers separated by one character each (a line break after every 12th: paragraphs, as in an article)
    text = "".join(e.trigger_text + ("\n" if i % 12 == 11 else " ") for i, e in enumerate(events))[:-1] or "empty"
    ref = ReferenceDate(value=reference, source=ReferenceDateSource.USER) if reference else ReferenceDate()
    return Document(title=title, text=text, reference_date=ref, actors=actors, events=events)


def _events_from(rows, *, offset_text: bool = True, confidence: float = 0.8) -> list[Event]:
    """Events from (id, label, actor ids, time) rows; all main events (salience `confidence`) by default."""
    out, pos = [], 0
    for eid, label, actor_ids, time in rows:
        trigger = label.split()[-1]
        out.append(Event(id=eid, sentence=0, trigger=Span(start=pos, end=pos + len(trigger)), trigger_text=trigger,
                         label=label, participants=[Participant(actor_id=a, role=Role.AGENT) for a in actor_ids],
                         time=time, confidence=confidence))
        pos += len(trigger) + 1
    return out


def story_document(reference: dt.date | None = REFERENCE) -> Document:
    """A 13-event invented story: points, a duration, month and year bars, fuzzy and undated events."""
    actors = [Actor(id=i, name=n, kind=k) for i, n, k in ACTORS]
    return _document(_events_from(STORY), actors, reference, "Port strike ends after eight days")


def generated_document(n_events: int, n_actors: int = 6, *, seed: int = 1, span_days: int = 3650,
                       undated_share: float = 0.05, reference: dt.date | None = REFERENCE) -> Document:
    """`n_events` random events over `span_days` days before `reference`: mostly day points, some month and
    year bars, durations, fuzzy ones, events without actors and undated ones."""
    rng = random.Random(seed)
    actors = [Actor(id=f"a{i + 1}", name=f"Actor {i + 1}", kind=ActorKind.ORGANISATION) for i in range(n_actors)]
    start = (reference or REFERENCE) - dt.timedelta(days=span_days)
    rows = []
    for i in range(n_events):
        d = start + dt.timedelta(days=rng.randrange(span_days))
        r = rng.random()
        if r < undated_share:
            time = _undated()
        elif r < 0.70:
            time = _day(d, Certainty.CERTAIN if rng.random() < 0.8 else Certainty.UNCERTAIN)
        elif r < 0.82:
            first = d.replace(day=1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            time = _span(first, last, Precision.MONTH, Certainty.APPROXIMATE if rng.random() < 0.5 else Certainty.CERTAIN)
        elif r < 0.90:
            time = _span(d.replace(month=1, day=1), d.replace(month=12, day=31), Precision.YEAR, Certainty.APPROXIMATE)
        else:
            e = d + dt.timedelta(days=rng.randrange(2, 40))
            time = _span(d, d, Precision.DAY, end=(e, e))
        k = rng.choice((0, 1, 1, 1, 2, 3))
        ids = rng.sample([a.id for a in actors], min(k, n_actors))
        rows.append((f"e{i + 1}", f"Event {i + 1} {rng.choice(['meets', 'attacks', 'signs deal', 'announces plan'])}",
                     ids, time))
    return _document(_events_from(rows), actors, reference, f"Generated story of {n_events} events")


def big_article(path, size: int = 1_000_000):
    """Write an article of at least `size` characters, made of the sample article's paragraphs over and over
    (a 1 MB one gives ~28,000 events), to `path`; returns the path."""
    from pathlib import Path

    from newsline.gui.extraction_tasks import sample_text

    paragraphs = [p for p in sample_text().split("\n\n") if len(p) > 200]
    body, total, i = [], 0, 0
    while total < size:
        p = paragraphs[i % len(paragraphs)]
        body.append(p)
        total += len(p) + 2
        i += 1
    path = Path(path)
    path.write_text("\n\n".join(body), encoding="utf-8")
    return path
