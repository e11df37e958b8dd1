"""Narrative anchoring ("two days later" leans on the previous time in the story) and behaviour with no
reference date (relative values stay relative)."""

import datetime as dt

from newsline.core.model import TimeAnchor
from newsline.core.temporal.tagger import tag_times


def by_text(times):
    return {t.text: t for t in times}


def test_two_days_later_is_anchored_on_the_story_not_the_reference():
    text = "The offensive began on 3 March 2016. Two days later the town fell. The next day the army entered it."
    times = by_text(tag_times(text, dt.date(2017, 11, 4)))
    later = times["Two days later"]
    assert later.value == "2016-03-05" and later.anchor == TimeAnchor.NARRATIVE
    assert later.anchor_time_id == times["3 March 2016"].id
    nxt = times["The next day"]
    assert nxt.value == "2016-03-06" and nxt.anchor_time_id == later.id


def test_narrative_anchor_without_reference_date():
    text = "The siege began on 10 June 2016. A week later the first convoy arrived."
    times = by_text(tag_times(text, None))
    assert times["A week later"].value == "2016-06-17"
    assert times["A week later"].anchor == TimeAnchor.NARRATIVE


def test_earlier_offsets_do_not_move_the_story():
    text = "Sales rose in 2016. A year earlier they fell. Two years later they rose again."
    times = by_text(tag_times(text, dt.date(2017, 11, 4)))
    assert times["A year earlier"].value == "2015"
    assert times["Two years later"].value == "2018"  # from 2016, not from the look-back to 2015


def test_no_reference_date_keeps_relative_values():
    times = by_text(tag_times("The city fell in July. Troops left yesterday. He resigned on Tuesday.", None))
    assert times["July"].value == "XXXX-07" and times["July"].anchor == TimeAnchor.UNRESOLVED
    assert times["July"].interval is None
    assert times["yesterday"].anchor == TimeAnchor.UNRESOLVED and times["yesterday"].interval is None
    assert times["Tuesday"].value == "XXXX-WXX-2"


def test_no_reference_date_absolute_dates_still_resolve():
    times = tag_times("It happened on 3 November 2017 and in 2015.", None)
    assert [(t.value, t.anchor) for t in times] == [("2017-11-03", TimeAnchor.ABSOLUTE), ("2015", TimeAnchor.ABSOLUTE)]
    assert times[0].interval.earliest == dt.date(2017, 11, 3)


def test_bare_day_without_reference_takes_the_story_year():
    times = by_text(tag_times("The war began in March 2011. On April 2 the army attacked.", None))
    assert times["April 2"].value == "2011-04-02" and times["April 2"].anchor == TimeAnchor.NARRATIVE


def test_clock_time_takes_the_day_of_its_sentence():
    times = by_text(tag_times("On 3 November 2017, at 3 p.m., the shelling stopped.", dt.date(2017, 11, 10)))
    assert times["3 p.m."].value == "2017-11-03T15:00"


def test_the_day_before_closing_a_clause():
    text = "The town fell on 12 May 2016. The day before, the army had cut the road."
    times = by_text(tag_times(text, dt.date(2017, 11, 4)))
    assert times["The day before"].value == "2016-05-11"
    assert times["The day before"].anchor == TimeAnchor.NARRATIVE
    # "the day before the attack" leans on an event, not on a time: not tagged
    assert [t.text for t in tag_times("He left the day before the attack.", dt.date(2017, 11, 4))] == []
