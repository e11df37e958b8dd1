"""Extraction and file reading off the GUI thread.

`Extractor.start(task)` runs a task from `extraction_tasks` on a `QThreadPool` thread. Tasks bigger than
`PROCESS_THRESHOLD` characters are run by that thread in a child process (``python -m
newsline.gui.extraction_tasks``, pickles over its stdin/stdout) and only waited for,
so the window's event loop keeps turning even when the pipeline spends long stretches in C code holding the
GIL. Each start gets a new generation number; a job overtaken by a newer one is abandoned (its process is
terminated) and its result dropped, so opening a file while another is still extracting just works. Results
and errors reach the main thread through queued signals; tasks never touch a widget.
"""

from __future__ import annotations

import gc
import logging
import pickle
import select
import subprocess
import sys
import time
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from .extraction_tasks import (  # noqa: F401 - re-exported for callers
    ExtractPasted,
    ExtractSample,
    LoadFile,
    LoadResult,
    Redate,
    assemble_document,
    beside_the_window,
    sample_text,
)

log = logging.getLogger(__name__)

PROCESS_THRESHOLD = 150_000
"""Tasks over this many characters/bytes run in their own process."""


def load_file_task(path, reference_date=None) -> LoadFile:
    return LoadFile(path, reference_date)


def paste_task(text: str, reference_date=None) -> ExtractPasted:
    return ExtractPasted(text, reference_date)


def sample_task(reference_date=None) -> ExtractSample:
    return ExtractSample(reference_date)


def redate_task(document, reference_date) -> Redate:
    return Redate(document, reference_date)


def _load_quietly(stream):
    """Unpickle without letting the cycle collector run meanwhile: a full collection over the hundreds of
    thousands of new objects of a big document would hold the GIL, and stall the window, for a second. The
    new objects are then frozen out of later collections (they are still freed by reference counting)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        message = pickle.load(stream)
        if message and message[0] in ("done", "part", "mentions"):
            gc.freeze()
        return message
    finally:
        if was_enabled:
            gc.enable()


class _Relay(QObject):
    """Lives in the main thread; jobs emit through it, so the signals arrive queued."""

    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, float, str)


class _Job(QRunnable):
    def __init__(self, generation: int, task, relay: _Relay, is_current: Callable[[int], bool],
                 use_process: bool, prepare: Callable | None = None) -> None:
        super().__init__()
        self.prepare = prepare
        self.setAutoDelete(True)
        self.generation = generation
        self.task = task
        self.relay = relay
        self.is_current = is_current
        self.use_process = use_process
        self._last = 0.0

    def _progress(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - self._last >= 0.05 or fraction >= 1.0:
            self._last = now
            self.relay.progress.emit(self.generation, float(fraction), str(message))

    def run(self) -> None:
        try:
            result = self._run_in_process() if self.use_process else self.task(self._progress)
            if result is not None and self.prepare is not None and result.kind == "open" \
                    and self.is_current(self.generation):
                # the pure-Python part of showing it, here rather than on the GUI thread
                self._progress(1.0, "Preparing the timeline")
                try:
                    with beside_the_window():
                        result.prepared = self.prepare(result.document, result.corrections)
                except Exception:  # noqa: BLE001 - not fatal: the window then prepares the display itself
                    log.exception("preparing the display failed")
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the main thread
            self.relay.failed.emit(self.generation, exc)
        else:
            # an abandoned job (None) still reports, so the stale result is counted as dropped
            self.relay.done.emit(self.generation, result)

    def _run_in_process(self):
        proc = subprocess.Popen([sys.executable, "-m", "newsline.gui.extraction_tasks"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=None)
        self._progress(0.0, "Starting the extractor")
        try:
            pickle.dump(self.task, proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            proc.stdin.close()
            fd = proc.stdout.fileno()
            parts: dict[str, list] = {}
            mentions: dict[tuple[str, int], list] = {}
            while True:
                if not self.is_current(self.generation):
                    proc.kill()
                    return None  # overtaken by a newer job: nobody wants this result
                ready, _, _ = select.select([fd], [], [], 0.05)
                if not ready:
                    continue
                try:
                    kind, *payload = _load_quietly(proc.stdout)
                except EOFError:
                    raise RuntimeError(f"the extraction process stopped unexpectedly "
                                       f"(exit code {proc.wait()})") from None
                if kind == "progress":
                    self._progress(*payload)
                elif kind == "part":
                    parts.setdefault(payload[0], []).extend(payload[1])
                elif kind == "mentions":
                    mentions.setdefault((payload[0], payload[1]), []).extend(payload[2])
                elif kind == "error":
                    raise payload[0]
                else:
                    result = payload[0]
                    result.document = assemble_document(result.document, parts, mentions)
                    return result
        finally:
            for stream in (proc.stdin, proc.stdout):
                try:
                    stream.close()
                except OSError:
                    pass
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class Extractor(QObject):
    """Runs extraction jobs; only the newest job's result or error is delivered."""

    finished = Signal(object)  # LoadResult of the newest job
    failed = Signal(object)  # the exception the newest job raised
    progress = Signal(float, str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, process_threshold: int = PROCESS_THRESHOLD) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(3)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.progress.connect(self._on_progress)
        self.process_threshold = process_threshold
        self.generation = 0
        self._busy = False
        self.dropped = 0  # stale results thrown away (for tests and the status bar)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, task, prepare: Callable | None = None) -> int:
        """Run `task`; `prepare(document, corrections)`, if given, is called on the worker thread with a new
        document and its result attached to the `LoadResult` as `prepared` (see `display_prep`)."""
        self.generation += 1
        self._set_busy(True)
        size = task.size_hint() if hasattr(task, "size_hint") else 0
        # a frozen app (PyInstaller) has no `python -m` to start: it extracts on the thread
        use_process = (self.process_threshold is not None and size >= self.process_threshold
                       and not getattr(sys, "frozen", False))
        self._pool.start(_Job(self.generation, task, self._relay, self._is_current, use_process, prepare))
        return self.generation

    def cancel(self) -> None:
        """Forget whatever is running (its result will be dropped, its process ended)."""
        self.generation += 1
        self._set_busy(False)

    def _is_current(self, generation: int) -> bool:
        return generation == self.generation

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    @Slot(int, object)
    def _on_done(self, generation: int, result: LoadResult | None) -> None:
        if generation != self.generation or result is None:
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
