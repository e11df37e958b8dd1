"""The light part-of-speech tagger and the TimeML-style trigger finder, on sentences written for the tests."""

from __future__ import annotations

import pytest

from newsline.core.events.postag import tag
from newsline.core.events.tokens import tokenize
from newsline.core.events.triggers import find_triggers, nominal_stem
from newsline.core.model import EventClass


def tags(sentence: str) -> dict[str, str]:
    return {t.text: t.tag for t in tag(tokenize(sentence))}


def triggers(sentence: str) -> dict[str, EventClass]:
    toks = tag(tokenize(sentence))
    return {toks[t.index].text: t.event_class for t in find_triggers(toks)}


def test_tokens_keep_offsets_and_split_clitics():
    text = "The rebels didn't leave al-Qaim's centre."
    toks = tokenize(text, 100)
    assert [t.text for t in toks] == ["The", "rebels", "did", "n't", "leave", "al-Qaim", "'s", "centre", "."]
    assert all(text[t.start - 100:t.end - 100] == t.text for t in toks)


@pytest.mark.parametrize("sentence, word, expected", [
    ("The attack killed four soldiers.", "attack", "NOUN"),
    ("Rebels will attack the base again.", "attack", "VERB"),
    ("They plan to attack the base.", "attack", "VERB"),
    ("The peace talks collapsed.", "talks", "NOUN"),
    ("The minister talks to reporters every day.", "talks", "VERB"),
    ("Troops had entered the town.", "entered", "VERB"),
    ("The town was taken by force.", "taken", "VERB"),
    ("The armed forces withdrew.", "armed", "ADJ"),
])
def test_noun_or_verb_from_context(sentence, word, expected):
    assert tags(sentence)[word] == expected


def test_auxiliaries_and_modals_are_not_triggers():
    found = triggers("The army has been shelling the city and will continue to advance.")
    assert "shelling" in found and "advance" in found and "continue" in found
    assert not {"has", "been", "will"} & set(found)


def test_light_verb_is_the_trigger():
    # TimeBank tags the light verb ("took"), and "control" only where it names a state of affairs
    found = triggers("Government troops took control of the airport.")
    assert "took" in found and "troops" not in found and "airport" not in found


def test_event_nouns_and_derived_nouns():
    found = triggers("The election followed the arrival of observers and the bombing of the bridge.")
    assert {"election", "arrival", "bombing"} <= set(found)
    assert "bridge" not in found and "observers" not in found


def test_nominal_stem_finds_the_verb():
    assert nominal_stem("election") == "elect"
    assert nominal_stem("arrival") == "arrive"
    assert nominal_stem("negotiations") == "negotiate"
    assert nominal_stem("table") is None


@pytest.mark.parametrize("sentence, word, cls", [
    ("The spokesman said the talks failed.", "said", EventClass.REPORTING),
    ("Officials tried to reach the village.", "tried", EventClass.I_ACTION),
    ("Analysts expect prices to fall.", "expect", EventClass.I_STATE),
    ("Fighting began on Monday.", "began", EventClass.ASPECTUAL),
    ("Witnesses saw the plane explode.", "saw", EventClass.PERCEPTION),
    ("The company owns three plants.", "owns", EventClass.STATE),
    ("The plane crashed near the airport.", "crashed", EventClass.OCCURRENCE),
])
def test_timeml_classes(sentence, word, cls):
    assert triggers(sentence)[word] == cls


def test_participles_acting_as_prepositions_are_not_events():
    found = triggers("Sales rose, including exports, according to the report.")
    assert "rose" in found
    assert "including" not in found and "according" not in found


def test_an_s_word_after_a_singular_subject_and_before_a_preposition_is_the_verb():
    assert tags("Marsh's party files for a recount in three districts.")["files"] == "VERB"
    assert tags("The union calls for a strike at the port.")["calls"] == "VERB"
    # another verb takes the clause, or the subject is plural: the -s word is a noun
    assert tags("Oil prices for June delivery rose.")["prices"] == "NOUN"
    assert tags("The government plans for a new airport were shelved.")["plans"] == "NOUN"


def test_news_event_nouns_are_triggers():
    for word in ("run-off", "recount", "walkout", "lockdown", "wildfire", "kidnapping"):
        assert word in triggers(f"The {word} began on Sunday."), word


def test_an_ing_word_between_a_determiner_and_its_noun_is_a_modifier():
    assert tags("Maersk, the Danish shipping group, said on Wednesday.")["shipping"] == "ADJ"
    assert tags("The ruling party won the vote.")["ruling"] == "ADJ"
    assert tags("The army is shelling towns.")["shelling"] == "VERB"
    assert tags("The fighting spread to the north.")["spread"] == "VERB"
