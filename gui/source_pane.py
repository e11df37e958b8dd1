"""The source pane: the article's original text, read-only, with the selected event marked.

Marks are `QTextEdit.ExtraSelection`s, so the text itself is never changed:

* non-narrative text (masthead, headline, caption, footer... and non-narrative sentences) is dimmed;
* the selected event's sentence gets a background and is scrolled into view, its trigger is bold and
  underlined, its actors' mentions take the actor's colour, its time expression is boxed in blue;
* the highlighted actor's mentions are marked everywhere.

Clicking a sentence selects its first event (by trigger position). `Document` offsets count Python characters;
Qt counts UTF-16 units and turns "\\r\\n" into one paragraph break, so `OffsetMap` converts between the two.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QWidget
import shiboken6

from newsline.core.model import Document, Span

from .details_pane import sentence_of
from .document_state import DocumentState
from .text_offsets import OffsetMap  # noqa: F401 - re-exported: the pane's offsets

FOLLOW_SECONDS = 3.0
"""After a new text, for this long (or until the user scrolls), the selected sentence is centred again whenever
the pane is resized or shown: the window's layout settles after the text is set."""

DEFER_TEXT_CHARS = 200_000
DEFER_TEXT_MS = 30
"""A text longer than this is put into the pane this long after the rest of the window shows the document, in
a later turn of the event loop (a zero delay would run in the same turn as the timeline's first paint); its
marks (dimmed zones, the selected event) come a turn after that. When the document was opened through the
worker, the text is already in a QTextDocument filled there (`WithTextDocument`): filling one with 1 MB takes
12-35 ms, handing it over 3-10 ms."""

log = logging.getLogger(__name__)


def text_document(text: str, font: QFont) -> QTextDocument:
    """A document holding `text` as the pane shows it (plain-text layout, `font`, no undo). It can be made on
    any thread: a QTextDocument without a parent may be filled off the GUI thread and then moved to it, as
    here; the pane takes it with `setDocument`."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(font)
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    doc.setPlainText(text)
    app = QCoreApplication.instance()
    if app is not None and doc.thread() is not app.thread():
        doc.moveToThread(app.thread())
    return doc


@dataclass(frozen=True)
class WithTextDocument:
    """A `display_prep.DisplayPrep` that also fills the pane's document of a big text; the worker calls it on
    its thread with each newly opened document."""

    prep: Callable
    font: QFont

    def __call__(self, document: Document, corrections=None):
        prepared = self.prep(document, corrections)
        if prepared.offset_map is not None and len(prepared.offset_map.display) > DEFER_TEXT_CHARS:
            try:
                prepared.text_document = text_document(prepared.offset_map.display, self.font)
            except Exception:  # noqa: BLE001 - not fatal: the pane then fills its document itself
                log.exception("filling the article's text document failed")
        return prepared


class SourcePane(QPlainTextEdit):
    sentenceClicked = Signal(int)  # sentence index

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setReadOnly(True)
        self.setObjectName("sourcePane")
        self.setAccessibleName("Article text")
        self.setToolTip("The article as it was read. Click a sentence to select its event.")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self._map = OffsetMap("")
        self._doc: Document | None = None  # the document whose text is shown and marked
        self._text_of: Document | None = None  # the document whose text is in the pane (marked or not yet)
        self._own_text_doc: QTextDocument | None = None  # a document filled off the GUI thread, now shown
        self._colours: dict[str, str] = {}
        self._dim: list[QTextEdit.ExtraSelection] = []
        self._dim_of: tuple = ()  # (zones, sentences) the dim marks were made for
        self._hl_marks: tuple | None = None  # (key, document, marks) of the highlighted actor
        self._press_pos = None
        # True from a new text until the user scrolls or clicks: while the layout settles (first show, dock
        # sizes restored, wrapping width changing) the selected sentence is centred again after each resize
        self._follow_selection = False
        self._follow_until = 0.0
        self.verticalScrollBar().sliderPressed.connect(self._stop_following)
        state.documentChanged.connect(self._on_document)
        state.selectionChanged.connect(lambda _id: self._refresh_marks(scroll=True))
        state.highlightedActorChanged.connect(lambda _id: self._refresh_marks(scroll=False))

    def set_actor_colours(self, colours: dict[str, str]) -> None:
        self._colours = dict(colours)
        self._refresh_marks(scroll=False)

    # ------------------------------------------------------------------------------------ document
    def _on_document(self) -> None:
        doc = self.state.document
        if doc is None:
            self._map = OffsetMap("")
            self._clear_text()
            return
        if self._text_of is None or doc.text != self._text_of.text:
            prepared = self.state.prepared
            ours = prepared is not None and prepared.document is doc
            offsets = prepared.offset_map if ours else None
            self._map = offsets if offsets is not None else OffsetMap(doc.text)
            if len(doc.text) > DEFER_TEXT_CHARS:
                # a big text goes in on a later turn of the event loop, apart from the timeline's first paint,
                # and its marks on the turn after, so that no single turn freezes the window for long; until
                # then there is nothing to mark
                self._clear_text()
                filled = prepared.text_document if ours else None
                QTimer.singleShot(DEFER_TEXT_MS, lambda d=doc, f=filled: self._set_text(d, f))
                return
            self._put_text(doc)
        self._mark_document(doc, scroll=False)

    def _set_text(self, doc: Document, filled: QTextDocument | None = None) -> None:
        """The deferred part of showing a big text: the text (`filled`, if the worker filled its document);
        its marks follow a turn later. Dropped if another document came meanwhile."""
        if doc is not self.state.document or self._text_of is not None:
            return
        if filled is not None and shiboken6.isValid(filled) \
                and filled.characterCount() == self._map.to_qt(len(doc.text)) + 1:
            self._take_document(filled)
            self._text_shown(doc)
        else:
            self._put_text(doc)
        QTimer.singleShot(0, lambda d=doc: self._mark_later(d))

    def _mark_later(self, doc: Document) -> None:
        if doc is self.state.document and self._text_of is doc and self._doc is None:
            self._mark_document(doc, scroll=True)

    def pending(self) -> bool:
        """True while a big text, or its marks, are still to come."""
        return self.state.document is not None and self._doc is not self.state.document

    def _take_document(self, filled: QTextDocument) -> None:
        """Show `filled` instead of the pane's document; a document taken before is deleted a turn later."""
        old, self._own_text_doc = self._own_text_doc, filled
        self.setDocument(filled)  # the pane does not own it: deleted as `old` when the next one comes
        if old is not None and old is not filled and shiboken6.isValid(old):
            old.deleteLater()

    def _clear_text(self) -> None:
        self._doc = None
        self._text_of = None
        self.setPlainText("")
        self._dim = []
        self._dim_of = ()
        self.setExtraSelections([])

    def _put_text(self, doc: Document) -> None:
        self.setPlainText(self._map.display)
        self._text_shown(doc)

    def _text_shown(self, doc: Document) -> None:
        self._text_of = doc
        self._follow_selection = True
        self._follow_until = time.monotonic() + FOLLOW_SECONDS

    def _mark_document(self, doc: Document, scroll: bool) -> None:
        self._doc = self._text_of = doc
        made_for = self._dim_of
        if not made_for or made_for[0] is not doc.zones or made_for[1] is not doc.sentences:
            # a corrected document shares its zones and sentences with the one before: its dim marks too
            self._dim = self._dim_selections(doc)
        self._refresh_marks(scroll=scroll)

    def _cursor_for(self, span: Span) -> QTextCursor:
        cur = QTextCursor(self.document())
        cur.setPosition(self._map.to_qt(span.start))
        cur.setPosition(self._map.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        return cur

    def _selection(self, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor_for(span)
        sel.format = fmt
        return sel

    def _dim_selections(self, doc: Document) -> list[QTextEdit.ExtraSelection]:
        self._dim_of = (doc.zones, doc.sentences)
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().placeholderText().color())
        fmt.setFontItalic(True)
        spans = [z.span for z in doc.zones] + [s.span for s in doc.sentences if not s.is_narrative]
        return [self._selection(s, fmt) for s in spans if s.end > s.start]

    # ------------------------------------------------------------------------------------ marks
    def marked_sentence_span(self) -> Span | None:
        ev = self.state.selected_event()
        if ev is None or self._doc is None:
            return None
        sentence = sentence_of(self._doc, ev.sentence)
        return sentence.span if sentence is not None else ev.trigger

    def _refresh_marks(self, scroll: bool) -> None:
        doc = self._doc
        if doc is None or doc is not self.state.document:
            return
        marks = list(self._dim)
        dark = self.palette().base().color().lightness() < 128
        ev = self.state.selected_event()
        if ev is not None:
            span = self.marked_sentence_span()
            sent_fmt = QTextCharFormat()
            sent_fmt.setBackground(QColor("#3a4654" if dark else "#fff3c4"))
            sent_fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            marks.append(self._selection(span, sent_fmt))
            marks += self._highlighted_actor_marks(doc)
            for p in ev.participants:
                actor = doc.actor(p.actor_id)
                if actor is None:
                    continue
                colour = QColor(self._colours.get(p.actor_id, "#4a7bd0"))
                afmt = QTextCharFormat()
                bg = QColor(colour)
                bg.setAlpha(160 if dark else 90)
                afmt.setBackground(bg)
                afmt.setFontWeight(QFont.Weight.DemiBold)
                spans = [m.span for m in actor.mentions if span.contains(m.span)]
                if p.span is not None and p.span not in spans:
                    spans.append(p.span)
                marks += [self._selection(s, afmt) for s in spans]
            tfmt = QTextCharFormat()
            tfmt.setForeground(QColor("#8ab4f8" if dark else "#1a5fb4"))
            tfmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            tfmt.setUnderlineColor(QColor("#1a5fb4"))
            for tid in ev.time.timex_ids:
                t = doc.time(tid)
                if t is not None:
                    marks.append(self._selection(t.span, tfmt))
            trig = QTextCharFormat()
            trig.setFontWeight(QFont.Weight.Bold)
            trig.setFontUnderline(True)
            trig.setForeground(QColor("#ff8a80" if dark else "#b3261e"))
            marks.append(self._selection(ev.trigger, trig))
            if scroll:
                self._centre_on(span)
                if self._following():  # the layout may not be done yet: centre again once it is
                    QTimer.singleShot(0, self._recentre)
        else:
            marks += self._highlighted_actor_marks(doc)
        self.setExtraSelections(marks)

    def _centre_on(self, span: Span) -> None:
        """Caret at the sentence start (screen readers read from there), the sentence centred in view."""
        cur = QTextCursor(self.document())
        cur.setPosition(self._map.to_qt(span.start))
        self.setTextCursor(cur)
        self.centerCursor()

    def _following(self) -> bool:
        if self._follow_selection and time.monotonic() > self._follow_until:
            self._follow_selection = False  # the layout has long settled
        return self._follow_selection

    def _stop_following(self) -> None:
        self._follow_selection = False

    def _recentre(self) -> None:
        span = self.marked_sentence_span() if self._doc is not None else None
        if span is not None and self._doc is self.state.document:
            self._centre_on(span)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._following():
            QTimer.singleShot(0, self._recentre)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._following():
            QTimer.singleShot(0, self._recentre)

    def wheelEvent(self, event) -> None:
        self._follow_selection = False  # the user scrolls: leave the view where they put it
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        self._follow_selection = False
        super().keyPressEvent(event)

    def _highlighted_actor_marks(self, doc: Document) -> list[QTextEdit.ExtraSelection]:
        """Every mention of the highlighted actor (over a thousand in a long article): made once per actor,
        document and colour, not at every step."""
        hl = self.state.highlighted_actor_id
        key = (id(doc), hl, self._colours.get(hl) if hl is not None else None, id(self._map))
        if self._hl_marks is not None and self._hl_marks[0] == key and self._hl_marks[1] is doc:
            return self._hl_marks[2]
        actor = doc.actor(hl) if hl is not None else None
        marks: list[QTextEdit.ExtraSelection] = []
        if actor is not None:
            fmt = QTextCharFormat()
            colour = QColor(self._colours.get(hl, "#ffcc00"))
            colour.setAlpha(70)
            fmt.setBackground(colour)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            marks = [self._selection(m.span, fmt) for m in actor.mentions]
        self._hl_marks = (key, doc, marks)
        return marks

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._doc is not None:
            self._dim = self._dim_selections(self._doc)  # dim and mark colours follow the theme
            self._refresh_marks(scroll=False)

    # ------------------------------------------------------------------------------------ clicks
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._follow_selection = False
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press_pos = self._press_pos, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position().toPoint() - press).manhattanLength() > 4:
            return  # a drag selects text; it does not select an event
        if self.textCursor().hasSelection():
            return
        pos = self.cursorForPosition(event.position().toPoint()).position()
        self.select_at(self._map.from_qt(pos))

    def select_at(self, offset: int) -> str | None:
        """Select the first event of the sentence at `offset` (a Document offset); returns its id."""
        doc = self._doc
        if doc is None:
            return None
        sentence = doc.sentence_at(offset)
        if sentence is None:
            return None
        self.sentenceClicked.emit(sentence.index)
        events = sorted((e for e in doc.events if e.sentence == sentence.index
                         and self.state.event_shown(e)), key=lambda e: e.trigger.start)
        if not events:
            return None
        self.state.select_event(events[0].id)
        return events[0].id
