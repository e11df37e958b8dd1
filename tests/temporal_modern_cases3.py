"""A third, unseen list of news time expressions in the style of the TempEval-3 test genres (1989-2013 and today):
AP/Reuters wire stories, WSJ-style earnings and markets reports, CNN/ABC/VOA broadcast transcripts with spoken
numbers, Xinhua, NYT features, obituaries, sports results and disaster reports. Written by hand from the
TimeML/TIMEX3 guidelines (as TimeBank annotates them) BEFORE the tagger was run on any of it (commit of this
file); no sentence is taken from TBAQ, MEANTIME or any other corpus. Shared by tests/test_temporal_modern3.py
and bench/bench_modern.py; same format and judge as the first list (tests/temporal_modern_cases.py).

Families stressed (thin in lists 1 and 2): quarter and "year-earlier" language of earnings reports, weekdays with
parts of the day, clock times with US zones, numbers spoken out in transcripts, "the past N years", decades and
centuries, seasons, US holidays, "later this month"/"earlier this week"/"over the weekend", "within days",
"by the end of the year", ranges, approximate durations, sets, PAST/PRESENT/FUTURE_REF, anchoring on the previous
date of the narrative, and ages (never a TIMEX3 in TimeBank: "a 44-year-old") in sentences that hold no time.

Document creation times vary the weekday and fall on month ends and year boundaries; a comment gives the day.
Where the guidelines leave a choice a tuple lists the acceptable texts or values, the first preferred."""

from __future__ import annotations

import datetime as dt

from temporal_modern_cases import Case, X, c  # noqa: F401  (same record types and judge)
from temporal_modern_cases import flat as _flat

P = dt.date(1989, 10, 27)   # Friday, 1989-W43
P2 = dt.date(1989, 10, 31)  # Tuesday, 1989-W44, month end
T = dt.date(1991, 12, 31)   # Tuesday, ISO 1992-W01, year end
Q = dt.date(1998, 2, 27)    # Friday, 1998-W09
R = dt.date(2000, 1, 3)     # Monday, 2000-W01
N = dt.date(1996, 4, 22)    # Monday, 1996-W17
Z = dt.date(2003, 3, 20)    # Thursday, 2003-W12
O = dt.date(2005, 8, 31)    # Wednesday, 2005-W35, month end
V = dt.date(2007, 11, 5)    # Monday, 2007-W45
G = dt.date(2008, 10, 10)   # Friday, 2008-W41
U = dt.date(2010, 7, 1)     # Thursday, 2010-W26, quarter start
W = dt.date(2012, 9, 30)    # Sunday, 2012-W39, quarter end
S = dt.date(2013, 3, 29)    # Friday, 2013-W13 (Good Friday; Easter Sunday is 31 March)
Y = dt.date(2024, 1, 2)     # Tuesday, 2024-W01

CASES: list[Case] = [
    # ------------------------------------------------------------ earnings reports (WSJ style, 1989)
    # the year-earlier period of a quarter is that quarter a year back (TimeBank: "a year earlier" 1988-Q3)
    c("Net income in the third quarter rose 12% to $45.6 million from $40.7 million a year earlier.", P,
      X("the third quarter", "DATE", "1989-Q3"), X("a year earlier", "DATE", ("1988-Q3", "1988"))),
    c("Third-quarter earnings were 85 cents a share, compared with 71 cents in the year-earlier quarter.", P,
      X("Third-quarter", "DATE", "1989-Q3"), X("the year-earlier quarter", "DATE", "1988-Q3")),
    c("Revenue for the nine months fell 3% to $1.2 billion.", P, X("the nine months", "DURATION", "P9M")),
    c("The company said fourth-quarter profit would be about flat with the year-ago period.", P,
      X("fourth-quarter", "DATE", "1989-Q4"),
      X(("the year-ago period", "year-ago"), "DATE", ("1988-Q4", "1988"))),
    c("For fiscal 1990, the company expects sales of $2 billion.", P, X("fiscal 1990", "DATE", ("1990", "FY1990"))),
    c("Sales for the fiscal year ended Sept. 30 rose 8%.", P,
      X("the fiscal year", ("DATE", "DURATION"), ("1989", "P1Y")), X("Sept. 30", "DATE", "1989-09-30")),
    c("In composite trading on the New York Stock Exchange yesterday, the shares closed at $34.25.", P,
      X("yesterday", "DATE", "1989-10-26")),
    c("Stock prices have recovered most of the ground lost in the Oct. 13 plunge.", P,
      X("Oct. 13", "DATE", "1989-10-13")),
    c("Volume was the heaviest since Oct. 19, 1987, when the market crashed.", P,
      X("Oct. 19, 1987", "DATE", "1987-10-19")),
    c("The stock has more than doubled over the past 12 months.", P, X("the past 12 months", "DURATION", "P12M")),
    c("The board declared a dividend of 10 cents a share, payable Dec. 1 to holders of record Nov. 10.", P,
      X("Dec. 1", "DATE", "1989-12-01"), X("Nov. 10", "DATE", "1989-11-10")),
    c("The Dow Jones Industrial Average fell 18.6 points Friday to 2,627.2.", P2, X("Friday", "DATE", "1989-10-27")),
    c("The industry's output has declined in each of the past three years.", P2,
      X(("the past three years", "each of the past three years"), "DURATION", "P3Y")),
    c("Analysts said the sale could be completed by the end of the year.", P2,
      X("the end of the year", "DATE", "1989", "END")),
    c("The bank posted its first loss in the second quarter of this year.", P2,
      X("the second quarter of this year", "DATE", "1989-Q2")),
    # ------------------------------------------------------------ markets today and in 2008-2013
    c("The company will report second-quarter results on Aug. 14.", U,
      X("second-quarter", "DATE", "2010-Q2"), X("Aug. 14", "DATE", "2010-08-14")),
    c("Profit in the first half of 2010 jumped 40 percent.", U, X("the first half of 2010", "DATE", "2010-H1")),
    c("Analysts expect the Fed to raise rates later this year.", U,
      X(("later this year", "this year"), "DATE", "2010", ("END", None))),
    c("Same-store sales in June rose 4.2 percent from a year ago.", U,
      X("June", "DATE", "2010-06"), X("a year ago", "DATE", ("2009-06", "2009", "2009-07-01"))),
    c("Oil for August delivery settled at $72.95 a barrel.", U, X("August", "DATE", "2010-08")),
    c("Shares rose 3 percent in after-hours trading at 4:30 p.m. EDT.", U,
      X(("4:30 p.m. EDT", "4:30 p.m."), "TIME", "2010-07-01T16:30")),
    c("The Dow plunged 777 points on Monday, its biggest one-day point drop ever.", G,
      X("Monday", "DATE", "2008-10-06"), X("one-day", "DURATION", "P1D")),
    c("Trading was halted at 2:45 p.m. Eastern time.", G,
      X(("2:45 p.m. Eastern time", "2:45 p.m."), "TIME", "2008-10-10T14:45")),
    c("Earlier this week, the central bank cut rates by half a point.", G,
      X(("Earlier this week", "this week"), "DATE", "2008-W41", ("START", None))),
    c("The Treasury secretary will testify later this month.", G,
      X(("later this month", "this month"), "DATE", "2008-10", ("END", None))),
    c("The government hopes to sell the stakes by the end of the year.", G,
      X("the end of the year", "DATE", "2008", "END")),
    c("Credit markets have been frozen since mid-September.", G, X("mid-September", "DATE", "2008-09", "MID")),
    c("Stocks have lost about a third of their value in the past year.", G, X("the past year", "DURATION", "P1Y")),
    c("Jobless claims for the week ending Oct. 4 rose to 478,000.", G, X("Oct. 4", "DATE", "2008-10-04")),
    c("The firm filed for bankruptcy on Sept. 15. By the end of the week, its shares were worthless.", G,
      X("Sept. 15", "DATE", "2008-09-15"), X("the end of the week", "DATE", "2008-W38", "END")),
    c("Sales in fiscal 2012, which ended in June, rose 5 percent.", W,
      X("fiscal 2012", "DATE", ("2012", "FY2012")), X("June", "DATE", "2012-06")),
    c("Growth slowed to 7.4 percent in the third quarter, the slowest pace in three years.", W,
      X("the third quarter", "DATE", "2012-Q3"), X("three years", "DURATION", "P3Y")),
    c("Apple reported record revenue for the December quarter.", Y,
      X("the December quarter", "DATE", "2023-Q4")),
    c("The fourth-quarter figures, due later this month, are expected to show that growth slowed.", Y,
      X("fourth-quarter", "DATE", "2023-Q4"), X(("later this month", "this month"), "DATE", "2024-01", ("END", None))),
    c("The company has lost money in each of the last four quarters.", Y,
      X(("the last four quarters", "each of the last four quarters"), "DURATION", ("P4Q", "P12M", "P1Y"))),
    c("Inflation has fallen for six straight months.", Y, X("six straight months", "DURATION", "P6M")),
    c("The shares have risen fivefold in the past five years.", Y, X("the past five years", "DURATION", "P5Y")),
    # ------------------------------------------------------------ broadcast transcripts (spoken numbers)
    c("Good evening. It is Tuesday, December thirty-first, and here is the news.", T,
      X(("Tuesday, December thirty-first", "December thirty-first"), "DATE", "1991-12-31")),
    c("The president will speak to the nation at nine o'clock Eastern time tonight.", T,
      X(("nine o'clock Eastern time tonight", "nine o'clock Eastern time", "nine o'clock"), "TIME",
        "1991-12-31T21:00")),
    c("In nineteen ninety-one, the Soviet Union ceased to exist.", T, X("nineteen ninety-one", "DATE", "1991")),
    c("By the year two thousand, one in five Americans will be over sixty, the agency says.", T,
      X(("the year two thousand", "two thousand"), "DATE", "2000")),
    c("The plan would cut the deficit by five hundred billion dollars over five years.", T,
      X("five years", "DURATION", "P5Y")),
    c("Voters in New Hampshire go to the polls two weeks from today.", T,
      X("two weeks from today", "DATE", "1992-01-14")),
    c("Last week, the president met congressional leaders at the White House.", T,
      X("Last week", "DATE", "1991-W52")),
    c("Nineteen ninety-nine was the warmest year on record, scientists said.", R,
      X("Nineteen ninety-nine", "DATE", "1999")),
    c("That's the news on this Monday, January third.", R,
      X(("this Monday, January third", "Monday, January third", "January third"), "DATE", "2000-01-03")),
    c("Markets reopen tomorrow after the New Year's holiday.", R,
      X("tomorrow", "DATE", "2000-01-04"), X(("the New Year's holiday", "New Year's"), "DATE", "2000-01-01")),
    c("Forty-eight hours after the quake, rescuers were still pulling survivors from the rubble.", R,
      X(("Forty-eight hours", "Forty-eight hours after"), "DURATION", "PT48H")),
    c("Good morning. It's seven thirty on this Friday morning.", S,
      X("seven thirty", "TIME", "2013-03-29T07:30"), X("this Friday morning", "TIME", "2013-03-29TMO")),
    c("Officials say the death toll could rise in the coming days.", G,
      X("the coming days", ("DURATION", "DATE"), ("PXD", "FUTURE_REF"))),
    # ------------------------------------------------------------ Xinhua
    c("BEIJING, March 20 (Xinhua) -- China's economy grew 8 percent in 2002, the statistics bureau said Thursday.", Z,
      X("March 20", "DATE", "2003-03-20"), X("2002", "DATE", "2002"), X("Thursday", "DATE", "2003-03-20")),
    c("The two sides agreed to hold the next round of talks in Beijing in mid-April.", Z,
      X("mid-April", "DATE", "2003-04", "MID")),
    c("The plan covers the period from 2001 to 2005.", Z, X("2001", "DATE", "2001"), X("2005", "DATE", "2005")),
    c("The premier will pay an official visit to Russia from May 26 to 28.", Z,
      X("May 26", "DATE", "2003-05-26"), X("28", "DATE", "2003-05-28")),
    c("The national legislature closed its session on Tuesday.", Z, X("Tuesday", "DATE", "2003-03-18")),
    c("The talks broke down on March 3. The next day, both sides returned to the table.", Z,
      X("March 3", "DATE", "2003-03-03"), X("The next day", "DATE", "2003-03-04")),
    # ------------------------------------------------------------ disaster reports (AP)
    c("The earthquake struck at 4:31 a.m. on Jan. 17, 1994, killing 57 people.", dt.date(1994, 7, 18),
      X(("4:31 a.m.", "4:31 a.m. on Jan. 17, 1994"), "TIME", "1994-01-17T04:31"),
      X("Jan. 17, 1994", "DATE", "1994-01-17")),
    c("The hurricane made landfall early Monday near Buras, La., with winds of 145 mph.", O,
      X(("early Monday", "Monday"), "DATE", "2005-08-29", ("START", None))),
    c("By Tuesday afternoon, about 80 percent of the city was under water.", O,
      X("Tuesday afternoon", "TIME", "2005-08-30TAF")),
    c("The levee gave way Monday night or early Tuesday.", O,
      X("Monday night", "TIME", "2005-08-29TNI"), X(("early Tuesday", "Tuesday"), "DATE", "2005-08-30",
                                                     ("START", None))),
    c("Forecasters said the storm could strengthen within 24 hours.", O,
      X(("24 hours", "within 24 hours"), "DURATION", "PT24H", ("EQUAL_OR_LESS", None))),
    c("The death toll from last week's floods rose to 212 on Wednesday.", V,
      X(("last week's", "last week"), "DATE", "2007-W44"), X("Wednesday", "DATE", "2007-10-31")),
    c("A strong aftershock jolted the region shortly before dawn Saturday.", V,
      X(("dawn Saturday", "shortly before dawn Saturday"), "TIME", "2007-11-03TMO", ("BEFORE", None))),
    c("Within days, aid agencies had set up camps for 40,000 people.", V,
      X(("days", "Within days"), "DURATION", "PXD", ("EQUAL_OR_LESS", None))),
    c("The fire, which started on Sunday, has burned 12,000 acres over three days.", V,
      X("Sunday", "DATE", "2007-11-04"), X("three days", "DURATION", "P3D")),
    c("Over the weekend, European leaders met in Paris to discuss the crisis.", V,
      X(("the weekend", "Over the weekend"), "DATE", "2007-W44-WE")),
    c("Rebels seized the town on Aug. 6. Three days later, government troops retook it.", G,
      X("Aug. 6", "DATE", "2008-08-06"), X("Three days later", "DATE", "2008-08-09")),
    c("Yesterday's attacks killed thousands, officials said this morning.", dt.date(2001, 9, 12),
      X(("Yesterday's", "Yesterday"), "DATE", "2001-09-11"), X("this morning", "TIME", "2001-09-12TMO")),
    c("Exactly one year ago today, the towers fell.", dt.date(2002, 9, 11),
      X(("one year ago today", "Exactly one year ago today", "one year ago"), "DATE", "2001-09-11")),
    # ------------------------------------------------------------ police and court wire copy
    c("Police said the suspect was arrested Thursday evening at his home.", Q,
      X("Thursday evening", "TIME", "1998-02-26TEV")),
    c("The shooting happened about 10:15 p.m. Wednesday outside a bar.", Q,
      X(("about 10:15 p.m. Wednesday", "10:15 p.m. Wednesday"), "TIME", "1998-02-25T22:15", ("APPROX", None))),
    c("The Senate is expected to vote on the measure Monday morning.", Q, X("Monday morning", "TIME", "1998-03-02TMO")),
    c("Workers will strike from Monday through Wednesday.", Q,
      X("Monday", "DATE", "1998-03-02"), X("Wednesday", "DATE", "1998-03-04")),
    c("The exhibition runs from June through September.", Q,
      X("June", "DATE", "1998-06"), X("September", "DATE", "1998-09")),
    c("Between 1990 and 1995, exports doubled.", Q, X("1990", "DATE", "1990"), X("1995", "DATE", "1995")),
    c("The offer expires in 30 days.", Q, X("30 days", "DURATION", "P30D")),
    c("The cup final will be played on the first Saturday in May.", Q,
      X("the first Saturday in May", "DATE", "1998-05-02")),
    c("The launch is scheduled for 9:47 a.m. EST Thursday.", W,
      X(("9:47 a.m. EST Thursday", "9:47 a.m. EST"), "TIME", "2012-10-04T09:47")),
    c("The eclipse will peak at 0620 GMT on Friday.", W,
      X(("0620 GMT on Friday", "0620 GMT"), "TIME", "2012-10-05T06:20")),
    c("The verdict is expected after 3 p.m. local time (1900 GMT).", S,
      X(("3 p.m. local time", "3 p.m."), "TIME", "2013-03-29T15:00"), X("1900 GMT", "TIME", "2013-03-29T19:00")),
    # ------------------------------------------------------------ obituaries (ages are no TIMEX3)
    c("Smith, who died Tuesday at 84, led the company from 1962 until he retired in 1987.", N,
      X("Tuesday", "DATE", "1996-04-16"), X("1962", "DATE", "1962"), X("1987", "DATE", "1987")),
    c("Born in Vienna in 1911, she fled to London in the 1930s.", N,
      X("1911", "DATE", "1911"), X("the 1930s", "DATE", "193")),
    c("The 67-year-old actor had been ill for several months.", N, X("several months", "DURATION", "PXM")),
    c("She is survived by her husband of 52 years.", N, X("52 years", "DURATION", "P52Y")),
    c("A funeral will be held at 11 a.m. Saturday.", N, X("11 a.m. Saturday", "TIME", "1996-04-27T11:00")),
    c("He was 79 years old.", N),
    c("The former senator, aged 91, lived in Maine.", N),
    c("The gunman, a 44-year-old electrician, was shot by police.", N),
    # ------------------------------------------------------------ sports results
    c("The Bulls beat the Jazz 90-86 on Sunday night to win their sixth title in eight years.", dt.date(1998, 6, 15),
      X("Sunday night", "TIME", "1998-06-14TNI"), X("eight years", "DURATION", "P8Y")),
    c("The Yankees open the playoffs Tuesday against Texas.", dt.date(1998, 9, 28),
      X("Tuesday", "DATE", "1998-09-29")),
    c("He finished the marathon in 2 hours 8 minutes 12 seconds.", N,
      X("2 hours 8 minutes 12 seconds", "DURATION", "PT2H8M12S")),
    c("The 1997-98 season ends in June.", Q, X("1997", "DATE", "1997"), X("98", "DATE", "1998"),
      X("June", "DATE", "1998-06")),
    c("She won the title in 2012 and again the following year.", S,
      X("2012", "DATE", "2012"), X("the following year", "DATE", "2013")),
    c("The match lasted three hours and 40 minutes.", S,
      X("three hours and 40 minutes", "DURATION", "PT3H40M")),
    # ------------------------------------------------------------ features: decades, centuries, seasons
    c("In the 19th century, the town was a thriving port.", S, X("the 19th century", "DATE", "18")),
    c("The building, completed in the early 1960s, will be torn down next spring.", V,
      X("the early 1960s", "DATE", "196", "START"), X("next spring", "DATE", "2008-SP")),
    c("Over the past three decades, the neighborhood has changed beyond recognition.", S,
      X("the past three decades", "DURATION", "P30Y")),
    c("Since the mid-1980s, the firm has acquired 40 rivals.", S, X("the mid-1980s", "DATE", "198", "MID")),
    c("The late 19th century saw rapid industrialization.", S, X("The late 19th century", "DATE", "18", "END")),
    c("The coal industry has been in decline for decades.", S, X("decades", "DURATION", ("PXE", "PXY"))),
    c("The 2000s were a lost decade for stocks.", S, X("The 2000s", "DATE", "200")),
    c("Last summer was the driest in memory.", V, X("Last summer", "DATE", "2007-SU")),
    c("Crops were damaged by the drought this summer.", W, X("this summer", "DATE", "2012-SU")),
    c("The offensive began in the spring of 1943.", S, X("the spring of 1943", "DATE", "1943-SP")),
    c("Earlier this year, the company cut 1,200 jobs.", W,
      X(("Earlier this year", "this year"), "DATE", "2012", ("START", None))),
    # ------------------------------------------------------------ holidays
    c("Thanksgiving falls on Nov. 22 this year.", V,
      X("Thanksgiving", "DATE", "2007-11-22"), X("Nov. 22", "DATE", "2007-11-22"), X("this year", "DATE", "2007")),
    c("Stores will open at 5 a.m. on the day after Thanksgiving.", V,
      X("5 a.m.", "TIME", "2007-11-23T05:00"), X("the day after Thanksgiving", "DATE", "2007-11-23")),
    c("On Christmas Eve, the troops received mail from home.", T, X("Christmas Eve", "DATE", "1991-12-24")),
    c("Banks will be closed on New Year's Day.", T, X("New Year's Day", "DATE", "1992-01-01")),
    c("Fireworks are planned for the Fourth of July.", U, X(("the Fourth of July", "Fourth of July"), "DATE",
                                                           "2010-07-04")),
    c("The pool reopens on Memorial Day.", S, X("Memorial Day", "DATE", "2013-05-27")),
    c("The pope will celebrate Mass on Easter Sunday.", S, X("Easter Sunday", "DATE", "2013-03-31")),
    c("Millions traveled home for the Spring Festival, which fell on Feb. 10.", S,
      X(("the Spring Festival", "Spring Festival"), "DATE", "2013-02-10"), X("Feb. 10", "DATE", "2013-02-10")),
    c("The new law took effect on New Year's Day.", Y, X("New Year's Day", "DATE", "2024-01-01")),
    c("Temperatures dropped below freezing on New Year's Eve.", Y, X("New Year's Eve", "DATE", "2023-12-31")),
    c("Last year was the hottest on record, scientists said.", Y, X("Last year", "DATE", "2023")),
    c("The Iowa caucuses take place on Jan. 15, less than two weeks away.", Y,
      X("Jan. 15", "DATE", "2024-01-15"), X("less than two weeks", "DURATION", "P2W", "LESS_THAN")),
    c("Markets were closed on Monday for the holiday.", Y, X("Monday", "DATE", "2024-01-01")),
    # ------------------------------------------------------------ approximate and bounded durations
    c("The fighting lasted about two weeks.", G, X("about two weeks", "DURATION", "P2W", "APPROX")),
    c("The project will take roughly 18 months to complete.", G,
      X("roughly 18 months", "DURATION", "P18M", "APPROX")),
    c("The loan must be repaid within five years.", G,
      X(("five years", "within five years"), "DURATION", "P5Y", ("EQUAL_OR_LESS", None))),
    c("The plant will be shut for up to six weeks.", G,
      X(("up to six weeks", "six weeks"), "DURATION", "P6W", ("EQUAL_OR_LESS", None))),
    c("Nearly a decade after the war ended, the region is still littered with mines.", G,
      X(("Nearly a decade", "a decade"), "DURATION", ("P10Y", "P1E"), ("LESS_THAN", "APPROX", None))),
    # ------------------------------------------------------------ vague references
    c("The region has been plagued by droughts in recent years.", G,
      X("recent years", ("DATE", "DURATION"), ("PAST_REF", "PXY"))),
    c("Currently, about 40 percent of the staff work from home.", Y, X("Currently", "DATE", "PRESENT_REF")),
    c("The agency said it would review the rules in the future.", Y, X("the future", "DATE", "FUTURE_REF")),
    c("Until recently, the island had no airport.", Y, X("recently", "DATE", "PAST_REF")),
    c("Prices are expected to stabilize in the near term.", Y, X("the near term", "DATE", "FUTURE_REF")),
    c("Now, officials say, the worst is over.", Y, X("Now", "DATE", "PRESENT_REF")),
    # ------------------------------------------------------------ sets
    c("The committee meets twice a month.", Y, X("twice a month", "SET", "P1M")),
    c("The newspaper is published every Sunday.", Y, X("every Sunday", "SET", "XXXX-WXX-7")),
    c("Trains run every 15 minutes during the morning rush.", Y, X("every 15 minutes", "SET", "PT15M")),
    c("The index is updated daily.", Y, X("daily", "SET", "P1D")),
    c("Inspections are carried out annually.", Y, X("annually", "SET", "P1Y")),
    c("Tourists flock to the island every summer.", Y, X("every summer", "SET", "XXXX-SU")),
    c("The museum is closed on Mondays.", Y, X("Mondays", "SET", "XXXX-WXX-1")),
]


def flat():
    """(case number, expression number, case, expected) for every expected expression."""
    return _flat(CASES)
