"""The timeline view: a pyqtgraph plot with a UTC date axis, one lane per actor (or one row), and an "Undated"
strip below.

The widget observes a `Document` (`set_document`) and view settings; it never edits the model. Clicking an
event selects it and emits `eventClicked(id)`; hovering shows a tooltip and emits `eventHovered(id)`.

Keys: ``+``/``-`` zoom, Ctrl/Shift/Alt + Left/Right pan, Home or ``0`` fit all, Ctrl + Up/Down and
PageUp/PageDown scroll the lanes. Plain arrows are left to the window (event stepping). The mouse wheel zooms the
time axis, dragging pans it (and scrolls the lanes when they do not all fit).
"""

from __future__ import annotations

import html
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QScrollBar, QToolTip, QVBoxLayout, QWidget

from newsline.core.model import Document
from newsline.core.navigation import event_passes_filter

from .colours import NO_ACTOR_COLOUR, actor_colours, theme as theme_palette
from .display_prep import layout_key
from .timeline_axis import LaneAxis, date_axis
from .timeline_canvas import TimelineCanvas
from .timeline_layout import DAY, LANE_MODES, TimelineLayout, build_layout, describe_time
from .timeline_undated import UndatedArea

HEADER_ROWS = 1.3  # an empty row above the lanes, for the "article date" label
LABEL_ROOM_PX = 300.0  # fit_all leaves this much room right of the last event for its label,
LABEL_ROOM_MAX_SHARE = 0.45  # or more when a last point's label needs it, up to this share of the view
OVERHANG_EVENTS = 200  # the last points whose labels fit_all measures
POINT_LABEL_OFFSET = 10.0  # a point's label starts this far right of its date (canvas: POINT_SIZE / 2 + 3)
ROW_PX = 16.0  # a lane row is at least this tall on screen; below that, the lanes scroll
MAX_ROW_PX = 30.0  # and at most this tall when there is room to spare
REVEAL_MARGIN = 0.0  # reveal_event re-centres when the event is not in view (or this share of the width from an edge)
MIN_SPAN = 6 * 3600.0  # narrowest view: six hours
X_LIMITS = (-62135596800.0, 253402300799.0)  # 1 Jan year 1 to 31 Dec 9999: what Python dates can name
MAX_SPAN = X_LIMITS[1] - X_LIMITS[0]  # widest view: all of it


class TimelineWidget(QWidget):
    eventClicked = Signal(str)
    eventHovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._colours: dict[str, str] = {}
        self._colour_overrides: dict[str, str] = {}
        self._visible_actors: set[str] | None = None
        self._min_confidence: float | None = None
        self._lane_mode = "actors"
        self._theme = "light"
        self._selected: str | None = None
        self._highlighted: str | None = None
        self._hovered: str | None = None
        self.layout_model: TimelineLayout = build_layout(None, {})
        self.min_row_px: float | None = None
        self._lane_row_cap: int | None = None

        self.lane_axis = LaneAxis()
        self.plot = pg.PlotWidget(axisItems={"left": self.lane_axis, "bottom": date_axis()})
        self.plot.setAccessibleName("Timeline")  # the widget Tab stops at (the timeline's focus proxy)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=False, y=False)
        for name in ("top", "right"):  # hidden, but linked to the view: without this every range change
            item.getAxis(name).enableAutoSIPrefix(False)  # re-sets their (hidden) labels' HTML
        self.view = item.getViewBox()
        self.view.setMouseEnabled(x=True, y=False)
        self.view.invertY(True)
        self.view.enableAutoRange(enable=False)
        self.view.setDefaultPadding(0.0)
        self.view.setLimits(xMin=X_LIMITS[0], xMax=X_LIMITS[1], minXRange=MIN_SPAN, maxXRange=MAX_SPAN)

        self.canvas = TimelineCanvas()
        self.plot.addItem(self.canvas)
        self.view.sigXRangeChanged.connect(self.canvas.viewRangeChanged)
        self.view.sigYRangeChanged.connect(self.canvas.viewRangeChanged)
        self.view.sigYRangeChanged.connect(lambda *_: self._sync_scrollbar())
        self.view.sigResized.connect(self.canvas.viewRangeChanged)

        self.undated = UndatedArea()
        self.undated.strip.eventClicked.connect(self._undated_clicked)
        self.undated.strip.eventHovered.connect(self.eventHovered)
        self.undated.setVisible(False)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.plot, 1)
        # shows where the visible lanes are when they do not all fit; hidden otherwise
        self.lane_scrollbar = QScrollBar(Qt.Orientation.Vertical)
        self.lane_scrollbar.setVisible(False)
        self.lane_scrollbar.valueChanged.connect(self._scrollbar_moved)
        row.addWidget(self.lane_scrollbar)
        box.addLayout(row, 1)
        box.addWidget(self.undated, 0)

        scene = self.plot.scene()
        scene.sigMouseMoved.connect(self._mouse_moved)
        scene.sigMouseClicked.connect(self._mouse_clicked)
        self.plot.installEventFilter(self)
        self.setFocusProxy(self.plot)
        self.set_theme("light")
        self.fit_all()

    # --------------------------------------------------------------------------------------- interface
    def set_document(self, doc: Document | None, colours: dict[str, str] | None = None,
                     prepared: tuple[tuple, TimelineLayout] | None = None) -> None:
        """Show `doc` (None clears the view). A new article, or a new reference date, is fitted into view; the
        same article again (after a correction, say) keeps the current zoom and scroll.

        `colours`, if given, replaces the colour overrides (as `set_actor_colours`, without drawing the old
        document again). `prepared` is a (`display_prep.layout_key`, layout) pair built off the GUI thread; it
        is used when the key matches the current settings, else the layout is built here."""
        same_article = (doc is not None and self._doc is not None and doc.text == self._doc.text
                        and doc.reference_date.value == self._doc.reference_date.value)
        self._doc = doc
        if colours is not None:
            self._colour_overrides = dict(colours)
        self._colours = {**actor_colours(doc), **self._colour_overrides}
        x_range = self.view_range()
        self._rebuild(keep_top=same_article, prepared=prepared)
        if self._selected is not None and self._selected not in self.layout_model.index:
            self._selected = None
            self.undated.strip.set_selected(None)
        if same_article:
            self.set_view_range(*x_range)
        else:
            self.fit_all()

    def document(self) -> Document | None:
        return self._doc

    def set_actor_colours(self, colours: dict[str, str]) -> None:
        """Colours that win over `actor_colours(doc)`; they stay in force for later documents until replaced."""
        self._colour_overrides = dict(colours)
        self._colours = {**actor_colours(self._doc), **self._colour_overrides}
        self._rebuild(keep_top=True)

    def set_visible_actors(self, actor_ids: set[str] | None) -> None:
        """Show only events involving one of `actor_ids` (None: all). Events without any actor stay shown."""
        self._visible_actors = None if actor_ids is None else set(actor_ids)
        self._rebuild()

    def set_min_confidence(self, value: float | None) -> None:
        """Show only events whose salience (`Event.confidence`) is at least `value` (None: every event).
        Events the user edited always show. See `newsline.core.navigation.MAIN_EVENT_CONFIDENCE`."""
        if value != self._min_confidence:
            self._min_confidence = value
            self._rebuild(keep_top=True)

    def set_filters(self, actor_ids: set[str] | None, min_confidence: float | None,
                    prepared: tuple[tuple, TimelineLayout] | None = None, rebuild: bool = True,
                    keep_top: bool = True) -> None:
        """`set_visible_actors` and `set_min_confidence` at once, with one layout: `prepared` (a
        (`display_prep.layout_key`, layout) pair built off the GUI thread) if its key matches, else built here.
        `rebuild` False only records them (a `set_document` follows)."""
        self._visible_actors = None if actor_ids is None else set(actor_ids)
        self._min_confidence = min_confidence
        if rebuild:
            self._rebuild(keep_top=keep_top, prepared=prepared)

    def min_confidence(self) -> float | None:
        return self._min_confidence

    def visible_actors(self) -> set[str] | None:
        return None if self._visible_actors is None else set(self._visible_actors)

    def actor_colours(self) -> dict[str, str]:
        """The colour of every actor as drawn now."""
        return dict(self._colours)

    def set_lane_mode(self, mode: str, rebuild: bool = True) -> None:
        """Lanes by actor or one chronological row. `rebuild` False only records it (a layout made off the GUI
        thread for it follows through `set_filters`)."""
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}: use 'actors' or 'single'")
        self._lane_mode = mode
        if rebuild:
            self._rebuild()

    def lane_mode(self) -> str:
        return self._lane_mode

    def set_selected_event(self, event_id: str | None, center: bool = True) -> None:
        lay = self.layout_model
        index = lay.index.get(event_id) if event_id is not None else None
        self._selected = event_id if index is not None else None
        self.canvas.set_selected(index)
        self.undated.strip.set_selected(self._selected)
        if center and index is not None and not np.isnan(lay.x0[index]):
            (left, right), (top, bottom) = self.view.viewRange()
            mid = (lay.x0[index] + lay.x1[index]) / 2
            shift = self._whole_pixels(mid - (left + right) / 2)
            rows = self._lane_scroll_for(index)
            # one range change for both axes: pyqtgraph's range signals (axes, canvas, scrollbar) run once
            self.view.setRange(xRange=(left + shift, right + shift), yRange=(top + rows, bottom + rows),
                               padding=0.0)
            if rows:
                self._sync_scrollbar()
        elif center and index is not None and self._selected in self.undated.strip.event_ids():
            self._scroll_undated_to(self._selected)

    def reveal_event(self, event_id: str | None, margin: float = REVEAL_MARGIN) -> None:
        """Select `event_id` and make sure it is seen: the view is centred on it only when it lies outside the
        middle of the view (`margin` of the width kept clear at each side), so stepping through events that are
        all in view does not shift the timeline at every step; its lanes are scrolled into view."""
        lay = self.layout_model
        index = lay.index.get(event_id) if event_id is not None else None
        if index is None or np.isnan(lay.x0[index]):
            self.set_selected_event(event_id, center=True)
            return
        left, right = self.view.viewRange()[0]
        pad = (right - left) * margin
        inside = left + pad <= lay.x0[index] <= right - pad
        self.set_selected_event(event_id, center=not inside)
        if inside:
            self.scroll_lanes(self._lane_scroll_for(index))
        # apply a range change now rather than at the start of the next paint, which would ask for another
        # paint (axes and items hear of the new transform only then)
        self.view.updateMatrix()

    def selected_event(self) -> str | None:
        return self._selected

    def set_highlighted_actor(self, actor_id: str | None) -> None:
        self._highlighted = actor_id
        self.canvas.set_highlighted_actor(actor_id)

    def fit_all(self) -> None:
        """Show every dated event and the article date."""
        extent = self.layout_model.data_x_range()
        if extent is None:
            ref = self.layout_model.reference_x
            centre = ref if ref is not None else time.time()  # not POSIX time 0: the axis read 1970
            left, right = centre - 45 * DAY, centre + 45 * DAY
        else:
            left, right = extent
            width = max(right - left, (4 if self.layout_model.n_lanes else 30) * DAY)
            mid = (left + right) / 2
            left, right = mid - width / 2, mid + width / 2
            # a little room on the left, and room on the right for the labels of the last events
            px = max(self.view.width(), 300.0)
            label_px = min(LABEL_ROOM_PX, px * 0.35)
            per_px = width / max(px - label_px - 20.0, 50.0)
            # a long label on one of the last points needs more (it was cut mid-word in a narrow view or export)
            need = self._label_overhang(right, per_px)
            if need > label_px:
                label_px = min(need, px * LABEL_ROOM_MAX_SHARE)
                per_px = width / max(px - label_px - 20.0, 50.0)
            left -= 20.0 * per_px
            right += label_px * per_px
        self.view.setXRange(left, right, padding=0.0)
        self._fit_lanes(keep_top=True)  # the time axis is fitted; the lane scroll stays

    def _label_overhang(self, right: float, per_px: float) -> float:
        """How far (px) past x `right` the labels of the last dated points reach at `per_px` seconds a pixel
        (labels start just right of their point); the last OVERHANG_EVENTS points are measured."""
        lay = self.layout_model
        if not len(lay.x0):
            return 0.0
        near = lay.visible & lay.is_point & (lay.x0 >= right - 2.0 * LABEL_ROOM_PX * per_px)
        idx = np.flatnonzero(near)
        if not len(idx):
            return 0.0
        idx = idx[np.argsort(lay.x0[idx], kind="stable")[-OVERHANG_EVENTS:]]
        widths = self.canvas._label_widths(idx)
        reach = (lay.x0[idx] - right) / per_px + POINT_LABEL_OFFSET + widths
        return float(np.max(reach)) + 4.0

    def zoom(self, factor: float) -> None:
        """Zoom the time axis about the centre of the view: factor > 1 zooms in, < 1 zooms out."""
        if factor <= 0:
            raise ValueError("zoom factor must be positive")
        left, right = self.view.viewRange()[0]
        mid, half = (left + right) / 2, (right - left) / 2 / factor
        half = min(max(half, MIN_SPAN / 2), MAX_SPAN / 2)
        self.view.setXRange(mid - half, mid + half, padding=0.0)

    def pan(self, fraction: float) -> None:
        """Move the view by `fraction` of its width: positive goes later in time."""
        left, right = self.view.viewRange()[0]
        self._shift_view((right - left) * fraction)

    def _shift_view(self, shift: float) -> None:
        """Move the time range by `shift` seconds, rounded to whole device pixels: the canvas then scrolls its
        picture and draws only the strip uncovered (see `TimelineCanvas._scroll_base`)."""
        left, right = self.view.viewRange()[0]
        shift = self._whole_pixels(shift)
        self.view.setXRange(left + shift, right + shift, padding=0.0)

    def _whole_pixels(self, shift: float) -> float:
        """`shift` seconds rounded to whole device pixels of the view."""
        left, right = self.view.viewRange()[0]
        px = self.view.width() * self.plot.devicePixelRatioF()
        if px > 0 and right > left:
            per_px = (right - left) / px
            shift = round(shift / per_px) * per_px
        return shift

    def view_range(self) -> tuple[float, float]:
        """The visible time range, POSIX seconds UTC."""
        left, right = self.view.viewRange()[0]
        return float(left), float(right)

    def set_view_range(self, left: float, right: float) -> None:
        self.view.setXRange(left, right, padding=0.0)

    def visible_event_ids(self) -> list[str]:
        """Ids of the events the timeline shows with the current actor filter, whatever the zoom: dated ones in
        time order (ties in document order), then undated ones in text order."""
        lay = self.layout_model
        dated = np.flatnonzero(lay.visible & ~np.isnan(lay.x0))
        order = dated[np.lexsort((dated, lay.x0[dated]))]
        return [lay.event_ids[i] for i in order] + [lay.event_ids[i] for i in lay.undated]

    def set_theme(self, theme: str, rebuild: bool = True) -> None:
        """Light or dark. `rebuild` False repaints in the new palette but keeps the layout (the "No actor" lane's
        colour follows with a layout made off the GUI thread, through `set_filters`)."""
        palette = theme_palette(theme)
        self._theme = theme
        self.plot.setBackground(QColor(palette["background"]))
        item = self.plot.getPlotItem()
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(palette["muted"]))
            axis.setTextPen(pg.mkPen(palette["foreground"]))
        self.lane_axis.text_colour = palette["foreground"]
        self.lane_axis.background = palette["background"]
        self.lane_axis.picture = None
        self.lane_axis.update()
        self.canvas.set_palette(palette)
        self.undated.strip.set_palette(palette)
        if rebuild:
            self._rebuild(keep_top=True)

    def theme(self) -> str:
        return self._theme

    # ----------------------------------------------------------------------------------------- building
    def layout_key(self) -> tuple:
        """What the layout depends on besides the document (see `display_prep.layout_key`)."""
        return layout_key(self._colours, self._visible_actors, self._lane_mode, NO_ACTOR_COLOUR[self._theme],
                          self._lane_row_cap, self._min_confidence)

    def _rebuild(self, keep_top: bool = False, prepared: tuple[tuple, TimelineLayout] | None = None) -> None:
        no_actor = NO_ACTOR_COLOUR[self._theme]
        if prepared is not None and prepared[0] == self.layout_key():
            self.layout_model = lay = prepared[1]
        else:
            self.layout_model = lay = build_layout(self._doc, self._colours, self._visible_actors, self._lane_mode,
                                                   no_actor, max_rows=self._lane_row_cap,
                                                   min_confidence=self._min_confidence)
        self.canvas.empty_text = self._empty_message(lay)
        self.canvas.set_layout(lay)
        if self._selected is not None:
            self.canvas.set_selected(lay.index.get(self._selected))
        self.lane_axis.set_lanes([(ln.name, ln.colour) for ln in lay.lanes], lay.lane_top.tolist())
        self._fill_undated(lay, no_actor)
        self._fit_lanes(keep_top=keep_top)

    all_events_hint = "No main events: View > Show All Events (Ctrl+Shift+A) shows {found}"
    """What an empty timeline says when every event found is a minor one (PNG export words it its own way)."""

    def empty_message(self) -> str:
        """What the timeline says when it has no lane to draw ("" when it has some)."""
        return self.canvas.empty_text if not self.layout_model.n_lanes else ""

    def _empty_message(self, lay: TimelineLayout) -> str:
        """Why nothing is drawn, and what shows it: the ticked actors have no events, or every event found is a
        minor one (hidden by "Main events")."""
        if lay.n_lanes:
            return ""
        if lay.undated:
            return f"No dated events to show – {len(lay.undated)} undated below"
        doc = self._doc
        if doc is None:
            return "No article open: File > Open… (Ctrl+O), or drop a file here"
        if not doc.events:
            return "No dated events to show"
        of_actors = sum(1 for ev in doc.events if event_passes_filter(ev, self._visible_actors, None))
        if not of_actors:
            return "No events of the ticked actors: tick more in the Actors list"
        if self._min_confidence is not None:
            found = f"the {of_actors} events found" if of_actors != 1 else "the event found"
            return self.all_events_hint.format(found=found)
        return "No dated events to show"

    def _fill_undated(self, lay: TimelineLayout, no_actor: str) -> None:
        doc = self._doc
        items = []
        relative = 0
        for i in lay.undated:
            ev = doc.events[i]
            ids = lay.event_actors[i]
            colour = self._colours.get(ids[0], no_actor) if ids else no_actor
            if ev.time.relative_to_reference_days is not None and doc.reference_date.value is None:
                relative += 1
            items.append((ev.id, lay.labels[i], colour, self._tooltip(i)))
        note = ""
        if relative:
            note = (f"{relative} of these are dated only relative to the article date, which is not known: "
                    "set a reference date to place them.")
        self.undated.strip.set_items(items, note)
        self.undated.strip.set_selected(self._selected)
        self.undated.refresh_height()

    def _fit_lanes(self, keep_top: bool = False) -> None:
        """Lanes fill the height when they fit at `ROW_PX` a row or more; otherwise the view shows what fits
        and scrolls vertically (drag, Ctrl+Up/Down)."""
        total = max(self.layout_model.total_rows, 1.0) + HEADER_ROWS
        height = self.view.height() if self.view.height() > 0 else self.plot.height()
        fits = max(height / (self.min_row_px or ROW_PX), 1.0)
        shown = min(total, fits)
        if self.min_row_px is None:  # few lanes: rows grow up to MAX_ROW_PX, the rest stays empty below
            shown = max(shown, min(fits, height / MAX_ROW_PX))
        top = self.view.viewRange()[1][0] + HEADER_ROWS if keep_top else 0.0
        top = min(max(top, 0.0), max(total - shown, 0.0)) - HEADER_ROWS
        y_max = max(total, shown) - HEADER_ROWS
        self.view.setLimits(yMin=-HEADER_ROWS, yMax=y_max, minYRange=shown, maxYRange=shown)
        self.view.setMouseEnabled(x=True, y=shown < total)
        self.view.setYRange(top, top + shown, padding=0.0)
        self._sync_scrollbar()

    SCROLL_STEPS = 100  # scrollbar units per row

    def _sync_scrollbar(self) -> None:
        top, bottom = self.view.viewRange()[1]
        total = self.layout_model.total_rows + HEADER_ROWS
        shown = bottom - top
        bar = self.lane_scrollbar
        needed = shown < total - 1e-6
        bar.blockSignals(True)
        bar.setRange(0, int(max(total - shown, 0.0) * self.SCROLL_STEPS))
        bar.setPageStep(int(shown * self.SCROLL_STEPS))
        bar.setSingleStep(self.SCROLL_STEPS)
        bar.setValue(int(round((top + HEADER_ROWS) * self.SCROLL_STEPS)))
        bar.blockSignals(False)
        bar.setVisible(needed)

    def _scrollbar_moved(self, value: int) -> None:
        top, bottom = self.view.viewRange()[1]
        new_top = value / self.SCROLL_STEPS - HEADER_ROWS
        self.view.setYRange(new_top, new_top + (bottom - top), padding=0.0)

    def scroll_lanes(self, rows: float) -> None:
        """Scroll the lanes down by `rows` (negative: up) when they do not all fit."""
        top, bottom = self.view.viewRange()[1]
        total = self.layout_model.total_rows
        shift = min(max(top + rows, -HEADER_ROWS), max(total - (bottom - top), -HEADER_ROWS)) - top
        if shift == 0:
            return
        self.view.setYRange(top + shift, bottom + shift, padding=0.0)
        self._sync_scrollbar()

    def _lane_scroll_for(self, index: int) -> float:
        """Rows to scroll the lanes by (0: none) so that one of the lanes drawing event `index` is in view: none
        when the marker row of one of them shows; else its first lane is brought to the top. (Scrolling by as
        little as brings the nearest of its lanes in was tried: the view then sits at a lane's edge, and
        stepping through events scrolled more often, 15 times in 30 steps of bench_gui instead of 9.)"""
        lay = self.layout_model
        lanes = np.unique(lay.mark_lane[lay.mark_event == index])
        if not len(lanes):
            return 0.0
        top, bottom = self.view.viewRange()[1]
        tops = lay.lane_top[lanes]
        if np.any((tops >= top) & (tops + 1 <= bottom)):
            return 0.0
        rows = float(tops[0]) - top - 0.3
        total = lay.total_rows
        return min(max(top + rows, -HEADER_ROWS), max(total - (bottom - top), -HEADER_ROWS)) - top

    def set_min_row_height(self, pixels: float | None) -> None:
        """Rows narrower than this make the view scroll (None: the default); the export squeezes them."""
        self.min_row_px = pixels
        self._fit_lanes()

    def lane_row_cap(self) -> int | None:
        return self._lane_row_cap

    def set_lane_row_cap(self, rows: int | None) -> None:
        """At most this many rows per lane (None: the default caps); the export lowers it to fit many lanes."""
        self._lane_row_cap = rows
        self._rebuild(keep_top=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_lanes(keep_top=True)

    def _scroll_undated_to(self, event_id: str) -> None:
        ids = self.undated.strip.event_ids()
        rects = self.undated.strip.chip_rects()
        if event_id in ids and ids.index(event_id) < len(rects):
            r = rects[ids.index(event_id)]
            self.undated.ensureVisible(int(r.center().x()), int(r.center().y()), 10, int(r.height()))

    # ------------------------------------------------------------------------------------------ tooltips
    def _tooltip(self, index: int) -> str:
        doc = self._doc
        ev = doc.events[index]
        written, resolved = describe_time(ev, doc.reference_date.value)
        names = [doc.actor(a).name for a in self.layout_model.event_actors[index]]
        rows = [f"<b>{html.escape(self.layout_model.labels[index])}</b>",
                f"Written: {html.escape(written)}",
                f"Resolved: {html.escape(resolved)}"]
        if names:
            rows.append("Actors: " + html.escape(", ".join(names)))
        return "<br>".join(rows)

    def tooltip_for(self, event_id: str) -> str:
        """The hover text of an event (HTML)."""
        return self._tooltip(self.layout_model.index[event_id])

    # ------------------------------------------------------------------------------------------ mouse, keys
    def event_at(self, viewport_pos: QPointF) -> str | None:
        """Id of the event drawn at a point of the plot's viewport, if any."""
        i = self.canvas.event_at(viewport_pos.x(), viewport_pos.y())
        return self.layout_model.event_ids[i] if i is not None else None

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        vp = self.plot.mapFromScene(scene_pos)
        event_id = self.event_at(QPointF(vp))
        if event_id is None:
            if self._hovered is not None:
                QToolTip.hideText()
            self._hovered = None
            return
        if event_id != self._hovered:
            self._hovered = event_id
            self.eventHovered.emit(event_id)
        QToolTip.showText(self.plot.mapToGlobal(vp), self.tooltip_for(event_id), self.plot)

    def _mouse_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or ev.isAccepted():
            return
        vp = self.plot.mapFromScene(ev.scenePos())
        event_id = self.event_at(QPointF(vp))
        if event_id is not None:
            ev.accept()
            self.set_selected_event(event_id, center=False)
            self.eventClicked.emit(event_id)
            return
        span = self.canvas.badge_span_at(vp.x(), vp.y())
        if span is not None:  # a count badge: zoom in on the stretch it counts
            ev.accept()
            x0 = self.view.mapSceneToView(self.plot.mapToScene(int(span[0]), 0)).x()
            x1 = self.view.mapSceneToView(self.plot.mapToScene(int(span[1]), 0)).x()
            pad = (x1 - x0) * 0.1
            self.view.setXRange(x0 - pad, x1 + pad, padding=0.0)

    def _undated_clicked(self, event_id: str) -> None:
        self.set_selected_event(event_id, center=False)
        self.eventClicked.emit(event_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.plot and event.type() == QEvent.Type.KeyPress and self._handle_key(event):
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event) -> bool:
        key = event.key()
        mods = event.modifiers()
        moved = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                        | Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(0.8)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.fit_all()
        elif key == Qt.Key.Key_Left and moved:
            self.pan(-0.2)
        elif key == Qt.Key.Key_Right and moved:
            self.pan(0.2)
        elif key == Qt.Key.Key_Up and moved:
            self.scroll_lanes(-3)
        elif key == Qt.Key.Key_Down and moved:
            self.scroll_lanes(3)
        elif key == Qt.Key.Key_PageUp:
            self.scroll_lanes(-(self.view.viewRange()[1][1] - self.view.viewRange()[1][0]) * 0.8)
        elif key == Qt.Key.Key_PageDown:
            self.scroll_lanes((self.view.viewRange()[1][1] - self.view.viewRange()[1][0]) * 0.8)
        else:
            event.ignore()
            return False
        event.accept()
        return True
