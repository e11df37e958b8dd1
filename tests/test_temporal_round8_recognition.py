"""Round 8: which strings are tagged and where they begin and end (recognition), checked against the TimeML
conventions of the TempEval-3 training data. Every sentence here is written for the test; none comes from a
corpus."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times
from temporal_helpers import only

REF = dt.date(2021, 5, 12)


def texts(sentence, ref=REF):
    return [t.text for t in tag_times(sentence, ref)]


# ---------------------------------------------------------------- "now" as a time and as a discourse marker
def test_now_that_keeps_now_as_the_present():
    # "now that the bridge is open" = at present, since the bridge is open: the present is still referred to
    t = only("Traders expect lower prices now that the bridge has reopened.", "now", REF)
    assert (t.type.value, t.value) == ("DATE", "PRESENT_REF")


def test_now_mid_sentence_is_still_the_present():
    t = only("The airline now flies to nine cities in the region.", "now", REF)
    assert t.value == "PRESENT_REF"


def test_sentence_initial_now_with_a_comma_is_still_a_time():
    # "Now, she argues, ..." sets the present against the past; the TBAQ gold leaves its 3 cases untagged, but
    # they stand in files that tag no "now" at all, and list 3 of the modern cases tags the same shape
    t = only('The plan looked sound. Now, she argues, the terms have changed.', "Now", REF)
    assert t.value == "PRESENT_REF"


def test_now_for_opening_a_segment_is_not_a_time():
    assert texts("Thanks for joining us. Now for a look at the weather.") == []


def test_sentence_initial_now_without_a_comma_is_a_time():
    t = only("The mill closed in 1998. Now the town relies on tourism.", "Now", REF)
    assert t.value == "PRESENT_REF"


# ---------------------------------------------------------------- degree adverbs of "recently"
def test_more_recently_is_one_expression():
    t = only("The group first campaigned on housing. More recently it has turned to transport.", "More recently", REF)
    assert t.value == "PAST_REF"


def test_most_recently_is_one_expression():
    assert "most recently" in texts("The museum has been robbed three times, most recently in a raid by night.")


# ---------------------------------------------------------------- "today's" as the present age
def test_todays_youth_names_an_age_not_a_day():
    assert texts("Critics say today's youth read fewer newspapers than their parents did.") == []


def test_todays_world_is_not_tagged_but_todays_meeting_is_the_day():
    assert texts("In today's world, supply chains are global.") == []
    t = only("The board will vote at today's meeting.", "today", REF)
    assert t.value == "2021-05-12"


# ---------------------------------------------------------------- "the then-current": the present of a past time
def test_the_then_current_price_is_a_past_reference():
    t = only("Holders could buy shares at half the then-current market price.", "then-current", REF)
    assert t.value == "PAST_REF"
    assert only("Holders could buy shares at half the then current price.", "then current", REF).value == "PAST_REF"


def test_then_as_a_next_step_before_current_is_not_taken_with_it():
    assert "then current" not in texts("Orders slowed, then current customers began to cancel.")


# ---------------------------------------------------------------- rates that are measures, not recurring times
def test_a_growth_rate_with_annually_is_not_a_set():
    assert texts("The brewer expects volumes to grow 6% annually through the decade.") == []
    assert texts("Fares have risen 4 percent annually.") == []


def test_an_average_daily_measure_is_not_a_set():
    assert texts("The exchange's average daily turnover reached 2 billion shares.") == []


def test_annually_and_daily_as_recurrence_stay_sets():
    t = only("The festival is held annually in the old harbour.", "annually", REF)
    assert (t.type.value, t.value) == ("SET", "P1Y")
    assert only("Protesters gather daily outside the ministry.", "daily", REF).type.value == "SET"


# ---------------------------------------------------------------- "Today" in a masthead or programme name
def test_today_after_an_acronym_is_a_title():
    assert texts("The survey was first reported by USA Today.") == []
    assert [t.text for t in tag_times("She told NPR Today on Friday that talks had stalled.", REF)] == ["Friday"]


def test_capitalised_today_opening_a_sentence_is_the_day():
    t = only("Rates were cut in March. Today the bank held them.", "Today", REF)
    assert t.value == "2021-05-12"


# ---------------------------------------------------------------- "most recent" as a ranking
def test_most_recent_before_a_thing_is_a_ranking_not_a_time():
    assert texts("The carmaker recalled its most recent hatchback.") == []


def test_most_recent_before_a_calendar_unit_is_still_that_unit():
    t = only("Margins narrowed in the most recent quarter.", "the most recent quarter", REF)
    assert t.value == "2021-Q1"


def test_now_for_the_first_time_is_still_the_present():
    t = only("The plant was idle for a decade. Now for the first time it runs at full capacity.", "Now", REF)
    assert t.value == "PRESENT_REF"
    assert "Now" in texts("Rents fell in the spring. Now for months they have risen.")
    assert texts("That is all from the markets desk. Now for sports.") == []
