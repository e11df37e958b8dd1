"""Default layout: the timeline gets at least half the window height, the actor list shows typical names in
full, and a saved layout is restored instead of the defaults."""

from __future__ import annotations

from PySide6.QtCore import Qt

from window_fixtures import harbour_document, recorded_errors  # noqa: F401 - fixture


def _window(qtbot, size=(1280, 800)):
    from newsline.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(50)
    return w


def test_timeline_gets_half_the_height_and_names_fit(qtbot, recorded_errors):
    from newsline.gui.actor_sidebar import TYPICAL_NAME

    w = _window(qtbot)
    w.load_document(harbour_document())
    assert w.timeline.height() >= w.height() / 2, (w.timeline.height(), w.height())
    tree = w.sidebar.tree
    name_room = tree.header().sectionSize(0)
    assert name_room >= tree.fontMetrics().horizontalAdvance(TYPICAL_NAME) + 40  # tick box and swatch too
    # every toolbar shows all its controls (nothing pushed into an overflow menu at 1280 px)
    for tb in w.toolbars:
        for act in tb.actions():
            widget = tb.widgetForAction(act)
            if widget is not None and act.isVisible():
                assert widget.isVisible(), (tb.windowTitle(), act.text())


def test_saved_layout_wins_over_the_defaults(qtbot, recorded_errors):
    w = _window(qtbot)
    w.resizeDocks([w.source_dock], [480], Qt.Orientation.Vertical)  # the user drags the article pane taller
    qtbot.wait(50)
    saved = w.source_dock.height()
    w.save_settings()
    w.close()
    again = _window(qtbot)
    assert abs(again.source_dock.height() - saved) <= 4
    assert again.timeline.height() < again.height() / 2
