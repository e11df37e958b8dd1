"""Start the window: `run(path, reference_date, argv)` is what `newsline [FILE]` calls."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtWidgets import QApplication


def run(path: str | None = None, reference_date: dt.date | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("Newsline")
    app.setOrganizationName("Newsline")

    from .errors import install_excepthook
    from .main_window import MainWindow

    install_excepthook()
    window = MainWindow()
    window.show()
    if path:
        window.open_path(path, reference_date)
    else:
        window.open_sample(reference_date)
    return app.exec()
