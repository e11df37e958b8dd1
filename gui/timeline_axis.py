"""Axes of the timeline: the lane names on the left (each actor's name in its colour) and a UTC date axis.

The date axis computes its ticks with numpy calendar arithmetic (`date_ticks`), from centuries down to hours;
the canvas draws its grid lines from the same ticks. pyqtgraph's own DateAxisItem and grid cost more per frame
than all the events together, so neither is used.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText, QTransform

from .colours import readable_on

LANE_AXIS_WIDTH = 150  # the lane names' column: at least this wide,
LANE_AXIS_MAX_WIDTH = 220  # and wider, up to this, when a lane name needs it
HOUR = 3600.0
DAY = 86400.0

# (unit, count, typical seconds) from finest to coarsest
STEPS: tuple[tuple[str, int, float], ...] = (
    ("h", 1, HOUR), ("h", 3, 3 * HOUR), ("h", 6, 6 * HOUR), ("h", 12, 12 * HOUR),
    ("D", 1, DAY), ("D", 2, 2 * DAY), ("D", 7, 7 * DAY), ("D", 14, 14 * DAY),
    ("M", 1, 30.44 * DAY), ("M", 3, 91.3 * DAY), ("M", 6, 182.6 * DAY),
    ("Y", 1, 365.25 * DAY), ("Y", 2, 730.5 * DAY), ("Y", 5, 1826 * DAY), ("Y", 10, 3652 * DAY),
    ("Y", 20, 7305 * DAY), ("Y", 50, 18262 * DAY), ("Y", 100, 36525 * DAY),
    ("Y", 200, 73050 * DAY), ("Y", 500, 182625 * DAY), ("Y", 1000, 365250 * DAY),
    ("Y", 2000, 730500 * DAY), ("Y", 5000, 1826250 * DAY),
)
MAJOR_PX = 95.0  # least room between labelled ticks
MINOR_PX = 14.0


def _values(unit: str, count: int, xmin: float, xmax: float) -> np.ndarray:
    """Tick positions (POSIX seconds) of every `count` `unit`s inside [xmin, xmax]."""
    if unit == "h" or unit == "D":
        step = count * (HOUR if unit == "h" else DAY)
        if unit == "D" and count == 7:  # weeks start on Monday (1970-01-05 was one)
            origin = 4 * DAY
        else:
            origin = 0.0
        first = np.ceil((xmin - origin) / step) * step + origin
        vals = np.arange(first, xmax + 1e-6, step)
        return vals[vals >= xmin]  # a start a hair past a boundary (5e-324 s) rounds back onto it
    lo = np.datetime64(int(np.floor(xmin)), "s").astype(f"datetime64[{unit}]")
    hi = np.datetime64(int(np.ceil(xmax)), "s").astype(f"datetime64[{unit}]")
    units = np.arange(lo.astype(np.int64), hi.astype(np.int64) + 1)
    if unit == "Y":
        years = units + 1970
        units = units[years % count == 0]
    else:
        units = units[units % count == 0]
    secs = units.astype(f"datetime64[{unit}]").astype("datetime64[s]").astype(np.int64).astype(float)
    return secs[(secs >= xmin) & (secs <= xmax)]


def date_ticks(xmin: float, xmax: float, width_px: float) -> tuple[tuple[str, int] | None, np.ndarray, np.ndarray]:
    """(major step, major tick positions, minor tick positions) for a view of `width_px` pixels."""
    if not (np.isfinite(xmin) and np.isfinite(xmax)) or xmax <= xmin or width_px <= 0:
        return None, np.empty(0), np.empty(0)
    per_px = (xmax - xmin) / width_px
    major_i = next((i for i, (_, _, s) in enumerate(STEPS) if s / per_px >= MAJOR_PX), len(STEPS) - 1)
    unit, count, _ = STEPS[major_i]
    major = _values(unit, count, xmin, xmax)
    minor = np.empty(0)
    for j in range(major_i - 1, -1, -1):
        u, c, s = STEPS[j]
        if s / per_px < MINOR_PX:
            break
        if s / per_px < MAJOR_PX / 2.5 or j == 0:
            minor = _values(u, c, xmin, xmax)
            break
    if len(minor) > 400:
        minor = np.empty(0)
    return (unit, count), major, minor


def tick_label(value: float, unit: str) -> str:
    d = np.datetime64(int(value), "s").astype(object)  # datetime.datetime, UTC
    if unit == "Y":
        return str(d.year)
    if unit == "M":
        return d.strftime("%b %Y") if d.month == 1 else d.strftime("%b")
    if unit == "D":
        return d.strftime("%d %b %Y") if (d.month == 1 and d.day <= 7) else d.strftime("%d %b")
    return d.strftime("%d %b %H:%M") if d.hour == 0 else d.strftime("%H:%M")


def tick_label_with_year(value: float, unit: str) -> str:
    """`tick_label` with the year always in it ("Apr 2023", "03 Feb 2023"): the first label drawn, so that a
    view without a January still says which year it shows."""
    d = np.datetime64(int(value), "s").astype(object)
    if unit == "M":
        return d.strftime("%b %Y")
    if unit == "D":
        return d.strftime("%d %b %Y")
    if unit == "h":
        return d.strftime("%d %b %Y %H:%M")
    return tick_label(value, unit)


class DateAxis(pg.AxisItem):
    """A bottom axis of POSIX seconds shown as UTC calendar dates.

    It draws what pyqtgraph's `AxisItem` draws for one level of ticks (the axis line, the ticks, a label under
    each), but straight onto the painter rather than recorded into a `QPicture` and played back, with the
    labels' sizes cached: the range changes at every step, pan and zoom, so the axis is drawn at every frame."""

    def __init__(self) -> None:
        super().__init__("bottom")
        # no SI prefix on dates: without this every range change re-sets the (hidden) axis label's HTML
        self.enableAutoSIPrefix(False)
        self._unit = "Y"
        self._text_sizes: dict[tuple[str, str], tuple[float, float]] = {}
        self._ticks: tuple | None = None  # (what they were computed for, tick values)
        self._labels: dict[tuple[float, str], str] = {}  # (tick, unit) -> its label
        self._statics: dict[tuple[str, str], QStaticText] = {}
        self.drawn_labels: list[str] = []  # the labels of the last paint, left to right
        self._metrics: dict[str, QFontMetricsF] = {}
        self.setHeight(28)

    def tickValues(self, minVal, maxVal, size):
        step, major, minor = date_ticks(minVal, maxVal, size)
        if step is None:
            return []
        self._unit = step[0]
        return [(STEPS[0][2], major.tolist())]  # minor steps show only as grid lines (the canvas draws them)

    def tickStrings(self, values, scale, spacing):
        if spacing != STEPS[0][2]:
            return [""] * len(values)
        cache = self._labels
        if len(cache) > 4000:
            cache.clear()
        out = []
        for v in values:
            key = (v, self._unit)
            text = cache.get(key)
            if text is None:
                text = cache[key] = tick_label(v, self._unit)
            out.append(text)
        self._name_the_year(values, out)
        return out

    def _name_the_year(self, values, labels: list[str]) -> None:
        """The first label that has room for it names the year ("Apr 2023"): only January did, so a view
        without one (March to November, or the sample's "Apr Jul Oct Jan 2024") never said which year."""
        if self._unit not in ("M", "D", "h") or not labels:
            return
        mn, mx = self.range
        width = self.geometry().width()
        if mx <= mn or width <= 0:
            return
        font = self.style["tickFont"] or QFont()
        metrics = self._metrics.get(font.key())
        if metrics is None:
            metrics = self._metrics[font.key()] = QFontMetricsF(font)
        for i, v in enumerate(values):
            dated = tick_label_with_year(v, self._unit)
            x, half = (v - mn) * width / (mx - mn), metrics.horizontalAdvance(dated) / 2.0 + 2.0
            if x - half >= 0.0 and x + half <= width:
                labels[i] = dated
                return

    def _static(self, font_key: str, font: QFont, text: str) -> QStaticText:
        """A tick label laid out once (drawn where drawText(rect, AlignHCenter | AlignTop) would put it: the
        rect is exactly as wide as the text)."""
        key = (font_key, text)
        st = self._statics.get(key)
        if st is None:
            if len(self._statics) > 2000:
                self._statics.clear()
            st = self._statics[key] = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), font)
        return st

    def _text_size(self, p: QPainter, font_key: str, text: str) -> tuple[float, float]:
        """(width, height) of a tick label as pyqtgraph measures it (its bounding rect, 0.8 of its height)."""
        key = (font_key, text)
        size = self._text_sizes.get(key)
        if size is None:
            if len(self._text_sizes) > 4000:
                self._text_sizes.clear()
            br = p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)
            size = self._text_sizes[key] = (br.width(), br.height() * 0.8)
        return size

    def paint(self, p: QPainter, opt, widget) -> None:
        if self.style["tickFont"]:
            p.setFont(self.style["tickFont"])
        bounds = self.mapRectFromParent(self.geometry())
        mn, mx = self.range
        width = bounds.width()
        if mx == mn or width <= 0:
            return
        font_key = p.font().key()
        key = (mn, mx, bounds.left(), bounds.top(), width, font_key)
        if self._ticks is None or self._ticks[0] != key:  # the same view painted again: the same ticks
            levels = self.tickValues(mn, mx, width + 2.0)  # the axis line's length, as pyqtgraph measures it
            values = levels[0][1] if levels else []
            self._ticks = (key, values)
        values = self._ticks[1]
        scale = width / (mx - mn)
        top = bounds.top()
        tick_length = self.style["tickLength"]
        p.save()
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            p.setPen(self.pen())
            p.drawLine(QPointF(bounds.left() - 1.0, top + 1.0), QPointF(bounds.right() + 1.0, top + 1.0))
            xs = [(v - mn) * scale for v in values]
            shown = [(x, v) for x, v in zip(xs, values) if 0.0 <= x <= width]
            pen = QPen(self.tickPen())
            if pen.brush().style() == Qt.BrushStyle.SolidPattern:
                colour = QColor(pen.color())
                colour.setAlpha(255)
                pen.setColor(colour)
            p.setPen(pen)
            for x, _ in shown:
                p.drawLine(QPointF(x, top), QPointF(x, top + tick_length))
            if not self.style["showValues"] or not shown:
                return
            strings = self.tickStrings([v for _, v in shown], 1.0, STEPS[0][2])
            offset = max(0, tick_length) + self.style["tickTextOffset"][1]
            p.setPen(self.textPen())
            outer = self.boundingRect()
            p.setClipRect(outer.toAlignedRect())
            tallest = 0.0
            drawn: list[str] = []
            for (x, v), text in zip(shown, strings):
                w, h = self._text_size(p, font_key, text)
                tallest = max(tallest, h)
                rect = QRectF(x - w / 2.0, top + offset, w, h)
                if outer & rect != rect:
                    continue
                p.drawStaticText(rect.topLeft(), self._static(font_key, p.font(), text))
                drawn.append(text)
            self.drawn_labels = drawn
            self._updateMaxTextSize(tallest)
        finally:
            p.restore()


class LaneAxis(pg.AxisItem):
    """A left axis that paints one name per lane, level with the lane's markers, instead of numeric ticks."""

    def __init__(self) -> None:
        super().__init__("left")
        self.lanes: list[tuple[str, str]] = []  # (name, #rrggbb)
        self.tops: list[float] = []  # top of each lane, in rows
        self.text_colour = "#202124"
        self.background = "#ffffff"  # names are drawn in their actor's colour made readable on this
        self._readable: dict[tuple[str, str], QColor] = {}
        self.font_ = QFont()
        self.font_.setPointSizeF(9.0)
        self.font_.setBold(True)
        self._elided: dict[tuple[str, float], str] = {}
        self._font_metrics: tuple[str, QFontMetricsF] | None = None
        self.enableAutoSIPrefix(False)  # no values on this axis: nothing to prefix at each range change
        # drawn again only when it changes (the lanes scroll, new lanes, a resize), not at every pan or step
        self.setCacheMode(self.CacheMode.DeviceCoordinateCache)
        self.setWidth(LANE_AXIS_WIDTH)
        self.setStyle(showValues=False, tickLength=0)

    def set_lanes(self, lanes: list[tuple[str, str]], tops: list[float] | None = None) -> None:
        self.lanes = lanes
        self.tops = list(tops) if tops is not None else [float(i) for i in range(len(lanes) + 1)]
        widest = max((QFontMetricsF(self.font_).horizontalAdvance(name) for name, _ in lanes), default=0.0)
        width = int(min(max(widest + 18, LANE_AXIS_WIDTH), LANE_AXIS_MAX_WIDTH))
        if width != int(self.width()):
            self.setWidth(width)
        self.picture = None
        self.update()

    def paint(self, p: QPainter, opt, widget) -> None:
        view = self.linkedView()
        if view is None or not self.lanes:
            return
        p.save()
        p.setClipRect(self.boundingRect())
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setFont(self.font_)
        metrics = self._metrics()
        bounds = self.boundingRect()
        width = self.width() - 12
        # data y -> this item's y is linear: two points give it (instead of mapping three points a lane)
        y0 = self.mapFromScene(view.mapViewToScene(QPointF(0, 0))).y()
        per_row = self.mapFromScene(view.mapViewToScene(QPointF(0, 1))).y() - y0
        last_bottom = -1e9
        line = metrics.height()
        for i, (name, colour) in enumerate(self.lanes):
            top = y0 + per_row * self.tops[i]
            bottom = y0 + per_row * self.tops[i + 1]
            if bottom < bounds.top() or top > bounds.bottom():
                continue
            mark_y = top + min(max(per_row * 0.55, 7.0), 14.0)  # level with the lane's markers (see the canvas)
            text_top = max(mark_y - line / 2, top)
            if text_top < last_bottom - 1.0:  # lanes squeezed thinner than a line: skip rather than overlap
                continue
            last_bottom = text_top + line
            key = (name, width)
            text = self._elided.get(key)
            if text is None:
                if len(self._elided) > 2000:
                    self._elided.clear()
                text = self._elided[key] = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
            p.setPen(self._readable_colour(colour))
            p.drawText(QRectF(4, text_top, width, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        p.restore()

    def _readable_colour(self, colour: str) -> QColor:
        key = (colour, self.background)
        found = self._readable.get(key)
        if found is None:
            if len(self._readable) > 512:
                self._readable.clear()
            found = self._readable[key] = QColor(readable_on(colour, self.background))
        return found

    def _metrics(self) -> QFontMetricsF:
        if self._font_metrics is None or self._font_metrics[0] != self.font_.key():
            self._font_metrics = (self.font_.key(), QFontMetricsF(self.font_))
        return self._font_metrics[1]


def date_axis() -> DateAxis:
    return DateAxis()
