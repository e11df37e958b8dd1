"""PNG export of a timeline: the same `TimelineWidget` rendered offscreen, framed by a title, a legend of the
actors shown and a caption (article title, reference date, source).

Works headless (no display needed) and writes exactly ``round(width * scale) x round(height * scale)`` pixels;
``scale`` 2 or 3 gives print resolution with the same layout (text and marks drawn at that resolution, not
enlarged). The window's File > Export PNG and ``newsline export`` both call `export_png`, so they draw the
same picture.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem

from newsline.core.errors import NewslineError
from newsline.core.model import Document
from newsline.core.navigation import EVENT_SCOPES, is_main_event, min_confidence_for

from .colours import actor_colours, theme as theme_palette
from .timeline_layout import LANE_MODES
from .timeline_undated import CHIP_GAP, CHIP_H, MARGIN as UNDATED_MARGIN, NOTE_H as UNDATED_NOTE_H
from .timeline_widget import HEADER_ROWS

MARGIN = 24.0
MIN_ROW_PX = 10.0  # the export lowers the rows per lane until every row gets at least this much
MAX_PIXELS = 20000  # per side
SWATCH = 11.0
EXPORT_DPI = 96.0  # the resolution (PNG pHYs) of a picture at scale 1


class ExportError(NewslineError):
    """The PNG could not be made or written."""


def ensure_app() -> QApplication:
    """The running QApplication, or a new one; offscreen when there is no display."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            qInstallMessageHandler(_quiet_offscreen_notes)
        app = QApplication(["newsline-export"])
    return app


_OFFSCREEN_NOTES = ("propagateSizeHints",)


def _quiet_offscreen_notes(kind: QtMsgType, context, message: str) -> None:
    """Drops the offscreen platform's note that it "does not support propagateSizeHints()" (it is printed on
    every headless export and means nothing to the user); every other Qt message still reaches stderr."""
    if any(note in message for note in _OFFSCREEN_NOTES):
        return
    sys.stderr.write(message + "\n")


def _caption(doc: Document, min_confidence: float | None = None) -> str:
    parts = []
    if doc.title:
        parts.append(doc.title)
    ref = doc.reference_date
    if ref.value is not None:
        parts.append(f"article date {ref.value.isoformat()} ({ref.source.value})")
    else:
        parts.append("article date unknown")
    if doc.source.location:
        parts.append(f"source: {doc.source.location}")
    if min_confidence is None:
        parts.append(f"{len(doc.events)} events")
    else:
        main = sum(1 for e in doc.events if is_main_event(e, min_confidence))
        parts.append(f"{main} main events of {len(doc.events)}")
    return "  \u00b7  ".join(parts)


def _check(width: int, height: int, scale: float, theme: str, lane_mode: str) -> tuple[int, int]:
    if width < 200 or height < 150:
        raise ExportError(f"image too small ({width}x{height}): at least 200x150 is needed")
    if not (0 < scale <= 8):
        raise ExportError(f"scale {scale} is out of range: use a value above 0 and at most 8")
    out_w, out_h = round(width * scale), round(height * scale)
    if max(out_w, out_h) > MAX_PIXELS:
        raise ExportError(f"image too large ({out_w}x{out_h} px): at most {MAX_PIXELS} px a side")
    theme_palette(theme)  # raises on an unknown theme
    if lane_mode not in LANE_MODES:
        raise ExportError(f"unknown lane mode {lane_mode!r}: use 'actors' or 'single'")
    return out_w, out_h


def render_timeline_image(
    doc: Document,
    *,
    width: int = 1600,
    height: int = 900,
    scale: float = 1.0,
    theme: str = "light",
    actor_ids: set[str] | None = None,
    title: str | None = None,
    view_range: tuple[float, float] | None = None,
    lane_mode: str = "actors",
    colours: dict[str, str] | None = None,
    events: str = "main",
) -> QImage:
    """The export picture as a QImage (see `export_png`)."""
    from .timeline_widget import TimelineWidget

    out_w, out_h = _check(width, height, scale, theme, lane_mode)
    if events not in EVENT_SCOPES:
        raise ExportError(f"unknown event choice {events!r}: use 'main' or 'all'")
    ensure_app()
    pal = theme_palette(theme)
    all_colours = {**actor_colours(doc), **(colours or {})}

    widget = TimelineWidget()
    widget.all_events_hint = "No main events: export all events (Show: All events, or --events all) to show {found}"
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # drawn once, at the picture's resolution: not from the lane names' cache, which is made at the screen's
    # device pixel ratio (a 1x export on a 2x screen got them scaled down from it)
    widget.lane_axis.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    widget.canvas.set_device_ratio(out_w / width)  # marks and lanes on the picture's pixels, not the screen's
    try:
        widget.set_theme(theme)
        widget.set_document(doc)
        if colours:
            widget.set_actor_colours(colours)
        widget.set_visible_actors(actor_ids)
        widget.set_min_confidence(min_confidence_for(events))
        widget.set_lane_mode(lane_mode)
        widget.set_min_row_height(1.0)  # a picture shows every lane: squeeze rather than scroll
        lanes = widget.layout_model.lanes

        # header: title and legend, measured before the timeline gets the rest of the height ------------
        title_font = QFont()
        title_font.setPointSizeF(15.0)
        title_font.setBold(True)
        legend_font = QFont()
        legend_font.setPointSizeF(9.0)
        caption_font = QFont()
        caption_font.setPointSizeF(8.5)
        tm, lm, cm = QFontMetricsF(title_font), QFontMetricsF(legend_font), QFontMetricsF(caption_font)
        heading = title if title is not None else (doc.title or "Timeline")
        inner_w = width - 2 * MARGIN
        legend_entries = [(ln.name, ln.colour) for ln in lanes] if lane_mode == "actors" else [
            (doc.actor(a).name, all_colours[a]) for a in _shown_actor_ids(doc, actor_ids)]
        legend_pos = _legend_positions(legend_entries, lm, inner_w)
        legend_h = (max(y for _, y in legend_pos) + lm.height()) if legend_pos else 0.0
        top = MARGIN + tm.height() + 8.0
        legend_top = top
        top += legend_h + (10.0 if legend_pos else 0.0)
        caption_h = cm.height()
        plot_h = height - top - MARGIN - caption_h - 8.0
        if plot_h < 80:
            raise ExportError(f"image too small for {len(legend_entries)} legend entries: make it taller")

        # a picture cannot scroll: undated chips take at most a quarter of the height, then "+n more"
        chip_rows = max(1, int((plot_h * 0.25 - 2 * UNDATED_MARGIN - UNDATED_NOTE_H) // (CHIP_H + CHIP_GAP)))
        widget.undated.strip.set_row_limit(chip_rows)
        widget.resize(int(inner_w), int(plot_h))
        widget.show()
        QApplication.processEvents()
        # many lanes in a small picture: fewer label rows per lane until rows stay readable
        for cap in (6, 4, 3, 2):
            rows = widget.layout_model.total_rows + HEADER_ROWS
            if rows * MIN_ROW_PX <= widget.view.height():
                break
            widget.set_lane_row_cap(cap)
        if view_range is not None:
            widget.set_view_range(*view_range)
        else:
            widget.fit_all()
        QApplication.processEvents()

        image = QImage(out_w, out_h, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(out_w / width)
        image.fill(QColor(pal["background"]))
        p = QPainter(image)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            p.setFont(title_font)
            p.setPen(QColor(pal["foreground"]))
            p.drawText(QRectF(MARGIN, MARGIN, inner_w, tm.height()), Qt.AlignmentFlag.AlignLeft,
                       tm.elidedText(heading, Qt.TextElideMode.ElideRight, inner_w))
            p.setFont(legend_font)
            for (name, colour), (x, y) in zip(legend_entries, legend_pos):
                y0 = legend_top + y
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(colour))
                p.drawRoundedRect(QRectF(MARGIN + x, y0 + (lm.height() - SWATCH) / 2, SWATCH, SWATCH), 2, 2)
                p.setPen(QColor(pal["foreground"]))
                p.drawText(QPointF(MARGIN + x + SWATCH + 5, y0 + lm.ascent()), name)
            p.save()  # the widget must not inherit the legend's brush and pen
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(Qt.PenStyle.NoPen)
            widget.render(p, QPoint(int(MARGIN), int(top)))
            p.restore()
            p.setFont(caption_font)
            p.setPen(QColor(pal["muted"]))
            p.drawText(QRectF(MARGIN, height - MARGIN - caption_h, inner_w, caption_h), Qt.AlignmentFlag.AlignLeft,
                       cm.elidedText(_caption(doc, min_confidence_for(events)), Qt.TextElideMode.ElideRight, inner_w))
        finally:
            p.end()
        image.setDevicePixelRatio(1.0)
        # 96 dpi times the scale: a 2x picture is meant to show (and print) at the size of the 1x one
        dots_per_metre = round(EXPORT_DPI * (out_w / width) / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        return image
    finally:
        widget.close()
        widget.deleteLater()


def _shown_actor_ids(doc: Document, actor_ids: set[str] | None) -> list[str]:
    involved = {p.actor_id for e in doc.events for p in e.participants}
    return [a.id for a in doc.actors if a.id in involved and (actor_ids is None or a.id in actor_ids)]


def _legend_positions(entries: list[tuple[str, str]], metrics: QFontMetricsF, width: float) -> list[tuple[float, float]]:
    """Top-left of each legend entry, flowing left to right and wrapping."""
    out = []
    x = y = 0.0
    for name, _ in entries:
        w = SWATCH + 5 + metrics.horizontalAdvance(name) + 18
        if x > 0 and x + w > width:
            x, y = 0.0, y + metrics.height() + 4
        out.append((x, y))
        x += w
    return out


def export_png(
    doc: Document,
    path,
    *,
    width: int = 1600,
    height: int = 900,
    scale: float = 1.0,
    theme: str = "light",
    actor_ids: set[str] | None = None,
    title: str | None = None,
    view_range: tuple[float, float] | None = None,
    lane_mode: str = "actors",
    colours: dict[str, str] | None = None,
    events: str = "main",
) -> Path:
    """Write the timeline of `doc` as a PNG of ``round(width*scale) x round(height*scale)`` pixels.

    `view_range` (POSIX seconds UTC) limits the time shown; None fits every event. `actor_ids` as in
    `TimelineWidget.set_visible_actors`. `colours` overrides actor colours (the window passes its own).
    `events` is "main" (salience at least `MAIN_EVENT_CONFIDENCE`, or edited by the user) or "all".
    The file is written to a temporary name first and then moved in place, so a failed export never leaves a
    half-written picture over an existing file."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"{target.parent}: no such folder")
    image = render_timeline_image(doc, width=width, height=height, scale=scale, theme=theme, actor_ids=actor_ids,
                                  title=title, view_range=view_range, lane_mode=lane_mode, colours=colours,
                                  events=events)
    tmp = target.with_name(target.name + ".part")
    if not image.save(str(tmp), "PNG"):
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot write the PNG there")
    os.replace(tmp, target)
    return target


def export_widget_png(widget, path, *, width: int = 1600, height: int = 900, scale: float = 1.0,
                      title: str | None = None, whole: bool = False) -> Path:
    """Export what a `TimelineWidget` shows (its document, theme, filter, lanes, colours and, unless `whole`,
    its visible time range): the window's File > Export PNG."""
    doc = widget.document()
    if doc is None:
        raise ExportError("there is no timeline to export: open an article first")
    return export_png(doc, path, width=width, height=height, scale=scale, theme=widget.theme(),
                      actor_ids=widget.visible_actors(), title=title,
                      view_range=None if whole else widget.view_range(), lane_mode=widget.lane_mode(),
                      colours=widget.actor_colours(),
                      events="all" if widget.min_confidence() is None else "main")


__all__ = ["export_png", "export_widget_png", "render_timeline_image", "ExportError", "ensure_app"]
