"""The shared English dictionary: one cached lookup serves ingestion, entity rules and the tagger."""

from newsline.core.dictionary import inflect, word_entry
from newsline.core.entities.words import is_dictionary_word, lemmas
from newsline.core.events.postag import word_classes
from newsline.core.ingest.lexicon import is_english_word


def test_known_word_has_its_classes():
    entry = word_entry("attacked")
    assert "attack" in entry["VERB"]


def test_unknown_and_odd_input_give_an_empty_entry():
    assert word_entry("mayhoub") == {}
    assert word_entry("") == {}
    assert word_entry("\x00\ud7ff12") == {}


def test_all_rule_families_read_the_same_entry():
    assert lemmas is word_entry and word_classes is word_entry
    assert is_english_word("Experts") and is_dictionary_word("Experts")
    assert not is_english_word("Mayhoub") and not is_dictionary_word("Mayhoub")


def test_inflections():
    assert "went" in inflect("go", "VBD")
    assert inflect("attack", "VBN") == ("attacked",)
