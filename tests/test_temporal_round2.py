"""Round 2 of the value fixes: look-backs that skip a forecast, modal futures, "March of this year", clock
ranges sharing their day, bare clock times in past narratives. Each test names the expression, the reference
date and the value expected."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times
from temporal_helpers import only


def by_text(times):
    return {t.text: t for t in times}


# ---------------------------------------------------------------- "a year earlier" after a forecast
def test_a_year_earlier_skips_a_forecast_year_and_leans_on_the_reported_quarter():
    text = ("Net income was $5 million in the third quarter. The company said it expects earnings in 1990 to "
            "grow. A year earlier, it earned $4 million.")
    assert only(text, "A year earlier", dt.date(1989, 11, 2)).value == "1988-Q3"


def test_a_year_earlier_after_only_a_forecast_uses_the_reference_date():
    text = "The company expects profit to rise in 1990. Profit fell 5% from a year earlier."
    assert only(text, "a year earlier", dt.date(1989, 11, 2)).value == "1988"


def test_a_year_earlier_after_a_past_year_still_leans_on_it():
    text = "Sales rose in 1987. A year earlier they fell."
    assert only(text, "A year earlier", dt.date(1989, 11, 2)).value == "1986"


# ---------------------------------------------------------------- modal futures look ahead
def test_should_close_around_year_end_is_this_year():
    assert only("The deal should close around year end.", "around year end", dt.date(1989, 10, 30)).value == "1989"


def test_may_before_a_bare_month_looks_ahead():
    assert only("The plant may reopen in March.", "March", dt.date(1989, 10, 30)).value == "1990-03"


def test_should_have_is_not_a_future():
    assert only("The plant should have reopened in March.", "March", dt.date(1989, 10, 30)).value == "1989-03"


def test_the_month_may_is_not_a_modal():
    assert only("The plant reopened on May 6.", "May 6", dt.date(1989, 10, 30)).value == "1989-05-06"


# ---------------------------------------------------------------- "March of this year"
def test_month_of_next_year_takes_next_year():
    times = by_text(tag_times("In October of next year, the plan ends.", dt.date(1989, 12, 30)))
    assert times["October"].value == "1990-10" and times["next year"].value == "1990"


def test_month_of_this_year_said_early_in_the_year_told_in_the_past():
    assert only("The plant opened in November of this year.", "November", dt.date(1990, 1, 15)).value == "1990-11"


def test_month_of_last_year():
    assert only("The plant opened in March of last year.", "March", dt.date(1990, 6, 15)).value == "1989-03"


# ---------------------------------------------------------------- clock ranges
def test_clock_range_start_takes_the_day_after_the_range():
    times = by_text(tag_times("The rally will run from 9 to 11 a.m. on Monday.", dt.date(2000, 4, 5)))
    assert times["9"].value == "2000-04-10T09:00"
    assert times["11 a.m. on Monday"].value == "2000-04-10T11:00"


def test_clock_range_start_without_a_day_keeps_the_reference_day():
    assert only("Polls are open between 8 and 10 p.m.", "8", dt.date(2000, 4, 5)).value == "2000-04-05T20:00"


# ---------------------------------------------------------------- bare clock times in past narratives
def test_bare_clock_time_in_the_past_takes_the_story_day_given_further_back():
    text = ("Slepian was shot to death last Oct. 23 at his home. Evidence from 1994 and 1997 was found. "
            "He was shot at 10 p.m. as he stood in the kitchen.")
    t = only(text, "10 p.m.", dt.date(1999, 4, 19))
    assert t.value == "1998-10-23T22:00"
    assert t.anchor_time_id == by_text(tag_times(text, dt.date(1999, 4, 19)))["Oct. 23"].id


def test_bare_clock_time_in_the_future_keeps_the_reference_day():
    text = "The attack came on Oct. 23. Police arrived in 1994. The talks will start at 10 a.m."
    assert only(text, "10 a.m.", dt.date(1999, 4, 19)).value == "1999-04-19T10:00"


# ---------------------------------------------------------------- "earlier in the year", units of measure
def test_earlier_in_the_year_is_the_reference_year_with_start():
    t = only("Herbicide use was delayed earlier in the year by heavy rains.", "earlier in the year",
             dt.date(1989, 10, 25))
    assert (t.value, t.mod) == ("1989", "START")


def test_later_in_the_month_takes_the_year_of_its_sentence():
    t = only("In March 1987 the plant closed, and later in the month it reopened.", "later in the month",
             dt.date(1989, 10, 25))
    assert (t.value, t.mod) == ("1987-03", "END")


def test_late_in_the_day_is_an_idiom():
    assert [t.text for t in tag_times("It is late in the day for reform.", dt.date(1989, 10, 25))] == []


def test_per_second_is_a_unit_of_measure_not_a_set():
    text = "Intel clocks the chip at 15 million instructions per second, and the car does 60 miles an hour."
    assert [t.text for t in tag_times(text, dt.date(1989, 10, 25))] == []


def test_a_money_rate_per_year_is_still_a_set():
    assert only("It will save $2 million a year.", "a year", dt.date(1989, 10, 25)).value == "P1Y"


def test_twice_an_hour_is_still_a_set():
    t = only("Buses leave twice an hour.", "twice an hour", dt.date(1989, 10, 25))
    assert (t.value, t.freq) == ("PT1H", "2X")


def test_an_hour_after_a_measure_is_not_a_duration_but_alone_it_is():
    assert [t.text for t in tag_times("The storm moved at 60 miles an hour.", dt.date(1989, 10, 25))] == []
    assert only("The storm lasted an hour.", "an hour", dt.date(1989, 10, 25)).value == "PT1H"


# ---------------------------------------------------------------- "this crucial moment", "a lengthy period"
def test_this_crucial_moment_is_present_ref():
    t = only("At this crucial moment, the alliance must act.", "this crucial moment", dt.date(1990, 8, 15))
    assert (t.type.value, t.value) == ("DATE", "PRESENT_REF")


def test_this_moment_of_truth_is_not_a_time():
    assert [t.text for t in tag_times("This moment of truth came late.", dt.date(1990, 8, 15))] == []


def test_a_fairly_lengthy_period_is_a_vague_duration():
    t = only("He expects the standoff to last a fairly lengthy period.", "a fairly lengthy period",
             dt.date(1990, 8, 15))
    assert (t.type.value, t.value) == ("DURATION", "PXX")


def test_a_short_period_of_time_takes_of_time():
    assert only("Prices rose for a short period of time.", "a short period of time", dt.date(1990, 8, 15)).value == "PXX"


# ---------------------------------------------------------------- a bare month governed by a past verb
def test_past_verb_on_a_month_ten_months_back_keeps_last_year():
    text = "The operator changed from a fiscal year to a calendar year in December."
    assert only(text, "December", dt.date(1989, 10, 27)).value == "1988-12"


def test_sold_in_december_written_in_october_is_last_december():
    assert only("The firm said it sold the unit in December.", "December", dt.date(1989, 10, 27)).value == "1988-12"


def test_reporting_verb_before_a_near_month_keeps_the_near_one():
    text = "Saudi Arabia told oil companies of a cutback in its supply in September."
    assert only(text, "September", dt.date(1990, 8, 16)).value == "1990-09"


def test_infinitive_after_a_past_verb_takes_the_nearest_month():
    text = "The company announced a deal to close in January."
    assert only(text, "January", dt.date(1989, 10, 27)).value == "1990-01"


# ---------------------------------------------------------------- "the quarter ended Sept. 30 ... a year earlier"
def test_the_closing_day_of_a_quarter_does_not_replace_the_quarter_as_the_story_time():
    text = ("The company posted net income of $4 million for the third quarter ended Sept. 30. "
            "It had a net loss of $2 million a year earlier.")
    times = by_text(tag_times(text, dt.date(1989, 10, 26)))
    assert times["Sept. 30"].value == "1989-09-30"
    assert times["a year earlier"].value == "1988-Q3"


def test_a_day_that_does_not_close_a_period_still_moves_the_story():
    text = "The company posted a loss in the third quarter. On Sept. 30 it sold a unit. A year earlier it bought it."
    assert only(text, "A year earlier", dt.date(1989, 10, 26)).value == "1988-09-30"


# ---------------------------------------------------------------- "before" after a past verb
def test_before_a_holiday_after_a_past_verb_is_the_last_one():
    assert only("It happened two days before Christmas.", "Christmas", dt.date(2000, 2, 24)).value == "1999-12-25"


def test_before_a_holiday_in_a_future_clause_is_the_next_one():
    assert only("It will happen two days before Christmas.", "Christmas", dt.date(2000, 2, 24)).value == "2000-12-25"


def test_until_after_a_past_verb_stays_a_deadline():
    text = "The government gave Merieux until mid-November to submit more information."
    assert only(text, "mid-November", dt.date(1989, 10, 26)).value == "1989-11"


# ---------------------------------------------------------------- a holiday week that has begun
def test_easter_week_that_began_on_the_reference_week_is_this_years():
    assert only("Protesters prayed as Easter week began.", "Easter week", dt.date(2000, 4, 17)).value == "2000-W16"


def test_easter_day_told_in_the_past_before_it_comes_is_last_years():
    assert only("Protesters prayed at Easter.", "Easter", dt.date(2000, 4, 17)).value == "1999-04-04"


# ---------------------------------------------------------------- "the past week": the last seven days
def test_the_past_week_written_on_a_friday_is_this_week():
    assert only("Prices rose over the past week.", "the past week", dt.date(2000, 4, 14)).value == "2000-W15"


def test_the_last_week_written_on_a_monday_is_the_week_before():
    assert only("Prices rose in the last week.", "the last week", dt.date(2000, 4, 10)).value == "2000-W14"


def test_last_week_without_the_is_still_the_previous_week():
    assert only("Prices rose last week.", "last week", dt.date(2000, 4, 14)).value == "2000-W14"


def test_a_look_back_in_a_future_narrative_still_leans_on_the_planned_day():
    text = "The vote is set for Friday, Nov. 10. Two days earlier, the committee will meet."
    assert only(text, "Two days earlier", dt.date(1989, 11, 2)).value == "1989-11-08"


def test_the_first_two_quarters_of_a_year_is_its_first_half():
    t = only("Sales will rise in the first two quarters of 1990.", "the first two quarters of 1990", dt.date(1989, 11, 2))
    assert t.value == "1990-H1"


def test_the_last_two_quarters_of_this_year_is_its_second_half():
    text = "Sales fell in the last two quarters of this year."
    assert only(text, "the last two quarters of this year", dt.date(1989, 11, 2)).value == "1989-H2"


# ---------------------------------------------------------------- tokenised text (a space before the comma)
def test_a_year_after_a_spaced_comma_belongs_to_the_date():
    assert only("He was born on April 10 , 1950 .", "April 10 , 1950", dt.date(2008, 3, 12)).value == "1950-04-10"


def test_a_weekday_before_a_spaced_comma_joins_the_date():
    text = "The company said on Monday , March 3 , that profit rose ."
    assert only(text, "Monday , March 3", dt.date(2008, 3, 12)).value == "2008-03-03"


# ---------------------------------------------------------------- "from 5 to 7 June"
def test_first_day_of_a_range_takes_the_month_of_the_second():
    times = by_text(tag_times("The summit will take place from 5 to 7 June.", dt.date(2008, 3, 12)))
    assert times["5"].value == "2008-06-05" and times["7 June"].value == "2008-06-07"


def test_first_day_of_a_range_takes_the_year_of_the_second():
    assert only("Talks were held between 24 and 26 March 2007.", "24", dt.date(2008, 3, 12)).value == "2007-03-24"


def test_a_count_before_a_day_is_not_a_range_start():
    assert "5" not in by_text(tag_times("Scores rose 5 to 7 June.", dt.date(2008, 3, 12)))


# ---------------------------------------------------------------- "to last several months", "a month earlier"
def test_last_as_a_verb_is_not_part_of_the_duration():
    assert only("The trial is expected to last several months.", "several months", dt.date(2013, 3, 14)).value == "PXM"


def test_the_last_several_months_keeps_last():
    assert only("Sales rose over the last several months.", "the last several months", dt.date(2013, 3, 14)).value == "PXM"


def test_a_month_earlier_from_the_time_of_writing_is_a_month():
    assert only("Prices were unchanged from a month earlier.", "a month earlier", dt.date(2013, 3, 14)).value == "2013-02"


def test_a_month_earlier_after_a_day_far_back_keeps_the_day():
    text = "The city fell on June 3, 2011. A month earlier, the siege had begun."
    assert only(text, "A month earlier", dt.date(2013, 3, 14)).value == "2011-05-03"


# ---------------------------------------------------------------- clauses joined by a semicolon
def test_a_semicolon_bounds_the_tense_of_a_weekday():
    times = by_text(tag_times("Next Monday's vote will be close; Monday's debate was heated.", dt.date(2013, 3, 14)))
    assert times["Next Monday"].value == "2013-03-18"
    assert times["Monday"].value == "2013-03-11"
