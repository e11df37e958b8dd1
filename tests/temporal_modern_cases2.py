"""A second, held-out list of today's news time expressions (2019-2026 styles: Reuters/AP/AFP/BBC/Guardian/Al
Jazeera, Indian and Australian press, press releases, live blogs, court, election, sports, markets, weather and
conflict reporting). Written by hand from the TimeML/TIMEX3 guidelines as TempEval-3 annotates them, BEFORE the
tagger was run on them (commit of this file); shapes already in tests/temporal_modern_cases.py were avoided.
Shared by tests/test_temporal_modern2.py and bench/bench_modern.py; same format as the first list.

Lunar holidays are facts of the calendar (Umm al-Qura / announced dates): Ramadan 2025 began 1 March, Eid al-Fitr
2025 was 30 March, Eid al-Adha 2025 was 6 June, Diwali 2025 was 20 October, Lunar New Year 2025 was 29 January
and 2026 is 17 February, Ramadan 2026 begins 18 February."""

from __future__ import annotations

import datetime as dt

from temporal_modern_cases import Case, X, c  # noqa: F401  (same record types and judge)
from temporal_modern_cases import flat as _flat

H = dt.date(2025, 6, 12)   # Thursday, 2025-W24
I = dt.date(2022, 2, 24)   # Thursday, 2022-W08
J = dt.date(2026, 1, 8)    # Thursday, 2026-W02
K = dt.date(2020, 4, 2)    # Thursday, 2020-W14
L = dt.date(2023, 10, 9)   # Monday, 2023-W41
M = dt.date(2019, 8, 20)   # Tuesday, 2019-W34

CASES: list[Case] = [
    # ------------------------------------------------------------ wire leads and datelines
    c("Russian forces launched a full-scale invasion of Ukraine early on Thursday.", I,
      X(("early on Thursday", "Thursday"), "DATE", "2022-02-24", ("START", None))),
    c("Ukraine's president imposed martial law from 5:30 a.m. on Thursday.", I,
      X(("5:30 a.m.", "5:30 a.m. on Thursday"), "TIME", "2022-02-24T05:30")),
    c("The World Health Organization declared a pandemic on March 11.", K, X("March 11", "DATE", "2020-03-11")),
    c("Britain entered a nationwide lockdown on the evening of 23 March.", K,
      X("the evening of 23 March", "TIME", "2020-03-23TEV")),
    c("Schools will stay shut until at least mid-May.", K, X("mid-May", "DATE", "2020-05", "MID")),
    c("The airline grounded its fleet for the rest of April.", K,
      X("the rest of April", "DATE", "2020-04")),
    c("Hamas fighters crossed into Israel at dawn on Saturday.", L,
      X(("dawn on Saturday", "dawn"), "TIME", "2023-10-07TMO")),
    c("Israel declared war on Sunday, a day after the assault.", L,
      X("Sunday", "DATE", "2023-10-08"), X("a day after", "DATE", "2023-10-08")),
    # ------------------------------------------------------------ live blogs and clock times
    c("Updated 14:05 BST: the prime minister has left Downing Street.", H,
      X("14:05 BST", "TIME", "2025-06-12T14:05")),
    c("The motion passed at 11.42pm after a marathon sitting.", H, X("11.42pm", "TIME", "2025-06-12T23:42")),
    c("Markets open at 9:15 am IST on Friday.", H,
      X(("9:15 am IST", "9:15 am IST on Friday"), "TIME", "2025-06-13T09:15")),
    c("The plane went missing at around 1.30am AEST.", H,
      X(("around 1.30am AEST", "1.30am AEST"), "TIME", "2025-06-12T01:30", ("APPROX", None))),
    c("The fire crews were called just before 6am.", H, X(("just before 6am", "6am"), "TIME", "2025-06-12T06:00",
                                                        ("BEFORE", "LESS_THAN", None))),
    c("The alert was lifted shortly after midnight.", H,
      X(("shortly after midnight", "midnight"), "TIME", ("2025-06-12T24:00", "2025-06-11T24:00", "2025-06-12T00:00"),
        ("AFTER", None))),
    c("The polls opened at 7am and close at 10pm.", H,
      X("7am", "TIME", "2025-06-12T07:00"), X("10pm", "TIME", "2025-06-12T22:00")),
    # ------------------------------------------------------------ court reporting
    c("The judge adjourned the case until 3 July.", H, X("3 July", "DATE", "2025-07-03")),
    c("He will be sentenced on 18 July at Southwark Crown Court.", H, X("18 July", "DATE", "2025-07-18")),
    c("She was jailed for six years and nine months.", H, X("six years and nine months", "DURATION", "P6Y9M")),
    c("The defendant was remanded in custody for 28 days.", H, X("28 days", "DURATION", "P28D")),
    c("The jury retired to consider its verdict on Tuesday afternoon.", H,
      X("Tuesday afternoon", "TIME", "2025-06-10TAF")),
    c("The offences took place between 2014 and 2017, the court heard.", H,
      X("2014", "DATE", "2014"), X("2017", "DATE", "2017")),
    c("He must serve a minimum term of 18 years.", H, X("18 years", "DURATION", "P18Y")),
    # ------------------------------------------------------------ election reporting
    c("Voters go to the polls on 4 July.", dt.date(2024, 6, 1), X("4 July", "DATE", "2024-07-04")),
    c("Counting began at 8am on Wednesday, a day after the vote.", dt.date(2024, 11, 7),
      X(("8am on Wednesday", "8am"), "TIME", "2024-11-06T08:00"), X("a day after", "DATE", "2024-11-06")),
    c("The Election Commission will announce results on June 4.", dt.date(2024, 5, 20),
      X("June 4", "DATE", "2024-06-04")),
    c("Polling in the seven-phase election ends on 1 June.", dt.date(2024, 5, 20),
      X("1 June", "DATE", "2024-06-01")),
    c("Early voting opens on Tuesday 13 May.", dt.date(2025, 5, 1),
      X(("Tuesday 13 May", "13 May"), "DATE", "2025-05-13")),
    c("The new parliament will sit for the first time in late July.", H, X("late July", "DATE", "2025-07", "END")),
    # ------------------------------------------------------------ markets
    c("The FTSE 100 closed at a record high on Wednesday.", H, X("Wednesday", "DATE", "2025-06-11")),
    c("Brent crude rose 2% in early trading.", H),
    c("The index has gained 12% year to date.", H, X(("year to date", "year"), "DATE", "2025")),
    c("Shares have fallen 30% since January.", H, X("January", "DATE", "2025-01")),
    c("The Fed held rates steady at its June meeting.", H, X("June", "DATE", "2025-06")),
    c("The central bank will next meet on 17-18 September.", H,
      X("17", "DATE", "2025-09-17"), X("18 September", "DATE", "2025-09-18")),
    c("Sales rose 4% in the three months to March.", H,
      X("the three months", "DURATION", "P3M"), X("March", "DATE", "2025-03")),
    c("Net profit for the quarter ended 31 March rose 9%.", H,
      X("the quarter ended 31 March", "DATE", "2025-Q1")),
    c("The company reports third-quarter results on 23 October.", H,
      X("third-quarter", "DATE", "2025-Q3"), X("23 October", "DATE", "2025-10-23")),
    c("Inflation hit a 40-year high in 2022.", H, X("40-year", "DURATION", "P40Y"), X("2022", "DATE", "2022")),
    c("The yen slid to its weakest level since 1990.", H, X("1990", "DATE", "1990")),
    c("Q2 FY26 revenue grew 11%, the IT firm said.", H, X(("Q2 FY26", "FY26"), "DATE", ("2026-Q2", "2025-Q3"))),
    # ------------------------------------------------------------ weather
    c("Temperatures are forecast to reach 40C by Sunday.", H, X("Sunday", "DATE", "2025-06-15")),
    c("A yellow warning is in place from 6pm on Friday until 9am on Saturday.", H,
      X(("6pm on Friday", "6pm"), "TIME", "2025-06-13T18:00"),
      X(("9am on Saturday", "9am"), "TIME", "2025-06-14T09:00")),
    c("It was the hottest June day on record.", H, X("June", "DATE", "2025-06")),
    c("Showers will clear by the middle of next week.", H,
      X("the middle of next week", "DATE", "2025-W25", "MID")),
    c("The cyclone is expected to cross the coast within the next 24 hours.", H,
      X("the next 24 hours", "DURATION", "PT24H")),
    c("The monsoon is likely to reach Kerala around June 1.", dt.date(2025, 5, 20),
      X(("around June 1", "June 1"), "DATE", "2025-06-01", ("APPROX", None))),
    c("The heatwave will last into next week.", H, X("next week", "DATE", "2025-W25")),
    # ------------------------------------------------------------ conflict reporting
    c("The ceasefire took effect at 4am local time on Wednesday.", H,
      X(("4am local time on Wednesday", "4am local time", "4am"), "TIME", "2025-06-11T04:00")),
    c("The siege has now entered its 100th day.", H,
      X(("its 100th day", "100th day"), "DATE", ("2025-06-12", "XXXX-XX-XX"))),
    c("Air raid sirens sounded overnight across the capital.", H, X("overnight", "TIME", "2025-06-11TNI")),
    c("The strikes came hours before the talks were due to begin.", H, X("hours", "DURATION", "PTXH")),
    c("The town changed hands twice in 48 hours.", H, X("48 hours", "DURATION", "PT48H")),
    c("More than 200 people have been killed since the fighting began in April 2023.", H,
      X("April 2023", "DATE", "2023-04")),
    c("The war is now in its fourth year.", H),
    # ------------------------------------------------------------ sports
    c("The final will be played at Wembley on Saturday 31 May.", dt.date(2025, 5, 20),
      X(("Saturday 31 May", "31 May"), "DATE", "2025-05-31")),
    c("He scored in the 89th minute to seal the win.", H),
    c("The Test starts on Boxing Day at the MCG.", dt.date(2024, 12, 10), X("Boxing Day", "DATE", "2024-12-26")),
    c("The club last won the league in 1989-90.", H, X("1989", "DATE", "1989"), X("90", "DATE", "1990")),
    c("The transfer window closes at 11pm on 1 September.", H,
      X(("11pm on 1 September", "11pm"), "TIME", "2025-09-01T23:00"), X("1 September", "DATE", "2025-09-01")),
    c("She won gold at the Paris 2024 Olympics.", H),
    c("The striker has been out for three months with a knee injury.", H,
      X("three months", "DURATION", "P3M")),
    # ------------------------------------------------------------ press releases
    c("LONDON, 12 June 2025 -- The company today announced a new chief executive.", H,
      X("12 June 2025", "DATE", "2025-06-12"), X("today", "DATE", "2025-06-12")),
    c("The offer is valid until 30 June 2025.", H, X("30 June 2025", "DATE", "2025-06-30")),
    c("The acquisition is expected to close in the second half of 2025.", H,
      X("the second half of 2025", "DATE", "2025-H2")),
    c("The new plant will be operational by Q1 2027.", H, X("Q1 2027", "DATE", "2027-Q1")),
    c("Registration closes at 5pm AEST on Friday 20 June.", H,
      X(("5pm AEST", "5pm AEST on Friday 20 June"), "TIME", "2025-06-20T17:00")),
    # ------------------------------------------------------------ Indian and Australian press
    c("The Budget will be presented on February 1.", J, X("February 1", "DATE", "2026-02-01")),
    c("The scheme was launched in 2015 by the Centre.", J, X("2015", "DATE", "2015")),
    c("Parliament's winter session concluded on December 19.", J, X("December 19", "DATE", "2025-12-19")),
    c("The school holidays run until late January.", J, X("late January", "DATE", "2026-01", "END")),
    c("Bushfires burned through the summer of 2019-20.", J,
      X(("the summer of 2019", "the summer of 2019-20"), "DATE", "2019-SU")),
    c("The RBA will announce its decision at 2.30pm on Tuesday.", J,
      X(("2.30pm on Tuesday", "2.30pm"), "TIME", "2026-01-13T14:30")),
    c("The rains have lashed the state for the last three days.", J,
      X("the last three days", "DURATION", "P3D")),
    # ------------------------------------------------------------ holidays (lunar and moveable)
    c("Millions travelled home for Lunar New Year.", dt.date(2025, 2, 3), X("Lunar New Year", "DATE", "2025-01-29")),
    c("The ceasefire should hold until the end of Ramadan.", dt.date(2025, 3, 15),
      X(("the end of Ramadan", "Ramadan"), "DATE", ("2025-03", "2025-03-29", "2025-03-30"), ("END", None))),
    c("Muslims celebrated Eid al-Fitr on Sunday.", dt.date(2025, 3, 31), X(("Eid al-Fitr", "Sunday"), "DATE",
                                                                            "2025-03-30")),
    c("Prices of livestock rose ahead of Eid al-Adha.", dt.date(2025, 6, 2), X("Eid al-Adha", "DATE", "2025-06-06")),
    c("Air pollution spikes every year after Diwali.", dt.date(2025, 10, 10), X("Diwali", "DATE", "2025-10-20")),
    c("The markets will be closed on Good Friday and Easter Monday.", dt.date(2025, 4, 10),
      X("Good Friday", "DATE", "2025-04-18"), X("Easter Monday", "DATE", "2025-04-21")),
    c("The holiday falls on Labor Day this year.", dt.date(2025, 8, 20),
      X("Labor Day", "DATE", "2025-09-01"), X("this year", "DATE", "2025")),
    c("Celebrations marked Anzac Day across the country.", dt.date(2025, 4, 26), X("Anzac Day", "DATE", "2025-04-25")),
    # ------------------------------------------------------------ narrative anchoring
    c("The flood struck on 3 August. Two days later, the army was deployed.", M,
      X("3 August", "DATE", "2019-08-03"), X("Two days later", "DATE", "2019-08-05")),
    c("The minister resigned on 2 June. Within a week, his deputy had quit too.", H,
      X("2 June", "DATE", "2025-06-02"), X("a week", "DURATION", "P1W")),
    c("The bridge collapsed on 14 August 2018. Six years later, the trial began.", H,
      X("14 August 2018", "DATE", "2018-08-14"), X("Six years later", "DATE", "2024")),
    c("The hostages were freed on 19 January. A month later, talks stalled.", H,
      X("19 January", "DATE", "2025-01-19"), X("A month later", "DATE", "2025-02")),
    c("Protests began on 17 July. By the following Monday, the governor had resigned.", M,
      X("17 July", "DATE", "2019-07-17"), X("the following Monday", "DATE", "2019-07-22")),
    c("The ship was seized on 19 November. Later that week, the crew were moved.", L,
      X("19 November", "DATE", "2022-11-19"), X(("Later that week", "that week"), "DATE", "2022-W46", ("END", None))),
    # ------------------------------------------------------------ vague and relative
    c("Details of the deal are expected in the coming weeks.", H,
      X("the coming weeks", ("DATE", "DURATION"), ("FUTURE_REF", "PXW"))),
    c("The two leaders spoke by phone last Thursday.", H, X("last Thursday", "DATE", "2025-06-05")),
    c("The report will be published next Tuesday.", H, X("next Tuesday", "DATE", "2025-06-17")),
    c("Cases have doubled in the past fortnight.", K, X("the past fortnight", "DURATION", "P2W")),
    c("Unemployment is at its lowest level in five decades.", M, X("five decades", "DURATION", "P50Y")),
    c("The agency said earlier this week that stocks were low.", H,
      X(("earlier this week", "this week"), "DATE", "2025-W24", ("START", None))),
    c("The government will review the policy at the end of the year.", H,
      X("the end of the year", "DATE", "2025", "END")),
    c("The rule has been in place since the 1970s.", H, X("the 1970s", "DATE", "197")),
    c("Trade has grown fivefold over the last two decades.", H, X("the last two decades", "DURATION", "P20Y")),
    c("He was elected in 2019 and re-elected four years later.", H,
      X("2019", "DATE", "2019"), X("four years later", "DATE", "2023")),
    c("Flights resume on 1 July after a three-week pause.", H,
      X("1 July", "DATE", "2025-07-01"), X("three-week", "DURATION", "P3W")),
    c("The virus was first detected in Wuhan in December 2019.", K, X("December 2019", "DATE", "2019-12")),
    c("Fares will go up from Sunday 1 March.", dt.date(2026, 2, 20),
      X(("Sunday 1 March", "1 March"), "DATE", "2026-03-01")),
    c("The strike is set to run for 72 hours from midnight on Sunday.", H,
      X("72 hours", "DURATION", "PT72H"),
      X(("midnight on Sunday", "midnight"), "TIME", "2025-06-15T24:00")),
]


def flat():
    """(case number, expression number, case, expected) for every expected expression."""
    return _flat(CASES)
