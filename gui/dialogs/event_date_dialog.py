"""Set an event's date by hand: earliest and latest day and the precision."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from newsline.core.model import CalendarInterval, Precision

CHOICES = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.YEAR,
           Precision.DECADE]


class EventDateDialog(QDialog):
    def __init__(self, current: CalendarInterval | None, fallback: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set event date")
        start = current.earliest if current else fallback
        end = current.latest if current else fallback
        self.earliest = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.latest = QDateEdit(QDate(end.year, end.month, end.day), self)
        for w, name in ((self.earliest, "Earliest day"), (self.latest, "Latest day")):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setAccessibleName(name)
        self.precision = QComboBox(self)
        self.precision.setAccessibleName("Precision")
        for p in CHOICES:
            self.precision.addItem(p.value.replace("_", " "), p)
        if current is not None and current.precision in CHOICES:
            self.precision.setCurrentIndex(CHOICES.index(current.precision))
        self.earliest.dateChanged.connect(lambda d: self.latest.setDate(d) if self.latest.date() < d else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&From:", self.earliest)
        form.addRow("&To:", self.latest)
        form.addRow("&Precision:", self.precision)
        form.addRow(buttons)

    def value(self) -> dict:
        e = self.earliest.date().toPython()
        l = max(e, self.latest.date().toPython())
        return {"earliest": e.isoformat(), "latest": l.isoformat(), "precision": self.precision.currentData().value}


def ask_event_date(parent: QWidget | None, current: CalendarInterval | None, fallback: dt.date) -> dict | None:
    dlg = EventDateDialog(current, fallback, parent)
    return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None
