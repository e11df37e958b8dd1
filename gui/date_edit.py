"""A date field that takes a whole ISO date typed from the keyboard.

Qt's QDateEdit, given the keyboard by Tab or a shortcut, selects its whole text, and a digit typed over that is
refused; and a full year moves it on to the month by itself, so the "-" typed next moved it on again, to the day.
Typing "2021-02-09" over 2023-06-05 gave 2023-02-09. `IsoDateEdit` selects the year on such a focus and
swallows a separator typed right after Qt moved on by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDateEdit, QWidget

SEPARATORS = ("-", "/", ".")


class IsoDateEdit(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        if date is None:
            super().__init__(parent)
        else:
            super().__init__(date, parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self._advanced = False  # the last digit typed filled a section and moved to the next

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click puts the cursor where it clicked
            QTimer.singleShot(0, lambda: self.setSelectedSection(QDateEdit.Section.YearSection)
                              if self.hasFocus() else None)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text in SEPARATORS:
            advanced, self._advanced = self._advanced, False
            if advanced:
                event.accept()
                return
        elif text.isdigit():
            before = self.currentSection()
            super().keyPressEvent(event)
            self._advanced = self.currentSection() != before
            return
        else:
            self._advanced = False
        super().keyPressEvent(event)
