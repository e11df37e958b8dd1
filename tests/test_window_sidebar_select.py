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


def test_space_in_the_actor_list_ticks_the_actor_instead_of_playing(window, qtbot):
    """Keyboard only (Alt+1, arrows): Space started Play instead of ticking the current actor, so actors could
    not be filtered without a mouse."""
    w = window
    w.load_document(harbour_document())
    w.activateWindow()
    w.actions.focus_actors.trigger()
    tree = w.sidebar.tree
    qtbot.waitUntil(tree.hasFocus, timeout=2000)
    item = tree.topLevelItem(0)
    tree.setCurrentItem(item)
    actor = item.data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert not w.stepper.playing
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert w.state.visible_actor_ids is not None and not w.state.is_actor_visible(actor)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked and w.state.visible_actor_ids is None
    w.timeline.setFocus()  # elsewhere Space still plays
    qtbot.keyClick(w.timeline, Qt.Key.Key_Space)
    assert w.stepper.playing
    w.stepper.stop()


def _selected_in_view(w) -> bool:
    """Is one of the selected event's marks inside the timeline's view (lanes scrolled to it)?"""
    import numpy as np

    canvas = w.timeline.canvas
    frame, lay = canvas.frame(), w.timeline.layout_model
    index = lay.index[w.timeline.selected_event()]
    left, right, top, bottom = frame.view_px
    for lf in frame.lanes:
        at = np.flatnonzero(lay.mark_event[lf.marks] == index)
        if len(at) and top <= lf.mark_y <= bottom and left <= lf.px0[at[0]] <= right:
            return True
    return False


def test_unticking_an_actor_keeps_the_selected_event_in_view(window, qtbot):
    """Unticking an actor laid the lanes out again from the top: the selected event, in a lane further down,
    was left out of sight (the details and the text still showed it)."""
    from gui_fixtures import generated_document

    w = window
    w.resize(1200, 560)
    doc = generated_document(80, n_actors=8, seed=4)
    w.load_document(doc)
    qtbot.wait(50)
    lay = w.timeline.layout_model
    last_lane = lay.lanes[-2].name  # a lane near the bottom, out of view at this height
    event = next(e for e in doc.events if e.time.interval is not None and e.participants
                 and [a.name for a in doc.actors if a.id == e.participants[0].actor_id] == [last_lane]
                 and len(e.participants) == 1)
    w.state.select_event(event.id)
    w.timeline.repaint()
    assert _selected_in_view(w)
    first = doc.actors[0].id
    assert first != event.participants[0].actor_id
    item = next(it for it in w.sidebar._items() if it.data(0, Qt.ItemDataRole.UserRole) == first)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.wait(50)
    w.timeline.repaint()
    assert w.timeline.selected_event() == event.id
    assert _selected_in_view(w)
