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


def _every_op() -> list[Correction]:
    return [
        Correction(op=CorrectionOp.SET_EVENT_LABEL, target="e1", value="Ruiz meets mayor"),
        Correction(op=CorrectionOp.SET_EVENT_ACTORS, target="e2", value=[{"actor_id": "a3", "role": "agent"}]),
        Correction(op=CorrectionOp.RENAME_ACTOR, target="a3", value="Mayor Lena Ortiz"),
        Correction(op=CorrectionOp.SET_ACTOR_COLOUR, target="a1", value="#123456"),
        Correction(op=CorrectionOp.MERGE_ACTORS, target="a1", value=["a2", "a3"]),
        Correction(op=CorrectionOp.SET_EVENT_TIME, target="e2",
                   value={"earliest": "2024-01-01", "latest": "2024-01-01", "precision": "day"}),
        Correction(op=CorrectionOp.DELETE_ACTOR, target="a1"),
        Correction(op=CorrectionOp.DELETE_EVENT, target="e1"),
        Correction(op=CorrectionOp.SET_REFERENCE_DATE, target="d1", value="2024-02-01"),
    ]


def test_the_input_document_is_never_modified_and_untouched_parts_are_shared():
    """Corrections copy only what they change (a deep copy of a 1 MB article's document took seconds)."""
    original = _doc()
    original.events.append(Event(id="e3", sentence=1, trigger=Span(start=23, end=27), trigger_text="Ruiz"))
    before = original.model_dump()
    ops = _every_op()
    for k in range(1, len(ops) + 1):  # every prefix: each op also on what the earlier ones left
        apply_corrections(original, ops[:k])
        assert original.model_dump() == before, f"the input changed after {ops[k - 1].op.value}"
    doc = apply_corrections(original, ops[:2])
    assert doc.event("e3") is original.event("e3"), "an event no correction touches is shared, not copied"
    assert doc.event("e1") is not original.event("e1") and doc.event("e1").label == "Ruiz meets mayor"
    assert doc.event("e2").participants[0].actor_id == "a3"
    final = apply_corrections(original, ops)
    assert [a.id for a in final.actors] == [] and [e.id for e in final.events] == ["e2", "e3"]
    assert final.event("e2").participants == [] and final.event("e2").user_edited
    assert final.reference_date.value == dt.date(2024, 2, 1)


def test_merge_keeps_every_other_event_and_dedupes_as_before():
    doc = _doc()
    doc.events.append(Event(id="e3", sentence=1, trigger=Span(start=23, end=27), trigger_text="Ruiz",
                            participants=[Participant(actor_id="a3", role=Role.AGENT),
                                          Participant(actor_id="a3", role=Role.AGENT)]))
    merged = apply_corrections(doc, [Correction(op=CorrectionOp.MERGE_ACTORS, target="a1", value=["a2"])])
    assert [(p.actor_id, p.role) for p in merged.event("e1").participants] == [("a1", Role.AGENT),
                                                                               ("a3", Role.PATIENT)]
    assert [p.actor_id for p in merged.event("e3").participants] == ["a3"]
    assert len(doc.event("e3").participants) == 2
