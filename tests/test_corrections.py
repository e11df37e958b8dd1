"""User corrections applied on top of an extracted document."""

from __future__ import annotations

import datetime as dt

from newsline.core.corrections import apply_corrections
from newsline.core.model import (
    Actor, ActorKind, Correction, CorrectionOp, Document, Event, Participant, Role, Span, TimeResolution,
)


def _doc() -> Document:
    text = "Ana Ruiz met the mayor. Ruiz left."
    return Document(
        text=text,
        actors=[Actor(id="a1", name="Ana Ruiz", kind=ActorKind.PERSON), Actor(id="a2", name="Ruiz"),
                Actor(id="a3", name="the mayor")],
        events=[Event(id="e1", sentence=0, trigger=Span(start=9, end=12), trigger_text="met",
                      participants=[Participant(actor_id="a1", role=Role.AGENT),
                                    Participant(actor_id="a3", role=Role.PATIENT)]),
                Event(id="e2", sentence=1, trigger=Span(start=29, end=33), trigger_text="left",
                      participants=[Participant(actor_id="a2", role=Role.AGENT)])],
    )


def test_label_date_and_delete():
    doc = apply_corrections(_doc(), [
        Correction(op=CorrectionOp.SET_EVENT_LABEL, target="e1", value="Ruiz meets mayor"),
        Correction(op=CorrectionOp.SET_EVENT_TIME, target="e1",
                   value={"earliest": "2024-01-01", "latest": "2024-01-31", "precision": "month"}),
        Correction(op=CorrectionOp.DELETE_EVENT, target="e2"),
    ])
    e1 = doc.event("e1")
    assert e1.label == "Ruiz meets mayor" and e1.user_edited
    assert e1.time.interval.earliest == dt.date(2024, 1, 1) and e1.time.resolution == TimeResolution.USER
    assert doc.event("e2") is None


def test_merge_moves_participants_and_aliases():
    doc = apply_corrections(_doc(), [Correction(op=CorrectionOp.MERGE_ACTORS, target="a1", value=["a2"])])
    assert [a.id for a in doc.actors] == ["a1", "a3"]
    assert "Ruiz" in doc.actor("a1").aliases
    assert doc.event("e2").participants[0].actor_id == "a1"


def test_rename_kind_and_stale_corrections_are_reported():
    original = _doc()
    doc = apply_corrections(original, [
        Correction(op=CorrectionOp.RENAME_ACTOR, target="a3", value="Mayor Lena Ortiz"),
        Correction(op=CorrectionOp.SET_ACTOR_KIND, target="a3", value="person"),
        Correction(op=CorrectionOp.DELETE_EVENT, target="e99"),
    ])
    a3 = doc.actor("a3")
    assert a3.name == "Mayor Lena Ortiz" and "the mayor" in a3.aliases and a3.kind == ActorKind.PERSON
    assert any("e99" in w for w in doc.warnings)
    assert original.actor("a3").name == "the mayor", "the input document is not modified"
