"""Recognition and extent of time expressions: which words a TIMEX3 covers, and what must not be tagged.
Each case names the expression in its sentence and the type and value it must get against a fixed reference
date (Saturday 2017-11-04)."""

import pytest

from newsline.core.temporal.tagger import tag_times

from temporal_helpers import REF, only  # noqa: E402


CASES = [
    # sentence, expression, type, value
    # a bare plural unit as the amount: "years ago", "days later"; before a clause only the unit
    ("The mill closed years ago.", "years ago", "DATE", "PAST_REF"),
    ("Control Data, which just months ago was losing money, recovered.", "months ago", "DATE", "PAST_REF"),
    ("Days later, the army withdrew.", "Days later", "DURATION", "PXD"),
    ("Hours later the bridge collapsed.", "Hours later", "DURATION", "PTXH"),
    ("Centuries ago, the town was a port.", "Centuries ago", "DATE", "PAST_REF"),
    ("Seconds later, it exploded.", "Seconds later", "DURATION", "PTXS"),
    ("He crossed the border days after the shooting.", "days", "DURATION", "PXD"),
    ("His car was seen in the weeks before the attack.", "weeks", "DURATION", "PXW"),
    ("Aid poured in in the days following the attack.", "days", "DURATION", "PXD"),
    ("Prices fell in the months leading up to the war.", "months", "DURATION", "PXM"),
    ("Police arrived within hours of the attack.", "hours", "DURATION", "PTXH"),
    # hedged and coordinated amounts are one expression
    ("He probably died within weeks or months of his capture.", "weeks or months", "DURATION", "PXW"),
    ("Many funds in recent weeks and months have sold bonds.", "recent weeks and months", "DURATION", "PXW"),
    ("You may, in a year or two, save more lives.", "a year or two", "DURATION", "PXY"),
    ("A day or two later the rebels returned.", "A day or two later", "DURATION", "PXD"),
    ("The plant will be closed over the next year or so, a spokesman said.", "the next year or so", "DURATION",
     "P1Y"),
    ("Prices peaked in 1990 or so.", "1990 or so", "DATE", "1990"),
    # years: "fiscal 1989 sales", "post-1959 politics"; an open end only closing the phrase
    ("Sales will be slightly above fiscal 1989 sales of $155 million.", "fiscal 1989", "DATE", "1989"),
    ("The post-1959 politics split families.", "post-1959", "DATE", "1959"),
    ("Output is back to pre-1990 levels.", "pre-1990", "DATE", "1990"),
    ("He flew in October 1984 and later served at NASA.", "October 1984", "DATE", "1984-10"),
    ("Cars built in 1994 and later, the agency said, are safe.", "1994 and later", "DATE", "1994"),
    # modifiers: before "the past N units" they belong to it; "over" before an adjectival duration is a
    # preposition; a period noun makes the phrase the time
    ("They discounted for at least the past 18 months.", "at least the past 18 months", "DURATION", "P18M"),
    ("He inflated earnings over a three-year period.", "a three-year period", "DURATION", "P3Y"),
    ("It was spread over a three-year plan.", "three-year", "DURATION", "P3Y"),
    ("The deal will close around year end.", "around year end", "DATE", "2017"),
    ("Prices peaked roughly 1990, he said.", "roughly 1990", "DATE", "1990"),
    ("He was shot on Oct. 23. Earlier that day, his family sent a fax.", "Earlier that day", "DATE",
     "2017-10-23"),
    # "the week of March 6"
    ("A court hearing is set for the week of March 6, his uncle said.", "the week of March 6", "DATE", "2018-W10"),
    ("They met the weekend of Oct. 7, 2017.", "the weekend of Oct. 7, 2017", "DATE", "2017-W40-WE"),
    # periods of unknown length
    ("Troops could be in the gulf region for some time.", "some time", "DURATION", "PXX"),
    ("They will have to live without power for a while.", "a while", "DURATION", "PXX"),
    ("The plant closed some time ago.", "some time ago", "DATE", "PAST_REF"),
    ("It recently became profitable after several quarters of losses.", "several quarters", "DURATION", "PXQ"),
    ("Funds may sell junk bonds in the weeks ahead.", "the weeks ahead", "DATE", "FUTURE_REF"),
    ("Over the years many patients died waiting.", "the years", "DURATION", "PXY"),
    ("It will seek more financing at a later date.", "a later date", "DATE", "FUTURE_REF"),
    # "the March accession" is the month; two days sharing a month
    ("The March accession will let them join.", "March", "DATE", "2018-03"),
    ("The summit was held on April 24 and 25.", "25", "DATE", "2017-04-25"),
    ("The summit was held on April 24 and 25, 1999 in Washington.", "April 24", "DATE", "1999-04-24"),
    ("The summit was held on April 24 and 25, 1999 in Washington.", "25, 1999", "DATE", "1999-04-25"),
    ("Protesters marched this past weekend.", "this past weekend", "DATE", "2017-W43-WE"),
    ("The vote comes this coming week.", "this coming week", "DATE", "2017-W45"),
    # extents that were cut or swallowed: "the early summer", "last Oct. 23", "the 1988 quarter"
    ("Orders rose from the low levels of the early summer.", "the early summer", "DATE", "2017-SU"),
    ("He was shot to death last Oct. 23 at his home.", "Oct. 23", "DATE", "2017-10-23"),
    ("Sales rose in the third quarter. It earned $3 million in the 1988 quarter.", "the 1988 quarter", "DATE",
     "1988-Q3"),
    # no quarter named: the 1988 quarter of the latest one reported (written 2017-11-04: the third)
    ("It earned $3 million in the 1988 quarter.", "the 1988 quarter", "DATE", "1988-Q3"),
    # a list of years; "into the summer"
    ("Tapes show his car at the border in 1994, 1995 and 1997.", "1995", "DATE", "1995"),
    ("Demand will outrun supply well into the summer.", "the summer", "DATE", "2018-SU"),
    # the age of a state of affairs is a time span; a person's age is not
    ("The bomb was aimed at the IRA's 8-month-old truce.", "8-month-old", "DURATION", "P8M"),
    ("Kenya hoped for an end to a years-old slump in tourism.", "years-old", "DURATION", "PXY"),
    # a possessive year; the first time of a clock range
    ("2008's record profits were not repeated.", "2008", "DATE", "2008"),
    ("Polls are open between 2 and 4 p.m. today.", "2", "TIME", "2017-11-04T14:00"),
    ("The office is open from 9 to 11 a.m. today.", "9", "TIME", "2017-11-04T09:00"),
    ("Marches have provoked violence for the past three summers.", "the past three summers", "SET", "XXXX-SU"),
    ("Loss carry-forwards will cut tax payments in future quarters.", "future quarters", "DATE", "FUTURE_REF"),
    ("He was shot on Oct. 23. His name was crossed out that same day.", "that same day", "DATE", "2017-10-23"),
    ("He left in 1995. That same year she came back.", "That same year", "DATE", "1995"),
    ("The new law took effect on the first of May.", "the first of May", "DATE", "2017-05-01"),
    ("It was signed on the twenty-first of June, 1998.", "the twenty-first of June, 1998", "DATE", "1998-06-21"),
    # a period of the story one year back is one expression
    ("Profit fell in the third quarter. For the quarter a year ago, it earned more.", "the quarter a year ago",
     "DATE", "2016-Q3"),
    ("Net rose in the third quarter, compared with the corresponding period last year.",
     "the corresponding period last year", "DATE", "2016-Q3"),
    ("Sales fell 3% from the month a year earlier.", "the month a year earlier", "DATE", "2016-11"),
    ("Sales fell in the third quarter. U.K. sales for last year's quarter were $3 million.", "last year's quarter",
     "DATE", "2016-Q3"),
    # fiscal periods
    ("In the fiscal year ended Jan. 31, the company had sales of $59 million.", "the fiscal year", "DURATION",
     "P1Y"),
    ("It earned $4 million for the fiscal-first quarter ended Sept. 30.", "the fiscal-first quarter", "DATE",
     "2017-Q1"),
    ("It posted net income for the fiscal second-quarter of $8.6 million.", "fiscal second-quarter", "DATE",
     "2017-Q2"),
    # two quarters named together
    ("Its business is usually done in the second and fourth quarters.", "second", "SET", "XXXX-Q2"),
    ("Profit fell in the first and second quarters of 1989.", "first", "DATE", "1989-Q1"),
    ("Profit fell in the first and second quarters of 1989.", "second quarters of 1989", "DATE", "1989-Q2"),
    # a half-year as a modifier; "a further two years"
    ("Second-half 2009 sales will rise.", "Second-half 2009", "DATE", "2009-H2"),
    ("First-half profit rose 8%.", "First-half", "DATE", "2017-H1"),
    ("The ban was extended for a further two years.", "a further two years", "DURATION", "P2Y"),
    ("The ban was extended for another year.", "another year", "DURATION", "P1Y"),
    # quarters of a unit (was "a century" = P100Y)
    ("He ruled for a quarter of a century.", "a quarter of a century", "DURATION", "P25Y"),
    ("The talks lasted three quarters of an hour.", "three quarters of an hour", "DURATION", "PT45M"),
    ("The plant opened a quarter-century ago.", "a quarter-century ago", "DATE", "1992"),
    ("The war ended half a century ago.", "half a century ago", "DATE", "1967"),
    ("The speech lasted an hour-and-a-half.", "an hour-and-a-half", "DURATION", "PT1H30M"),
    # a position in a decade or century keeps the article after "of"
    ("Crime fell by the end of the 1990s.", "the end of the 1990s", "DATE", "199"),
    ("Sales were flat in the last half of the '80s.", "the last half of the '80s", "DATE", "198"),
    ("The town grew in the middle of the 19th century.", "the middle of the 19th century", "DATE", "18"),
    ("Prices peaked at the end of the summer of 2017.", "the end of the summer of 2017", "DATE", "2017-SU"),
    ("Profit rose in the third quarter. By the end of the quarter, debt had fallen.", "the end of the quarter",
     "DATE", "2017-Q3"),
    # quarters named by a year or a month
    ("Apple reported a profit in its fiscal 2008 first quarter.", "fiscal 2008 first quarter", "DATE", "2008-Q1"),
    ("It lost money in their 2008 third quarter.", "2008 third quarter", "DATE", "2008-Q3"),
    ("Revenue rose in the 2007 fourth quarter.", "the 2007 fourth quarter", "DATE", "2007-Q4"),
    ("Sales rose 20% in the June quarter.", "the June quarter", "DATE", "2017-Q2"),
    ("Profit fell in its 2007 fiscal year.", "2007 fiscal year", "DATE", "2007"),
    ("In the past a lot has changed.", "the past", "DATE", "PAST_REF"),
    # a day counted within an event: today right after "is", else no date given
    ("It's the second day of an offensive by the security forces.", "the second day", "DATE", "2017-11-04"),
    ("He vowed to do so on his first day in office.", "first day", "DATE", "XXXX-XX-XX"),
    ("Officials said it could take weeks to restore power.", "weeks", "DURATION", "PXW"),
    ("Talks are expected to resume in the new year.", "the new year", "DATE", "2018"),
    # "over" as a preposition spreads across the period; after "last", "for"... it means "more than"
    ("The bill would cost $30 billion over five years.", "five years", "DURATION", "P5Y"),
    ("The tour is likely to last over a week.", "over a week", "DURATION", "P1W"),
    # plural weekdays are sets (the weekday alternation used to end in a word boundary before the "s")
    ("The museum stays open until 9 p.m. on Thursdays.", "Thursdays", "SET", "XXXX-WXX-4"),
    ("Sundays are quiet in the city.", "Sundays", "SET", "XXXX-WXX-7"),
    # a week of a month: the ISO week with most of its days in the month; a weekend: the n-th Saturday
    ("Talks resume in the first week of March 2010.", "the first week of March 2010", "DATE", "2010-W09"),
    ("It closed in the last week of May 2010.", "the last week of May 2010", "DATE", "2010-W21"),
    ("It snowed in the second week of January 2009.", "the second week of January 2009", "DATE", "2009-W02"),
    ("The fair is held the first weekend of October 2017.", "the first weekend of October 2017", "DATE",
     "2017-W40-WE"),
    ("Protesters prayed on Sunday as Easter week began in 2017.", "Easter week", "DATE", "2017-W15"),
    ("In 2000 people voted for change.", "2000", "DATE", "2000"),
    ("The plant will close by end of next month.", "end of next month", "DATE", "2017-12"),
    ("Growth should pick up in next year's first half.", "next year's first half", "DATE", "2018-H1"),
    ("Analysts are cautious about the year ahead.", "the year ahead", "DURATION", "P1Y"),
    ("Prices may fall in the weeks and months ahead.", "the weeks and months ahead", "DATE", "FUTURE_REF"),
    ("The yearlong investigation ended.", "yearlong", "DURATION", "P1Y"),
    ("Workers ended a weeklong strike.", "weeklong", "DURATION", "P1W"),
    # time zones stay with the clock time
    ("Trading halted at 3 p.m. ET today.", "3 p.m. ET today", "TIME", "2017-11-04T15:00"),
    ("The blast came at 2 p.m. Moscow time.", "2 p.m. Moscow time", "TIME", "2017-11-04T14:00"),
    ("Polls close at 9 a.m. Eastern Standard Time.", "9 a.m. Eastern Standard Time", "TIME", "2017-11-04T09:00"),
]


@pytest.mark.parametrize("sentence,expr,type_,value", CASES)
def test_expression(sentence, expr, type_, value):
    t = only(sentence, expr)
    assert (t.type.value, t.value) == (type_, value)


NOT_TIMES = [
    # sentence, text that must not be (part of) a time expression
    ("It is just a matter of days before the deal.", "days"),
    ("They held weeks of talks.", "weeks"),
    ("He counted the days since he left.", "days"),
    ("It has 2000 troops.", "2000"),
    ("The Tu-1995 crashed.", "1995"),
    ("They will look for ways to get around Wednesday's ruling.", "around"),
    ("Once in a while he calls.", "a while"),
    ("It took some time to decide.", "some time"),
    ("Labour won three quarters of the vote.", "quarters"),
    ("They were the years of war.", "years"),
    ("Thousands joined the March on Washington.", "March"),
    ("The March was peaceful.", "March"),
    ("On April 24 and 25 people died.", "25"),
    ("The poster showed Gary Cooper from the film High Noon.", "Noon"),
    ("For Poland, high noon comes today.", "noon"),
    ("He was shot to death last Oct. 23 at his home.", "last"),
    ("They sent 1,500, 2000 troops.", "2000"),
    ("A 6-year-old boy was rescued.", "6-year-old"),
    ("The 52-year-old mayor resigned.", "52-year-old"),
    ("She adopted a month-old baby.", "month-old"),
    ("Profits rose 2 to 4 p.m. traders said.", "2"),
    ("It was the first of many protests.", "first"),
    ("The party won another quarter of the vote.", "quarter"),
    ("Sales rose on a year-on-year basis.", "year"),
    ("Rent is due on the first day of the month.", "first day"),
    ("After weeks of sparring they agreed.", "weeks"),
    ("Shops close after the New Year holiday.", "New Year"),
    ("They bought a Christmas tree.", "Christmas"),
    ("Children joined the Easter egg hunt.", "Easter"),
    ("He signed the Good Friday Agreement.", "Good Friday"),
    ("There were 2000 people in the square.", "2000"),
    ("We meet at 5 p.m. next time.", "next time"),
    ("Turnout fell in the past two elections.", "the past"),
    ("He scored in the past 10 games.", "the past"),
    ("Trade is very important to the future of our peoples.", "the future"),
    ("Labour won a quarter of the vote.", "quarter"),
    ("The rally drew about 2000 people.", "2000"),
    ("The quarter-to-quarter comparison was enhanced by charges.", "quarter"),
]


@pytest.mark.parametrize("sentence,text", NOT_TIMES)
def test_not_a_time(sentence, text):
    start = sentence.index(text)
    end = start + len(text)
    assert not [t for t in tag_times(sentence, REF) if t.span.start < end and start < t.span.end]


EXACT = [
    # sentence, the exact list of expressions tagged
    ("Rescuers arrived 24 hours after the quake.", ["24 hours"]),
    ("Police came 13 days after the bombing.", ["13 days"]),
    ("Support fell by a year or 2% in a month.", ["a year", "a month"]),
]


def test_or_so_is_approximate():
    assert only("The plant will close over the next year or so.", "the next year or so").mod == "APPROX"


@pytest.mark.parametrize("sentence,texts", EXACT)
def test_exact_extents(sentence, texts):
    assert [t.text for t in tag_times(sentence, REF)] == texts


def test_pre_and_post_years_are_open_sides():
    assert only("The post-1959 politics split families.", "post-1959").mod == "AFTER"
    assert only("Output is back to pre-1990 levels.", "pre-1990").mod == "BEFORE"


def test_leading_modifiers():
    assert only("They discounted for at least the past 18 months.", "at least the past 18 months").mod == \
        "EQUAL_OR_MORE"
    assert only("He inflated earnings over a three-year period.", "a three-year period").mod is None
    assert only("Prices peaked roughly 1990, he said.", "roughly 1990").mod == "APPROX"
    assert only("He was shot on Oct. 23. Earlier that day, his family sent a fax.", "Earlier that day").mod == "START"


def test_decade_with_apostrophe_stays_a_decade():
    t = only("Music changed in the 1980's.", "the 1980's")
    assert (t.type.value, t.value) == ("DATE", "198")


def test_over_as_more_than_or_preposition():
    assert only("He was jailed for over a year.", "over a year").mod == "MORE_THAN"
    assert only("The bill would cost $30 billion over five years.", "five years").mod is None


def test_end_of_without_article_is_a_position():
    assert only("The plant will close by end of next month.", "end of next month").mod == "END"


def test_title_case_position_phrase_does_not_raise():
    # "The End Of The Year" used to raise AttributeError (the lead word was searched case-sensitively)
    t = only("The End Of The Year", "The End Of The Year")
    assert (t.value, t.mod) == ("2017", "END")


def test_position_in_a_decade_gives_its_modifier():
    assert only("Crime fell by the end of the 1990s.", "the end of the 1990s").mod == "END"
    assert only("Sales were flat in the last half of the '80s.", "the last half of the '80s").mod == "END"
