"""Made-up articles (a court case, an earthquake, a company merger) with hand-built actors, places and times,
and the events a reader would expect from them."""

from __future__ import annotations

import datetime as dt

from test_events_inputs import actor, by_trigger, day, place, prepared, timex

from newsline.core.events.extract import find_events
from newsline.core.model import (Certainty, EventClass, PlaceKind, Precision, Role, TimeAnchor, TimeResolution,
                                 TimeType)


def roles(event):
    return {(p.actor_id, p.role) for p in event.participants}


# ------------------------------------------------------------------------------------------------ court
COURT = ("A federal judge in Boston sentenced former banker John Miller to five years in prison on Tuesday for fraud. "
         "Miller was convicted in March of stealing $2 million from his clients. "
         "His lawyer said Miller would appeal the verdict. "
         "Prosecutors had argued that Miller hid the money in offshore accounts.")


def court_events():
    acts = [actor(COURT, "a1", "Federal judge", "A federal judge"),
            actor(COURT, "a2", "John Miller", "John Miller", "Miller"),
            actor(COURT, "a3", "Miller's lawyer", "His lawyer"),
            actor(COURT, "a4", "Prosecutors")]
    tms = [timex(COURT, "t1", "Tuesday", "2024-05-14", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2024, 5, 14))),
           timex(COURT, "t2", "March", "2024-03", anchor=TimeAnchor.REFERENCE,
                 interval=(dt.date(2024, 3, 1), dt.date(2024, 3, 31), Precision.MONTH)),
           timex(COURT, "t3", "five years", "P5Y", type_=TimeType.DURATION, anchor=TimeAnchor.NONE)]
    return find_events(prepared(COURT), tms, acts, [place(COURT, "p1", "Boston")], dt.date(2024, 5, 16))


def test_court_sentence_has_judge_as_agent_and_defendant_as_patient():
    e = by_trigger(court_events(), "sentenced")
    assert roles(e) >= {("a1", Role.AGENT), ("a2", Role.PATIENT)}
    assert e.label == "Federal judge sentences John Miller"
    assert e.time.interval.earliest == dt.date(2024, 5, 14) and e.time.certainty == Certainty.CERTAIN
    assert "p1" in e.place_ids
    # "five years in prison" is a sentence length, not how long the sentencing lasted
    assert e.time.end_interval is None


def test_court_conviction_is_passive_and_dated_to_the_month():
    e = by_trigger(court_events(), "convicted")
    assert ("a2", Role.PATIENT) in roles(e) and ("a2", Role.AGENT) not in roles(e)
    assert e.label == "John Miller convicted"
    assert e.time.precision == Precision.MONTH and e.time.certainty == Certainty.APPROXIMATE


def test_court_lawyer_reports_an_appeal_that_has_not_happened():
    events = court_events()
    said = by_trigger(events, "said")
    appeal = by_trigger(events, "appeal")
    assert appeal.id in said.reports_event_ids
    assert appeal.attribution.source_actor_id == "a3"
    assert appeal.certainty < 1.0  # "would appeal"
    assert ("a2", Role.AGENT) in roles(appeal)
    assert ("a2", Role.PATIENT) not in roles(said)  # Miller is the subject of what was said, not its object


def test_court_argued_that_reports_its_complement():
    events = court_events()
    argued = by_trigger(events, "argued")
    hid = by_trigger(events, "hid")
    assert argued.event_class == EventClass.REPORTING
    assert hid.attribution is not None and hid.attribution.source_text == "Prosecutors"


# ------------------------------------------------------------------------------------------------ earthquake
QUAKE = ("A magnitude 6.4 earthquake struck southern Turkey on Monday, killing at least 12 people, officials said. "
         "The quake hit the province of Hatay shortly after 4am. "
         "Rescue teams were searching collapsed buildings in Antakya on Monday night. "
         "Aftershocks could continue for days, the national disaster agency warned.")


def quake_events():
    acts = [actor(QUAKE, "a1", "Officials", "officials"), actor(QUAKE, "a2", "Rescue teams"),
            actor(QUAKE, "a3", "National disaster agency", "the national disaster agency")]
    pls = [place(QUAKE, "p1", "Turkey", "southern Turkey", kind=PlaceKind.COUNTRY),
           place(QUAKE, "p2", "Hatay", kind=PlaceKind.REGION), place(QUAKE, "p3", "Antakya")]
    monday = dt.date(2023, 3, 6)
    tms = [timex(QUAKE, "t1", "Monday", "2023-03-06", anchor=TimeAnchor.REFERENCE, interval=day(monday)),
           timex(QUAKE, "t2", "4am", "2023-03-06T04:00", type_=TimeType.TIME, anchor=TimeAnchor.NARRATIVE,
                 interval=(monday, monday, Precision.HOUR)),
           timex(QUAKE, "t3", "Monday night", "2023-03-06TNI", type_=TimeType.TIME, anchor=TimeAnchor.REFERENCE,
                 interval=(monday, monday, Precision.PART_OF_DAY))]
    return find_events(prepared(QUAKE), tms, acts, pls, dt.date(2023, 3, 7))


def test_quake_noun_and_verb_are_events_with_the_place():
    events = quake_events()
    quake = by_trigger(events, "earthquake")
    struck = by_trigger(events, "struck")
    assert "p1" in quake.place_ids and "p1" in struck.place_ids
    assert struck.label == "Earthquake strikes Turkey"
    assert struck.time.interval.earliest == dt.date(2023, 3, 6)
    assert struck.same_as == quake.id


def test_quake_time_anchored_on_the_story_is_narrative():
    hit = by_trigger(quake_events(), "hit")
    assert hit.time.resolution == TimeResolution.NARRATIVE
    assert hit.time.timex_ids == ["t2"]
    assert hit.label == "Quake hits Hatay"


def test_quake_rescue_and_postposed_warning():
    events = quake_events()
    search = by_trigger(events, "searching")
    assert ("a2", Role.AGENT) in roles(search) and "p3" in search.place_ids
    assert not any(e.trigger_text == "collapsed" for e in events)  # an adjective before "buildings"
    cont = by_trigger(events, "continue")
    warned = by_trigger(events, "warned")
    assert cont.id in warned.reports_event_ids
    assert cont.certainty <= 0.5  # "could"
    assert ("a3", Role.PATIENT) not in roles(cont)
    said = by_trigger(events, "said")
    assert by_trigger(events, "struck").id in said.reports_event_ids


# ------------------------------------------------------------------------------------------------ merger
MERGER = ("Shares of Northwind Foods rose 8 per cent on Wednesday after the company agreed to buy rival Harbour "
          "Snacks for $1.2 billion. The deal, which is expected to close in the third quarter, still needs approval "
          "from regulators. Harbour Snacks did not comment on the talks. "
          "Analysts said the merger would create the country's largest snack maker.")


def merger_events():
    acts = [actor(MERGER, "a1", "Northwind Foods", "Northwind Foods", "the company"),
            actor(MERGER, "a2", "Harbour Snacks"), actor(MERGER, "a3", "Regulators", "regulators"),
            actor(MERGER, "a4", "Analysts")]
    tms = [timex(MERGER, "t1", "Wednesday", "2021-06-09", anchor=TimeAnchor.REFERENCE, interval=day(dt.date(2021, 6, 9))),
           timex(MERGER, "t2", "the third quarter", "2021-Q3", anchor=TimeAnchor.REFERENCE,
                 interval=(dt.date(2021, 7, 1), dt.date(2021, 9, 30), Precision.QUARTER))]
    return find_events(prepared(MERGER), tms, acts, [], dt.date(2021, 6, 10))


def test_merger_buyer_and_target():
    events = merger_events()
    agreed = by_trigger(events, "agreed")
    buy = by_trigger(events, "buy")
    assert ("a1", Role.AGENT) in roles(agreed)
    assert agreed.event_class == EventClass.I_ACTION
    assert roles(buy) >= {("a1", Role.AGENT), ("a2", Role.PATIENT)}
    assert buy.label == "Northwind Foods buys Harbour Snacks"
    assert buy.certainty < 1.0  # agreed to buy: not bought yet
    assert by_trigger(events, "rose").label == "Shares rise"


def test_merger_expected_close_is_hedged_and_dated_to_the_quarter():
    close = by_trigger(merger_events(), "close")
    assert close.certainty <= 0.5
    assert close.time.precision == Precision.QUARTER and close.time.certainty == Certainty.APPROXIMATE


def test_merger_no_comment_is_negated_and_reports_nothing():
    events = merger_events()
    comment = by_trigger(events, "comment")
    assert comment.negated
    assert comment.reports_event_ids == []
    assert by_trigger(events, "talks").attribution is None


def test_merger_analysts_report_the_merger():
    events = merger_events()
    said = by_trigger(events, "said")
    assert by_trigger(events, "merger").id in said.reports_event_ids
    assert said.label.startswith("Analysts: ")
