"""Pronoun mentions of actors: "he", "its", "they" resolved to the actor they point back to."""

from __future__ import annotations

from newsline.core.entities.extract import find_actors_and_places
from newsline.core.ingest.prepare import prepare
from newsline.core.model import MentionType


def _actors(text):
    actors, _ = find_actors_and_places(prepare(text))
    return actors


def _pronouns(actor):
    return [m.text for m in actor.mentions if m.type == MentionType.PRONOUN]


def _named(actors, word):
    return next(a for a in actors if word in a.name)


def test_he_and_his_point_to_the_person_of_the_previous_sentence():
    actors = _actors("Finance minister Tomas Lindqvist resigned on Monday. He said his decision was final.")
    tomas = _named(actors, "Lindqvist")
    assert _pronouns(tomas) == ["He", "his"]
    pron = [m for m in tomas.mentions if m.type == MentionType.PRONOUN]
    assert pron[0].sentence == 1 and pron[0].text == "He"


def test_its_points_to_an_organisation_not_a_person():
    actors = _actors("Northwind Foods chief executive Anna Berg said Northwind Foods would cut 1,200 jobs. "
                     "Its shares fell 4 percent.")
    company = _named(actors, "Northwind")
    assert _pronouns(company) == ["Its"]
    assert _pronouns(_named(actors, "Berg")) == []


def test_she_does_not_take_a_man_named_with_mr():
    actors = _actors("Mr. Daniel Okafor met Gloria Mensah in Accra on Tuesday. She said the talks went well.")
    assert _pronouns(_named(actors, "Okafor")) == []
    assert _pronouns(_named(actors, "Mensah")) == ["She"]


def test_the_subject_wins_over_a_name_inside_a_prepositional_phrase():
    actors = _actors("Boreal Air signed a deal with Vantor Aerospace last week. It will take delivery in 2026.")
    assert _pronouns(_named(actors, "Boreal")) == ["It"]
    assert _pronouns(_named(actors, "Vantor")) == []


def test_dummy_it_is_not_a_mention():
    actors = _actors("Boreal Air cancelled 40 flights on Friday. It was the worst day of the year for travellers.")
    assert _pronouns(_named(actors, "Boreal")) == []


def test_they_points_to_an_armed_group_and_it_inside_a_quote_is_left_alone():
    actors = _actors("The Northern Liberation Front attacked the border post at dawn. "
                     "They withdrew before noon. A commander said: \"It will not happen again.\"")
    front = _named(actors, "Liberation Front")
    assert _pronouns(front) == ["They"]


def test_no_person_to_point_to_means_no_mention():
    actors = _actors("The Ostravian parliament passed the budget. He voted against it.")
    assert all(m.text != "He" for a in actors for m in a.mentions)


def test_pronoun_three_sentences_on_is_too_far():
    actors = _actors("Carla Ruiz won the vote. The count took a week. Turnout was low. Rain fell. She thanked voters.")
    assert _pronouns(_named(actors, "Ruiz")) == []


def test_they_takes_a_company_only_when_it_is_treated_as_plural():
    actors = _actors("Vantor Aerospace have announced that they will build a new plant.")
    assert _pronouns(_named(actors, "Vantor")) == ["they"]
    actors = _actors("Vantor Aerospace has delivered forty engines. They will power the new jets.")
    assert _pronouns(_named(actors, "Vantor")) == []


def test_it_as_an_object_is_a_thing_not_the_group():
    actors = _actors("The Northern Liberation Front seized the access road on Monday and held it for a week. "
                     "It said the road would stay closed.")
    assert _pronouns(_named(actors, "Liberation Front")) == ["It"]


def test_a_name_after_a_sentence_opening_preposition_is_not_the_subject():
    actors = _actors("Unlike Vantor Aerospace, Boreal Air will not publish the list of plants that it intends to close.")
    assert _pronouns(_named(actors, "Boreal")) == ["it"]
    assert _pronouns(_named(actors, "Vantor")) == []


def test_their_after_a_plural_common_noun_subject_is_not_an_earlier_group():
    actors = _actors("Turkish troops seized the ferry at dawn.\n"
                     "The owners said the 40 passengers on board had been allowed to call their relatives.\n"
                     "Turkish troops later said their patrols would leave.\n")
    troops = _named(actors, "Turkish")
    texts = [m.text for m in troops.mentions if m.type == MentionType.PRONOUN]
    assert texts == ["their"]  # the patrols' "their", not the passengers'
