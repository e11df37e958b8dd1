"""A perfect with a duration ("had walked for two days") is a span ending at the moment it runs up to: the
reference date for a present perfect, the past moment the story names for a past perfect."""

from __future__ import annotations

import datetime as dt

from newsline.core.model import Precision, TimeResolution
from newsline.core.pipeline import extract

REF = dt.date(2024, 3, 18)  # a Monday
FRIDAY = dt.date(2024, 3, 15)


def event(text: str, lemma: str, ref: dt.date | None = REF):
    doc = extract(text, ref)
    found = [e for e in doc.events if e.lemma == lemma]
    assert found, [(e.lemma, e.label) for e in doc.events]
    return found[0]


def test_past_perfect_span_ends_at_the_day_the_clause_names():
    t = event("By Friday the marchers had walked for two days.", "walk").time
    assert (t.end_interval.earliest, t.end_interval.latest) == (FRIDAY, FRIDAY)
    assert t.interval.earliest == t.interval.latest == FRIDAY - dt.timedelta(days=2)
    assert t.resolution == TimeResolution.RELATIVE
    assert "Friday" in t.as_written and "two days" in t.as_written


def test_past_perfect_span_ends_at_the_narrative_time():
    t = event("The convoy reached the capital on Friday. Its drivers had been travelling for three days.",
              "travel").time
    assert t.end_interval.latest == FRIDAY
    assert t.interval.earliest == FRIDAY - dt.timedelta(days=3)
    assert t.resolution == TimeResolution.INHERITED


def test_past_perfect_span_ends_at_a_later_when_clause():
    t = event("The talks had been stalled for three months when the envoy arrived on Friday.", "stall").time
    assert t.end_interval.latest == FRIDAY
    assert t.interval.earliest == dt.date(2023, 12, 15)


def test_coarse_anchor_gives_a_coarse_start():
    t = event("In 2015 the two sides had been fighting for a decade.", "fight").time
    assert (t.end_interval.earliest, t.end_interval.latest) == (dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    assert (t.interval.earliest, t.interval.latest) == (dt.date(2005, 1, 1), dt.date(2005, 12, 31))
    assert t.interval.precision == Precision.YEAR


def test_present_perfect_still_runs_up_to_the_reference_date():
    t = event("The town has been divided for nearly three years.", "divide").time
    assert t.end_interval.latest == REF
    assert t.interval.earliest < dt.date(2021, 3, 18) < t.interval.latest
    assert t.resolution == TimeResolution.RELATIVE


def test_past_perfect_in_a_lead_with_no_other_time_runs_up_to_the_story_day():
    t = event("Striking dockworkers had blocked the harbour for two weeks.", "block").time
    assert t.end_interval.latest == REF
    assert t.interval.earliest == REF - dt.timedelta(days=14)
    assert t.resolution == TimeResolution.RELATIVE


def test_past_perfect_later_in_a_story_ends_at_the_paragraph_time_not_the_reference_date():
    text = ("Dockworkers returned to work on Monday.\n\n"
            "The union said on Friday that a deal had been reached. The workers had stayed out for two weeks.")
    t = event(text, "stay").time
    assert t.end_interval.latest == FRIDAY
    assert t.interval.earliest == FRIDAY - dt.timedelta(days=14)
