"""core.navigation: the stepping order and moves, on hand-built documents."""

from __future__ import annotations

import datetime as dt

import pytest

from newsline.core import navigation
from newsline.core.model import (
    CalendarInterval,
    Document,
    Event,
    EventTime,
    Participant,
    Precision,
    Span,
)
from window_fixtures import harbour_document


def _event(eid: str, sentence: int, start: int, interval: CalendarInterval | None = None, actors=()) -> Event:
    return Event(id=eid, sentence=sentence, trigger=Span(start=start, end=start + 3), trigger_text="did",
                 time=EventTime(interval=interval), participants=[Participant(actor_id=a) for a in actors])


def _iv(a: dt.date, b: dt.date, p: Precision) -> CalendarInterval:
    return CalendarInterval(earliest=a, latest=b, precision=p)


def test_chronological_orders_by_start_then_precision_then_text_with_undated_last():
    feb = _iv(dt.date(2024, 2, 1), dt.date(2024, 2, 29), Precision.MONTH)
    feb1 = _iv(dt.date(2024, 2, 1), dt.date(2024, 2, 1), Precision.DAY)
    jan = _iv(dt.date(2024, 1, 9), dt.date(2024, 1, 9), Precision.DAY)
    events = [
        _event("undated_late", 9, 900),
        _event("month", 1, 100, feb),
        _event("day_same_start", 5, 500, feb1),
        _event("undated_early", 2, 200),
        _event("jan", 7, 700, jan),
        _event("day_same_start_later_in_text", 6, 600, feb1),
    ]
    got = [e.id for e in navigation.ordered_events(events, "chronological")]
    assert got == ["jan", "day_same_start", "day_same_start_later_in_text", "month", "undated_early", "undated_late"]


def test_text_order_follows_sentences_then_offsets():
    events = [_event("c", 3, 300), _event("a", 1, 120), _event("b", 1, 150)]
    assert [e.id for e in navigation.ordered_events(events, navigation.Order.TEXT)] == ["a", "b", "c"]


def test_unknown_order_is_refused():
    with pytest.raises(ValueError):
        navigation.ordered_events([], "alphabetical")


def test_sequence_on_the_harbour_document():
    doc = harbour_document()
    assert navigation.step_sequence(doc, "chronological") == ["e3", "e4", "e5", "e1", "e2", "e6"]
    assert navigation.step_sequence(doc, "text") == ["e1", "e2", "e3", "e4", "e5", "e6"]


def test_filter_skips_events_of_hidden_actors_but_keeps_actorless_ones():
    doc = harbour_document()
    doc.events.append(_event("lonely", 5, doc.events[-1].trigger.start + 1))
    seq = navigation.step_sequence(doc, "text", visible_actor_ids={"a2"})
    assert seq == ["e2", "e5", "lonely"]
    assert navigation.step_sequence(doc, "text", visible_actor_ids=set()) == ["lonely"]
    # the mayor's meeting also involves the union: showing either actor shows it
    assert "e4" in navigation.step_sequence(doc, "text", visible_actor_ids={"a1"})


def test_step_moves_and_stops_at_the_ends():
    seq = ["x", "y", "z"]
    assert navigation.step(seq, None, "next") == "x"
    assert navigation.step(seq, None, "previous") == "z"
    assert navigation.step(seq, "x", "next") == "y"
    assert navigation.step(seq, "z", "next") == "z"
    assert navigation.step(seq, "x", "previous") == "x"
    assert navigation.step(seq, "y", "first") == "x"
    assert navigation.step(seq, "y", "last") == "z"
    assert navigation.step(seq, "hidden", "next") == "x"
    assert navigation.step([], "x", "next") is None
    with pytest.raises(ValueError):
        navigation.step(seq, "x", "sideways")


def test_position_is_one_based():
    assert navigation.position(["a", "b", "c"], "b") == (2, 3)
    assert navigation.position(["a", "b", "c"], "q") == (0, 3)
    assert navigation.step_sequence(None) == []


def test_empty_document_has_no_sequence():
    assert navigation.step_sequence(Document(text="Nothing happened.")) == []


@pytest.mark.parametrize("order", ["chronological", "text"])
def test_reordered_after_corrections_is_the_same_as_sorting_again(order):
    """A correction's document is put in order from the previous order (no sort of every event again)."""
    import random

    from gui_fixtures import generated_document
    from newsline.core.corrections import apply_corrections
    from newsline.core.model import Correction, CorrectionOp

    doc = generated_document(600, seed=4, undated_share=0.2)
    for i, e in enumerate(doc.events):  # several events per sentence, out of text order
        e.sentence = (i * 7) % 50
    rng = random.Random(8)
    previous = navigation.ordered_events(doc.events, order)
    corrections: list[Correction] = []
    for step in range(40):
        target = rng.choice(doc.events).id
        kind = rng.random()
        if kind < 0.4:
            day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(3000))
            value = {"earliest": day.isoformat(), "latest": day.isoformat(), "precision": "day"}
            corrections.append(Correction(op=CorrectionOp.SET_EVENT_TIME, target=target,
                                          value=value if rng.random() < 0.8 else None))
        elif kind < 0.6:
            corrections.append(Correction(op=CorrectionOp.DELETE_EVENT, target=target))
        else:
            corrections.append(Correction(op=CorrectionOp.SET_EVENT_LABEL, target=target, value=f"label {step}"))
        corrected = apply_corrections(doc, corrections)
        got = navigation.reordered(previous, corrected.events, order)
        assert [e.id for e in got] == [e.id for e in navigation.ordered_events(corrected.events, order)]
        assert all(a is b for a, b in zip(sorted(got, key=lambda e: e.id), sorted(corrected.events,
                                                                                   key=lambda e: e.id)))
        previous = got
    # undo everything: back to the extracted document, new and changed events in their places again
    back = navigation.reordered(previous, doc.events, order)
    assert [e.id for e in back] == [e.id for e in navigation.ordered_events(doc.events, order)]

