"""Times shared through coreference (`coref_times`), background nouns ("after the fall of X") and "when"
clauses after a time, on made-up articles with hand-built actors, places and time expressions."""

from __future__ import annotations

import datetime as dt

from test_events_inputs import actor, by_trigger, day, place, prepared, timex

from newsline.core.events.extract import find_events
from newsline.core.model import Certainty, Precision, TimeAnchor, TimeResolution

REF = dt.date(2019, 5, 10)
TEXT = ("Rebel fighters seized the port of Karsa yesterday, the army said. "
        "The push came after the capture of Dorvan and Velst. "
        "Dorvan was captured in March. "
        "Velst, which the rebels captured last month, lies on the coast.")


def _events(text=TEXT, ref=REF):
    acts = [actor(text, "a1", "Rebel fighters", "Rebel fighters", "the rebels"),
            actor(text, "a2", "Army", "the army")]
    pls = [place(text, "p1", "Karsa"), place(text, "p2", "Dorvan"), place(text, "p3", "Velst")]
    tms = [timex(text, "t1", "yesterday", "2019-05-09", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2019, 5, 9))),
           timex(text, "t2", "March", "2019-03", anchor=TimeAnchor.REFERENCE,
                 interval=(dt.date(2019, 3, 1), dt.date(2019, 3, 31), Precision.MONTH)),
           timex(text, "t3", "last month", "2019-04", anchor=TimeAnchor.REFERENCE,
                 interval=(dt.date(2019, 4, 1), dt.date(2019, 4, 30), Precision.MONTH))]
    return find_events(prepared(text), tms, acts, pls, ref)


def test_background_noun_takes_the_time_of_the_events_it_is_the_same_as():
    evs = _events()
    capture = by_trigger(evs, "capture")
    # not the story's "yesterday": the captures it names were dated in March and last month
    assert capture.time.resolution == TimeResolution.INHERITED
    assert capture.time.interval is not None
    assert capture.time.interval.earliest == dt.date(2019, 3, 1)
    assert capture.time.interval.latest == dt.date(2019, 4, 30)
    assert capture.time.certainty == Certainty.APPROXIMATE
    assert "March" in capture.time.as_written and "last month" in capture.time.as_written
    assert set(capture.time.timex_ids) == {"t2", "t3"}


def test_sources_keep_their_own_times():
    evs = _events()
    assert by_trigger(evs, "captured").time.resolution == TimeResolution.RELATIVE
    assert by_trigger(evs, "captured").time.interval.earliest == dt.date(2019, 3, 1)
    assert by_trigger(evs, "captured", 1).time.interval.earliest == dt.date(2019, 4, 1)


def test_background_noun_without_coreference_stays_undated():
    text = ("Rebel fighters seized the port of Karsa yesterday, the army said. "
            "The push came after the collapse of the truce.")
    acts = [actor(text, "a1", "Rebel fighters", "Rebel fighters"), actor(text, "a2", "Army", "the army")]
    tms = [timex(text, "t1", "yesterday", "2019-05-09", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2019, 5, 9)))]
    evs = find_events(prepared(text), tms, acts, [place(text, "p1", "Karsa")], REF)
    start = by_trigger(evs, "collapse")
    assert start.time.resolution == TimeResolution.UNDATED
    assert start.time.interval is None
    # the story's own event is still dated by "yesterday"
    assert by_trigger(evs, "seized").time.interval.earliest == dt.date(2019, 5, 9)


def test_reported_background_noun_does_not_take_the_report_time():
    text = ("The army said yesterday that its troops had entered Karsa after the fall of Velst. "
            "Velst fell in March.")
    acts = [actor(text, "a2", "Army", "The army")]
    pls = [place(text, "p1", "Karsa"), place(text, "p3", "Velst")]
    tms = [timex(text, "t1", "yesterday", "2019-05-09", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2019, 5, 9))),
           timex(text, "t2", "March", "2019-03", anchor=TimeAnchor.REFERENCE,
                 interval=(dt.date(2019, 3, 1), dt.date(2019, 3, 31), Precision.MONTH))]
    evs = find_events(prepared(text), tms, acts, pls, REF)
    fall = by_trigger(evs, "fall")
    assert fall.time.interval is not None and fall.time.interval.earliest == dt.date(2019, 3, 1)
    assert fall.time.interval.latest == dt.date(2019, 3, 31)
    assert fall.time.as_written == "March"
    assert fall.time.resolution == TimeResolution.INHERITED


def test_without_reference_date_offsets_are_shared():
    text = "Troops returned after the fall of Velst. Velst fell yesterday."
    tms = [timex(text, "t1", "yesterday", "XXXX-XX-XX", anchor=TimeAnchor.UNRESOLVED)]
    evs = find_events(prepared(text), tms, [actor(text, "a1", "Troops", "Troops")],
                      [place(text, "p3", "Velst")], None)
    fall = by_trigger(evs, "fall")
    assert fall.time.relative_to_reference_days == -1
    assert fall.time.interval is None


def test_when_clause_after_a_time_takes_that_time():
    text = ("The dam has been disputed since early 2021, when Halvard won the contract. "
            "Rebels seized the road yesterday.")
    tms = [timex(text, "t1", "early 2021", "2021", mod="START",
                 interval=(dt.date(2021, 1, 1), dt.date(2021, 4, 30), Precision.YEAR)),
           timex(text, "t2", "yesterday", "2019-05-09", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2019, 5, 9)))]
    acts = [actor(text, "a1", "Halvard", "Halvard"), actor(text, "a2", "Rebels", "Rebels")]
    evs = find_events(prepared(text), tms, acts, [], REF)
    won = by_trigger(evs, "won")
    assert won.time.resolution == TimeResolution.EXPLICIT
    assert won.time.timex_ids == ["t1"]
    assert by_trigger(evs, "seized").time.timex_ids == ["t2"]


def test_a_shared_place_alone_does_not_make_two_ordinary_verbs_one_happening():
    # "reach" is no known kind of happening and the two share only a place: the past arrival of the water
    # must not take the trucks' Friday
    text = ("The government declared an emergency late on Wednesday, hours after the water reached Karsa. "
            "Aid workers said the first trucks were expected to reach Karsa on Friday.")
    acts = [actor(text, "a1", "Government", "The government"), actor(text, "a2", "Aid workers", "Aid workers")]
    tms = [timex(text, "t1", "Wednesday", "2019-05-08", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2019, 5, 8))),
           timex(text, "t2", "Friday", "2019-05-10", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2019, 5, 10)))]
    evs = find_events(prepared(text), tms, acts, [place(text, "p1", "Karsa")], dt.date(2019, 5, 9))
    reached = by_trigger(evs, "reached")
    assert reached.same_as is None
    assert reached.time.interval is None or reached.time.interval.earliest <= dt.date(2019, 5, 9)
    assert by_trigger(evs, "reach").time.interval.earliest == dt.date(2019, 5, 10)


def test_a_known_kind_of_happening_still_links_through_its_place():
    evs = _events()
    assert by_trigger(evs, "capture").time.interval.earliest == dt.date(2019, 3, 1)  # "the capture of Dorvan"
