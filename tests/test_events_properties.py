"""Properties that hold for any input: no crash, spans inside the text, ids in order, links that point at real
events, labels short and never empty."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsline.core.events.extract import find_events
from newsline.core.events.labels import MAX_LABEL
from newsline.core.ingest.prepare import prepare
from newsline.core.model import Actor, CalendarInterval, Mention, Place, Precision, Span, TimeAnchor, TimeExpression, TimeType

WORDS = ["the", "rebels", "said", "attacked", "town", "which", "it", "lost", "in", "July", "by", "was", "taken",
         "did", "not", "agree", "to", "talks", "yesterday", ",", ".", "'", "’’", "and", "but", "after", "Mosul",
         "forces", "its", "troops", "may", "have", "been", "believed", "for", "three", "years", "Isis", "of", "’s",
         "claimed", "according", "election", "fell", "US-led", "2017", "—", "(", ")", "?", "said.", "Reuters",
         "once", "close", "last", "called", "flew", "were", "food", "aid", "message", "posted", "Forces", "with"]


@st.composite
def articles(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
    text = prepare(" ".join(words)).text  # spans are given in the normalised text, as the pipeline does
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, 12)), max_size=6))
    actors = [Actor(id=f"a{k + 1}", name=text[s:s + ln].strip() or "x",
                    mentions=[Mention(span=Span(start=s, end=min(n, s + ln)), text=text[s:min(n, s + ln)])])
              for k, (s, ln) in enumerate(spans[:3])]
    places = [Place(id=f"p{k + 1}", name="p", mentions=[Mention(span=Span(start=s, end=min(n, s + ln)), text="p")])
              for k, (s, ln) in enumerate(spans[3:])]
    times = []
    for k, (s, ln) in enumerate(draw(st.lists(st.tuples(st.integers(0, n), st.integers(1, 8)), max_size=3))):
        kind = draw(st.sampled_from([TimeType.DATE, TimeType.DURATION]))
        iv = CalendarInterval(earliest=dt.date(2017, 7, 1), latest=dt.date(2017, 7, 31), precision=Precision.MONTH)
        times.append(TimeExpression(id=f"t{k + 1}", span=Span(start=s, end=min(n, s + ln)), text=text[s:s + ln],
                                    type=kind, value="2017-07" if kind == TimeType.DATE else "P3Y",
                                    anchor=TimeAnchor.ABSOLUTE if kind == TimeType.DATE else TimeAnchor.NONE,
                                    interval=iv if kind == TimeType.DATE else None))
    ref = draw(st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))))
    return text, actors, places, times, ref


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_any_input_gives_a_consistent_event_list(article):
    text, actors, places, times, ref = article
    prepared = prepare(text)
    events = find_events(prepared, times, actors, places, ref)
    ids = [e.id for e in events]
    assert ids == [f"e{k + 1}" for k in range(len(events))]
    by_id = {e.id: e for e in events}
    actor_ids = {a.id for a in actors}
    place_ids = {p.id for p in places}
    n = len(prepared.text)
    for e in events:
        assert 0 < len(e.label) <= MAX_LABEL
        assert 0 <= e.trigger.start < e.trigger.end <= n
        assert e.trigger.of(prepared.text) == e.trigger_text
        assert e.evidence[0] == e.trigger and all(s.end <= n for s in e.evidence)
        assert {p.actor_id for p in e.participants} <= actor_ids
        assert set(e.place_ids) <= place_ids
        for rid in e.reports_event_ids:
            assert by_id[rid].attribution.report_event_id == e.id
        if e.same_as is not None:
            assert ids.index(e.same_as) < ids.index(e.id)
        assert 0.0 <= e.certainty <= 1.0 and 0.0 < e.confidence <= 1.0
        if e.time.end_interval is not None:
            assert e.time.interval.earliest <= e.time.end_interval.latest
