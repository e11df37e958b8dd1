"""The timeline's pure layout: where events go, lanes, filters, undated events and label packing."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings, strategies as st

from gui_fixtures import generated_document, story_document
from newsline.gui.colours import actor_colours
from newsline.gui.timeline_layout import (
    ALL_EVENTS,
    DAY,
    NO_ACTOR,
    build_layout,
    date_to_seconds,
    describe_time,
    event_geometry,
    pack_labels,
)


def _layout(doc, visible=None, mode="actors"):
    return build_layout(doc, actor_colours(doc), visible, mode)


def test_day_events_are_points_at_midday_and_months_are_bars_over_the_month():
    doc = story_document()
    x0, x1, point = event_geometry(doc.event("e1"))
    assert point and x0 == x1 == date_to_seconds(dt.date(2021, 6, 1)) + DAY / 2
    x0, x1, point = event_geometry(doc.event("e8"))  # March 2019
    assert not point
    assert (x0, x1) == (date_to_seconds(dt.date(2019, 3, 1)), date_to_seconds(dt.date(2019, 4, 1)))


def test_a_duration_runs_from_its_start_to_the_end_of_its_end_interval():
    x0, x1, point = event_geometry(story_document().event("e3"))
    assert not point
    assert (x1 - x0) / DAY == 8  # 5 June to 12 June inclusive


def test_undated_events_are_kept_in_text_order():
    lay = _layout(story_document())
    assert [lay.event_ids[i] for i in lay.undated] == ["e11", "e12", "e13"]
    assert all(np.isnan(lay.x0[i]) for i in lay.undated)


def test_one_lane_per_actor_with_events_plus_no_actor_lane():
    lay = _layout(story_document())
    assert [ln.key for ln in lay.lanes] == ["a1", "a2", "a3", "a4", NO_ACTOR]
    # e6 has three actors: three marks
    e6 = lay.index["e6"]
    assert sorted(lay.mark_lane[lay.mark_event == e6].tolist()) == [0, 1, 3]


def test_single_mode_draws_each_dated_event_once():
    doc = story_document()
    lay = _layout(doc, mode="single")
    assert [ln.key for ln in lay.lanes] == [ALL_EVENTS]
    assert sorted(lay.mark_event.tolist()) == sorted(i for i, e in enumerate(doc.events) if e.time.interval)


def test_filter_hides_events_whose_actors_are_all_hidden_but_keeps_actorless_ones():
    lay = _layout(story_document(), visible={"a3"})
    shown = set(lay.visible_event_ids())
    assert "e4" in shown  # police and union
    assert "e1" not in shown and "e6" not in shown
    assert {"e7", "e13"} <= shown  # no actor
    assert "e12" in shown and "e11" not in shown  # undated police / union
    assert [ln.key for ln in lay.lanes] == ["a3", NO_ACTOR]


def test_marks_in_range_finds_long_bars_that_start_before_the_view():
    doc = generated_document(400, seed=3)
    lay = _layout(doc)
    for lane in range(lay.n_lanes):
        sl = lay.lane_slice(lane)
        lo, hi = np.nanpercentile(lay.mark_x0[sl], [40, 45])
        expected = set(np.flatnonzero((lay.mark_x1[sl] >= lo) & (lay.mark_x0[sl] <= hi)) + sl.start)
        assert set(lay.marks_in_range(lane, lo, hi).tolist()) == expected


def test_describe_time_gives_written_and_resolved_forms():
    doc = story_document()
    written, resolved = describe_time(doc.event("e10"), doc.reference_date.value)
    assert written == "yesterday"
    assert "2021-06-13" in resolved and "relative" in resolved
    written, resolved = describe_time(doc.event("e12"), None)
    assert "3 days after the article date" in resolved


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 2000), st.floats(5, 300)), min_size=0, max_size=120), st.integers(0, 5))
def test_packed_labels_never_overlap_and_every_hidden_one_is_counted(items, n_rows):
    items.sort()
    starts = np.array([s for s, _ in items])
    widths = np.array([w for _, w in items])
    rows, counts = pack_labels(starts, widths, n_rows, gap=4.0)
    placed = np.flatnonzero(rows >= 0)
    for r in range(n_rows):
        in_row = [i for i in placed if rows[i] == r]
        for a, b in zip(in_row, in_row[1:]):
            assert starts[a] + widths[a] + 4.0 <= starts[b] + 1e-9
    assert counts.sum() == (len(items) - len(placed) if n_rows else 0)
    if n_rows and items:
        assert rows[0] == 0


def _pack_one_by_one(starts, widths, n_rows, gap, limit):
    """The packing rule written plainly: row 0 if the label starts after that row's last label and ends
    before its limit, else the first row whose last label it starts after; else hidden, counted on the last
    label placed."""
    right = [-np.inf] * n_rows
    rows, counts, last = [-1] * len(starts), [0] * len(starts), -1
    for i, (x, w, lim) in enumerate(zip(starts, widths, limit)):
        free = [r for r in range(n_rows) if x >= right[r] and (r > 0 or x + w <= lim)]
        if not free:
            if last >= 0:
                counts[last] += 1
            continue
        rows[i], right[free[0]], last = free[0], x + w + gap, i
    return rows, counts


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 600), st.integers(5, 120), st.integers(0, 200)), min_size=0, max_size=150),
       st.integers(0, 6))
def test_packing_skips_runs_of_hidden_labels_with_the_same_result(items, n_rows):
    """`pack_labels` jumps over runs of labels that start before any row is free (most marks of a crowded
    view); rows and counts must be those of placing the labels one by one."""
    items.sort()
    starts = np.array([float(s) for s, _, _ in items])
    widths = np.array([float(w) for _, w, _ in items])
    limit = starts + np.array([float(lim) for _, _, lim in items])
    rows, counts = pack_labels(starts, widths, n_rows, 8.0, limit)
    want_rows, want_counts = _pack_one_by_one(starts.tolist(), widths.tolist(), n_rows, 8.0, limit.tolist())
    assert rows.tolist() == want_rows and counts.tolist() == want_counts


def test_busy_lanes_get_more_rows_up_to_a_cap():
    doc = story_document()
    rows = np.diff(_layout(doc).lane_top)
    # June 2021 falls in one twelfth of the story's span: authority 3 events there, union 5, police 1,
    # mayor 2, no actor 1; one marker row plus one label row each
    assert rows.tolist() == [4, 6, 2, 3, 2]
    twins = [doc.event("e4").model_copy(update={"id": f"e4{k}"}) for k in range(2)]  # police and union, 8 June
    lay = _layout(doc.model_copy(update={"events": doc.events + twins}))
    rows = np.diff(lay.lane_top)
    keys = [ln.key for ln in lay.lanes]
    assert rows[keys.index("a3")] == 4
    assert rows[keys.index("a2")] == 8  # 7 events: capped
    big = _layout(generated_document(3000, n_actors=2, span_days=20, seed=4))
    assert np.diff(big.lane_top).max() == 8
    assert big.lane_at(0.5) == 0 and big.lane_at(big.total_rows + 1) is None
