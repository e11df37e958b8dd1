"""Time expressions of today's news that TBAQ (1989-2000 newswire) rarely has: the hand-written list in
tests/temporal_modern_cases.py (expected values written from the TimeML guidelines before the tagger was run).
Each case names the sentence, the reference date and the expected text, type, value and mod. Cases the tagger
still gets wrong are marked xfail (strict) with the reason, so a fix shows up as XPASS."""

import pytest

from newsline.core.temporal.tagger import tag_times
from temporal_modern_cases import CASES, expression_params, judge

# (sentence, expression number) -> why the tagger still misses it (see docs/temporal.md, "Modern news")
KNOWN_GAPS: dict[tuple[str, int], str] = {
    ("Polls close at 15:30 on Monday.", 0):
        "present tense is also the headline past ('Stocks close higher Monday'): 'close' is no future cue",
    ("The fire began on the night of 14 March.", 0): (
        "TBAQ convention: the gold tags the date alone in 'the night of Oct. 23' (2 of 2); joining cost TBAQ strict"),
    ("Earlier in the day, the army said it had retaken the town.", 0):
        "tried: TBAQ leaves 'earlier/later in the day' untagged (2 of 2) and MEANTIME fell, so not tagged",
    ("The storm hit on 5 March 2024. A year earlier, the town had been flooded.", 0):
        "tuned on TBAQ: after a day 'a year earlier' gives the day a year back (gold mixed: 4 years, 4 days)",
    ("The festival revives a centuries-old tradition.", 0):
        "project convention (round 3): the age of an institution or tradition is not tagged",
    ("Crews worked around the clock to restore power.", 0): "'around the clock' not tagged (no agreed value)",
}


@pytest.mark.parametrize("case,exp", list(expression_params(CASES, KNOWN_GAPS)))
def test_modern_news_expression(case, exp):
    verdict = judge(case, exp, tag_times(case.sentence, case.ref))
    assert verdict.strict and verdict.right, (
        f"{case.sentence!r} (written {case.ref}): expected {exp}, got {verdict.got}")


@pytest.mark.parametrize("case", [c for c in CASES if not c.expected], ids=lambda c: c.sentence[:30])
def test_modern_news_sentence_without_a_time(case):
    assert tag_times(case.sentence, case.ref) == []
