"""Selecting an event bolds its actors in the sidebar; that must not count as ticking or unticking them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from window_fixtures import harbour_document, recorded_errors, window  # noqa: F401 - fixtures


def test_selecting_bolds_actors_without_filtering(window, qtbot):
    w = window
    w.load_document(harbour_document())
    changes = []
    w.state.filterChanged.connect(changes.append)
    for eid in ("e4", "e1", "e5", "e3"):
        w.state.select_event(eid)
        bold = {it.data(0, Qt.ItemDataRole.UserRole) for it in w.sidebar._items() if it.font(0).bold()}
        assert bold == set(w.state.document.event(eid).actor_ids())
    assert changes == [] and w.state.visible_actor_ids is None
    # a real untick still filters
    item = next(it for it in w.sidebar._items() if it.data(0, Qt.ItemDataRole.UserRole) == "a2")
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert changes and "a2" not in w.state.visible_actor_ids
