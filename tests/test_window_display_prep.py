"""Showing a new document uses pieces prepared off the GUI thread (`display_prep`): they must be exactly what the
window would compute itself, be ignored when the settings changed meanwhile, and a big article's text, which
goes into its pane a turn later, must never overwrite a document opened since."""

from __future__ import annotations

import numpy as np
import pytest

from gui_fixtures import generated_document
from newsline.core import navigation
from newsline.core.model import CorrectionOp, Correction, Document
from newsline.gui.display_prep import DisplayPrep, actor_event_counts
from newsline.gui.timeline_layout import build_layout
from window_fixtures import harbour_document, recorded_errors, window  # noqa: F401  (fixtures)


def _mixed_salience(n: int) -> Document:
    doc = generated_document(n, n_actors=5, seed=3)
    events = [e.model_copy(update={"confidence": 0.3 + 0.6 * ((i * 7) % 10) / 10}) for i, e in enumerate(doc.events)]
    return doc.model_copy(update={"events": events})


@pytest.mark.parametrize("scope,order,lane_mode", [("main", "chronological", "actors"), ("all", "text", "single")])
def test_prepared_pieces_equal_what_the_window_computes(scope, order, lane_mode):
    doc = _mixed_salience(1500)
    corrections = [Correction(op=CorrectionOp.DELETE_EVENT, target=doc.events[3].id)]
    prep = DisplayPrep(lane_mode=lane_mode, scope=scope, order=order)(doc, corrections)
    corrected = prep.document
    assert len(corrected.events) == len(doc.events) - 1
    min_conf = navigation.min_confidence_for(scope)
    assert prep.sequence == navigation.step_sequence(corrected, order, None, min_conf)
    assert prep.index == {eid: i for i, eid in enumerate(prep.sequence)}
    for o in navigation.Order:
        assert [e.id for e in prep.ordered[o.value]] == [e.id for e in navigation.ordered_events(corrected.events, o)]
    for s in navigation.EVENT_SCOPES:
        conf = navigation.min_confidence_for(s)
        assert prep.counts[conf] == actor_event_counts(corrected, conf)
    expected = build_layout(corrected, prep.colours, None, lane_mode, "#6b6b6b",
                            min_confidence=min_conf)
    for name in ("x0", "x1", "visible", "mark_event", "mark_lane", "lane_top", "event_colour"):
        np.testing.assert_array_equal(getattr(prep.layout, name), getattr(expected, name))
    assert prep.layout.undated == expected.undated and prep.layout.labels == expected.labels


def test_step_sequence_from_a_presorted_list_matches_sorting():
    doc = _mixed_salience(800)
    visible = {"a1", "a3"}
    for order in navigation.Order:
        ordered = navigation.ordered_events(doc.events, order)
        for actors in (None, visible):
            for conf in (None, navigation.MAIN_EVENT_CONFIDENCE):
                assert navigation.step_sequence(doc, order, actors, conf, ordered=ordered) == \
                    navigation.step_sequence(doc, order, actors, conf)


def test_window_shows_a_prepared_document_as_it_would_its_own(window):
    w = window
    w.set_event_scope("all", save=False)
    doc = _mixed_salience(1200)
    prepared = w._display_prep()(doc)
    w.load_document(doc, prepared=prepared)
    assert w.timeline.layout_model is prepared.layout  # used as it is: nothing rebuilt on the GUI thread
    assert w.state.sequence() == prepared.sequence
    shown_prepared = (w.timeline.visible_event_ids(), w.position_text(), w.sidebar.tree.topLevelItem(0).text(2))
    w.load_document(doc)  # and the same document without preparation
    assert w.timeline.layout_model is not prepared.layout
    assert (w.timeline.visible_event_ids(), w.position_text(), w.sidebar.tree.topLevelItem(0).text(2)) == \
        shown_prepared


def test_prepared_pieces_made_for_other_settings_are_not_used(window):
    w = window
    w.set_event_scope("main", save=False)
    doc = _mixed_salience(600)
    prepared = DisplayPrep(lane_mode="single", scope="all", order="text")(doc)
    w.load_document(doc, prepared=prepared)
    assert w.timeline.layout_model is not prepared.layout
    assert w.state.sequence() == navigation.step_sequence(w.state.document, w.state.order, None,
                                                          navigation.MAIN_EVENT_CONFIDENCE)
    assert len(w.timeline.visible_event_ids()) == len(w.state.sequence())


def test_a_big_text_shown_late_never_overwrites_a_newer_document(window, qtbot):
    from newsline.gui.source_pane import DEFER_TEXT_CHARS

    w = window
    big = Document(title="Big", text="Rain fell on the town. " * (DEFER_TEXT_CHARS // 20))
    w.load_document(big)
    assert w.source.toPlainText() == ""  # goes in a turn later
    qtbot.waitUntil(lambda: w.source.toPlainText() == big.text, timeout=5000)
    w.load_document(Document(title="Big again", text=big.text + " The end."))
    small = harbour_document()
    w.load_document(small)  # before the big text of the second document went in
    qtbot.wait(200)
    assert w.source.toPlainText() == small.text
    assert w.state.document.text == small.text


def test_a_failing_preparation_does_not_stop_the_document_from_opening(qtbot):
    from newsline.gui.worker import Extractor, LoadResult

    def broken(document, corrections):
        raise RuntimeError("a bug in the preparation")

    ex = Extractor(process_threshold=None)
    got, failures = [], []
    ex.finished.connect(got.append)
    ex.failed.connect(failures.append)
    ex.start(lambda progress: LoadResult(harbour_document()), prepare=broken)
    qtbot.waitUntil(lambda: bool(got or failures), timeout=10_000)
    assert failures == [] and got[0].prepared is None and got[0].document.events
