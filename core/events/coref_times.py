"""Times shared through coreference: "after the fall of Mosul and Raqqa" ... "Mosul fell in July" ... "Raqqa,
which it lost last month".

After `coref.link_same_happenings`, an event that has no time of its own (INHERITED or UNDATED) takes the
time of the events it is `same_as`-linked to (either direction) that are dated by their own expression
(EXPLICIT, RELATIVE or NARRATIVE). One source: its interval and words. Several sources with different
intervals (one noun naming two falls): the span from the earliest to the latest, at the coarsest of their
precisions, with their words joined by "; ". Without direct sources, the other members of the same chain of
links are used. The result is INHERITED and at best APPROXIMATE: coreference is a guess.
"""

from __future__ import annotations

from ..model import CalendarInterval, Certainty, Event, EventTime, Precision, TimeResolution

OWN_TIME = (TimeResolution.EXPLICIT, TimeResolution.RELATIVE, TimeResolution.NARRATIVE)
_ORDER = list(Precision)


def _has_own_time(e: Event) -> bool:
    return e.time.resolution in OWN_TIME and (e.time.interval is not None
                                              or e.time.relative_to_reference_days is not None)


def _takes_time(e: Event) -> bool:
    return e.time.resolution in (TimeResolution.INHERITED, TimeResolution.UNDATED) and not e.user_edited


def _merged(sources: list[Event]) -> EventTime:
    """One time from the sources' own times (in text order)."""
    times = [s.time for s in sources]
    dated = [t for t in times if t.interval is not None]
    words: list[str] = []
    ids: list[str] = []
    for t in times:
        if t.as_written and t.as_written not in words:
            words.append(t.as_written)
        ids += [i for i in t.timex_ids if i not in ids]
    if not dated:  # no reference date: only offsets such as "yesterday"
        first = times[0]
        return EventTime(certainty=Certainty.UNCERTAIN, resolution=TimeResolution.INHERITED, timex_ids=ids,
                         as_written="; ".join(words) or None, relative_to_reference_days=first.relative_to_reference_days)
    earliest = min(t.interval.earliest for t in dated)
    latest = max(t.interval.latest for t in dated)
    precision = max((t.interval.precision for t in dated), key=_ORDER.index)
    if len(dated) == 1:
        precision = dated[0].precision
    certain = all(t.certainty in (Certainty.CERTAIN, Certainty.APPROXIMATE) for t in dated)
    return EventTime(interval=CalendarInterval(earliest=earliest, latest=latest, precision=precision),
                     precision=precision, certainty=Certainty.APPROXIMATE if certain else Certainty.UNCERTAIN,
                     resolution=TimeResolution.INHERITED, timex_ids=ids, as_written="; ".join(words) or None,
                     relative_to_reference_days=dated[0].relative_to_reference_days if len(dated) == 1 else None)


def share_times_through_coreference(events: list[Event]) -> None:
    """Date undated or inherited events from the events they are the same happening as (in place)."""
    by_id = {e.id: e for e in events}
    neighbours: dict[str, list[str]] = {}
    for e in events:
        if e.same_as and e.same_as in by_id:
            neighbours.setdefault(e.id, []).append(e.same_as)
            neighbours.setdefault(e.same_as, []).append(e.id)
    if not neighbours:
        return
    order = {e.id: k for k, e in enumerate(events)}
    chains = _chains(neighbours)
    dated_in_chain: dict[int, list[Event]] = {}
    for eid, c in chains.items():
        if _has_own_time(by_id[eid]):
            dated_in_chain.setdefault(c, []).append(by_id[eid])
    for e in events:
        if e.id not in neighbours or not _takes_time(e):
            continue
        direct = [by_id[n] for n in neighbours[e.id] if _has_own_time(by_id[n])]
        sources = direct or dated_in_chain.get(chains[e.id], [])
        if sources:
            e.time = _merged(sorted(sources, key=lambda s: order[s.id]))


def _chains(neighbours: dict[str, list[str]]) -> dict[str, int]:
    """A chain number for every linked event: events reachable from each other through same_as links."""
    chain: dict[str, int] = {}
    for start in neighbours:
        if start in chain:
            continue
        number = len(chain)
        chain[start] = number
        todo = [start]
        while todo:
            for n in neighbours.get(todo.pop(), ()):
                if n not in chain:
                    chain[n] = number
                    todo.append(n)
    return chain
