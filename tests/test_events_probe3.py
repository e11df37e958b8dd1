"""Errors found by the third probe round (eight made-up articles kept outside the project: merger, trial, match
report, flood, summit, election, protest, data breach). Each test is a sentence built on the shape of a probe
sentence and fails on the code before the fix."""

from __future__ import annotations

import datetime as dt

from newsline.core.pipeline import extract


def _doc(text: str):
    return extract(text, dt.date(2023, 6, 12))


def _by_trigger(events, word: str):
    return next(e for e in events if e.trigger_text == word)


def test_reporting_verb_with_a_noun_object_is_an_act():
    # trial and match probes: "denied all the charges" read as a report of "charges" ("Martin Vessey: charges"),
    # "he added a second from the penalty spot" reported the next sentence's foul
    events = _doc("Martin Vessey denied all the charges. Emeka Okafor added a second from the penalty spot "
                  "after Jamie Doyle fouled him. Gavin Rowe conceded defeat shortly before midnight.").events
    assert _by_trigger(events, "denied").label == "Martin Vessey denies charges"
    added = _by_trigger(events, "added")
    assert added.label == "Emeka Okafor adds second"
    assert not added.reports_event_ids
    assert _by_trigger(events, "fouled").attribution is None
    assert _by_trigger(events, "conceded").label == "Gavin Rowe concedes defeat"
    # but a noun phrase followed by its own verb, or a "that" clause, is what is reported
    events = _doc("Martin Vessey admitted he had lied. Karin Dahlgaard confirmed the deal would close "
                  "next year.").events
    assert _by_trigger(events, "lied").attribution is not None
    close = _by_trigger(events, "close")
    assert close.attribution is not None and close.attribution.source_text == "Karin Dahlgaard"


def test_relative_clause_on_a_name_in_a_prepositional_phrase():
    # trial and match probes: "from Harland Civil Engineering, which won" and "four points ahead of Blackmoor
    # Rovers, who travel" lost their subject ("Won three council contracts", "Travel to Northgate"); the
    # relative word is the mention that links the name to the clause's verb
    text = ("Blackmoor Rovers scored twice on Saturday. Vessey received money from Harland Civil Engineering, which won three council "
            "contracts. City are "
            "four points ahead of Blackmoor Rovers, who travel to Northgate next week.")
    events = _doc(text).events
    won = _by_trigger(events, "won")
    assert won.label == "Harland Civil Engineering wins three council contracts"
    assert text[won.participants[0].span.start:won.participants[0].span.end] == "which"
    assert _by_trigger(events, "travel").label.startswith("Blackmoor Rovers travel")
    # but a clause after a noun and "of" hangs on that noun: "the leader of Hamas, who was arrested"
    events = _doc("The leader of Hamas, who was arrested on Monday, spoke to reporters.").events
    assert not _by_trigger(events, "arrested").participants


def test_relative_clause_with_an_object_keeps_its_antecedent_as_subject():
    # match probe: "Okafor, who joined Rovers from Lagos club Enyimba" was "Join Blackmoor Rovers"
    events = _doc("Blackmoor Rovers won on Saturday. Emeka Okafor scored twice. Okafor, who joined Rovers two "
                  "years ago, has 15 goals. The striker, whom Rovers signed in May, scored.").events
    assert _by_trigger(events, "joined").label == "Emeka Okafor joins Blackmoor Rovers"
    signed = _by_trigger(events, "signed")
    assert [p.role.value for p in signed.participants] == ["agent"]


def test_speaker_after_a_quote_is_the_name_that_ends_the_phrase():
    # match probe: '"We deserved it," said Rovers manager Paul Sutcliffe' was "Blackmoor Rovers says it defends"
    events = _doc('Blackmoor Rovers won. "We were brave," said Rovers manager Paul Sutcliffe.').events
    said = _by_trigger(events, "said")
    assert said.label == "Paul Sutcliffe says"
    roles = {p.role.value for p in said.participants}
    assert "patient" not in roles


def test_club_named_in_the_english_style_is_an_organisation():
    # match probe: "Blackmoor Rovers" was no actor when the story named it once, and "the club" pointed nowhere
    doc = _doc("Blackmoor Rovers beat league leaders Castleford City 3-1 on Saturday. The club said it had "
               "offered the striker a new contract.")
    rovers = next(a for a in doc.actors if a.name == "Blackmoor Rovers")
    assert rovers.kind.value == "organisation"
    assert "The club" in [m.text for m in rovers.mentions]
    # a city with a gazetteer entry stays a place
    doc = _doc("Police in Kansas City arrested two men on Monday.")
    assert any(p.name == "Kansas City" for p in doc.places)


def test_object_her_is_not_the_subject_of_its_own_clause():
    # election probe: "Moore congratulated Tahana on Sunday and invited her" was "Janet Moore invites" with
    # Moore as her own patient
    events = _doc("Mary Tahana won the election. Janet Moore congratulated Tahana on Sunday and invited her to "
                  "visit Canberra.").events
    invited = _by_trigger(events, "invited")
    assert invited.label == "Janet Moore invites Mary Tahana"
    assert _by_trigger(events, "visit").label == "Mary Tahana visits Canberra"


def test_telephone_call_to_do_something_is_the_callers_purpose():
    # election probe: "he had called Tahana to congratulate her" was "Mere Tahana congratulates Gavin Rowe";
    # "called on the army to withdraw" still has the army do it
    events = _doc("Gavin Rowe said he had called Mary Tahana to congratulate her. The UN called on Israel to "
                  "withdraw its troops.").events
    assert _by_trigger(events, "congratulate").label == "Gavin Rowe congratulates Mary Tahana"
    assert not _by_trigger(events, "withdraw").label.startswith("United Nations")


def test_we_in_a_quote_is_the_group_the_speaker_speaks_for():
    # match probe: after the speaker became Paul Sutcliffe, "we defended" read "Paul Sutcliffe defends"; the
    # club named in his phrase is who "we" are
    events = _doc('Blackmoor Rovers won 3-1 on Saturday. "We were brave and we deserved it," said Rovers '
                  'manager Paul Sutcliffe.').events
    assert _by_trigger(events, "deserved").label == "Blackmoor Rovers deserves"
    assert _by_trigger(events, "said").label.startswith("Paul Sutcliffe")


def test_a_relative_of_the_possessor_is_not_the_possessor():
    # trial probe: "a garden centre owned by his brother-in-law" was "Martin Vessey owns accounts" (and hid
    # the money); "her client had never influenced the tender" had the lawyer as its agent
    events = _doc("Martin Vessey denied the charges. The money was hidden in a garden centre owned by his "
                  "brother-in-law. His lawyer, Sarah Kemble, argued that her client had never influenced the "
                  "tender. Iraqi forces said their units had entered the town.").events
    owned = _by_trigger(events, "owned")
    assert all(p.role.value != "agent" for p in owned.participants)
    assert not _by_trigger(events, "influenced").label.startswith("Sarah Kemble")
    assert all(p.role.value != "agent" for p in _by_trigger(events, "influenced").participants)
    # a group's own people stay its mentions
    assert _by_trigger(events, "entered").participants[0].role.value == "agent"


def test_union_named_with_and_is_one_body():
    # merger probe: "The Transport and General Workers Union (TGWU) said it would" read "... Union say they seek"
    events = _doc("The Transport and General Workers Union (TGWU) said it would seek meetings with the company. "
                  "Iraq and Syria agreed to talk.").events
    assert _by_trigger(events, "said").label.startswith("Transport and General Workers Union says it seeks")
    assert _by_trigger(events, "agreed").label.startswith("Iraq and Syria agree")


def test_general_before_an_organisation_head_is_no_military_title():
    # protest probe: "The General Confederation of Labour (CGT)" was a person "Confederation" and "Labour"
    # merged with the Labour Party under the alias CGT
    doc = _doc("The General Confederation of Labour (CGT), France's second-largest union, called a strike. "
               "The CGT said it would march on Monday.")
    cgt = next(a for a in doc.actors if "CGT" in a.aliases)
    assert cgt.name == "General Confederation of Labour"
    assert cgt.kind.value == "organisation"
    assert not any(a.kind.value == "person" for a in doc.actors)


def test_office_with_of_before_a_name_keeps_the_name_as_subject():
    # summit probe: "Secretary of State Laura Whitfield, who attended the signing, said" was "Secretary says"
    # and "Attended the signing": the "of" of the title put her in a prepositional phrase
    events = _doc("Secretary of State Laura Whitfield, who attended the signing, said Washington would "
                  "provide funding.").events
    assert _by_trigger(events, "said").label.startswith("Laura Whitfield")
    assert _by_trigger(events, "attended").label == "Laura Whitfield attends signing"


def test_name_before_who_is_a_person_and_analysts_at_name_an_organisation():
    # flood probe: "said Gul Bano, who fled her village" made Gul Bano an organisation; merger probe: "Analysts
    # at Berenberg" made Berenberg a place
    doc = _doc('"The water came in minutes," said Gul Bano, who fled her village with her children. Analysts '
               "at Berenberg warned that regulators could demand the sale of some terminals.")
    kinds = {a.name: a.kind.value for a in doc.actors}
    assert kinds.get("Gul Bano") == "person"
    assert kinds.get("Berenberg") == "organisation"
    assert not any(p.name == "Berenberg" for p in doc.places)


def test_not_yet_keeps_the_auxiliary_an_auxiliary():
    # merger probe: "the authority had not yet received a notification" made "had" an event ("Authority has")
    # and lost the negation; "yet" between clauses is still "but"
    events = _doc("A spokeswoman said the authority had not yet received a formal notification. The talks "
                  "failed, yet the sides met again.").events
    assert not any(e.trigger_text == "had" for e in events)
    received = _by_trigger(events, "received")
    assert received.negated
    assert _by_trigger(events, "met").label == "Sides meet"


def test_participle_that_looks_like_the_base_form_after_been_is_passive():
    # merger probe: "Norvance had been outbid for a German rival" was "Norvance Group outbids" (active)
    events = _doc("Analysts said Norvance Group had been outbid for a German rival last year.").events
    outbid = _by_trigger(events, "outbid")
    assert outbid.label == "Norvance Group outbid"
    assert _by_trigger(events, "said").label == "Analysts: Norvance Group outbid"
    assert [p.role.value for p in outbid.participants] == ["patient"]
