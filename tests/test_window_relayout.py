"""Switching between main and all events and changing the actor filter on a big document (at least
`document_state.ASYNC_EVENTS` events) lays the timeline out on a worker thread: the window keeps showing the
previous layout until the new one arrives, and the event loop keeps turning. A small document still relays out
at once."""

from __future__ import annotations

from types import SimpleNamespace

from gui_fixtures import generated_document
from newsline.gui.timeline_layout import build_layout
from newsline.gui.timeline_widget import TimelineWidget
from window_fixtures import GapTicker, harbour_document, recorded_errors, window  # noqa: F401  (fixtures)

N_EVENTS = 20_000


def _big_document():
    doc = generated_document(N_EVENTS, n_actors=10, seed=7)
    # every third event is not a main event, so the two scopes show different events
    events = [e.model_copy(update={"confidence": 0.3}) if i % 3 == 0 else e for i, e in enumerate(doc.events)]
    return doc.model_copy(update={"events": events})


def _expected_ids(w) -> list[str]:
    """The visible events a synchronous rebuild with the state's settings gives."""
    t, s = w.timeline, w.state
    key = t.layout_key()
    lay = build_layout(s.document, t.actor_colours(), s.visible_actor_ids, t.lane_mode(), key[3], max_rows=key[4],
                       min_confidence=s.min_confidence)
    return sorted(TimelineWidget.visible_event_ids(SimpleNamespace(layout_model=lay)))


def _settled(w) -> bool:
    return not w.relayout_pending()


def test_scope_switch_and_filter_change_on_a_big_document_keep_the_event_loop_turning(window, qtbot):
    w = window
    w.set_event_scope("main", save=False)
    doc = _big_document()
    w.load_document(doc, prepared=w._display_prep()(doc))
    qtbot.wait(300)
    s = w.state
    s.step("first")
    ticker = GapTicker()
    ticker.start()

    shown = w.timeline.layout_model
    w.set_event_scope("all", save=False)
    assert w.relayout_pending() and w.timeline.layout_model is shown, "the previous layout stays until ready"
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    qtbot.wait(100)
    ticker.stop()  # the check builds a layout here: not timed
    assert sorted(w.timeline.visible_event_ids()) == _expected_ids(w)
    ticker.start()
    assert len(w.timeline.visible_event_ids()) == N_EVENTS

    s.set_visible_actors({"a1", "a2", "a3"})
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    qtbot.wait(100)
    ticker.stop()  # the check builds a layout here: not timed
    assert sorted(w.timeline.visible_event_ids()) == _expected_ids(w)
    ticker.start()

    # two changes in a row: only the newest is shown
    w.set_event_scope("main", save=False)
    s.set_visible_actors({"a4"})
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    qtbot.wait(100)
    ticker.stop()
    assert w.timeline.min_confidence() == s.min_confidence and w.timeline.visible_actors() == {"a4"}
    assert sorted(w.timeline.visible_event_ids()) == _expected_ids(w)
    assert len(s.sequence()) == len(w.timeline.visible_event_ids())
    assert w.statusBar().currentMessage() == ""
    print(f"\nscope/filter relayout of {N_EVENTS} events: worst gap {ticker.worst()} ms over {len(ticker.gaps)} ticks")
    # 33-64 ms measured quietly, once 162 on the shared VM; the GUI-thread relayout it replaces took 629-710 ms
    assert ticker.worst() < 300, f"the event loop stalled {ticker.worst()} ms"


def test_opening_another_document_drops_a_pending_relayout(window, qtbot):
    w = window
    doc = _big_document()
    w.load_document(doc, prepared=w._display_prep()(doc))
    w.set_event_scope("all" if w.state.event_scope == "main" else "main", save=False)
    assert w.relayout_pending()
    small = harbour_document()
    w.load_document(small)
    assert not w.relayout_pending()
    qtbot.wait(1500)  # the abandoned job finishes and is dropped
    assert w.timeline.document() is w.state.document and w.state.document.text == small.text
    assert sorted(w.timeline.visible_event_ids()) == _expected_ids(w)


def test_a_small_document_relays_out_at_once(window):
    w = window
    w.load_document(harbour_document())
    w.set_event_scope("all", save=False)
    assert not w.relayout_pending() and w.timeline.min_confidence() is None
    w.state.set_visible_actors(set())
    assert not w.relayout_pending() and w.timeline.visible_actors() == set()


def test_lane_mode_change_on_a_big_document_is_laid_out_off_the_gui_thread(window, qtbot):
    w = window
    doc = _big_document()
    w.load_document(doc, prepared=w._display_prep()(doc))
    qtbot.wait(300)
    w.set_lane_mode("actors", save=False)
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    shown = w.timeline.layout_model
    assert len(shown.lanes) > 1
    w.set_lane_mode("single", save=False)
    assert w.relayout_pending() and w.timeline.layout_model is shown, "the previous lanes stay until ready"
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    qtbot.wait(100)
    assert w.timeline.lane_mode() == "single" and w.timeline.layout_model is not shown
    assert len(w.timeline.layout_model.lanes) == 1
    assert sorted(w.timeline.visible_event_ids()) == _expected_ids(w)
    w.set_lane_mode("actors", save=False)
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    assert len(w.timeline.layout_model.lanes) > 1


def test_theme_change_on_a_big_document_is_laid_out_off_the_gui_thread(window, qtbot):
    from newsline.gui.timeline_widget import NO_ACTOR_COLOUR

    w = window
    w.set_theme("light", save=False)
    doc = _big_document()
    w.load_document(doc, prepared=w._display_prep()(doc))
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    qtbot.wait(200)
    shown = w.timeline.layout_model
    w.set_theme("dark", save=False)
    assert w.relayout_pending() and w.timeline.layout_model is shown, "the previous layout stays until ready"
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    qtbot.wait(100)
    assert w.timeline.theme() == "dark" and w.timeline.layout_model is not shown
    assert w.timeline.layout_key()[3] == NO_ACTOR_COLOUR["dark"]
    assert sorted(w.timeline.visible_event_ids()) == _expected_ids(w)
    w.set_theme("light", save=False)
    qtbot.waitUntil(lambda: _settled(w), timeout=30_000)
    assert w.timeline.theme() == "light"
