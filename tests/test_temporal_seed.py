"""The seed article (read from ../shared, skipped when absent) with its reference date 2017-11-04."""

import datetime as dt
import re

from newsline.core.model import TimeType
from newsline.core.temporal.tagger import tag_times

REF = dt.date(2017, 11, 4)


def test_seed_times(seed_text):
    times = tag_times(seed_text, REF)
    by_text: dict[str, list] = {}
    for t in times:
        assert t.span.of(seed_text) == t.text
        by_text.setdefault(t.text, []).append(t)
    assert by_text["yesterday"] and all(t.value == "2017-11-03" for t in by_text["yesterday"])
    assert by_text["July"] and all(t.value == "2017-07" for t in by_text["July"])
    assert [t.value for t in by_text["last month"]] == ["2017-10"]
    assert by_text["2014"][0].value == "2014" and by_text["2015"][0].value == "2015"
    near = by_text["nearly three years"][0]
    assert (near.type, near.value) == (TimeType.DURATION, "P3Y") and near.mod is not None
    week = by_text["just over a week"][0]
    assert (week.type, week.value, week.mod) == (TimeType.DURATION, "P1W", "MORE_THAN")
    assert any(t.value == "PAST_REF" for t in by_text.get("recently", []))


def test_seed_has_no_false_times(seed_text):
    times = tag_times(seed_text, REF)
    for trap in ("1500 to 2500", "320km", "96 per cent", "Sunday Star-Times"):
        at = seed_text.find(trap)
        assert at >= 0, f"the seed article no longer holds {trap!r}"
        end = at + len(trap)
        assert not [t.text for t in times if t.span.start < end and at < t.span.end], trap
    assert not [t for t in times if re.fullmatch(r"may|May", t.text)]


def test_seed_through_the_pipeline(seed_text):
    """The full extraction keeps every time span on the original text, sentence indexes included."""
    from newsline.core.pipeline import extract

    doc = extract(seed_text, REF)
    assert doc.times, "the pipeline found no times in the seed"
    for t in doc.times:
        assert t.span.of(doc.text) == t.text
        assert t.sentence is not None
    values = {t.value for t in doc.times}
    assert {"2017-11-03", "2017-07", "2017-10", "2014", "2015", "P3Y", "P1W"} <= values
