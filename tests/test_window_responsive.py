"""The window stays responsive with big documents: a big article's text is filled into its QTextDocument on the
worker thread and shown a turn after the timeline, its marks a turn later; a newer document drops whatever is
still pending; a correction on a big document is applied on a worker thread and swapped in when ready.

The 1 MB timings are in tests/test_window_worker.py and bench/bench_window.py; here the thresholds are lowered
(monkeypatched) so that small documents take the same paths."""

from __future__ import annotations

import threading

from gui_fixtures import generated_document
from newsline.core.model import CorrectionOp, Document
from newsline.gui import document_state, source_pane
from newsline.gui.worker import LoadResult
from window_fixtures import GapTicker, harbour_document, recorded_errors, wait_loaded, window  # noqa: F401  (fixtures)


def _open(w, doc: Document) -> None:
    """Open `doc` the way a file is opened: through the worker, with the display prepared there."""
    w._start("open", lambda progress: LoadResult(doc), f"Opening {doc.title}")


def _filled_on_threads(monkeypatch) -> list[str]:
    """Lower the big-text threshold so the small test documents take the big-text path, and record the
    thread each text document is filled on."""
    monkeypatch.setattr(source_pane, "DEFER_TEXT_CHARS", 100)
    threads: list[str] = []
    real = source_pane.text_document

    def recording(text, font):
        threads.append(threading.current_thread().name)
        return real(text, font)

    monkeypatch.setattr(source_pane, "text_document", recording)
    return threads


def test_a_big_text_is_filled_off_the_gui_thread_and_shown_whole_after_the_timeline(window, qtbot, monkeypatch):
    w = window
    threads = _filled_on_threads(monkeypatch)
    doc = harbour_document()
    seen_on_arrival = []
    w.extractor.finished.connect(lambda _r: seen_on_arrival.append(
        (w.timeline.document() is w.state.document, len(w.timeline.visible_event_ids()), w.source.toPlainText(),
         w.source.pending())))
    _open(w, doc)
    wait_loaded(qtbot, w)
    qtbot.waitUntil(lambda: not w.source.pending(), timeout=5000)
    # the turn the result came: timeline and stepping ready, the article text still to come
    assert seen_on_arrival == [(True, len(w.state.sequence()), "", True)]
    assert threads and threading.main_thread().name not in threads
    shown = w.source.document()
    assert shown is w.source._own_text_doc and shown.thread() is w.thread()
    assert w.source.toPlainText() == doc.text and shown.defaultFont() == w.source.font()
    assert shown.isUndoRedoEnabled() is False
    # marked: the footer dimmed, the first event's sentence and trigger marked, and it is the same document
    assert w.state.selected_event_id is not None and len(w.source.extraSelections()) >= 3
    assert w.source.marked_sentence_span() is not None
    assert len(w.state.document.events) == len(doc.events)
    # clicking a sentence still selects its event (offsets hold in the handed-over document)
    ev = w.state.document.events[-1]
    assert w.source.select_at(ev.trigger.start) is not None


def test_opening_another_document_while_a_big_text_is_pending_drops_it(window, qtbot, monkeypatch):
    w = window
    _filled_on_threads(monkeypatch)
    taken: list[str] = []
    real_take = source_pane.SourcePane._take_document
    monkeypatch.setattr(source_pane.SourcePane, "_take_document",
                        lambda self, filled: (taken.append(filled.toPlainText()), real_take(self, filled)))
    first = harbour_document()
    second = Document(title="Second", text="Rain closed the Portmere road on 3 May 2021. " * 10)
    # the second document comes in the very turn the first one arrives: the first one's text and marks are
    # still to come, and must never be shown
    w.extractor.finished.connect(lambda r: w.load_document(second) if r.document is first else None)
    _open(w, first)
    wait_loaded(qtbot, w)
    qtbot.waitUntil(lambda: not w.source.pending(), timeout=5000)
    qtbot.wait(100)  # past the first document's deferred turns
    assert w.state.document is second and w.source.toPlainText() == second.text
    assert taken == []  # the second was not prepared by the worker: the pane filled it itself
    # and a third document, opened through the worker while nothing is pending, replaces it cleanly
    third = harbour_document()
    _open(w, third)
    wait_loaded(qtbot, w)
    qtbot.waitUntil(lambda: w.state.document is not second and not w.source.pending(), timeout=5000)
    assert w.source.toPlainText() == third.text and taken == [third.text]
    assert w.timeline.document() is w.state.document


def test_closing_the_document_while_a_big_text_is_pending_leaves_the_pane_empty(window, qtbot, monkeypatch):
    w = window
    _filled_on_threads(monkeypatch)
    doc = harbour_document()
    w.extractor.finished.connect(lambda r: w.load_document(None) if r.document is doc else None)
    _open(w, doc)
    wait_loaded(qtbot, w)
    qtbot.wait(150)
    assert w.state.document is None and w.source.toPlainText() == "" and w.source.extraSelections() == []


def test_a_correction_on_a_big_document_is_applied_off_the_gui_thread(window, qtbot, monkeypatch, tmp_path):
    """Undo, redo and save see the correction at once; the views get the corrected document when the worker
    has made it, and the event loop keeps turning meanwhile."""
    w = window
    assert document_state.ASYNC_EVENTS <= 3000
    w.set_event_scope("all", save=False)
    doc = generated_document(3000, n_actors=8, seed=5)
    w.load_document(doc, prepared=w._display_prep()(doc))
    w.state.set_visible_actors({"a1", "a2", "a3"})  # a filter: kept, and used by the worker's layout
    w.state.step("first")
    s = w.state
    target = next(e for e in s.document.events if s.event_shown(e))
    ticker = GapTicker()
    ticker.start()
    before = s.document
    s.correct(CorrectionOp.SET_EVENT_LABEL, target.id, "Corrected label", "Rename event")
    assert len(s.corrections) == 1 and s.dirty and w.actions.undo.isEnabled()
    assert s.recomputing and s.document is before  # the views keep the document they show until it is ready
    qtbot.waitUntil(lambda: not s.recomputing, timeout=30_000)
    ticker.stop()
    assert s.document.event(target.id).label == "Corrected label"
    assert before.event(target.id).label != "Corrected label", "the extracted document is not modified"
    assert w.timeline.document() is s.document and s.visible_actor_ids == {"a1", "a2", "a3"}
    assert w.timeline.layout_model is s.prepared.layout, "the worker's layout (made with the filter) is used"
    assert len(w.timeline.visible_event_ids()) == len(s.sequence())
    assert w.statusBar().currentMessage() == ""
    assert ticker.worst() < 250

    s.undo_stack.undo()
    assert s.corrections == [] and s.recomputing
    qtbot.waitUntil(lambda: not s.recomputing, timeout=30_000)
    assert s.document.event(target.id).label == target.label
    s.undo_stack.redo()
    qtbot.waitUntil(lambda: not s.recomputing, timeout=30_000)
    assert s.document.event(target.id).label == "Corrected label"

    # two corrections in a row: only the newest result is shown, with both applied
    s.correct(CorrectionOp.MERGE_ACTORS, "a1", ["a2"], "Merge")
    s.correct(CorrectionOp.RENAME_ACTOR, "a1", "Merged actor", "Rename")
    qtbot.waitUntil(lambda: not s.recomputing, timeout=30_000)
    assert s.document.actor("a2") is None and s.document.actor("a1").name == "Merged actor"
    assert s.document.event(target.id).label == "Corrected label"
    assert w.sidebar.item_for("a2") is None and w.sidebar.item_for("a1").text(0) == "Merged actor"

    assert w.save_as(tmp_path / "big.newsline.json")
    from newsline.core.project_file import load_project

    saved = load_project(tmp_path / "big.newsline.json").documents[0]
    assert [c.op for c in saved.corrections] == [CorrectionOp.SET_EVENT_LABEL, CorrectionOp.MERGE_ACTORS,
                                                 CorrectionOp.RENAME_ACTOR]


def test_opening_a_document_while_a_correction_is_being_made_drops_the_correction(window, qtbot):
    w = window
    doc = generated_document(3000, n_actors=4, seed=2)
    w.load_document(doc)
    s = w.state
    s.correct(CorrectionOp.RENAME_ACTOR, "a1", "Renamed", "Rename")
    assert s.recomputing
    small = harbour_document()
    w.load_document(small)
    assert not s.recomputing and s.corrections == []
    qtbot.wait(1500)  # the abandoned job finishes and is dropped
    assert s.document.text == small.text and w.timeline.document() is s.document
    assert s.document.actor("a1") is None or s.document.actor("a1").name != "Renamed"


def test_a_small_document_is_still_corrected_at_once(window):
    w = window
    w.load_document(harbour_document())
    ev = w.state.document.events[0]
    w.state.correct(CorrectionOp.SET_EVENT_LABEL, ev.id, "At once", "Rename")
    assert not w.state.recomputing and w.state.document.event(ev.id).label == "At once"


def test_a_big_document_re_dated_keeps_its_corrections_and_is_made_off_the_gui_thread(window, qtbot):
    """A new reference date gives a new extracted document (`replace_base`): on a big one, corrections are
    applied to it on the worker as well, and the chronological order is made again (every date may move)."""
    w = window
    w.set_event_scope("all", save=False)
    doc = generated_document(3000, n_actors=4, seed=3)
    w.load_document(doc, prepared=w._display_prep()(doc))
    s = w.state
    s.correct(CorrectionOp.RENAME_ACTOR, "a2", "Renamed", "Rename")
    qtbot.waitUntil(lambda: not s.recomputing, timeout=30_000)
    redated = generated_document(3000, n_actors=4, seed=4)  # same ids, other dates
    s.replace_base(redated)
    assert s.recomputing and s.base is redated
    qtbot.waitUntil(lambda: not s.recomputing, timeout=30_000)
    assert s.document.actor("a2").name == "Renamed"
    assert [e.id for e in s.document.events] == [e.id for e in redated.events]
    from newsline.core import navigation

    assert s.sequence() == navigation.step_sequence(s.document, s.order, None, None)
    assert w.timeline.document() is s.document
