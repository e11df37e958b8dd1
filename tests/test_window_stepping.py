"""Stepping through a hand-built document moves every pane together; the actor filter hides events and
stepping skips them; source-pane clicks and the timeline select events."""

from __future__ import annotations

from PySide6.QtCore import Qt

from window_fixtures import harbour_document
from window_fixtures import recorded_errors, window  # noqa: F401  (fixtures)


def _sentence_text(w, event_id):
    doc = w.state.document
    ev = doc.event(event_id)
    sentence = next(s for s in doc.sentences if s.index == ev.sentence)
    return sentence.span


def _check_panes_on(w, event_id, k, n):
    doc = w.state.document
    ev = doc.event(event_id)
    assert w.state.selected_event_id == event_id
    assert w.timeline.selected_event() == event_id
    assert w.details.label_edit.text() == ev.label
    assert w.details.heading.text() == ev.label
    # the source pane's caret sits in the event's sentence, and the sentence is among the marks
    span = _sentence_text(w, event_id)
    pos = w.source.textCursor().position()
    assert span.start <= pos <= span.end
    marked = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in w.source.extraSelections()]
    assert (span.start, span.end) in marked
    assert (ev.trigger.start, ev.trigger.end) in marked
    assert w.position_text().split(" (main")[0] == f"Event {k} of {n}"


def test_stepping_moves_all_panes_together(window, qtbot):
    w = window
    w.load_document(harbour_document())
    assert w.windowTitle().startswith("Newsline — Harbour strike ends after talks")
    w.actions.first.trigger()
    _check_panes_on(w, "e3", 1, 6)  # chronological: 12 May comes first
    w.actions.next.trigger()
    _check_panes_on(w, "e4", 2, 6)
    w.actions.last.trigger()
    _check_panes_on(w, "e6", 6, 6)  # the undated event is last
    w.actions.previous.trigger()
    _check_panes_on(w, "e2", 5, 6)


def test_arrow_keys_and_home_end_step(window, qtbot):
    w = window
    w.load_document(harbour_document())
    w.activateWindow()
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Home)
    assert w.state.selected_event_id == "e3"
    qtbot.keyClick(w.timeline, Qt.Key.Key_Right)
    assert w.state.selected_event_id == "e4"
    qtbot.keyClick(w.timeline, Qt.Key.Key_End)
    assert w.state.selected_event_id == "e6"
    qtbot.keyClick(w.timeline, Qt.Key.Key_Left)
    assert w.state.selected_event_id == "e2"


def test_text_order_toggle(window):
    w = window
    w.load_document(harbour_document())
    w.actions.order_text.trigger()
    w.actions.first.trigger()
    assert w.state.selected_event_id == "e1"
    w.actions.next.trigger()
    assert w.state.selected_event_id == "e2"
    assert w.order_box.currentData() == "text"
    assert w.position_text().split(" (main")[0] == "Event 2 of 6"


def test_filter_hides_events_and_stepping_skips_them(window, qtbot):
    w = window
    w.load_document(harbour_document())
    item = w.sidebar.item_for("a1")  # untick the union: its events e1, e3, e6 go; e4 stays (the mayor is in it)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert w.state.visible_actor_ids == {"a2", "a3"}
    shown = set(w.timeline.visible_event_ids())
    assert shown == {"e2", "e4", "e5"}
    visited = []
    w.actions.first.trigger()
    for _ in range(5):
        visited.append(w.state.selected_event_id)
        w.actions.next.trigger()
    assert visited == ["e4", "e5", "e2", "e2", "e2"]
    assert w.position_text().split(" (main")[0] == "Event 3 of 3"
    w.sidebar.none_button.click()
    assert w.timeline.visible_event_ids() == []
    assert w.state.selected_event_id is None
    assert w.position_text().split(" (main")[0] == "No events shown"
    w.sidebar.all_button.click()
    assert w.state.visible_actor_ids is None
    assert all(w.sidebar.item_for(a).checkState(0) == Qt.CheckState.Checked for a in ("a1", "a2", "a3"))
    assert len(w.timeline.visible_event_ids()) == 6


def test_hiding_the_selected_events_actor_clears_the_selection(window):
    w = window
    w.load_document(harbour_document())
    w.state.select_event("e3")
    w.state.set_actor_visible("a1", False)
    assert w.state.selected_event_id is None


def test_sidebar_lists_actors_with_counts_and_search(window):
    w = window
    w.load_document(harbour_document())
    tree = w.sidebar.tree
    rows = {tree.topLevelItem(i).text(0): (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
            for i in range(tree.topLevelItemCount())}
    assert rows == {"Dockers Union": ("organisation", "4"), "Harbour Board": ("government", "2"),
                    "Ilse Varn": ("person", "1")}
    assert not tree.topLevelItem(0).icon(0).isNull()
    w.sidebar.search.setText("mayor")  # an alias of Ilse Varn
    assert w.sidebar.shown_actor_ids() == ["a3"]
    w.sidebar.search.clear()
    assert len(w.sidebar.shown_actor_ids()) == 3


def test_clicking_an_actor_highlights_it_in_timeline_and_text(window):
    w = window
    w.load_document(harbour_document())
    w.sidebar.tree.setCurrentItem(w.sidebar.item_for("a2"))
    assert w.state.highlighted_actor_id == "a2"
    doc = w.state.document
    marked = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in w.source.extraSelections()}
    for m in doc.actor("a2").mentions:
        assert (m.span.start, m.span.end) in marked


def test_clicking_a_sentence_selects_its_first_event(window, qtbot):
    w = window
    doc = harbour_document()
    w.load_document(doc)
    sentence_1 = doc.sentences[1]
    assert w.source.select_at(sentence_1.span.start + 3) == "e1"  # "ended" comes before "agreed"
    assert w.state.selected_event_id == "e1"
    # a real mouse click inside the mayor's sentence
    w.source_dock.show()
    s3 = doc.sentences[3]
    cur = w.source.textCursor()
    cur.setPosition(s3.span.start + 5)
    rect = w.source.cursorRect(cur)
    qtbot.mouseClick(w.source.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.state.selected_event_id == "e4"
    assert w.details.label_edit.text() == "Mayor meets union leaders"


def test_timeline_click_signal_selects(window):
    w = window
    w.load_document(harbour_document())
    w.timeline.eventClicked.emit("e5")
    assert w.state.selected_event_id == "e5"
    assert w.details.when.text() == "June 2023"


def test_non_narrative_text_is_dimmed(window):
    w = window
    doc = harbour_document()
    w.load_document(doc)
    selections = w.source.extraSelections()
    marked = {(s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.fontItalic() for s in selections}
    headline, footer = doc.sentences[0].span, doc.sentences[-1].span
    assert marked.get((headline.start, headline.end)) is True
    assert (footer.start, footer.end) in marked
    narrative = doc.sentences[2].span
    assert (narrative.start, narrative.end) not in marked


def test_play_steps_through_and_stops_at_the_end(window, qtbot):
    w = window
    w.load_document(harbour_document())
    w.stepper.set_interval(20)
    w.actions.play.trigger()
    assert w.stepper.playing
    qtbot.waitUntil(lambda: not w.stepper.playing, timeout=5000)
    assert w.state.selected_event_id == "e6"
    assert not w.actions.play.isChecked()


def test_arrow_keys_step_from_the_text_pane_and_actor_list(window, qtbot):
    w = window
    w.load_document(harbour_document())
    w.activateWindow()
    for widget in (w.source, w.sidebar.tree):
        widget.setFocus()
        w.state.select_event(None)
        qtbot.keyClick(widget, Qt.Key.Key_Right)
        assert w.state.selected_event_id == "e3", type(widget).__name__
        qtbot.keyClick(widget, Qt.Key.Key_Right)
        assert w.state.selected_event_id == "e4", type(widget).__name__
    # in the search box the arrows move the caret instead
    w.sidebar.search.setFocus()
    w.sidebar.search.setText("abc")
    qtbot.keyClick(w.sidebar.search, Qt.Key.Key_Left)
    assert w.state.selected_event_id == "e4"
    assert w.sidebar.search.cursorPosition() == 2
