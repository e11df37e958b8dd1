"""Main events vs all events: the window's Show control filters the timeline, the undated strip and stepping
like the actor filter; edited events always show; the choice is remembered; PNG export and the CLI follow it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from newsline.core import navigation
from newsline.core.navigation import MAIN_EVENT_CONFIDENCE, is_main_event, step_sequence
from newsline.gui.export_cli import main as export_main
from newsline.gui.export_png import ExportError, export_png

from window_fixtures import harbour_document, recorded_errors, window  # noqa: F401 - fixtures


def _mixed_document():
    """The harbour story with two minor events: e2 (undated in no way: dated) and e6 (undated), plus e5 minor
    but edited by the user, which keeps it shown."""
    doc = harbour_document()
    low = MAIN_EVENT_CONFIDENCE - 0.2
    events = []
    for ev in doc.events:
        if ev.id in ("e2", "e6"):
            ev = ev.model_copy(update={"confidence": low})
        elif ev.id == "e5":
            ev = ev.model_copy(update={"confidence": low, "user_edited": True})
        events.append(ev)
    return doc.model_copy(update={"events": events})


def test_main_event_rule_and_sequence():
    doc = _mixed_document()
    by_id = {e.id: e for e in doc.events}
    assert not is_main_event(by_id["e2"]) and is_main_event(by_id["e5"]) and is_main_event(by_id["e3"])
    assert is_main_event(by_id["e2"], None)  # no threshold: every event
    main = step_sequence(doc, "text", None, MAIN_EVENT_CONFIDENCE)
    assert main == ["e1", "e3", "e4", "e5"]
    assert len(step_sequence(doc, "text")) == 6
    # both filters at once: the union's events only, and among them the main ones
    assert step_sequence(doc, "text", {"a2"}, MAIN_EVENT_CONFIDENCE) == ["e5"]
    with pytest.raises(ValueError):
        navigation.min_confidence_for("some")


def test_window_defaults_to_main_events_and_switches(window, qtbot):
    w = window
    assert w.state.event_scope == "main" and w.events_box.currentData() == "main"
    w.load_document(_mixed_document())
    w.state.step("first")
    shown = w.timeline.visible_event_ids()
    assert "e2" not in shown and "e6" not in shown and "e5" in shown
    assert "e6" not in w.timeline.undated.strip.event_ids()
    assert w.position_text() == "Event 1 of 4 (main events; 6 in all)"
    visited = [w.state.selected_event_id]
    for _ in range(6):
        w.actions.next.trigger()
        visited.append(w.state.selected_event_id)
    assert set(visited) == {"e1", "e3", "e4", "e5"}

    w.actions.all_events.trigger()  # View > Show All Events
    assert w.state.event_scope == "all" and w.events_box.currentData() == "all"
    assert set(w.timeline.visible_event_ids()) == {e.id for e in w.state.document.events}
    assert "e6" in w.timeline.undated.strip.event_ids()
    assert w.position_text().endswith("of 6")
    assert w.settings.event_scope == "all"

    w.state.select_event("e2")
    w.events_box.setCurrentIndex(0)  # back to main events: the minor selected event is left
    assert w.state.event_scope == "main" and not w.actions.all_events.isChecked()
    assert w.state.selected_event_id in {"e1", "e3", "e4", "e5"}
    assert "e2" not in w.timeline.visible_event_ids()


def test_choice_is_remembered(window, qtbot):
    from newsline.gui.main_window import MainWindow

    window.set_event_scope("all")
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.state.event_scope == "all" and other.actions.all_events.isChecked()
    assert other.timeline.min_confidence() is None


def test_window_export_uses_the_same_events(window, qtbot, tmp_path):
    from newsline.gui.dialogs.export_dialog import ExportOptions

    w = window
    w.load_document(_mixed_document())
    main_png = w.export_png(tmp_path / "main.png", ExportOptions(width=800, height=500))
    direct = export_png(_mixed_document(), tmp_path / "direct.png", width=800, height=500, events="main")
    everything = export_png(_mixed_document(), tmp_path / "all.png", width=800, height=500, events="all")
    a, b, c = (_pixels(p) for p in (main_png, direct, everything))
    assert np.array_equal(a, b)
    assert np.abs(a - c).sum() > 0
    with pytest.raises(ExportError):
        export_png(_mixed_document(), tmp_path / "x.png", events="most")


def _pixels(path) -> np.ndarray:
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    return np.frombuffer(img.constBits(), dtype=np.uint8).reshape(img.height(), img.bytesPerLine())[
        :, : img.width() * 3].astype(np.int16)


def test_cli_events_option(seed_path, tmp_path, capsys):
    main_out, all_out = tmp_path / "main.png", tmp_path / "all.png"
    assert export_main([str(seed_path), "--date", "2017-11-04", "--png", str(main_out), "--width", "900",
                        "--height", "600"]) == 0
    assert export_main([str(seed_path), "--date", "2017-11-04", "--png", str(all_out), "--width", "900",
                        "--height", "600", "--events", "all"]) == 0
    assert np.abs(_pixels(main_out) - _pixels(all_out)).sum() > 0
    assert export_main([str(seed_path), "--png", str(tmp_path / "x.png"), "--events", "some"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--events" in err[0]


def test_sidebar_counts_follow_the_choice(window, qtbot):
    from PySide6.QtCore import Qt

    w = window
    w.load_document(_mixed_document())

    def count(actor_id: str) -> int:
        item = next(it for it in w.sidebar._items() if it.data(0, Qt.ItemDataRole.UserRole) == actor_id)
        return int(item.text(2))

    doc = w.state.document
    expected_main = sum(1 for e in doc.events if "a1" in e.actor_ids() and is_main_event(e))
    expected_all = sum(1 for e in doc.events if "a1" in e.actor_ids())
    assert expected_main < expected_all
    assert count("a1") == expected_main
    w.set_event_scope("all")
    assert count("a1") == expected_all


def test_an_empty_timeline_says_why_and_how_to_see_the_events(window, qtbot):
    """Pasted text whose events are all minor ones drew an empty timeline saying only "No dated events to
    show": the user could not tell that Show All Events would show them."""
    doc = harbour_document()
    doc = doc.model_copy(update={"events": [ev.model_copy(update={"confidence": MAIN_EVENT_CONFIDENCE - 0.3})
                                            for ev in doc.events]})
    w = window
    w.set_event_scope("main")
    w.load_document(doc)
    text = w.timeline.empty_message()
    assert "No main events" in text and "Show All Events" in text and "Ctrl+Shift+A" in text
    assert "6" in text
    w.set_event_scope("all")
    assert w.timeline.empty_message() == ""  # something to show: no message
    w.set_event_scope("main")
    w.load_document(harbour_document())
    assert w.timeline.empty_message() == ""
    w.state.set_visible_actors(set())  # nothing ticked: every event here has an actor
    assert "ticked" in w.timeline.empty_message()


def test_an_empty_timeline_without_a_reference_date_is_not_placed_in_1970(window):
    """With no dated event and no reference date the empty axis was centred on POSIX time 0 and read
    '01 Jan 1970'."""
    import datetime as dt

    doc = harbour_document(reference=None)
    doc = doc.model_copy(update={"events": [ev for ev in doc.events if ev.time.interval is None]})
    w = window
    w.load_document(doc)
    left, right = w.timeline.view_range()
    middle = dt.datetime.fromtimestamp((left + right) / 2, dt.timezone.utc).date()
    assert abs((middle - dt.date.today()).days) < 370


def test_an_exported_picture_with_no_main_events_says_how_to_export_them(qapp, tmp_path, monkeypatch):
    """The picture has no menu: it does not send the reader to View > Show All Events."""
    from newsline.gui.timeline_canvas import TimelineCanvas

    drawn: list[str] = []
    original = TimelineCanvas._paint_empty
    monkeypatch.setattr(TimelineCanvas, "_paint_empty",
                        lambda self, *a: (drawn.append(self.empty_text), original(self, *a))[1])
    doc = harbour_document()
    doc = doc.model_copy(update={"events": [ev.model_copy(update={"confidence": MAIN_EVENT_CONFIDENCE - 0.3})
                                            for ev in doc.events]})
    export_png(doc, tmp_path / "x.png", width=800, height=400, events="main")
    assert drawn and all("--events all" in t and "View >" not in t for t in drawn)


def test_with_nothing_to_step_through_the_stepping_commands_are_off(window):
    """With no article, or no event shown, First/Previous/Play/Next/Last were enabled and did nothing."""
    w = window
    stepping = (w.actions.first, w.actions.previous, w.actions.play, w.actions.next, w.actions.last)
    assert not any(a.isEnabled() for a in stepping)
    assert "Ctrl+O" in w.timeline.empty_message()  # and the empty timeline says how to start
    doc = harbour_document()
    minor = doc.model_copy(update={"events": [ev.model_copy(update={"confidence": MAIN_EVENT_CONFIDENCE - 0.3})
                                              for ev in doc.events]})
    w.set_event_scope("main")
    w.load_document(minor)
    assert not any(a.isEnabled() for a in stepping)
    w.set_event_scope("all")
    assert all(a.isEnabled() for a in stepping)
    w.state.set_visible_actors(set())  # nothing ticked: every event here has an actor
    assert not w.actions.next.isEnabled()
    w.state.set_visible_actors(None)
    assert w.actions.next.isEnabled()
