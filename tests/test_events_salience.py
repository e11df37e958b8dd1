"""Salience (`Event.confidence`): concrete happenings above the main-events threshold, framing, generic,
negated and bare events below it; the share kept on real articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_events_inputs import actor, by_trigger, day, place, prepared, timex

from newsline.core.events.extract import find_events
from newsline.core.events.salience import MAIN_EVENT_THRESHOLD
from newsline.core.model import TimeAnchor
from newsline.core.pipeline import extract

REF = dt.date(2021, 6, 2)
TEXT = ("Border guards arrested two smugglers near Tarvo yesterday, the ministry said. "
        "The ministry wanted to discuss the attempts of the gangs. "
        "The guards did not detain the driver. "
        "The smugglers will appear before a judge in Tarvo. "
        "Clashes followed.")


def _events(text=TEXT):
    acts = [actor(text, "a1", "Border guards", "Border guards", "The guards"),
            actor(text, "a2", "Smugglers", "two smugglers", "The smugglers"),
            actor(text, "a3", "Ministry", "the ministry", "The ministry"),
            actor(text, "a4", "Gangs", "the gangs"),
            actor(text, "a5", "Driver", "the driver")]
    tms = [timex(text, "t1", "yesterday", "2021-06-01", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2021, 6, 1)))]
    return find_events(prepared(text), tms, acts, [place(text, "p1", "Tarvo", "Tarvo")], REF)


def test_concrete_event_is_kept_and_its_report_is_not():
    evs = _events()
    arrested = by_trigger(evs, "arrested")
    said = by_trigger(evs, "said")
    assert arrested.confidence >= MAIN_EVENT_THRESHOLD
    assert arrested.id in said.reports_event_ids
    assert said.confidence < arrested.confidence
    assert said.confidence < MAIN_EVENT_THRESHOLD


def test_framing_and_generic_events_fall_below_the_threshold():
    evs = _events()
    assert by_trigger(evs, "wanted").confidence < MAIN_EVENT_THRESHOLD
    assert by_trigger(evs, "attempts").confidence < by_trigger(evs, "arrested").confidence
    assert by_trigger(evs, "attempts").confidence < MAIN_EVENT_THRESHOLD


def test_negated_future_and_bare_events_score_lower_than_concrete_ones():
    evs = _events()
    arrested = by_trigger(evs, "arrested").confidence
    assert by_trigger(evs, "detain").negated
    assert by_trigger(evs, "detain").confidence < MAIN_EVENT_THRESHOLD <= arrested
    assert by_trigger(evs, "appear").confidence < arrested
    assert by_trigger(evs, "Clashes").confidence < MAIN_EVENT_THRESHOLD


def test_headline_is_raised():
    body = "Rebels seized Tarvo on Monday."
    text = "Rebels seize Tarvo\n\n" + body
    acts = [actor(text, "a1", "Rebels", "Rebels")]
    evs = find_events(prepared(text), [], acts, [place(text, "p1", "Tarvo", "Tarvo")], REF)
    head = [e for e in evs if e.lemma == "seize"]
    assert len(head) == 2
    assert head[0].confidence > head[1].confidence or head[0].sentence == head[1].sentence


def _kept_share(doc) -> float:
    return sum(e.confidence >= MAIN_EVENT_THRESHOLD for e in doc.events) / len(doc.events)


def test_seed_keeps_a_third_to_a_half(seed_text):
    doc = extract(seed_text, dt.date(2017, 11, 4))
    assert 0.3 <= _kept_share(doc) <= 0.5
    kept = {e.lemma for e in doc.events if e.confidence >= MAIN_EVENT_THRESHOLD}
    dropped = {e.lemma for e in doc.events if e.confidence < MAIN_EVENT_THRESHOLD}
    assert {"existence", "assurance"} & dropped or {"existence", "assurances"} & dropped
    assert "enter" in kept


def test_sample_article_keeps_a_quarter_to_a_half():
    path = Path(__file__).resolve().parents[1] / "resources" / "sample_article.txt"
    doc = extract(path.read_text(encoding="utf-8"))
    assert 0.25 <= _kept_share(doc) <= 0.5


def test_thinking_verb_with_a_that_clause_frames_it():
    text = "The ministry believed that the smugglers were in Tarvo. The guards arrested the smugglers in Tarvo."
    acts = [actor(text, "a3", "Ministry", "The ministry"), actor(text, "a1", "Border guards", "The guards"),
            actor(text, "a2", "Smugglers", "the smugglers")]
    evs = find_events(prepared(text), [], acts, [place(text, "p1", "Tarvo", "Tarvo")], REF)
    assert by_trigger(evs, "believed").confidence < MAIN_EVENT_THRESHOLD <= by_trigger(evs, "arrested").confidence


def test_a_repeated_mention_that_would_look_the_same_is_drawn_once():
    # the headline's "dispute over Kaldera dam" and the body's "the dispute, which began in early 2023" are one
    # happening with one label and one interval: the main view shows it once, the all-events view keeps both
    text = ("Protests grow as dispute over Kaldera dam deepens\n\n"
            "VALDERNA, March 14, 2024 - Farmers marched in Valderna on Wednesday. "
            "The dispute over the Kaldera dam began in early 2023, when the operator cut the river's flow.")
    doc = extract(text)
    disputes = [e for e in doc.events if e.lemma == "dispute"]
    assert len(disputes) == 2
    assert any(e.same_as for e in disputes)
    assert len({e.label for e in disputes}) == 1
    main = [e for e in disputes if e.confidence >= MAIN_EVENT_THRESHOLD]
    assert len(main) == 1


def test_sample_article_main_events_never_repeat_label_and_interval():
    path = Path(__file__).resolve().parents[1] / "resources" / "sample_article.txt"
    doc = extract(path.read_text(encoding="utf-8"))
    main = [e for e in doc.events if e.confidence >= MAIN_EVENT_THRESHOLD]
    keys = [(e.label, e.time.interval.earliest if e.time.interval else None,
             e.time.interval.latest if e.time.interval else None) for e in main]
    assert len(keys) == len(set(keys))
