"""The whole pipeline on real inputs: every span maps back to the original text, nothing comes from the
non-narrative parts of a page, the reference date is chosen honestly."""

from __future__ import annotations

import datetime as dt

import pytest

from newsline.core.model import ReferenceDateSource, Zone
from newsline.core.pipeline import choose_reference_date, extract, redate
from newsline.core.model import ReferenceDate


def _check_spans(doc):
    n = len(doc.text)
    for owner, span in doc.all_spans():
        assert 0 <= span.start <= span.end <= n, owner
    for t in doc.times:
        assert t.span.of(doc.text) == t.text, t
    for a in [*doc.actors, *doc.places]:
        for m in a.mentions:
            assert m.span.of(doc.text) == m.text, (a.name, m)
    for e in doc.events:
        assert e.trigger.of(doc.text) == e.trigger_text, e
        assert doc.sentences[e.sentence].span.contains(e.trigger), e


def test_seed_spans_map_back_to_the_original(seed_text):
    doc = extract(seed_text, dt.date(2017, 11, 4))
    assert doc.text == seed_text
    _check_spans(doc)
    assert doc.sentences, "sentences found"


def test_seed_non_narrative_parts_produce_nothing(seed_text):
    doc = extract(seed_text, dt.date(2017, 11, 4))
    non_narrative = [z.span for z in doc.zones if z.zone != Zone.NARRATIVE and z.zone != Zone.HEADLINE]
    assert non_narrative, "masthead, caption and footer are marked"
    for a in doc.actors:
        for m in a.mentions:
            assert not any(z.contains(m.span) for z in non_narrative), (a.name, m.text)
    for e in doc.events:
        assert doc.sentences[e.sentence].zone in (Zone.NARRATIVE, Zone.HEADLINE), e.trigger_text
    assert not any("REUTERS" == a.name.upper() for a in doc.actors)


def test_mentions_read_as_written_where_normalisation_changed_characters():
    text = "Foreign Minister Sean O’Brien said the army’s troops entered Tal Afar on 3 May 2021.\n"
    doc = extract(text, None)
    _check_spans(doc)
    names = [m.text for a in doc.actors for m in a.mentions]
    assert any("’" in n for n in names), names  # the original apostrophe, not the normalised one


@pytest.mark.parametrize("text", [
    "", "   ", "\u2018\u2018\u2019\u2019", "a" * 10_000, "No dates here at all. None.",
    "\x00\x01 binary-ish \ufffd text", "Mr. A. B. Smith of U.S. Inc. said so. Really?!",
])
def test_odd_texts_never_break_the_pipeline(text):
    doc = extract(text, None)
    assert doc.text == text
    _check_spans(doc)


def test_no_reference_date_is_said_not_guessed():
    doc = extract("Troops entered the town yesterday, officials said.", None)
    assert doc.reference_date.value is None and doc.reference_date.source == ReferenceDateSource.NONE
    assert any("relative" in w for w in doc.warnings)


def test_reference_date_priority_and_redate():
    found = ReferenceDate(value=dt.date(2020, 1, 1), source=ReferenceDateSource.TEXT)
    assert choose_reference_date(dt.date(2021, 2, 2), dt.date(2019, 1, 1), found).source == ReferenceDateSource.USER
    assert choose_reference_date(None, dt.date(2019, 1, 1), found).source == ReferenceDateSource.METADATA
    assert choose_reference_date(None, None, found) == found
    doc = extract("The minister resigned in 2019.", dt.date(2020, 5, 1))
    moved = redate(doc, dt.date(2021, 5, 1))
    assert moved.reference_date.value == dt.date(2021, 5, 1) and moved.text == doc.text


def test_one_to_one_remapping_gives_what_the_general_remapping_gives(monkeypatch):
    import datetime as _dt

    from newsline.core import pipeline

    text = ("Rebels led by \u201cCommander\u201d Ali Hassan seized the town of Orvik on Monday, officials in the\n"
            "provincial capital said on Tuesday. The army\u2019s spokesman said troops would retake the town within\n"
            "days and that the rebels had lost dozens of fighters in the hills around Orvik since 3 March 2024.\n"
            "\u201cWe will not negotiate,\u201d the spokesman told reporters at the army\u2019s headquarters in the city.\n")
    calls = []
    real = pipeline._reread
    monkeypatch.setattr(pipeline, "_reread", lambda d, o: calls.append(1) or real(d, o))
    fast = pipeline.extract(text, _dt.date(2024, 3, 5))
    assert calls, "the text only changes characters one for one: the quick path must be taken"
    monkeypatch.setattr(pipeline, "array", lambda *a: object())  # no map compares equal: the general path
    slow = pipeline.extract(text, _dt.date(2024, 3, 5))
    assert fast.model_dump() == slow.model_dump()
    assert all(m.span.of(text) == m.text for a in fast.actors for m in a.mentions)
