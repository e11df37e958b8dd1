"""Round 14 (short round): families round 13 left, fixed as general rules. Every sentence here is written for the
test; none comes from a corpus."""

import datetime as dt

from newsline.core.temporal.tagger import tag_times

REF = dt.date(2019, 3, 13)  # a Wednesday
REF2 = dt.date(2004, 10, 6)  # a Wednesday
REF3 = dt.date(2006, 5, 10)  # a Wednesday
REF4 = dt.date(2007, 11, 14)  # a Wednesday


def tagged(sentence, ref=REF):
    return [(t.text, t.type.value, t.value) for t in tag_times(sentence, ref)]


# ---------------------------------------------------------------- "a week ago Tuesday": one day
def test_a_week_ago_weekday_is_the_weekday_before_last():
    assert tagged("The bank was robbed a week ago Tuesday.") == [("a week ago Tuesday", "DATE", "2019-03-05")]
    assert tagged("He was last seen a week ago Tuesday, police said.", REF2) == [
        ("a week ago Tuesday", "DATE", "2004-09-28")]
    # written on a Tuesday: the last Tuesday is a week back, so "a week ago Tuesday" is two weeks back
    assert tagged("He was last seen two weeks ago Tuesday.", dt.date(2004, 10, 5)) == [
        ("two weeks ago Tuesday", "DATE", "2004-09-14")]
    assert ("a week ago Tuesday", "DATE", "2007-11-06") in tagged(
        "Shares fell on Tuesday after the company cut its forecast a week ago Tuesday.", REF4)
    # negative cases: unchanged
    assert tagged("He left a week ago. Tuesday was cold.") == [
        ("a week ago", "DATE", "2019-W10"), ("Tuesday", "DATE", "2019-03-12")]
    assert tagged("He left a week ago, Tuesday officials said.") == [
        ("a week ago", "DATE", "2019-W10"), ("Tuesday", "DATE", "2019-03-12")]


# ---------------------------------------------------------------- US election day: one date
def test_the_first_tuesday_after_the_first_monday_in_november():
    assert tagged("Voters will go to the polls the first Tuesday after the first Monday in November.", REF3) == [
        ("the first Tuesday after the first Monday in November", "DATE", "2006-11-07")]
    assert tagged("The election was held on the first Tuesday after the first Monday in November.",
                  dt.date(2000, 11, 16)) == [
        ("the first Tuesday after the first Monday in November", "DATE", "2000-11-07")]
    # 2015: Nov. 1 is a Sunday, the first Monday the 2nd, the Tuesday after it the 3rd
    assert tagged("The vote is set for the first Tuesday after the first Monday in November 2015.") == [
        ("the first Tuesday after the first Monday in November 2015", "DATE", "2015-11-03")]
    # negative cases: unchanged
    assert tagged("The first Saturday in May is Derby day.") == [("The first Saturday in May", "DATE", "2019-05-04")]


# ---------------------------------------------------------------- "through the night": the story's night
def test_through_the_night_is_the_night_of_the_story_s_day():
    assert tagged("The storm hit on Monday. Crews worked through the night.") == [
        ("Monday", "DATE", "2019-03-11"), ("the night", "TIME", "2019-03-11TNI")]
    assert tagged("Fire broke out on Tuesday evening and burned throughout the night, officials said.", REF2) == [
        ("Tuesday evening", "TIME", "2004-10-05TEV"), ("the night", "TIME", "2004-10-05TNI")]
    # negative cases: unchanged
    assert tagged("Crews worked through the night.") == []
    assert tagged("The storm hit on Monday. He worked through the night shift.") == [("Monday", "DATE", "2019-03-11")]
    assert tagged("The storm hit on Monday. We spent the night in a shelter.") == [("Monday", "DATE", "2019-03-11")]
    assert tagged("The storm hit on Monday. Rain fell all day. It was cold. Crews worked through the night.") == [
        ("Monday", "DATE", "2019-03-11")]


# ---------------------------------------------------------------- "a week later, on Sept. 15": the apposition's date
def test_an_unanchored_offset_takes_the_date_set_off_after_it():
    assert tagged("The talks resumed a week later, on Sept. 15.", REF2) == [
        ("a week later", "DATE", "2004-09-15"), ("Sept. 15", "DATE", "2004-09-15")]
    assert tagged("Trading halted. It resumed two days later, on Friday.") == [
        ("two days later", "DATE", "2019-03-08"), ("Friday", "DATE", "2019-03-08")]
    assert tagged("The strike ended three months later, in June 2018.") == [
        ("three months later", "DATE", "2018-06"), ("June 2018", "DATE", "2018-06")]
    # negative cases: unchanged
    assert tagged("A week later, police made an arrest.") == [("A week later", "DATE", "XXXX-WXX")]
    assert tagged("Talks broke off on March 5. They resumed a week later, on March 12.") == [
        ("March 5", "DATE", "2019-03-05"), ("a week later", "DATE", "2019-03-12"), ("March 12", "DATE", "2019-03-12")]
    # "Later in the day" stays untagged, as TBAQ leaves it (docs/temporal.md, round 14)
    assert tagged("The storm hit on Monday. Later in the day, the river crested.") == [("Monday", "DATE", "2019-03-11")]


# ---------------------------------------------------------------- "Voters go to the polls on Nov. 7": ahead
def test_going_to_the_polls_in_the_plural_present_looks_ahead():
    assert tagged("Voters go to the polls on Nov. 7.", REF3) == [("Nov. 7", "DATE", "2006-11-07")]
    assert tagged("Voters head to the polls on Nov. 5.") == [("Nov. 5", "DATE", "2019-11-05")]
    assert tagged("Voters go to the polls in November.", REF3) == [("November", "DATE", "2006-11")]
    # negative case: the past stays past
    assert tagged("Voters went to the polls on Nov. 7.", dt.date(2006, 11, 10)) == [("Nov. 7", "DATE", "2006-11-07")]


# ---------------------------------------------------------------- found by probing: the same idiom's kin
def test_a_week_from_weekday_the_weekday_before_last_and_a_part_of_the_day():
    assert tagged("The company will report results a week from Tuesday.") == [
        ("a week from Tuesday", "DATE", "2019-03-26")]
    assert tagged("The deal closes two weeks from Friday.") == [("two weeks from Friday", "DATE", "2019-03-29")]
    assert tagged("The hearing was held the Tuesday before last.", REF2) == [
        ("the Tuesday before last", "DATE", "2004-09-28")]
    assert tagged("The strike ended a week ago Friday night.") == [
        ("a week ago Friday night", "TIME", "2019-03-01TNI")]
    # negative cases: a period starting on the day, a possessive, another holiday after "before last"
    assert tagged("Schools will be closed for at least two weeks from Monday.", dt.date(2020, 3, 17)) == [
        ("at least two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2020-03-23")]
    assert tagged("The show runs for a week from Friday.") == [
        ("a week", "DURATION", "P1W"), ("Friday", "DATE", "2019-03-15")]
    assert ("Tuesday", "DATE", "2004-10-05") in tagged("The hearing was held the Tuesday before last Thanksgiving.",
                                                         REF2)


def test_late_into_the_night_is_the_story_s_night_too():
    assert tagged("The canvass began Tuesday. Lawyers argued late into the night.", dt.date(2000, 11, 16)) == [
        ("Tuesday", "DATE", "2000-11-14"), ("the night", "TIME", "2000-11-14TNI")]
    # negative cases: a noun after "the night", no day told
    assert tagged("On Tuesday, he disappeared into the night air.", dt.date(2000, 11, 16)) == [
        ("Tuesday", "DATE", "2000-11-14")]
    assert tagged("Lawyers argued late into the night.") == []
