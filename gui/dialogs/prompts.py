"""Questions put to the user: which file, save changes? Each is one function so tests can replace it."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

OPEN_FILTER = ("Articles and projects (*.txt *.md *.html *.htm *.tml *.newsline.json);;"
               "Newsline projects (*.newsline.json);;Text and Markdown (*.txt *.md);;Web pages (*.html *.htm);;"
               "TimeML (*.tml);;All files (*)")
PROJECT_FILTER = "Newsline projects (*.newsline.json)"


def choose_open_path(parent: QWidget | None, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open an article or project", folder, OPEN_FILTER)
    return path or None


def choose_save_path(parent: QWidget | None, suggestion: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Save project", suggestion, PROJECT_FILTER)
    if not path:
        return None
    if not path.lower().endswith(".newsline.json"):
        path = path[: -len(".json")] if path.lower().endswith(".json") else path
        path += ".newsline.json"
    return path


def choose_png_path(parent: QWidget | None, suggestion: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Export PNG", suggestion, "PNG images (*.png)")
    if not path:
        return None
    return path if path.lower().endswith(".png") else path + ".png"


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """"save", "discard" or "cancel"."""
    B = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, "Unsaved corrections",
        f"“{name}” has corrections that are not saved. Save them first?",
        B.Save | B.Discard | B.Cancel, B.Save)
    return {B.Save: "save", B.Discard: "discard"}.get(answer, "cancel")
