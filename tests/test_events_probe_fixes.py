"""Errors found by probing extraction on new articles (tests/data/probe/, with the analyst's expectations in
EXPECTED.md written before the extractor ran): each test is a real sentence or article."""

from __future__ import annotations

from pathlib import Path

from newsline.core.pipeline import extract

PROBE = Path(__file__).parent / "data" / "probe"


def _labels(text: str) -> list[str]:
    return [e.label for e in extract(text).events]


def test_plural_group_name_in_is_takes_a_plural_verb():
    labels = _labels("SANAA, Jan. 12, 2024 - The Houthis fired two missiles at a cargo ship in the Red Sea on "
                     "Friday, the U.S. military said.")
    assert "Houthis fire two missiles" in labels
    assert not any("Houthis fires" in label for label in labels)


def test_declared_a_state_of_emergency_is_an_act_not_a_report():
    # the embedded sample article and the floods probe both have this sentence shape
    doc = extract("VALDERNA, March 14, 2024 - The government of Ostravia declared a state of emergency in Serin "
                  "province late on Wednesday night, hours after the water reached the outskirts of the market "
                  "town of Brevik.")
    declared = next(e for e in doc.events if e.trigger_text == "declared")
    assert declared.reports_event_ids == []
    assert declared.label == "Government declares state of emergency"
    reached = next(e for e in doc.events if e.trigger_text == "reached")
    assert reached.attribution is None


def test_announced_a_ceasefire_is_an_act_but_announced_a_clause_is_a_report():
    doc = extract("PORT AMARA, March 11, 2025 - Fighters seized an airstrip on Tuesday, two days after the "
                  "government in Bamako announced a ceasefire, residents said.")
    announced = next(e for e in doc.events if e.trigger_text == "announced")
    assert announced.label == "Government announces ceasefire" and announced.reports_event_ids == []
    doc = extract("PARIS, May 2, 2024 - The government announced the talks had failed.")
    announced = next(e for e in doc.events if e.trigger_text == "announced")
    assert announced.reports_event_ids  # "the talks had failed" is what it reports


def test_sample_article_state_of_emergency_label():
    root = Path(__file__).resolve().parents[1]
    doc = extract((root / "resources" / "sample_article.txt").read_text(encoding="utf-8"))
    declared = next(e for e in doc.events if e.trigger_text == "declared")
    assert declared.label.endswith("declares state of emergency")
    assert not declared.reports_event_ids


def test_headline_dispute_and_body_dispute_over_one_place_are_one_happening():
    root = Path(__file__).resolve().parents[1]
    doc = extract((root / "resources" / "sample_article.txt").read_text(encoding="utf-8"))
    disputes = [e for e in doc.events if e.lemma == "dispute"]
    assert len(disputes) == 2
    first, second = disputes
    assert second.same_as == first.id  # not two "Dispute in Kaldera" events
    assert first.time.interval.earliest.year == 2023  # the headline's dispute takes the body's "since early 2023"


def test_reduced_passive_with_a_time_phrase_before_its_by_phrase():
    # conflict probe: "The ceasefire announced on Sunday by Prime Minister Choguel Maiga" read "Ceasefire announces"
    doc = extract("PORT AMARA, March 11, 2025 - The ceasefire announced on Sunday by Prime Minister Choguel Maiga "
                  "was meant to open talks in Algiers next month.")
    announced = next(e for e in doc.events if e.trigger_text == "announced")
    assert announced.label == "Choguel Maiga announces ceasefire"  # the passive subject is the object
    labels = _labels("LONDON, May 2, 2024 - The deal signed last year by the two companies collapsed on Tuesday.")
    assert "Deal signed" in labels and "Deal collapses" in labels  # not "Companies collapse"


def test_participle_clause_between_commas_keeps_the_subject_of_the_main_verb():
    # court probe: the participle clause cut the subject off "said" ("Prime says") and read "asked" as active
    doc = extract("ATHENS, Nov. 14, 2024 - Prime Minister Kyriakos Mitsotakis, asked about the case on Wednesday, "
                  "said the government would not interfere with the courts.")
    said = next(e for e in doc.events if e.trigger_text == "said")
    asked = next(e for e in doc.events if e.trigger_text == "asked")
    names = {a.id: a.name for a in doc.actors}
    assert said.label.startswith("Kyriakos Mitsotakis")
    assert any(names.get(p.actor_id) == "Kyriakos Mitsotakis" and p.role.value == "agent"
               for p in said.participants)
    assert asked.label == "Kyriakos Mitsotakis asked"  # what was done to him, not what he did
    # a verb with its own object after the comma is a verb of its own
    doc = extract("KABUL, May 2, 2024 - Police arrested Ali Karimi, searched his house, and said on Tuesday they "
                  "had found weapons.")
    assert any(e.trigger_text == "searched" and not e.label.endswith("searched") for e in doc.events)
