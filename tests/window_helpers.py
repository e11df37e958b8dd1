"""Fixtures shared by the window tests: a shown MainWindow whose dialogs record instead of blocking."""

from __future__ import annotations

import pytest

from newsline.gui import errors
from newsline.gui.dialogs import prompts


@pytest.fixture
def recorded_errors(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_error_dialog",
                        lambda parent, title, message, details=None: shown.append((title, message)))
    return shown


@pytest.fixture
def window(qtbot, recorded_errors, monkeypatch):
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: "discard")
    from newsline.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.extractor.wait(30000)


def wait_loaded(qtbot, w, timeout=30000):
    qtbot.waitUntil(lambda: not w.extractor.busy, timeout=timeout)
