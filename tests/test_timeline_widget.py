"""The timeline widget offscreen: what it shows, filters, lanes, the undated strip, fuzzy drawing, labels,
selection, hover, keys, themes, and that the number of graphics items does not grow with the events."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from newsline.core.model import Certainty
from gui_fixtures import generated_document, story_document
from pixel_helpers import argb, colour_distance, ink_runs, pixel_at, same_runs
from newsline.gui.timeline_layout import NO_ACTOR, date_to_seconds
from newsline.gui.timeline_widget import HEADER_ROWS, TimelineWidget


@pytest.fixture
def widget(qtbot):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1100, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def _show(w, doc, qtbot=None):
    w.set_document(doc)
    w.repaint()
    return w.grab().toImage()


def _mark_pos(w, event_id, lane=0):
    """Viewport position of an event's mark in the `lane`-th lane that draws it."""
    frame = w.canvas.frame()
    idx = w.layout_model.index[event_id]
    found = []
    for lf in frame.lanes:
        hits = np.flatnonzero(w.layout_model.mark_event[lf.marks] == idx)
        for j in hits:
            found.append(QPointF(float(lf.px0[j]), lf.mark_y))
    return found[lane]


def test_shows_every_event_of_a_hand_built_document(widget):
    doc = story_document()
    _show(widget, doc)
    assert sorted(widget.visible_event_ids()) == sorted(e.id for e in doc.events)
    # dated ones come in time order, then undated ones in text order
    ids = widget.visible_event_ids()
    assert ids[:2] == ["e8", "e9"] and ids[-3:] == ["e11", "e12", "e13"]
    drawn = {int(widget.layout_model.mark_event[m]) for lf in widget.canvas.frame().lanes for m in lf.marks}
    assert {widget.layout_model.event_ids[i] for i in drawn} == {e.id for e in doc.events if e.time.interval}


def test_visible_actor_filter_hides_the_right_events(widget):
    _show(widget, story_document())
    widget.set_visible_actors({"a4"})
    assert set(widget.visible_event_ids()) == {"e5", "e6", "e7", "e13"}
    assert [ln.key for ln in widget.layout_model.lanes] == ["a4", NO_ACTOR]
    widget.set_visible_actors(set())
    assert set(widget.visible_event_ids()) == {"e7", "e13"}
    widget.set_visible_actors(None)
    assert len(widget.visible_event_ids()) == 13


def test_lane_modes_switch_between_actor_rows_and_one_row(widget):
    _show(widget, story_document())
    assert widget.layout_model.n_lanes == 5
    assert widget.lane_axis.lanes[0] == ("Port Authority", widget.actor_colours()["a1"])
    widget.set_lane_mode("single")
    assert widget.layout_model.n_lanes == 1
    assert len(widget.layout_model.mark_event) == 10  # each dated event once
    widget.set_lane_mode("actors")
    assert widget.layout_model.n_lanes == 5
    with pytest.raises(ValueError):
        widget.set_lane_mode("diagonal")


def test_undated_strip_keeps_undated_events_and_notes_unknown_article_date(widget):
    _show(widget, story_document(reference=None))
    strip = widget.undated.strip
    assert widget.undated.isVisible()
    assert strip.event_ids() == ["e11", "e12", "e13"]
    assert "not known" in strip.note
    assert "3 days after the article date" in widget.tooltip_for("e12")
    _show(widget, story_document())
    assert widget.undated.strip.note == ""
    widget.set_document(generated_document(50, undated_share=0.0))
    assert not widget.undated.isVisible()


def test_fuzzy_events_are_drawn_fainter_than_certain_ones(widget):
    doc = story_document()
    fuzzy_event = doc.event("e7")  # no actor, uncertain, 10 June
    twin = fuzzy_event.model_copy(update={
        "id": "e14", "time": fuzzy_event.time.model_copy(update={"certainty": Certainty.CERTAIN})})
    doc = doc.model_copy(update={"events": doc.events + [twin]})
    _show(widget, doc)
    widget.set_view_range(date_to_seconds(dt.date(2021, 6, 7)), date_to_seconds(dt.date(2021, 6, 12)))
    widget.set_visible_actors(set())  # only the actor-less lane
    img = widget.plot.grab().toImage()
    (lf,) = widget.canvas.frame().lanes
    assert lf.px0[0] == lf.px0[1]  # same day: drawn on the same spot

    bg = QColor(widget.canvas.palette["lane_even"])

    def distance(doc_with):
        widget.set_document(doc_with)
        widget.set_view_range(date_to_seconds(dt.date(2021, 6, 7)), date_to_seconds(dt.date(2021, 6, 12)))
        widget.set_visible_actors(set())
        image = widget.plot.grab().toImage()
        (lane,) = widget.canvas.frame().lanes
        return colour_distance(pixel_at(image, lane.px0[0], lane.mark_y), bg)

    only_fuzzy = doc.model_copy(update={"events": [e for e in doc.events if e.id != "e14"]})
    only_certain = doc.model_copy(update={"events": [e for e in doc.events if e.id != "e7"]})
    assert distance(only_certain) > 1.5 * distance(only_fuzzy) > 0
    del img


def test_fuzzy_bar_has_feathered_edges(widget):
    doc = story_document()
    _show(widget, doc)
    widget.set_view_range(date_to_seconds(dt.date(2019, 10, 1)), date_to_seconds(dt.date(2021, 3, 1)))
    img = widget.plot.grab().toImage()
    pos = _mark_pos(widget, "e9")  # about 2020: a year bar, approximate
    lf = widget.canvas.frame().lanes[0]
    j = int(np.flatnonzero(widget.layout_model.mark_event[lf.marks] == widget.layout_model.index["e9"])[0])
    x0, x1 = lf.px0[j], lf.px1[j]
    y = int(pos.y())
    edge = pixel_at(img, x0 + 0.05 * (x1 - x0), y)
    middle = pixel_at(img, (x0 + x1) / 2, y)
    bg = QColor(widget.canvas.palette["lane_even"])
    assert colour_distance(middle, bg) > 1.5 * colour_distance(edge, bg)


def test_labels_do_not_overlap(widget, qtbot):
    _show(widget, generated_document(300, seed=7, span_days=400))
    for _ in range(3):
        widget.repaint()
        boxes = widget.canvas.label_boxes()
        assert len(boxes) > 10
        rects = [b.rect for b in boxes]
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert not a.intersects(b), (a, b)
        widget.zoom(3.0)


def test_graphics_item_count_does_not_grow_with_events(widget):
    def count(n):
        _show(widget, generated_document(n, seed=2))
        return len(widget.plot.scene().items())

    assert count(10) == count(1000)


def test_click_selects_and_emits_event_clicked(widget, qtbot):
    _show(widget, story_document())
    widget.set_view_range(date_to_seconds(dt.date(2021, 5, 30)), date_to_seconds(dt.date(2021, 6, 16)))
    widget.repaint()
    pos = _mark_pos(widget, "e2")
    with qtbot.waitSignal(widget.eventClicked, timeout=1000) as blocker:
        qtbot.mouseClick(widget.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == ["e2"]
    assert widget.selected_event() == "e2"


def test_hover_emits_and_tooltip_says_written_and_resolved(widget, qtbot):
    _show(widget, story_document())
    widget.set_view_range(date_to_seconds(dt.date(2021, 5, 30)), date_to_seconds(dt.date(2021, 6, 16)))
    widget.repaint()
    pos = _mark_pos(widget, "e10")
    viewport = widget.plot.viewport()
    move = QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(widget.eventHovered, timeout=1000) as blocker:
        QApplication.sendEvent(viewport, move)
    assert blocker.args == ["e10"]
    tip = widget.tooltip_for("e10")
    assert "Deal agreed" in tip and "yesterday" in tip and "2021-06-13" in tip and "day" in tip


def test_selection_centres_and_draws_a_ring(widget):
    _show(widget, story_document())
    widget.zoom(20)
    before = widget.plot.grab().toImage()
    widget.set_selected_event("e8")
    left, right = widget.view_range()
    x0 = widget.layout_model.x0[widget.layout_model.index["e8"]]
    x1 = widget.layout_model.x1[widget.layout_model.index["e8"]]
    half_px = (right - left) / widget.view.width() / 2  # centred to the pixel (the shift is whole pixels)
    assert abs((left + right) / 2 - (x0 + x1) / 2) <= half_px * 1.001
    widget.set_selected_event(None, center=False)
    plain = widget.plot.grab().toImage()
    widget.set_selected_event("e8", center=False)
    ringed = widget.plot.grab().toImage()
    assert plain != ringed
    widget.set_selected_event("no-such-event")
    assert widget.selected_event() is None
    del before


def test_highlighted_actor_changes_the_picture(widget):
    _show(widget, story_document())
    plain = widget.plot.grab().toImage()
    widget.set_highlighted_actor("a3")
    assert widget.plot.grab().toImage() != plain
    widget.set_highlighted_actor(None)
    assert widget.plot.grab().toImage() == plain


def test_keys_zoom_and_pan_but_leave_plain_arrows_alone(widget, qtbot):
    _show(widget, story_document())
    left, right = widget.view_range()
    qtbot.keyClick(widget.plot, Qt.Key.Key_Plus)
    l2, r2 = widget.view_range()
    assert (r2 - l2) < (right - left) * 0.9
    qtbot.keyClick(widget.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    l3, r3 = widget.view_range()
    assert l3 > l2
    qtbot.keyClick(widget.plot, Qt.Key.Key_Right)
    assert widget.view_range() == (l3, r3)
    qtbot.keyClick(widget.plot, Qt.Key.Key_Home)
    assert widget.view_range() == pytest.approx((left, right))


def test_zoom_and_pan_methods(widget):
    _show(widget, story_document())
    left, right = widget.view_range()
    widget.zoom(2.0)
    l2, r2 = widget.view_range()
    assert (r2 - l2) == pytest.approx((right - left) / 2, rel=1e-6)
    widget.pan(0.5)
    l3, _ = widget.view_range()
    # half the view, rounded to whole device pixels (at a ratio of 1.5 the view can be an odd number of them)
    device_px = widget.view.width() * widget.plot.devicePixelRatioF()
    assert l3 - l2 == pytest.approx(round(device_px / 2) * (r2 - l2) / device_px, rel=1e-6)
    widget.fit_all()
    assert widget.view_range() == pytest.approx((left, right))


def test_dark_theme_changes_background(widget):
    _show(widget, story_document())
    light = pixel_at(widget.plot.grab().toImage(), 5, 5)
    widget.set_theme("dark")
    dark = pixel_at(widget.plot.grab().toImage(), 5, 5)
    assert light.lightness() > 200 and dark.lightness() < 60
    with pytest.raises(ValueError):
        widget.set_theme("sepia")


def test_empty_and_cleared_documents(widget):
    _show(widget, story_document())
    widget.set_selected_event("e1")
    widget.set_document(None)
    assert widget.visible_event_ids() == [] and widget.selected_event() is None
    widget.grab()


def test_many_lanes_scroll_instead_of_squeezing(widget, qtbot):
    doc = generated_document(600, n_actors=40, seed=9)
    _show(widget, doc)
    top, bottom = widget.view.viewRange()[1]
    assert bottom - top < widget.layout_model.total_rows  # not everything fits at a readable height
    rows_px = widget.view.height() / (bottom - top)
    assert rows_px >= 15.9
    qtbot.keyClick(widget.plot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert widget.view.viewRange()[1][0] > top
    widget.scroll_lanes(1e6)
    assert widget.view.viewRange()[1][1] == pytest.approx(widget.layout_model.total_rows)


def test_colours_set_before_the_document_are_kept(widget):
    widget.set_actor_colours({"a1": "#123456"})
    _show(widget, story_document())
    assert widget.actor_colours()["a1"] == "#123456"
    assert widget.lane_axis.lanes[0][1] == "#123456"
    assert widget.actor_colours()["a2"] != "#123456"


def test_same_article_again_keeps_the_view_a_new_one_is_fitted(widget):
    doc = story_document()
    _show(widget, doc)
    widget.zoom(4.0)
    widget.pan(0.3)
    zoomed = widget.view_range()
    edited = doc.model_copy(update={"events": [e for e in doc.events if e.id != "e2"]})
    widget.set_document(edited)
    assert widget.view_range() == pytest.approx(zoomed)
    widget.set_document(generated_document(30))
    assert widget.view_range() != pytest.approx(zoomed)


def test_scrollbar_and_selection_bring_hidden_lanes_into_view(widget):
    doc = generated_document(600, n_actors=40, seed=9)
    _show(widget, doc)
    assert widget.lane_scrollbar.isVisible()
    lay = widget.layout_model
    last_lane = lay.n_lanes - 1
    event = lay.event_ids[int(lay.mark_event[lay.lane_slice(last_lane)][0])]
    lanes_of_event = set(lay.mark_lane[lay.mark_event == lay.index[event]].tolist())
    top, bottom = widget.view.viewRange()[1]
    assert not any(top <= lay.lane_top[i] and lay.lane_top[i] + 1 <= bottom for i in lanes_of_event)
    widget.set_selected_event(event)
    top, bottom = widget.view.viewRange()[1]
    assert any(top <= lay.lane_top[i] and lay.lane_top[i] + 1 <= bottom for i in lanes_of_event)
    bar = widget.lane_scrollbar
    bar.setValue(bar.minimum())
    assert widget.view.viewRange()[1][0] == pytest.approx(-HEADER_ROWS)
    _show(widget, story_document())
    assert not widget.lane_scrollbar.isVisible()


def test_single_row_draws_each_event_in_its_first_actors_colour(widget):
    _show(widget, story_document())
    widget.set_lane_mode("single")
    widget.set_view_range(date_to_seconds(dt.date(2021, 5, 31)), date_to_seconds(dt.date(2021, 6, 4)))
    img = widget.plot.grab().toImage()
    for event_id, actor in (("e1", "a2"), ("e2", "a1")):
        pos = _mark_pos(widget, event_id)
        got = pixel_at(img, pos.x(), pos.y())
        assert colour_distance(got, QColor(widget.actor_colours()[actor])) < 30


def test_clicking_a_count_badge_zooms_in_on_it(widget, qtbot):
    _show(widget, generated_document(6000, n_actors=2, seed=3))
    widget.repaint()
    badges = [b for b in widget.canvas.label_boxes() if b.event < 0]
    assert badges, "thousands of events in view should be counted, not labelled"
    before = widget.view_range()
    qtbot.mouseClick(widget.plot.viewport(), Qt.MouseButton.LeftButton, pos=badges[2].rect.center().toPoint())
    after = widget.view_range()
    assert (after[1] - after[0]) < (before[1] - before[0]) / 4


def test_labels_never_cover_a_marker(widget):
    _show(widget, generated_document(300, seed=7, span_days=400))
    for _ in range(3):
        widget.repaint()
        frame = widget.canvas.frame()
        lay = widget.layout_model
        boxes = widget.canvas.label_boxes()
        for lf in frame.lanes:
            points = lay.is_point[lay.mark_event[lf.marks]]
            for x in lf.px0[points]:
                for b in boxes:
                    r = b.rect
                    assert not (r.left() < x < r.right() and r.top() < lf.mark_y < r.bottom()), (b.text, x)
        widget.zoom(3.0)


def test_undated_row_limit_counts_what_it_cannot_show(widget):
    doc = generated_document(400, undated_share=0.5, seed=12)
    _show(widget, doc)
    strip = widget.undated.strip
    n = len(strip.event_ids())
    assert n > 100
    assert len(strip.chip_rects()) == n  # on screen: every chip, the strip scrolls
    strip.set_row_limit(2)
    shown = len(strip.chip_rects())
    assert 0 < shown < n and strip._more == n - shown
    assert max(r.bottom() for r in strip.chip_rects()) <= strip.height()
    strip.set_row_limit(None)
    assert len(strip.chip_rects()) == n


def test_dates_from_the_year_1066_to_9990_fit_in_one_view(widget):
    from gui_fixtures import _day

    doc = story_document()
    extra = [doc.event("e8").model_copy(update={"id": "e98", "time": _day(dt.date(1066, 10, 14))}),
             doc.event("e8").model_copy(update={"id": "e99", "time": _day(dt.date(9990, 1, 1))})]
    _show(widget, doc.model_copy(update={"events": doc.events + extra}))
    left, right = widget.view_range()
    lay = widget.layout_model
    assert left <= lay.x0[lay.index["e98"]] and lay.x0[lay.index["e99"]] <= right
    widget.grab()  # the axis can name every tick of this range


def test_a_new_reference_date_fits_the_view_again(widget):
    doc = story_document()
    _show(widget, doc)
    widget.zoom(8.0)
    zoomed = widget.view_range()
    redated = doc.model_copy(update={"reference_date": doc.reference_date.model_copy(
        update={"value": dt.date(2021, 7, 1)})})
    widget.set_document(redated)
    assert widget.view_range() != pytest.approx(zoomed)


def test_reveal_keeps_the_view_when_the_event_is_well_inside(widget):
    _show(widget, story_document())
    widget.fit_all()
    lay = widget.layout_model
    left, right = widget.view_range()
    width = right - left
    inside = [eid for eid in lay.event_ids if lay.index[eid] is not None and not np.isnan(lay.x0[lay.index[eid]])
              and left + 0.2 * width < lay.x0[lay.index[eid]] < right - 0.5 * width]
    assert inside
    widget.reveal_event(inside[0])
    assert widget.view_range() == (left, right) and widget.selected_event() == inside[0]
    widget.zoom(30)  # now most events are out of view: revealing one centres on it
    far = max((eid for eid in lay.event_ids if not np.isnan(lay.x0[lay.index[eid]])),
              key=lambda eid: abs(lay.x0[lay.index[eid]] - sum(widget.view_range()) / 2))
    widget.reveal_event(far)
    l2, r2 = widget.view_range()
    i = lay.index[far]
    assert abs((l2 + r2) / 2 - (lay.x0[i] + lay.x1[i]) / 2) <= (r2 - l2) / widget.view.width() / 2 * 1.001


def test_selecting_reuses_the_drawn_lanes_and_marks(widget, monkeypatch):
    """On screen, lanes, grid and marks are kept as a picture until the view, data or highlight change:
    selecting another event only redraws the ring and labels."""
    _show(widget, story_document())
    widget.fit_all()
    calls = []
    real = widget.canvas._paint_base
    monkeypatch.setattr(widget.canvas, "_paint_base", lambda *a, **k: (calls.append(k.get("strip")), real(*a, **k)))
    vp = widget.plot.viewport()
    vp.repaint()
    first = len(calls)
    assert widget.canvas._base is not None
    for eid in ("e2", "e3", "e5"):
        widget.set_selected_event(eid, center=False)
        vp.repaint()
    assert len(calls) == first  # the ring moved, the picture was reused
    widget.set_highlighted_actor("a1")
    vp.repaint()
    assert len(calls) == first + 1
    widget.pan(0.1)
    vp.repaint()
    # a pan by whole pixels scrolls the picture and draws only the strips it changes (never the whole view)
    assert len(calls) > first + 1 and all(c is not None for c in calls[first + 1:])
    widget.zoom(1.5)
    vp.repaint()
    assert calls[-1] is None  # a zoom draws it all again


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_scrolled_picture_matches_a_fresh_one(widget, theme):
    """Panning and re-centring scroll the picture of the view and draw only the strip uncovered: what shows
    must be what a full redraw shows, pixel for pixel (bars crossing the edges included)."""
    widget.set_theme(theme)
    _show(widget, generated_document(400, n_actors=8, seed=3))
    widget.zoom(6)
    vp = widget.plot.viewport()
    ids = widget.visible_event_ids()
    assert widget.lane_scrollbar.isVisible()  # the lanes do not all fit: steps scroll them too
    moves = [lambda: widget.pan(0.13), lambda: widget.pan(-0.31), lambda: widget.set_selected_event(ids[40]),
             lambda: widget.set_selected_event(ids[47]), lambda: widget.pan(0.02), lambda: widget.scroll_lanes(1),
             lambda: widget.scroll_lanes(-2)] + [lambda i=i: widget.set_selected_event(ids[i]) for i in range(50, 400, 37)]
    for move in moves:
        vp.repaint()
        move()
        vp.repaint()
        scrolled = widget.plot.grab().toImage()
        widget.canvas._base = None  # force a full redraw
        vp.repaint()
        assert widget.plot.grab().toImage() == scrolled


@pytest.mark.parametrize("theme, pan", [("light", 0.4), ("dark", 0.4), ("light", 0.1)])
def test_scrolled_pictures_match_fresh_ones_over_random_moves(widget, theme, pan, monkeypatch):
    """Steps, reveals, pans and lane scrolls in a seeded random order (the shapes that once came out a level
    apart: a grid line rounding onto the view's edge pixel, antialiased lane edges drawn clipped in a strip,
    marks at positions carrying rounding errors); the picture with labels on it (scrolled too, with only the
    labels that changed drawn again) must be a fresh picture, pixel for pixel, after every move, and the same
    as labels stamped straight onto the view."""
    from newsline.gui import timeline_canvas

    widget.set_theme(theme)
    widget.resize(1000, 700)
    _show(widget, generated_document(1200, n_actors=8, seed=2))
    widget.zoom(30)
    vp = widget.plot.viewport()
    ids = widget.visible_event_ids()
    rng = np.random.default_rng(2)
    for k in range(20):
        r = rng.random()
        if r < 0.55:
            widget.set_selected_event(ids[int(rng.integers(len(ids)))])
        elif r < 0.75:
            widget.pan(float(rng.uniform(-pan, pan)))  # short pans keep most labels: drawn again only if moved
        elif r < 0.88:
            widget.scroll_lanes(float(rng.integers(-12, 12)))
        else:
            widget.reveal_event(ids[int(rng.integers(len(ids)))])
        vp.repaint()
        scrolled = widget.plot.grab().toImage()
        widget.canvas._base = None  # force a full redraw
        vp.repaint()
        assert widget.plot.grab().toImage() == scrolled, f"move {k}"
        monkeypatch.setattr(timeline_canvas, "KEEP_LABELLED", False)  # labels stamped straight onto the view
        assert widget.plot.grab().toImage() == scrolled, f"move {k}, labels drawn on the view"
        monkeypatch.setattr(timeline_canvas, "KEEP_LABELLED", True)


def test_label_atlas_stamps_labels_and_falls_back_when_full(qapp):
    from PySide6.QtGui import QFont, QImage, QPainter

    from newsline.gui.timeline_batch import LabelAtlas

    atlas = LabelAtlas(page_width=64, page_height=20, max_pages=1)  # room for two 30 px labels a page
    image = QImage(200, 40, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#000000"))
    widths = np.array([30.0, 30.0, 30.0])
    white = QColor("#ffffff")
    text = lambda k: ("", white, 2.0)  # noqa: E731 (halo only: easy to check)
    p = QPainter(image)
    try:
        args = (3, text, widths, 12.0, QFont(), QColor("#ff0000"), ("v",))
        assert atlas.draw(p, np.array([0, 1]), np.array([10.0, 50.0]), np.array([5.0, 5.0]), *args)
        assert image.pixelColor(20, 10) == QColor("#ff0000") and image.pixelColor(45, 10) == QColor("#000000")
        # a frame with more labels than the atlas holds: nothing stamped, the caller draws them itself
        assert not atlas.draw(p, np.array([0, 1, 2]), np.zeros(3), np.zeros(3), *args)
        assert atlas.draw(p, np.array([2]), np.array([100.0]), np.array([5.0]), *args)  # and it recovers
    finally:
        p.end()
    assert image.pixelColor(110, 10) == QColor("#ff0000")


def test_date_axis_draws_what_pyqtgraphs_axis_picture_draws(widget):
    """The date axis paints straight onto the painter (no QPicture recorded each frame): the same pixels as
    pyqtgraph's own AxisItem.paint, at zooms from centuries to hours."""
    import pyqtgraph as pg

    _show(widget, generated_document(300, n_actors=4, seed=2))
    axis = widget.plot.getPlotItem().getAxis("bottom")
    vp = widget.plot.viewport()
    for factor in (1, 3, 10, 40, 200, 2000, 1e-4):
        widget.zoom(factor)
        vp.repaint()
        ours = widget.plot.grab().toImage()
        axis.picture = None
        axis.paint = lambda p, o, w: pg.AxisItem.paint(axis, p, o, w)
        try:
            vp.repaint()
            theirs = widget.plot.grab().toImage()
        finally:
            del axis.paint
        if ours.devicePixelRatio() == 1.0:
            assert ours == theirs, f"zoom {factor}"
        else:
            _assert_same_axis_up_to_glyph_placement(widget, axis, ours, theirs, f"zoom {factor}")


def _assert_same_axis_up_to_glyph_placement(widget, axis, ours, theirs, what):
    """At a device pixel ratio other than 1, text played back from pyqtgraph's QPicture and drawn as
    QStaticText is rasterized with glyphs placed a device pixel apart: everything but the tick labels must be the
    same pixels, and each label (a run of inked columns) must start and end within one device pixel."""
    dpr = ours.devicePixelRatio()
    rect = widget.plot.mapFromScene(axis.mapRectToScene(axis.boundingRect())).boundingRect()
    y0, y1 = int((rect.top() + 4) * dpr), int(rect.bottom() * dpr)  # below the axis line and ticks
    differ = np.argwhere(argb(ours) != argb(theirs))
    assert ((differ[:, 0] >= y0) & (differ[:, 0] < y1)).all(), f"{what}: pixels outside the labels differ"
    bg = QColor(widget.canvas.palette["background"])
    a, b = ink_runs(ours, y0, y1, bg), ink_runs(theirs, y0, y1, bg)
    assert len(a) > 0 and same_runs(a, b), (what, a, b)


def test_label_atlas_empties_the_page_used_longest_ago_when_full(qapp):
    """A full atlas empties one page, the one stamped from longest ago and not needed now, instead of starting
    again from nothing (which made one frame of a long walk render every label at once)."""
    from PySide6.QtGui import QFont, QImage, QPainter

    from newsline.gui.timeline_batch import LabelAtlas

    atlas = LabelAtlas(page_width=64, page_height=20, max_pages=2)  # two 30 px labels a page, two pages
    image = QImage(300, 40, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#000000"))
    colours = ["#ff0000", "#00ff00", "#0000ff", "#ffff00", "#00ffff", "#ff00ff"]
    halo = QColor("#ffffff")
    p = QPainter(image)
    try:
        def draw(keys):
            # the halo is white; each key's text colour fills the label here: a block of "█" in its colour
            text = lambda k: ("\u2588" * 12, QColor(colours[k]), 0.0)  # noqa: E731
            xs = np.array([40.0 * i for i in range(len(keys))])
            return atlas.draw(p, np.array(keys), xs, np.full(len(keys), 5.0), 6, text, np.full(6, 30.0), 12.0,
                              QFont(), halo, ("v",))

        assert draw([0, 1]) and draw([2, 3])  # both pages full
        assert draw([2, 3, 4])  # page 0 (keys 0, 1: stamped longest ago) is emptied for key 4; page 1 stays
        assert atlas._page[[0, 1]].tolist() == [-1, -1] and atlas._page[[2, 3]].tolist() == [1, 1]
        assert atlas._page[4] == 0
        assert draw([0, 2])  # key 0 comes back on page 0 (key 4 is on it too); page 1 is needed for key 2
        assert atlas._page[0] == 0 and atlas._page[2] == 1
    finally:
        p.end()
    assert image.pixelColor(12, 10) != QColor("#000000")


def test_lane_names_are_cached_but_follow_scrolls_themes_and_resizes(widget):
    """The lane axis keeps its drawing between paints (it changes only when the lanes scroll, change or the
    view is resized): what shows must be what drawing it afresh shows."""
    from PySide6.QtWidgets import QGraphicsItem

    _show(widget, generated_document(600, n_actors=20, seed=4))
    widget.zoom(5)
    vp = widget.plot.viewport()
    ids = widget.visible_event_ids()
    moves = [lambda: widget.scroll_lanes(7), lambda: widget.set_selected_event(ids[500]),
             lambda: widget.set_theme("dark"), lambda: widget.resize(900, 480), lambda: widget.scroll_lanes(-3),
             lambda: widget.set_visible_actors(set(list(widget.actor_colours())[:6])), lambda: widget.pan(0.2)]
    for k, move in enumerate(moves):
        move()
        QApplication.processEvents()
        vp.repaint()
        cached = widget.plot.grab().toImage()
        widget.lane_axis.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        vp.repaint()
        fresh = widget.plot.grab().toImage()
        if fresh.devicePixelRatio() == int(fresh.devicePixelRatio()):
            assert fresh == cached, f"move {k}"
        else:  # Qt's cache puts the names on whole device pixels of its own: glyphs up to a device pixel apart
            _assert_same_names_up_to_glyph_placement(widget, cached, fresh, f"move {k}")
        widget.lane_axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def _assert_same_names_up_to_glyph_placement(widget, cached, fresh, what):
    """Only the lane names differ, and each name (a run of inked rows, then of inked columns) starts and ends
    within one device pixel of where drawing afresh puts it."""
    dpr = fresh.devicePixelRatio()
    axis = widget.lane_axis
    rect = widget.plot.mapFromScene(axis.mapRectToScene(axis.boundingRect())).boundingRect()
    x0, x1 = max(0, int(rect.left() * dpr)), int(np.ceil(rect.right() * dpr))
    differ = np.argwhere(argb(cached) != argb(fresh))
    assert ((differ[:, 1] >= x0) & (differ[:, 1] < x1)).all(), f"{what}: pixels outside the lane names differ"
    bg = QColor(widget.canvas.palette["background"])
    y1 = int(rect.bottom() * dpr)
    lines = ink_runs(fresh, 0, y1, bg, x0=x0, x1=x1, rows=True)
    assert lines and same_runs(ink_runs(cached, 0, y1, bg, x0=x0, x1=x1, rows=True), lines), what
    for top, bottom in lines:
        assert same_runs(ink_runs(cached, top, bottom + 1, bg, x0=x0, x1=x1),
                         ink_runs(fresh, top, bottom + 1, bg, x0=x0, x1=x1)), (what, top)


def test_fit_all_leaves_room_for_the_last_events_long_label(widget):
    """Fitting the whole timeline left a fixed room (300 px, at most 35% of the view) right of the last event:
    a longer label there ('Haider al-Abadi congratulates Iraqi forces' in a 900 px export) was cut mid-word."""
    from newsline.gui.timeline_layout import date_to_seconds

    doc = story_document()
    points = [e for e in doc.events if e.time.interval is not None
              and e.time.interval.earliest == e.time.interval.latest]
    last = max(points, key=lambda e: e.time.interval.earliest)
    long_label = "Harbour authority congratulates the dockers on a long and difficult strike"
    events = [e.model_copy(update={"label": long_label}) if e.id == last.id else e for e in doc.events]
    doc = doc.model_copy(update={"events": events})
    widget.resize(780, 400)
    _show(widget, doc)
    widget.fit_all()
    left, right = widget.view_range()
    view_px = widget.plot.getPlotItem().vb.width()
    x = date_to_seconds(last.time.interval.earliest)
    i = widget.layout_model.index[last.id]
    label_w = widget.canvas._label_widths(np.array([i]))[0]
    end_px = (x - left) / (right - left) * view_px + 10 + label_w
    assert end_px <= view_px, (end_px, view_px, label_w)


def _hidden_label_event(widget):
    """An event whose mark is in view but whose label packing left out (hidden, or counted as "+n")."""
    frame = widget.canvas.frame()
    lay = widget.layout_model
    labelled = set(frame.lab_event.tolist())
    left, right, top, bottom = frame.view_px
    for lf in frame.lanes:
        if not top <= lf.mark_y <= bottom:
            continue
        for j, e in enumerate(lay.mark_event[lf.marks].tolist()):
            if e not in labelled and left + 50 < lf.px0[j] < right - 50:
                return lay.event_ids[e]
    return None


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_selected_event_label_is_drawn_on_top_when_packing_hid_it(widget, theme):
    widget.set_theme(theme)
    widget.set_lane_mode("single")
    _show(widget, generated_document(150, n_actors=2, seed=5, span_days=120))
    widget.repaint()
    event_id = _hidden_label_event(widget)
    assert event_id is not None, "the dense lane should hide some labels"
    plain = widget.grab().toImage()
    widget.set_selected_event(event_id, center=False)
    widget.repaint()
    box = widget.canvas.pinned_label()
    assert box is not None and box.text == widget.layout_model.labels[widget.layout_model.index[event_id]]
    left, right, top, bottom = widget.canvas.frame().view_px
    r = box.rect
    assert left <= r.left() and r.right() <= right and top <= r.top() and r.bottom() <= bottom
    shown = widget.grab().toImage()
    # the box is filled with the label background and the text is drawn in the label colour over it
    origin = widget.plot.viewport().mapTo(widget, r.topLeft().toPoint())
    text_ink = QColor(widget.canvas.palette["label"])
    changed = inked = 0
    for dx in range(2, int(r.width()) - 2):
        for dy in range(2, int(r.height()) - 2):
            x, y = origin.x() + dx, origin.y() + dy
            if shown.pixel(x, y) != plain.pixel(x, y):
                changed += 1
            if colour_distance(QColor(shown.pixel(x, y)), text_ink) < 60:
                inked += 1
    assert changed > 20 and inked > 10
    # the pinned label is what a click there selects, not the label under it
    assert widget.canvas.event_at(r.center().x(), r.center().y()) == widget.layout_model.index[event_id]


def test_no_pinned_label_when_the_selected_label_reads_in_full(widget):
    doc = story_document()
    _show(widget, doc)
    widget.repaint()
    labelled = [b for b in widget.canvas.label_boxes() if b.event >= 0]
    left, right, *_ = widget.canvas.frame().view_px
    inside = next(b for b in labelled if b.rect.left() >= left and b.rect.right() <= right)
    widget.set_selected_event(widget.layout_model.event_ids[inside.event], center=False)
    widget.repaint()
    assert widget.canvas.pinned_label() is None


def test_readable_on_keeps_contrasting_colours_and_lifts_dark_ones():
    from newsline.gui.colours import THEMES, contrast_ratio, readable_on

    dark, light = THEMES["dark"]["background"], THEMES["light"]["background"]
    assert readable_on("#e4731c", dark) == "#e4731c"  # orange already reads on the dark theme
    for colour, background in (("#3f3fbf", dark), ("#5a6d82", dark), ("#a8a21c", light), ("#f0a830", light)):
        assert contrast_ratio(colour, background) < 4.5
        lifted = readable_on(colour, background)
        assert contrast_ratio(lifted, background) >= 4.5, (colour, lifted)
        # the same hue, only lighter (dark theme) or darker (light theme)
        assert QColor(lifted).hslHue() == pytest.approx(QColor(colour).hslHue(), abs=3)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_lane_names_read_on_either_theme(widget, theme):
    """Lane names are drawn in their actor's colour: indigo and slate names were 2:1 on the dark theme, amber
    and olive ones as faint on the light theme."""
    from newsline.gui.colours import THEMES, contrast_ratio

    doc = generated_document(60, n_actors=4, seed=2)
    hard = {"dark": ["#3f3fbf", "#5a6d82"], "light": ["#f0a830", "#a8a21c"]}[theme]
    colours = {"a1": hard[0], "a2": hard[1]}
    widget.set_theme(theme)
    widget.set_actor_colours(colours)
    image = _show(widget, doc)
    background = QColor(THEMES[theme]["background"])
    axis = widget.lane_axis
    top_left = axis.mapToScene(axis.boundingRect().topLeft())
    origin = widget.plot.mapFromScene(top_left)
    origin = widget.plot.mapTo(widget, origin)
    x0, x1 = origin.x(), origin.x() + int(axis.width())
    # the strongest ink of each hard lane's name against the background
    for name, colour in (("Actor 1", hard[0]), ("Actor 2", hard[1])):
        lane = [i for i, ln in enumerate(widget.layout_model.lanes) if ln.name == name][0]
        lf = widget.canvas.frame().lanes[lane]
        y_mid = widget.plot.viewport().mapTo(widget, QPointF(0, lf.mark_y).toPoint()).y()
        best = 0.0
        for y in range(y_mid - 5, y_mid + 6):
            for x in range(x0, x1):
                c = QColor(image.pixel(x, y))
                if colour_distance(c, background) > 30:
                    best = max(best, contrast_ratio(c.name(), background.name()))
        assert best >= 4.0, (theme, name, colour, best)
