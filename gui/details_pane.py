"""The details pane: everything known about the selected event, and the event corrections.

Shows the label (editable: Enter, or leaving the field, applies), the resolved date with its precision and how it was resolved, the
date as written, participants and roles, places, attribution, certainty and the evidence sentence. Buttons set
or clear the date and delete the event; each is an undoable correction in `DocumentState`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from newsline.core.model import CalendarInterval, CorrectionOp, Document, Event, Precision, TimeResolution

from .document_state import DocumentState

RESOLUTION_TEXT = {
    TimeResolution.EXPLICIT: "a date written in the sentence",
    TimeResolution.RELATIVE: "a relative date, counted from the reference date",
    TimeResolution.NARRATIVE: "a relative date, counted from an earlier date in the story",
    TimeResolution.INHERITED: "no date of its own: took the date of the surrounding story",
    TimeResolution.USER: "set by you",
    TimeResolution.UNDATED: "no date found",
}


def format_interval(iv: CalendarInterval | None) -> str:
    """A readable date at the interval's precision: "3 February 2024", "February 2024", "2023"..."""
    if iv is None:
        return "undated"
    e, l, p = iv.earliest, iv.latest, iv.precision

    def day(d: dt.date) -> str:
        return f"{d.day} {d.strftime('%B %Y')}"

    if e == l:
        return day(e)
    if p == Precision.MONTH and e.month == l.month and e.year == l.year:
        return e.strftime("%B %Y")
    if p == Precision.YEAR and e.year == l.year and e == dt.date(e.year, 1, 1) and l == dt.date(e.year, 12, 31):
        return str(e.year)
    return f"between {day(e)} and {day(l)}"


def sentence_of(doc: Document, index: int):
    """The sentence numbered `index`: straight at that position when the list is in order (it is, as extracted),
    else found by search; None if there is none."""
    if 0 <= index < len(doc.sentences) and doc.sentences[index].index == index:
        return doc.sentences[index]
    return next((s for s in doc.sentences if s.index == index), None)


def describe_when(event: Event) -> str:
    t = event.time
    if t.interval is None:
        if t.relative_to_reference_days is not None:
            n = t.relative_to_reference_days
            rel = "on the article's date" if n == 0 else (f"{-n} days before the article's date" if n < 0
                                                          else f"{n} days after the article's date")
            return f"undated ({rel}; no reference date)"
        return "undated"
    text = format_interval(t.interval)
    if t.end_interval is not None:
        text += f" until {format_interval(t.end_interval)}"
    return text


class DetailsPane(QWidget):
    setDateRequested = Signal(str)  # event id: the window opens the date dialog

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("detailsPane")
        self.setAccessibleName("Event details")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName("Event details")
        body = QWidget(self.scroll)
        self.scroll.setWidget(body)

        self.heading = QLabel("No event selected", body)
        self.heading.setObjectName("detailsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.label_edit = QLineEdit(body)
        self.label_edit.setAccessibleName("Event label")
        self.label_edit.setToolTip("The event's short label; edit it and press Enter (or move on) to correct it")
        # Enter, or leaving the field (a click elsewhere, Tab, Alt+2): a typed label is never dropped unsaid
        self.label_edit.editingFinished.connect(self._label_entered)

        def value_label(name: str) -> QLabel:
            lab = QLabel(body)
            lab.setTextFormat(Qt.TextFormat.PlainText)  # article text and labels, never read as HTML
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lab.setAccessibleName(name)
            return lab

        self.when = value_label("Date")
        self.precision = value_label("Precision")
        self.resolved_by = value_label("How the date was found")
        self.as_written = value_label("Date as written")
        self.participants = value_label("Participants")
        self.places = value_label("Places")
        self.attribution = value_label("Attribution")
        self.certainty = value_label("Certainty")
        self.evidence = value_label("Evidence sentence")

        self.set_date_button = QPushButton("Set &date…", self)
        self.set_date_button.setToolTip("Correct the event's date")
        self.clear_date_button = QPushButton("&Clear date", self)
        self.clear_date_button.setToolTip("Mark the event as undated")
        self.delete_button = QPushButton("Dele&te event", self)
        self.delete_button.setToolTip("Remove this event from the timeline (Undo brings it back)")
        self.set_date_button.clicked.connect(lambda: self._with_event(self.setDateRequested.emit))
        self.clear_date_button.clicked.connect(lambda: self._with_event(self.clear_date))
        self.delete_button.clicked.connect(lambda: self._with_event(self.delete_event))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Label:", self.label_edit)
        form.addRow("Date:", self.when)
        form.addRow("Precision:", self.precision)
        form.addRow("Found from:", self.resolved_by)
        form.addRow("As written:", self.as_written)
        form.addRow("Who:", self.participants)
        form.addRow("Where:", self.places)
        form.addRow("Source:", self.attribution)
        form.addRow("Certainty:", self.certainty)
        form.addRow("Evidence:", self.evidence)
        buttons = QHBoxLayout()
        for b in (self.set_date_button, self.clear_date_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(body)
        lay.addWidget(self.heading)
        lay.addLayout(form)
        lay.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 4)
        outer.addWidget(self.scroll, 1)
        buttons.setContentsMargins(8, 0, 8, 0)
        outer.addLayout(buttons)

        state.selectionChanged.connect(lambda _v: self.refresh())
        state.documentChanged.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------------------------ display
    def refresh(self) -> None:
        doc: Document | None = self.state.document
        ev = self.state.selected_event()
        enabled = ev is not None
        for w in (self.label_edit, self.set_date_button, self.clear_date_button, self.delete_button):
            w.setEnabled(enabled)
        if ev is None or doc is None:
            self.heading.setText("No event selected" if doc is None or doc.events else "No events in this article")
            self.label_edit.clear()
            for lab in (self.when, self.precision, self.resolved_by, self.as_written, self.participants,
                        self.places, self.attribution, self.certainty, self.evidence):
                lab.clear()
            return
        label = ev.label or ev.trigger_text
        self.heading.setText(label)
        self.label_edit.setText(label)
        self.label_edit.setCursorPosition(0)  # a label longer than the field shows its start, not its end
        t = ev.time
        self.when.setText(describe_when(ev))
        precision = t.interval.precision if t.interval is not None else t.precision
        self.precision.setText(precision.value.replace("_", " "))
        self.resolved_by.setText(RESOLUTION_TEXT.get(t.resolution, t.resolution.value))
        self.as_written.setText(f"“{t.as_written}”" if t.as_written else "—")
        parts = []
        for p in ev.participants:
            actor = doc.actor(p.actor_id)
            parts.append(f"{actor.name if actor else p.actor_id} ({p.role.value})")
        self.participants.setText(", ".join(parts) or "—")
        places = [doc.place(pid) for pid in ev.place_ids]
        self.places.setText(", ".join(p.name for p in places if p is not None) or "—")
        att = ev.attribution
        if att is None:
            self.attribution.setText("—")
        else:
            who = att.source_text
            if not who and att.source_actor_id and doc.actor(att.source_actor_id):
                who = doc.actor(att.source_actor_id).name
            self.attribution.setText(f"according to {who or 'an unnamed source'}" + (" (hedged)" if att.hedged else ""))
        bits = [f"date {t.certainty.value}", f"happened: {ev.certainty:.0%}"]
        if ev.negated:
            bits.append("negated: the text says it did not happen")
        bits.append(f"extractor confidence {ev.confidence:.0%}")
        if ev.user_edited:
            bits.append("edited by you")
        self.certainty.setText("; ".join(bits))
        sentence = sentence_of(doc, ev.sentence)
        self.evidence.setText(sentence.span.of(doc.text).strip() if sentence else ev.trigger_text)

    # ------------------------------------------------------------------------------------ corrections
    def _with_event(self, fn) -> None:
        ev = self.state.selected_event()
        if ev is not None:
            fn(ev.id)

    def _label_entered(self) -> None:
        ev = self.state.selected_event()
        text = self.label_edit.text().strip()
        if ev is None or not text or text == (ev.label or ev.trigger_text):
            return
        self.state.correct(CorrectionOp.SET_EVENT_LABEL, ev.id, text, f"Rename event to “{text}”")

    def clear_date(self, event_id: str) -> None:
        self.state.correct(CorrectionOp.SET_EVENT_TIME, event_id, None, "Clear event date")

    def delete_event(self, event_id: str) -> None:
        self.state.correct(CorrectionOp.DELETE_EVENT, event_id, None, "Delete event")
