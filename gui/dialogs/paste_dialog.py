"""New from clipboard: shows the pasted text so it can be checked (and trimmed) before extraction."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class PasteDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New from clipboard")
        self.resize(640, 480)
        info = QLabel("Paste or edit the article text, then press OK to make its timeline.", self)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName("Article text to extract")
        self.editor.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(self.editor, 1)
        lay.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()


def ask_for_text(parent: QWidget | None, initial: str) -> str | None:
    dlg = PasteDialog(initial, parent)
    return dlg.text() if dlg.exec() == QDialog.DialogCode.Accepted else None
