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
