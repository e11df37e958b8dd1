"""When a document is first shown, the source pane scrolls the selected (first) event's sentence into view,
also when the window's layout settles after the text was set (first show, docks resized)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextCursor

from newsline.core.pipeline import extract

from window_fixtures import recorded_errors  # noqa: F401 - fixture


def _sentence_visible(pane) -> bool:
    span = pane.marked_sentence_span()
    assert span is not None
    cur = QTextCursor(pane.document())
    cur.setPosition(pane._map.to_qt(span.start))
    return pane.viewport().rect().contains(pane.cursorRect(cur).center())


def _seed_document(seed_text):
    return extract(seed_text, dt.date(2017, 11, 4))


def _first_far_down(w) -> bool:
    """True if the first event stepped to lies below the first screen of text (else the test proves nothing)."""
    span = w.source.marked_sentence_span()
    return span is not None and span.start > 1500


def test_sentence_in_view_when_the_window_is_shown_after_loading(qtbot, seed_text, recorded_errors):
    from newsline.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.load_document(_seed_document(seed_text))
    w.state.set_event_scope("all")
    w.state.select_event(None)
    seq = w.state.sequence()
    far = max(seq, key=lambda eid: w.state.document.event(eid).trigger.start)
    w.state.select_event(far)
    assert _first_far_down(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: _sentence_visible(w.source), timeout=3000)


def test_sentence_stays_in_view_while_the_docks_settle(qtbot, seed_text, recorded_errors):
    from newsline.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    w.load_document(_seed_document(seed_text))
    w.state.set_event_scope("all")
    seq = w.state.sequence()
    far = max(seq, key=lambda eid: w.state.document.event(eid).trigger.start)
    w.state.select_event(far)
    assert _first_far_down(w)
    for size in ((1300, 900), (800, 600), (1100, 750)):
        w.resize(*size)
        qtbot.wait(30)
        assert _sentence_visible(w.source), size
    # once the user scrolls, the pane no longer pulls the view back
    w.source.verticalScrollBar().sliderPressed.emit()
    w.source.verticalScrollBar().setValue(0)
    w.resize(1000, 700)
    qtbot.wait(30)
    assert w.source.verticalScrollBar().value() == 0


def test_sentence_in_view_after_opening_a_file(qtbot, seed_path, recorded_errors):
    """The way `newsline FILE` opens: window shown first, the article read in the background."""
    from newsline.gui.main_window import MainWindow
    from window_fixtures import wait_loaded

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.open_path(seed_path, dt.date(2017, 11, 4))
    wait_loaded(qtbot, w, timeout=120_000)
    assert recorded_errors == []
    qtbot.wait(200)
    assert w.state.selected_event_id is not None
    assert _sentence_visible(w.source)
