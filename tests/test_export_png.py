"""PNG export: exact size and scale, not blank, follows the content, view range, theme, and clear errors."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtGui import QImage

from gui_fixtures import generated_document, story_document
from newsline.gui.export_png import ExportError, export_png, export_widget_png
from newsline.gui.timeline_layout import date_to_seconds
from newsline.gui.timeline_widget import TimelineWidget


def _pixels(path) -> np.ndarray:
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    ptr = img.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8, count=img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
    return arr[:, : img.width() * 4].reshape(img.height(), img.width(), 4)[:, :, :3].astype(np.int16)


@pytest.mark.parametrize("width,height,scale", [(1600, 900, 1.0), (800, 500, 2.0), (640, 400, 3.0), (1001, 601, 1.5)])
def test_writes_exactly_the_size_asked(qapp, tmp_path, width, height, scale):
    out = export_png(story_document(), tmp_path / "t.png", width=width, height=height, scale=scale)
    img = QImage(str(out))
    assert (img.width(), img.height()) == (round(width * scale), round(height * scale))
    px = _pixels(out)
    assert px.std() > 10  # not blank


def test_pixels_follow_the_content(qapp, tmp_path):
    a = _pixels(export_png(story_document(), tmp_path / "a.png", width=800, height=500))
    b = _pixels(export_png(generated_document(200), tmp_path / "b.png", width=800, height=500))
    c = _pixels(export_png(story_document(), tmp_path / "c.png", width=800, height=500, actor_ids={"a3"}))
    assert np.abs(a - b).sum() > 0 and np.abs(a - c).sum() > 0
    again = _pixels(export_png(story_document(), tmp_path / "a2.png", width=800, height=500))
    assert np.array_equal(a, again)  # deterministic


def test_scale_draws_the_same_picture_at_higher_resolution(qapp, tmp_path):
    one = _pixels(export_png(story_document(), tmp_path / "1.png", width=800, height=500))
    two = _pixels(export_png(story_document(), tmp_path / "2.png", width=800, height=500, scale=2.0))
    shrunk = two.reshape(500, 2, 800, 2, 3).mean(axis=(1, 3))
    # same layout: the 2x picture averaged down is close to the 1x one (text edges differ a little)
    assert np.abs(shrunk - one).mean() < 12


def test_dark_theme_and_title(qapp, tmp_path):
    light = _pixels(export_png(story_document(), tmp_path / "l.png", width=800, height=500))
    dark = _pixels(export_png(story_document(), tmp_path / "d.png", width=800, height=500, theme="dark"))
    assert light.mean() > 200 and dark.mean() < 80
    titled = _pixels(export_png(story_document(), tmp_path / "t.png", width=800, height=500, title="Another title"))
    assert np.abs(titled[:60] - light[:60]).sum() > 0  # title area changed
    with pytest.raises(ValueError):
        export_png(story_document(), tmp_path / "x.png", theme="sepia")


def test_view_range_limits_what_is_drawn(qapp, tmp_path):
    whole = _pixels(export_png(story_document(), tmp_path / "w.png", width=800, height=500))
    june = (date_to_seconds(dt.date(2021, 6, 1)), date_to_seconds(dt.date(2021, 6, 15)))
    part = _pixels(export_png(story_document(), tmp_path / "p.png", width=800, height=500, view_range=june))
    assert np.abs(whole - part).sum() > 0


def test_window_export_matches_a_direct_export(qtbot, tmp_path):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(900, 500)
    w.show()
    w.set_document(story_document())
    w.set_theme("dark")
    w.set_visible_actors({"a1", "a2"})
    w.zoom(2.0)
    via_widget = export_widget_png(w, tmp_path / "w.png", width=900, height=560)
    direct = export_png(story_document(), tmp_path / "d.png", width=900, height=560, theme="dark",
                        actor_ids={"a1", "a2"}, view_range=w.view_range(), events="all")
    assert np.array_equal(_pixels(via_widget), _pixels(direct))


def test_errors_are_clear_and_never_leave_a_partial_file(qapp, tmp_path):
    with pytest.raises(ExportError, match="no such folder"):
        export_png(story_document(), tmp_path / "missing" / "t.png")
    with pytest.raises(ExportError, match="too small"):
        export_png(story_document(), tmp_path / "t.png", width=50, height=50)
    with pytest.raises(ExportError, match="too large"):
        export_png(story_document(), tmp_path / "t.png", width=8000, height=4000, scale=3)
    assert list(tmp_path.iterdir()) == []


def test_export_of_a_thousand_events(qapp, tmp_path):
    out = export_png(generated_document(1000, seed=5), tmp_path / "k.png")
    assert _pixels(out).std() > 10
