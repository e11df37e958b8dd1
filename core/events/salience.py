"""Salience: which events a reader wants on the timeline. It becomes `Event.confidence`.

A news article yields many events (every "said", "want", "attempts", "number"); a timeline should show the
happenings. The score starts at `BASE` and is adjusted, each rule independent and additive, then kept in
[0.05, 1.0]. With the GUI's default threshold `MAIN_EVENT_THRESHOLD` (0.6) it keeps roughly a third to a
half of a news article's events.

Raised by what makes an event concrete:
- an actor as agent or patient (+0.15; an actor only loosely attached, role "other": +0.05);
- a place (+0.10);
- a time of its own, EXPLICIT/RELATIVE/NARRATIVE (+0.10), or shared through coreference (+0.05);
- being in the headline (+0.10): the headline states the story's main happening;
- the detection rule's own confidence, around its usual 0.7 (a finite verb 0.8: +0.1; "did" 0.5: -0.2).

Lowered by what makes it background or framing:
- a generic or abstract noun ("existence", "attempts", "number", "assurances", "efforts"): -0.30;
- a bare event: a noun with no actor and no place (-0.15), a verb with none (-0.10);
- an intention or attitude (I_STATE, I_ACTION) that frames another event of its sentence or a complement
  ("wanted to discuss", "thought that there were ...", "tried to flee"): -0.20; the framed event is what
  happened;
- a report that reports other events (-0.20): the reported events carry its attribution, so the timeline
  shows "Deir el-Zour cleared" (said by Syrian state media) once, not also "Syrian state media said"; such
  a report gets no bonus for the place and time of its sentence, which belong to what it reports;
- negated (-0.25), future or modal, or hedged to a certainty of 0.5 or less (-0.15);
- a state (STATE: "held", "remain"): -0.10;
- a report with no actor as its source ("estimated to number"): -0.15;
- a participle clause without auxiliary ("..., using an Arabic name"): -0.10;
- a second mention of one happening (`same_as`): the less informative member of the pair -0.15, and kept
  under the threshold when both would look the same on the timeline (same label, same interval); a headline
  event restating a body event dated by its own words at the same time is always that member, and the body
  event takes the headline bonus.
Salience is separate from detection: the trigger finder (and its TimeBank scores) does not see it.
"""

from __future__ import annotations

from ..model import Event, EventClass, Role, TimeResolution, Zone

BASE = 0.45
MAIN_EVENT_THRESHOLD = 0.6  # the confidence a "main events only" view should keep
HEADLINE_BONUS = 0.10

# nouns that name an abstract frame rather than a happening of their own (checked on trigger and lemma)
GENERIC_NOUNS = frozenset((
    "existence", "attempt", "attempts", "number", "numbers", "assurance", "assurances", "effort", "efforts",
    "move", "moves", "step", "steps", "action", "actions", "activity", "activities", "process", "situation",
    "development", "developments", "change", "changes", "issue", "issues", "presence", "role", "need", "needs",
    "use", "way", "matter", "question", "questions", "case", "cases", "event", "events", "incident",
    "incidents", "operation", "operations", "work", "effect", "effects", "impact", "result", "results",
    "support", "progress", "response", "comments", "remarks", "plan", "plans", "agenda", "policy", "practice",
    "ability", "capacity", "possibility", "chance", "chances", "intention", "intentions", "interest",
    "concern", "concerns", "view", "views", "position", "aid", "help", "assistance", "threat", "threats",
    "estimate", "estimates", "total", "amount", "level", "levels", "rate", "record",
))
_OWN = (TimeResolution.EXPLICIT, TimeResolution.RELATIVE, TimeResolution.NARRATIVE)
_FRAMING = (EventClass.I_STATE, EventClass.I_ACTION)
_FRAME_REACH = 8  # tokens after an intention verb in which the event it frames starts


def _frames_another(d, same_sentence) -> bool:
    """Does this I_STATE/I_ACTION event govern a later event of its sentence ("wanted to discuss",
    "expected [the group] to try", "thought that the fighters had left")?"""
    i = d.trigger.index
    nxt = d.tokens[i + 1].lower if i + 1 < len(d.tokens) else ""
    if nxt in ("that", "to", "whether", "if"):
        return True  # "thought that there were ...": a complement clause, event or not
    for e in same_sentence:
        if e is d or e.trigger.index <= i or e.trigger.index - i > _FRAME_REACH:
            continue
        if e.group is not None and (e.group.governor == i or e.group.infinitive or e.clause != d.clause):
            return True
        if e.trigger.pos != "VERB" and e.clause == d.clause and e.trigger.index - i <= 3:
            return True  # "promised a ceasefire", "demanded talks"
    return False


def _richness(e: Event) -> tuple:
    own = e.time.resolution in _OWN
    roles = sum(1 for p in e.participants if p.role != Role.OTHER)
    return (own, roles + len(e.place_ids), -int(e.id[1:]) if e.id[1:].isdigit() else 0)


def salience(e: Event, d, same_sentence) -> float:
    """The salience score of one event (before the same_as adjustment)."""
    s = BASE + (d.trigger.confidence - 0.7)
    has_role = any(p.role != Role.OTHER for p in e.participants)
    if has_role:
        s += 0.15
    elif e.participants:
        s += 0.05
    framing_report = e.event_class == EventClass.REPORTING and bool(e.reports_event_ids)
    if framing_report:
        pass  # the sentence's place and time belong to what is reported
    elif e.place_ids:
        s += 0.10
    if framing_report:
        pass
    elif e.time.resolution in _OWN:
        s += 0.10
    elif e.time.resolution == TimeResolution.INHERITED and e.time.timex_ids and not d.time.timex_ids:
        s += 0.05  # dated through coreference
    bare = not e.participants and not e.place_ids
    if d.trigger.pos != "VERB":
        if d.token.lower in GENERIC_NOUNS or e.lemma in GENERIC_NOUNS:
            s -= 0.30
        if bare:
            s -= 0.15
    elif bare:
        s -= 0.10
    if e.event_class in _FRAMING and _frames_another(d, same_sentence):
        s -= 0.20
    if framing_report:
        s -= 0.20
    elif e.event_class == EventClass.REPORTING and not has_role:
        s -= 0.15  # "estimated to number", "declaring victory": nobody reports anything
    g = d.group
    if d.trigger.pos == "VERB" and d.token.form == "VBG" and g is not None and not g.progressive:
        s -= 0.10  # a participle clause ("..., using an Arabic name", "remaining territory")
    if d.sentence.zone == Zone.HEADLINE:
        s += HEADLINE_BONUS
    if e.negated:
        s -= 0.25
    if (g is not None and (g.modal or g.tense in ("FUTURE", "MODAL"))) or e.certainty <= 0.5:
        s -= 0.15
    if e.event_class == EventClass.STATE:
        s -= 0.10
    return s


def _same_on_timeline(a: Event, b: Event) -> bool:
    """Two mentions of one happening that would look the same on the timeline: same label, same calendar
    interval (the headline's "dispute over Kaldera dam" and the body's "the dispute, which began in early 2023")."""
    ia, ib = a.time.interval, b.time.interval
    same_time = (ia is None and ib is None) or (ia is not None and ib is not None and
                                                (ia.earliest, ia.latest) == (ib.earliest, ib.latest))
    return same_time and a.label.strip().lower() == b.label.strip().lower()


def _restates_dated_body(head: Event, body: Event, zone: dict) -> bool:
    """Is `head` a headline event restating `body`, a story event dated by its own words, at the same time?"""
    return (zone.get(head.id) == Zone.HEADLINE and zone.get(body.id) == Zone.NARRATIVE
            and body.time.resolution in _OWN and head.time.interval is not None
            and head.time.interval == body.time.interval)


def apply_salience(events: list[Event], drafts: list) -> None:
    """Set `confidence` of every event (events and drafts in the same order) to its salience."""
    by_sentence: dict[int, list] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.index, []).append(d)
    scores = {e.id: salience(e, d, by_sentence[d.sentence.index]) for e, d in zip(events, drafts)}
    by_id = {e.id: e for e in events}
    zone = {e.id: d.sentence.zone for e, d in zip(events, drafts)}
    for e in events:
        o = by_id.get(e.same_as) if e.same_as else None
        if o is None:
            continue
        if _restates_dated_body(o, e, zone):
            # the headline sums up the lead's event: the dated body mention is the one the timeline shows
            # and takes the headline's bonus; the headline stays under the threshold
            scores[e.id] += HEADLINE_BONUS
            scores[o.id] = min(scores[o.id] - 0.15, MAIN_EVENT_THRESHOLD - 0.05)
            continue
        weaker = e if _richness(e) <= _richness(o) else o
        scores[weaker.id] -= 0.15
        if _same_on_timeline(e, o):  # a repeat the timeline would draw twice: only the richer one is main
            scores[weaker.id] = min(scores[weaker.id], MAIN_EVENT_THRESHOLD - 0.05)
    for e in events:
        e.confidence = round(max(0.05, min(1.0, scores[e.id])), 2)
