"""Rule families added on the second pass over TempEval-3 errors: fractional durations written the TimeML way,
spoken years after a month or a season, and open ends after a month-year. Reference date Saturday 2017-11-04."""

import datetime as dt

import pytest

from newsline.core.temporal.tagger import tag_times

from temporal_helpers import REF, only  # noqa: E402


CASES = [
    # fractions go to the next smaller unit: P2Y6M, not P2.5Y or P30M
    ("The siege lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", None),
    ("He waited two and a half years for trial.", "two and a half years", "DURATION", "P2Y6M", None),
    ("The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", None),
    ("The blast came a minute and a half after the alarm.", "a minute and a half", "DURATION", "PT1M30S", None),
    ("The meeting ran for an hour and a half.", "an hour and a half", "DURATION", "PT1H30M", None),
    ("Talks lasted half a day.", "half a day", "DURATION", "PT12H", None),
    ("Output fell for 1.5 years.", "1.5 years", "DURATION", "P1Y6M", None),
    ("The rebels took the town a year and a half ago.", "a year and a half ago", "DATE", "2016-05", None),
    # spoken years (broadcast transcripts)
    ("He left in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01", None),
    ("Floods came in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE",
     "1994-WI", None),
    ("The plant opened in the summer of twenty oh five.", "the summer of twenty oh five", "DATE", "2005-SU",
     None),
    # an open end after a month and year is one expression
    ("Loans made in October 1984 and later were covered.", "October 1984 and later", "DATE", "1984-10",
     "ON_OR_AFTER"),
    ("Cars built in March 1990 or earlier are exempt.", "March 1990 or earlier", "DATE", "1990-03",
     "ON_OR_BEFORE"),
]


@pytest.mark.parametrize("sentence, expr, type_, value, mod", CASES, ids=[c[1] for c in CASES])
def test_expression_value(sentence, expr, type_, value, mod):
    t = only(sentence, expr)
    assert (t.type.value, t.value, t.mod) == (type_, value, mod)


def test_a_half_alone_is_not_taken_out_of_a_larger_amount():
    texts = [t.text for t in tag_times("He served two and a half years in prison.", REF)]
    assert texts == ["two and a half years"]


def test_fraction_slash_is_not_a_date():
    texts = [t.text for t in tag_times("The odds were 1/2 at the start.", REF)]
    assert texts == []


WEEKDAY_CASES = [
    # a possessive weekday names a day already reported on (reference Saturday 2017-11-04)
    ("Relatives said they would look for ways around Wednesday's ruling.", "Wednesday", "2017-11-01"),
    ("The price is a premium over Thursday's closing price.", "Thursday", "2017-11-02"),
    # "to" before a weekday looks ahead, unless it compares
    ("The vote was postponed to Thursday.", "Thursday", "2017-11-09"),
    ("In contrast to Thursday, when 133 people were arrested, the crowd was calm.", "Thursday", "2017-11-02"),
    # a plan looks ahead
    ("The talks are scheduled Monday.", "Monday", "2017-11-06"),
]


@pytest.mark.parametrize("sentence, expr, value", WEEKDAY_CASES, ids=[c[0][:40] for c in WEEKDAY_CASES])
def test_weekday_direction(sentence, expr, value):
    assert only(sentence, expr).value == value


def test_latest_period_in_a_quarterly_report_is_the_latest_quarter():
    text = "The company reported a loss for the third quarter. Revenue in the latest period fell 5%."
    assert only(text, "the latest period").value == "2017-Q3"


def test_latest_period_without_quarters_is_not_a_time():
    assert [t.text for t in tag_times("The latest period of calm ended in a riot.", REF)] == []


NEAR_YEAR_CASES = [
    # news gives the year of a month or month-day that is not near the date of writing; a bare one is near
    ("2000-01-05", "Meissner gave no reason for the Jan. 14 deadline.", "Jan. 14", "2000-01-14"),
    ("1998-03-06", "The sites could only be visited as laid down by the Feb. 23 accord.", "Feb. 23", "1998-02-23"),
    ("1989-11-02", "The bank announced an agreement to acquire the company in January.", "January", "1990-01"),
    ("1990-08-16", "Saudi Arabia told oil companies of a cutback in its supply in September.", "September",
     "1990-09"),
    # a tense cue still decides when both sides are far, and "since" always looks back
    ("1989-10-30", "The war began in March.", "March", "1989-03"),
    ("1989-10-30", "Prices have risen since November.", "November", "1988-11"),
    ("2000-01-05", "The shop has been closed since Jan. 14.", "Jan. 14", "1999-01-14"),
]


@pytest.mark.parametrize("ref, sentence, expr, value", NEAR_YEAR_CASES, ids=[c[2] + c[0] for c in NEAR_YEAR_CASES])
def test_bare_month_and_day_lie_near_the_date_of_writing(ref, sentence, expr, value):
    assert only(sentence, expr, dt.date.fromisoformat(ref)).value == value


TENSE_CASES = [
    # reference Monday 1989-10-30
    ("It had been due to expire Friday evening.", "Friday evening", "1989-10-27TEV"),
    ("It is due to expire Friday evening.", "Friday evening", "1989-11-03TEV"),
    ("Crane bought shares from Sept. 14 to Thursday for $15.", "Thursday", "1989-10-26"),
    ("The shares have gained 4% since Tuesday.", "Tuesday", "1989-10-24"),
    ("Blasts next to the U.S. embassies in Kenya on Friday killed 100 people.", "Friday", "1989-10-27"),
    ("The group might come to the U.S. as soon as Tuesday.", "Tuesday", "1989-10-31"),
    ("The ground offensive began as previously planned Saturday night.", "Saturday night", "1989-10-28TNI"),
]


@pytest.mark.parametrize("sentence, expr, value", TENSE_CASES, ids=[c[0][:40] for c in TENSE_CASES])
def test_weekday_tense_cues(sentence, expr, value):
    assert only(sentence, expr, dt.date(1989, 10, 30)).value == value


@pytest.mark.parametrize("text", [
    "Protesters gathered at the annual March for Life on Capitol Hill.",
    "He walked at the head of the March of the Combatant Mothers.",
])
def test_a_named_march_is_not_a_month(text):
    assert [t.text for t in tag_times(text, REF)] == []


def test_march_of_a_year_is_still_a_month():
    assert only("The talks resumed in March of the following year.", "March").type.value == "DATE"


STORY_WEEKDAY_CASES = [
    ("Stocks fell on Friday, Oct. 27. The previous Friday they had risen.", "The previous Friday", "1989-10-20"),
    ("He arrived on Monday, Oct. 2. The following Thursday he left.", "The following Thursday", "1989-10-05"),
    ("The talks began on Oct. 12. That Friday the market fell.", "That Friday", "1989-10-13"),
    ("Sales rose that Friday.", "that Friday", "1989-10-27"),
]


@pytest.mark.parametrize("text, expr, value", STORY_WEEKDAY_CASES, ids=[c[1] for c in STORY_WEEKDAY_CASES])
def test_weekday_relative_to_the_story(text, expr, value):
    assert only(text, expr, dt.date(1989, 10, 30)).value == value


@pytest.mark.parametrize("sentence, expr, value", [
    ("Sales fell over the past year.", "the past year", "2016"),
    ("Crime rose during the last decade.", "the last decade", "200"),
    ("Prices climbed in the past month.", "the past month", "2017-10"),
])
def test_the_past_unit_is_the_last_calendar_unit(sentence, expr, value):
    t = only(sentence, expr)
    assert (t.type.value, t.value) == ("DATE", value)


def test_the_next_month_stays_a_period():
    t = only("Talks will go on for the next month.", "the next month")
    assert (t.type.value, t.value) == ("DURATION", "P1M")


@pytest.mark.parametrize("sentence, expr, value", [
    ("The talks lasted about five hours.", "five hours", "PT5H"),
    ("The march took around two weeks.", "two weeks", "P2W"),
])
def test_about_stays_outside_a_duration_but_marks_approx(sentence, expr, value):
    t = only(sentence, expr)
    assert (t.value, t.mod) == (value, "APPROX")


def test_nearly_stays_inside_the_extent():
    assert only("The siege lasted nearly three years.", "nearly three years").mod == "LESS_THAN"


def test_soon_after_a_modal_is_the_near_future():
    t = only("Prosecutors may soon seek an indictment.", "soon")
    assert (t.type.value, t.value) == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize("text", ["He was released as soon as possible.", "He died soon after the attack.",
                                  "The trickle soon became a flood."])
def test_soon_in_a_phrase_is_not_tagged(text):
    assert [t.text for t in tag_times(text, REF)] == []


@pytest.mark.parametrize("sentence, expr, value", [
    ("He woke at 4 in the morning.", "4 in the morning", "2017-11-04T04:00"),
    ("They met at three in the afternoon Tuesday.", "three in the afternoon Tuesday", "2017-10-31T15:00"),
    ("At 10:30 in the evening the shelling began.", "10:30 in the evening", "2017-11-04T22:30"),
    ("The alarm rang at twelve in the night.", "twelve in the night", "2017-11-04T00:00"),
])
def test_clock_time_with_part_of_day(sentence, expr, value):
    t = only(sentence, expr)
    assert (t.type.value, t.value) == ("TIME", value)


def test_last_half_of_a_year():
    assert only("Sales rose in the last half of 1989.", "the last half of 1989").value == "1989-H2"


@pytest.mark.parametrize("sentence, expr, value", [
    ("Women's Day will fall on March eighth.", "March eighth", "2018-03-08"),
    ("He was born on January twenty-first, nineteen ninety.", "January twenty-first, nineteen ninety", "1990-01-21"),
    ("The vote was held on October the third.", "October the third", "2017-10-03"),
])
def test_month_with_an_ordinal_word(sentence, expr, value):
    assert only(sentence, expr).value == value


def test_month_the_ordinal_noun_is_just_the_month():
    texts = [t.text for t in tag_times("In March the second wave came.", REF)]
    assert texts == ["March"]


def test_the_year_period_after_a_quarter_is_that_quarter():
    text = "Third-quarter profit rose 5% from the 1988 period."
    assert only(text, "the 1988 period", dt.date(1989, 11, 1)).value == "1988-Q3"


def test_the_year_period_alone_is_the_year():
    assert only("Sales in the 1988 period fell.", "the 1988 period").value == "1988"


def test_possessive_weekday_before_a_name_is_a_date():
    t = only("Tuesday's New Hampshire primary was close.", "Tuesday")
    assert t.value == "2017-10-31"


def test_as_many_years_is_not_a_duration():
    assert [t.text for t in tag_times("It was his third term in office in as many years.", REF)] == []


@pytest.mark.parametrize("ref, sentence, value", [
    ("2008-03-05", "The Beijing Olympics begin in August.", "2008-08"),   # five months ahead, no tense cue
    ("2008-03-05", "The Beijing Olympics begin in September.", "2007-09"),  # six months either way: the last
])
def test_month_without_tense_is_the_nearer_one(ref, sentence, value):
    month = sentence.split()[-1].rstrip(".")
    assert only(sentence, month, dt.date.fromisoformat(ref)).value == value
