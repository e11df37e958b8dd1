"""Round 3 of the value fixes: the story's quarter in earnings reports ("last year's quarter", "the year-ago
quarter", "the quarter" after another time; a fiscal quarter closing on a day of another calendar quarter).
Each test names the sentence, the reference date and the value expected."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times
from temporal_helpers import only


def by_text(times):
    return {t.text: t for t in times}


# ---------------------------------------------------------------- the story's quarter
def test_last_years_quarter_after_the_current_year_is_the_storys_quarter_a_year_back():
    text = ("Acme Tools posted a loss for the third quarter. Sales were hurt in the current year by a strike. "
            "Exports for last year's quarter were $2 million.")
    assert only(text, "last year's quarter", dt.date(1989, 11, 1)).value == "1988-Q3"


def test_year_ago_quarter_after_a_month_is_the_storys_quarter_a_year_back():
    text = ("Bolt Freight expects to earn 20 cents a share for the third quarter. It changed auditors in "
            "December. In the year-ago quarter, it lost $3 million.")
    assert only(text, "the year-ago quarter", dt.date(1989, 10, 27)).value == "1988-Q3"


def test_the_quarter_after_this_month_is_the_storys_quarter():
    text = ("Crane Mills earned $4 million in the second quarter. Earlier this month, it said it expected to "
            "break even for the quarter.")
    assert only(text, "the quarter", dt.date(1989, 8, 20)).value == "1989-Q2"


def test_the_1988_period_does_not_move_the_storys_quarter():
    text = ("Delta Paper earned $9 million in the third quarter. In the 1988 period, it earned $7 million. "
            "The company shipped 3,000 tons in the quarter.")
    times = by_text(tag_times(text, dt.date(1989, 10, 30)))
    assert times["the 1988 period"].value == "1988-Q3"
    assert times["the quarter"].value == "1989-Q3"


def test_the_quarter_ended_after_a_fiscal_quarter_is_that_fiscal_quarter():
    text = ("Echo Systems said it earned $3 million in the fiscal second quarter. Revenue for the quarter ended "
            "Sept. 30 rose 10%. In the 1988 period, it lost $1 million.")
    times = by_text(tag_times(text, dt.date(1989, 10, 25)))
    assert times["the fiscal second quarter"].value == "1989-Q2"
    assert times["the quarter"].value == "1989-Q2"
    assert times["the 1988 period"].value == "1988-Q2"


def test_the_quarter_ended_without_a_fiscal_quarter_is_the_calendar_quarter():
    text = "Echo Systems said revenue for the quarter ended Sept. 30 rose 10%."
    assert only(text, "the quarter", dt.date(1989, 10, 25)).value == "1989-Q3"


def test_a_quarter_described_in_passing_does_not_take_over_the_story():
    text = ("Foxglove Foods posted a 12% gain in third-quarter profit. After a weak second quarter, margins "
            "recovered. Costs were lower than in the year-earlier period.")
    times = by_text(tag_times(text, dt.date(1989, 11, 1)))
    assert times["second quarter"].value == "1989-Q2"
    assert times["the year-earlier period"].value == "1988-Q3"


def test_a_fourth_quarter_charge_still_moves_the_story():
    text = "Grange Oil said it will take a fourth-quarter charge. The quarter will also bring higher costs."
    assert only(text, "The quarter", dt.date(1989, 11, 1)).value == "1989-Q4"


# ---------------------------------------------------------------- ages of institutions are not times
def test_the_age_of_an_institution_is_not_a_time():
    for text in ("Poland joined the 50-year-old alliance on Friday.", "Judges struck down the 20-year-old law.",
                 "Voters ousted the 30-year-old regime."):
        assert not [t for t in tag_times(text, dt.date(1999, 3, 12)) if "old" in t.text], text


def test_the_age_of_a_state_of_affairs_is_still_a_duration():
    assert only("Shelling broke the 3-month-old ceasefire.", "3-month-old", dt.date(1999, 3, 12)).value == "P3M"


# ---------------------------------------------------------------- "that day" with no day to point to
def test_that_day_after_only_a_year_is_generic_and_untagged():
    text = ("Since 1987, dealers have been wary. On days when prices slide, they lose money on trades made "
            "that day.")
    assert not [t for t in tag_times(text, dt.date(1989, 10, 30)) if "day" in t.text]


def test_the_next_day_after_only_a_month_is_an_unknown_day():
    text = "In March, the union walked out. The next day, the plant closed."
    assert only(text, "The next day", dt.date(1989, 10, 30)).value == "XXXX-XX-XX"


def test_that_day_after_a_date_is_that_date():
    text = "The union walked out on March 3. Later that day, the plant closed."
    assert only(text, "Later that day", dt.date(1989, 10, 30)).value == "1989-03-03"


# ---------------------------------------------------------------- look-backs up to the reference date
def test_the_past_year_keeps_the_calendar_value_but_spans_the_twelve_months_before():
    t = only("The navy has seized five vessels in the past year.", "the past year", dt.date(2024, 3, 14))
    assert t.value == "2023"
    assert (t.interval.earliest, t.interval.latest) == (dt.date(2023, 3, 14), dt.date(2024, 3, 14))


def test_the_last_decade_and_the_past_month_span_up_to_the_reference_date():
    ref = dt.date(2024, 3, 31)
    decade = only("Prices doubled over the last decade.", "the last decade", ref)
    assert decade.interval.earliest == dt.date(2014, 3, 31) and decade.interval.latest == ref
    month = only("It rained every day in the past month.", "the past month", ref)
    assert month.value == "2024-02"
    assert (month.interval.earliest, month.interval.latest) == (dt.date(2024, 2, 29), ref)  # no 31 February


def test_last_year_is_still_the_calendar_year():
    t = only("Sales fell last year.", "last year", dt.date(2024, 3, 14))
    assert (t.interval.earliest, t.interval.latest) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
