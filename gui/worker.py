"""Extraction and file reading off the GUI thread.

`Extractor.start(task)` runs ``task(progress)`` on a `QThreadPool` thread. Each start gets a new generation
number; when a job finishes, its result is delivered only if no newer job was started meanwhile, so opening a
file while another is still being extracted simply drops the stale result. Results and errors reach the main
thread through queued signals; the task itself must never touch a widget.

The tasks (`load_file_task`, `paste_task`, `sample_task`, `redate_task`) are plain functions that return a
`LoadResult`.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from newsline.core import pipeline
from newsline.core.ingest.readers import RawArticle
from newsline.core.model import Correction, Document, SourceFormat

Progress = Callable[[float, str], None]
SAMPLE_NAME = "sample_article.txt"


@dataclass
class LoadResult:
    document: Document
    corrections: list[Correction] = field(default_factory=list)
    source_path: Path | None = None
    project_path: Path | None = None
    kind: str = "open"  # "open" (a new document) or "redate" (same document, other reference date)
    settings: dict = field(default_factory=dict)


# --------------------------------------------------------------------------------------------- tasks
def _is_project(path: Path) -> bool:
    return path.name.lower().endswith(".newsline.json")


def load_file_task(path: str | Path, reference_date: dt.date | None = None) -> Callable[[Progress], LoadResult]:
    path = Path(path)

    def run(progress: Progress) -> LoadResult:
        if _is_project(path):
            from newsline.core.errors import ProjectFileError
            from newsline.core.project_file import load_project

            progress(0.1, f"Reading project {path.name}")
            project = load_project(path)
            if not project.documents:
                raise ProjectFileError(f"{path}: the project holds no document")
            first = project.documents[0]
            return LoadResult(first.document, list(first.corrections), source_path=path, project_path=path,
                              settings=dict(project.settings))
        progress(0.0, f"Reading {path.name}")
        doc = pipeline.load_document(path, reference_date, progress)
        return LoadResult(doc, source_path=path)

    return run


def paste_task(text: str, reference_date: dt.date | None = None) -> Callable[[Progress], LoadResult]:
    def run(progress: Progress) -> LoadResult:
        return LoadResult(pipeline.from_pasted(text, reference_date, progress))

    return run


def sample_text() -> str:
    return importlib.resources.files("newsline.resources").joinpath(SAMPLE_NAME).read_text(encoding="utf-8")


def sample_task(reference_date: dt.date | None = None) -> Callable[[Progress], LoadResult]:
    def run(progress: Progress) -> LoadResult:
        raw = RawArticle(text=sample_text(), format=SourceFormat.SAMPLE, location="sample", encoding="utf-8")
        return LoadResult(pipeline.extract_article(raw, reference_date, progress))

    return run


def redate_task(document: Document, reference_date: dt.date | None) -> Callable[[Progress], LoadResult]:
    def run(progress: Progress) -> LoadResult:
        progress(0.0, "Re-dating events")
        return LoadResult(pipeline.redate(document, reference_date), kind="redate")

    return run


# --------------------------------------------------------------------------------------------- plumbing
class _Relay(QObject):
    """Lives in the main thread; the job emits through it, so the signals arrive queued."""

    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, float, str)


class _Job(QRunnable):
    def __init__(self, generation: int, task: Callable[[Progress], LoadResult], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.generation = generation
        self.task = task
        self.relay = relay
        self._last = 0.0

    def _progress(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - self._last >= 0.05 or fraction >= 1.0:  # a few updates a second are plenty
            self._last = now
            self.relay.progress.emit(self.generation, float(fraction), str(message))

    def run(self) -> None:
        try:
            result = self.task(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the main thread
            self.relay.failed.emit(self.generation, exc)
        else:
            self.relay.done.emit(self.generation, result)


class Extractor(QObject):
    """Runs one extraction at a time as far as the window is concerned (older ones are dropped)."""

    finished = Signal(object)  # LoadResult of the newest job
    failed = Signal(object)  # the exception the newest job raised
    progress = Signal(float, str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.progress.connect(self._on_progress)
        self.generation = 0
        self._busy = False
        self.dropped = 0  # stale results thrown away (for tests and the status bar)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, task: Callable[[Progress], LoadResult]) -> int:
        self.generation += 1
        self._set_busy(True)
        self._pool.start(_Job(self.generation, task, self._relay))
        return self.generation

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    @Slot(int, object)
    def _on_done(self, generation: int, result: LoadResult) -> None:
        if generation != self.generation:
            self.dropped += 1
            return
        self._set_busy(False)
        self.finished.emit(result)

    @Slot(int, object)
    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            self.dropped += 1
            return
        self._set_busy(False)
        self.failed.emit(exc)

    @Slot(int, float, str)
    def _on_progress(self, generation: int, fraction: float, message: str) -> None:
        if generation == self.generation:
            self.progress.emit(fraction, message)
