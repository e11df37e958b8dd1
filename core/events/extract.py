"""Events (placeholder until the event work lands): finds nothing."""

from __future__ import annotations

import datetime as dt

from ..ingest.prepared import PreparedText
from ..model import Actor, Event, Place, TimeExpression


def find_events(prepared: PreparedText, times: list[TimeExpression], actors: list[Actor], places: list[Place],
                reference_date: dt.date | None) -> list[Event]:
    return []
