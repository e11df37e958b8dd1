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
