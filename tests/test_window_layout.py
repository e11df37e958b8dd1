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


def test_a_narrow_window_leaves_the_timeline_most_of_the_width(qtbot, recorded_errors):
    """The actor list would not go below ~400 px (its minimum width fitted 'River Valley Liberation Front'
    whole), so at 800 px the timeline kept half the window and its labels were cut at the right edge."""
    w = _window(qtbot, size=(1280, 800))
    w.load_document(harbour_document())
    for width in (1024, 800):
        w.resize(width, 560)
        qtbot.wait(100)
        assert w.sidebar_dock.width() <= 0.36 * width, (width, w.sidebar_dock.width())
        assert w.timeline.width() >= 0.6 * width, (width, w.timeline.width())
    # the user may still make it narrower by hand
    w.resizeDocks([w.sidebar_dock], [240], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    assert w.sidebar_dock.width() <= 280
    # and a wide window gives the names their room again only if the user widens it (no jumping)
    w.resize(1280, 800)
    qtbot.wait(100)
    assert w.sidebar_dock.width() <= 280


def test_an_actor_list_dragged_wide_stays_wide_when_the_window_grows(qtbot, recorded_errors):
    w = _window(qtbot, size=(1280, 800))
    w.resizeDocks([w.sidebar_dock], [600], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    wide = w.sidebar_dock.width()
    assert wide > 550
    w.resize(1500, 800)
    qtbot.wait(100)
    assert abs(w.sidebar_dock.width() - wide) <= 4


def test_a_narrow_actor_list_gives_the_names_the_kind_columns_room(qtbot, recorded_errors):
    """At 800 px the list showed 'Rive…', 'Halv…' beside a full Kind column."""
    w = _window(qtbot, size=(800, 520))
    w.load_document(harbour_document())
    qtbot.wait(100)
    tree = w.sidebar.tree
    assert tree.isColumnHidden(1)
    assert tree.header().sectionSize(0) >= tree.fontMetrics().horizontalAdvance("Dockers Union") + 40
    w.resize(1400, 800)
    w.resizeDocks([w.sidebar_dock], [w.sidebar.typical_width + 10], Qt.Orientation.Horizontal)
    qtbot.wait(100)
    assert not tree.isColumnHidden(1)


def test_a_low_window_leaves_the_timeline_most_of_the_height(qtbot, recorded_errors):
    """At 800x520 the article and details panes kept the 240 px set for an 800 px high window: the timeline
    got less than half."""
    w = _window(qtbot, size=(800, 520))
    w.load_document(harbour_document())
    qtbot.wait(100)
    assert w.timeline.height() >= 0.45 * w.height(), (w.timeline.height(), w.height())
    w.resize(1280, 800)
    qtbot.wait(50)
    w.resize(1280, 560)
    qtbot.wait(100)
    assert w.timeline.height() >= 0.45 * w.height(), (w.timeline.height(), w.height())


def _hidden_toolbar_items(w) -> list[str]:
    out = []
    for tb in w.toolbars:
        for act in tb.actions():
            widget = tb.widgetForAction(act)
            if widget is not None and act.isVisible() and not widget.isVisible():
                out.append(f"{tb.windowTitle()}: {act.text() or widget.accessibleName()}")
    return out


def test_a_narrow_window_wraps_the_toolbars_instead_of_hiding_controls(qtbot, recorded_errors):
    """At 1024 px View's Fit and Main/All events sat behind the toolbar's chevron; at 800 the stepping
    buttons and the date too. The toolbars now take a second row when they do not fit, and one row again
    when they do."""
    w = _window(qtbot, size=(1280, 800))
    w.load_document(harbour_document())
    rows = lambda: len({tb.y() for tb in w.toolbars})  # noqa: E731
    assert rows() == 1
    for width in (1024, 800, 640):
        w.resize(width, 700)
        qtbot.wait(100)
        assert _hidden_toolbar_items(w) == [], width
        assert all(tb.geometry().right() <= w.width() for tb in w.toolbars), width
    assert rows() >= 2
    w.resize(1400, 800)
    qtbot.wait(100)
    assert rows() == 1 and _hidden_toolbar_items(w) == []
