"""Start the window: `run(path, reference_date, argv)` is what `newsline [FILE]` calls.

Benchmark hook: with ``NEWSLINE_EXIT_AT_FIRST_PAINT=1`` in the environment, the window prints
``first-paint <time.time()>`` on stdout when it is first painted and the application quits
(bench/bench_window.py measures start-up with it). Without the variable nothing changes.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time

from PySide6.QtWidgets import QApplication


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so settings land under "Newsline"."""
    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("Newsline")
    app.setOrganizationName("Newsline")
    return app


def open_window(path: str | None = None, reference_date: dt.date | None = None):
    """Show the main window and start opening `path` (the embedded sample without one)."""
    from .errors import install_excepthook
    from .main_window import MainWindow

    install_excepthook()
    window = MainWindow()
    if os.environ.get("NEWSLINE_EXIT_AT_FIRST_PAINT") == "1":
        _exit_at_first_paint(window)
    window.show()
    if path:
        window.open_path(path, reference_date)
    else:
        window.open_sample(reference_date)
    return window


def _exit_at_first_paint(window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and self.parent() is not None:
                print(f"first-paint {time.time():.6f}", flush=True)
                obj.removeEventFilter(self)
                self.setParent(None)
                window.extractor.cancel()
                QTimer.singleShot(0, QApplication.quit)
            return False

    window._first_paint_probe = probe = _FirstPaint(window)
    window.installEventFilter(probe)


def run(path: str | None = None, reference_date: dt.date | None = None, argv: list[str] | None = None) -> int:
    app = application(argv)
    window = open_window(path, reference_date)  # noqa: F841 - kept alive until the loop ends
    return app.exec()
