"""find_events on short texts with hand-built actors, places and time expressions: participants, reported
speech, hedges, negation, time assignment, durations, labels, coreference, evidence and ids."""

from __future__ import annotations

import datetime as dt

from test_events_inputs import actor, by_trigger, day, place, prepared, timex

from newsline.core.events.extract import find_events
from newsline.core.events.labels import MAX_LABEL
from newsline.core.model import (ActorKind, Certainty, EventClass, PlaceKind, Precision, Role, Sentence, Span, TimeAnchor,
                                 TimeResolution, TimeType, Zone)

REF = dt.date(2017, 11, 4)
TEXT = ("Iraqi forces entered the town of al-Qaim yesterday, the government said. "
        "The militants fled toward the border. Mosul fell in July. "
        "The city of Mosul, which Isis lost in July, was retaken by Iraqi troops. "
        "The group did not intend to challenge the regime, Al-Akhbar said. "
        "Isis fighters are believed to be regrouping in the desert.")


def _inputs(text=TEXT, with_times=True):
    acts = [actor(text, "a1", "Iraqi forces", "Iraqi forces", "Iraqi troops"),
            actor(text, "a2", "Government of Iraq", "the government"),
            actor(text, "a3", "Isis", "The militants", "Isis", "The group"),
            actor(text, "a4", "Al-Akhbar"),
            actor(text, "a5", "Syrian government", "the regime")]
    pls = [place(text, "p1", "al-Qaim"), place(text, "p2", "Mosul")]
    july = (dt.date(2017, 7, 1), dt.date(2017, 7, 31), Precision.MONTH)
    tms = [timex(text, "t1", "yesterday", "2017-11-03", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2017, 11, 3))),
           timex(text, "t2", "July", "2017-07", anchor=TimeAnchor.REFERENCE, interval=july),
           timex(text, "t3", "July", "2017-07", anchor=TimeAnchor.REFERENCE, interval=july, nth=1)]
    return acts, pls, tms if with_times else []


def _events(text=TEXT, ref=REF, with_times=True):
    acts, pls, tms = _inputs(text, with_times)
    return find_events(prepared(text), tms, acts, pls, ref)


def roles(event):
    return {(p.actor_id, p.role) for p in event.participants}


def test_agent_patient_and_place_of_an_active_verb():
    e = by_trigger(_events(), "entered")
    assert ("a1", Role.AGENT) in roles(e)
    assert "p1" in e.place_ids
    assert e.label == "Iraqi forces enter al-Qaim"


def test_passive_subject_is_patient_and_by_phrase_is_agent():
    e = by_trigger(_events(), "retaken")
    assert ("a1", Role.AGENT) in roles(e)
    assert "p2" in e.place_ids
    assert "retake" in e.label.lower() and "Mosul" in e.label


def test_relative_clause_takes_its_antecedent():
    e = by_trigger(_events(), "lost")
    assert ("a3", Role.AGENT) in roles(e)
    assert "p2" in e.place_ids
    assert e.label == "Isis loses Mosul"


def test_reported_speech_is_linked_both_ways():
    events = _events()
    said = by_trigger(events, "said")
    entered = by_trigger(events, "entered")
    assert said.event_class == EventClass.REPORTING
    assert entered.id in said.reports_event_ids
    assert entered.attribution is not None
    assert entered.attribution.report_event_id == said.id
    assert entered.attribution.source_actor_id == "a2"
    assert said.label.startswith("Government of Iraq: ")


def test_negation_and_intention():
    events = _events()
    intend = by_trigger(events, "intend")
    challenge = by_trigger(events, "challenge")
    assert intend.negated and challenge.negated
    assert challenge.certainty < 1.0  # only intended, never done
    assert "not" in intend.label
    assert intend.attribution is not None and intend.attribution.source_text == "Al-Akhbar"


def test_believed_to_lowers_certainty():
    e = by_trigger(_events(), "regrouping")
    assert e.certainty <= 0.5
    assert ("a3", Role.AGENT) in roles(e)
    fled = by_trigger(_events(), "fled")
    assert fled.certainty == 1.0


def test_explicit_relative_time():
    e = by_trigger(_events(), "entered")
    assert e.time.resolution == TimeResolution.RELATIVE
    assert e.time.interval.earliest == e.time.interval.latest == dt.date(2017, 11, 3)
    assert e.time.certainty == Certainty.CERTAIN
    assert e.time.timex_ids == ["t1"]
    assert e.evidence[0] == e.trigger
    assert any(s.of(TEXT) == "yesterday" for s in e.evidence)


def test_month_precision_is_approximate():
    e = by_trigger(_events(), "fell")
    assert e.time.interval.earliest == dt.date(2017, 7, 1) and e.time.interval.latest == dt.date(2017, 7, 31)
    assert e.time.precision == Precision.MONTH
    assert e.time.certainty == Certainty.APPROXIMATE


def test_undated_past_event_inherits_previous_dated_event():
    e = by_trigger(_events(), "fled")
    assert e.time.resolution == TimeResolution.INHERITED
    assert e.time.certainty == Certainty.UNCERTAIN
    assert e.time.interval.earliest == dt.date(2017, 11, 3)


def test_present_tense_takes_reference_date():
    e = by_trigger(_events(), "regrouping")
    assert e.time.resolution == TimeResolution.INHERITED
    assert e.time.interval.earliest == REF


def test_relative_clause_time_does_not_leak_into_main_clause():
    e = by_trigger(_events(), "retaken")
    assert e.time.resolution != TimeResolution.RELATIVE or "t3" not in e.time.timex_ids


def test_same_happening_is_linked():
    events = _events()
    fell = by_trigger(events, "fell")
    lost = by_trigger(events, "lost")
    assert lost.same_as == fell.id
    assert fell.same_as is None
    assert by_trigger(events, "fled").same_as is None


def test_without_times_nothing_is_explicit():
    events = _events(with_times=False)
    assert all(e.time.resolution in (TimeResolution.INHERITED, TimeResolution.UNDATED) for e in events)


def test_no_reference_date_keeps_relative_offsets():
    text = "Rebels attacked the base yesterday."
    t = timex(text, "t1", "yesterday", "PAST_REF", anchor=TimeAnchor.UNRESOLVED)
    events = find_events(prepared(text), [t], [actor(text, "a1", "Rebels")], [], None)
    e = by_trigger(events, "attacked")
    assert e.time.interval is None
    assert e.time.relative_to_reference_days == -1
    assert e.time.certainty == Certainty.UNCERTAIN
    assert e.label == "Rebels attack base"


def test_duration_gives_a_span_ending_at_the_reference_date():
    text = "The city had been divided for nearly three years."
    t = timex(text, "t1", "nearly three years", "P3Y", type_=TimeType.DURATION, anchor=TimeAnchor.NONE, mod="APPROX")
    e = by_trigger(find_events(prepared(text), [t], [], [place(text, "p1", "the city", "The city")], REF), "divided")
    assert e.time.end_interval is not None and e.time.end_interval.latest == REF
    start = e.time.interval
    assert start.earliest <= dt.date(2014, 11, 4) <= start.latest
    assert e.time.certainty == Certainty.APPROXIMATE


def test_ids_in_text_order_labels_short_and_never_empty():
    events = _events()
    assert [e.id for e in events] == [f"e{k + 1}" for k in range(len(events))]
    assert [e.trigger.start for e in events] == sorted(e.trigger.start for e in events)
    for e in events:
        assert 0 < len(e.label) <= MAX_LABEL
        assert e.trigger.of(TEXT) == e.trigger_text
        assert e.evidence and e.evidence[0] == e.trigger
        assert 0.0 < e.confidence <= 1.0


def test_long_labels_are_cut():
    text = ("The Organisation for the Prohibition of Chemical Weapons and the International Atomic Energy Agency "
            "inspected the Khan Sheikhoun chemical weapons storage facility.")
    a = actor(text, "a1", "The Organisation for the Prohibition of Chemical Weapons and the International "
                          "Atomic Energy Agency", "The Organisation for the Prohibition of Chemical Weapons")
    e = by_trigger(find_events(prepared(text), [], [a], [], None), "inspected")
    assert len(e.label) <= MAX_LABEL and e.label.endswith("…")


def test_only_narrative_and_headline_sentences_give_events():
    text = "Troops entered the town. Photo shows troops entering the town."
    prep = prepared(text)
    second = prep.sentences[1]
    prep.sentences[1] = Sentence(index=second.index, span=second.span, paragraph=second.paragraph, zone=Zone.CAPTION)
    events = find_events(prep, [], [], [], None)
    assert [e.trigger_text for e in events] == ["entered"]


def test_trigger_inside_a_name_is_not_an_event():
    text = "Islamic State fighters attacked the Defence Ministry."
    a = actor(text, "a1", "Islamic State")
    b = actor(text, "a2", "Defence Ministry")
    events = find_events(prepared(text), [], [a, b], [], None)
    assert [e.trigger_text for e in events] == ["attacked"]
    assert ("a1", Role.AGENT) in roles(events[0]) and ("a2", Role.PATIENT) in roles(events[0])


def test_its_troops_are_the_owners_armed_forces():
    from newsline.core.model import ActorKind
    text = "The government in Ankara said its troops had crossed the river."
    gov = actor(text, "a1", "Turkey", "Ankara", kind=ActorKind.GOVERNMENT).model_copy(update={"country": "TR"})
    army = actor(text, "a2", "Turkish forces", "Turkish forces", kind=ActorKind.ARMED_FORCES).model_copy(
        update={"country": "TR"})
    crossed = by_trigger(find_events(prepared(text), [], [gov, army], [], None), "crossed")
    [agent] = [p for p in crossed.participants if p.role == Role.AGENT]
    assert agent.actor_id == "a2" and agent.span.of(text) == "its troops"
    assert crossed.label.startswith("Turkish forces cross")


def test_pronoun_subject_of_a_report_is_the_speaker():
    text = "The army said it had freed the last districts of Kirkuk."
    events = find_events(prepared(text), [], [actor(text, "a1", "Army", "The army")], [place(text, "p1", "Kirkuk")], None)
    freed = by_trigger(events, "freed")
    said = by_trigger(events, "said")
    [agent] = [p for p in freed.participants if p.role == Role.AGENT]
    assert agent.actor_id == "a1" and agent.span.of(text) == "it"
    assert freed.label == "Army frees Kirkuk"
    assert said.label == "Army says it frees Kirkuk"


def test_infinitive_takes_the_subject_of_its_governor():
    text = "Rebels agreed to leave the town. Officials urged the rebels to surrender."
    events = find_events(prepared(text), [], [actor(text, "a1", "Rebels", "Rebels", "the rebels"),
                                              actor(text, "a2", "Officials")], [], None)
    leave = by_trigger(events, "leave")
    surrender = by_trigger(events, "surrender")
    assert ("a1", Role.AGENT) in roles(leave)
    assert ("a1", Role.AGENT) in roles(surrender) and ("a2", Role.AGENT) not in roles(surrender)


def test_according_to_and_hinted_at():
    text = "Five people were killed in the blast, according to the police. The minister hinted at new elections."
    acts = [actor(text, "a1", "Police", "the police"), actor(text, "a2", "Minister", "The minister")]
    events = find_events(prepared(text), [], acts, [], None)
    killed = by_trigger(events, "killed")
    assert killed.attribution is not None and killed.attribution.source_actor_id == "a1"
    elections = by_trigger(events, "elections")
    hinted = by_trigger(events, "hinted")
    assert elections.id in hinted.reports_event_ids
    assert elections.attribution.hedged and elections.certainty < 1.0


def test_only_perfect_durations_run_up_to_the_reference_date():
    text = "The rebels have fought for six months. The general was jailed for five years."
    tms = [timex(text, "t1", "six months", "P6M", type_=TimeType.DURATION, anchor=TimeAnchor.NONE),
           timex(text, "t2", "five years", "P5Y", type_=TimeType.DURATION, anchor=TimeAnchor.NONE)]
    events = find_events(prepared(text), tms, [], [], REF)
    fought = by_trigger(events, "fought")
    assert fought.time.end_interval.latest == REF
    assert fought.time.interval.earliest == fought.time.interval.latest == dt.date(2017, 5, 4)
    assert by_trigger(events, "jailed").time.end_interval is None


def test_now_is_the_reference_date():
    text = "The militants are now moving into the desert."
    t = timex(text, "t1", "now", "PRESENT_REF", anchor=TimeAnchor.NONE)
    e = by_trigger(find_events(prepared(text), [t], [], [], REF), "moving")
    assert e.time.resolution == TimeResolution.RELATIVE and e.time.interval.earliest == REF


def test_time_inside_a_noun_phrase_dates_only_its_noun():
    text = "Saddam rejected the treaty in talks following the August 1988 cease-fire. Bangladesh said today its troops would go."
    aug = (dt.date(1988, 8, 1), dt.date(1988, 8, 31), Precision.MONTH)
    tms = [timex(text, "t1", "August 1988", "1988-08", interval=aug),
           timex(text, "t2", "today", "1990-08-14", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(1990, 8, 14)))]
    events = find_events(prepared(text), tms, [], [], dt.date(1990, 8, 14))
    assert by_trigger(events, "cease-fire").time.timex_ids == ["t1"]
    assert "t1" not in by_trigger(events, "rejected").time.timex_ids or \
        by_trigger(events, "rejected").time.resolution == TimeResolution.INHERITED
    said = by_trigger(events, "said")
    assert said.time.timex_ids == ["t2"] and said.time.resolution == TimeResolution.RELATIVE
    # the complement is a clause of its own: "would go" is not dated by "today" of the report
    assert by_trigger(events, "go").time.resolution != TimeResolution.RELATIVE


def test_restrictive_relative_clause_ends_at_the_main_verb():
    text = "The gunmen who attacked the convoy fled to Mosul on Friday."
    acts = [actor(text, "a1", "Gunmen", "The gunmen"), actor(text, "a2", "Convoy", "the convoy")]
    fri = timex(text, "t1", "Friday", "2017-11-03", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2017, 11, 3)))
    events = find_events(prepared(text), [fri], acts, [place(text, "p1", "Mosul")], REF)
    fled = by_trigger(events, "fled")
    attacked = by_trigger(events, "attacked")
    assert ("a1", Role.AGENT) in roles(fled) and ("a2", Role.AGENT) not in roles(fled)
    assert fled.time.timex_ids == ["t1"] and "p1" in fled.place_ids
    assert ("a2", Role.PATIENT) in roles(attacked)
    assert "t1" not in attacked.time.timex_ids or attacked.time.resolution == TimeResolution.INHERITED


def test_coordinated_subjects_are_both_agents():
    text = "General Motors (GM) and Chrysler have both begun to offer layoff packages to their workers."
    acts = [actor(text, "a1", "General Motors", "General Motors", "GM"), actor(text, "a2", "Chrysler")]
    events = find_events(prepared(text), [], acts, [], None)
    begun = by_trigger(events, "begun")
    assert {("a1", Role.AGENT), ("a2", Role.AGENT)} <= roles(begun)
    assert begun.label == "General Motors and Chrysler begin to offer layoff packages"
    assert not any(e.trigger_text in ("have", "packages") for e in events)
    assert ("a1", Role.AGENT) in roles(by_trigger(events, "offer"))


def test_long_subject_and_speaker_after_a_title():
    text = ("The simultaneous attacks at the embassies in Nairobi, Kenya, killed 257 people. "
            "\"Terrorists know no boundaries,\" said the U.S. Deputy Ambassador Peter Burleigh.")
    pls = [place(text, "p1", "Nairobi"), place(text, "p2", "Kenya", kind=PlaceKind.COUNTRY)]
    events = find_events(prepared(text), [], [actor(text, "a1", "Peter Burleigh")], pls, None)
    assert by_trigger(events, "killed").label == "Attacks kill 257 people"
    said = by_trigger(events, "said")
    assert ("a1", Role.AGENT) in roles(said)
    assert by_trigger(events, "know").id in said.reports_event_ids


def test_possessive_time_dates_only_its_noun_and_is_not_inherited():
    text = ("A man whose house was a bomb factory was arrested over last year's embassy blasts. "
            "He was flown to New York.")
    t = timex(text, "t1", "last year's", "2016", anchor=TimeAnchor.REFERENCE,
              interval=(dt.date(2016, 1, 1), dt.date(2016, 12, 31), Precision.YEAR))
    events = find_events(prepared(text), [t], [actor(text, "a1", "Suspect", "A man")], [], REF)
    assert by_trigger(events, "blasts").time.timex_ids == ["t1"]
    arrested = by_trigger(events, "arrested")
    assert "t1" not in arrested.time.timex_ids
    assert ("a1", Role.PATIENT) in roles(arrested)
    flown = by_trigger(events, "flown")
    assert flown.time.interval is None or flown.time.interval.earliest.year == 2017


def test_pronoun_subjects_take_the_last_fitting_actor():
    from newsline.core.model import ActorKind
    text = ("Police arrested Omar Khan in Leeds. He was charged with fraud. "
            "The company said its accounts were sound. \"Nothing was hidden,\" it said, but added that it would cooperate.")
    acts = [actor(text, "a1", "Police", kind=ActorKind.ARMED_FORCES),
            actor(text, "a2", "Omar Khan", kind=ActorKind.PERSON),
            actor(text, "a3", "Northwind", "The company", kind=ActorKind.ORGANISATION)]
    events = find_events(prepared(text), [], acts, [], None)
    said = [e for e in events if e.trigger_text == "said"]
    assert ("a3", Role.AGENT) in roles(said[1])  # "it said": the company, the last speaker
    added = by_trigger(events, "added")
    assert ("a3", Role.AGENT) in roles(added)  # "but added" shares "it said"'s subject
    cooperate = by_trigger(events, "cooperate")
    assert ("a3", Role.AGENT) in roles(cooperate)
    [agent] = [p for p in said[1].participants if p.role == Role.AGENT]
    assert agent.span.of(text) == "it"


def test_reduced_relative_is_passive():
    text = "Syrian troops backed by Russia are racing toward the town."
    acts = [actor(text, "a1", "Syrian forces", "Syrian troops"), actor(text, "a2", "Russia")]
    events = find_events(prepared(text), [], acts, [], None)
    backed = by_trigger(events, "backed")
    assert roles(backed) >= {("a1", Role.PATIENT), ("a2", Role.AGENT)}
    assert backed.label == "Russia backs Syrian forces"
    assert ("a1", Role.AGENT) in roles(by_trigger(events, "racing"))


def test_a_relative_clause_with_a_reporting_verb_inside_commas():
    text = ("Separatist fighters in Korvia, whom diplomats say are armed by Velmar, have shelled the port of Osk. "
            "Relief convoys, which the Red Cross says have been stopped at the border, turned back.")
    acts = [actor(text, "a1", "Separatists", "Separatist fighters"), actor(text, "a2", "Velmar"),
            actor(text, "a3", "Red Cross")]
    events = find_events(prepared(text), [], acts, [place(text, "p1", "Korvia"), place(text, "p2", "Osk")], None)
    shelled = by_trigger(events, "shelled")
    assert ("a1", Role.AGENT) in roles(shelled)  # the relative clause in commas does not hide the subject
    armed = by_trigger(events, "armed")
    assert roles(armed) >= {("a1", Role.PATIENT), ("a2", Role.AGENT)}  # the antecedent, not the place
    say = by_trigger(events, "say")
    assert not any(p.actor_id == "a1" for p in say.participants)  # the fighters do not say
    assert not any(p.actor_id == "a2" for p in say.participants)  # nor does Velmar
    says = by_trigger(events, "says")
    assert ("a3", Role.AGENT) in roles(says)
    stopped = by_trigger(events, "stopped")
    assert not any(p.actor_id == "a3" for p in stopped.participants)
    assert stopped.label == "Relief convoys have been stopped"
    assert by_trigger(events, "turned").label.startswith("Convoys turn")


def test_an_ing_word_that_is_the_object_of_a_verb_is_a_noun_and_no_event():
    text = "Pirates have attacked shipping in the Gulf of Osk. The council banned fishing near the reef."
    events = find_events(prepared(text), [], [], [], None)
    assert {e.trigger_text for e in events} >= {"attacked", "banned"}
    assert not {"shipping", "fishing"} & {e.trigger_text for e in events if e.lemma in ("ship", "fish")}
    assert not any(e.trigger_text == "shipping" for e in events)


def test_a_place_behind_a_place_noun_in_a_prepositional_phrase_is_not_the_object():
    text = "The coastguard seized the trawler and towed it towards the harbour of Velsk. Rebels entered the town of Osk."
    events = find_events(prepared(text), [], [actor(text, "a1", "Coastguard", "The coastguard")],
                         [place(text, "p1", "Velsk"), place(text, "p2", "Osk")], None)
    towed = by_trigger(events, "towed")
    assert "p1" in towed.place_ids and "Velsk" not in towed.label.replace("towards Velsk", "")
    assert by_trigger(events, "entered").label == "Rebels enter Osk"


def test_a_passive_subject_behind_a_prepositional_phrase_names_its_head():
    text = "The owner said the 12 fishermen on board had been allowed to leave. Residents of the village of Kessa were moved."
    events = find_events(prepared(text), [], [], [place(text, "p1", "Kessa")], None)
    assert by_trigger(events, "allowed").label == "12 fishermen had been allowed"
    assert by_trigger(events, "moved").label == "Residents were moved"


def test_a_country_named_as_a_party_of_talks_is_no_place_of_them():
    text = "Talks between Korvia and the rebels on a ceasefire will resume in Velsk."
    events = find_events(prepared(text), [], [actor(text, "a1", "Korvia", kind=ActorKind.GOVERNMENT)],
                         [place(text, "p1", "Korvia", kind=PlaceKind.COUNTRY), place(text, "p2", "Velsk")], None)
    talks = by_trigger(events, "Talks")
    assert "p1" not in talks.place_ids
    assert ("a1", Role.OTHER) in roles(talks)
    assert "in Korvia" not in talks.label


def test_both_conjuncts_after_between_are_in_the_phrase_and_a_bracketed_short_form_too():
    text = "A truce between the Korvian army and the Liberation Front (LF) held on Wednesday. Talks between Velmar and the rebels resumed."
    acts = [actor(text, "a1", "Korvian army"), actor(text, "a2", "Liberation Front", "Liberation Front", "LF")]
    events = find_events(prepared(text), [], acts, [place(text, "p1", "Velmar")], None)
    held = by_trigger(events, "held")
    assert not any(p.role == Role.AGENT for p in held.participants)
    assert held.label == "Truce holds"
    resumed = by_trigger(events, "resumed")
    assert "p1" not in resumed.place_ids and resumed.label == "Talks resume"
