"""Round 6 of the temporal fixes, found on the dev half of MEANTIME (corpus_airbus + corpus_apple): general rules
for what the TimeML guidelines tag, each test a sentence of its own with the reference date and the value
expected."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times
from temporal_helpers import only


def by_text(times):
    return {t.text: t for t in times}


# ---------------------------------------------------------------- a position in a financial year
def test_the_beginning_of_the_financial_year_is_the_year_with_its_start():
    t = only("The retailer cut prices at the beginning of the financial year.", "the beginning of the financial year",
             dt.date(2012, 6, 4))
    assert (t.value, t.mod) == ("2012", "START")


def test_the_very_end_of_the_year_keeps_very_and_its_year():
    # without "the very", "end of the year" was read as a year-end already past (2011)
    t = only("The plant will close at the very end of the year.", "the very end of the year", dt.date(2012, 6, 4))
    assert (t.value, t.mod) == ("2012", "END")


# ---------------------------------------------------------------- a time zone with an offset
def test_a_bracketed_zone_with_an_offset_is_taken_whole():
    # was "8:15 a.m. (UTC": half a bracket
    times = tag_times("The ship will dock at 8:15 a.m. (UTC +2) on Friday.", dt.date(2019, 3, 6))
    assert [(t.text, t.value) for t in times] == [("8:15 a.m. (UTC +2) on Friday", "2019-03-08T08:15")]


def test_an_unclosed_bracket_after_a_time_is_left_out():
    t = only("The talks began at 11 p.m. (GMT, the organisers said).", "11 p.m.", dt.date(2019, 3, 6))
    assert t.value == "2019-03-06T23:00"


# ---------------------------------------------------------------- a delay against a plan
def test_an_amount_later_than_planned_is_the_delay_not_a_date_counted_from_the_story():
    # was "two weeks later" = two weeks after the 3 May named before it: the plan's date is not the story's
    text = "The bridge opened on 3 May, two weeks later than originally scheduled."
    times = by_text(tag_times(text, dt.date(2015, 5, 4)))
    assert times["3 May"].value == "2015-05-03"
    assert (times["two weeks"].type.value, times["two weeks"].value) == ("DURATION", "P2W")


def test_an_amount_earlier_than_expected_is_the_lead():
    t = only("The results arrived a month earlier than expected.", "a month", dt.date(2015, 5, 4))
    assert (t.type.value, t.value) == ("DURATION", "P1M")


# ---------------------------------------------------------------- a period of unstated length
def test_an_indefinite_period_is_a_duration_of_unstated_length():
    t = only("The minister stepped aside for an indefinite period while the inquiry runs.", "an indefinite period",
             dt.date(2016, 2, 9))
    assert (t.type.value, t.value) == ("DURATION", "PXX")


def test_an_unspecified_period_of_time_is_taken_whole():
    t = only("The plant will stay shut for an unspecified period of time.", "an unspecified period of time",
             dt.date(2016, 2, 9))
    assert (t.type.value, t.value) == ("DURATION", "PXX")


# ---------------------------------------------------------------- an offset from today (probed, not from MEANTIME)
def test_an_amount_from_today_is_one_date_like_from_now():
    # was "ten days" (P10D) and "today" apart: the vote's date was lost
    t = only("The runoff vote is ten days from today.", "ten days from today", dt.date(2018, 4, 2))
    assert (t.type.value, t.value) == ("DATE", "2018-04-12")
