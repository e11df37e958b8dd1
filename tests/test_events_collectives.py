"""Groups named by a bare common noun ("Police", "Protesters") are actors of the events they do."""

from __future__ import annotations

import datetime as dt

import pytest

from newsline.core.model import ActorKind, Role
from newsline.core.pipeline import extract

REF = dt.date(2024, 3, 18)


def run(text: str):
    return extract(text, REF)


def actor(doc, name: str):
    found = [a for a in doc.actors if a.name == name]
    assert len(found) == 1, [a.name for a in doc.actors]
    return found[0]


def event(doc, lemma: str):
    found = [e for e in doc.events if e.lemma == lemma]
    assert found, [(e.lemma, e.label) for e in doc.events]
    return found[0]


def agent_names(doc, e) -> list[str]:
    names = {a.id: a.name for a in doc.actors}
    return [names[p.actor_id] for p in e.participants if p.role == Role.AGENT]


@pytest.mark.parametrize("text, lemma, name, kind", [
    ("Police fired tear gas at the crowd outside the stadium on Sunday.", "fire", "Police", ActorKind.ARMED_FORCES),
    ("Troops entered the border town of Velka late on Tuesday.", "enter", "Troops", ActorKind.ARMED_FORCES),
    ("Rebels seized the airport after a night of shelling.", "seize", "Rebels", ActorKind.ARMED_GROUP),
    ("Firefighters battled the blaze in the warehouse district until dawn.", "battle", "Firefighters",
     ActorKind.ORGANISATION),
    ("Doctors went on strike at three public hospitals on Wednesday.", "go", "Doctors", ActorKind.ORGANISATION),
    ("Protesters blocked the main road into the port for six hours.", "block", "Protesters", ActorKind.OTHER),
    ("Yesterday soldiers shot two men at a checkpoint.", "shoot", "Soldiers", ActorKind.ARMED_FORCES),
    ("The gunmen escaped in a stolen van.", "escape", "Gunmen", ActorKind.ARMED_GROUP),
    ("Masked gunmen opened fire on a bus near the border.", "open", "Gunmen", ActorKind.ARMED_GROUP),
    ("At least 300 workers walked out of the car plant on Thursday.", "walk", "Workers", ActorKind.ORGANISATION),
    ("Police at the scene arrested two men.", "arrest", "Police", ActorKind.ARMED_FORCES),
])
def test_bare_group_subject_is_the_agent(text, lemma, name, kind):
    doc = run(text)
    a = actor(doc, name)
    assert a.kind == kind
    assert agent_names(doc, event(doc, lemma)) == [name]
    assert event(doc, lemma).label.startswith(name + " ")


def test_repeated_mentions_make_one_actor_and_objects_join_it():
    doc = run("Demonstrators gathered in front of the ministry on Friday. Police arrested dozens of protesters. "
              "The protesters later dispersed peacefully.")
    crowd = actor(doc, "Demonstrators")
    assert len(crowd.mentions) == 3
    arrest = event(doc, "arrest")
    assert agent_names(doc, arrest) == ["Police"]
    assert [p.role for p in arrest.participants if p.actor_id == crowd.id] == [Role.PATIENT]
    assert arrest.label == "Police arrest demonstrators"  # a group's name reads in lower case as an object
    assert agent_names(doc, event(doc, "disperse")) == ["Demonstrators"]


def test_quantity_phrase_is_the_subject_and_they_points_back():
    doc = run("Thousands of farmers drove tractors into the city centre. They demanded lower fuel prices.")
    farmers = actor(doc, "Farmers")
    assert farmers.mentions[0].text == "Thousands of farmers"
    assert agent_names(doc, event(doc, "drive")) == ["Farmers"]
    assert agent_names(doc, event(doc, "demand")) == ["Farmers"]


def test_coordinated_groups_both_act():
    doc = run("Students and police clashed near the university gates.")
    assert sorted(agent_names(doc, event(doc, "clash"))) == ["Police", "Students"]


def test_bare_noun_joins_the_story_actor_described_with_it():
    doc = run("Kenyan police fired tear gas in Nairobi on Monday. Police said 40 people were held.")
    forces = [a for a in doc.actors if a.kind == ActorKind.ARMED_FORCES]
    assert len(forces) == 1 and forces[0].country == "KE"
    assert [m.text for m in forces[0].mentions] == ["Kenyan police", "Police"]


def test_another_noun_does_not_join_a_named_force():
    # the soldiers killed are not the French troops: "soldiers" and "troops" of a named army are not merged
    doc = run("French troops withdrew from the base on Monday. Soldiers later retook the hill.")
    french = actor(doc, "French forces")
    assert all(m.text != "Soldiers" for m in french.mentions)
    assert agent_names(doc, event(doc, "retake")) == ["Soldiers"]


def test_armed_group_noun_goes_to_the_group_just_named():
    doc = run("The Sahel Liberation Front attacked an army post on Monday. Militants later withdrew to the hills.")
    assert agent_names(doc, event(doc, "withdraw")) == ["Sahel Liberation Front"]
    assert not [a for a in doc.actors if a.name == "Militants"]


@pytest.mark.parametrize("text", [
    "People fled the flooded villages overnight.",
    "Officials said the bridge would reopen next week.",
    "Residents complained about the smell for weeks.",
    "A police station was set on fire.",          # a modifier, not a group that acts
    "Rebel positions were shelled on Monday.",
    "The mayor thanked firefighters for their work.",  # only ever an object: no actor of its own
    "Gunmen from the Sahel Liberation Front attacked the post.",  # that body is the actor
    "The union's strikers marched to the port.",  # the possessor is the actor
])
def test_no_group_actor_without_a_group_subject(text):
    doc = run(text)
    group_names = {"People", "Officials", "Residents", "Police", "Rebels", "Firefighters", "Gunmen", "Strikers"}
    assert not group_names & {a.name for a in doc.actors}


def test_capitalised_inside_a_sentence_is_not_a_group_noun():
    doc = run("The match between the Rebels and the Miners ended in a draw on Saturday.")
    assert not {"Rebels", "Miners"} & {a.name for a in doc.actors if a.kind != ActorKind.ORGANISATION}
    assert not any(a.name in ("Rebels", "Miners") and a.kind == ActorKind.ARMED_GROUP for a in doc.actors)


def test_headline_base_form_is_the_verb_but_a_modifier_is_not():
    doc = run("Rebels seize airport in overnight raid\n\nThe airport fell on Sunday after a night of fighting.")
    assert actor(doc, "Rebels").mentions[0].sentence == 0
    doc = run("Police station attacked in Kano\n\nA bomb exploded outside a police station on Monday.")
    assert "Police" not in {a.name for a in doc.actors}


def test_possessed_fighters_keep_the_possessive_label():
    doc = run("The Sahel Liberation Front seized the road on Monday. Two guards were hurt when the group's "
              "fighters fired on a convoy.")
    fire = event(doc, "fire")
    assert agent_names(doc, fire) == ["Sahel Liberation Front"]
    assert fire.label.startswith("Sahel Liberation Front's fighters")


def test_object_pronoun_is_not_the_subject_of_its_own_clause():
    doc = run("Protesters blocked the bridge on Sunday. Riot police used batons to clear them.")
    clear = event(doc, "clear")
    assert agent_names(doc, clear) == ["Riot police"]
    names = {a.id: a.name for a in doc.actors}
    assert [names[p.actor_id] for p in clear.participants if p.role == Role.PATIENT] == ["Protesters"]
    assert clear.label == "Riot police clear protesters"


def test_tear_gas_and_water_cannon_are_nouns_not_events():
    doc = run("Riot police had to use tear gas and water cannon to disperse the crowd on Saturday.")
    assert not {"gas", "cannon", "tear"} & {e.lemma for e in doc.events}
    assert "use" in {e.lemma for e in doc.events}


def test_had_to_keeps_the_clause_subject_as_agent():
    doc = run("The Sahel Liberation Front had to withdraw its fighters from the town on Monday.")
    withdraw = event(doc, "withdraw")
    assert agent_names(doc, withdraw) == ["Sahel Liberation Front"]
    assert withdraw.time.interval is not None and withdraw.time.interval.earliest == dt.date(2024, 3, 18)


def test_had_to_in_a_passive_keeps_its_subject_in_the_label():
    doc = run("Villagers had to be evacuated from the flooded valley on Monday.")
    assert event(doc, "evacuate").label.startswith("Villagers had to be evacuated")
