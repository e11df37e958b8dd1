"""The "Undated" strip under the timeline: events that have no calendar date, as chips in text order.

Nothing is dropped: every visible undated event gets a chip (the strip wraps and scrolls). Events that are
dated only relative to an unknown article date are listed here too, with the offset in their tooltip.
One widget paints every chip in one `paintEvent`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QToolTip, QWidget

from .colours import THEMES

CHIP_H = 20.0
CHIP_GAP = 6.0
MARGIN = 6.0
TITLE_W = 86.0
NOTE_H = 18.0


class UndatedStrip(QWidget):
    """Chips for undated events. Emits `eventClicked(id)` / `eventHovered(id)`."""

    eventClicked = Signal(str)
    eventHovered = Signal(str)
    heightChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.palette_ = THEMES["light"]
        self.font_ = QFont()
        self.font_.setPointSizeF(8.5)
        self._metrics = QFontMetricsF(self.font_)
        self.items: list[tuple[str, str, str, str]] = []  # (event id, label, colour, tooltip html)
        self.note = ""
        self.selected: str | None = None
        self._rects: list[QRectF] = []
        self._widths: dict[str, float] = {}  # label -> its width in `font_` (labels repeat; relayouts are many)
        self._elided: dict[tuple[str, float], str] = {}  # (label, room) -> the label elided to fit, when painted
        self._laid_out_width = -1
        self._index: dict[str, int] = {}
        self._hover: str | None = None
        self._height = int(CHIP_H + 2 * MARGIN)
        self.row_limit: int | None = None
        self._more = 0
        self._more_rect = QRectF()
        self._title_w = TITLE_W

    def set_items(self, items: list[tuple[str, str, str, str]], note: str = "") -> None:
        self.items = items
        self.note = note
        self._relayout()

    def set_palette(self, palette: dict[str, str]) -> None:
        self.palette_ = palette
        self.update()

    def set_selected(self, event_id: str | None) -> None:
        if event_id == self.selected:
            return
        for old in (self.selected, event_id):  # repaint only the two chips that change
            i = self._index.get(old) if old is not None else None
            if i is not None and i < len(self._rects):
                self.update(self._rects[i].adjusted(-3, -3, 3, 3).toAlignedRect())
        self.selected = event_id

    def event_ids(self) -> list[str]:
        return [it[0] for it in self.items]

    # geometry ---------------------------------------------------------------------------------------
    def set_row_limit(self, rows: int | None) -> None:
        """Show at most `rows` rows of chips, the last slot saying how many more there are (for pictures,
        which cannot scroll); None: every chip, the strip scrolls."""
        self.row_limit = rows
        self._relayout()

    def _relayout(self) -> None:
        """Place the chips for the current width. With a thousand undated events (a 1 MB article) this ran
        three times when a document was shown, ~10 ms each: label widths are now measured once per label, and
        labels are elided when painted (only the chips in view)."""
        width = max(self.width(), 200)
        self._laid_out_width = self.width()
        bold = QFont(self.font_)
        bold.setBold(True)
        self._title_w = QFontMetricsF(bold).horizontalAdvance(f"Undated ({len(self.items)})") + 2 * MARGIN + 4
        title_w = self._title_w
        first_y = MARGIN + (NOTE_H if self.note else 0.0)  # the note sits on its own line above the chips
        x, y = title_w, first_y
        self._rects = []
        self._more = 0
        self._index = {it[0]: i for i, it in enumerate(self.items)}
        widths = self._widths
        if len(widths) > 4 * len(self.items) + 1000:
            widths.clear()  # labels of documents long gone
        if len(self._elided) > 4 * len(self.items) + 1000:
            self._elided.clear()
        room = width - title_w - MARGIN
        for _, label, _, _ in self.items:
            w = widths.get(label)
            if w is None:
                w = widths[label] = self._metrics.horizontalAdvance(label)
            w = min(w + 18.0, room)
            if x + w > width - MARGIN and x > title_w:
                x, y = title_w, y + CHIP_H + CHIP_GAP
            self._rects.append(QRectF(x, y, w, CHIP_H))
            x += w + CHIP_GAP
        if self.row_limit and self._rects:
            last_row_y = first_y + (self.row_limit - 1) * (CHIP_H + CHIP_GAP)
            keep = sum(1 for r in self._rects if r.top() <= last_row_y + 0.5)
            if keep < len(self._rects):
                more_w = self._metrics.horizontalAdvance(f"+{len(self.items)} more") + 14.0
                # drop chips from the end of the last row until "+n more" fits after them
                while keep > 0 and self._rects[keep - 1].top() >= last_row_y - 0.5 and \
                        self._rects[keep - 1].right() + CHIP_GAP + more_w > width - MARGIN:
                    keep -= 1
                after = self._rects[keep - 1] if keep else None
                mx = after.right() + CHIP_GAP if after is not None and after.top() >= last_row_y - 0.5 else title_w
                self._more = len(self.items) - keep
                self._more_rect = QRectF(mx, last_row_y, more_w, CHIP_H)
                self._rects = self._rects[:keep]
                y = last_row_y
        height = int(y + CHIP_H + MARGIN)
        changed = height != self._height
        self._height = height
        self.setFixedHeight(self._height)
        if changed:
            self.heightChanged.emit()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self._height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.width() != self._laid_out_width:  # a new height (the chips' own) places nothing anew
            self._relayout()

    def _elided_label(self, label: str, width: float) -> str:
        key = (label, width)
        text = self._elided.get(key)
        if text is None:
            text = self._elided[key] = self._metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 18)
        return text

    def chip_rects(self) -> list[QRectF]:
        return list(self._rects)

    def _index_at(self, pos: QPointF) -> int | None:
        for i, r in enumerate(self._rects):
            if r.contains(pos):
                return i
        return None

    # events -----------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        i = self._index_at(event.position())
        if i is None:
            self._hover = None
            QToolTip.hideText()
            return
        event_id, _, _, tip = self.items[i]
        if event_id != self._hover:
            self._hover = event_id
            self.eventHovered.emit(event_id)
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        i = self._index_at(event.position())
        if i is not None:
            self.set_selected(self.items[i][0])
            self.eventClicked.emit(self.items[i][0])

    def paintEvent(self, event) -> None:
        pal = self.palette_
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        exposed = QRectF(event.rect())
        p.fillRect(event.rect(), QColor(pal["undated_background"]))
        p.setFont(self.font_)
        title = QFont(self.font_)
        title.setBold(True)
        p.setFont(title)
        p.setPen(QColor(pal["foreground"]))
        p.drawText(QRectF(MARGIN, MARGIN, self._title_w - MARGIN, CHIP_H), Qt.AlignmentFlag.AlignVCenter,
                   f"Undated ({len(self.items)})")
        p.setFont(self.font_)
        for (event_id, label, colour, _), r in zip(self.items, self._rects):
            if not r.intersects(exposed.adjusted(-3, -3, 3, 3)):
                continue
            text = self._elided_label(label, r.width())
            p.setBrush(QColor(pal["undated_chip"]))
            selected = event_id == self.selected
            pen = QPen(QColor(pal["selection"]) if selected else QColor(pal["undated_border"]), 2.0 if selected else 1.0)
            p.setPen(pen)
            p.drawRoundedRect(r, 4, 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawEllipse(QPointF(r.left() + 8, r.center().y()), 3.5, 3.5)
            p.setPen(QColor(pal["label"]))
            p.drawText(r.adjusted(14, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
        if self._more:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(pal["undated_border"]), 1.0, Qt.PenStyle.DashLine))
            p.drawRoundedRect(self._more_rect, 4, 4)
            p.setPen(QColor(pal["muted"]))
            p.drawText(self._more_rect, Qt.AlignmentFlag.AlignCenter, f"+{self._more} more")
        if self.note:
            p.setPen(QColor(pal["muted"]))
            p.drawText(QRectF(self._title_w, MARGIN, self.width() - self._title_w - MARGIN, NOTE_H - 2),
                       Qt.AlignmentFlag.AlignVCenter, self._metrics.elidedText(
                           self.note, Qt.TextElideMode.ElideRight, self.width() - self._title_w - MARGIN))
        p.end()


class UndatedArea(QScrollArea):
    """The strip in a scroll area that grows up to three rows of chips, then scrolls."""

    MAX_HEIGHT = int(3 * (CHIP_H + CHIP_GAP) + 2 * MARGIN + NOTE_H)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = UndatedStrip()
        self.setWidget(self.strip)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName("Undated events")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.strip.heightChanged.connect(self.refresh_height)

    def refresh_height(self) -> None:
        h = self.strip.height() if self.strip.row_limit else min(self.strip.height(), self.MAX_HEIGHT)
        self.setFixedHeight(h)
        self.setVisible(bool(self.strip.items))
