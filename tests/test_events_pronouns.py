"""Events get their agent through pronoun mentions: "He said ...", "It announced ...", and the participial and
infinitive clauses that share a subject."""

from __future__ import annotations

import datetime as dt

from newsline.core.pipeline import extract

REF = dt.date(2024, 3, 14)


def _links(text):
    doc = extract(text, REF)
    names = {a.id: a.name for a in doc.actors}
    return {e.trigger_text: [(names[p.actor_id], p.role.value, text[p.span.start:p.span.end] if p.span else None)
                             for p in e.participants] for e in doc.events}


def test_he_said_takes_the_person_named_before():
    links = _links("Finance minister Tomas Lindqvist resigned on Monday. He said the budget had failed.")
    assert ("Tomas Lindqvist", "agent", "He") in links["said"]


def test_it_announced_takes_the_company_not_the_person():
    links = _links("Analyst Maria Costa praised Northwind Foods on Monday. "
                   "It announced on Tuesday that it would close two plants.")
    assert links["announced"][0][:3] == ("Northwind Foods", "agent", "It")


def test_an_ing_adjunct_takes_the_subject_of_the_main_verb():
    links = _links("Boreal Air challenged the award on Friday, claiming the tender was unfair.")
    assert ("Boreal Air", "agent", "Boreal Air") in links["claiming"]


def test_a_fronted_ing_clause_takes_the_subject_after_it():
    links = _links("Citing safety concerns, Boreal Air grounded six aircraft on Friday.")
    assert links["Citing"] and links["Citing"][0][:2] == ("Boreal Air", "agent")


def test_an_infinitive_after_a_thing_takes_the_subject_but_after_a_person_the_object():
    links = _links("Vantor Aerospace won a large contract to supply tankers to the navy.")
    assert links["supply"][0][:2] == ("Vantor Aerospace", "agent")
    links = _links("Prime Minister Ana Ruiz urged Vantor Aerospace to leave the country.")
    assert links["leave"][0][:2] == ("Vantor Aerospace", "agent")


def test_a_possessive_pronoun_after_the_verb_is_not_its_patient():
    links = _links("Northwind Foods said on Monday that the firm cut its costs by a fifth.")
    assert all(role != "patient" for _, role, span in links["cut"] if span == "its")


def test_dummy_it_gives_no_agent():
    links = _links("Northwind Foods cut 200 jobs in March. It emerged on Friday that the plant would close.")
    assert "emerged" in links and links["emerged"] == []


def test_a_participle_before_a_noun_has_no_subject():
    links = _links("Vantor Aerospace will supply the navy with 14 aerial refueling tankers.")
    assert all(role != "agent" for _, role, _ in links.get("refueling", []))
    links = _links("Boreal Air has announced sweeping cuts to its routes.")
    assert links["announced"][0][:2] == ("Boreal Air", "agent")
    assert all(role != "agent" for _, role, _ in links.get("sweeping", []))
