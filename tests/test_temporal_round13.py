"""Round 13: families the previous rounds found but left, fixed as general rules. Every sentence here is written
for the test; none comes from a corpus."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times

REF = dt.date(2019, 3, 13)  # a Wednesday
REF2 = dt.date(2004, 10, 6)  # a Wednesday


def tagged(sentence, ref=REF):
    return [(t.text, t.type.value, t.value) for t in tag_times(sentence, ref)]


# ---------------------------------------------------------------- the present of an institution's scheduled act
def test_an_institution_s_act_in_the_present_lies_ahead():
    assert tagged("The Supreme Court rules on Friday on the health law.") == [("Friday", "DATE", "2019-03-15")]
    assert tagged("The judge sentences him on Friday.", REF2) == [("Friday", "DATE", "2004-10-08")]
    assert tagged("The Federal Reserve decides Monday on interest rates.") == [("Monday", "DATE", "2019-03-18")]
    assert tagged("The court hears arguments on Tuesday.", REF2) == [("Tuesday", "DATE", "2004-10-12")]
    assert tagged("The ECB sets rates on Thursday.") == [("Thursday", "DATE", "2019-03-14")]
    assert tagged("Voters choose a new president on Sunday.") == [("Sunday", "DATE", "2019-03-17")]


def test_the_past_of_the_act_and_the_noun_stay_past():
    assert tagged("The court ruled on Friday that the law was valid.") == [("Friday", "DATE", "2019-03-08")]
    assert tagged("The court heard arguments on Tuesday.", REF2) == [("Tuesday", "DATE", "2004-10-05")]
    assert tagged("The new rules on Friday angered traders.") == [("Friday", "DATE", "2019-03-08")]


# ---------------------------------------------------------------- "on a Friday in May 2008": some day of that month
def test_an_indefinite_weekday_in_a_month_is_a_day_of_that_month():
    assert tagged("He was arrested on a Friday in May 2008.") == [
        ("Friday", "DATE", "2008-05-XX"), ("May 2008", "DATE", "2008-05")]
    assert tagged("The attack happened on a Sunday in June.") == [
        ("Sunday", "DATE", "2018-06-XX"), ("June", "DATE", "2018-06")]
    assert tagged("He was shot on Friday in May 2008.") == [("Friday", "DATE", "2008-05-XX"), ("May 2008", "DATE", "2008-05")]
    assert tagged("It happened on a Friday, police said.") == [("Friday", "DATE", "XXXX-WXX-5")]


def test_a_weekday_of_the_month_of_writing_or_naming_a_thing_keeps_its_week():
    assert ("Friday", "DATE", "2019-03-08") in tagged("Police said the man was killed on Friday in March 2019.")
    assert tagged("He said a Friday deadline was too soon.") == [("Friday", "DATE", "2019-03-08")]


# ---------------------------------------------------------------- seasons of a sport: vague references
def test_a_season_of_a_sport_is_a_vague_reference():
    assert tagged("He has scored 20 goals this season.") == [("this season", "DATE", "PRESENT_REF")]
    assert tagged("The Yankees won 100 games last season.") == [("last season", "DATE", "PAST_REF")]
    assert tagged("The team hopes to do better next season.") == [("next season", "DATE", "FUTURE_REF")]
    assert ("The new season", "DATE", "FUTURE_REF") in tagged("The new season starts in August.")
    assert ("Last season", "DATE", "PAST_REF") in tagged("Last season's champions lost on Sunday.")


def test_a_season_of_a_series_or_of_nature_is_not_the_sport_s():
    assert tagged("The new season of the show airs in May.") == [("May", "DATE", "2019-05")]
    assert tagged("He missed the last season of his career.") == []
    assert tagged("It was the worst hurricane season on record.") == []


# ---------------------------------------------------------------- "in April, three months later": an apposition
def test_an_offset_in_apposition_restates_the_time_before_it():
    assert tagged("The court ruled in April, three months later.") == [
        ("April", "DATE", "2018-04"), ("three months later", "DATE", "2018-04")]
    assert ("three months later", "DATE", "2019-04") in tagged(
        "The suit was filed in January. The court ruled in April, three months later.")
    assert ("a week later", "DATE", "2019-03-10") in tagged(
        "He was arrested on March 3. He died on March 10, a week later, in hospital.")


def test_an_offset_opening_a_clause_counts_on():
    assert ("two months later", "DATE", "2018-07") in tagged("The bill passed in May, two months later it became law.")
    assert ("Two days later", "DATE", "2019-03-05") in tagged("He was arrested on March 3. Two days later, he was charged.")


# ---------------------------------------------------------------- "a long night": the story's night, not P1D
def test_a_long_night_is_the_story_s_night():
    assert tagged("The storm hit on Monday. It was a long night for the rescuers.") == [
        ("Monday", "DATE", "2019-03-11"), ("a long night", "TIME", "2019-03-11TNI")]
    assert tagged("It was a long night for the rescuers.") == [("a long night", "TIME", "XXXX-XX-XXTNI")]
    assert tagged("It was a long day for the team.") == [("a long day", "DATE", "XXXX-XX-XX")]


def test_a_long_night_measured_stays_a_duration():
    assert tagged("He spent a long night in a cell.") == [("a long night", "DURATION", "P1D")]
    assert tagged("She took a long day off.") == [("a long day", "DURATION", "P1D")]


# ---------------------------------------------------------------- "every weekday", "the third Tuesday of the month"
def test_every_weekday_is_the_set_of_working_days():
    t = tag_times("Workers must be at the plant every weekday.", REF)
    assert [(x.text, x.type.value, x.value, x.quant) for x in t] == [("every weekday", "SET", "XXXX-WXX-WD", "EVERY")]
    assert tagged("The office is open on weekdays.") == [("weekdays", "SET", "XXXX-WXX-WD")]
    assert tagged("He goes there every weekend.") == [("every weekend", "SET", "XXXX-WXX-WE")]
    assert tagged("Every week, he calls home.") == [("Every week", "SET", "P1W")]


def test_the_nth_weekday_of_the_month():
    assert tagged("The board meets on the third Tuesday of the month.") == [
        ("the third Tuesday of the month", "DATE", "2019-03-19")]
    assert tagged("The sale ends on the last Friday of the month.") == [
        ("the last Friday of the month", "DATE", "2019-03-29")]
    assert tagged("The board meets on the third Tuesday of every month.") == [
        ("the third Tuesday of every month", "SET", "P1M")]
    # the month named keeps its own rule
    assert tagged("The court sits on the first Monday in October.", REF2) == [
        ("the first Monday in October", "DATE", "2004-10-04")]


# ---------------------------------------------------------------- the day an act is called or set for
def test_the_day_an_act_is_called_or_set_for_lies_ahead():
    assert ("Thursday", "DATE", "2019-03-14") in tagged("The union called a 24-hour strike for Thursday.")
    assert tagged("The judge set a hearing for Monday.", REF2) == [("Monday", "DATE", "2004-10-11")]
    assert tagged("The opposition has called a general strike for Friday.") == [("Friday", "DATE", "2019-03-15")]


def test_a_record_set_on_a_day_and_a_possessive_day_stay_past():
    assert tagged("The team set a record on Monday.") == [("Monday", "DATE", "2019-03-11")]
    assert tagged("He was jailed for Thursday's attack.") == [("Thursday", "DATE", "2019-03-07")]


# ---------------------------------------------------------------- "who retires in January": a scheduled step
def test_the_present_of_retiring_lies_ahead():
    ref = dt.date(1998, 11, 18)
    assert tagged("Sen. Smith, who retires in January, voted no.", ref) == [("January", "DATE", "1999-01")]
    assert tagged("He retired in January.", ref) == [("January", "DATE", "1998-01")]


# ---------------------------------------------------------------- "the fiscal year ending in March"
def test_a_period_ending_in_a_month_closes_in_the_nearest_one():
    ref = dt.date(2000, 11, 16)
    assert ("March", "DATE", "2001-03") in tagged("The company cut its forecast for the fiscal year ending in March.", ref)
    assert ("March", "DATE", "2000-03") in tagged("Profit for the fiscal year that ended in March fell.", ref)


# ---------------------------------------------------------------- markets' "closed the week", "on the week"
def test_a_market_s_week_or_month_is_the_current_one():
    ref = dt.date(2007, 11, 16)
    assert tagged("The index closed the week up 2 percent.", ref) == [("the week", "DATE", "2007-W46")]
    assert tagged("The index rose 3 percent on the week.", ref) == [("the week", "DATE", "2007-W46")]
    assert tagged("The dollar ended the month lower.", ref) == [("the month", "DATE", "2007-11")]
    assert tagged("The index ended the week of talks lower.", ref) == []
