"""Labels on made-up articles: nouns with "of" places, no bare single word when the event has participants
or places, verb-only words in a noun's place, subjects behind a prepositional phrase, purpose infinitives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_events_inputs import actor, by_trigger, place, prepared

from newsline.core.events.extract import find_events
from newsline.core.events.postag import tag
from newsline.core.events.tokens import tokenize
from newsline.core.model import Role
from newsline.core.pipeline import extract

REF = dt.date(2022, 9, 1)


def _tags(sentence: str) -> dict[str, str]:
    return {t.lower: t.tag for t in tag(tokenize(sentence))}


def test_fall_of_two_places_names_both():
    text = "The rebels regrouped after the fall of Dorvan and Velst."
    evs = find_events(prepared(text), [], [actor(text, "a1", "Rebels", "The rebels")],
                      [place(text, "p1", "Dorvan"), place(text, "p2", "Velst")], REF)
    assert by_trigger(evs, "fall").label == "Fall of Dorvan and Velst"


def test_verb_only_words_in_a_noun_place_are_nouns():
    assert _tags("The Velmar dam has burst.")["dam"] == "NOUN"
    assert _tags("Troops were sent to guard the dam.")["dam"] == "NOUN"
    assert _tags("Protest over Velmar dam grows")["dam"] == "NOUN"
    assert _tags("Engineers dam the river every spring.")["dam"] == "VERB"


def test_subject_behind_a_prepositional_phrase():
    text = "Engineers at the Velmar dam had asked for more staff."
    evs = find_events(prepared(text), [], [], [], REF)
    assert by_trigger(evs, "asked").label.startswith("Engineers ask")


def test_passive_use_with_a_by_agent_gives_the_infinitive_its_agent():
    text = "The port was used by the Reedmen to move weapons into the hills."
    evs = find_events(prepared(text), [], [actor(text, "a1", "Reedmen", "the Reedmen")], [], REF)
    move = by_trigger(evs, "move")
    assert any(p.actor_id == "a1" and p.role == Role.AGENT for p in move.participants)
    assert move.label.startswith("Reedmen move")


def test_no_single_word_label_when_the_event_has_participants_or_places():
    text = ("Aid workers were converging on Tarvo yesterday. "
            "The convoy was able to deliver in Tarvo. "
            "Residents, estimated to number 4,000 in Tarvo, waited.")
    evs = find_events(prepared(text), [], [actor(text, "a1", "Aid workers", "Aid workers")],
                      [place(text, "p1", "Tarvo", "Tarvo", "Tarvo", "Tarvo")], REF)
    linked = [e for e in evs if e.participants or e.place_ids]
    assert linked
    for e in linked:
        assert " " in e.label, (e.trigger_text, e.label)


def test_sample_article_labels():
    path = Path(__file__).resolve().parents[1] / "resources" / "sample_article.txt"
    doc = extract(path.read_text(encoding="utf-8"))
    labels = [e.label for e in doc.events]
    assert not any(e.trigger_text.lower() == "dam" for e in doc.events), labels
    for e in doc.events:
        if e.participants or e.place_ids:
            assert " " in e.label, (e.trigger_text, e.label)


def test_reduced_relatives_after_a_comma_are_passive_and_share_their_subject():
    text = "The Reedmen, armed and trained by Ostravia, are advancing on Tarvo."
    acts = [actor(text, "a1", "Reedmen", "The Reedmen"), actor(text, "a2", "Ostravia", "Ostravia")]
    evs = find_events(prepared(text), [], acts, [place(text, "p1", "Tarvo")], REF)
    for word in ("armed", "trained"):
        e = by_trigger(evs, word)
        roles = {(p.actor_id, p.role) for p in e.participants}
        assert ("a1", Role.PATIENT) in roles and ("a2", Role.AGENT) in roles, (word, roles)
        assert e.label.startswith("Ostravia")


def _labels(text: str) -> dict[str, str]:
    doc = extract(text, REF)
    return {e.trigger_text.lower(): e.label for e in doc.events}


def test_a_relative_clause_takes_the_noun_it_hangs_on_as_subject():
    labels = _labels("The walkout, which began on May 24, has left more than 40 ships waiting off the coast.")
    assert labels["began"] == "Walkout begins"


def test_a_subordinate_clause_subject_after_its_opener():
    labels = _labels("Rebels shelled the town two weeks after a truce brokered by the church came into force.")
    assert labels["came"] == "Truce comes"
    # a subordinate clause that ends before the verb does not give the verb its subject
    labels = _labels("While the city was divided, relief agencies were only rarely able to deliver food.")
    assert "City" not in labels["deliver"]


def test_a_hedged_count_is_not_part_of_a_passive_subject_and_nothing_follows_the_verb():
    labels = _labels("At least 12 civilians were killed and dozens wounded in the attack on the market.")
    assert labels["killed"] == "12 civilians were killed"


def test_headline_participles_are_passive_and_a_headline_object_keeps_the_verb_active():
    text = ("Former minister jailed for six years over arms contract\n\n"
            "A court in Lisbon on Thursday sentenced the former minister to six years in prison.\n")
    jailed = next(e for e in extract(text, REF).events if e.trigger_text == "jailed")
    assert jailed.label == "Former minister jailed"
    text = "Rebels seized the airport, army says\n\nThe army said on Friday that rebels held the airport.\n"
    seized = next(e for e in extract(text, REF).events if e.trigger_text == "seized")
    assert seized.label.startswith("Rebels seize")


def test_irregular_plural_subjects_take_a_plural_verb():
    from newsline.core.events.labels import verb_label

    assert verb_label("reach", "Fishermen", None, "Orvik", passive=False, negated=False) == "Fishermen reach Orvik"
    assert verb_label("flee", "Townspeople", None, None, passive=False, negated=False) == "Townspeople flee"
    assert verb_label("lose", "Schoolchildren", None, None, passive=False, negated=False) == "Schoolchildren lose"
    assert verb_label("collapse", "Abdomen", None, None, passive=False, negated=False) == "Abdomen collapses"
    assert verb_label("rise", "The river", None, None, passive=False, negated=False) == "The river rises"


def test_a_business_name_ending_in_s_is_the_active_subject():
    doc = extract("Credit rating agency Moody's downgraded the company's debt in February.", REF)
    downgraded = next(e for e in doc.events if e.trigger_text == "downgraded")
    assert downgraded.label.startswith("Moody's downgrades")


def test_a_headline_name_before_to_is_the_subject_of_the_infinitive():
    text = ("Northwind Foods to cut 1,200 jobs after profit slump\n\n"
            "Northwind Foods said on Tuesday it would close two plants in Ohio.\n")
    cut = next(e for e in extract(text, REF).events if e.trigger_text == "cut")
    assert cut.label.startswith("Northwind Foods cut")
    assert [p.role for p in cut.participants] == [Role.AGENT]


def test_the_object_of_order_does_the_infinitive_and_a_where_clause_place_is_no_subject():
    doc = extract("The king ordered the army to send rescue teams to the mountains.\n"
                  "Aftershocks were felt in Marrakesh, where residents spent the night in the streets.\n", REF)
    labels = {e.trigger_text: e for e in doc.events}
    assert labels["send"].label.startswith("Army send")
    spent = labels["spent"]
    assert spent.label.startswith("Residents spend")
    assert not any(p.role == Role.AGENT for p in spent.participants)


def test_what_the_actor_has_is_the_subject_and_a_passive_keeps_its_subject_before_a_place():
    text = ("Northwind Foods said on Tuesday it would close two plants in Ohio.\n"
            "The company's shares fell 8% in morning trading.\n"
            "Two of the company's former managers were convicted in Germany in 2011.\n")
    labels = {e.trigger_text: e.label for e in extract(text, REF).events}
    assert labels["fell"] == "Northwind Foods' shares fall"
    assert labels["convicted"] == "Managers convicted in Germany"


def test_a_possessive_pronoun_subject_keeps_what_is_possessed():
    doc = extract("The United Nations said on Monday it would extend the mission. Its mandate expires in December.", REF)
    expires = next(e for e in doc.events if e.trigger_text == "expires")
    assert expires.label == "United Nations' mandate expires"


def test_an_actor_is_not_the_object_of_its_own_label():
    doc = extract("The Valderna Courier reported on Tuesday that engineers had asked for help. "
                  "The Courier published what it said was an internal email.", REF)
    published = next(e for e in doc.events if e.trigger_text == "published")
    assert published.label == "Valderna Courier publishes"


def test_a_verb_after_and_shares_the_subject_of_the_main_verb():
    doc = extract("The employers said in a statement that the offer was final and accused the union of holding "
                  "the economy hostage.", REF)
    accused = next(e for e in doc.events if e.trigger_text == "accused")
    assert accused.label.startswith("Employers accuse")


def test_a_person_who_says_he_will_keeps_he():
    doc = extract("The House approved the bill after Speaker Mike Johnson relied on Democratic votes. "
                  "Johnson said he would not support another short-term extension.", REF)
    said = next(e for e in doc.events if e.trigger_text == "said")
    assert said.label.startswith("Mike Johnson says he ")


def test_a_speaker_reporting_what_its_own_people_did_keeps_the_possessive():
    labels = [e.label for text in ("The Valdernian Coast Guard said its patrol boats stopped a fishing vessel near Korsa.",
                                   "Iraqi forces said their units had entered the town of Varsk.")
              for e in extract(text, REF).events if e.trigger_text == "said"]
    assert labels[0].startswith("Valdernian Coast Guard says its boats stop")
    assert labels[1].startswith("Iraqi forces say their units enter")
    assert not any("' " in l or " 's " in l for l in labels)


def test_a_passive_in_a_relative_clause_with_a_reporting_verb_names_the_antecedent_head():
    doc = extract("Fishermen on the coast, who officials say were warned on Friday, have lost their boats.", REF)
    warned = next(e for e in doc.events if e.trigger_text == "warned")
    assert warned.label == "Fishermen were warned"


def test_the_subject_of_a_passive_control_verb_does_its_infinitive():
    doc = extract("The owner said the 30 miners at the pit had been allowed to phone their relatives. "
                  "The prisoners were ordered to leave the camp.", REF)
    labels = {e.trigger_text: e.label for e in doc.events}
    assert labels["phone"].startswith("Miners phone")
    assert labels["leave"].startswith("Prisoners leave")


def test_an_infinitive_hanging_on_a_noun_does_not_take_the_clause_subject():
    doc = extract("Union leaders said the strike was a reply to the board's decision last week to cut wages.", REF)
    cut = next(e for e in doc.events if e.trigger_text == "cut")
    assert not cut.label.startswith(("Strike", "Leaders"))
    assert cut.label.lower().startswith("cut wages")
