"""Start the window: `run(path, reference_date, argv)` is what `newsline [FILE]` calls."""

from __future__ import annotations

import datetime as dt
import sys

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
    window.show()
    if path:
        window.open_path(path, reference_date)
    else:
        window.open_sample(reference_date)
    return window


def run(path: str | None = None, reference_date: dt.date | None = None, argv: list[str] | None = None) -> int:
    app = application(argv)
    window = open_window(path, reference_date)  # noqa: F841 - kept alive until the loop ends
    return app.exec()
