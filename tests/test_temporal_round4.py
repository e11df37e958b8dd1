"""Round 4 of the value fixes: which period an earnings report means (a fiscal quarter reported as over, a
quarter dated by its closing day, comparisons of a span of months or of an amount with last year). Each test
names the sentence, the reference date and the value expected."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times
from temporal_helpers import only


def by_text(times):
    return {t.text: t for t in times}


# ---------------------------------------------------------------- the latest quarter
def test_the_latest_period_after_a_reported_fiscal_quarter_is_that_quarter():
    # written on 2 November 1989: the calendar fourth quarter is not over, but the story reports the results
    # of a fiscal fourth quarter (ended Sept. 30), so that quarter is the latest one
    text = ("Ralston Purina Co. reported a 47% decline in fourth-quarter earnings. Sales in the latest period were "
            "$1.76 billion.")
    assert only(text, "the latest period", dt.date(1989, 11, 2)).value == "1989-Q4"


def test_the_latest_quarter_after_a_forecast_quarter_said_in_the_past_is_the_last_one_over():
    text = ("The company said it expected a fourth-quarter charge. Its earnings fell 59% in the latest quarter.")
    assert only(text, "the latest quarter", dt.date(1989, 11, 2)).value == "1989-Q3"


# ---------------------------------------------------------------- a quarter dated by its closing day
def test_a_quarter_ended_on_a_day_a_year_back_is_that_years_quarter():
    text = ("Service Corp. expects to report net income of 15 cents a share for the third quarter. In the "
            "comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss of $12.5 million. "
            "Results for that quarter included a write-down.")
    times = by_text(tag_times(text, dt.date(1989, 10, 27)))
    assert times["Oct. 31"].value == "1988-10-31"
    assert times["the second quarter"].value == "1988-Q2"
    assert times["that quarter"].value == "1988-Q2"


def test_a_fiscal_quarter_ended_this_year_keeps_its_year():
    text = "Sun reported a $20.3 million loss for its fourth quarter ended June 30."
    assert only(text, "fourth quarter", dt.date(1989, 10, 26)).value == "1989-Q4"


# ---------------------------------------------------------------- comparisons of a span of months
def test_a_year_earlier_after_the_nine_months_is_the_year_before():
    text = ("Delta posted net income of $133 million for the quarter. For the nine months, it had net of $18.9 "
            "million, compared with a loss of $9.7 million a year earlier.")
    assert only(text, "a year earlier", dt.date(1989, 10, 26)).value == "1988"


def test_year_earlier_net_after_the_nine_months_is_the_year_before():
    text = ("Third-quarter net fell 5%. For the nine months, the company reported a net loss of $608,413, "
            "compared with year-earlier net income of $967,809.")
    assert only(text, "year-earlier", dt.date(1989, 11, 2)).value == "1988"


def test_the_1988_period_and_year_ago_after_the_first_nine_months_are_the_year():
    text = ("Third-quarter profit rose. In the first nine months, net was $306 million, compared with a loss of "
            "$195 million in the 1988 period. The year-ago results included a charge.")
    times = by_text(tag_times(text, dt.date(1989, 11, 2)))
    assert times["the 1988 period"].value == "1988"
    assert times["year-ago"].value == "1988"


def test_a_year_earlier_after_the_six_months_ended_on_a_day_is_that_day_a_year_back():
    text = ("For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, compared with "
            "C$18.1 million a year earlier.")
    assert only(text, "a year earlier", dt.date(1989, 10, 26)).value == "1988-08-12"


def test_a_year_earlier_after_the_quarter_alone_still_compares_quarters():
    text = "Sales in the latest quarter rose to $12.7 billion from $12.4 billion a year earlier."
    assert only(text, "a year earlier", dt.date(1989, 10, 26)).value == "1988-Q3"


# ---------------------------------------------------------------- an amount compared with last year
def test_last_year_compared_with_an_amount_of_the_quarter_is_that_quarter_a_year_back():
    text = ("In the latest quarter, Aetna had a $23 million loss on its auto line, compared with earnings of $33 "
            "million last year.")
    assert only(text, "last year", dt.date(1989, 10, 30)).value == "1988-Q3"


def test_last_years_amount_after_the_latest_period_is_that_quarter_a_year_back():
    text = ("Ralston reported a decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion, "
            "a 13% increase from last year's $1.55 billion.")
    assert only(text, "last year", dt.date(1989, 11, 2)).value == "1988-Q4"


def test_last_year_as_the_subject_of_a_sentence_stays_the_year():
    text = ("Aetna's third-quarter net fell 30%. Last year catastrophe losses totaled $5 million.")
    assert only(text, "Last year", dt.date(1989, 10, 30)).value == "1988"


# ---------------------------------------------------------------- a day named by the day after or before it
def test_the_day_before_last_tuesdays_hearing_is_the_monday():
    text = ("The day before last Tuesday's federal court hearing, Manuel went to Lazaro's home. He appeared in "
            "court the next morning.")
    times = by_text(tag_times(text, dt.date(2000, 2, 24)))
    assert times["The day before last Tuesday"].value == "2000-02-21"
    assert times["the next morning"].value == "2000-02-22TMO"  # the hearing's morning


def test_the_day_after_christmas_is_one_date():
    assert only("He left the day after Christmas.", "the day after Christmas", dt.date(2000, 2, 24)).value == \
        "1999-12-26"


def test_the_day_before_alone_stays_a_narrative_offset():
    text = "On March 3 the talks ended. She had arrived the day before, tired."
    assert only(text, "the day before", dt.date(2000, 3, 10)).value == "2000-03-02"


# ---------------------------------------------------------------- "this quarter's" results in a report
def test_this_quarters_loss_in_a_report_on_the_last_quarter_is_that_quarter():
    text = ("Price Stern Sloan reported a net loss for the third quarter ended Sept. 30. This quarter's loss "
            "includes pretax charges of $4.9 million.")
    assert only(text, "This quarter", dt.date(1989, 11, 1)).value == "1989-Q3"


def test_this_quarters_results_in_a_forecast_are_the_quarter_under_way():
    text = "Third-quarter profit fell. The company expects this quarter's results to improve."
    assert only(text, "this quarter", dt.date(1989, 11, 1)).value == "1989-Q4"


def test_this_quarters_loss_without_a_reported_quarter_is_the_quarter_under_way():
    assert only("This quarter's loss includes charges.", "This quarter", dt.date(1989, 11, 1)).value == "1989-Q4"


# ---------------------------------------------------------------- hedges that are not times
def test_for_the_foreseeable_future_and_at_the_moment_are_not_tagged():
    ref = dt.date(1998, 3, 6)
    text = ("We are going to maintain our forces in the region for the foreseeable future. There are no "
            "shipments at the moment. For the moment, he has decided against it.")
    assert [t.text for t in tag_times(text, ref)] == []


def test_the_near_future_is_still_a_future_reference():
    text = "It will offer shares in the near future."
    assert only(text, "the near future", dt.date(1989, 11, 1)).value == "FUTURE_REF"


def test_a_counted_day_after_a_date_stays_a_duration_and_the_date():
    times = tag_times("He died one day after March 5.", dt.date(2000, 2, 24))
    assert [(t.text, t.value) for t in times] == [("one day", "P1D"), ("March 5", "2000-03-05")]


# ---------------------------------------------------------------- "the quarter ended <day>"
def test_the_quarter_ended_july_31_is_the_calendar_quarter_holding_most_of_it():
    # May to July: two of its three months lie in the second calendar quarter
    text = "In the quarter ended July 31, Jayark had an average of 5.6 million shares outstanding."
    assert only(text, "the quarter", dt.date(1989, 10, 30)).value == "1989-Q2"


def test_the_quarter_ended_on_a_calendar_quarter_end_is_that_quarter():
    text = "Coast earned $10.2 million for the quarter ended Sept. 30."
    assert only(text, "the quarter", dt.date(1989, 11, 1)).value == "1989-Q3"


def test_the_quarter_ended_early_in_january_is_the_fourth_quarter_before_it():
    # a 13-week quarter closing on 2 January 1990 runs from October to December 1989
    text = "Sales rose 4% in the quarter ended Jan. 2."
    assert only(text, "the quarter", dt.date(1990, 2, 10)).value == "1989-Q4"


def test_last_years_results_after_the_latest_period_are_that_quarter_a_year_back():
    text = ("National Intergroup posted net income for the fiscal second quarter of $8.6 million. The latest "
            "period includes gains of $9.1 million. Last year's results were hurt by restructuring charges.")
    assert only(text, "Last year", dt.date(1989, 10, 26)).value == "1988-Q2"


def test_last_year_opening_a_sentence_after_the_quarter_stays_the_year():
    text = ("DSM had eight million guilders of extraordinary charges in the latest quarter. Last year, DSM had "
            "71 million guilders of extraordinary charges.")
    assert only(text, "Last year", dt.date(1989, 11, 2)).value == "1988"
