"""Opening, saving and correcting through the window: bad files keep the current document, projects round-trip
with their corrections, unsaved corrections are asked about, recent files and settings are remembered."""

from __future__ import annotations

import datetime as dt

from newsline.core.model import CorrectionOp
from newsline.gui.dialogs import prompts
from newsline.gui.main_window import MainWindow
from window_fixtures import HARBOUR_TEXT, harbour_document
from window_fixtures import recorded_errors, wait_loaded, window  # noqa: F401  (fixtures)


def test_bad_file_shows_an_error_and_keeps_the_document(window, qtbot, recorded_errors, tmp_path):
    w = window
    doc = harbour_document()
    w.load_document(doc)
    w.state.select_event("e4")
    for bad in (tmp_path / "missing.txt", tmp_path):
        w.open_path(bad)
        wait_loaded(qtbot, w)
        assert w.state.document.title == doc.title
        assert w.state.selected_event_id == "e4"
    assert len(recorded_errors) == 2
    title, message = recorded_errors[0]
    assert title == "Could not open the article"
    assert "missing.txt" in message
    broken = tmp_path / "broken.newsline.json"
    broken.write_text('{"schema_version": 1, "documents": [{"document": {"text": 5}}]}', encoding="utf-8")
    w.open_path(broken)
    wait_loaded(qtbot, w)
    assert len(recorded_errors) == 3 and "broken.newsline.json" in recorded_errors[-1][1]
    assert recorded_errors[-1][0] == "Could not open the project"  # it said "the article"
    assert w.state.document.events == doc.events


def test_save_and_load_round_trip_keeps_corrections(window, qtbot, tmp_path):
    w = window
    w.load_document(harbour_document())
    w.state.select_event("e3")
    w.details.label_edit.setText("Dockers call an all-out strike")
    w.details.label_edit.editingFinished.emit()  # Enter
    w.state.select_event("e5")
    w.details.delete_button.click()
    assert w.state.dirty and w.isWindowModified()
    path = tmp_path / "harbour.newsline.json"
    assert w.save_as(path)
    assert path.is_file() and not w.state.dirty
    assert w.windowTitle().startswith("Newsline — harbour.newsline.json")

    other = MainWindow()
    qtbot.addWidget(other)
    other.open_path(path)
    wait_loaded(qtbot, other)
    assert other.state.project_path == path
    assert [c.op for c in other.state.corrections] == [CorrectionOp.SET_EVENT_LABEL, CorrectionOp.DELETE_EVENT]
    assert other.state.document.event("e5") is None
    assert other.state.document.event("e3").label == "Dockers call an all-out strike"
    assert other.state.document.text == HARBOUR_TEXT
    assert not other.state.dirty
    assert str(path.resolve()) in other.settings.recent_files()


def test_undo_and_redo_corrections(window):
    w = window
    w.load_document(harbour_document())
    w.state.select_event("e6")
    w.details.delete_button.click()
    assert w.state.document.event("e6") is None
    assert w.position_text().split(" (main")[0].endswith(" of 5")  # the neighbouring event is selected
    w.actions.undo.trigger()
    assert w.state.document.event("e6") is not None
    assert not w.state.dirty
    w.actions.redo.trigger()
    assert w.state.document.event("e6") is None


def test_actor_corrections_rename_kind_merge(window, monkeypatch):
    from newsline.core.model import ActorKind
    from newsline.gui.dialogs import actor_dialogs

    w = window
    w.load_document(harbour_document())
    monkeypatch.setattr(actor_dialogs, "ask_new_name", lambda parent, actor: "Portmere Dockers Union")
    monkeypatch.setattr(actor_dialogs, "ask_kind", lambda parent, actor: ActorKind.ARMED_GROUP)
    w.rename_actor("a1")
    w.change_actor_kind("a1")
    a1 = w.state.document.actor("a1")
    assert a1.name == "Portmere Dockers Union" and a1.kind == ActorKind.ARMED_GROUP
    assert w.sidebar.item_for("a1").text(0) == "Portmere Dockers Union"
    monkeypatch.setattr(actor_dialogs, "ask_merge_target",
                        lambda parent, actor, others: next(a for a in others if a.id == "a2"))
    w.merge_actor("a3")  # the mayor folded into the Harbour Board
    doc = w.state.document
    assert doc.actor("a3") is None
    assert "a2" in doc.event("e4").actor_ids()
    assert w.sidebar.item_for("a3") is None
    assert w.sidebar.item_for("a2").text(2) == "3"


def test_set_and_clear_event_date(window, monkeypatch):
    from newsline.gui.dialogs import event_date_dialog

    w = window
    w.load_document(harbour_document())
    w.state.select_event("e6")
    monkeypatch.setattr(event_date_dialog, "ask_event_date",
                        lambda parent, current, fallback: {"earliest": "2023-01-01", "latest": "2023-03-31",
                                                           "precision": "quarter"})
    w.details.set_date_button.click()
    ev = w.state.document.event("e6")
    assert ev.time.interval.earliest == dt.date(2023, 1, 1)
    assert w.details.resolved_by.text() == "set by you"
    w.state.set_order("chronological")
    assert w.state.sequence()[0] == "e6"  # now the earliest event
    w.details.clear_date_button.click()
    assert w.state.document.event("e6").time.interval is None


def test_unsaved_changes_prompt_on_open_can_cancel(window, qtbot, monkeypatch, tmp_path, recorded_errors):
    w = window
    w.load_document(harbour_document())
    w.state.select_event("e1")
    w.details.delete_button.click()
    asked = []
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: asked.append(name) or "cancel")
    article = tmp_path / "a.txt"
    article.write_text("Rain fell in Portmere on 3 May 2021.", encoding="utf-8")
    assert not w.open_path(article)
    assert asked == ["Harbour strike ends after talks"]
    assert w.state.document.event("e1") is None  # nothing was lost
    # "save" saves to the chosen path first, then opens
    target = tmp_path / "kept.newsline.json"
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: "save")
    monkeypatch.setattr(prompts, "choose_save_path", lambda parent, suggestion="": str(target))
    assert w.open_path(article)
    wait_loaded(qtbot, w)
    assert target.is_file()
    assert recorded_errors == []
    assert w.state.document.text.startswith("Rain fell")


def test_pasted_text_opens(window, qtbot):
    w = window
    w.open_text("Heavy rain closed the Portmere road on 3 May 2021. Crews reopened it on 5 May 2021.")
    wait_loaded(qtbot, w)
    assert w.state.document.text.startswith("Heavy rain")
    assert w.state.project_path is None


def test_settings_are_restored(qtbot, recorded_errors, monkeypatch):
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: "discard")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.resize(700, 520)
    w.set_theme("dark")
    w.set_lane_mode("single")
    w.state.set_order("text")
    w.details_dock.hide()
    w.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.settings.theme == "dark" and again.actions.theme_dark.isChecked()
    assert again.actions.lanes_single.isChecked()
    assert again.state.order.value == "text"
    assert again.size().width() == 700
    assert not again.details_dock.isVisible()
    again.set_theme("light")


def test_dropping_a_file_opens_it(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    article = tmp_path / "dropped.txt"
    article.write_text("Snow closed the Portmere pass on 2 January 2022.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.state.source_path == article, timeout=60_000)
    assert window.state.document.text.startswith("Snow closed")
    assert window.recent_menu.actions()[0].toolTip() == str(article.resolve())


def test_reference_date_waits_while_an_article_is_opening(window, qtbot, tmp_path):
    import datetime as dt

    w = window
    w.load_document(harbour_document())
    article = tmp_path / "later.txt"
    article.write_text("Floods closed the Portmere road on 3 May 2021.\n", encoding="utf-8")
    w.open_path(article)
    assert not w.date_edit.isEnabled()
    w.set_reference_date(dt.date(2021, 5, 10))  # ignored: it would abandon the article being opened
    wait_loaded(qtbot, w)
    assert w.state.source_path == article
    assert w.date_edit.isEnabled()


def test_set_date_through_the_real_dialog(window, qtbot, recorded_errors):
    """The dialog's OK raised AttributeError ('str' object has no attribute 'value': the precision box hands
    back a plain string), so no date could ever be set from the window."""
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtWidgets import QApplication

    from newsline.core.model import Precision
    from newsline.gui.dialogs.event_date_dialog import EventDateDialog

    w = window
    w.load_document(harbour_document())
    w.state.select_event("e6")
    seen = []

    def answer():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, EventDateDialog)
        dlg.earliest.setDate(QDate(2016, 2, 3))
        dlg.precision.setCurrentIndex(dlg.precision.findText("month"))
        seen.append((dlg.earliest.date().toPython(), dlg.latest.date().toPython()))
        dlg.accept()

    QTimer.singleShot(0, answer)
    w.details.set_date_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    ev = w.state.document.event("e6")
    assert ev.time.interval is not None
    # choosing a month makes the range that month, so the date and its precision agree
    assert (ev.time.interval.earliest, ev.time.interval.latest) == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    assert ev.time.interval.precision == Precision.MONTH
    assert w.details.when.text() == "February 2016"
    assert recorded_errors == []


def test_date_dialog_precision_sets_the_range(qtbot):
    import datetime as dt

    from PySide6.QtCore import QDate

    from newsline.gui.dialogs.event_date_dialog import EventDateDialog

    dlg = EventDateDialog(None, dt.date(2023, 6, 5))
    qtbot.addWidget(dlg)
    dlg.earliest.setDate(QDate(2023, 8, 17))
    expected = {"day": ("2023-08-17", "2023-08-17"), "week": ("2023-08-14", "2023-08-20"),
                "month": ("2023-08-01", "2023-08-31"), "quarter": ("2023-07-01", "2023-09-30"),
                "year": ("2023-01-01", "2023-12-31"), "decade": ("2020-01-01", "2029-12-31")}
    for name, (first, last) in expected.items():
        dlg.precision.setCurrentIndex(dlg.precision.findText(name))
        value = dlg.value()
        assert (value["earliest"], value["latest"], value["precision"]) == (first, last, name)
        dlg.earliest.setDate(QDate(2023, 8, 17))
    # a range typed after choosing the precision is kept as typed
    dlg.precision.setCurrentIndex(dlg.precision.findText("month"))
    dlg.latest.setDate(QDate(2023, 10, 2))
    assert dlg.value()["latest"] == "2023-10-02"


def test_deleting_the_selected_event_selects_the_next_one(window, qtbot):
    """Deleting the event being looked at left nothing selected, and the next Right went back to the first
    event: cleaning up a timeline event by event started over after every deletion."""
    from PySide6.QtCore import Qt

    w = window
    w.load_document(harbour_document())
    w.state.set_order("chronological")
    seq = list(w.state.sequence())
    w.state.select_event(seq[1])
    w.details.delete_button.click()
    assert w.state.selected_event_id == seq[2]
    assert w.position_text().startswith("Event 2 of 5")
    assert w.details.heading.text() == w.state.document.event(seq[2]).label
    w.activateWindow()
    qtbot.keyClick(w.timeline, Qt.Key.Key_Right)
    assert w.state.selected_event_id == seq[3]
    # the last one: the one before it
    w.state.select_event(seq[-1])
    w.details.delete_button.click()
    assert w.state.selected_event_id == seq[-2]
    w.actions.undo.trigger()  # undo brings the event back; the selection stays where it is
    assert w.state.document.event(seq[-1]) is not None and w.state.selected_event_id == seq[-2]


def test_a_typed_label_is_kept_when_the_user_moves_on_without_enter(window, qtbot):
    """A label typed in the details pane was dropped without a word when the user clicked or tabbed away
    instead of pressing Enter."""
    from PySide6.QtCore import Qt

    w = window
    w.load_document(harbour_document())
    w.activateWindow()
    w.state.select_event("e3")
    edit = w.details.label_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    edit.selectAll()
    qtbot.keyClicks(edit, "Union calls all-out strike")
    w.timeline.setFocus()  # moves on: clicks the timeline, Alt+2, Tab...
    qtbot.waitUntil(lambda: not edit.hasFocus(), timeout=2000)
    assert w.state.document.event("e3").label == "Union calls all-out strike"
    qtbot.keyClick(w.timeline, Qt.Key.Key_Right)  # and stepping goes on from there
    assert w.state.selected_event_id != "e3"
    assert len(w.state.corrections) == 1


def test_dates_typed_whole_in_the_set_date_dialog(qtbot):
    """The dialog's day fields had the same trouble as the toolbar's: "2016-02-03" typed over the first day
    kept its year and skipped the month."""
    from PySide6.QtCore import Qt

    from newsline.gui.dialogs.event_date_dialog import EventDateDialog

    dlg = EventDateDialog(None, dt.date(2023, 6, 5))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    dlg.earliest.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dlg.earliest.hasFocus, timeout=2000)
    qtbot.wait(20)
    qtbot.keyClicks(dlg.earliest, "2016-02-03")
    assert dlg.earliest.date().toPython() == dt.date(2016, 2, 3)
    dlg.latest.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(20)
    qtbot.keyClicks(dlg.latest, "2016-04-30")
    assert dlg.value()["latest"] == "2016-04-30"


def test_a_long_label_shows_its_start_in_a_narrow_details_pane(window):
    """The label field showed the end of a label too long for it ('alley Liberation Front seizes')."""
    w = window
    w.load_document(harbour_document())
    w.state.select_event("e6")
    assert w.details.label_edit.cursorPosition() == 0
    w.state.select_event("e3")
    assert w.details.label_edit.cursorPosition() == 0


def test_ampersands_and_angle_brackets_in_names_are_shown_as_written(window, tmp_path):
    """'Procter & Gamble' made the Undo item 'Undo Rename Procter  Gamble' (the & taken as an Alt letter), a
    recent file 'Q&A.txt' read 'QA.txt'; a label such as '<b>Strike</b> ends' was drawn as HTML in the details."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    w = window
    w.load_document(harbour_document())
    w.state.correct(CorrectionOp.RENAME_ACTOR, "a2", "Procter & Gamble", "Rename Procter & Gamble")
    undo = w.actions.undo.text()
    assert undo.replace("&&", "\0").count("&") == 1 and "Procter && Gamble" in undo
    w.state.select_event("e3")
    w.details.label_edit.setText("<b>Strike</b> ends")
    w.details.label_edit.editingFinished.emit()
    assert w.details.heading.text() == "<b>Strike</b> ends"
    for label in w.details.findChildren(QLabel):
        if label.text() and label.buddy() is None:
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    article = tmp_path / "Q&A.txt"
    article.write_text("x", encoding="utf-8")
    w.settings.add_recent_file(article)
    w._rebuild_recent_menu()
    first = w.recent_menu.actions()[0].text()
    assert "Q&&A.txt" in first


def test_merging_the_only_actor_says_why_nothing_happens(window):
    w = window
    doc = harbour_document()
    doc = doc.model_copy(update={"actors": doc.actors[:1]})
    w.load_document(doc)
    w.merge_actor(doc.actors[0].id)
    assert "no other actor" in w.statusBar().currentMessage()
    assert w.state.corrections == []
