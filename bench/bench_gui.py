"""Speed of the timeline widget and the PNG export, offscreen. Prints a table.

    .venv/bin/python bench/bench_gui.py [--quick]

Measures, on generated documents (tests/gui_fixtures.py): build time (set_document + first paint), one step
(set_selected_event with centring + a forced repaint), a pan frame and a zoom frame (the change + a forced
synchronous repaint of the plot), and the PNG export of 1,000 events. Targets: step <= 16 ms at 10,000 events,
pan/zoom frame <= 16 ms at 10,000 and <= 50 ms at 100,000, export <= 1 s.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from gui_fixtures import generated_document  # noqa: E402


def _ms(samples: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(median wall ms, p90 wall ms, median CPU ms). The machine is shared: CPU time is the steadier figure."""
    wall = [s[0] * 1000 for s in samples]
    return statistics.median(wall), statistics.quantiles(wall, n=10)[-1], statistics.median(s[1] for s in samples) * 1000


def bench_widget(n: int, repeats: int) -> dict[str, tuple[float, float]]:
    from newsline.gui.timeline_widget import TimelineWidget

    app = QApplication.instance()
    doc = generated_document(n, n_actors=8, seed=11)
    w = TimelineWidget()
    w.resize(1280, 720)
    w.show()
    app.processEvents()
    t = time.perf_counter()
    w.set_document(doc)
    w.plot.viewport().repaint()
    build = time.perf_counter() - t
    vp = w.plot.viewport()

    def frame(action) -> tuple[float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        action()
        vp.repaint()
        return time.perf_counter() - t0, time.process_time() - c0

    out = {"build": (build * 1000, build * 1000, build * 1000)}
    # whole timeline in view (the worst case for culling), then zoomed in on a year
    out["pan, all in view"] = _ms([frame(lambda: w.pan(0.002 * (-1) ** i)) for i in range(repeats)])
    out["zoom, all in view"] = _ms([frame(lambda: w.zoom(1.01 if i % 2 else 1 / 1.01)) for i in range(repeats)])
    w.zoom(10.0)
    out["pan, one year in view"] = _ms([frame(lambda: w.pan(0.05)) for _ in range(repeats)])
    out["zoom, one year in view"] = _ms([frame(lambda: w.zoom(1.1 if i % 2 else 1 / 1.1)) for i in range(repeats)])
    ids = w.visible_event_ids()
    step = max(1, len(ids) // repeats)
    out["step (select + centre)"] = _ms([frame(lambda i=i: w.set_selected_event(ids[i * step], center=True))
                                         for i in range(repeats)])
    w.close()
    w.deleteLater()
    app.processEvents()
    return out


def bench_export(n: int) -> float:
    from newsline.gui.export_png import export_png

    doc = generated_document(n, seed=5)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        export_png(doc, Path(tmp) / "t.png", width=1600, height=900)
        return (time.perf_counter() - t) * 1000


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    QApplication.instance() or QApplication([])
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    repeats = 10 if quick else 30
    results = {n: bench_widget(n, repeats) for n in sizes}
    rows = list(next(iter(results.values())).keys())
    head = f"| {'ms: wall median / p90 / CPU':<28} | " + " | ".join(f"{n:>18,} events" for n in sizes) + " |"
    print(head)
    print("|" + "-" * 30 + "|" + "|".join("-" * 27 for _ in sizes) + "|")
    for r in rows:
        cells = []
        for n in sizes:
            med, p90, cpu = results[n][r]
            cells.append(f"{med:>6.1f} / {p90:>6.1f} / {cpu:>6.1f}" if r != "build" else f"{med:>22.0f}")
        print(f"| {r:<28} | " + " | ".join(c.rjust(25) for c in cells) + " |")
    export_ms = bench_export(1000)
    print(f"\nPNG export, 1,000 events, 1600x900: {export_ms:.0f} ms wall (target <= 1000 ms)")
    print("build = set_document + first paint (wall). Frames: the change + a synchronous repaint of the plot.")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while measuring)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
