"""Actors on sentences written to probe the finder after reading new articles: possessive ministries."""

from __future__ import annotations

from newsline.core.entities.extract import find_actors_and_places
from newsline.core.ingest.prepare import prepare
from newsline.core.model import ActorKind


def test_a_country_s_ministry_speaks_for_its_government():
    actors, places = find_actors_and_places(prepare(
        "Russia's defence ministry said its air defences had destroyed 22 drones over the border region.\n"
        "Ukraine's interior ministry said two civilians were killed.\n"))
    kinds = {a.name: a.kind for a in actors}
    assert kinds.get("Russia") == ActorKind.GOVERNMENT
    assert kinds.get("Ukraine") == ActorKind.GOVERNMENT
    assert not any(p.name == "Russia" for p in places)


def test_oil_grade_before_crude_is_not_a_place():
    # markets story (tests/data/probe/markets_corporate.txt): "Brent" is a London borough in the gazetteer
    from newsline.core.pipeline import extract as _extract

    doc = _extract("LONDON, June 3, 2025 - Brent crude fell 2 percent to $71 a barrel on Monday after OPEC+ "
                   "signalled that it would raise output. Russian Urals blend traded near $60 in Novorossiysk.")
    places = {p.name for p in doc.places}
    assert "Brent" not in places and "Urals" not in places
    assert "Novorossiysk" in places
    assert not any("Urals" in a.name for a in doc.actors)
