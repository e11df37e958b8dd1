"""The user's corrections, applied on top of an extracted document.

Corrections are stored apart from the extraction (`ProjectDocument.corrections`) and replayed in order, so
re-extracting (a new reference date, a better extractor) never loses them. A correction whose target no longer
exists is skipped and reported in `Document.warnings`, never silently dropped from the project.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .model import (
    ActorKind,
    CalendarInterval,
    Certainty,
    Correction,
    CorrectionOp,
    Document,
    EventTime,
    Participant,
    Precision,
    ReferenceDate,
    ReferenceDateSource,
    Role,
    TimeResolution,
)


class CorrectionError(ValueError):
    """A correction's value is malformed."""


def _interval(value: Any) -> CalendarInterval | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise CorrectionError("a date correction needs {earliest, latest, precision}")
    return CalendarInterval.model_validate(value)


def apply_corrections(doc: Document, corrections: list[Correction]) -> Document:
    """Return a copy of `doc` with `corrections` applied in order."""
    doc = doc.model_copy(deep=True)
    stale: list[str] = []
    for c in corrections:
        try:
            if not _apply_one(doc, c):
                stale.append(f"{c.op.value} on {c.target}")
        except (CorrectionError, ValueError) as exc:
            stale.append(f"{c.op.value} on {c.target} ({exc})")
    if stale:
        doc.warnings.append("Some corrections no longer apply: " + "; ".join(stale))
    return doc


def _apply_one(doc: Document, c: Correction) -> bool:
    op = c.op
    if op == CorrectionOp.SET_REFERENCE_DATE:
        if c.value is None:
            doc.reference_date = ReferenceDate()
        else:
            doc.reference_date = ReferenceDate(value=dt.date.fromisoformat(str(c.value)),
                                               source=ReferenceDateSource.USER)
        return True
    if op in (CorrectionOp.SET_EVENT_LABEL, CorrectionOp.SET_EVENT_TIME, CorrectionOp.DELETE_EVENT,
              CorrectionOp.SET_EVENT_ACTORS):
        event = doc.event(c.target)
        if event is None:
            return False
        if op == CorrectionOp.DELETE_EVENT:
            doc.events = [e for e in doc.events if e.id != c.target]
            for e in doc.events:
                if e.same_as == c.target:
                    e.same_as = None
                e.reports_event_ids = [x for x in e.reports_event_ids if x != c.target]
            return True
        if op == CorrectionOp.SET_EVENT_LABEL:
            event.label = str(c.value or "").strip() or event.label
        elif op == CorrectionOp.SET_EVENT_TIME:
            interval = _interval(c.value)
            event.time = EventTime(
                interval=interval,
                precision=interval.precision if interval else Precision.UNKNOWN,
                certainty=Certainty.CERTAIN if interval else Certainty.UNCERTAIN,
                resolution=TimeResolution.USER if interval else TimeResolution.UNDATED,
                as_written=event.time.as_written,
            )
        elif op == CorrectionOp.SET_EVENT_ACTORS:
            known = {a.id for a in doc.actors}
            parts = []
            for item in c.value or []:
                if item.get("actor_id") in known:
                    parts.append(Participant(actor_id=item["actor_id"], role=Role(item.get("role", "other"))))
            event.participants = parts
        event.user_edited = True
        return True
    # actor operations
    actor = doc.actor(c.target)
    if actor is None:
        return False
    if op == CorrectionOp.RENAME_ACTOR:
        name = str(c.value or "").strip()
        if not name:
            raise CorrectionError("an actor's name cannot be empty")
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name = name
    elif op == CorrectionOp.SET_ACTOR_KIND:
        actor.kind = ActorKind(c.value)
    elif op == CorrectionOp.SET_ACTOR_COLOUR:
        actor.colour = str(c.value) if c.value else None
    elif op == CorrectionOp.DELETE_ACTOR:
        doc.actors = [a for a in doc.actors if a.id != actor.id]
        for e in doc.events:
            e.participants = [p for p in e.participants if p.actor_id != actor.id]
            if e.attribution and e.attribution.source_actor_id == actor.id:
                e.attribution.source_actor_id = None
    elif op == CorrectionOp.MERGE_ACTORS:
        absorbed_ids = [x for x in (c.value or []) if x != actor.id]
        absorbed = [a for a in doc.actors if a.id in absorbed_ids]
        if not absorbed:
            return False
        for other in absorbed:
            for alias in [other.name, *other.aliases]:
                if alias != actor.name and alias not in actor.aliases:
                    actor.aliases.append(alias)
            actor.mentions.extend(other.mentions)
        actor.mentions.sort(key=lambda m: m.span.start)
        gone = {a.id for a in absorbed}
        doc.actors = [a for a in doc.actors if a.id not in gone]
        for e in doc.events:
            seen: set[tuple[str, Role]] = set()
            parts = []
            for p in e.participants:
                pid = actor.id if p.actor_id in gone else p.actor_id
                if (pid, p.role) in seen:
                    continue
                seen.add((pid, p.role))
                parts.append(p.model_copy(update={"actor_id": pid}))
            e.participants = parts
            if e.attribution and e.attribution.source_actor_id in gone:
                e.attribution.source_actor_id = actor.id
    else:  # pragma: no cover - every op is handled above
        return False
    return True
