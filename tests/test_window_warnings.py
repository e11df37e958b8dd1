"""Warnings that do not stop the work: a broken knowledge-base file is told once (status bar and a
non-blocking notice); the document's own warnings ("No dates or times were found...") show in the banner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from window_fixtures import recorded_errors, wait_loaded, window  # noqa: F401 - fixtures


@pytest.fixture
def notices(monkeypatch):
    from newsline.gui import errors

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_notice", lambda parent, title, message: shown.append((title, message)))
    return shown


ARTICLE = ("Dock workers in Varnhold ended their strike on 12 May 2023 after the Harbour Board agreed to a pay "
           "rise. The board said the port would reopen the next day.\n")


def test_broken_knowledge_base_is_told_once(window, qtbot, notices, recorded_errors):
    kb_file = Path(os.environ["NEWSLINE_CONFIG_DIR"]) / "knowledge_base.json"
    kb_file.parent.mkdir(parents=True, exist_ok=True)
    kb_file.write_text('{"actors": [ {"id": "x", ', encoding="utf-8")  # cut off: not JSON
    w = window
    w.open_text(ARTICLE)
    wait_loaded(qtbot, w)
    assert recorded_errors == []  # a warning, not an error: the article opened
    assert w.state.document is not None and w.state.document.events
    assert len(notices) == 1
    title, message = notices[0]
    assert title == "Knowledge base" and "knowledge_base.json" in message and "JSON" in message
    assert "Knowledge base" in w.statusBar().currentMessage()
    w.open_text(ARTICLE + "\nThe union welcomed the deal.\n")
    wait_loaded(qtbot, w)
    assert len(notices) == 1  # the same problem is not told again


def test_good_knowledge_base_gives_no_notice(window, qtbot, notices):
    w = window
    w.open_text(ARTICLE)
    wait_loaded(qtbot, w)
    assert notices == []


def test_document_warnings_show_in_the_banner(window, qtbot, notices, recorded_errors):
    w = window
    w.open_text("The council met and the mayor resigned. Protesters gathered outside the hall.\n")
    wait_loaded(qtbot, w)
    assert recorded_errors == []
    doc = w.state.document
    dateless = [x for x in doc.warnings if "no dates" in x.lower()]
    assert dateless, doc.warnings
    assert not w.banner.isHidden() and dateless[0] in w.banner.text()


def test_notice_does_not_block(qtbot):
    from PySide6.QtCore import Qt

    from newsline.gui.errors import show_notice

    box = show_notice(None, "Knowledge base", "Your knowledge base was skipped: it is not valid JSON")
    qtbot.addWidget(box)
    assert box.isVisible() and box.windowModality() == Qt.WindowModality.NonModal  # returned without exec()
    box.close()
