"""Actors and places of the reference article (read from ../shared; skipped when it is absent)."""

from __future__ import annotations

import pytest

from newsline.core.entities.extract import find_actors_and_places
from newsline.core.ingest.prepare import prepare
from newsline.core.model import ActorKind, MentionType, PlaceKind, Zone
from newsline.core.pipeline import extract


@pytest.fixture(scope="module")
def seed(seed_text):
    prepared = prepare(seed_text)
    actors, places = find_actors_and_places(prepared)
    return prepared, actors, places


def actor_with(actors, surface):
    """The one actor that has a mention written `surface` (or that name)."""
    found = [a for a in actors if a.name == surface or any(m.text == surface for m in a.mentions)]
    assert len(found) == 1, f"{surface!r}: {[(a.id, a.name) for a in found]}"
    return found[0]


def place_with(places, surface):
    found = [p for p in places if p.name == surface or any(m.text == surface for m in p.mentions)]
    assert len(found) == 1, f"{surface!r}: {[(p.id, p.name) for p in found]}"
    return found[0]


def test_islamic_state_is_one_armed_group_under_all_its_names(seed):
    _, actors, _ = seed
    isis = actor_with(actors, "Isis")
    assert isis.kind == ActorKind.ARMED_GROUP
    written = {m.text for m in isis.mentions}
    assert {"Islamic State", "Isis", "Daesh"} <= written
    assert actor_with(actors, "Daesh") is isis and actor_with(actors, "Islamic State") is isis


def test_definite_descriptions_point_back_to_the_group(seed):
    _, actors, _ = seed
    isis = actor_with(actors, "Isis")
    nominal = {m.text.lower() for m in isis.mentions if m.type == MentionType.NOMINAL}
    assert {"the group", "the militants", "the terrorist organisation"} <= nominal


def test_people_with_titles_and_countries(seed):
    _, actors, _ = seed
    assad = actor_with(actors, "Bashar al-Assad")
    assert assad.kind == ActorKind.PERSON and assad.country == "SY"
    assert "President" in (assad.title or "")
    dillon = actor_with(actors, "Ryan Dillon")
    assert dillon.kind == ActorKind.PERSON and "Colonel" in (dillon.title or "")
    konashenkov = actor_with(actors, "Igor Konashenkov")
    assert konashenkov.kind == ActorKind.PERSON and "General" in (konashenkov.title or "")
    abadi = next(a for a in actors if a.kind == ActorKind.PERSON and a.name.startswith("Haider"))
    assert abadi.country == "IQ" and "Prime Minister" in (abadi.title or "")
    # the text misspells him "Haider alAbdi"; the knowledge base knows the name
    assert abadi.name == "Haider al-Abadi" and abadi.kb_id == "haider_al_abadi"


def test_surname_merges_with_full_name(seed):
    _, actors, _ = seed
    mayhoub = actor_with(actors, "Ali Mayhoub")
    assert mayhoub.kind == ActorKind.PERSON
    assert "Mayhoub" in {m.text for m in mayhoub.mentions}


def test_organisations_media_and_states(seed):
    _, actors, _ = seed
    assert actor_with(actors, "Hezbollah").kind == ActorKind.ARMED_GROUP
    akhbar = actor_with(actors, "Al-Akhbar")
    assert akhbar.kind == ActorKind.MEDIA
    # "A newspaper close to ... Hezbollah" is named Al-Akhbar in the next paragraph
    assert [m.text for m in akhbar.mentions][:2] == ["A newspaper", "Al-Akhbar"]
    state_media = actor_with(actors, "Syrian state media")
    assert state_media is actor_with(actors, "Syrian TV")
    assert state_media.kind == ActorKind.MEDIA and state_media.country == "SY"
    coalition = actor_with(actors, "US-led coalition")
    assert coalition.kind == ActorKind.INTERNATIONAL
    sdf = actor_with(actors, "Syrian Democratic Forces")
    assert sdf.kind == ActorKind.ARMED_GROUP
    assert actor_with(actors, "United Nations").kind == ActorKind.INTERNATIONAL
    russia = next(a for a in actors if a.kind == ActorKind.GOVERNMENT and a.country == "RU" and a.name == "Russia")
    assert any(m.text == "Russia" for m in russia.mentions)


def test_us_government_metonyms_are_one_actor(seed):
    _, actors, _ = seed
    us = actor_with(actors, "Washington")
    assert us.kind == ActorKind.GOVERNMENT and us.country == "US"
    written = {m.text for m in us.mentions}
    assert {"America", "US"} <= written
    assert any(m.type == MentionType.METONYM for m in us.mentions)


def test_regime_is_the_syrian_government(seed):
    _, actors, _ = seed
    regime = next(a for a in actors if any(m.text.lower() == "the regime" for m in a.mentions))
    assert regime.kind == ActorKind.GOVERNMENT and regime.country == "SY"
    assert any("Assad regime" in m.text for m in regime.mentions)


def test_nationality_phrases_are_forces_of_their_country(seed):
    _, actors, _ = seed
    iraqi = actor_with(actors, "Iraqi forces")
    assert iraqi.kind == ActorKind.ARMED_FORCES and iraqi.country == "IQ"
    assert actor_with(actors, "Iraqi armed forces") is iraqi
    subs = actor_with(actors, "Russian submarines")
    assert subs.kind == ActorKind.ARMED_FORCES and subs.country == "RU"
    ministry = actor_with(actors, "Russian Defence Ministry")
    assert ministry.kind == ActorKind.GOVERNMENT and ministry.country == "RU"
    # "American and Iranian-backed forces" is two actors
    american = next(a for a in actors if a.kind == ActorKind.ARMED_FORCES and a.country == "US")
    backed = actor_with(actors, "Iranian-backed forces")
    assert american is not backed


def test_the_government_in_iraq_is_iraqs_government(seed):
    _, actors, _ = seed
    iraq = actor_with(actors, "the government in Iraq")
    assert iraq.kind == ActorKind.GOVERNMENT and iraq.country == "IQ"
    assert iraq is not actor_with(actors, "Iraqi forces")


def test_iran_and_iraq_stay_apart(seed):
    _, actors, _ = seed
    iran = actor_with(actors, "Iran")
    assert iran.country == "IR"
    assert all(m.text != "Iraq" for m in iran.mentions)


def test_page_furniture_and_equipment_are_not_actors(seed):
    prepared, actors, places = seed
    zone_of = {s.index: s.zone for s in prepared.sentences}
    for thing in [*actors, *places]:
        for m in thing.mentions:
            assert zone_of[m.sentence] in (Zone.NARRATIVE, Zone.HEADLINE), (thing.name, m.text)
    names = {a.name.lower() for a in actors} | {m.text.lower() for a in actors for m in a.mentions}
    for furniture in ("sunday star-times", "reuters", "popular mobilisation forces", "newspapers", "tu-22m"):
        assert furniture not in names


def test_places_with_kinds_and_countries(seed):
    prepared, _, places = seed
    deir = place_with(places, "Deir el-Zour")
    assert deir.country == "SY"
    originals = {prepared.mapped.to_original(m.span.start, m.span.end).of(prepared.original) for m in deir.mentions}
    assert {"Deir el-Zour", "Deir elZour"} <= originals  # both spellings of the scraped text are one place
    assert place_with(places, "al-Qaim").country == "IQ"
    assert place_with(places, "Husaybah").kind == PlaceKind.BORDER
    boukamal = place_with(places, "Boukamal")
    assert boukamal.country == "SY"
    for name in ("Mosul", "Raqqa", "Tal Afar", "Hawija", "Baghdad"):
        assert place_with(places, name).kind in (PlaceKind.CITY, PlaceKind.TOWN)
    assert place_with(places, "Euphrates River").kind == PlaceKind.RIVER
    assert place_with(places, "Mediterranean Sea").kind == PlaceKind.SEA
    assert place_with(places, "Syria").kind == PlaceKind.COUNTRY
    assert place_with(places, "Iraq").kind == PlaceKind.COUNTRY


def test_the_city_and_the_town_refer_back(seed):
    _, _, places = seed
    deir = place_with(places, "Deir el-Zour")
    assert any(m.text == "the city" and m.type == MentionType.NOMINAL for m in deir.mentions)
    qaim = place_with(places, "al-Qaim")
    assert any(m.text.lower() == "the town" for m in qaim.mentions)


def test_ids_follow_first_mention_and_spans_match(seed):
    prepared, actors, places = seed
    for items, prefix in ((actors, "a"), (places, "p")):
        assert [x.id for x in items] == [f"{prefix}{i}" for i in range(1, len(items) + 1)]
        firsts = [min(m.span.start for m in x.mentions) for x in items]
        assert firsts == sorted(firsts)
        for x in items:
            for m in x.mentions:
                assert m.span.of(prepared.text) == m.text
                assert prepared.sentences[m.sentence].span.contains(m.span)


def test_pipeline_maps_mentions_to_the_original_text(seed_text):
    doc = extract(seed_text)
    assad = next(a for a in doc.actors if a.name == "Bashar al-Assad")
    assert [m.text for m in assad.mentions][0] == "Bashar alAssad"  # as written in the scraped original
    for a in doc.actors:
        for m in a.mentions:
            assert m.span.of(doc.text) == m.text
