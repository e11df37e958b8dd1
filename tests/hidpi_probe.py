"""Run by tests/test_hidpi.py in a fresh process, because QT_SCALE_FACTOR must be set before the QApplication
exists: `python hidpi_probe.py OUT_DIR`. Checks the timeline at the process's scale factor and writes what it
found to OUT_DIR/probe.json (plus the PNG exports it made), for the test to assert on.

Every check is done in logical pixels, as the program works, and read back in device pixels, as the screen
shows them."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_fixtures import generated_document, story_document  # noqa: E402
from pixel_helpers import argb, colour_distance, pixel_at  # noqa: E402


def _mark_pos(w, event_id) -> QPointF:
    frame = w.canvas.frame()
    idx = w.layout_model.index[event_id]
    for lf in frame.lanes:
        hits = np.flatnonzero(w.layout_model.mark_event[lf.marks] == idx)
        if len(hits):
            return QPointF(float(lf.px0[hits[0]]), lf.mark_y)
    raise LookupError(event_id)


def _new_widget(app, width=1100, height=600):
    from newsline.gui.timeline_widget import TimelineWidget

    w = TimelineWidget()
    w.resize(width, height)
    w.show()
    QTest.qWaitForWindowExposed(w)
    app.processEvents()
    return w


def check_clicks_and_ring(app) -> dict:
    """Click each point event of the story at its mark (logical px): the click selects it, and the ring shows
    around it in the device pixels of the grab."""
    from newsline.gui.timeline_layout import date_to_seconds

    w = _new_widget(app)
    w.set_document(story_document())
    w.set_view_range(date_to_seconds(dt.date(2021, 5, 30)), date_to_seconds(dt.date(2021, 6, 16)))
    w.repaint()
    clicked: list[str] = []
    w.eventClicked.connect(clicked.append)
    out = {"clicks": {}, "ring_changed": {}, "marker_colour_distance": {}}
    for event_id, actor in (("e2", "a1"), ("e10", "a1"), ("e5", "a4")):
        w.set_selected_event(None, center=False)
        w.plot.viewport().repaint()
        pos = _mark_pos(w, event_id)
        plain = w.plot.grab().toImage()
        # the marker is drawn where the layout says, in the actor's colour (read at the device pixel)
        out["marker_colour_distance"][event_id] = colour_distance(pixel_at(plain, pos.x(), pos.y()),
                                                                  QColor(w.actor_colours()[actor]))
        QTest.mouseClick(w.plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pos.toPoint())
        app.processEvents()
        out["clicks"][event_id] = clicked[-1] if clicked else None
        w.plot.viewport().repaint()
        ringed = w.plot.grab().toImage()
        # the ring (radius POINT_SIZE / 2 + 4 = 9 logical px) crosses the marker's row 9 px either side
        out["ring_changed"][event_id] = [
            colour_distance(pixel_at(plain, pos.x() + dx, pos.y()), pixel_at(ringed, pos.x() + dx, pos.y()))
            for dx in (-9.0, 9.0)]
    out["dpr"] = w.devicePixelRatioF()
    out["grab_size"] = [plain.width(), plain.height()]
    out["plot_size"] = [w.plot.width(), w.plot.height()]
    w.close()
    return out


def check_scrolled_pictures(app) -> dict:
    """Pans, steps and lane scrolls: after each, the scrolled picture must be a fresh one, pixel for pixel, and
    the labels stamped straight onto the view must be those of the picture kept with labels on it."""
    from newsline.gui import timeline_canvas

    w = _new_widget(app, 1000, 700)
    w.set_document(generated_document(1200, n_actors=8, seed=2))
    w.zoom(30)
    vp = w.plot.viewport()
    ids = w.visible_event_ids()
    rng = np.random.default_rng(5)
    differing, direct_differing, scrolled_moves = [], [], 0
    for k in range(20):
        r = rng.random()
        if r < 0.5:
            w.set_selected_event(ids[int(rng.integers(len(ids)))])
        elif r < 0.8:
            w.pan(float(rng.uniform(-0.3, 0.3)))
        else:
            w.scroll_lanes(float(rng.integers(-8, 8)))
        vp.repaint()
        scrolled_moves += w.canvas._marks_scroll is not None
        shown = w.plot.grab().toImage()
        w.canvas._base = None  # force a full redraw
        vp.repaint()
        fresh = w.plot.grab().toImage()
        if fresh != shown:
            differing.append(k)
        timeline_canvas.KEEP_LABELLED = False  # labels stamped straight onto the view
        try:
            if w.plot.grab().toImage() != fresh:
                direct_differing.append(k)
        finally:
            timeline_canvas.KEEP_LABELLED = True
    w.close()
    return {"differing_moves": differing, "direct_differing_moves": direct_differing,
            "scrolled_moves": scrolled_moves}


def check_labels(app) -> dict:
    """Labels never overlap and their text is not cut: each label's ink stays inside its box, and the text's
    ink reaches close to where the font says it ends (a label clipped short would stop early)."""
    w = _new_widget(app)
    w.set_document(generated_document(300, seed=7, span_days=400))
    w.zoom(3.0)
    w.repaint()
    img = w.plot.grab().toImage()
    dpr = img.devicePixelRatio()
    boxes = [b for b in w.canvas.label_boxes() if b.event >= 0 and b.extra == 0]
    overlaps = sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.rect.intersects(b.rect))
    pixels = argb(img)
    halo = QColor(w.canvas.palette["label_halo"])
    text = QColor(w.canvas.palette["label"])
    metrics = w.canvas._metrics
    short, checked = [], 0
    for b in boxes:
        r = b.rect
        x0, x1 = int(np.floor(r.left() * dpr)), int(np.ceil(r.right() * dpr))
        y0, y1 = int(np.floor(r.top() * dpr)), int(np.ceil(r.bottom() * dpr))
        if x0 < 0 or y0 < 0 or x1 > img.width() or y1 > img.height():
            continue
        block = pixels[y0:y1, x0:x1]
        rgb = np.stack([(block >> 16) & 255, (block >> 8) & 255, block & 255], axis=-1).astype(int)
        dark = np.abs(rgb - [text.red(), text.green(), text.blue()]).sum(axis=2) < \
            np.abs(rgb - [halo.red(), halo.green(), halo.blue()]).sum(axis=2)
        cols = np.flatnonzero(dark.any(axis=0))
        if not len(cols):
            continue
        checked += 1
        ink_end = (x0 + cols[-1] + 1) / dpr  # logical px
        text_end = r.left() + 2.0 + metrics.horizontalAdvance(b.text)  # LABEL_PAD = 2
        if ink_end < text_end - 2.0:
            short.append([b.text, round(ink_end, 1), round(text_end, 1)])
    w.close()
    return {"labels": len(boxes), "overlaps": overlaps, "checked": checked, "cut_short": short}


def check_exports(app, out_dir: Path) -> dict:
    """The PNG export: exact pixel size, dpi, and the files, for the test to compare across scale factors."""
    from newsline.gui.export_png import export_png

    sizes = {}
    for scale in (1.0, 2.0):
        path = export_png(story_document(), out_dir / f"story-{scale:g}x.png", width=900, height=500, scale=scale,
                          events="all")
        img = QImage(str(path))
        sizes[f"{scale:g}"] = [img.width(), img.height(), round(img.dotsPerMeterX() * 0.0254, 1)]
    return {"export_sizes": sizes}


def check_window(app) -> dict:
    """The main window's screenshot is the window's logical size times the ratio."""
    from newsline.gui.main_window import MainWindow

    win = MainWindow()
    win.resize(900, 600)
    win.show()
    QTest.qWaitForWindowExposed(win)
    app.processEvents()
    shot = win.grab()
    out = {"window_size": [win.width(), win.height()], "window_grab": [shot.width(), shot.height()],
           "window_grab_ratio": shot.devicePixelRatio()}
    win.close()
    return out


def main(out_dir: str) -> int:
    out = Path(out_dir)
    app = QApplication.instance() or QApplication(["hidpi-probe"])
    result = {"screen_ratio": app.primaryScreen().devicePixelRatio()}
    for check in (check_clicks_and_ring, check_scrolled_pictures, check_labels, check_window):
        result[check.__name__] = check(app)
    result["check_exports"] = check_exports(app, out)
    (out / "probe.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
