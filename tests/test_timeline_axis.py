"""The date axis ticks: spaced for their labels, on calendar boundaries, named in UTC."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import example, given, settings, strategies as st

from newsline.gui.timeline_axis import MAJOR_PX, date_ticks, tick_label
from newsline.gui.timeline_layout import date_to_seconds

YEAR_1 = date_to_seconds(dt.date(1, 1, 1))
YEAR_9999 = date_to_seconds(dt.date(9999, 1, 1))


@settings(max_examples=80, deadline=None)
@given(st.floats(YEAR_1, YEAR_9999 - 10 * 86400), st.floats(3.5, 12.5), st.integers(200, 3000))
@example(start=5e-324, log_span=4.0, width=200)  # a start a hair past a boundary (found by hypothesis)
def test_major_ticks_leave_room_for_their_labels(start, log_span, width):
    span = min(10 ** log_span, YEAR_9999 - start)
    step, major, minor = date_ticks(start, start + span, width)
    assert step is not None
    assert np.all((major >= start) & (major <= start + span))
    if len(major) > 1:
        px = np.diff(major) / span * width
        assert px.min() >= 0.85 * MAJOR_PX  # months are 28 to 31 days
    for v in major[:5]:
        assert tick_label(float(v), step[0])


def test_ticks_fall_on_calendar_boundaries():
    start = date_to_seconds(dt.date(2016, 11, 20))
    step, major, _ = date_ticks(start, start + 400 * 86400, 1000)
    assert step[0] == "M"
    days = [dt.date(1970, 1, 1) + dt.timedelta(seconds=float(v)) for v in major]
    assert all(d.day == 1 for d in days)
    assert [tick_label(float(v), "M") for v in major][:3] == [
        d.strftime("%b %Y") if d.month == 1 else d.strftime("%b") for d in days[:3]]
    step, major, _ = date_ticks(start, start + 30 * 365.25 * 86400, 1000)
    assert step[0] == "Y" and all(tick_label(float(v), "Y").isdigit() for v in major)


def test_hours_when_zoomed_right_in():
    start = date_to_seconds(dt.date(2017, 11, 3))
    step, major, _ = date_ticks(start, start + 86400, 1000)
    assert step[0] == "h"
    assert tick_label(start, "h") == "03 Nov 00:00" and tick_label(start + 6 * 3600, "h") == "06:00"


def test_the_first_label_drawn_names_the_year(qtbot):
    """A view from March to November 2023 read 'Apr Jul Oct' with no year anywhere (only January carried it),
    and the sample's axis 'Apr Jul Oct Jan 2024': which year was April?"""
    from newsline.gui.timeline_widget import TimelineWidget

    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(900, 400)
    w.show()
    qtbot.waitExposed(w)
    axis = w.plot.getPlotItem().getAxis("bottom")
    for first, last, year in ((dt.date(2023, 3, 10), dt.date(2023, 11, 20), "2023"),
                              (dt.date(2023, 2, 3), dt.date(2023, 3, 20), "2023"),  # days
                              (dt.date(2022, 11, 1), dt.date(2024, 6, 1), "2023")):
        w.set_view_range(date_to_seconds(first), date_to_seconds(last))
        w.grab()
        assert axis.drawn_labels, (first, last)
        assert year in axis.drawn_labels[0], (first, last, axis.drawn_labels)
