"""`newsline.gui.app.run` opens the given article (or the sample) in a window titled after it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from newsline.gui import app as gui_app
from newsline.gui.dialogs import prompts
from newsline.gui.main_window import MainWindow
from window_helpers import recorded_errors  # noqa: F401  (fixture)


def _run_until_loaded(qapp, monkeypatch, path=None):
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: "discard")
    seen = {}

    def check():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[-1].state.document is not None and not windows[-1].extractor.busy:
            w = windows[-1]
            seen.update(title=w.windowTitle(), source=w.state.source_path, text=w.state.document.text)
            w.close()
            qapp.quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    QTimer.singleShot(60_000, qapp.quit)  # never hang the test run
    code = gui_app.run(str(path) if path else None)
    return code, seen


def test_run_opens_the_given_file(qapp, monkeypatch, tmp_path, recorded_errors):
    article = tmp_path / "bridge.txt"
    article.write_text("Bridge reopens\n\nCrews reopened the Portmere bridge on 4 April 2022.\n", encoding="utf-8")
    code, seen = _run_until_loaded(qapp, monkeypatch, article)
    assert code == 0 and recorded_errors == []
    assert seen["source"] == article
    assert seen["title"].startswith("Newsline — ")
    assert QApplication.applicationName() == "Newsline" and QApplication.organizationName() == "Newsline"


def test_run_without_a_file_opens_the_sample(qapp, monkeypatch, recorded_errors):
    code, seen = _run_until_loaded(qapp, monkeypatch)
    assert code == 0 and recorded_errors == []
    assert "Kaldera" in seen["text"] and seen["source"] is None
