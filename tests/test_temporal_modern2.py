"""The second, held-out list of today's news time expressions (tests/temporal_modern_cases2.py, written before the
tagger was run on it). Cases the tagger still gets wrong are strict xfails with the reason, so a fix shows up as
XPASS. Figures: bench/bench_modern.py; docs/temporal.md, "Modern news"."""

import pytest

from newsline.core.temporal.tagger import tag_times
from temporal_modern_cases import expression_params, judge, texts_and_values
from temporal_modern_cases2 import CASES

# (sentence, expression number) -> why the tagger still misses it
KNOWN_GAPS: dict[tuple[str, int], str] = {
    ("The airline grounded its fleet for the rest of April.", 0): (
        "tried: 'the rest of' taken into the extent ('the rest of the year') lowered MEANTIME strict 88.82 -> 88.60"),
    ("Israel declared war on Sunday, a day after the assault.", 1):
        "'a day after <event>' stays a duration (TBAQ: 'three days after the election' is P3D)",
    ("Counting began at 8am on Wednesday, a day after the vote.", 1):
        "'a day after <event>' stays a duration (TBAQ: 'three days after the election' is P3D)",
    ("Net profit for the quarter ended 31 March rose 9%.", 0):
        (
        "project (TBAQ) convention: 'the quarter ended Sept. 30' is two expressions, the period and its closing day"),
}

# sentences expected to hold no time that the tagger still tags
NO_TIME_GAPS: dict[str, str] = {
    "The war is now in its fourth year.":
        "slip of the list: 'now' is PRESENT_REF by the conventions; the expectation is kept as written before the run",
    "She won gold at the Paris 2024 Olympics.": "a year in an event's name ('Paris 2024 Olympics') is tagged",
}


@pytest.mark.parametrize("case,exp", list(expression_params(CASES, KNOWN_GAPS)))
def test_modern_news_expression(case, exp):
    verdict = judge(case, exp, tag_times(case.sentence, case.ref))
    assert verdict.strict and verdict.right, (
        f"{case.sentence!r} (written {case.ref}): expected {exp}, got {verdict.got}")


def _no_time_params():
    for case in CASES:
        if not case.expected:
            gap = NO_TIME_GAPS.get(case.sentence)
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            yield pytest.param(case, id=case.sentence[:30], marks=marks)


@pytest.mark.parametrize("case", list(_no_time_params()))
def test_modern_news_sentence_without_a_time(case):
    assert tag_times(case.sentence, case.ref) == []


_one = texts_and_values


def test_lunar_holidays_from_the_table():
    assert _one("The attack came during Ramadan.", (2024, 3, 20)) == [("Ramadan", "2024-03")]
    assert _one("Ramadan 2026 will begin in February.", (2025, 6, 1))[0] == ("Ramadan 2026", "2026-03")
    assert _one("Shoppers packed markets ahead of Diwali.", (2024, 10, 20)) == [("Diwali", "2024-11-01")]
    assert _one("Families gathered for Eid-ul-Adha.", (2023, 7, 1)) == [("Eid-ul-Adha", "2023-06-28")]
    # outside the table (2015-2030) Ramadan comes from the arithmetic Islamic calendar: Ramadan 1393 ran from
    # 27/28 September to 26 October 1973 (the war of 6 October began on its tenth day), mostly in October
    assert _one("The war began during Ramadan 1973.", (2024, 3, 20)) == [("Ramadan 1973", "1973-10")]
    assert _one("She bought a Diwali gift.", (2024, 10, 20)) == []


def test_islamic_holidays_outside_the_table():
    # arithmetic calendar, within a day of the observed dates: Ramadan 1417 began 10/11 January 1997 and
    # Ramadan 1418 on 30/31 December 1997 (the first of the year is taken); Eid al-Adha 1425 was 20/21 January 2005
    assert _one("Violence eased during Ramadan.", (1997, 1, 25)) == [("Ramadan", "1997-01")]
    got = _one("The offensive began a week before Eid al-Adha.", (2005, 2, 1))
    assert ("Eid al-Adha", "2005-01-21") in got


def test_running_periods():
    assert _one("The flight took two hours and 15 minutes.", (2025, 6, 12)) == [
        ("two hours and 15 minutes", "PT2H15M")]
    assert _one("Cases rose over the last fortnight.", (2025, 6, 12)) == [("the last fortnight", "P2W")]
    assert _one("Year-to-date sales rose 4%.", (2025, 6, 12)) == [("Year-to-date", "2025")]
    # an offset after it is left to the offset rules
    assert _one("He left two years and three months ago.", (2025, 6, 12))[-1] == ("three months ago", "2025-03")
    # weeks are written alone in TimeML: the two stay apart
    assert [t for t, _ in _one("It took two weeks and three days.", (2025, 6, 12))] == ["two weeks", "three days"]


def test_clock_time_takes_the_day_after_it():
    # the day-month after a clock time is its day; the two stay separate expressions
    assert _one("The gunman fired at 9am on 5 March.", (2025, 6, 12)) == [
        ("9am", "2025-03-05T09:00"), ("5 March", "2025-03-05")]
    # British order after a weekday joins, as "3 p.m. Monday, June 16" does
    assert _one("The polls close at 10pm on Thursday 3 July.", (2025, 6, 12)) == [
        ("10pm on Thursday 3 July", "2025-07-03T22:00")]


def test_dawn_and_dusk_of_a_day():
    assert _one("Troops moved in at dawn on Saturday.", (2023, 10, 9)) == [("dawn on Saturday", "2023-10-07TMO")]
    assert _one("The shelling stopped at dusk Friday.", (2023, 10, 9)) == [("dusk Friday", "2023-10-06TEV")]
    # "Dawn" capitalised is also a name
    assert _one("Dawn on Saturday told the BBC she was leaving.", (2023, 10, 9)) == [("Saturday", "2023-10-07")]


def test_day_ranges_with_to_and_whole_days_in_hours():
    assert _one("The summit will be held 3 to 5 May in Rome.", (2024, 3, 20)) == [
        ("3", "2024-05-03"), ("5 May", "2024-05-05")]
    assert ("5 to", "") not in _one("Scores rose 5 to 7 June.", (2024, 3, 20))  # a count: "5" is no day
    assert [t for t, _ in _one("Scores rose 5 to 7 June.", (2024, 3, 20))] == ["7 June"]
    # whole days after a day of the story; with no day before it stays a duration
    assert _one("The blast came on 5 March. 72 hours later, it rained.", (2024, 3, 20))[1] == (
        "72 hours later", "2024-03-08")
    assert _one("He left. 48 hours later, he was back.", (2024, 3, 20)) == [("48 hours later", "PT48H")]


def test_march_after_a_span_to():
    assert _one("Sales rose 4% in the three months to March.", (2025, 6, 12))[1] == ("March", "2025-03")
    assert _one("Prices rose from January to March.", (2025, 6, 12))[1] == ("March", "2025-03")
    assert _one("Protesters plan to March to the capital.", (2025, 6, 12)) == []


def test_black_friday_and_cyber_monday():
    assert _one("Shoppers will queue on Black Friday.", (2025, 11, 1)) == [("Black Friday", "2025-11-28")]
    assert _one("Sales will peak on Cyber Monday.", (2025, 11, 1)) == [("Cyber Monday", "2025-12-01")]


def test_years_later_after_a_day_is_a_year():
    assert _one("The mine closed on 3 May 2015. Two years later, it reopened.", (2025, 6, 12))[1] == (
        "Two years later", "2017")
    # looking back keeps the day (tuned on TBAQ: treating it alike lowered TBAQ value 83.00 -> 82.95)
    assert _one("The storm hit on 5 March 2024. A year earlier, the town had been flooded.", (2025, 6, 12))[1] == (
        "A year earlier", "2023-03-05")


def test_fiscal_quarter_codes_and_counted_days():
    assert _one("H1 FY2025 profit fell.", (2025, 6, 12)) == [("H1 FY2025", "2025-H1")]
    assert _one("The strike has entered its fifth day.", (2025, 6, 12)) == [("fifth day", "2025-06-12")]
    assert _one("It was her third day back.", (2025, 6, 12)) == []
