"""Speed of the main window, offscreen. Prints a table.

    .venv/bin/python bench/bench_window.py [--quick]

* first window painted: `python -m newsline.gui.launcher` (no file: the sample) in a subprocess with
  NEWSLINE_EXIT_AT_FIRST_PAINT=1 (see gui/app.py), from just before the process starts to the time the window
  prints at its first paint. The first run warms the disk cache and is not counted; median of the rest.
* one step: `next event` with 10,000 events (a generated document from tests/gui_fixtures.py, all events
  shown), every pane updated (timeline, article text, details, status bar) and painted in the event loop's
  turn; median over 100 steps. Once with the whole timeline in view (the ring moves, the view stays) and once
  zoomed in 40x (the view re-centres on most steps, so the whole timeline is redrawn).
* opening the sample end to end: `open_sample()` until the extraction is back, the first event selected and
  the window repainted; the first time in a process (knowledge base and word lists loaded) and again.
* opening a 1 MB article (~28,000 events; not with --quick): the longest gap between turns of the event loop
  (a 10 ms timer) while the worker extracts it and while the window shows it, with main events shown and again
  with all events shown (7,373 and 27,701 events on the timeline); then, on that article, the
  longest gap while a correction (an event's label, its undo, a merge of two actors) is applied and shown.
* --big-only: only the 1 MB rows (and no first-window, step or sample rows).
Targets: first window <= 1.5 s warm, one step <= 16 ms at 10,000 events, no event-loop turn over 100 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
CONFIG = tempfile.mkdtemp(prefix="newsline-bench-")
os.environ["NEWSLINE_CONFIG_DIR"] = CONFIG  # never the user's settings

from PySide6.QtWidgets import QApplication  # noqa: E402


def first_paint_seconds(runs: int) -> list[float]:
    env = dict(os.environ, NEWSLINE_EXIT_AT_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    out = []
    for _ in range(runs + 1):  # the first run only warms caches
        start = time.time()
        proc = subprocess.Popen([sys.executable, "-m", "newsline.gui.launcher"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        try:
            line = ""
            for line in proc.stdout:
                if line.startswith("first-paint "):
                    break
            painted = float(line.split()[1]) if line.startswith("first-paint ") else float("nan")
        finally:
            proc.kill()  # the window quits by itself, but need not wait for the sample's extraction
            proc.wait()
        out.append(painted - start)
    return out[1:]


def _window():
    from newsline.gui.main_window import MainWindow

    w = MainWindow()
    w.resize(1280, 800)
    w.show()
    QApplication.processEvents()
    return w


def _repaint_all(w) -> None:
    for widget in (w.timeline.plot.viewport(), w.timeline.undated, w.source.viewport(), w.details,
                   w.statusBar()):
        widget.repaint()


def step_ms(n_events: int, steps: int, zoom: float = 1.0) -> list[float]:
    """Median step; with zoom > 1 the view is zoomed in first, so most steps re-centre the timeline."""
    from gui_fixtures import generated_document

    w = _window()
    w.set_event_scope("all", save=False)
    w.load_document(generated_document(n_events, n_actors=8, seed=11))
    w.state.step("first")
    w.timeline.fit_all()
    if zoom != 1.0:
        w.timeline.zoom(zoom)
    QApplication.processEvents()
    _repaint_all(w)
    times, cpu = [], []
    paints = [0]
    canvas_paint = w.timeline.canvas.paint

    def counting_paint(*args):
        paints[0] += 1
        return canvas_paint(*args)

    w.timeline.canvas.paint = counting_paint
    for _ in range(steps):
        t0, c0 = time.perf_counter(), time.process_time()
        w.actions.next.trigger()
        # the event loop's turn: scene changes, deferred updates and the paint of every pane the step touched
        # (one paint each, as in the running app; `paints` below checks the timeline was painted every step)
        QApplication.processEvents()
        QApplication.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    assert w.state.position()[0] == steps + 1, "stepping did not move"
    assert paints[0] >= steps, f"the timeline was painted {paints[0]} times in {steps} steps"
    w.close()
    return times, cpu


def open_sample_seconds(runs: int) -> list[float]:
    out = []
    w = _window()
    for _ in range(runs):
        t0 = time.perf_counter()
        w.open_sample()
        while w.extractor.busy or w.state.selected_event_id is None:
            QApplication.processEvents()
            time.sleep(0.002)
        _repaint_all(w)
        out.append(time.perf_counter() - t0)
    events = len(w.state.document.events)
    w.close()
    return out, events


def open_big_article_gaps(size: int = 1_000_000, scope: str = "main", corrections: bool = True) -> dict:
    """Open a generated `size`-character article (tests/gui_fixtures.big_article) in a shown window and record,
    with a 10 ms timer, every gap between turns of the event loop: while the worker extracts and prepares it, and
    while the window shows it (from the result's arrival until the article text is in its pane and marked, plus 300 ms).
    Then the gaps while corrections are applied to it (`correction_gaps`). `scope`: main events or all events
    shown (the window's choice, saved in the settings, so set here)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from gui_fixtures import big_article

    w = _window()
    w.set_event_scope(scope, save=False)
    path = big_article(Path(CONFIG) / "big.txt", size)
    gaps, shown_gaps, finished = [], [], []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: (shown_gaps if finished else gaps).append(clock.restart()))
    # busyChanged(False) comes just before the result is handed to the window
    w.extractor.busyChanged.connect(lambda busy: None if busy else finished.append(
        (time.perf_counter(), time.process_time())))
    clock.start()
    ticker.start()
    start = time.perf_counter()
    w.open_path(path)
    while w.extractor.busy:
        QApplication.processEvents()
        time.sleep(0.002)
    pending = getattr(w.source, "pending", lambda: False)  # its marks may come a turn after the text
    while w.source.document().characterCount() < size or pending():
        QApplication.processEvents()
        time.sleep(0.002)
    shown, shown_cpu = time.perf_counter() - finished[0][0], time.process_time() - finished[0][1]
    end = time.perf_counter() + 0.3
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.002)
    ticker.stop()
    out = {"extract_s": finished[0][0] - start, "extract_gap": max(gaps), "show_ms": shown * 1000,
           "show_gap": max(shown_gaps), "show_cpu_ms": shown_cpu * 1000, "events": len(w.state.document.events)}
    out["corrections"] = correction_gaps(w, clock, ticker) if corrections else []
    w.setWindowModified(False)
    w.state.undo_stack.setClean()
    w.close()
    return out


def correction_gaps(w, clock, ticker) -> list[tuple[str, int, float]]:
    """On the shown 1 MB article: a few corrections (an event's label, undoing it, merging two actors), each
    timed from the user's action until the corrected document is shown, with the longest gap between event-loop
    turns (the 10 ms timer) from the action until 300 ms after. Returns (what, longest gap ms, shown after ms)."""
    from newsline.core.model import CorrectionOp

    s = w.state
    event, actors = s.document.events[len(s.document.events) // 2], s.document.actors
    steps = [("an event's label", lambda: s.correct(CorrectionOp.SET_EVENT_LABEL, event.id, "Corrected label")),
             ("undo it", s.undo_stack.undo),
             ("merge two actors", lambda: s.correct(CorrectionOp.MERGE_ACTORS, actors[0].id, [actors[1].id]))]
    out = []
    for name, act in steps:
        gaps: list[int] = []
        ticker.timeout.disconnect()
        ticker.timeout.connect(lambda: gaps.append(clock.restart()))
        clock.restart()
        ticker.start()
        before = s.document
        start = time.perf_counter()
        act()
        while getattr(s, "recomputing", False) or s.document is before:
            QApplication.processEvents()
            time.sleep(0.002)
        applied = time.perf_counter() - start
        end = time.perf_counter() + 0.3
        while time.perf_counter() < end:
            QApplication.processEvents()
            time.sleep(0.002)
        ticker.stop()
        out.append((name, max(gaps), applied * 1000))
    assert s.document.actor(actors[1].id) is None and s.document.event(event.id).label != "Corrected label"
    return out


def small_rows(quick: bool) -> list[tuple]:
    paint = first_paint_seconds(2 if quick else 4)
    steps, steps_cpu = step_ms(10_000, 30 if quick else 100)
    moving, moving_cpu = step_ms(10_000, 30 if quick else 100, zoom=40.0)
    sample, n_sample = open_sample_seconds(2 if quick else 3)
    return [
        ("first window painted (warm)", f"{statistics.median(paint):.2f} s", "<= 1.5 s",
         f"runs: {', '.join(f'{x:.2f}' for x in paint)}"),
        ("one step, 10,000 events", f"{statistics.median(steps):.1f} ms", "<= 16 ms",
         f"CPU {statistics.median(steps_cpu):.1f} ms; wall p90 {statistics.quantiles(steps, n=10)[-1]:.1f} ms "
         f"over {len(steps)} steps"),
        ("one step, 10,000 events, zoomed in", f"{statistics.median(moving):.1f} ms", "<= 16 ms",
         f"CPU {statistics.median(moving_cpu):.1f} ms; the view re-centres at most steps"),
        ("open the sample, first in a process", f"{sample[0]:.2f} s", "-",
         f"{n_sample} events; loads the knowledge base and word lists"),
        ("open the sample again", f"{statistics.median(sample[1:]):.2f} s", "-",
         f"runs: {', '.join(f'{x:.2f}' for x in sample[1:])}"),
    ]


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841
    rows = []
    if "--big-only" not in argv:
        rows += small_rows(quick)
    big = None if quick else open_big_article_gaps()
    big_all = None if quick else open_big_article_gaps(scope="all", corrections=False)
    if big is not None:
        rows.append(("1 MB article: longest event-loop gap", f"{big['show_gap']:.0f} ms", "<= 100 ms",
                     f"while showing it ({big['show_ms']:.0f} ms, CPU {big['show_cpu_ms']:.0f} ms, from the result "
                     f"to the text in its pane, marked); "
                     f"{big['extract_gap']:.0f} ms while extracting ({big['extract_s']:.1f} s); {big['events']} events"))
        rows.append(("1 MB article, all events: longest gap", f"{big_all['show_gap']:.0f} ms", "<= 100 ms",
                     f"while showing it ({big_all['show_ms']:.0f} ms, CPU {big_all['show_cpu_ms']:.0f} ms); "
                     f"{big_all['extract_gap']:.0f} ms while extracting"))
        worst = max(big["corrections"], key=lambda c: c[1])
        rows.append(("1 MB article: longest gap, a correction", f"{worst[1]:.0f} ms", "<= 100 ms",
                     "; ".join(f"{name}: {gap} ms, shown after {ms:.0f} ms" for name, gap, ms in big["corrections"])))
    w0 = max(len(r[0]) for r in rows)
    print(f"{'measure':<{w0}} | {'median':>9} | {'target':>8} | notes")
    print(f"{'-' * w0}-|-{'-' * 9}-|-{'-' * 8}-|------")
    for name, value, target, note in rows:
        print(f"{name:<{w0}} | {value:>9} | {target:>8} | {note}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while measuring)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
