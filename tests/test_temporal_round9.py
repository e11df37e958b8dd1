"""Round 9: general time-expression families still missed after round 8 (ranges of months, open-ended years,
sets with a ranged step, ...). Every sentence here is written for the test; none comes from a corpus."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times
from temporal_helpers import only

REF = dt.date(2022, 10, 3)


def tagged(sentence, ref=REF):
    return [(t.text, t.value) for t in tag_times(sentence, ref)]


# ---------------------------------------------------------------- "March" at the start of a range of months
def test_march_opening_a_range_of_months_is_the_month():
    # "March to" reads like the verb ("march to the capital"), but after "from" and before a month it is a range
    assert ("March", "2023-03") in tagged("The plant will close from March to June next year.")
    assert ("March", "2022-03") in tagged("Sales fell every month from March to September.")


def test_march_between_and_since_on():
    assert ("March", "2022-03") in tagged("Prices doubled between March and May.")
    assert ("March", "2022-03") in tagged("Rents rose from March on, the agency said.")


def test_the_verb_march_stays_untagged():
    assert tagged("Thousands plan to march to parliament on Sunday.") == [("Sunday", "2022-10-09")]
    assert tagged("Veterans will march through the city.") == []


# ---------------------------------------------------------------- an open-ended year
def test_year_before_onwards_is_tagged():
    assert tagged("Prices have risen steadily from 2008 onwards.") == [("2008", "2008")]
    assert tagged("From 2015 onward, the firm grew quickly.") == [("2015", "2015")]


# ---------------------------------------------------------------- "in recent times"
def test_recent_times_is_one_vague_past():
    t = only("In recent times, the town has grown quickly.", "recent times")
    assert (t.type.value, t.value) == ("DATE", "PAST_REF")
    assert [x.text for x in tag_times("Much has changed in recent times.", REF)] == ["recent times"]


# ---------------------------------------------------------------- a set whose step is a range
def test_every_six_to_eight_weeks_is_a_set():
    t = only("Patients receive an injection every six to eight weeks.", "every six to eight weeks")
    assert (t.type.value, t.value, t.quant) == ("SET", "PXW", "EVERY")
    t = only("Take one tablet every 4-6 hours.", "every 4-6 hours")
    assert (t.type.value, t.value) == ("SET", "PTXH")


def test_every_other_week_keeps_its_value():
    t = only("The committee meets every other week.", "every other week")
    assert t.value == "P2W"


# ---------------------------------------------------------------- a company's scheduled release
MON = dt.date(2019, 10, 28)  # a Monday


def test_present_report_of_results_looks_ahead():
    assert tagged("Apple reports results on Thursday.", MON) == [("Thursday", "2019-10-31")]
    assert ("Thursday", "2019-10-31") in tagged("Apple said it reports results on Thursday.", MON)
    assert tagged("The bank publishes its quarterly figures Wednesday.", MON) == [("Wednesday", "2019-10-30")]


def test_reported_results_and_the_noun_reports_stay_past():
    assert tagged("Apple reported results on Thursday.", MON) == [("Thursday", "2019-10-24")]
    assert tagged("Reports on Thursday said the firm had cut jobs.", MON) == [("Thursday", "2019-10-24")]


# ---------------------------------------------------------------- a part of the day and the day after its noun
AUG5 = dt.date(2019, 8, 5)


def test_part_of_day_takes_the_day_after_its_noun():
    got = tagged("The crash happened during the evening rush hour on Aug. 1.", AUG5)
    assert got == [("the evening", "2019-08-01TEV"), ("Aug. 1", "2019-08-01")]
    assert ("the morning", "2019-08-02TMO") in tagged("Trading was thin in the morning session on Friday.", AUG5)


def test_part_of_day_keeps_its_day_across_a_new_clause():
    got = tagged("He left in the evening and returned on Friday.", AUG5)
    assert ("the evening", "2019-08-05TEV") in got


# ---------------------------------------------------------------- the two ends of a range in order
def test_range_of_months_does_not_end_before_it_starts():
    got = tagged("The exhibition runs from March to December.", dt.date(2023, 2, 10))
    assert got == [("March", "2023-03"), ("December", "2023-12")]
    got = tagged("The ban will run from October to February.", dt.date(2022, 11, 10))
    assert got == [("October", "2023-10"), ("February", "2024-02")]


def test_range_of_weekdays_is_one_week():
    thu = dt.date(2019, 10, 3)
    assert tagged("The shop is open from Monday to Friday.", thu) == [("Monday", "2019-09-30"), ("Friday", "2019-10-04")]
    assert tagged("Talks ran from Thursday to Monday.", thu) == [("Thursday", "2019-09-26"), ("Monday", "2019-09-30")]
    tue = dt.date(2019, 10, 1)
    assert tagged("Talks will run from Thursday to Monday.", tue) == [("Thursday", "2019-10-03"), ("Monday", "2019-10-07")]


# ---------------------------------------------------------------- the holiday season and quarter
def test_holiday_quarter_is_the_fourth_quarter():
    t = only("Apple expects revenue to grow in the holiday quarter.", "the holiday quarter", dt.date(2019, 10, 30))
    assert (t.type.value, t.value) == ("DATE", "2019-Q4")
    t = only("Apple posted record sales in the holiday quarter.", "the holiday quarter", dt.date(2020, 1, 29))
    assert t.value == "2019-Q4"


def test_holiday_season_is_its_december():
    t = only("Retailers hope for strong sales during the holiday season.", "the holiday season", dt.date(2019, 10, 3))
    assert t.value == "2019-12"
    t = only("The holiday season was weak, the chain said.", "The holiday season", dt.date(2020, 1, 10))
    assert t.value == "2019-12"
    t = only("Last year's holiday season was strong.", "Last year's holiday season", dt.date(2020, 10, 10))
    assert t.value == "2019-12"


# ---------------------------------------------------------------- "at dawn" without a day
def test_at_dawn_is_the_morning_of_the_story_day():
    thu = dt.date(2019, 10, 3)
    t = only("He was arrested at dawn.", "dawn", thu)
    assert (t.type.value, t.value) == ("TIME", "2019-10-03TMO")
    assert ("dawn", "2019-09-30TMO") in tagged("On Monday, troops attacked at dawn.", thu)
    assert ("dusk", "2019-10-03TEV") in tagged("Shelling resumed after dusk.", thu)


def test_dawn_as_a_name_or_a_subject_is_no_time():
    thu = dt.date(2019, 10, 3)
    assert tagged("As dawn broke, the rain stopped.", thu) == []
    assert tagged("Dawn Smith won the race.", thu) == []
    assert tagged("Troops attacked at dawn on Tuesday.", thu) == [("dawn on Tuesday", "2019-10-01TMO")]


# ---------------------------------------------------------------- British weeks and fortnights
WED = dt.date(2019, 10, 2)


def test_a_week_on_friday_and_friday_week():
    assert tagged("The report is due a week on Friday.", WED) == [("a week on Friday", "2019-10-11")]
    assert tagged("The vote is on Friday week.", WED) == [("Friday week", "2019-10-11")]
    assert tagged("The hearing is a fortnight on Monday.", WED) == [("a fortnight on Monday", "2019-10-21")]


def test_a_weekday_before_other_week_words_is_unchanged():
    assert tagged("On Friday, week two of the trial began.", WED) == [("Friday", "2019-09-27")]


def test_last_fortnight_is_a_two_week_period():
    t = only("Shares fell sharply last fortnight.", "last fortnight", WED)
    assert (t.type.value, t.value) == ("DURATION", "P2W")


def test_past_range_does_not_end_in_the_future():
    # "through" is a deadline cue and had put March ahead; the range is told in the past
    got = tagged("Rates rose from January through March.", REF)
    assert got == [("January", "2022-01"), ("March", "2022-03")]


def test_fiscal_results_reported_on_a_weekday_look_ahead():
    fri = dt.date(2022, 10, 21)
    assert ("Tuesday", "2022-10-25") in tagged("Microsoft reports fiscal first-quarter results on Tuesday.", fri)


# ---------------------------------------------------------------- "late on Sunday" like "late Sunday"
def test_late_on_a_day_is_its_end():
    t = only("Talks ended late on Sunday.", "late on Sunday", REF)
    assert (t.value, t.mod) == ("2022-10-02", "END")
    t = only("The ship docked early on Jan. 5.", "early on Jan. 5", REF)
    assert (t.value, t.mod) == ("2022-01-05", "START")


def test_late_as_an_adjective_stays_out():
    t = only("He was late on Monday for work.", "Monday", REF)
    assert t.mod is None


# ---------------------------------------------------------------- "two years on" with nothing to count from
def test_years_on_without_a_story_time_is_never_ahead_of_the_article():
    june = dt.date(2023, 6, 14)
    t = only("Two years on, the town has recovered.", "Two years on", june)
    # was 2025, a date ahead of the article; with nothing to count from, the years lead up to the present
    assert (t.type.value, t.value) == ("DATE", "2023")
    t = only("A year on from the floods, residents are still waiting.", "A year on", june)
    assert (t.type.value, t.value) == ("DURATION", "P1Y")


def test_years_on_after_a_story_time_counts_from_it():
    got = tagged("The floods hit in May 2019. Two years on, the town has recovered.", dt.date(2023, 6, 14))
    assert ("Two years on", "2021-05") in got


# ---------------------------------------------------------------- a holiday's weekend
def test_holiday_weekend_is_a_weekend():
    june = dt.date(2023, 6, 14)
    assert tagged("Traffic was heavy over the Easter weekend.", june) == [("the Easter weekend", "2023-W14-WE")]
    # Labor Day is a Monday: its weekend is the Saturday and Sunday before it (2022-09-03/04)
    assert tagged("Many travelled over the Labor Day weekend.", june) == [("the Labor Day weekend", "2022-W35-WE")]
    # Thanksgiving is a Thursday: the weekend after it
    got = tagged("The airport was busy over the Thanksgiving weekend.", june)
    assert got == [("the Thanksgiving weekend", "2022-W47-WE")]


# ---------------------------------------------------------------- "twice yearly"
def test_count_before_a_set_adverb_is_its_frequency():
    t = only("The report is published twice yearly.", "twice yearly", REF)
    assert (t.type.value, t.value, t.freq) == ("SET", "P1Y", "2X")
    t = only("Take the tablets three times daily.", "three times daily", REF)
    assert (t.value, t.freq) == ("P1D", "3X")


def test_weekday_range_without_from():
    thu = dt.date(2023, 11, 9)
    assert tagged("Buses run Monday-Friday.", thu) == [("Monday", "2023-11-06"), ("Friday", "2023-11-10")]
    got = tagged("The shop is open Monday through Thursday.", thu)
    assert got == [("Monday", "2023-11-06"), ("Thursday", "2023-11-09")]


# ---------------------------------------------------------------- a second decade written "'80s"
def test_apostrophe_decade_after_and_is_tagged():
    got = tagged("The case dates back to the 1970s and '80s.")
    assert got == [("the 1970s", "197"), ("'80s", "198")]


def test_range_start_takes_the_year_written_at_its_end():
    nov = dt.date(2023, 11, 9)
    assert tagged("The season ran from March to May 2022.", nov) == [("March", "2022-03"), ("May 2022", "2022-05")]
    got = tagged("The strike lasted from November to March 2022.", nov)
    assert got == [("November", "2021-11"), ("March 2022", "2022-03")]


# ---------------------------------------------------------------- "on weekends"
def test_on_weekends_is_a_set():
    t = only("The office is closed on weekends.", "weekends", REF)
    assert (t.type.value, t.value) == ("SET", "XXXX-WXX-WE")
    assert tagged("Weekends are busy for the shop.") == []


# ---------------------------------------------------------------- "One day," opening a sentence
def test_one_day_opening_a_sentence_is_an_untold_day():
    t = only("One day, he will return.", "One day", REF)
    assert (t.type.value, t.value) == ("DATE", "FUTURE_REF")
    t = only("It rained. One day, the river rose.", "One day", REF)
    assert (t.type.value, t.value) == ("DATE", "PAST_REF")
    t = only("The strike lasted one day, officials said.", "one day", REF)
    assert (t.type.value, t.value) == ("DURATION", "P1D")
