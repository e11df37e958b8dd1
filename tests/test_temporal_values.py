"""Values and types of expressions whose normalisation depends on the story: the latest quarter, year-ago
comparisons, "the year" as a date or a fiscal period, and the other classes fixed for issue 3."""

import datetime as dt

from temporal_helpers import only

from newsline.core.model import TimeType
from newsline.core.temporal.tagger import tag_times

EARNINGS_DAY = dt.date(1989, 11, 2)
WEDNESDAY = dt.date(2008, 3, 12)


def test_the_latest_quarter_is_the_last_one_over_not_a_forecast_quarter():
    text = ("The company expects a fourth-quarter charge. Its earnings fell 59% in the latest quarter, "
            "compared with earnings of $6.1 million a year ago.")
    latest = only(text, "the latest quarter", EARNINGS_DAY)
    assert latest.value == "1989-Q3"
    assert only(text, "a year ago", EARNINGS_DAY).value == "1988-Q3"


def test_the_latest_quarter_takes_a_reported_quarter_of_the_story():
    text = "Profit rose in the second quarter. Sales in the latest quarter were flat."
    assert only(text, "the latest quarter", EARNINGS_DAY).value == "1989-Q2"


def test_year_ago_after_last_year_is_last_year_itself():
    text = "Last year catastrophe losses totaled $5 million. The year-earlier results have been restated."
    assert only(text, "year-earlier", EARNINGS_DAY).value == "1988"


def test_year_ago_after_the_current_quarter_is_a_year_before_it():
    text = "Third-quarter profit rose. The year-ago results included a charge."
    assert only(text, "year-ago", EARNINGS_DAY).value == "1988-Q3"


def test_year_ago_of_last_years_annual_results_reported_early_in_the_year():
    # annual results for 1988 published in February 1989: the year-ago figure is 1987's
    text = "Net income for 1988 rose 10%. The year-earlier results included a gain."
    assert only(text, "year-earlier", dt.date(1989, 2, 15)).value == "1987"


def test_year_ago_after_a_forecast_quarter_compares_with_the_last_reported_one():
    text = "Analysts expect losses through the third quarter of 1990. In the year-ago period, it earned $101 million."
    assert only(text, "the year-ago period", dt.date(1989, 10, 26)).value == "1988-Q3"


def test_for_the_year_is_the_calendar_year_of_the_reference():
    t = only("For the year, pet food volume was flat.", "the year", EARNINGS_DAY)
    assert (t.type, t.value) == (TimeType.DATE, "1989")
    t = only("Revenue fell through the first nine months of the year.", "the year", dt.date(1989, 10, 30))
    assert (t.type, t.value) == (TimeType.DATE, "1989")


def test_for_the_year_takes_the_year_of_its_sentence():
    t = only("Sales rose in 1987, and for the year, profit doubled.", "the year", EARNINGS_DAY)
    assert t.value == "1987"


def test_the_year_ended_is_a_fiscal_year_period():
    t = only("Rally had net income of $2.4 million for the year ended July 2.", "the year", EARNINGS_DAY)
    assert (t.type, t.value) == (TimeType.DURATION, "P1Y")
    times = tag_times("It expects a loss for the year ending tomorrow.", EARNINGS_DAY)
    assert [(x.text, x.value) for x in times if x.text == "the year"] == [("the year", "P1Y")]


def test_year_ago_quarter_after_a_day_is_the_quarter_a_year_before():
    text = "Net rose in the quarter ended Sept. 30, compared with a loss in the year-ago quarter."
    assert only(text, "the year-ago quarter", dt.date(1989, 11, 1)).value == "1988-Q3"


def test_year_ago_after_a_quarter_end_day_compares_quarters():
    text = "Sales rose in the period ended Sept. 30. The year-ago results included a gain."
    assert only(text, "year-ago", dt.date(1989, 11, 1)).value == "1988-Q3"
    text = "Sales rose until Aug. 12. The year-ago results included a gain."
    assert only(text, "year-ago", dt.date(1989, 11, 1)).value == "1988"


def test_quarter_to_quarter_is_not_a_quarter():
    times = tag_times("The quarter-to-quarter comparison was enhanced.", EARNINGS_DAY)
    assert times == []


def test_overnight_after_a_named_day_is_the_night_before_it():
    text = "London shares fell Friday. They were depressed by overnight losses in New York."
    t = only(text, "overnight", dt.date(1989, 10, 30))
    assert (t.type, t.value) == (TimeType.TIME, "1989-10-26TNI")
    # with no day in the story it is the night before the reference date
    assert only("Aircraft struck overnight.", "overnight", dt.date(1989, 10, 30)).value == "1989-10-29TNI"


def test_a_weekday_something_is_put_off_to_lies_ahead():
    ref = dt.date(2000, 3, 30)  # a Thursday
    text = "Officials postponed until Tuesday morning any action on the case."
    assert only(text, "Tuesday morning", ref).value == "2000-04-04TMO"
    assert only("The judge extended the deadline to Friday.", "Friday", ref).value == "2000-03-31"
    assert only("The judge ruled Tuesday.", "Tuesday", ref).value == "2000-03-28"


def test_since_a_few_words_before_looks_back():
    ref = dt.date(1999, 5, 6)
    text = "Investigators have been searching for him since shortly after the Oct. 23 slaying."
    assert only(text, "Oct. 23", ref).value == "1998-10-23"
    text = "The plant will have been closed by Oct. 23, the company said."
    assert only(text, "Oct. 23", ref).value == "1999-10-23"


def test_a_present_perfect_before_a_deadline_looks_ahead():
    text = "The INS has given the relatives until Tuesday to sign the paper."
    assert only(text, "Tuesday", WEDNESDAY).value == "2008-03-18"


def test_the_year_quarter_is_the_story_quarter_of_that_year():
    text = "Third-quarter net fell. It earned $376,000 in the 1988 quarter."
    t = only(text, "the 1988 quarter", dt.date(1989, 10, 30))
    assert (t.type, t.value) == (TimeType.DATE, "1988-Q3")
    # with no quarter in the story: the latest reported quarter's number
    assert only("It earned $376,000 in the 1988 quarter.", "the 1988 quarter", dt.date(1989, 10, 30)).value == "1988-Q3"


def test_the_full_year_is_not_a_later_year_of_the_story():
    text = "The company set a sales target for 1992. It forecast an earnings increase for the full year."
    assert only(text, "the full year", dt.date(1989, 10, 30)).value == "1989"
    text = "Sales fell in 1987. For the full year, profit doubled."
    assert only(text, "the full year", dt.date(1989, 10, 30)).value == "1987"


def test_the_latest_fiscal_year_is_over():
    text = "Sales in the latest fiscal year were $6.3 billion."
    assert only(text, "the latest fiscal year", dt.date(1989, 10, 26)).value == "1988"



def test_a_participle_after_be_does_not_make_a_weekday_past():
    assert only("The election will be held on Sunday.", "Sunday", WEDNESDAY).value == "2008-03-16"
    assert only("The election was held on Sunday.", "Sunday", WEDNESDAY).value == "2008-03-09"


def test_a_strong_future_keeps_a_month_a_year_ahead():
    # "will" in March puts January in the next year; the near-month rule must not pull it back
    assert only("The law will come into force in January.", "January", WEDNESDAY).value == "2009-01"
    assert only("The vote will be held on Jan. 14.", "Jan. 14", WEDNESDAY).value == "2009-01-14"
    # a deadline word is no such cue: "through" often closes a past span
    text = "Nashua had purchased 481,000 shares through Sept. 29."
    assert only(text, "Sept. 29", dt.date(1989, 10, 30)).value == "1989-09-29"


def test_present_of_a_scheduled_event_looks_ahead():
    assert only("The new law takes effect on Friday.", "Friday", WEDNESDAY).value == "2008-03-14"
    assert only("The trial opens Monday in Boston.", "Monday", WEDNESDAY).value == "2008-03-17"


def test_the_next_year_told_in_the_past_is_the_year_after_the_story():
    t = only("The treaty was signed on 4 July 1990 and ratified the next year.", "the next year", WEDNESDAY)
    assert (t.type, t.value) == (TimeType.DATE, "1991")
    t = only("The plant will be closed over the next year.", "the next year", WEDNESDAY)
    assert (t.type, t.value) == (TimeType.DURATION, "P1Y")
    t = only("The plant was closed over the next year.", "the next year", WEDNESDAY)
    assert (t.type, t.value) == (TimeType.DURATION, "P1Y")


def test_the_quarter_ended_a_day_is_the_quarter_holding_it():
    text = "The company reported its results for the quarter ending March 31."
    assert only(text, "the quarter", WEDNESDAY).value == "2008-Q1"
    assert only("Sales rose in the quarter ended Sept. 30.", "the quarter", WEDNESDAY).value == "2007-Q3"


def test_possessive_weekday_looks_back_unless_ahead_of_it_or_told_in_the_future():
    assert only("Results of Sunday's vote were announced.", "Sunday", WEDNESDAY).value == "2008-03-09"
    assert only("Campaigning intensified ahead of Sunday's election.", "Sunday", WEDNESDAY).value == "2008-03-16"
    assert only("Voters will cast ballots in Sunday's election.", "Sunday", WEDNESDAY).value == "2008-03-16"
    # "would" is a future seen from the past: the ruling was already made
    text = "They said they would look for ways to get around Wednesday's ruling."
    assert only(text, "Wednesday", dt.date(2000, 1, 7)).value == "2000-01-05"
    # "will" only looks ahead to a scheduled event, not to one that already happened
    assert only("Police will investigate Friday's shooting.", "Friday", WEDNESDAY).value == "2008-03-07"


def test_comes_into_effect_on_a_weekday_looks_ahead():
    assert only("The ban comes into effect on Monday.", "Monday", WEDNESDAY).value == "2008-03-17"


def test_one_day_after_a_modal_is_an_indefinite_future():
    t = only("Islam will one day be the second largest religion.", "one day", WEDNESDAY)
    assert (t.type, t.value) == (TimeType.DATE, "FUTURE_REF")
    t = only("The strike lasted one day.", "one day", WEDNESDAY)
    assert (t.type, t.value) == (TimeType.DURATION, "P1D")


def test_the_end_of_the_month_in_a_past_story_is_the_story_month():
    text = "The bomb exploded on 5 May 2006. By the end of the month, three suspects were in custody."
    t = only(text, "the end of the month", WEDNESDAY)
    assert (t.value, t.mod) == ("2006-05", "END")
    # told in the future it is the reference date's
    text = "Sales fell 10% in 2007. The company expects a profit by the end of the year."
    assert only(text, "the end of the year", WEDNESDAY).value == "2008"


def test_a_year_earlier_after_the_day_of_writing_is_last_year():
    ref = dt.date(1989, 10, 30)
    text = "The company said Friday that it had losses, compared with earnings a year earlier of $382 million."
    t = only(text, "a year earlier", ref)
    assert (t.value, t.anchor.value) == ("1988", "narrative")
    # after a day of the story away from the time of writing it stays a day
    text = "The six months ended Aug. 12 were weak. A year earlier the company earned $5 million."
    assert only(text, "A year earlier", ref).value == "1988-08-12"


def test_day_offsets_lean_on_the_last_day_of_the_story_not_a_coarser_time():
    text = ("Fighting began on 3 March 2008. Casualties in 2007 had been lower. The next day, the army advanced. "
            "Two days later the town fell.")
    times = {t.text: t for t in tag_times(text, dt.date(2008, 3, 20))}
    assert times["The next day"].value == "2008-03-04"
    assert times["The next day"].anchor_time_id == times["3 March 2008"].id
    assert times["Two days later"].value == "2008-03-06"
    # with no day before it, the coarser time is all there is (and keeps its granularity)
    assert only("Sales fell in 2007. Two days later they rose.", "Two days later", dt.date(2008, 3, 20)).value == "2007"


def test_a_perfect_passive_tells_of_a_plan_not_the_past():
    assert only("The vote has been set for Friday.", "Friday", WEDNESDAY).value == "2008-03-14"
    assert only("The hearing has been postponed until May.", "May", WEDNESDAY).value == "2008-05"


def test_would_is_no_explicit_future_for_a_month():
    # reported in February, "would close in January" may well be the January just past: the near-month rule
    # decides, as without a cue
    feb = dt.date(2008, 2, 12)
    assert only("The company said it would close the plant in January.", "January", feb).value == "2008-01"
    assert only("The company will close the plant in January.", "January", feb).value == "2009-01"


def test_a_past_verb_right_before_a_month_day_tells_its_year():
    ref = dt.date(1989, 10, 27)
    text = "It will offer 1,800 francs for shares issued July 1, which will receive partial dividends."
    assert only(text, "July 1", ref).value == "1989-07-01"
    # the near-day rule does not pull it a year forward either
    assert only("In the year-ago quarter, the second quarter ended Oct. 31, it lost money.", "Oct. 31", ref).value == "1988-10-31"
    assert only("The law, passed May 5, will take effect soon.", "May 5", WEDNESDAY).value == "2007-05-05"
    # not after "be", not a verb of planning
    assert only("The company said its shares will be listed March 3.", "March 3", dt.date(2008, 2, 12)).value == "2008-03-03"
    assert only("The vote, scheduled March 30, will go ahead.", "March 30", WEDNESDAY).value == "2008-03-30"


def test_for_the_year_told_in_the_past_early_in_a_year_is_the_year_just_ended():
    assert only("For the year, sales rose 5%.", "the year", dt.date(1998, 1, 20)).value == "1997"
    assert only("For the year, sales rose 5%.", "the year", dt.date(1998, 10, 20)).value == "1998"
    assert only("For the year, sales will rise 5%.", "the year", dt.date(1998, 1, 20)).value == "1998"


def test_year_earlier_span_of_months_is_a_duration():
    ref = dt.date(1989, 10, 26)
    t = only("Net for the year-earlier nine months included a gain.", "the year-earlier nine months", ref)
    assert (t.type, t.value) == (TimeType.DURATION, "P9M")
    text = "For the nine months, Norton had net of $81.2 million. In the year-earlier period, it had net of $77 million."
    t = only(text, "the year-earlier period", ref)
    assert (t.type, t.value) == (TimeType.DURATION, "P9M")
    # after a quarter it stays the quarter a year before
    text = "Third-quarter net rose. In the year-earlier period, the company earned $461 million."
    t = only(text, "the year-earlier period", ref)
    assert (t.type, t.value) == (TimeType.DATE, "1988-Q3")


def test_a_past_verb_far_after_the_month_in_a_long_sentence_still_counts():
    text = ("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic "
            "bombing in Birmingham, Ala., killed a security guard and severely wounded a nurse.")
    assert only(text, "January", dt.date(1998, 10, 25)).value == "1998-01"


def test_plural_present_of_a_scheduled_event_looks_ahead():
    text = "He and Palestinian leader Yasser Arafat meet separately Monday with Albright."
    assert only(text, "Monday", WEDNESDAY).value == "2008-03-17"
    assert only("Voters go to the polls on Sunday.", "Sunday", WEDNESDAY).value == "2008-03-16"
    # not after "to", a modal or a negation
    assert only("Rebels refused to meet Monday.", "Monday", WEDNESDAY).value == "2008-03-10"
    assert only("The two leaders will meet in January.", "January", WEDNESDAY).value == "2009-01"


def test_a_planned_event_on_a_weekday_lies_ahead():
    text = "Protesters planned a large demonstration in Little Havana on Saturday."
    assert only(text, "Saturday", WEDNESDAY).value == "2008-03-15"
    assert only("The government called for a day of mourning on Friday.", "Friday", WEDNESDAY).value == "2008-03-14"
    assert only("The rebels launched a new offensive on Saturday.", "Saturday", WEDNESDAY).value == "2008-03-08"
    assert only("As planned, the troops withdrew on Sunday.", "Sunday", WEDNESDAY).value == "2008-03-09"


def test_will_with_a_month_of_data_or_a_day_just_past():
    jan4 = dt.date(2008, 1, 4)
    # a month naming the data of a report is the near one, "will" or not
    assert only("The company will report December sales next week.", "December", jan4).value == "2007-12"
    # "will ... by January" in March is next January; "will resume on Jan. 2" written on Jan. 4 is next year's
    assert only("The law will come into force by January.", "January", WEDNESDAY).value == "2009-01"
    assert only("Talks will resume on Jan. 2.", "Jan. 2", jan4).value == "2009-01-02"


def test_the_present_of_a_scheduled_event_looks_ahead_for_a_bare_month():
    import datetime as _dt

    from newsline.core.temporal.tagger import tag_times as _tag

    ref = _dt.date(2021, 3, 3)
    assert [t.value for t in _tag("Its mandate expires in December.", ref)] == ["2021-12"]
    assert [t.value for t in _tag("The ceasefire comes into effect in January.", ref)] == ["2022-01"]
    # a past verb keeps a bare month behind
    assert [t.value for t in _tag("The mandate expired in December.", ref)] == ["2020-12"]
