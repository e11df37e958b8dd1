"""Actors and places (placeholder until the entity work lands): finds nothing."""

from __future__ import annotations

from ..ingest.prepared import PreparedText
from ..model import Actor, Place


def find_actors_and_places(prepared: PreparedText) -> tuple[list[Actor], list[Place]]:
    return [], []
