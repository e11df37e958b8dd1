"""The one graphics item that draws every event of the timeline: lane bands, bars, points, selection, emphasis
and labels, in a single `paint()`.

It works in the plot's viewport pixels: each frame it culls the marks outside the visible x range (binary
search on the sorted marks of each lane), packs the labels of what is left into rows, and draws with a handful
of batched QPainter calls per lane (`drawPoints` with a round pen, `drawRects`). Beyond a few thousand marks
in a lane it switches to a level of detail that merges marks falling on the same pixel, and replaces labels by
counts, so a frame stays cheap at 100,000 events.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap, QStaticText, QTransform
from PySide6.QtWidgets import QWidget

from .colours import THEMES
from .device_pixels import fine_grid, hairline, painter_ratio, snap as snap_px, snap_down, snap_up
from .timeline_axis import date_ticks
from .timeline_batch import DETAIL_LIMIT, POINT_SIZE, BatchRects, LabelAtlas, Primitives, Sprites, merge_bars, qcolour
from .timeline_layout import ALL_EVENTS, TimelineLayout, pack_labels

log = logging.getLogger(__name__)

BAR_HEIGHT = 10.0
LABEL_GAP = 8.0  # between marker and label, and between labels in a row
LABEL_PAD = 2.0
LABEL_LIMIT = 400  # visible marks in a lane above which labels give way to counts
CLUSTER_BIN = 110.0  # px width of a count bin
FUZZY_ALPHA = (50, 50, 55)  # three stacked layers, from the outside in: a feathered bar
SOLID_ALPHA = 175
EAGER_MEASURE = 20000  # documents up to this many events have every label measured when set
TALL_BASE = True  # keep a picture of every lane while the lanes scroll under a fixed time range (see below)
TALL_Y0 = -2.0  # data y (rows) at the top of the picture of all lanes: above the header row
TALL_MAX_PX = 4096  # that picture is kept only up to this many device pixels tall,
TALL_MAX_VIEWS = 4  # and this many viewport heights
SCROLL_BASE = True  # a pan or re-centre by whole pixels scrolls the picture of the view and draws the strip uncovered
KEEP_LABELLED = True  # keep the marks with the labels on them as a picture (see `_labelled_picture`)
EDGE_PX = 12.0  # lanes and grid lines are drawn this far past the view's edges, lanes' marks culled this far out


@dataclass
class LabelBox:
    event: int  # event index, -1 for a count badge
    rect: QRectF  # viewport px
    text: str
    extra: int = 0  # hidden labels this one stands for ("+n")


@dataclass
class LaneFrame:
    top: float
    height: float
    mark_y: float
    marks: np.ndarray  # mark indices drawn this frame
    px0: np.ndarray
    px1: np.ndarray


def _blend(colour: str, under: str, alpha: int) -> QColor:
    """`colour` drawn at `alpha` over `under`, as one opaque colour."""
    c, u, a = QColor(colour), QColor(under), alpha / 255.0
    return QColor(round(c.red() * a + u.red() * (1 - a)), round(c.green() * a + u.green() * (1 - a)),
                  round(c.blue() * a + u.blue() * (1 - a)))


_EMPTY_F = np.empty(0)
_EMPTY_I = np.empty(0, dtype=np.int64)


@dataclass
class Frame:
    """One view's geometry. Labels are kept as parallel arrays (one entry per label drawn): building
    a thousand Python objects per frame costs more than drawing them."""

    key: tuple
    lanes: list[LaneFrame] = field(default_factory=list)
    lab_event: np.ndarray = field(default_factory=lambda: _EMPTY_I)  # event index, -1 for a count badge
    lab_x: np.ndarray = field(default_factory=lambda: _EMPTY_F)
    lab_y: np.ndarray = field(default_factory=lambda: _EMPTY_F)
    lab_w: np.ndarray = field(default_factory=lambda: _EMPTY_F)
    lab_extra: np.ndarray = field(default_factory=lambda: _EMPTY_I)  # hidden labels it stands for / badge count
    lab_h: float = 0.0
    badge_text: dict[int, str] = field(default_factory=dict)  # label position -> text, for count badges
    view_px: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # left, right, top, bottom (viewport px)


class TimelineCanvas(pg.GraphicsObject):
    """Draws a `TimelineLayout`. Lane i covers data y in [i, i+1]; the view box is y-inverted, lane 0 on top."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: TimelineLayout | None = None
        self.empty_text = "No dated events to show"  # drawn when there is no lane (set by the timeline widget)
        self.palette = THEMES["light"]
        self.selected: int | None = None
        self._pinned: tuple = (None, None)  # (frame key, selected, frame id), the pinned label box (or None)
        self.highlighted_actor: str | None = None
        self._emphasis: np.ndarray = np.zeros(0, dtype=bool)
        self._bounds = QRectF(0, 0, 1, 1)
        self._ratio_override: float | None = None
        self._version = 0
        self._frame: Frame | None = None
        # on screen, lanes, grid and marks are kept as a picture of the viewport until the view, the data or
        # the highlight change: selecting an event (stepping) then only redraws the ring and the labels
        self._base: QPixmap | None = None
        self._base_key: tuple | None = None
        self._base_x_key: tuple | None = None  # the time range (and style) of the last picture drawn
        self._base_tx = 0.0  # x offset (data -> viewport px) the view picture was drawn at
        self._base_ticks: tuple = ()
        self._marks_serial = 0  # counts the changes of `_base`
        self._marks_scroll: tuple | None = None  # (serial before, shift x, shift y, strips) when last scrolled
        # the picture of the marks with the labels on it (see `_labelled_picture`), what it shows, its frame
        self._labelled: QPixmap | None = None
        self._labelled_key: tuple | None = None
        self._labelled_frame: Frame | None = None
        self._direct_key: tuple | None = None  # the last view painted without that picture
        self._copy_frags = Primitives(QPainter.PixmapFragment, 10)
        self._rects = BatchRects()
        self._sprites = Sprites()
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self._metrics = QFontMetricsF(self.font)
        self._widths = np.zeros(0)
        self._suffix_width = self._metrics.horizontalAdvance(" +999")
        # (label widths are whole pixels, and labels sit on whole pixels: see `LabelAtlas`)
        # width of "+n" for every count a label can carry (at most LABEL_LIMIT hidden labels), 0 for none
        self._suffix_w = np.ceil([0.0] + [self._metrics.horizontalAdvance(f"+{n}") + 1.0
                                          for n in range(1, LABEL_LIMIT + 1)])
        self._suffix_text: dict[int, QStaticText] = {}
        self._badge_widths: dict[str, float] = {}
        self._badge_static: dict[str, QStaticText] = {}
        self._static: dict[int, QStaticText] = {}
        self._atlas = LabelAtlas()
        self._atlas_widths: np.ndarray | None = None
        self._text_colours: tuple = (None, None, None)  # (palette, label colour, "+n" colour) of the atlas
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption, False)

    # state -------------------------------------------------------------------------------------------
    def set_layout(self, layout: TimelineLayout) -> None:
        old, self.layout = self.layout, layout
        if old is None or len(old.labels) != len(layout.labels) or old.labels != layout.labels:
            # (the same events laid out again, for another event scope or actor filter, keep the labels measured
            # and the static texts made: measuring 20,000 labels took 60-100 ms)
            self._widths = np.full(len(layout.event_ids), np.nan)
            self._static: dict[int, QStaticText] = {}
        if len(layout.event_ids) <= EAGER_MEASURE and np.isnan(self._widths).any():
            # measure now, so stepping and panning never have to
            adv = self._metrics.horizontalAdvance
            self._widths[:] = np.ceil([adv(t) + 2 * LABEL_PAD for t in layout.labels])
        if self.selected is not None and self.selected >= len(layout.event_ids):
            self.selected = None
        self._update_emphasis()
        self._changed()

    def set_palette(self, palette: dict[str, str]) -> None:
        self.palette = palette
        self._changed()

    def set_selected(self, index: int | None) -> None:
        self.selected = index
        self.update()  # where things are does not change: the cached frame stays

    def set_highlighted_actor(self, actor_id: str | None) -> None:
        self.highlighted_actor = actor_id
        self._update_emphasis()
        self.update()

    def _update_emphasis(self) -> None:
        lay = self.layout
        if lay is None:
            self._emphasis = np.zeros(0, dtype=bool)
            return
        a = self.highlighted_actor
        if a is None:
            self._emphasis = np.zeros(len(lay.event_actors), dtype=bool)
            return
        self._emphasis = np.array([a in ids for ids in lay.event_actors], dtype=bool)

    def _changed(self) -> None:
        self._version += 1
        self._frame = None
        self.update()

    # QGraphicsItem ------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def viewRangeChanged(self, *args) -> None:
        vb = self.getViewBox()
        rect = vb.viewRect() if vb is not None else None  # the range asked for, even before the view repaints
        if rect is not None:
            # a margin of one view on each side keeps the item drawn while the range settles. The bounds stay
            # while they hold the view and are under five views wide and tall: a new bounding rect (the scene
            # re-indexes the item) at every step or pan frame is not needed
            b = self._bounds
            if not (b.contains(rect) and b.width() <= 5 * rect.width() and b.height() <= 5 * rect.height()):
                self.prepareGeometryChange()
                self._bounds = rect.adjusted(-rect.width(), -rect.height(), rect.width(), rect.height())
        self._frame = None
        self.update()

    def dataBounds(self, ax, frac=1.0, orthoRange=None):
        return None

    # frame geometry (viewport pixels) ---------------------------------------------------------------
    def _device(self, snap: bool = True) -> QTransform | None:
        """Data -> viewport pixels. Snapped (moved by under half a device pixel) so that data y `TALL_Y0` falls
        on a whole device pixel: the picture of all lanes (see `_paint_frame_cached`) is then drawn at a
        whole-pixel offset, and whatever is drawn over it (ring, labels) with the same snapped geometry lines up
        with it exactly."""
        view = self.getViewWidget()
        if view is None:  # not in a view yet
            return None
        t = self.deviceTransform(view.viewportTransform())
        if snap:
            off = t.m22() * TALL_Y0 + t.m32()
            delta = float(snap_px(off, self._ratio())) - off
            if delta:
                t = QTransform(t.m11(), t.m12(), t.m21(), t.m22(), t.m31(), t.m32() + delta)
        return t

    def set_device_ratio(self, ratio: float | None) -> None:
        """Lay the frame out for this device pixel ratio instead of the screen's (None: the screen's): the PNG
        export draws at its own scale, whatever the screen the program runs on."""
        self._ratio_override = ratio
        self._changed()

    def _ratio(self) -> float:
        """Device pixel ratio the frame is laid out for: the export's, else the view's (1.0 when in none)."""
        if self._ratio_override is not None:
            return self._ratio_override
        view = self.getViewWidget()
        return float(view.devicePixelRatioF()) if view is not None else 1.0

    def frame(self) -> Frame | None:
        """Where everything is drawn in the current view, in viewport pixels; cached until the view or the
        data change."""
        lay = self.layout
        dev = self._device()
        view = self.viewRect()
        if lay is None or dev is None or view is None:
            return None
        key = (self._version, dev.m11(), dev.m22(), dev.m31(), dev.m32(), view.left(), view.right(), self._ratio())
        if self._frame is not None and self._frame.key == key:
            return self._frame
        self._frame = self._compute_frame(key, lay, dev, view)
        return self._frame

    def _label_widths(self, events: np.ndarray) -> np.ndarray:
        w = self._widths[events]
        missing = np.flatnonzero(np.isnan(w))
        if len(missing):
            adv = self._metrics.horizontalAdvance
            labels = self.layout.labels
            for j in missing:
                e = int(events[j])
                self._widths[e] = np.ceil(adv(labels[e]) + 2 * LABEL_PAD)
            w = self._widths[events]
        return w

    def _compute_frame(self, key: tuple, lay: TimelineLayout, dev: QTransform, view: QRectF,
                       labels: bool = True) -> Frame:
        sx, tx, sy, ty = dev.m11(), dev.m31(), dev.m22(), dev.m32()
        frame = Frame(key=key)
        if sx == 0:
            return frame
        left_px = sx * view.left() + tx
        right_px = sx * view.right() + tx
        # reach a little left of the view so labels of events just off-screen still show
        reach = (320.0 if labels else POINT_SIZE + 2.0) / abs(sx)
        xmin, xmax = view.left() - reach, view.right() + POINT_SIZE / abs(sx)
        line_h = self._metrics.height() + 1.0
        frame.lab_h = line_h - 1.0
        parts: list[tuple[np.ndarray, ...]] = []
        badges: list[str] = []
        # lanes scrolled out of view are neither culled nor labelled: only a few of many lanes show at a time
        view_y0, view_y1 = sorted((sy * view.top() + ty, sy * view.bottom() + ty))
        frame.view_px = (left_px, right_px, view_y0, view_y1)
        dpr = self._ratio()
        for lane in range(lay.n_lanes):
            top = sy * lay.lane_top[lane] + ty
            height = sy * (lay.lane_top[lane + 1] - lay.lane_top[lane])
            mark_y = top + min(max(sy * 0.55, 7.0), 14.0)
            # (a lane just out of view still has its marks drawn: they may reach into the view)
            if top + height < view_y0 - EDGE_PX or top > view_y1 + EDGE_PX:
                frame.lanes.append(LaneFrame(top, height, mark_y, _EMPTY_I, _EMPTY_F, _EMPTY_F))
                continue
            marks = lay.marks_in_range(lane, xmin, xmax)
            # on a 1/64 device pixel grid: a view moved by whole device pixels then moves every mark by exactly as
            # much (the offset `tx` carries rounding errors), so a scrolled picture is drawn as a fresh one is
            px0 = fine_grid(sx * lay.mark_x0[marks] + tx, dpr)
            px1 = fine_grid(sx * lay.mark_x1[marks] + tx, dpr)
            frame.lanes.append(LaneFrame(top, height, mark_y, marks, px0, px1))
            if not labels or top + height < view_y0 - 1.0 or top > view_y1 + 1.0:
                continue
            below = mark_y + BAR_HEIGHT / 2 + 2.0  # top of label row 1; row 0 is the marker line
            n_rows = 1 + int((top + height - 1.0 - below) // line_h)
            if top + height < mark_y + line_h / 2 or len(marks) == 0:
                continue
            on_screen = (px1 >= left_px) & (px0 <= right_px)
            if int(on_screen.sum()) > LABEL_LIMIT:
                row_y = below if n_rows > 1 else mark_y - line_h / 2
                parts.append(self._count_badges(px0[on_screen], px1[on_screen], left_px, right_px, row_y, badges))
                continue
            events = lay.mark_event[marks]
            points = lay.is_point[events]
            starts = np.where(points, px0 + POINT_SIZE / 2 + 3.0, np.maximum(px0, left_px) + 2.0)
            # a label on the marker line must end before the next marker starts; bars keep it free
            edges = px0[np.r_[True, px0[1:] != px0[:-1]]]  # np.unique(px0): marks are sorted by start
            nxt = np.searchsorted(edges, px0 + 0.5, side="left")
            limit = np.where(nxt < len(edges), edges[np.minimum(nxt, len(edges) - 1)] - POINT_SIZE / 2 - 3.0, np.inf)
            limit = np.where(points, limit, -np.inf)
            order = np.argsort(starts, kind="stable")
            starts, events, limit = starts[order], events[order], limit[order]
            widths = self._label_widths(events)
            rows, counts = pack_labels(starts, widths + self._suffix_width, n_rows, LABEL_GAP, limit)
            keep = np.flatnonzero((rows >= 0) & (starts <= right_px))
            extra = counts[keep]
            width = widths[keep] + self._suffix_w[np.minimum(extra, LABEL_LIMIT)]
            r = rows[keep]
            # on whole device pixels: labels are stamped from the atlas pixel for pixel (at a ratio of 1.25 a whole
            # logical pixel falls between device pixels, and stamps there came out differently on the view and on
            # the labelled picture)
            y = snap_px(np.where(r == 0, mark_y - line_h / 2, below + (r - 1) * line_h), dpr)
            x = snap_px(starts[keep], dpr)
            # labels packed but wholly out of view (left of it, or in rows scrolled away) are not drawn: a
            # third of them when zoomed in, each rendered once and stamped every frame otherwise
            seen = (x + width >= left_px) & (y + frame.lab_h >= view_y0) & (y <= view_y1)
            parts.append((events[keep][seen], x[seen], y[seen], width[seen], extra[seen]))
        if parts:
            frame.lab_event = np.concatenate([p[0] for p in parts]).astype(np.int64)
            frame.lab_x = np.concatenate([p[1] for p in parts]).astype(float)
            frame.lab_y = np.concatenate([p[2] for p in parts]).astype(float)
            frame.lab_w = np.concatenate([p[3] for p in parts]).astype(float)
            frame.lab_extra = np.concatenate([p[4] for p in parts]).astype(np.int64)
            badge_at = np.flatnonzero(frame.lab_event < 0)
            frame.badge_text = dict(zip(badge_at.tolist(), badges))
        return frame

    def _count_badges(self, px0, px1, left_px, right_px, row_y, texts: list[str]) -> tuple[np.ndarray, ...]:
        """Where labels would crowd: one "n events" badge per stretch of `CLUSTER_BIN` pixels."""
        centres = np.clip((px0 + px1) / 2, left_px, right_px)
        bins = np.floor((centres - left_px) / CLUSTER_BIN).astype(np.int64)
        ids, counts = np.unique(bins, return_counts=True)
        widths = []
        cache = self._badge_widths
        for c in counts.tolist():
            text = f"{c:,} events" if c > 1 else "1 event"
            texts.append(text)
            w = cache.get(text)
            if w is None:
                w = cache[text] = self._metrics.horizontalAdvance(text) + 2 * LABEL_PAD
            widths.append(w)
        n = len(ids)
        return (np.full(n, -1), left_px + ids * CLUSTER_BIN + 2.0, np.full(n, row_y), np.array(widths), counts)

    # hit testing ------------------------------------------------------------------------------------
    def event_at(self, x: float, y: float) -> int | None:
        """Index of the event drawn under viewport pixel (x, y): a label, a point or a bar; else None."""
        frame = self.frame()
        if frame is None:
            return None
        pinned = self.pinned_label()
        if pinned is not None and pinned.rect.contains(QPointF(x, y)):
            return pinned.event
        inside = np.flatnonzero((frame.lab_event >= 0) & (frame.lab_x <= x) & (x <= frame.lab_x + frame.lab_w)
                                & (frame.lab_y <= y) & (y <= frame.lab_y + frame.lab_h))
        if len(inside):
            return int(frame.lab_event[inside[0]])
        lay = self.layout
        for lf in frame.lanes:
            if not (lf.top <= y < lf.top + lf.height) or len(lf.marks) == 0:
                continue
            if abs(y - lf.mark_y) > BAR_HEIGHT:
                return None
            events = lay.mark_event[lf.marks]
            points = lay.is_point[events]
            dist = np.where(points, np.abs(lf.px0 - x), np.where((lf.px0 <= x) & (x <= lf.px1), 0.0, np.inf))
            dist = np.where(points, dist, dist + 0.5)  # a point on top of a bar wins
            j = int(np.argmin(dist))
            if dist[j] <= POINT_SIZE * 0.7:
                return int(events[j])
            return None
        return None

    def badge_span_at(self, x: float, y: float) -> tuple[float, float] | None:
        """The viewport x range a count badge under (x, y) stands for, if there is one."""
        frame = self.frame()
        if frame is None:
            return None
        hit = np.flatnonzero((frame.lab_event < 0) & (frame.lab_x <= x) & (x <= frame.lab_x + frame.lab_w)
                             & (frame.lab_y <= y) & (y <= frame.lab_y + frame.lab_h))
        if not len(hit):
            return None
        left = float(frame.lab_x[hit[0]]) - 2.0
        return left, left + CLUSTER_BIN

    def label_boxes(self) -> list[LabelBox]:
        """Every label and count badge of the current view, with its rectangle in viewport pixels."""
        frame = self.frame()
        if frame is None:
            return []
        labels = self.layout.labels
        out = []
        for i, e in enumerate(frame.lab_event.tolist()):
            text = frame.badge_text.get(i, "") if e < 0 else labels[e]
            rect = QRectF(float(frame.lab_x[i]), float(frame.lab_y[i]), float(frame.lab_w[i]), frame.lab_h)
            out.append(LabelBox(e, rect, text, int(frame.lab_extra[i])))
        return out

    def pinned_label(self, frame: Frame | None = None) -> LabelBox | None:
        """The selected event's label drawn on top of the others, when packing left it hidden, counted on a
        neighbour ("+n"), as a count badge, or cut at the view's right edge; None when its packed label reads
        in full (or the event is not in view). Placed next to its first mark in view (below it, or above when
        the lane's bottom is out of view), kept inside the view."""
        frame = frame if frame is not None else self.frame()  # (painting passes the frame it paints)
        lay, sel = self.layout, self.selected
        if frame is None or lay is None or sel is None or not lay.labels[sel] or frame.lab_h <= 0:
            return None
        key = (frame.key, sel, id(frame))
        if self._pinned[0] != key:
            self._pinned = (key, self._place_pinned_label(frame, lay, sel))
        return self._pinned[1]

    def _place_pinned_label(self, frame: Frame, lay: TimelineLayout, sel: int) -> LabelBox | None:
        left, right, top, bottom = frame.view_px
        hits = np.flatnonzero(frame.lab_event == sel)
        if len(hits) and bool(np.any((frame.lab_x[hits] >= left - 0.5)
                                     & (frame.lab_x[hits] + frame.lab_w[hits] <= right + 0.5))):
            return None
        width = float(self._label_widths(np.array([sel]))[0])
        for lf in frame.lanes:
            if not (top <= lf.mark_y <= bottom):
                continue
            at = np.flatnonzero((lay.mark_event[lf.marks] == sel) & (lf.px1 >= left) & (lf.px0 <= right))
            if not len(at):
                continue
            j = int(at[0])
            x0 = float(lf.px0[j])
            x = x0 + POINT_SIZE / 2 + 3.0 if lay.is_point[sel] else max(x0, left) + 2.0
            x = max(left + 1.0, min(x, right - width - 1.0))
            y = lf.mark_y + BAR_HEIGHT / 2 + 2.0
            if y + frame.lab_h > bottom:
                y = lf.mark_y - BAR_HEIGHT / 2 - 2.0 - frame.lab_h
            return LabelBox(sel, QRectF(round(x), round(y), width, frame.lab_h), lay.labels[sel])
        return None

    def _paint_pinned_label(self, painter: QPainter, frame: Frame) -> None:
        """The selected event's label, on top of every other one, when its own place could not show it."""
        box = self.pinned_label(frame)
        if box is None:
            return
        pal = self.palette
        painter.setPen(QPen(QColor(pal["selection"]), 1.2))
        painter.setBrush(QColor(pal["label_halo"]))
        painter.drawRect(box.rect)
        painter.setFont(self.font)
        painter.setPen(QPen(QColor(pal["label"])))
        painter.drawStaticText(QPointF(box.rect.left() + LABEL_PAD, box.rect.top()), self._static_text(box.event))

    # painting ---------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        frame = self.frame()
        lay = self.layout
        if frame is None or lay is None:
            return
        dev = self._device()
        inverse, ok = dev.inverted()
        if not ok:
            return
        painter.save()
        try:
            if (self._ratio_override is None and isinstance(widget, QWidget)
                    and isinstance(painter.device(), QWidget)):
                self._paint_frame_cached(painter, frame, lay, dev, widget)
            else:  # a picture (export; `QWidget.render` paints it through the widget too): straight onto it
                self._paint_frame(painter, frame, lay, dev)
        except Exception:  # never let an error escape into Qt's paint loop: log it, skip this frame
            log.exception("timeline paint failed")
        finally:
            painter.restore()

    def _paint_frame_cached(self, painter: QPainter, frame: Frame, lay: TimelineLayout, dev: QTransform,
                            widget: QWidget) -> None:
        inverse, _ = self._device(snap=False).inverted()
        painter.setTransform(inverse * painter.transform())  # draw in viewport pixels
        view = self.viewRect()
        left = dev.m11() * view.left() + dev.m31()
        right = dev.m11() * view.right() + dev.m31()
        dpr = widget.devicePixelRatioF()
        # the picture of every lane is made once the lanes scroll under an unchanged time range (as stepping
        # does); while the time range changes (pan, zoom) only what is in view is drawn
        x_key = (self._version, dev.m11(), dev.m31(), view.left(), view.right(), self.highlighted_actor,
                 id(self.palette), widget.width(), dpr)
        view_key = ("view", frame.key, self.highlighted_actor, id(self.palette), widget.width(), widget.height(), dpr)
        build_tall = self._base_key != view_key and self._base_x_key == x_key
        marks_at = self._paint_tall_base(lay, dev, view, widget, left, right, dpr, build_tall)
        if marks_at is None:
            self._paint_view_base(frame, lay, dev, view_key, widget, left, right, dpr)
            marks_at = 0.0
        self._base_x_key = x_key
        labelled = self._labelled_picture(frame, widget, dpr, marks_at)
        if labelled is not None:
            painter.drawPixmap(QPointF(0.0, 0.0), labelled)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        else:
            painter.drawPixmap(QPointF(0.0, marks_at), self._base)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._stamp_labels(painter, frame)
        self._paint_selection(painter, frame, lay)
        self._paint_label_outline(painter, frame)
        self._paint_reference_label(painter, lay, dev, view, left, right)

    def _labelled_picture(self, frame: Frame, widget: QWidget, dpr: float, marks_at: float) -> QPixmap | None:
        """The picture of the lanes and marks (`self._base`, drawn at y `marks_at`) with the frame's labels
        stamped on it, viewport-sized; None when the caller should draw the labels itself this time.

        It is made when a view is painted a second time unchanged (selecting another event in view, a
        repaint), and kept while neither the marks nor the labels change: selecting then draws only the ring
        and an outline over it. When the picture of the marks is then scrolled (a step re-centring, a pan),
        this one is scrolled the same way: the strips uncovered are copied from the marks, and only the labels
        that moved, appeared or touch those strips are drawn again (each label's rectangle first reset to the
        marks under it: labels never overlap, so this is what a fresh picture holds). When most labels changed
        (packing a crowded view again from another start places most of them anew) it is dropped instead:
        stamping them straight onto the view costs less than resetting and stamping each one here."""
        size = (max(1, round(widget.width() * dpr)), max(1, round(widget.height() * dpr)))
        key = (self._marks_serial, marks_at, frame.key, id(self.palette), self._version, size, dpr)
        pic = self._labelled
        if not KEEP_LABELLED:
            return None
        if pic is not None and self._labelled_key == key:
            return pic
        old_key, old_frame, scroll = self._labelled_key, self._labelled_frame, self._marks_scroll
        self._labelled_key, self._labelled_frame = None, None
        if (pic is not None and old_key is not None and old_frame is not None and scroll is not None
                and dpr == 1.0 and marks_at == 0.0 and old_key[1] == 0.0 and old_key[3:] == key[3:]
                and old_key[0] == scroll[0] and self._marks_serial == scroll[0] + 1
                and self._update_labelled(pic, old_frame, frame, scroll)):
            self._labelled_key, self._labelled_frame = key, frame
            return pic
        if self._direct_key != key:  # the first paint of this view: no picture (it may not be painted again)
            self._direct_key = key
            return None
        if pic is None or (pic.width(), pic.height()) != size:
            pic = self._labelled = QPixmap(*size)
        pic.setDevicePixelRatio(dpr)
        pic.fill(Qt.GlobalColor.transparent)
        p = QPainter(pic)
        try:
            p.drawPixmap(QPointF(0.0, marks_at), self._base)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._stamp_labels(p, frame)
        finally:
            p.end()
        self._labelled_key, self._labelled_frame = key, frame
        return pic

    def _update_labelled(self, pic: QPixmap, old: Frame, new: Frame, scroll: tuple) -> bool:
        """Scroll the labelled picture as the marks were scrolled and draw what changed; False, with nothing
        done, when over half the labels would be drawn again."""
        _, shift_x, shift_y, strips = scroll  # device pixels (= viewport pixels: only done at ratio 1)

        def label_keys(f: Frame, dx: float, dy: float) -> list[tuple]:
            texts = [f.badge_text.get(i, "") for i in range(len(f.lab_event))] if f.badge_text else None
            return list(zip(f.lab_event.tolist(), (f.lab_x + dx).tolist(), (f.lab_y + dy).tolist(),
                            f.lab_w.tolist(), f.lab_extra.tolist(), *( [texts] if texts else [])))

        before = label_keys(old, shift_x, shift_y)
        after = label_keys(new, 0.0, 0.0)
        touching = np.zeros(len(after), dtype=bool)
        x0, y0 = new.lab_x, new.lab_y
        x1, y1 = x0 + new.lab_w, y0 + new.lab_h
        for sx0, sx1, sy0, sy1 in strips:
            touching |= (x1 >= sx0) & (x0 <= sx1) & (y1 >= sy0) & (y0 <= sy1)
        kept = set(before)
        redraw = np.flatnonzero(touching | np.array([k not in kept for k in after], dtype=bool))
        if 2 * len(redraw) > len(after):
            return False
        pic.scroll(shift_x, shift_y, pic.rect())
        now = set(after)
        gone = np.flatnonzero(np.array([k not in now for k in before], dtype=bool))
        # rectangles to reset to the marks: the strips, the labels gone, and those drawn again
        rx = np.concatenate([old.lab_x[gone] + shift_x, new.lab_x[redraw]])
        ry = np.concatenate([old.lab_y[gone] + shift_y, new.lab_y[redraw]])
        rw = np.concatenate([old.lab_w[gone], new.lab_w[redraw]])
        rh = np.full(len(rx), new.lab_h)
        w, h = float(pic.width()), float(pic.height())
        for sx0, sx1, sy0, sy1 in strips:
            a, b = max(sx0, 0.0), min(sx1, w)
            c, d = max(sy0, 0.0), min(sy1, h)
            if b > a and d > c:
                rx, ry = np.append(rx, a), np.append(ry, c)
                rw, rh = np.append(rw, b - a), np.append(rh, d - c)
        # labels sit on whole pixels but their height need not be whole: reset whole pixels around them
        ex0, ey0 = np.clip(np.floor(rx), 0, w), np.clip(np.floor(ry), 0, h)
        ex1, ey1 = np.clip(np.ceil(rx + rw), 0, w), np.clip(np.ceil(ry + rh), 0, h)
        keep = (ex1 > ex0) & (ey1 > ey0)
        p = QPainter(pic)
        try:
            if keep.any():
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                self._copy_rects(p, self._base, ex0[keep], ey0[keep], ex1[keep] - ex0[keep], ey1[keep] - ey0[keep])
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._stamp_labels(p, new, redraw)
        finally:
            p.end()
        return True

    def _copy_rects(self, painter: QPainter, source: QPixmap, x, y, w, h) -> None:
        """Copy rectangles (whole pixels, same place) of `source` onto the painter's device, in one call."""
        frags = self._copy_frags.fill(len(x))
        frags[:, 0] = x + w / 2  # fragments are placed by their centre
        frags[:, 1] = y + h / 2
        frags[:, 2] = x
        frags[:, 3] = y
        frags[:, 4] = w
        frags[:, 5] = h
        frags[:, 6:10] = (1.0, 1.0, 0.0, 1.0)
        painter.drawPixmapFragments(*self._copy_frags.args(len(x)), source)

    def _paint_tall_base(self, lay: TimelineLayout, dev: QTransform, view: QRectF, widget: QWidget, left: float,
                         right: float, dpr: float, build: bool) -> float | None:
        """Lanes, grid and marks of *every* lane for the current time range, kept as one picture: scrolling the
        lanes (which a step does whenever the event's lane is out of view) then only shows another part of it.
        Returns the viewport y to draw it at; None (nothing done) when there is no such picture for this view
        and `build` is False, when there are no lanes, or when the picture would be too tall."""
        sx, tx, sy, ty = dev.m11(), dev.m31(), dev.m22(), dev.m32()
        if not TALL_BASE or not lay.n_lanes or sy <= 0:
            return None
        y_hi = float(np.ceil(max(lay.total_rows, view.bottom()))) + 1.0
        height = sy * (y_hi - TALL_Y0)
        if height * dpr > TALL_MAX_PX or height > TALL_MAX_VIEWS * max(widget.height(), 1):
            return None
        key = ("tall", self._version, sx, tx, sy, view.left(), view.right(), y_hi, self.highlighted_actor,
               id(self.palette), widget.width(), dpr)
        if self._base is None or self._base_key != key:
            if not build:
                return None
            tall_dev = QTransform(sx, 0.0, 0.0, sy, tx, -sy * TALL_Y0)  # data y TALL_Y0 at the picture's top
            tall_view = QRectF(view.left(), TALL_Y0, view.width(), y_hi - TALL_Y0)
            frame = self._compute_frame(key, lay, tall_dev, tall_view, labels=False)
            size = (max(1, round(widget.width() * dpr)), max(1, int(np.ceil(height * dpr))))
            self._base = self._base_picture(None, size, dpr, frame, lay, tall_dev, tall_view, left, right)
            self._base_key = key
            self._marks_changed()
        return float(snap_px(sy * TALL_Y0 + ty, dpr))

    def _base_picture(self, reuse: QPixmap | None, size: tuple[int, int], dpr: float, frame: Frame,
                      lay: TimelineLayout, dev: QTransform, view: QRectF, left: float, right: float) -> QPixmap:
        """Lanes, grid and marks painted into a transparent pixmap of `size` device pixels (`reuse` when it has
        that size: cheaper than a new one)."""
        base = reuse if reuse is not None and (reuse.width(), reuse.height()) == size else QPixmap(*size)
        base.setDevicePixelRatio(dpr)
        base.fill(Qt.GlobalColor.transparent)
        p = QPainter(base)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_base(p, frame, lay, dev, view, left, right)
        finally:
            p.end()
        return base

    def _marks_changed(self, scroll: tuple | None = None) -> None:
        """The picture of the marks was drawn again (`scroll` None), or scrolled (`scroll`: the device pixels
        it moved by and the strips drawn, in viewport pixels): the labelled picture follows."""
        self._marks_scroll = None if scroll is None else (self._marks_serial,) + scroll
        self._marks_serial += 1

    def _paint_view_base(self, frame: Frame, lay: TimelineLayout, dev: QTransform,
                         key: tuple, widget: QWidget, left: float, right: float, dpr: float) -> None:
        """Lanes, grid and marks of what is in view, kept as a viewport-sized picture. When only the time range
        moved by whole pixels (a step re-centring, a pan), the picture is scrolled and only the strip it
        uncovers is drawn."""
        view = self.viewRect()
        if self._base is None or self._base_key != key:
            if not self._scroll_base(frame, lay, dev, view, key, left, right, dpr):
                size = (max(1, round(widget.width() * dpr)), max(1, round(widget.height() * dpr)))
                self._base = self._base_picture(self._base, size, dpr, frame, lay, dev, view, left, right)
                self._marks_changed()
            self._base_key, self._base_tx = key, dev.m31()
            self._base_ticks = self._tick_style(view, left, right)

    def _tick_style(self, view: QRectF, left: float, right: float) -> tuple:
        step, _, minor = date_ticks(view.left(), view.right(), right - left)
        return step, len(minor) > 0

    def _scroll_base(self, frame: Frame, lay: TimelineLayout, dev: QTransform, view: QRectF, key: tuple,
                     left: float, right: float, dpr: float) -> bool:
        """Scroll the picture of the view and draw what it uncovers, when the last picture shows the same data
        at the same scale shifted by whole device pixels (a step re-centring, a pan, the lanes scrolling).
        False, with nothing done, when it does not."""
        old = self._base_key
        if (not SCROLL_BASE or self._base is None or old is None or old[0] != "view" or len(old) != len(key)
                or not frame.lanes):
            return False
        # marks merged per pixel (a crowded lane) are clipped to the view before merging: not the same picture
        # once moved, so such a view is drawn again
        if any(len(lf.marks) > DETAIL_LIMIT for lf in frame.lanes):
            return False
        (_, (ver0, sx0, sy0, _, ty0, _, _, _), *rest0), (_, (ver, sx, sy, tx, ty, _, _, _), *rest) = old, key
        if rest0 != rest or ver0 != ver or sy0 != sy or sx0 == 0 or abs(sx - sx0) > 1e-9 * abs(sx0):
            return False
        dx, dy = tx - self._base_tx, ty - ty0
        shift_x, shift_y = round(dx * dpr), round(dy * dpr)
        top, bottom = sorted((sy * view.top() + ty, sy * view.bottom() + ty))
        if ((shift_x == 0 and shift_y == 0) or abs(dx * dpr - shift_x) > 1e-3 or abs(dy * dpr - shift_y) > 1e-3
                or abs(dx) >= (right - left) / 2 or abs(dy) >= (bottom - top) / 2):
            return False
        if self._tick_style(view, left, right) != self._base_ticks:
            return False
        dx, dy = shift_x / dpr, shift_y / dpr
        base = self._base
        base.scroll(shift_x, shift_y, base.rect())
        # what was uncovered: rectangles (x0, x1, y0, y1) in viewport px, a few pixels wider
        e, far = 4.0, 1e6
        rects = []
        if dx:
            a, b = (left, left + dx) if dx > 0 else (right + dx, right)
            cols = (float(snap_down(a, dpr)) - e, float(snap_up(b, dpr)) + e)  # on whole device pixels
            rects.append(cols + (-far, far))
        if dy:
            a, b = (top, top + dy) if dy > 0 else (bottom + dy, bottom)
            rows = (float(snap_down(a, dpr)) - e, float(snap_up(b, dpr)) + e)
            rects.append((-far, far) + rows)
        mx, my = (POINT_SIZE + 12.0) / abs(sx), (POINT_SIZE + 12.0) / abs(sy)
        vt, vb = sorted((view.top(), view.bottom()))
        p = QPainter(base)
        try:
            for x0, x1, y0, y1 in rects:
                # the marks near the rectangle, culled as the whole view culls them (a lane out of view stays out)
                d0, d1 = sorted(((y0 - ty) / sy, (y1 - ty) / sy))
                strip_view = QRectF(view)
                strip_view.setLeft(max(view.left(), (x0 - tx) / sx - mx))
                strip_view.setRight(min(view.right(), (x1 - tx) / sx + mx))
                strip_view.setTop(max(vt, d0 - my))
                strip_view.setBottom(min(vb, d1 + my))
                strip_frame = self._compute_frame(("strip",), lay, dev, strip_view, labels=False)
                clip = QRectF(x0, y0, x1 - x0, y1 - y0)
                p.setClipRect(clip)
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                p.fillRect(clip, Qt.GlobalColor.transparent)
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                self._paint_base(p, strip_frame, lay, dev, view, left, right, strip=(x0 - 1.0, x1 + 1.0))
        finally:
            p.end()
        self._marks_changed((shift_x, shift_y, rects))
        return True

    def _paint_base(self, painter: QPainter, frame: Frame, lay: TimelineLayout, dev: QTransform, view: QRectF,
                    left: float, right: float, strip: tuple[float, float] | None = None) -> None:
        """Lanes, grid, article-date line and marks: what selecting an event does not change. `strip`, if
        given, is the x range (viewport px) to draw: the painter is clipped to it."""
        # lanes and lines are drawn a little past the view's edges (which clip them and need not fall on whole
        # pixels), so that the edge pixels of a scrolled picture are the same as those of a fresh one
        x0, x1 = left - EDGE_PX, right + EDGE_PX
        if strip is not None:
            x0, x1 = max(x0, strip[0]), min(x1, strip[1])
        self._paint_lanes(painter, frame, x0, x1)
        self._paint_grid(painter, dev, view, left, right, frame, only=strip)
        self._paint_reference_line(painter, lay, dev, view, left, right)
        if not frame.lanes:
            self._paint_empty(painter, dev, view, left, right)
        for lane, lf in enumerate(frame.lanes):
            if len(lf.marks):
                self._paint_lane_marks(painter, lay, lane, lf, left, right)

    def _paint_frame(self, painter: QPainter, frame: Frame, lay: TimelineLayout, dev: QTransform) -> None:
        inverse, _ = self._device(snap=False).inverted()
        painter.setTransform(inverse * painter.transform())  # draw in viewport pixels
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        view = self.viewRect()
        left = dev.m11() * view.left() + dev.m31()
        right = dev.m11() * view.right() + dev.m31()
        self._paint_base(painter, frame, lay, dev, view, left, right)
        self._paint_selection(painter, frame, lay)
        self._paint_labels(painter, frame)
        self._paint_reference_label(painter, lay, dev, view, left, right)

    def _paint_reference_line(self, painter, lay: TimelineLayout, dev: QTransform, view: QRectF, left, right):
        """The article date: a dashed line under the events, across every lane."""
        if lay.reference_x is None:
            return
        x = float(fine_grid(dev.m11() * lay.reference_x + dev.m31(), painter_ratio(painter)))  # as the marks
        if not (left - EDGE_PX <= x <= right + EDGE_PX):
            return
        pen = QPen(QColor(self.palette["reference"]), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        y0, y1 = sorted((dev.m22() * view.top() + dev.m32(), dev.m22() * view.bottom() + dev.m32()))
        # the dashes start from data y 0, not from the view's top: they scroll with the lanes
        period = 1.5 * sum(pen.dashPattern())
        y0 = dev.m32() + np.floor((y0 - dev.m32()) / period) * period
        painter.drawLine(QPointF(x, y0), QPointF(x, y1 + EDGE_PX))

    def _paint_reference_label(self, painter, lay: TimelineLayout, dev: QTransform, view: QRectF, left, right):
        if lay.reference_x is None:
            return
        x = dev.m11() * lay.reference_x + dev.m31()
        if not (left <= x <= right):
            return
        view_top = dev.m22() * view.top() + dev.m32()
        lanes_top = dev.m32()  # data y 0: where the first lane starts; the label sits in the row above it
        h = self._metrics.height()
        if lanes_top - view_top < 0.6 * h:  # the header row is scrolled away: no room for the label
            return
        text = "article date"
        w = self._metrics.horizontalAdvance(text) + 2 * LABEL_PAD
        # beside the line, on the side with room
        x0 = x + 3.0 if x + 3.0 + w <= right else x - 3.0 - w
        rect = QRectF(x0, max(lanes_top - h - 1.0, view_top), w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolour(self.palette["background"], 220))
        painter.drawRect(rect)
        painter.setPen(QColor(self.palette["reference"]))
        painter.setFont(self.font)
        painter.drawText(QPointF(rect.left() + LABEL_PAD, rect.top() + self._metrics.ascent()), text)

    def _paint_grid(self, painter: QPainter, dev: QTransform, view: QRectF, left: float, right: float,
                    frame: Frame | None = None, only: tuple[float, float] | None = None) -> None:
        """The date grid of the view; `only` (viewport px), if given, keeps the lines inside that x range."""
        # ticks a little past the view's edges too: a line just outside the view can round onto its edge pixel;
        # the same step as the view's own ticks (the same seconds per pixel)
        per_px = view.width() / max(right - left, 1e-9)
        _, major, minor = date_ticks(view.left() - EDGE_PX * per_px, view.right() + EDGE_PX * per_px,
                                     right - left + 2 * EDGE_PX)
        top, bottom = sorted((dev.m22() * view.top() + dev.m32(), dev.m22() * view.bottom() + dev.m32()))
        top, bottom = top - EDGE_PX, bottom + EDGE_PX  # past the view's edges, which clip it
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette
        # opaque colours, blended here with what lies under them: a translucent line costs ~5x as much to draw.
        # Everywhere but the odd lanes lies the background (the even lanes' colour); odd lanes get their own
        dpr = painter_ratio(painter)
        width = hairline(dpr)
        odd = [(float(snap_px(lf.top, dpr)), float(snap_px(lf.top + lf.height, dpr)))
               for i, lf in enumerate(frame.lanes)
               if i % 2 and lf.top < bottom and lf.top + lf.height > top] if frame is not None else []
        for values, alpha in ((minor, 110), (major, 255)):
            if len(values) == 0:
                continue
            # each line fills whole device pixels (a rectangle: a 1 px pen at a ratio of 1.5 would round either
            # way, and a line at x + 0.5 logical px is half a device pixel off at a ratio of 2)
            xs = snap_px(dev.m11() * values + dev.m31(), dpr)
            if only is not None:
                xs = xs[(xs >= only[0] - 1.0) & (xs <= only[1] + 1.0)]
                if len(xs) == 0:
                    continue
            bands = [(top, bottom, pal["lane_even"])] + [(max(a, top), min(b, bottom), pal["lane_odd"]) for a, b in odd]
            painter.setPen(Qt.PenStyle.NoPen)
            n = len(xs)
            for y0, y1, under in bands:
                painter.setBrush(QColor(_blend(pal["grid"], under, alpha)))
                self._rects.draw(painter, xs, np.full(n, y0), np.full(n, width), np.full(n, y1 - y0))
        painter.restore()

    def _paint_empty(self, painter: QPainter, dev: QTransform, view: QRectF, left: float, right: float) -> None:
        top = dev.m22() * view.top() + dev.m32()
        bottom = dev.m22() * view.bottom() + dev.m32()
        text = self.empty_text
        painter.setPen(QColor(self.palette["muted"]))
        painter.setFont(self.font)
        painter.drawText(QRectF(left, min(top, bottom), right - left, abs(bottom - top)),
                         Qt.AlignmentFlag.AlignCenter, text)

    def _paint_lanes(self, painter: QPainter, frame: Frame, left: float, right: float) -> None:
        """Lane bands and the lines between lanes, on whole pixels and not antialiased: antialiased edges come
        out a level apart depending on how the painter is clipped, and a scrolled picture (drawn in clipped
        strips) must be what a fresh one is."""
        pal = self.palette
        dpr = painter_ratio(painter)
        left, right = float(snap_down(left, dpr)), float(snap_up(right, dpr))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        lay = self.layout
        for lane, lf in enumerate(frame.lanes):
            top, bottom = float(snap_px(lf.top, dpr)), float(snap_px(lf.top + lf.height, dpr))
            colour = pal["lane_odd"] if lane % 2 else pal["lane_even"]
            painter.setBrush(qcolour(colour))
            painter.drawRect(QRectF(left, top, right - left, bottom - top))
            if self.highlighted_actor is not None and lay.lanes[lane].key == self.highlighted_actor:
                painter.setBrush(qcolour(lay.lanes[lane].colour, 34))
                painter.drawRect(QRectF(left, top, right - left, bottom - top))
        painter.setBrush(qcolour(pal["lane_separator"]))
        line = hairline(dpr)
        for lf in frame.lanes[1:]:  # one pixel row (whole device pixels), where the lane starts
            painter.drawRect(QRectF(left, float(snap_px(lf.top, dpr)), right - left, line))
        painter.restore()

    def _paint_lane_marks(self, painter, lay: TimelineLayout, lane: int, lf: LaneFrame, left, right) -> None:
        events = lay.mark_event[lf.marks]
        points = lay.is_point[events]
        fuzzy = lay.fuzzy[events]
        emph = self._emphasis[events] if len(self._emphasis) else np.zeros(len(events), dtype=bool)
        if lay.lanes[lane].key != ALL_EVENTS:
            self._paint_marks(painter, lf.px0, lf.px1, points, fuzzy, emph, lf.mark_y, lay.lanes[lane].colour,
                              left, right)
            return
        # the single row: each event in the colour of its first actor, one batch per colour
        colour_of = lay.event_colour[events]
        for c in np.unique(colour_of).tolist():
            m = colour_of == c
            self._paint_marks(painter, lf.px0[m], lf.px1[m], points[m], fuzzy[m], emph[m], lf.mark_y,
                              lay.colour_table[c], left, right)

    def _paint_marks(self, painter, px0, px1, points, fuzzy, emph, y, colour, left, right) -> None:
        # bars --------------------------------------------------------------------------------------
        bars = ~points
        if bars.any():
            b0 = np.maximum(px0[bars], left - 5.0)
            b1 = np.minimum(np.maximum(px1[bars], px0[bars] + 2.0), right + 5.0)
            bf = fuzzy[bars]
            be = emph[bars]
            painter.setPen(Qt.PenStyle.NoPen)
            if be.any():
                painter.setBrush(qcolour(self.palette["highlight"], 200))
                e0, e1 = merge_bars(b0[be], b1[be])
                self._draw_bars(painter, e0 - 3, e1 + 3, y, BAR_HEIGHT + 6)
            if (~bf).any():
                painter.setBrush(qcolour(colour, SOLID_ALPHA))
                self._draw_bars(painter, *merge_bars(b0[~bf], b1[~bf]), y, BAR_HEIGHT)
            if bf.any():
                # each layer is inset from the bar's own ends, not from the view's edges, so a bar looks the same
                # wherever the view cuts it (and a scrolled picture stays true); then clipped and merged
                r0 = px0[bars][bf]
                r1 = np.maximum(px1[bars][bf], r0 + 2.0)
                width = r1 - r0
                for step, alpha in enumerate(FUZZY_ALPHA):
                    inset = width * (0.0, 0.14, 0.28)[step]
                    l0, l1 = np.maximum(r0 + inset, left - 5.0), np.minimum(r1 - inset, right + 5.0)
                    keep = l1 > l0
                    painter.setBrush(qcolour(colour, alpha))
                    self._draw_bars(painter, *merge_bars(l0[keep], l1[keep]), y, BAR_HEIGHT - 2.0 * step)
        # points ------------------------------------------------------------------------------------
        if points.any():
            px = px0[points]
            pf = fuzzy[points]
            pe = emph[points]
            pal = self.palette
            args = (pal["background"], pal["highlight"])
            if pe.any():
                self._stamp(painter, px[pe], y, "emphasis", colour, *args)
            if (~pf).any():
                self._stamp(painter, px[~pf], y, "solid", colour, *args)
            if pf.any():
                self._stamp(painter, px[pf], y, "fuzzy", colour, *args)

    def _stamp(self, painter, xs: np.ndarray, y: float, kind: str, colour: str, background: str, highlight: str):
        if len(xs) > DETAIL_LIMIT:  # many points on few pixels: one stamp per pixel is enough
            xs = np.unique(np.round(xs))
        self._sprites.stamp(painter, xs, y, kind, colour, background, highlight)

    def _draw_bars(self, painter: QPainter, x0: np.ndarray, x1: np.ndarray, y: float, h: float) -> None:
        n = len(x0)
        w = np.maximum(x1 - x0, 1.0)
        self._rects.draw(painter, x0, np.full(n, y - h / 2), w, np.full(n, h))


    def _paint_selection(self, painter: QPainter, frame: Frame, lay: TimelineLayout) -> None:
        sel = self.selected
        if sel is None:
            return
        pen = QPen(QColor(self.palette["selection"]), 2.2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for lf in frame.lanes:
            hits = np.flatnonzero(lay.mark_event[lf.marks] == sel)
            for j in hits.tolist():
                if lay.is_point[sel]:
                    r = POINT_SIZE / 2 + 4.0
                    painter.drawEllipse(QPointF(lf.px0[j], lf.mark_y), r, r)
                else:
                    w = max(lf.px1[j] - lf.px0[j], 2.0)
                    painter.drawRoundedRect(QRectF(lf.px0[j] - 3, lf.mark_y - BAR_HEIGHT / 2 - 3, w + 6, BAR_HEIGHT + 6), 3, 3)

    def _paint_labels(self, painter: QPainter, frame: Frame) -> None:
        self._stamp_labels(painter, frame)
        self._paint_label_outline(painter, frame)

    def _stamp_labels(self, painter: QPainter, frame: Frame, only: np.ndarray | None = None) -> None:
        """The labels and count badges of `frame` (`only`: the positions of those to draw; all by default)."""
        sel = np.arange(len(frame.lab_event)) if only is None else np.asarray(only, dtype=np.int64)
        n = len(sel)
        if n == 0:
            return
        pal = self.palette
        halo = qcolour(pal["label_halo"], 200)
        ev = frame.lab_event[sel]
        extras = frame.lab_extra[sel]
        lab_x, lab_y, lab_w = frame.lab_x[sel], frame.lab_y[sel], frame.lab_w[sel]
        labels = np.flatnonzero(ev >= 0)
        suffixed = np.flatnonzero((ev >= 0) & (extras > 0))
        badges = np.flatnonzero(ev < 0)
        n_events = len(self._widths)
        # event labels and their "+n" (halo and text) are stamped from the atlas, with one call; a "+n" is
        # entry n_events + n. The count badges, and everything when the atlas is full, are drawn one by one
        keys = np.concatenate([ev[labels], n_events + np.minimum(extras[suffixed], LABEL_LIMIT)])
        sx = snap_px(lab_x[suffixed] + self._widths[ev[suffixed]], painter_ratio(painter))  # as the labels
        xs = np.concatenate([lab_x[labels], sx])
        ys = np.concatenate([lab_y[labels], lab_y[suffixed]])
        if self._atlas_widths is None or len(self._atlas_widths) != n_events + LABEL_LIMIT + 1:
            self._atlas_widths = np.zeros(n_events + LABEL_LIMIT + 1)
        aw = self._atlas_widths
        aw[:n_events] = self._widths
        aw[n_events:] = self._suffix_w
        stamped = self._atlas.draw(painter, keys, xs, ys, len(aw), self._atlas_text, aw, frame.lab_h, self.font,
                                   halo, (self._version, id(pal)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        rest = badges if stamped else np.arange(n)
        self._rects.draw(painter, lab_x[rest], lab_y[rest], lab_w[rest], np.full(len(rest), frame.lab_h))
        painter.setFont(self.font)
        xs = (lab_x + LABEL_PAD).tolist()
        ys = lab_y.tolist()
        draw = painter.drawStaticText
        if not stamped:  # too many to fit the atlas: drawn one by one
            painter.setPen(QPen(QColor(pal["label"])))
            cache, make = self._static, self._static_text
            for i in labels.tolist():
                e = int(ev[i])
                draw(QPointF(xs[i], ys[i]), cache.get(e) or make(e))
            painter.setPen(QPen(QColor(pal["muted"])))
            suffix_x = (lab_x + lab_w - self._suffix_w[np.minimum(extras, LABEL_LIMIT)] + 1.0).tolist()
            for i in suffixed.tolist():
                draw(QPointF(suffix_x[i], ys[i]), self._suffix_static(int(extras[i])))
        painter.setPen(QPen(QColor(pal["muted"])))
        positions = sel.tolist()
        for i in badges.tolist():
            draw(QPointF(xs[i], ys[i]), self._badge_text_static(frame.badge_text.get(positions[i], "")))

    def _paint_label_outline(self, painter: QPainter, frame: Frame) -> None:
        """The outline of the selected event's labels."""
        if self.selected is None:
            return
        hit = np.flatnonzero(frame.lab_event == self.selected)
        if len(hit):
            painter.setPen(QPen(QColor(self.palette["selection"]), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for i in hit.tolist():
                painter.drawRect(QRectF(frame.lab_x[i], frame.lab_y[i], frame.lab_w[i], frame.lab_h))
        self._paint_pinned_label(painter, frame)

    def _atlas_text(self, key: int) -> tuple[str, QColor, float]:
        """(text, colour, x of the text) of atlas entry `key`: an event's label, or a "+n" past the events."""
        n_events = len(self._widths)
        pal = self.palette
        if self._text_colours[0] is not pal:
            self._text_colours = (pal, QColor(pal["label"]), QColor(pal["muted"]))
        if key < n_events:
            return self.layout.labels[key], self._text_colours[1], LABEL_PAD
        return f"+{key - n_events}", self._text_colours[2], 1.0

    def _badge_text_static(self, text: str) -> QStaticText:
        st = self._badge_static.get(text)
        if st is None:
            if len(self._badge_static) > 2000:
                self._badge_static.clear()
            st = self._badge_static[text] = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), self.font)
        return st

    def _suffix_static(self, count: int) -> QStaticText:
        st = self._suffix_text.get(count)
        if st is None:
            st = self._suffix_text[count] = QStaticText(f"+{count}")
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), self.font)
        return st

    def _static_text(self, event: int) -> QStaticText:
        st = self._static.get(event)
        if st is None:
            st = QStaticText(self.layout.labels[event])
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), self.font)
            self._static[event] = st
        return st
