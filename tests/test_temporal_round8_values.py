"""Round 8 of the value fixes: which instance a relative expression names (quarters in forecasts, seasons
around the turn of the year, vague future periods). The sentences are written for these tests; each names the
expression, the reference date and the value expected."""

import datetime as dt

from temporal_helpers import only


# ---------------------------------------------------------------- a quarter in a forecast
def test_a_forecast_quarter_whose_last_instance_is_long_over_is_the_coming_one():
    text = "The lender expects loan growth to pick up in the second quarter."
    assert only(text, "the second quarter", dt.date(2024, 3, 14)).value == "2024-Q2"


def test_a_quarter_forecast_in_the_autumn_for_an_early_quarter_is_next_years():
    text = "The retailer warned that first-quarter sales would fall as shoppers cut back."
    assert only(text, "first-quarter", dt.date(2023, 11, 20)).value == "2024-Q1"


def test_results_still_to_be_reported_belong_to_the_quarter_that_just_ended():
    text = "The carmaker will report fourth-quarter results on Jan. 25."
    assert only(text, "fourth-quarter", dt.date(2024, 1, 10)).value == "2023-Q4"


def test_a_forecast_for_the_quarter_just_ended_keeps_that_quarter():
    text = "The chipmaker said it expects a third-quarter loss when it reports next month."
    assert only(text, "third-quarter", dt.date(2023, 10, 12)).value == "2023-Q3"


def test_a_forecast_for_the_current_quarter_is_this_years():
    text = "Analysts expect third-quarter revenue of $2 billion."
    assert only(text, "third-quarter", dt.date(2024, 7, 2)).value == "2024-Q3"


def test_a_quarter_reported_in_the_past_is_still_the_latest_one_with_that_number():
    text = "Second-quarter profit fell 12%, the airline said."
    assert only(text, "Second-quarter", dt.date(2024, 1, 10)).value == "2023-Q2"


# ---------------------------------------------------------------- vague future periods
def test_coming_quarters_is_the_future_like_coming_months():
    text = "Margins should improve in coming quarters as costs ease, the insurer said."
    t = only(text, "coming quarters", dt.date(2022, 5, 3))
    assert (t.type.value, t.value) == ("DATE", "FUTURE_REF")


# ---------------------------------------------------------------- this winter, seen from spring or autumn
def test_this_winter_told_in_spring_is_the_winter_just_gone():
    text = "This winter has been the mildest on record in the Alps, forecasters said."
    assert only(text, "This winter", dt.date(2024, 3, 14)).value == "2023-WI"


def test_this_winter_in_a_forecast_is_the_coming_winter():
    text = "Gas prices could soar this winter if supplies stay tight."
    assert only(text, "this winter", dt.date(2024, 9, 14)).value == "2024-WI"


def test_this_winter_told_in_the_past_in_summer_is_the_last_winter():
    text = "Ski resorts said this winter was their worst season in decades."
    assert only(text, "this winter", dt.date(2024, 7, 2)).value == "2023-WI"


def test_this_winter_in_autumn_is_the_coming_winter_whatever_the_tense():
    text = "Ski resorts said this winter was shaping up to be their best season in years."
    assert only(text, "this winter", dt.date(2024, 10, 2)).value == "2024-WI"


def test_this_winter_in_january_is_the_winter_under_way():
    text = "This winter is the coldest the city has seen."
    assert only(text, "This winter", dt.date(2024, 1, 20)).value == "2023-WI"


# ---------------------------------------------------------------- the expression's own words are no tense cue
def test_the_next_month_opening_a_past_sentence_is_the_month_after_the_storys():
    text = "The refinery caught fire in May. The next month, its owner was sold to a rival."
    t = only(text, "The next month", dt.date(2022, 6, 15))
    assert (t.type.value, t.value) == ("DATE", "2022-06")


def test_the_next_year_opening_a_past_sentence_is_the_year_after_the_storys():
    text = "The mine closed in 2016. The next year, the town lost its school."
    assert only(text, "The next year", dt.date(2022, 6, 15)).value == "2017"


def test_the_next_year_as_a_subject_of_a_future_is_still_a_period():
    text = "The mine closed in 2016. The next year will decide whether the town survives."
    t = only(text, "The next year", dt.date(2022, 6, 15))
    assert (t.type.value, t.value) == ("DURATION", "P1Y")


# ---------------------------------------------------------------- a season counted from the story's time
def test_that_summer_after_a_year_is_that_years_summer():
    text = "The steelworks shut down in 2008. That summer, hundreds of workers marched on the town hall."
    assert only(text, "That summer", dt.date(2011, 6, 15)).value == "2008-SU"


def test_the_next_spring_after_a_year_is_the_spring_of_the_year_after():
    text = "She opened the bakery in 1995; the next spring she hired twenty people."
    assert only(text, "the next spring", dt.date(2011, 6, 15)).value == "1996-SP"


def test_the_following_winter_after_a_spring_month_is_the_winter_starting_that_december():
    text = "The river burst its banks in March 2008. The following winter was the harshest in memory."
    assert only(text, "The following winter", dt.date(2011, 6, 15)).value == "2008-WI"


def test_the_previous_summer_before_a_spring_month_is_last_years_summer():
    text = "The river burst its banks in March 2008. The previous summer had been unusually dry."
    assert only(text, "The previous summer", dt.date(2011, 6, 15)).value == "2007-SU"


# ---------------------------------------------------------------- a sentence that opens with its year
def test_bare_months_in_a_sentence_opening_with_a_year_take_that_year():
    text = "In 2009, the carmaker filed for bankruptcy in June and emerged from court protection in July."
    ref = dt.date(2011, 6, 15)
    assert only(text, "June", ref).value == "2009-06"
    assert only(text, "July", ref).value == "2009-07"


def test_a_month_day_in_a_sentence_opening_with_a_year_takes_that_year():
    text = "During 2016, the airline lost two aircraft, the second on Nov. 28 near Medellin."
    assert only(text, "Nov. 28", dt.date(2019, 2, 1)).value == "2016-11-28"


def test_a_year_inside_the_sentence_does_not_set_the_months_year():
    text = "Jobless claims hit their highest level since 1983 in March, the ministry said."
    assert only(text, "March", dt.date(2011, 6, 15)).value == "2011-03"


# ---------------------------------------------------------------- a short year range before a unit
def test_a_short_year_range_before_fiscal_year_is_two_years_not_a_duration():
    text = "The treasury expects the economy to grow 2% in the 2017-18 fiscal year."
    ref = dt.date(2016, 11, 10)
    assert only(text, "2017", ref).value == "2017"
    assert only(text, "18", ref).value == "2018"


# ---------------------------------------------------------------- a past verb governing a month-day
def test_a_day_after_on_governed_by_an_irregular_past_verb_stays_in_the_past_at_year_end():
    text = "The smoking ban took effect on Jan. 1 and bars have complied, inspectors said."
    assert only(text, "Jan. 1", dt.date(2023, 12, 30)).value == "2023-01-01"


def test_a_day_naming_a_deadline_still_takes_the_near_year():
    text = "The minister gave no reason for the Jan. 14 deadline."
    assert only(text, "Jan. 14", dt.date(2023, 12, 30)).value == "2024-01-14"


def test_a_report_told_in_the_present_for_a_quarter_long_over_names_the_coming_one():
    text = "The brewer publishes its third-quarter figures on 21 October."
    assert only(text, "third-quarter", dt.date(2025, 6, 12)).value == "2025-Q3"


def test_a_report_told_in_the_present_of_the_quarter_just_ended_keeps_it():
    text = "The brewer reports second-quarter profit up 10%."
    assert only(text, "second-quarter", dt.date(2025, 8, 2)).value == "2025-Q2"


# ---------------------------------------------------------------- a month-day with "last/next year" after it
def test_a_month_day_followed_by_last_year_takes_last_year():
    text = "The talks began on Jan. 3 last year and collapsed in March."
    ref = dt.date(2023, 6, 10)
    assert only(text, "Jan. 3", ref).value == "2022-01-03"
    assert only(text, "last year", ref).value == "2022"


def test_a_day_month_followed_by_next_year_takes_next_year():
    text = "The festival returns on 5 May next year."
    assert only(text, "5 May", dt.date(2023, 6, 10)).value == "2024-05-05"


def test_a_quarter_seen_or_missed_in_the_past_is_no_forecast():
    ref = dt.date(2023, 11, 20)
    assert only("The retailer saw first-quarter sales fall 5%.", "first-quarter", ref).value == "2023-Q1"
    assert only("The retailer may have lost money in the first quarter.", "the first quarter", ref).value == "2023-Q1"
    text = "Analysts had expected second-quarter profit to rise, but it fell."
    assert only(text, "second-quarter", ref).value == "2023-Q2"


# ---------------------------------------------------------------- a weekday closing a span
def test_a_weekday_after_through_in_a_present_clause_lies_ahead():
    ref = dt.date(2023, 5, 15)  # a Monday
    assert only("Early voting continues through Friday.", "Friday", ref).value == "2023-05-19"
    assert only("The exhibition runs until Sunday.", "Sunday", ref).value == "2023-05-21"


def test_a_weekday_after_until_in_a_past_clause_lies_behind():
    assert only("The curfew lasted until Friday.", "Friday", dt.date(2023, 5, 15)).value == "2023-05-12"
