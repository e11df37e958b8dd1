"""A common first name rules a person out for "he" or "she" when the text says nothing of gender."""

from __future__ import annotations

import datetime as dt

from newsline.core.model import MentionType
from newsline.core.pipeline import extract


def pronoun_owner(doc, word: str) -> str | None:
    for a in doc.actors:
        if any(m.type == MentionType.PRONOUN and m.text == word for m in a.mentions):
            return a.name
    return None


def test_she_skips_a_man_in_subject_position():
    doc = extract("Omar Khalil met Fatima Haddad, the head of the aid group, in Beirut on Monday. "
                  "She said the convoy would leave on Friday.", dt.date(2024, 5, 6))
    assert pronoun_owner(doc, "She") == "Fatima Haddad"


def test_he_is_left_alone_when_the_only_person_is_a_woman():
    doc = extract("Ursula Brandt praised the ruling. The boy's father said he would appeal.", dt.date(2024, 5, 6))
    assert pronoun_owner(doc, "he") is None


def test_a_known_name_does_not_outrank_an_unknown_one():
    # "Dennis" is in the table, "Eliot" is not: the name alone must not make Dennis Varga the "he"
    doc = extract("In the debate, Senator Eliot Sandor attacked Dennis Varga over the budget. "
                  "He promised to cut taxes.", dt.date(2024, 5, 6))
    assert pronoun_owner(doc, "He") != "Dennis Varga"


def test_the_text_wins_over_the_table():
    # "Maria" is a woman's name, but the text calls this Maria "Mr"
    doc = extract("Mr Maria Olsen, a fisherman, sold his boat. He said the season had been poor.",
                  dt.date(2024, 5, 6))
    assert pronoun_owner(doc, "He") == "Maria Olsen"


def test_event_pronoun_fallback_respects_the_first_name_too():
    # the event stage's own "he" -> last person rule must not give the appeal to the woman either
    doc = extract("Ursula Brandt praised the ruling. The boy's father said he would appeal.", dt.date(2024, 5, 6))
    appeal = next(e for e in doc.events if e.lemma == "appeal")
    assert not appeal.participants
