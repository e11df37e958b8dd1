"""Mentions of one happening: "Mosul fell in July" ... "Mosul, which it lost in July" -> `same_as`.

Two events are the same happening when their lemmas are the same or belong to one family (a city falling,
being lost, captured, liberated), they share a patient actor or a place, and their times are compatible
(overlapping intervals, or at least one of them without a time of its own). The later one points at the
earlier; among candidates, one with an overlapping explicit time wins, else the first.
"""

from __future__ import annotations

from ..model import Event, EventClass, Role, TimeResolution

_FAMILIES = [
    frozenset(("fall", "lose", "loss", "capture", "recapture", "retake", "seize", "take", "liberate", "liberation",
               "free", "clear", "overrun", "conquer", "conquest")),
    frozenset(("kill", "killing", "death", "die", "murder", "slay")),
    frozenset(("attack", "strike", "bomb", "bombing", "airstrike", "raid", "assault", "shell", "shelling")),
    frozenset(("merge", "merger", "acquire", "acquisition", "buy", "purchase", "takeover", "take-over")),
    frozenset(("arrest", "detain", "detention", "capture")),
    frozenset(("talk", "talks", "meet", "meeting", "negotiate", "negotiations", "discuss", "discussion")),
    frozenset(("quake", "earthquake", "tremor", "shake", "hit", "strike")),
    frozenset(("sentence", "sentencing", "convict", "conviction", "verdict", "rule", "ruling")),
    # a standing quarrel over one thing: "dispute over Kaldera dam" (headline) ... "the Kaldera dam has been at
    # the centre of a bitter dispute since early 2023"
    frozenset(("dispute", "row", "feud", "quarrel", "standoff", "stand-off", "wrangle", "disagreement")),
]


def family(lemma: str) -> set[str]:
    out = {lemma}
    for f in _FAMILIES:
        if lemma in f:
            out |= f
    return out


def _things(e: Event) -> set[str]:
    ids = {p.actor_id for p in e.participants if p.role == Role.PATIENT}
    return ids | set(e.place_ids)


def _patients(e: Event) -> set[str]:
    return {p.actor_id for p in e.participants if p.role == Role.PATIENT}


def _agents(e: Event) -> set[str]:
    return {p.actor_id for p in e.participants if p.role == Role.AGENT}


def _in_a_family(lemma: str) -> bool:
    return any(lemma in f for f in _FAMILIES)


def compatible_times(a: Event, b: Event) -> tuple[bool, bool]:
    """(compatible, both explicitly dated and overlapping)"""
    ia, ib = a.time.interval, b.time.interval
    own_a = a.time.resolution not in (TimeResolution.INHERITED, TimeResolution.UNDATED)
    own_b = b.time.resolution not in (TimeResolution.INHERITED, TimeResolution.UNDATED)
    if ia is None or ib is None or not own_a or not own_b:
        return True, False
    overlap = ia.earliest <= ib.latest and ib.earliest <= ia.latest
    return overlap, overlap


_KINDS = (EventClass.OCCURRENCE, EventClass.ASPECTUAL)
_RECENT = 60  # earlier events per patient or place looked at (a news article has a few hundred events at most)


def link_same_happenings(events: list[Event], drafts=None) -> None:
    by_thing: dict[str, list[int]] = {}  # patient actor or place id -> earlier events that have it
    for j, e in enumerate(events):
        mine = _things(e) if e.event_class in _KINDS else set()
        if mine:
            fam = family(e.lemma)
            # the most recent mentions of each thing only: keeps long documents linear
            candidates = sorted({i for t in mine for i in by_thing.get(t, ())[-_RECENT:]})
            best = None
            for i in candidates:
                o = events[i]
                if o.sentence == e.sentence and o.lemma == e.lemma:
                    continue
                if o.lemma not in fam:
                    continue
                if not (_patients(o) & _patients(e)) and not _in_a_family(e.lemma):
                    # only a place in common and a verb of no known kind of happening: "the water reached
                    # Brevik" and "the trucks are expected to reach Brevik on Friday" are two events
                    continue
                if _agents(o) and _agents(e) and not (_agents(o) & _agents(e)):
                    continue  # different doers: two happenings
                ok, strong = compatible_times(o, e)
                if not ok:
                    continue
                if strong:
                    best = o.id
                    break
                if best is None:
                    best = o.id
            if best is not None and best != e.id:
                e.same_as = best
        for t in mine:
            by_thing.setdefault(t, []).append(j)
