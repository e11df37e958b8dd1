"""The temporal tagger, one family at a time: each case names an expression in a sentence and the TimeML
value, type and modifier it must get against a fixed reference date (Saturday 2017-11-04)."""

import datetime as dt

import pytest

from newsline.core.model import Precision, TimeAnchor, TimeType
from newsline.core.temporal.tagger import tag_times

from temporal_helpers import REF, only  # noqa: E402


CASES = [
    # sentence, expression, type, value, mod
    ("Troops entered the town yesterday.", "yesterday", "DATE", "2017-11-03", None),
    ("The talks resume tomorrow.", "tomorrow", "DATE", "2017-11-05", None),
    ("The city fell in July.", "July", "DATE", "2017-07", None),
    ("The city will vote in December.", "December", "DATE", "2017-12", None),
    ("The vote will be held in March.", "March", "DATE", "2018-03", None),
    ("Prices rose last month.", "last month", "DATE", "2017-10", None),
    ("He resigned on Tuesday.", "Tuesday", "DATE", "2017-10-31", None),
    ("He will resign on Tuesday.", "Tuesday", "DATE", "2017-11-07", None),
    ("The deal was signed on Nov. 3.", "Nov. 3", "DATE", "2017-11-03", None),
    ("It was signed on Sept 3.", "Sept 3", "DATE", "2017-09-03", None),
    ("It happened on 3 November 2017.", "3 November 2017", "DATE", "2017-11-03", None),
    ("It happened on 2017-11-03.", "2017-11-03", "DATE", "2017-11-03", None),
    ("Music changed in the 1990s.", "the 1990s", "DATE", "199", None),
    ("Sales grew in early 2015.", "early 2015", "DATE", "2015", "START"),
    ("They met in mid-July.", "mid-July", "DATE", "2017-07", "MID"),
    ("The plant closed late last year.", "late last year", "DATE", "2016", "END"),
    ("Shares fell last week.", "last week", "DATE", "2017-W43", None),
    ("Profit rose in the third quarter.", "the third quarter", "DATE", "2017-Q3", None),
    ("The rally began this spring.", "this spring", "DATE", "2017-SP", None),
    ("The war started a decade ago.", "a decade ago", "DATE", "2007", None),
    ("The siege lasted nearly three years.", "nearly three years", "DURATION", "P3Y", "LESS_THAN"),
    ("It fell just over a week after the start.", "just over a week", "DURATION", "P1W", "MORE_THAN"),
    ("Fighting lasted twenty-four hours.", "twenty-four hours", "DURATION", "PT24H", None),
    ("It took several months.", "several months", "DURATION", "PXM", None),
    ("It took a few days.", "a few days", "DURATION", "PXD", None),
    ("Output fell over the past three years.", "the past three years", "DURATION", "P3Y", None),
    ("The market opens every Friday.", "every Friday", "SET", "XXXX-WXX-5", None),
    ("The fair is held annually.", "annually", "SET", "P1Y", None),
    ("He recently moved.", "recently", "DATE", "PAST_REF", None),
    ("They are now in talks.", "now", "DATE", "PRESENT_REF", None),
    ("He currently lives abroad.", "currently", "DATE", "PRESENT_REF", None),
    ("Talks will follow in the coming weeks.", "the coming weeks", "DATE", "FUTURE_REF", None),
    ("Such wars belong to the past.", "the past", "DATE", "PAST_REF", None),
    ("The blast came at 3 p.m. yesterday.", "3 p.m. yesterday", "TIME", "2017-11-03T15:00", None),
    ("The curfew starts at midnight.", "midnight", "TIME", "2017-11-04T24:00", None),
    ("Christmas Day will fall on a Monday.", "Christmas Day", "DATE", "2017-12-25", None),
    ("Christmas Day fell on a Sunday.", "Christmas Day", "DATE", "2016-12-25", None),
    ("He was born in 1958.", "1958", "DATE", "1958", None),
    ("It was founded in the 19th century.", "the 19th century", "DATE", "18", None),
    ("Nothing changed in the year two thousand.", "the year two thousand", "DATE", "2000", None),
    ("The firm was a two-year-old startup with a five-year plan.", "five-year", "DURATION", "P5Y", None),
    ("Sales rose in the first half of 2016.", "the first half of 2016", "DATE", "2016-H1", None),
    ("The next hearing is on Friday, Nov. 10.", "Friday, Nov. 10", "DATE", "2017-11-10", None),
    ("The meeting took place on 3rd of November 2017.", "3rd of November 2017", "DATE", "2017-11-03", None),
    ("The plan runs until the end of the year.", "the end of the year", "DATE", "2017", "END"),
    ("The strike began at 0600 GMT on Friday.", "0600 GMT on Friday", "TIME", "2017-11-03T06:00", None),
    ("The blast came at 10.30am.", "10.30am", "TIME", "2017-11-04T10:30", None),
    ("It ended a month-long siege.", "month-long", "DURATION", "P1M", None),
    ("It ended years-long talks.", "years-long", "DURATION", "PXY", None),
    ("Aircraft struck overnight.", "overnight", "TIME", "2017-11-03TNI", None),
    ("The 2011-12 season was long.", "2011", "DATE", "2011", None),
    ("They fought in the summer of 2014.", "the summer of 2014", "DATE", "2014-SU", None),
    ("Posted 2017-11-03T15:00:00Z by staff.", "2017-11-03T15:00:00Z", "TIME", "2017-11-03T15:00", None),
    ("Am 3.11.2017 fiel die Stadt.", "3.11.2017", "DATE", "2017-11-03", None),
    ("It happened on 11/3/2017.", "11/3/2017", "DATE", "2017-11-03", None),
    ("Revenue rose 5% in Q3 2016.", "Q3 2016", "DATE", "2016-Q3", None),
    ("Sales fell in H1 2016.", "H1 2016", "DATE", "2016-H1", None),
    ("Prices have been rising since December.", "December", "DATE", "2016-12", None),
    ("The vote is set for around Nov. 20.", "around Nov. 20", "DATE", "2017-11-20", "APPROX"),
    ("Profits will grow in 2019 and beyond.", "2019 and beyond", "DATE", "2019", "ON_OR_AFTER"),
    ("The show airs Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", None),
]


@pytest.mark.parametrize("sentence, expr, type_, value, mod", CASES, ids=[c[1] for c in CASES])
def test_expression_value(sentence, expr, type_, value, mod):
    t = only(sentence, expr)
    assert (t.type.value, t.value, t.mod) == (type_, value, mod)


def test_two_years_give_two_expressions():
    times = tag_times("At the height of its power, in 2014 and 2015, the group held a third of Iraq.", REF)
    assert [(t.text, t.value) for t in times] == [("2014", "2014"), ("2015", "2015")]


def test_ranges_give_two_dates():
    assert [t.value for t in tag_times("He served from 2014 to 2016.", REF)] == ["2014", "2016"]
    assert [t.value for t in tag_times("Fighting raged between March and May.", REF)] == ["2017-03", "2017-05"]


@pytest.mark.parametrize("text", [
    "You may leave now if you want", "They may return.", "a protest march through the city",
    "Between 1500 to 2500 fighters remain.", "The town is 320km from the border.", "It won 96 per cent.",
    "A copy of the Sunday Star-Times lay there.", "It costs $27 a month.", "Inflation hit 50%.",
    "A Tu-22M bomber flew over.", "About 2,500 people fled.", "They sent 2000 troops.", "Since the fall of Mosul, Isis has lost ground.",
    "After the spring of discontent, calm returned.", "It was Black Friday.", "Theresa May spoke.", "Mr. March, a commander, spoke.", "He told ABC's This Week program.", "Ms May said so.", "He lives at No. 2 Main Street.",
    "It is the second-largest city.", "The 2000 troops arrived.", "They fired 1200 rounds.",
])
def test_no_false_times(text):
    bad = {"may", "May", "march", "1500", "2500", "320", "96", "Sunday", "27", "50", "22", "2,500", "2", "second",
           "2000", "1200", "1500 to 2500", "the fall", "fall", "the spring", "Friday", "March", "May", "This Week"}
    assert [t.text for t in tag_times(text, REF) if t.text in bad] == []


def test_money_per_month_is_a_set_not_a_date():
    t = only("It costs $27 a month.", "a month")
    assert t.type == TimeType.SET and t.value == "P1M"


def test_intervals_and_precision():
    t = only("Shares fell last week.", "last week")
    assert (t.interval.earliest, t.interval.latest, t.interval.precision) == \
        (dt.date(2017, 10, 23), dt.date(2017, 10, 29), Precision.WEEK)
    q = only("Profit rose in the third quarter.", "the third quarter")
    assert (q.interval.earliest, q.interval.latest, q.interval.precision) == \
        (dt.date(2017, 7, 1), dt.date(2017, 9, 30), Precision.QUARTER)
    d = only("Music changed in the 1990s.", "the 1990s")
    assert (d.interval.earliest, d.interval.latest, d.interval.precision) == \
        (dt.date(1990, 1, 1), dt.date(1999, 12, 31), Precision.DECADE)
    w = only("The rally began this winter.", "this winter")
    assert w.interval.earliest == dt.date(2017, 12, 1) and w.interval.latest == dt.date(2018, 2, 28)
    dur = only("The siege lasted nearly three years.", "nearly three years")
    assert dur.interval is None and dur.anchor == TimeAnchor.NONE


def test_ids_in_text_order_and_sentences():
    from newsline.core.model import Sentence, Span
    text = "He left on Monday. He came back in July."
    sentences = [Sentence(index=0, span=Span(start=0, end=18)), Sentence(index=1, span=Span(start=19, end=len(text)))]
    times = tag_times(text, REF, sentences)
    assert [(t.id, t.text, t.sentence) for t in times] == [("t1", "Monday", 0), ("t2", "July", 1)]
    assert [t.sentence for t in tag_times(text, REF)] == [None, None]  # no sentences given, none set


def test_relative_expressions_are_marked_relative():
    t = only("Troops entered the town yesterday.", "yesterday")
    assert t.anchor == TimeAnchor.REFERENCE and t.is_relative
    a = only("It happened on 3 November 2017.", "3 November 2017")
    assert a.anchor == TimeAnchor.ABSOLUTE
