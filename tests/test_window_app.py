"""`newsline.gui.app`: the application is named "Newsline" and the window opens the given article, or the
embedded sample without one. (`run` adds only `app.exec()` to these two steps.)"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from newsline.gui import app as gui_app
from window_fixtures import recorded_errors, wait_loaded  # noqa: F401  (fixture)


def _open(qtbot, monkeypatch, path=None):
    from newsline.gui.dialogs import prompts

    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: "discard")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # open_window installs its own; undone after the test
    gui_app.application()
    w = gui_app.open_window(str(path) if path else None)
    qtbot.addWidget(w)
    wait_loaded(qtbot, w, timeout=120_000)
    return w


def test_open_window_opens_the_given_file(qtbot, monkeypatch, tmp_path, recorded_errors):
    article = tmp_path / "bridge.txt"
    article.write_text("Bridge reopens\n\nCrews reopened the Portmere bridge on 4 April 2022.\n", encoding="utf-8")
    w = _open(qtbot, monkeypatch, article)
    assert recorded_errors == []
    assert w.state.source_path == article
    assert w.windowTitle().startswith("Newsline — ")
    assert QApplication.applicationName() == "Newsline" and QApplication.organizationName() == "Newsline"


def test_open_window_without_a_file_opens_the_sample(qtbot, monkeypatch, recorded_errors):
    w = _open(qtbot, monkeypatch)
    assert recorded_errors == []
    assert "Kaldera" in w.state.document.text and w.state.source_path is None
