"""The one place that turns exceptions into dialogs.

`report(parent, exc, doing)` decides the wording: a `NewslineError` (bad file, bad project, bad date) carries a
complete sentence for the user; anything else is a bug and is shown with its traceback under "Details".
`show_error_dialog` (blocking) and `show_notice` (non-blocking, for warnings such as a knowledge-base file that
was skipped) are the only functions here that open a window; tests replace them to record messages instead. `install_excepthook` routes exceptions escaping Qt slots to the same place.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from newsline.core.errors import NewslineError


def show_error_dialog(parent: QWidget | None, title: str, message: str, details: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name or field path, never read as HTML
    box.setAccessibleName(title)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_notice(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A non-blocking notice: the window stays usable while it is open."""
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.show()
    return box


def warn(parent: QWidget | None, title: str, warnings: list[str], status_bar=None) -> None:
    """Tell the user about problems that did not stop the work (e.g. their knowledge-base file was skipped):
    a line in the status bar and a non-blocking notice listing them."""
    if not warnings:
        return
    if status_bar is not None:
        status_bar.showMessage(f"{title}: {warnings[0]}" if len(warnings) == 1 else
                               f"{title} ({len(warnings)} problems)", 15000)
    show_notice(parent, title, "\n\n".join(warnings))


def describe(exc: BaseException) -> tuple[str, str | None]:
    """(message for the user, technical details or None)."""
    if isinstance(exc, NewslineError):
        return str(exc), None
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return f"{where}{exc.strerror or exc}", None
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return f"Something went wrong inside Newsline ({type(exc).__name__}: {exc}). Your document was not changed.", details


def report(parent: QWidget | None, exc: BaseException, doing: str = "That did not work") -> None:
    """Tell the user about `exc`; `doing` names what failed: "Could not open the file"."""
    message, details = describe(exc)
    show_error_dialog(parent, doing, message, details)


def _hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    traceback.print_exception(exc_type, exc, tb)
    if QApplication.instance() is not None:
        report(QApplication.activeWindow(), exc.with_traceback(tb), "Unexpected error")


def install_excepthook() -> None:
    """Show exceptions that escape Qt slots in a dialog instead of losing them on the console."""
    sys.excepthook = _hook
