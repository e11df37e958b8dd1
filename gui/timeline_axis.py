"""Axes of the timeline: the lane names on the left (each actor's name in its colour) and a UTC date axis."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

LANE_AXIS_WIDTH = 150


class LaneAxis(pg.AxisItem):
    """A left axis that paints one name per lane, centred on the lane, instead of numeric ticks."""

    def __init__(self) -> None:
        super().__init__("left")
        self.lanes: list[tuple[str, str]] = []  # (name, #rrggbb)
        self.text_colour = "#202124"
        self.font_ = QFont()
        self.font_.setPointSizeF(9.0)
        self.font_.setBold(True)
        self.setWidth(LANE_AXIS_WIDTH)
        self.setStyle(showValues=False, tickLength=0)

    def set_lanes(self, lanes: list[tuple[str, str]]) -> None:
        self.lanes = lanes
        self.picture = None
        self.update()

    def paint(self, p: QPainter, opt, widget) -> None:
        view = self.linkedView()
        if view is None:
            return
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setFont(self.font_)
        metrics = QFontMetricsF(self.font_)
        bounds = self.boundingRect()
        width = self.width() - 12
        for i, (name, colour) in enumerate(self.lanes):
            top = self.mapFromScene(view.mapViewToScene(QPointF(0, i))).y()
            bottom = self.mapFromScene(view.mapViewToScene(QPointF(0, i + 1))).y()
            if bottom < bounds.top() or top > bounds.bottom():
                continue
            height = bottom - top
            line = metrics.height()
            mark_y = top + min(max(height * 0.3, 7.0), 14.0)  # level with the lane's markers
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
            p.setPen(QColor(colour))
            p.drawText(QRectF(4, mark_y - line / 2, width, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        p.restore()


def date_axis() -> pg.DateAxisItem:
    """A bottom axis of POSIX seconds shown as UTC dates (from decades down to hours)."""
    return pg.DateAxisItem(orientation="bottom", utcOffset=0)
