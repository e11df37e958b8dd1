"""Property tests: tag_times never raises on any text, spans stay inside the text and cover the expression's
text, and intervals are ordered."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsline.core.temporal.tagger import tag_times

TIME_WORDS = ["yesterday", "July", "Feb. 29", "29 February", "0000", "9999", "the year 9999", "1969", "1066",
              "in 1500", "mid-", "late", "last", "next", "week", "quarter", "the 0s", "the 9990s", "99999999 years",
              "10000000000000000000 days ago", "two days later", "the next day", "Sept.", "3 p.m.", "midnight",
              "every", "Friday", "a decade ago", "the 1st century", "the 99th century", "12/31/9999", "9999-12-31",
              "0001-01-01", "31 December 9999", "Nov 31", "2017-02-29", "–", "\u00a0", "\n\n", ",", "."]
texts = st.lists(st.one_of(st.sampled_from(TIME_WORDS), st.text(max_size=12)), max_size=25).map(" ".join)
refs = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


def check(text, ref):
    times = tag_times(text, ref)
    for i, t in enumerate(times):
        assert 0 <= t.span.start < t.span.end <= len(text)
        assert t.span.of(text) == t.text
        assert t.id == f"t{i + 1}"
        if t.interval is not None:
            assert t.interval.earliest <= t.interval.latest
    assert [t.span.start for t in times] == sorted(t.span.start for t in times)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, refs)
def test_never_raises_and_spans_are_sound(text, ref):
    check(text, ref)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), refs)
def test_random_unicode(text, ref):
    check(text, ref)


def test_calendar_edges():
    for ref in (dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2016, 2, 29), dt.date(1969, 12, 31), None):
        check("Yesterday, last week, next year, the next century, 9999 and Feb. 29, two days later, "
              "a decade ago, in 2000 years, the 1990s, tomorrow at midnight.", ref)
