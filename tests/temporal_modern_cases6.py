"""A sixth, unseen list of news time expressions, in the style closest to a TempEval-3 test set: newswire of the
late 1990s to the 2010s (AP/Reuters/AFP/NYT/WSJ style) on markets and earnings, central banks, elections and
legislatures, courts, diplomacy and wars, disasters, sport results, obituaries, science and health, and the
Brexit vote. Each group of sentences shares a document creation time (the constants below). Many cases are
multi-sentence paragraphs in which relative times anchor on an earlier time of the narrative ("two days later",
"the next day", "that week", "the same day", "the following year", "Later that day", "A day earlier"); there are
fiscal quarters ("its fiscal second quarter", "the first quarter of fiscal 1999", "the year-ago quarter"),
durations with modifiers ("more than four decades", "nearly a decade", "at least another six weeks", "up to six
weeks"), sets ("$30 a year", "twice a day", "every two years", "monthly"), datelines ("NEW YORK (AP) -",
"Oct 3 (Reuters) -") and times in quotations. Written by hand from the TimeML/TIMEX3 guidelines (as TimeBank
annotates them, and as docs/temporal.md sets down the project's conventions) BEFORE the tagger was run on any of
it (the commit of this file); no sentence is taken from TBAQ, MEANTIME or any other corpus, and the events are
told loosely (names and figures are illustrative, not facts to rely on). Shared by tests/test_temporal_modern6.py
and bench/bench_modern.py; same format and judge as the first list (tests/temporal_modern_cases.py).

Where the guidelines leave a choice a tuple lists the acceptable texts, types, values or mods, the first
preferred. A fiscal quarter named without its year ("its fiscal second quarter", reported in January 2014 by a
company whose year ends in June) may be valued by the fiscal year's label (`2014-Q2`) or by the calendar quarter
it covers (`2013-Q4`). Not times here: "May" as a modal, a verb or a company's name, "March" as a verb in a
headline, "Sunday Times", "the 49ers", "Fall" as a noun, ordinals ("second", "29th" as a place), ages ("in his
sixties", "until he was 85"), scores, "Flight 1549", "Windows 2000", "USA Today", "the last 10 games". "$30 a
year" is a SET (`P1Y`, as "$27 a month" in the project's conventions); "matures in a year" a DURATION."""

from __future__ import annotations

import datetime as dt

from temporal_modern_cases import Case, X, c  # noqa: F401  (same record types and judge)
from temporal_modern_cases import flat as _flat

K = dt.date(1998, 10, 15)   # Thursday, 1998-W42 (markets after the Russian default, a Fed cut)
E = dt.date(2014, 1, 23)    # Thursday, 2014-W04 (fourth-quarter earnings season)
B = dt.date(2008, 9, 16)    # Tuesday, 2008-W38 (central banks, the day after Lehman's filing)
R = dt.date(2008, 10, 3)    # Friday, 2008-W40 (a Reuters dateline)
V = dt.date(2000, 11, 9)    # Thursday, 2000-W45 (elections and legislatures, two days after the vote)
J = dt.date(2001, 5, 10)    # Thursday, 2001-W19 (courts)
W = dt.date(2003, 3, 27)    # Thursday, 2003-W13 (diplomacy and war, a week into the Iraq war)
H = dt.date(2005, 8, 31)    # Wednesday, 2005-W35 (a hurricane two days after landfall)
T = dt.date(2011, 3, 14)    # Monday, 2011-W11 (an earthquake and a nuclear crisis)
S = dt.date(2012, 7, 30)    # Monday, 2012-W31 (sport: the London Games' first weekend)
O = dt.date(2009, 12, 18)   # Friday, 2009-W51 (obituaries)
Z = dt.date(2013, 4, 18)    # Thursday, 2013-W16 (science and health)
U = dt.date(2016, 6, 24)    # Friday, 2016-W25 (the morning after the Brexit vote)
A = dt.date(1999, 6, 2)     # Wednesday, 1999-W22 (AFP datelines)

START = ("START", None)
END = ("END", None)

CASES: list[Case] = [
    # ------------------------------------------------------------ markets and earnings (1998)
    c("NEW YORK (AP) - Stocks soared Thursday after the Federal Reserve unexpectedly cut interest rates for the "
      "second time in less than three weeks.", K,
      X("Thursday", "DATE", "1998-10-15"), X("less than three weeks", "DURATION", "P3W", "LESS_THAN")),
    c("The Dow Jones industrial average jumped 330.58 points, its biggest gain since Sept. 8, to close at "
      "8,299.36.", K, X("Sept. 8", "DATE", "1998-09-08")),
    c("Oct. 15 (Reuters) - Treasury bond prices fell sharply in late trading on Thursday as investors moved money "
      "back into stocks.", K,
      X("Oct. 15", "DATE", "1998-10-15"), X("Thursday", "DATE", "1998-10-15")),
    c("The Nasdaq composite index has lost nearly 20 percent since its peak in July.", K,
      X("July", "DATE", "1998-07")),
    c("Analysts said the market's rebound over the past week was fueled largely by bargain hunting.", K,
      X("the past week", ("DURATION", "DATE"), ("P1W", "1998-W41", "1998-W42"))),
    c("Volume on the New York Stock Exchange reached 1.1 billion shares, the third-highest ever, after a record "
      "set on Oct. 28 of last year.", K,
      X(("Oct. 28 of last year", "Oct. 28"), "DATE", "1997-10-28")),
    c("Merrill Lynch & Co. said third-quarter earnings fell 94 percent, hurt by losses from trading in emerging "
      "markets. The brokerage earned $39 million, or 9 cents a share, in the quarter, compared with $686 million, "
      "or $1.76 a share, a year earlier.", K,
      X("third-quarter", "DATE", "1998-Q3"), X("the quarter", "DATE", "1998-Q3"),
      X("a year earlier", "DATE", ("1997-Q3", "1997"))),
    c("For the nine months, net income slipped 31 percent.", K, X("the nine months", "DURATION", "P9M")),
    c("Shares of Compaq Computer Corp. fell $2.25 to $27.75 after the company warned on Wednesday that "
      "fourth-quarter revenue would fall short of forecasts.", K,
      X("Wednesday", "DATE", "1998-10-14"), X("fourth-quarter", "DATE", "1998-Q4")),
    c("The dollar fell to 116.50 yen late Thursday in New York from 119.20 yen late Wednesday.", K,
      X(("late Thursday", "Thursday"), "DATE", "1998-10-15", END),
      X(("late Wednesday", "Wednesday"), "DATE", "1998-10-14", END)),
    c("Gold for December delivery rose $3.10 to $296.80 an ounce.", K, X("December", "DATE", "1998-12")),
    c("Since January, the Standard & Poor's 500 index has risen about 4 percent, while small-company stocks are "
      "down more than 15 percent for the year.", K,
      X("January", "DATE", "1998-01"), X("the year", "DATE", "1998")),
    c("Long-Term Capital Management, the hedge fund rescued by a group of banks on Sept. 23, lost another $200 "
      "million that week. Two days later, its managers met with bankers at the Federal Reserve Bank of New York.", K,
      X("Sept. 23", "DATE", "1998-09-23"), X("that week", "DATE", "1998-W39"),
      X("Two days later", "DATE", "1998-09-25")),
    c("Fed Chairman Alan Greenspan told Congress on Oct. 1 that the risks of a slowdown had grown, and the central "
      "bank cut rates again on Thursday, the first move between scheduled meetings since April 1994.", K,
      X("Oct. 1", "DATE", "1998-10-01"), X("Thursday", "DATE", "1998-10-15"), X("April 1994", "DATE", "1994-04")),
    c("The Fed's policy committee next meets on Nov. 17.", K, X("Nov. 17", "DATE", "1998-11-17")),
    c("Russia devalued the ruble on Aug. 17 and defaulted on its domestic debt the same day. Within a month, the "
      "crisis had spread to Brazil, whose stock market fell 15 percent in a single week.", K,
      X("Aug. 17", "DATE", "1998-08-17"), X("the same day", "DATE", "1998-08-17"),
      X("a month", "DURATION", "P1M"), X(("a single week", "week"), "DURATION", "P1W")),
    c("Earlier this month, the International Monetary Fund cut its forecast for world growth next year to 2.5 "
      "percent.", K,
      X(("Earlier this month", "this month"), "DATE", "1998-10", START), X("next year", "DATE", "1999")),
    c("Intel said net income in its fiscal third quarter, which ended Sept. 26, rose 15 percent.", K,
      X(("fiscal third quarter", "its fiscal third quarter"), "DATE", "1998-Q3"),
      X("Sept. 26", "DATE", "1998-09-26")),
    c("Sun Microsystems reported results for the first quarter of fiscal 1999 on Wednesday.", K,
      X(("the first quarter of fiscal 1999", "first quarter of fiscal 1999"), "DATE", "1999-Q1"),
      X("Wednesday", "DATE", "1998-10-14")),
    c("The company's shares traded at $40 a year ago.", K,
      X("a year ago", "DATE", ("1997-10", "1997", "1997-10-15"))),
    c("The yen has gained about 20 percent in the last two months.", K,
      X("the last two months", "DURATION", "P2M")),
    c("The survey is published monthly by the Conference Board.", K, X("monthly", "SET", "P1M")),
    c("Membership in the investors' club costs $30 a year.", K, X("a year", "SET", "P1Y")),
    c("The two-year note matures in a year, and the bond in 2008.", K,
      X("two-year", "DURATION", "P2Y"), X("a year", "DURATION", "P1Y"), X("2008", "DATE", "2008")),
    c('"I have been doing this for 30 years, and I have never seen anything like today," said a floor broker.', K,
      X("30 years", "DURATION", "P30Y"), X("today", "DATE", "1998-10-15")),
    # ------------------------------------------------------------ earnings (2014)
    c("SAN FRANCISCO (Reuters) - Microsoft Corp reported higher-than-expected earnings for its fiscal second "
      "quarter on Thursday, helped by sales of its new game console.", E,
      X(("fiscal second quarter", "its fiscal second quarter"), "DATE", ("2014-Q2", "2013-Q4")),
      X("Thursday", "DATE", "2014-01-23")),
    c("Net income in the three months ended Dec. 31 was $6.56 billion, compared with $6.38 billion in the "
      "year-ago period.", E,
      X("the three months", "DURATION", "P3M"), X("Dec. 31", "DATE", "2013-12-31"),
      X("the year-ago period", ("DATE", "DURATION"), ("2012-Q4", "P3M"))),
    c("IBM said on Tuesday that fourth-quarter revenue fell 5.5 percent.", E,
      X("Tuesday", "DATE", "2014-01-21"), X("fourth-quarter", "DATE", "2013-Q4")),
    c("The company expects full-year 2014 earnings of at least $18 a share.", E,
      X(("full-year 2014", "2014"), "DATE", "2014")),
    c("Netflix shares jumped 17 percent in after-hours trading Wednesday after the company said it added 2.33 "
      "million U.S. subscribers in the fourth quarter.", E,
      X("Wednesday", "DATE", "2014-01-22"), X("the fourth quarter", "DATE", "2013-Q4")),
    c("Apple will report results for its fiscal first quarter on Monday, and analysts expect revenue of $57.5 "
      "billion.", E,
      X(("fiscal first quarter", "its fiscal first quarter"), "DATE", ("2014-Q1", "2013-Q4")),
      X("Monday", "DATE", "2014-01-27")),
    c("Johnson & Johnson forecast 2014 earnings of $5.75 to $5.85 a share, below the $5.88 analysts had "
      "expected.", E, X("2014", "DATE", "2014")),
    c("Sales at stores open at least a year rose 2.1 percent in December.", E,
      X("at least a year", "DURATION", "P1Y", "EQUAL_OR_MORE"), X("December", "DATE", "2013-12")),
    c("Chief Executive Brian Moynihan said the bank would cut costs by $8 billion a year by the end of 2015.", E,
      X("a year", "SET", "P1Y"), X("the end of 2015", "DATE", "2015", "END")),
    c("Ford Motor Co posted a fourth-quarter profit of $3 billion on Tuesday. The automaker had warned investors "
      "in December that 2014 would bring heavy spending on new models, and its shares have fallen 10 percent "
      "since then.", E,
      X("fourth-quarter", "DATE", "2013-Q4"), X("Tuesday", "DATE", "2014-01-21"),
      X("December", "DATE", "2013-12"), X("2014", "DATE", "2014")),
    c("Google's fourth-quarter results are due after the market closes on Jan. 30.", E,
      X("fourth-quarter", "DATE", "2013-Q4"), X("Jan. 30", "DATE", "2014-01-30")),
    c("Oracle said sales in its fiscal 2014 second quarter rose 2 percent.", E,
      X(("fiscal 2014 second quarter", "its fiscal 2014 second quarter"), "DATE", "2014-Q2")),
    c("Excluding items, Verizon earned 66 cents a share in the fourth quarter, up from 39 cents in the year-ago "
      "quarter.", E,
      X("the fourth quarter", "DATE", "2013-Q4"), X("the year-ago quarter", "DATE", "2012-Q4")),
    c("Last year's fourth quarter included a one-time gain of $1.2 billion.", E,
      X(("Last year's fourth quarter", "fourth quarter"), "DATE", "2012-Q4")),
    c("Unemployment has stayed above 7 percent for more than five years.", E,
      X("more than five years", "DURATION", "P5Y", "MORE_THAN")),
    c('"Ten years ago nobody had heard of this company," the analyst said.', E,
      X("Ten years ago", "DATE", "2004")),
    c("Target Corp said on Jan. 10 that hackers had stolen data on as many as 70 million customers. The breach, "
      "first disclosed in mid-December, occurred between Nov. 27 and Dec. 15.", E,
      X("Jan. 10", "DATE", "2014-01-10"), X("mid-December", "DATE", "2013-12", "MID"),
      X("Nov. 27", "DATE", "2013-11-27"), X("Dec. 15", "DATE", "2013-12-15")),
    c("The index is rebalanced every three months.", E, X("every three months", "SET", "P3M")),
    # ------------------------------------------------------------ central banks (2008)
    c("WASHINGTON (AP) - The Federal Reserve left its key interest rate unchanged at 2 percent on Tuesday, a day "
      "after Lehman Brothers filed for bankruptcy protection.", B,
      X("Tuesday", "DATE", "2008-09-16"), X("a day", "DURATION", "P1D")),
    c("The central bank has held the rate steady since April 30, when it made the last of seven cuts that began "
      "in September 2007.", B,
      X("April 30", "DATE", "2008-04-30"), X("September 2007", "DATE", "2007-09")),
    c("Policymakers said inflation was expected to moderate later this year and next year.", B,
      X(("later this year", "this year"), "DATE", "2008", END), X("next year", "DATE", "2009")),
    c("The European Central Bank injected 70 billion euros into money markets overnight, its biggest one-day "
      "operation since August 2007.", B,
      X("overnight", "TIME", "2008-09-15TNI"), X("one-day", "DURATION", "P1D"),
      X("August 2007", "DATE", "2007-08")),
    c("The Bank of England's Monetary Policy Committee, which meets monthly, kept its rate at 5 percent on "
      "Sept. 4.", B, X("monthly", "SET", "P1M"), X("Sept. 4", "DATE", "2008-09-04")),
    c("The Bank of Japan meets on Wednesday and Thursday. At its last meeting in August, the bank kept its rate "
      "at 0.5 percent, where it has been since February 2007.", B,
      X("Wednesday", "DATE", "2008-09-17"), X("Thursday", "DATE", "2008-09-18"),
      X("August", "DATE", "2008-08"), X("February 2007", "DATE", "2007-02")),
    c('"We will do whatever is needed over the coming days to keep markets functioning," Treasury Secretary Henry '
      'Paulson told reporters Monday.', B,
      X("the coming days", ("DATE", "DURATION"), ("FUTURE_REF", "PXD")), X("Monday", "DATE", "2008-09-15")),
    c("American International Group's shares have lost more than 90 percent of their value in the past 12 "
      "months.", B, X("the past 12 months", "DURATION", "P12M")),
    c("Economists expect the Fed to cut rates by a quarter point by the end of the year.", B,
      X("the end of the year", "DATE", "2008", "END")),
    c("The Reserve Bank of Australia cut its cash rate by a quarter point earlier this month, the first "
      "reduction in nearly seven years.", B,
      X(("earlier this month", "this month"), "DATE", "2008-09", START),
      X("nearly seven years", "DURATION", "P7Y", "LESS_THAN")),
    c("Consumer prices rose 5.4 percent in the 12 months through August, the fastest pace since 1991.", B,
      X("the 12 months", "DURATION", "P12M"), X("August", "DATE", "2008-08"), X("1991", "DATE", "1991")),
    c("Minutes of the Fed's Aug. 5 meeting, released three weeks later, showed officials divided over the "
      "outlook.", B,
      X("Aug. 5", "DATE", "2008-08-05"), X("three weeks later", "DATE", ("2008-08-26", "2008-W35"))),
    c("Fed officials will next meet on Oct. 28 and 29.", B,
      X("Oct. 28", "DATE", "2008-10-28"), X("29", "DATE", "2008-10-29")),
    c("Analysts expect growth to slow sharply in the second half of the year.", B,
      X("the second half of the year", "DATE", "2008-H2")),
    c("Fannie Mae and Freddie Mac were seized by the government on Sept. 7. The following week, Lehman sought a "
      "buyer.", B,
      X("Sept. 7", "DATE", "2008-09-07"), X("The following week", "DATE", "2008-W37")),
    c("Bear Stearns collapsed in March. Six months later, Lehman is gone, Merrill Lynch has been sold and AIG is "
      "fighting for survival.", B,
      X("March", "DATE", "2008-03"), X("Six months later", "DATE", "2008-09")),
    c('"We expect to have a deal by the end of the week," the spokesman said on Tuesday.', B,
      X("the end of the week", "DATE", "2008-W38", "END"), X("Tuesday", "DATE", "2008-09-16")),
    c('"Nobody thought this could happen in 24 hours," said one trader.', B,
      X("24 hours", "DURATION", "PT24H")),
    c("FRANKFURT, Sept 16 (Reuters) - German investor sentiment fell in September to its lowest level since "
      "1992, a survey showed on Tuesday.", B,
      X("Sept 16", "DATE", "2008-09-16"), X("September", "DATE", "2008-09"), X("1992", "DATE", "1992"),
      X("Tuesday", "DATE", "2008-09-16")),
    c("Oct 3 (Reuters) - U.S. employers cut 159,000 jobs in September, the most in five years, the Labor "
      "Department said on Friday.", R,
      X("Oct 3", "DATE", "2008-10-03"), X("September", "DATE", "2008-09"),
      X("five years", "DURATION", "P5Y"), X("Friday", "DATE", "2008-10-03")),
    # ------------------------------------------------------------ elections and legislatures (2000)
    c("TALLAHASSEE, Fla. (AP) - Florida began a recount of its presidential ballots on Thursday, two days after an "
      "election so close that neither candidate could claim victory.", V,
      X("Thursday", "DATE", "2000-11-09"), X("two days", "DURATION", "P2D")),
    c("George W. Bush led Al Gore by 1,784 votes out of nearly 6 million cast on Tuesday.", V,
      X("Tuesday", "DATE", "2000-11-07")),
    c("State law requires counties to certify their results within seven days of the election.", V,
      X("seven days", "DURATION", "P7D")),
    c("Overseas absentee ballots postmarked by Election Day will be counted if they arrive by Nov. 17.", V,
      X("Election Day", "DATE", "2000-11-07"), X("Nov. 17", "DATE", "2000-11-17")),
    c("The last time a presidential race was this close was in 1960, when John F. Kennedy narrowly beat Richard "
      "Nixon.", V, X("1960", "DATE", "1960")),
    c("Hillary Rodham Clinton was elected to the Senate from New York on Tuesday. She will be sworn in on Jan. 3, "
      "and the first lady has said she will serve a full six-year term.", V,
      X("Tuesday", "DATE", "2000-11-07"), X("Jan. 3", "DATE", "2001-01-03"),
      X("six-year", "DURATION", "P6Y")),
    c("Republicans kept control of the House for the fourth straight election since 1994.", V,
      X("1994", "DATE", "1994")),
    c("Congress returns next week for a lame-duck session that must pass spending bills before a stopgap measure "
      "expires Tuesday.", V,
      X("next week", "DATE", "2000-W46"), X("Tuesday", "DATE", "2000-11-14")),
    c("In the 1876 election, a special commission decided the disputed returns of three Southern states.", V,
      X("1876", "DATE", "1876")),
    c("The Electoral College meets on Dec. 18.", V, X("Dec. 18", "DATE", "2000-12-18")),
    c("MEXICO CITY (Reuters) - Vicente Fox, who ended 71 years of one-party rule in July's election, will take "
      "office on Dec. 1.", V,
      X("71 years", "DURATION", "P71Y"), X(("July's", "July"), "DATE", "2000-07"),
      X("Dec. 1", "DATE", "2000-12-01")),
    c("Turnout was about 51 percent, up slightly from four years ago.", V, X("four years ago", "DATE", "1996")),
    c("The Yugoslav parliament met for the first time on Nov. 4. The next day, lawmakers named a new prime "
      "minister.", V,
      X("Nov. 4", "DATE", "2000-11-04"), X("The next day", "DATE", "2000-11-05")),
    c("Israeli Prime Minister Ehud Barak, whose coalition collapsed in the summer, faces a no-confidence vote "
      "early next week.", V,
      X("the summer", "DATE", "2000-SU"), X(("early next week", "next week"), "DATE", "2000-W46", START)),
    c("The British general election must be held by the spring of 2002.", V,
      X("the spring of 2002", "DATE", "2002-SP")),
    c("The Florida Supreme Court will hear arguments on Monday. Its ruling could come the same week, and either "
      "side is likely to appeal to the U.S. Supreme Court within days.", V,
      X("Monday", "DATE", "2000-11-13"), X("the same week", "DATE", "2000-W46"),
      X("days", "DURATION", "PXD")),
    c("Vote counting in some counties could stretch into the weekend.", V,
      X("the weekend", "DATE", "2000-W45-WE")),
    c("Republicans will choose their leaders this week.", V, X("this week", "DATE", "2000-W45")),
    c('"This is not going to be settled in a day or two," said a Gore adviser.', V,
      X("a day or two", "DURATION", "PXD")),
    c("WASHINGTON, Nov. 9 (Reuters) - The Senate will reconvene on Tuesday to take up the budget.", V,
      X("Nov. 9", "DATE", "2000-11-09"), X("Tuesday", "DATE", "2000-11-14")),
    c("Congressional elections are held every two years.", V, X("every two years", "SET", "P2Y")),
    # ------------------------------------------------------------ courts (2001)
    c("DENVER (AP) - A federal judge on Thursday postponed the execution of a convicted bomber for a month after "
      "the FBI admitted it had failed to turn over thousands of documents.", J,
      X("Thursday", "DATE", "2001-05-10"), X("a month", "DURATION", "P1M")),
    c("The execution had been scheduled for May 16.", J, X("May 16", "DATE", "2001-05-16")),
    c("The Supreme Court agreed Monday to decide whether states may execute mentally retarded killers, and will "
      "hear arguments in the fall.", J,
      X("Monday", "DATE", "2001-05-07"), X("the fall", "DATE", "2001-FA")),
    c("The justices' term ends in late June.", J, X("late June", "DATE", "2001-06", "END")),
    c("The jury deliberated for about 11 hours over two days before convicting him on all counts.", J,
      X(("11 hours", "about 11 hours"), "DURATION", "PT11H", "APPROX"), X("two days", "DURATION", "P2D")),
    c("He faces up to 20 years in prison when he is sentenced on Aug. 3.", J,
      X("up to 20 years", "DURATION", "P20Y", "EQUAL_OR_LESS"), X("Aug. 3", "DATE", "2001-08-03")),
    c("Prosecutors say the former executive sold $12 million of stock on Jan. 17, 2000. Three weeks later, the "
      "company disclosed that its profits had been overstated since 1997.", J,
      X("Jan. 17, 2000", "DATE", "2000-01-17"), X("Three weeks later", "DATE", ("2000-02-07", "2000-W06")),
      X("1997", "DATE", "1997")),
    c("A state appeals court overturned the verdict last month, saying the trial judge had given the jury "
      "improper instructions.", J, X("last month", "DATE", "2001-04")),
    c("The Microsoft appeal, argued in February, is expected to be decided this summer.", J,
      X("February", "DATE", "2001-02"), X("this summer", "DATE", "2001-SU")),
    c("Lawyers for the tobacco companies have 30 days to appeal the $145 billion verdict handed down last "
      "July.", J, X("30 days", "DURATION", "P30D"), X("last July", "DATE", "2000-07")),
    c("The trial, which began on March 5, is expected to last at least another six weeks.", J,
      X("March 5", "DATE", "2001-03-05"),
      X(("at least another six weeks", "another six weeks"), "DURATION", "P6W", "EQUAL_OR_MORE")),
    c("The judge ordered him held without bail until a hearing next Wednesday at 9:30 a.m.", J,
      X(("next Wednesday", "next Wednesday at 9:30 a.m."), ("DATE", "TIME"), ("2001-05-16", "2001-05-16T09:30")),
      X("9:30 a.m.", "TIME", "2001-05-16T09:30")),
    c("The case began on Aug. 8, 1999, when a clerk at a convenience store in Tulsa was shot. Police arrested "
      "Mr. Reyes the following morning. He was indicted two weeks later and has been in custody ever since.", J,
      X("Aug. 8, 1999", "DATE", "1999-08-08"), X("the following morning", "TIME", "1999-08-09TMO"),
      X("two weeks later", "DATE", ("1999-08-23", "1999-08-22", "1999-W34", "1999-W33"))),
    c("The Securities and Exchange Commission has filed 12 insider-trading cases since the start of the year, "
      "compared with nine in all of 2000.", J,
      X("the start of the year", "DATE", "2001", "START"), X(("2000", "all of 2000"), "DATE", "2000")),
    c("The trial is expected to last about three months.", J,
      X(("three months", "about three months"), "DURATION", "P3M", "APPROX")),
    # ------------------------------------------------------------ diplomacy and war (2003)
    c("KUWAIT CITY (AP) - U.S.-led forces pushed toward Baghdad on Thursday, a week after the war began, as "
      "sandstorms that had slowed their advance for two days cleared.", W,
      X("Thursday", "DATE", "2003-03-27"), X("a week", "DURATION", "P1W"), X("two days", "DURATION", "P2D")),
    c("The first cruise missiles struck Baghdad early on March 20, about 90 minutes after President Bush's "
      "deadline expired.", W,
      X(("early on March 20", "March 20"), "DATE", "2003-03-20", START),
      X(("90 minutes", "about 90 minutes"), "DURATION", "PT90M", ("APPROX", None))),
    c("Bush had given Saddam Hussein 48 hours to leave the country in a televised address on March 17.", W,
      X("48 hours", "DURATION", "PT48H"), X("March 17", "DATE", "2003-03-17")),
    c("British troops surrounded Basra on Sunday. The next day, they came under fire from militiamen, and by "
      "Tuesday night the city's water supply had been cut.", W,
      X("Sunday", "DATE", "2003-03-23"), X("The next day", "DATE", "2003-03-24"),
      X("Tuesday night", "TIME", "2003-03-25TNI")),
    c("The U.N. Security Council met behind closed doors Wednesday for the first time since the war started.", W,
      X("Wednesday", "DATE", "2003-03-26")),
    c("Secretary of State Colin Powell will travel to Brussels next week for talks with European foreign "
      "ministers.", W, X("next week", "DATE", "2003-W14")),
    c("Weapons inspectors left Iraq on March 18 after nearly four months of searching.", W,
      X("March 18", "DATE", "2003-03-18"), X("nearly four months", "DURATION", "P4M", "LESS_THAN")),
    c("The Pentagon said the campaign could last months, not weeks.", W,
      X("months", "DURATION", "PXM"), X("weeks", "DURATION", "PXW")),
    c("North Korea withdrew from the Nuclear Non-Proliferation Treaty in January, the first country ever to do "
      "so.", W, X("January", "DATE", "2003-01")),
    c("The 1991 Persian Gulf War lasted 43 days.", W, X("1991", "DATE", "1991"), X("43 days", "DURATION", "P43D")),
    c("Turkey's parliament voted on March 1 against allowing U.S. troops to use its bases; three weeks later it "
      "approved overflights.", W,
      X("March 1", "DATE", "2003-03-01"), X("three weeks later", "DATE", ("2003-03-22", "2003-W12"))),
    c("Israeli and Palestinian officials are to meet again in the coming days, a senior diplomat said.", W,
      X("the coming days", ("DATE", "DURATION"), ("FUTURE_REF", "PXD"))),
    c("The Korean armistice, signed in 1953, has never been replaced by a peace treaty.", W,
      X("1953", "DATE", "1953")),
    c("Diplomats said a resolution on postwar Iraq could be put to a vote as early as next month.", W,
      X("next month", "DATE", "2003-04")),
    c("A Marine convoy was ambushed near Nasiriyah on Sunday. Later that day, nine Marines were reported missing, "
      "and by the following evening the military had confirmed that at least four were dead.", W,
      X("Sunday", "DATE", "2003-03-23"), X(("Later that day", "that day"), "DATE", "2003-03-23", END),
      X("the following evening", "TIME", "2003-03-24TEV")),
    c('"The next few weeks will be critical," the minister told Parliament.', W,
      X("The next few weeks", ("DURATION", "DATE"), ("PXW", "FUTURE_REF"))),
    c('"We will be in Baghdad within days," a Marine officer said.', W, X("days", "DURATION", "PXD")),
    c("Analysts estimated the cost of the war at about $1 billion a week.", W, X("a week", "SET", "P1W")),
    c("The siege lasted almost two weeks.", W, X("almost two weeks", "DURATION", "P2W", "LESS_THAN")),
    # ------------------------------------------------------------ disasters (2005, 2011)
    c("NEW ORLEANS (AP) - Floodwaters continued to rise in New Orleans on Wednesday, two days after Hurricane "
      "Katrina slammed into the Gulf Coast.", H,
      X("Wednesday", "DATE", "2005-08-31"), X("two days", "DURATION", "P2D")),
    c("The storm made landfall at 6:10 a.m. Monday near Buras, La., with winds of 145 mph.", H,
      X("6:10 a.m. Monday", "TIME", "2005-08-29T06:10")),
    c("Levees along the 17th Street Canal gave way late Monday and early Tuesday.", H,
      X(("late Monday", "Monday"), "DATE", "2005-08-29", END),
      X(("early Tuesday", "Tuesday"), "DATE", "2005-08-30", START)),
    c("Officials said it could take weeks to pump the water out and months before residents can return.", H,
      X("weeks", "DURATION", "PXW"), X("months", "DURATION", "PXM")),
    c("Katrina was the most powerful storm to hit the region since Hurricane Camille in 1969.", H,
      X("1969", "DATE", "1969")),
    c("The Superdome opened as a shelter of last resort on Sunday. By the next morning, some 10,000 people were "
      "inside, and the roof had begun to leak.", H,
      X("Sunday", "DATE", "2005-08-28"), X("the next morning", "TIME", "2005-08-29TMO")),
    c("Gasoline prices jumped 40 cents a gallon overnight.", H, X("overnight", "TIME", "2005-08-30TNI")),
    c("The hurricane season runs from June 1 to Nov. 30.", H,
      X("June 1", "DATE", ("2005-06-01", "XXXX-06-01")), X("Nov. 30", "DATE", ("2005-11-30", "XXXX-11-30"))),
    c("Thousands of people died in the 1900 hurricane that destroyed Galveston, Texas.", H,
      X("1900", "DATE", "1900")),
    c("The National Hurricane Center first named the storm on Aug. 24, when it formed over the Bahamas. It "
      "crossed Florida the next evening as a Category 1 hurricane, killing nine people, and then strengthened "
      "over the gulf for three days.", H,
      X("Aug. 24", "DATE", "2005-08-24"), X("the next evening", "TIME", "2005-08-25TEV"),
      X("three days", "DURATION", "P3D")),
    c('"We were told the water would be back on Thursday, and now they say Saturday," said a resident.', H,
      X("Thursday", "DATE", "2005-09-01"), X("now", "DATE", "PRESENT_REF"), X("Saturday", "DATE", "2005-09-03")),
    c("Some neighborhoods could be without power for up to six weeks.", H,
      X("up to six weeks", "DURATION", "P6W", "EQUAL_OR_LESS")),
    c("TOKYO (Reuters) - Engineers struggled on Monday to cool a second reactor at a crippled nuclear plant, "
      "three days after a massive earthquake and tsunami struck northeast Japan.", T,
      X("Monday", "DATE", "2011-03-14"), X("three days", "DURATION", "P3D")),
    c("The magnitude 9.0 quake hit at 2:46 p.m. on Friday about 130 km off the coast.", T,
      X(("2:46 p.m.", "2:46 p.m. on Friday"), "TIME", "2011-03-11T14:46")),
    c("The government said on Sunday that rolling blackouts would begin in Tokyo at 6:20 a.m. Monday and last "
      "about three hours.", T,
      X("Sunday", "DATE", "2011-03-13"), X("6:20 a.m. Monday", "TIME", "2011-03-14T06:20"),
      X(("three hours", "about three hours"), "DURATION", "PT3H", "APPROX")),
    c("It was the strongest earthquake to hit Japan since modern record-keeping began in the late 19th "
      "century.", T, X(("the late 19th century", "late 19th century"), "DATE", "18", "END")),
    c("Aftershocks rattled the region throughout the weekend. Early on Saturday, a hydrogen explosion blew the "
      "roof off the No. 1 reactor building, and a second blast followed at 11:01 a.m. Monday.", T,
      X("the weekend", "DATE", "2011-W10-WE"), X(("Early on Saturday", "Saturday"), "DATE", "2011-03-12", START),
      X("11:01 a.m. Monday", "TIME", "2011-03-14T11:01")),
    c("Friday's quake was followed by more than 150 aftershocks over the next 24 hours, some of magnitude 6 or "
      "more.", T,
      X(("Friday's", "Friday"), "DATE", "2011-03-11"), X("the next 24 hours", "DURATION", "PT24H")),
    c("Some residents near the plant may not be able to return home for more than a year.", T,
      X("more than a year", "DURATION", "P1Y", "MORE_THAN")),
    # ------------------------------------------------------------ sport (2012)
    c("LONDON (AP) - Michael Phelps finished fourth in the 400-meter individual medley on Saturday night, his "
      "first Olympic race without a medal since 2000.", S,
      X("Saturday night", "TIME", "2012-07-28TNI"), X("2000", "DATE", "2000")),
    c("The Americans took silver in the relay, losing to France, which had finished second four years ago in "
      "Beijing.", S, X("four years ago", "DATE", "2008")),
    c("The opening ceremony on Friday night drew an estimated 27 million viewers in Britain.", S,
      X("Friday night", "TIME", "2012-07-27TNI")),
    c("The men's 100-meter final is scheduled for Sunday at 9:50 p.m. local time.", S,
      X(("Sunday", "Sunday at 9:50 p.m. local time", "Sunday at 9:50 p.m."), ("DATE", "TIME"),
        ("2012-08-05", "2012-08-05T21:50")),
      X(("9:50 p.m. local time", "9:50 p.m."), "TIME", "2012-08-05T21:50")),
    c("SAN FRANCISCO (AP) - The 49ers signed their first-round draft pick to a four-year contract on Sunday.", S,
      X("four-year", "DURATION", "P4Y"), X("Sunday", "DATE", "2012-07-29")),
    c("Ernie Els shot a 2-under 68 to win the British Open by one stroke, 10 years after his first win at "
      "Muirfield.", S, X("10 years", "DURATION", "P10Y")),
    c("Roger Federer, who turned 30 last August, won his seventh Wimbledon title three weeks ago.", S,
      X("last August", "DATE", "2011-08"), X("three weeks ago", "DATE", ("2012-W28", "2012-07-09"))),
    c("The NBA lockout, which lasted 161 days, ended last December.", S,
      X("161 days", "DURATION", "P161D"), X("last December", "DATE", "2011-12")),
    c("The Tour de France ended on July 22 after three weeks and 3,497 kilometres.", S,
      X("July 22", "DATE", "2012-07-22"), X("three weeks", "DURATION", "P3W")),
    c("Usain Bolt, the world record holder since 2009, runs in Saturday's heats.", S,
      X("2009", "DATE", "2009"), X(("Saturday's", "Saturday"), "DATE", "2012-08-04")),
    c("Manchester United open their Premier League season at Everton on Aug. 20.", S,
      X("Aug. 20", "DATE", "2012-08-20")),
    c("The Red Sox lost 5-4 in 10 innings on Sunday night.", S, X("Sunday night", "TIME", "2012-07-29TNI")),
    c("The women's soccer final is at Wembley on the 9th.", S, X(("the 9th", "9th"), "DATE", "2012-08-09")),
    c("Lizzie Armitstead won Britain's first medal of the Games in the women's road race on Sunday. A day "
      "earlier, Mark Cavendish had finished 29th in the men's race, nearly a minute behind the winner.", S,
      X("Sunday", "DATE", "2012-07-29"), X("A day earlier", "DATE", "2012-07-28"),
      X("nearly a minute", "DURATION", "PT1M", "LESS_THAN")),
    c("Phelps has held the record for more than three years.", S,
      X("more than three years", "DURATION", "P3Y", "MORE_THAN")),
    c('"We will announce our decision at 10 o\'clock tomorrow morning," the commissioner said.', S,
      X(("10 o'clock tomorrow morning", "10 o'clock"), "TIME", "2012-07-31T10:00")),
    c("The race is run each April.", S, X("each April", "SET", "XXXX-04")),
    # ------------------------------------------------------------ obituaries (2009)
    c("Arthur Bell, a physicist who helped build the first transistor radio, died on Tuesday at his home in Palo "
      "Alto, Calif. He was 91.", O, X("Tuesday", "DATE", "2009-12-15")),
    c("He was born on Feb. 2, 1918, in Omaha and graduated from the University of Nebraska in 1939.", O,
      X("Feb. 2, 1918", "DATE", "1918-02-02"), X("1939", "DATE", "1939")),
    c("After serving in the Army Air Forces during World War II, he joined Bell Laboratories, where he worked for "
      "nearly three decades.", O, X("nearly three decades", "DURATION", "P30Y", "LESS_THAN")),
    c("In his sixties, he took up sculpture, and his work was shown at a gallery in New York in 1987.", O,
      X("1987", "DATE", "1987")),
    c("His wife of 58 years, Helen, died in 2004.", O,
      X("58 years", "DURATION", "P58Y"), X("2004", "DATE", "2004")),
    c("A memorial service will be held next month.", O, X("next month", "DATE", "2010-01")),
    c("She retired from the Senate in January 1997 after serving three terms.", O,
      X("January 1997", "DATE", "1997-01")),
    c("Mr. Kowalski fled Poland in 1968. Two years later, he opened a bakery in Chicago that he ran until the "
      "late 1990s.", O,
      X("1968", "DATE", "1968"), X("Two years later", "DATE", "1970"),
      X(("the late 1990s", "late 1990s"), "DATE", "199", "END")),
    c("She wrote a weekly column for the Chicago Tribune from 1962 to 1985.", O,
      X("weekly", "SET", "P1W"), X("1962", "DATE", "1962"), X("1985", "DATE", "1985")),
    c("Ms. Alvarez was elected mayor in 1989 and served two terms. In 1997, a year after leaving office, she "
      "founded a literacy group.", O,
      X("1989", "DATE", "1989"), X("1997", "DATE", "1997"), X("a year", "DURATION", "P1Y")),
    c("She joined the State Department in 1975 and was posted to Tehran the following year.", O,
      X("1975", "DATE", "1975"), X("the following year", "DATE", "1976")),
    c("He had battled Parkinson's disease for nearly a decade.", O,
      X("nearly a decade", "DURATION", ("P10Y", "P1DE"), "LESS_THAN")),
    c("He swam in Lake Michigan every morning until he was 85.", O,
      X("every morning", "SET", "XXXX-XX-XXTMO")),
    # ------------------------------------------------------------ science and health (2013)
    c("ATLANTA (AP) - The number of measles cases in the United States so far this year is already more than "
      "double the total for all of last year, health officials said Thursday.", Z,
      X(("this year", "so far this year"), "DATE", "2013"), X(("last year", "all of last year"), "DATE", "2012"),
      X("Thursday", "DATE", "2013-04-18")),
    c("The flu season, which peaked in late January, was the worst in a decade.", Z,
      X("late January", "DATE", "2013-01", "END"), X("a decade", "DURATION", ("P10Y", "P1DE"))),
    c("Patients in the trial received injections every two weeks for 48 weeks.", Z,
      X("every two weeks", "SET", "P2W"), X("48 weeks", "DURATION", "P48W")),
    c("The study followed 12,000 women for an average of 11 years.", Z, X("11 years", "DURATION", "P11Y")),
    c("Participants who slept less than six hours a night were more likely to gain weight.", Z,
      X(("less than six hours", "six hours"), "DURATION", "PT6H", "LESS_THAN")),
    c("NASA's Kepler telescope has found more than 2,700 possible planets since its launch in March 2009.", Z,
      X("March 2009", "DATE", "2009-03")),
    c("The vaccine must be given within 72 hours of exposure.", Z, X("72 hours", "DURATION", "PT72H")),
    c("The results will be presented at a cancer conference in Chicago in early June.", Z,
      X("early June", "DATE", "2013-06", "START")),
    c("Chinese authorities reported the first human cases of the H7N9 bird flu on March 31. Within a week, the "
      "number of cases had tripled, and by April 17 there were 82.", Z,
      X("March 31", "DATE", "2013-03-31"), X("a week", "DURATION", "P1W"), X("April 17", "DATE", "2013-04-17")),
    c("The Curiosity rover, which landed on Mars last August, will spend at least two years exploring Gale "
      "Crater.", Z,
      X("last August", "DATE", "2012-08"), X("at least two years", "DURATION", "P2Y", "EQUAL_OR_MORE")),
    c("The 2009 H1N1 pandemic killed an estimated 284,000 people in its first 12 months.", Z,
      X("2009", "DATE", "2009"), X(("first 12 months", "its first 12 months", "12 months"), "DURATION", "P12M")),
    c("The Food and Drug Administration is expected to decide on the drug by the end of the third quarter.", Z,
      X("the end of the third quarter", "DATE", "2013-Q3", "END")),
    c("The outbreak was traced to a salad bar in early March. Health officials closed the restaurant on March 12, "
      "reopened it 10 days later, and have since reported no new cases.", Z,
      X("early March", "DATE", "2013-03", "START"), X("March 12", "DATE", "2013-03-12"),
      X("10 days later", "DATE", "2013-03-22")),
    c("Obesity rates have doubled since the 1980s.", Z, X("the 1980s", "DATE", "198")),
    c("The drug is taken twice a day.", Z, X("twice a day", "SET", "P1D")),
    c("Volunteers fasted for at least 12 hours before each test.", Z,
      X("at least 12 hours", "DURATION", "PT12H", "EQUAL_OR_MORE")),
    # ------------------------------------------------------------ the Brexit vote (2016)
    c("LONDON (Reuters) - Britain voted to leave the European Union on Thursday, ending more than four decades "
      "of membership.", U,
      X("Thursday", "DATE", "2016-06-23"), X("more than four decades", "DURATION", "P40Y", "MORE_THAN")),
    c("Prime Minister David Cameron said on Friday he would step down by October.", U,
      X("Friday", "DATE", "2016-06-24"), X("October", "DATE", "2016-10")),
    c("Sterling fell as much as 10 percent against the dollar to its lowest level since 1985.", U,
      X("1985", "DATE", "1985")),
    c("Britain joined the bloc's forerunner, the European Economic Community, in 1973, and voters backed staying "
      "in two years later.", U,
      X("1973", "DATE", "1973"), X("two years later", "DATE", "1975")),
    c("Under Article 50, Britain would have two years to negotiate its exit once it formally notifies "
      "Brussels.", U, X("two years", "DURATION", "P2Y")),
    c("Results from all 382 counting areas were declared by 7:30 a.m. on Friday.", U,
      X(("7:30 a.m.", "7:30 a.m. on Friday"), "TIME", "2016-06-24T07:30")),
    c("The Bank of England said it was ready to provide 250 billion pounds of additional funds, and its "
      "policymakers will meet as scheduled on July 14.", U, X("July 14", "DATE", "2016-07-14")),
    c("Campaigning was suspended for three days last week after the killing of a Labour lawmaker on June 16.", U,
      X("three days", "DURATION", "P3D"), X("last week", "DATE", "2016-W24"), X("June 16", "DATE", "2016-06-16")),
    c("Turnout was 72 percent, well above last year's general election.", U,
      X(("last year's", "last year"), "DATE", "2015")),
    # ------------------------------------------------------------ AFP datelines (1999)
    c("HONG KONG, June 2 (AFP) - Hong Kong shares closed 1.2 percent higher on Wednesday, extending gains into a "
      "third session.", A,
      X("June 2", "DATE", "1999-06-02"), X("Wednesday", "DATE", "1999-06-02")),
    c("TEL AVIV, June 2 (AFP) - Israel's prime minister-elect said Wednesday he would form a government within "
      "the 45 days allowed by law.", A,
      X("Wednesday", "DATE", "1999-06-02"), X(("the 45 days", "45 days"), "DURATION", "P45D")),
    # ------------------------------------------------------------ words and numbers that look temporal
    c("Shareholders may reject the offer, analysts warned.", K),
    c("Veterans March on Capitol to Protest Benefit Cuts", J),
    c("The Sunday Times reported that the minister had offered to resign.", U),
    c("The 49ers beat the Rams 24-13.", S),
    c("Fall in Jobless Claims Lifts Wall Street", K),
    c("He finished second in the 200 meters.", S),
    c("Voters in their seventies strongly favored the measure.", V),
    c("The Dow fell 2.5 percent to 10,917.51.", B),
    c("May Department Stores Co. agreed to buy the chain for $1.5 billion.", E),
    c("Microsoft said Windows 2000 would run on most existing PCs.", A),
    c("Passengers on US Airways Flight 1549 were rescued from the Hudson River.", O),
    c("The Dallas Morning News and USA Today carried the story.", E),
    c("The Yankees have won eight of their last 10 games and lead the AL East by seven games.", S),
    c("The magnitude 6.1 aftershock shook buildings in Sendai.", T),
    c("The cause was heart failure, his daughter said.", O),
    c("The defendant was sentenced to life in prison without parole.", J),
    c("Boeing will deliver 30 of its 777 jets to the airline.", E),
]


def flat():
    """(case number, expression number, case, expected) for every expected expression."""
    return _flat(CASES)
