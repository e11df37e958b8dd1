"""Headline grammar (present tense, no articles, noun-noun objects) and the link between a headline's event
and the body event it sums up."""

from __future__ import annotations

import datetime as dt

import pytest

from newsline.core.model import Role, TimeResolution, Zone
from newsline.core.pipeline import extract

REF = dt.date(2024, 3, 18)  # a Monday


def run(text: str):
    return extract(text, REF)


def headline_events(doc):
    zone = {s.index: s.zone for s in doc.sentences}
    return [e for e in doc.events if zone[e.sentence] == Zone.HEADLINE]


def body_events(doc):
    zone = {s.index: s.zone for s in doc.sentences}
    return [e for e in doc.events if zone[e.sentence] == Zone.NARRATIVE]


def agents(doc, e) -> list[str]:
    names = {a.id: a.name for a in doc.actors}
    return [names[p.actor_id] for p in e.participants if p.role == Role.AGENT]


@pytest.mark.parametrize("headline, lemma", [
    ("Kenyan police fire tear gas at protesters", "fire"),
    ("Riot police fire water cannon at striking dockers", "fire"),
    ("Floods kill 12 in northern Malawi", "kill"),
    ("Protesters storm parliament in Lima", "storm"),
    ("Troops shell rebel positions near Goma", "shell"),
    ("Oil prices rise 5% after pipeline blast", "rise"),
    ("Dock workers strike over pay cuts", "strike"),
    ("Court jails former finance minister", "jail"),
])
def test_headline_verb_by_agreement(headline, lemma):
    doc = run(headline + "\n\nThe story goes on here with more detail about it.")
    lemmas = [e.lemma for e in headline_events(doc)]
    assert lemma in lemmas, lemmas
    # the object's words are no events of their own ("gas", "cannon", "positions", "cuts")
    assert not {"gas", "cannon", "position", "minister", "price"} & set(lemmas), lemmas


def test_headline_agent_is_the_group_before_the_verb():
    doc = run("Riot police fire tear gas at students in Dhaka\n\nThe clashes lasted into the night.")
    fire = next(e for e in headline_events(doc) if e.lemma == "fire")
    assert agents(doc, fire), [(p.role, p.actor_id) for p in fire.participants]
    assert fire.label.lower().endswith("police fire") or "police fire" in fire.label.lower(), fire.label


def test_headline_infinitive_is_future():
    doc = run("Mayor to resign\n\nThe mayor of Tolsk said on Sunday she would step down in April.")
    resign = next(e for e in headline_events(doc) if e.lemma == "resign")
    assert resign.certainty < 1.0 or resign.time.resolution == TimeResolution.UNDATED


def test_headline_event_takes_the_date_of_the_lead_event_it_restates():
    doc = run("Rebels seize airport in Marsa\n\n"
              "Rebels seized the main airport of Marsa on Tuesday after a night of heavy fighting, "
              "witnesses said.")
    head = next(e for e in headline_events(doc) if e.lemma == "seize")
    body = next(e for e in body_events(doc) if e.lemma == "seize")
    assert body.same_as == head.id
    assert body.time.interval is not None and body.time.interval.earliest == dt.date(2024, 3, 12)
    assert head.time.interval == body.time.interval
    # one of the two is drawn on the main timeline, the dated body one
    assert body.confidence >= 0.6 > head.confidence


def test_headline_linked_through_a_shared_place():
    doc = run("Floods kill 12 in northern Malawi\n\n"
              "Floods killed at least 12 people in northern Malawi on Saturday, the disaster agency said.")
    head = next(e for e in headline_events(doc) if e.lemma == "kill")
    body = next(e for e in body_events(doc) if e.lemma == "kill")
    assert body.same_as == head.id
    assert head.time.interval.earliest == dt.date(2024, 3, 16)


def test_headline_not_linked_to_a_different_doer():
    doc = run("Rebels seize airport\n\n"
              "Troops seized the airport on Tuesday, a week after the rebels fled.")
    head = next(e for e in headline_events(doc) if e.lemma == "seize")
    body = next(e for e in body_events(doc) if e.lemma == "seize")
    assert body.same_as != head.id


def test_headline_not_linked_to_an_event_deep_in_the_story():
    doc = run("Rebels seize airport\n\n"
              "The fighting began on Friday. Residents fled the town on Saturday. Shops stayed shut on Sunday.\n\n"
              "Rebels later seized the airport again.")
    head = next(e for e in headline_events(doc) if e.lemma == "seize")
    body = [e for e in body_events(doc) if e.lemma == "seize"]
    assert body and all(e.same_as != head.id for e in body)
