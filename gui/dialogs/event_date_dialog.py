"""Set an event's date by hand: earliest and latest day and the precision.

Choosing a precision makes the range the whole period holding the first day (a month: the 1st to its last day),
so the date and its precision agree; the days can then be changed to any range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from newsline.core.model import CalendarInterval, Precision
from newsline.core.temporal.points import period_holding

from ..date_edit import IsoDateEdit

CHOICES = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.YEAR,
           Precision.DECADE]


def period_of(day: dt.date, precision: Precision) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the `precision`-long period holding `day` (None for a season, whose months
    depend on the hemisphere: its days are left as they are)."""
    return None if precision == Precision.SEASON else period_holding(day, precision)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class EventDateDialog(QDialog):
    def __init__(self, current: CalendarInterval | None, fallback: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set event date")
        start = current.earliest if current else fallback
        end = current.latest if current else fallback
        self.earliest = IsoDateEdit(_qdate(start), parent=self)
        self.latest = IsoDateEdit(_qdate(end), parent=self)
        for w, name in ((self.earliest, "Earliest day"), (self.latest, "Latest day")):
            w.setCalendarPopup(True)
            w.setAccessibleName(name)
        self.precision = QComboBox(self)
        self.precision.setAccessibleName("Precision")
        for p in CHOICES:
            self.precision.addItem(p.value.replace("_", " "), p.value)  # the value: Qt hands a str enum back as str
        if current is not None and current.precision in CHOICES:
            self.precision.setCurrentIndex(CHOICES.index(current.precision))
        self.earliest.dateChanged.connect(lambda d: self.latest.setDate(d) if self.latest.date() < d else None)
        self.precision.currentIndexChanged.connect(self._precision_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&From:", self.earliest)
        form.addRow("&To:", self.latest)
        form.addRow("&Precision:", self.precision)
        form.addRow(buttons)

    def chosen_precision(self) -> Precision:
        return Precision(self.precision.currentData())

    def _precision_chosen(self, _index: int) -> None:
        period = period_of(self.earliest.date().toPython(), self.chosen_precision())
        if period is not None:
            self.earliest.setDate(_qdate(period[0]))
            self.latest.setDate(_qdate(period[1]))

    def value(self) -> dict:
        e = self.earliest.date().toPython()
        l = max(e, self.latest.date().toPython())
        return {"earliest": e.isoformat(), "latest": l.isoformat(), "precision": self.chosen_precision().value}


def ask_event_date(parent: QWidget | None, current: CalendarInterval | None, fallback: dt.date) -> dict | None:
    dlg = EventDateDialog(current, fallback, parent)
    return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None
