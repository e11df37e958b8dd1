"""Event times: a range of two expressions ("between 2004 and 2006") lasts from the first to the last; what an
undated past event inherits from its paragraph."""

from __future__ import annotations

import datetime as dt

from newsline.core.model import Precision
from newsline.core.pipeline import extract

REF = dt.date(2024, 3, 1)


def _event(text: str, trigger: str):
    doc = extract(text, REF)
    return next(e for e in doc.events if e.trigger_text.lower() == trigger)


def test_between_two_years_spans_both():
    e = _event("Prosecutors said the bribes were paid between 2004 and 2006 through a bank in Geneva.", "paid")
    assert e.time.interval.earliest == dt.date(2004, 1, 1)
    assert e.time.end_interval.latest == dt.date(2006, 12, 31)
    assert e.time.precision == Precision.YEAR
    assert e.time.as_written == "2004 and 2006"
    assert len(e.time.timex_ids) == 2


def test_from_to_and_a_dash_make_ranges():
    e = _event("He served as mayor of the city from 2010 until 2015.", "served")
    assert (e.time.interval.earliest, e.time.end_interval.latest) == (dt.date(2010, 1, 1), dt.date(2015, 12, 31))
    e = _event("Negotiators met in Vienna from Monday to Wednesday last week.", "met")
    assert e.time.end_interval is not None
    assert e.time.interval.earliest < e.time.end_interval.latest
    e = _event("The 2014-2016 drought destroyed crops across the region.", "destroyed")
    assert e.time.end_interval.latest == dt.date(2016, 12, 31)


def test_two_dates_that_are_not_a_range_stay_apart():
    e = _event("The law was passed in 2004 and amended in 2006.", "passed")
    assert e.time.end_interval is None
    assert e.time.interval.latest == dt.date(2004, 12, 31)


def test_a_present_tense_verb_brings_the_paragraph_back_to_the_story_time():
    text = ("A court on Thursday sentenced the former minister to six years in prison.\n\n"
            "He was arrested in March 2012 and released on bail the following month. He has always denied "
            "wrongdoing. His lawyer said the verdict would be appealed.\n")
    doc = extract(text, REF)
    said = next(e for e in doc.events if e.trigger_text == "said")
    assert said.time.interval is not None and said.time.interval.earliest.year == 2024
    released = next(e for e in doc.events if e.trigger_text == "released")
    assert released.time.interval.earliest == dt.date(2012, 4, 1)


def test_without_a_present_tense_verb_the_paragraph_keeps_its_date():
    text = ("A court on Thursday sentenced the former minister to six years in prison.\n\n"
            "Rebels seized the road on 3 February 2024. The rebels said they wanted the contract cancelled.\n")
    doc = extract(text, REF)
    said = next(e for e in doc.events if e.trigger_text == "said")
    assert said.time.interval.earliest == dt.date(2024, 2, 3)


def test_a_date_heading_a_list_line_dates_its_events():
    text = ("Election officials certify result after recount\n\n"
            "Published 12 December 2022 · By Tomas Berg\n\n"
            "The election commission certified the result of the run-off on Monday.\n\n"
            "Key dates:\n\n"
            "- 20 November: no candidate wins a majority in the first round\n"
            "- 5 December: the opposition party files for a recount in three districts\n")
    doc = extract(text, None)
    assert doc.reference_date.value == dt.date(2022, 12, 12)
    by_trigger = {e.trigger_text: e for e in doc.events}
    assert by_trigger["wins"].time.interval.earliest == dt.date(2022, 11, 20)
    assert by_trigger["files"].time.interval.earliest == dt.date(2022, 12, 5)
    # the line with the date and the byline is not narrative: the writer is no actor, "Published" no event
    assert not any(a.name == "Tomas Berg" for a in doc.actors)
    assert "Published" not in by_trigger


def test_a_relative_clause_inside_an_apposition_ends_at_its_comma():
    text = "General Motors, an automaker which has filed for bankruptcy, announced that Penske was selected."
    doc = extract(text, REF)
    gm = next(a for a in doc.actors if a.name == "General Motors")
    by_trigger = {e.trigger_text: e for e in doc.events}
    assert gm.id in [p.actor_id for p in by_trigger["announced"].participants]
    assert gm.id not in [p.actor_id for p in by_trigger["selected"].participants]


def test_a_past_event_does_not_inherit_a_date_after_the_reference_date():
    text = ("The Senate voted late Friday to fund the government through January.\n\n"
            "Lawmakers must agree on full-year spending by mid-January. Johnson said he would not support "
            "another extension.\n")
    doc = extract(text, dt.date(2023, 11, 17))
    said = next(e for e in doc.events if e.trigger_text == "said")
    assert said.time.interval is not None and said.time.interval.latest <= dt.date(2023, 11, 17)


def test_a_time_closing_a_superlative_since_phrase_does_not_date_the_event():
    text = ("Wheat prices fell 3% in Chicago on Thursday.\n\n"
            "The river peaked at 6.2 metres, its highest level since 1998, officials said.\n"
            "Corn traded at $5 a bushel, the lowest price for the grain since June.\n"
            "The port reopened for the first time since March.\n")
    doc = extract(text, REF)
    for word in ("peaked", "traded", "reopened"):
        e = next(e for e in doc.events if e.trigger_text == word)
        assert e.time.as_written == "Thursday", (word, e.time.as_written)  # the story's time, inherited


def test_a_present_tense_quote_before_its_reporting_verb_stops_inheritance():
    text = ("Dockers walked out at the port of Osk on Thursday.\n\n"
            "Union leaders said the strike was a response to the company's decision last month to cut pay.\n"
            "\"The company is testing our patience,\" said Ana Ruiz, a union organiser.\n")
    doc = extract(text, dt.date(2024, 3, 15))
    said = [e for e in doc.events if e.trigger_text == "said"][-1]
    testing = next(e for e in doc.events if e.trigger_text == "testing")
    cut = next(e for e in doc.events if e.trigger_text == "cut")
    assert cut.time.as_written == "last month"
    assert said.time.as_written == testing.time.as_written == "Thursday"  # not "last month"
