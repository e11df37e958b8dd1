"""Extraction runs off the GUI thread: the event loop keeps turning while a 1 MB article is extracted, and a
result that was overtaken by a newer open is dropped."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from gui_fixtures import big_article
from newsline.gui.worker import Extractor, load_file_task, sample_text
from window_fixtures import recorded_errors, wait_loaded, window  # noqa: F401  (fixtures)


def _big_article(tmp_path, size=1_000_000):
    return big_article(tmp_path / "big.txt", size)


@pytest.mark.slow
def test_event_loop_keeps_turning_while_a_1mb_article_is_extracted_and_shown(window, qtbot, tmp_path):
    """A 10 ms timer records every gap between event-loop turns: while the worker extracts a 1 MB article
    (~28,000 events) and prepares it for display, and while the window then shows it (timeline, sidebar, article
    text). The target is 100 ms. Measured on a 2-CPU machine: worst gap 17-61 ms extracting; 22-51 ms showing with
    load average 2-3 from other jobs, 57-105 ms with three busy loops besides (before: 1.3-2.3 s showing, most of
    it loading the knowledge base on the GUI thread, and 0.6-0.9 s without that); once 108 ms extracting on a
    quiet shared VM. The 100 ms
    target is measured by bench/bench_window.py; here the bound is 250 ms, which a clean run never neared and
    any work moved back onto the GUI thread (extraction, the knowledge base, the layout: 0.3-2.5 s) breaks. Then
    the same for a correction on it (0.3 s on the GUI thread with copy-on-write corrections, 2.7-5 s before)."""
    w = window
    path = _big_article(tmp_path)
    gaps: list[float] = []
    shown_gaps: list[float] = []
    finished: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)

    def tick():
        gap = clock.restart()
        (shown_gaps if finished else gaps).append(gap)

    # busyChanged(False) is emitted just before the result is handed to the window
    w.extractor.busyChanged.connect(lambda busy: finished.append(time.monotonic()) if not busy else None)
    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    started = time.monotonic()
    w.open_path(path)
    assert w.extractor.busy and w.progress.isVisible()
    qtbot.waitUntil(lambda: not w.extractor.busy, timeout=600_000)
    # the article text goes into its pane a turn or two later; then a few more turns for the paints to settle
    qtbot.waitUntil(lambda: w.source.document().characterCount() >= 1_000_000, timeout=10_000)
    shown = time.monotonic()
    qtbot.wait(300)
    ticker.stop()
    elapsed = finished[0] - started
    assert len(gaps) > 5, f"only {len(gaps)} ticks in {elapsed:.1f} s"
    worst, worst_shown = max(gaps), max(shown_gaps)
    doc = w.state.document
    print(f"\n1 MB article: extracted in {elapsed:.1f} s, worst event-loop gap {worst} ms over {len(gaps)} ticks; "
          f"shown in {1000 * (shown - finished[0]):.0f} ms, worst gap {worst_shown} ms; {len(doc.events)} events")
    assert worst < 250, f"the event loop stalled {worst} ms while extracting ({elapsed:.1f} s in all)"
    assert worst_shown < 250, f"the event loop stalled {worst_shown} ms while the article was shown"
    # nothing lost: every event is there and steppable, the text is whole, the first event is selected
    assert doc is not None and len(doc.text) >= 1_000_000 and w.source.toPlainText() == doc.text
    qtbot.wait(200)  # the text and its marks arrive a turn or two after the timeline
    # switching to all events lays the timeline out again on a worker thread (on this one it stalled ~200 ms)
    switched: list[float] = []
    ticker.timeout.disconnect()
    ticker.timeout.connect(lambda: switched.append(clock.restart()))
    clock.restart()
    ticker.start()
    w.set_event_scope("all", save=False)
    qtbot.waitUntil(lambda: not w.relayout_pending(), timeout=30_000)
    qtbot.wait(300)  # and repaints it
    ticker.stop()
    print(f"switching to all events: worst gap {max(switched)} ms over {len(switched)} ticks")
    assert max(switched) < 250, f"the event loop stalled {max(switched)} ms while switching to all events"
    assert len(w.state.sequence()) == len(doc.events) == len(w.timeline.visible_event_ids())
    assert w.state.selected_event_id == w.state.sequence()[0] or w.state.selected_event_id is not None

    # a correction on it: applied off the GUI thread (on the GUI thread it froze the window 0.3-5 s)
    from newsline.core.model import CorrectionOp

    event = doc.events[len(doc.events) // 2]
    corrected: list[float] = []
    ticker.timeout.disconnect()
    ticker.timeout.connect(lambda: corrected.append(clock.restart()))
    clock.restart()
    ticker.start()
    w.state.correct(CorrectionOp.SET_EVENT_LABEL, event.id, "A corrected label", "Rename event")
    qtbot.waitUntil(lambda: not w.state.recomputing, timeout=60_000)
    qtbot.wait(300)
    ticker.stop()
    print(f"a correction: worst gap {max(corrected)} ms over {len(corrected)} ticks")
    assert w.state.document.event(event.id).label == "A corrected label" and len(w.state.corrections) == 1
    assert max(corrected) < 250, f"the event loop stalled {max(corrected)} ms while a correction was applied"


def test_open_while_extracting_drops_the_stale_result(window, qtbot, tmp_path):
    w = window
    big = _big_article(tmp_path, 300_000)
    small = tmp_path / "small.txt"
    small.write_text("Rain closed the Portmere road on 3 May 2021. Crews reopened it on 5 May 2021.\n",
                     encoding="utf-8")
    w.open_path(big)
    w.open_path(small)
    w.extractor.wait(120_000)
    wait_loaded(qtbot, w)
    qtbot.waitUntil(lambda: w.extractor.dropped == 1, timeout=10_000)
    assert w.state.document.text.startswith("Rain closed")
    assert w.state.source_path == small


def test_extractor_reports_failures_of_the_newest_job_only(qtbot):
    ex = Extractor()
    failures, results = [], []
    ex.failed.connect(failures.append)
    ex.finished.connect(results.append)

    def slow_fail(progress):
        time.sleep(0.3)
        raise RuntimeError("old job")

    ex.start(slow_fail)
    ex.start(load_file_task("/nonexistent/newsline-test.txt"))
    ex.wait(10_000)
    qtbot.waitUntil(lambda: ex.dropped == 1 and not ex.busy, timeout=5000)
    assert len(failures) == 1 and "no such file" in str(failures[0])
    assert results == []


def test_child_process_extraction_gives_the_same_document_as_the_thread(qtbot, tmp_path):
    article = tmp_path / "sample.txt"
    article.write_text(sample_text(), encoding="utf-8")
    results = {}
    for name, threshold in (("thread", None), ("process", 0)):
        ex = Extractor(process_threshold=threshold)
        got = []
        ex.finished.connect(got.append)
        ex.failed.connect(lambda exc: got.append(exc))
        ex.start(load_file_task(article))
        qtbot.waitUntil(lambda: bool(got), timeout=120_000)
        assert not isinstance(got[0], BaseException), got[0]
        results[name] = got[0].document
    a, b = (results[k].model_dump(exclude={"source"}) for k in ("thread", "process"))
    assert a == b
    assert results["process"].events and any(actor.mentions for actor in results["process"].actors)
