"""What the window asks the extractor to do, as small picklable tasks (no Qt here).

Each task is called with a progress callback and returns a `LoadResult`. `size_hint()` is the number of
characters (or bytes) it will chew through; big tasks run in a separate process (see `worker`) so that no
long C-level call in the pipeline (a regex over a megabyte, a large pydantic validation) can hold the GIL
away from the window. Small ones run on a thread of the same process, which starts faster.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib.resources
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from newsline.core.model import Correction, Document

Progress = Callable[[float, str], None]
SAMPLE_NAME = "sample_article.txt"
LIST_FIELDS = ("sentences", "zones", "times", "actors", "places", "events")
"""Document lists the extraction process sends in batches of `BATCH` items."""
BATCH = 200
WITH_MENTIONS = ("actors", "places")


def assemble_document(document: Document, parts: dict[str, list], mentions: dict[tuple[str, int], list]) -> Document:
    """Put a document sent in batches back together (no validation: every piece already was)."""
    update = {}
    for name in LIST_FIELDS:
        items = parts.get(name, [])
        if name in WITH_MENTIONS:
            items = [item.model_copy(update={"mentions": mentions.get((name, i), [])}) for i, item in enumerate(items)]
        update[name] = items
    return document.model_copy(update=update)


@dataclass
class LoadResult:
    document: Document
    corrections: list[Correction] = field(default_factory=list)
    source_path: Path | None = None
    project_path: Path | None = None
    kind: str = "open"  # "open" (a new document), "redate" (same document, other reference date) or "correct"
    settings: dict = field(default_factory=dict)
    kb_warnings: list[str] | None = None  # problems of the user's knowledge base (None: not looked at)
    kb_error: BaseException | None = None  # the bundled knowledge base could not be read: a bug
    prepared: object = None  # display_prep.PreparedDisplay, added by the worker thread


def with_kb_warnings(result: LoadResult) -> LoadResult:
    """Attach the knowledge base's warnings to `result`. Extraction has just loaded (and cached) the knowledge
    base in this process; the window, whose process may not have it, would otherwise load it on the GUI thread
    (~2.5 s) just to read its warnings."""
    from newsline.core.entities.kb import load_knowledge_base

    try:
        result.kb_warnings = list(load_knowledge_base().warnings)
    except Exception as exc:  # noqa: BLE001 - the bundled data itself is broken: the window reports it
        result.kb_error = exc
    return result


_quiet = threading.Lock()
_quiet_state = {"depth": 0, "enabled": True}


@contextmanager
def beside_the_window():
    """For pure-Python work on a worker thread of the window's process (preparing a big document for display,
    applying corrections to it): the cycle collector does not run meanwhile (a full collection holds the GIL,
    and so stalls the window, for 25-60 ms over the new objects, such as a layout's list per event), and those
    objects are then frozen out of later collections, as the extraction process's documents are
    (`worker._load_quietly`); they are still freed by reference counting when replaced. Nestable, and safe
    from several threads at once (the collector is switched back on when the last one is done)."""
    with _quiet:
        if _quiet_state["depth"] == 0:
            _quiet_state["enabled"] = gc.isenabled()
            gc.disable()
        _quiet_state["depth"] += 1
    try:
        yield
    finally:
        with _quiet:
            _quiet_state["depth"] -= 1
            if _quiet_state["depth"] == 0:
                gc.freeze()
                if _quiet_state["enabled"]:
                    gc.enable()


def is_project_path(path: str | Path) -> bool:
    return str(path).lower().endswith(".newsline.json")


def sample_text() -> str:
    return importlib.resources.files("newsline.resources").joinpath(SAMPLE_NAME).read_text(encoding="utf-8")


@dataclass
class LoadFile:
    path: Path
    reference_date: dt.date | None = None

    def size_hint(self) -> int:
        try:
            return os.stat(self.path).st_size
        except OSError:
            return 0

    def __call__(self, progress: Progress) -> LoadResult:
        from newsline.core import pipeline

        path = Path(self.path)
        if is_project_path(path):
            from newsline.core.errors import ProjectFileError
            from newsline.core.project_file import load_project

            progress(0.1, f"Reading project {path.name}")
            project = load_project(path)
            if not project.documents:
                raise ProjectFileError(f"{path}: the project holds no document")
            first = project.documents[0]
            return with_kb_warnings(LoadResult(first.document, list(first.corrections), source_path=path,
                                               project_path=path, settings=dict(project.settings)))
        progress(0.0, f"Reading {path.name}")
        return with_kb_warnings(LoadResult(pipeline.load_document(path, self.reference_date, progress),
                                           source_path=path))


@dataclass
class ExtractPasted:
    text: str
    reference_date: dt.date | None = None

    def size_hint(self) -> int:
        return len(self.text)

    def __call__(self, progress: Progress) -> LoadResult:
        from newsline.core import pipeline

        return with_kb_warnings(LoadResult(pipeline.from_pasted(self.text, self.reference_date, progress)))


@dataclass
class ExtractSample:
    reference_date: dt.date | None = None

    def size_hint(self) -> int:
        return 10_000

    def __call__(self, progress: Progress) -> LoadResult:
        from newsline.core import pipeline
        from newsline.core.ingest.readers import RawArticle
        from newsline.core.model import SourceFormat

        raw = RawArticle(text=sample_text(), format=SourceFormat.SAMPLE, location="sample", encoding="utf-8")
        return with_kb_warnings(LoadResult(pipeline.extract_article(raw, self.reference_date, progress)))


@dataclass
class Redate:
    document: Document
    reference_date: dt.date | None

    def size_hint(self) -> int:
        return len(self.document.text)

    def __call__(self, progress: Progress) -> LoadResult:
        from newsline.core import pipeline

        progress(0.0, "Re-dating events")
        return LoadResult(pipeline.redate(self.document, self.reference_date), kind="redate")


@dataclass
class Recorrect:
    """The corrected document and what showing it takes, from the extracted document and the corrections: on
    a big document (a 1 MB article has ~28,000 events) the layout, the stepping orders and the counts take a few
    hundred milliseconds, so a correction is applied here, off the GUI thread. `prepare` is a
    `display_prep.DisplayPrep`; always run on a thread (nothing to extract: no process is worth starting)."""

    document: Document
    corrections: list[Correction]
    prepare: Callable
    ordered: dict | None = None  # the events shown until now, in each stepping order (saves sorting again)

    def size_hint(self) -> int:
        return 0

    def __call__(self, progress: Progress) -> LoadResult:
        progress(0.0, "Applying your corrections")
        with beside_the_window():
            prepared = self.prepare(self.document, self.corrections, ordered=self.ordered)
        return LoadResult(prepared.document, list(self.corrections), kind="correct", prepared=prepared)


@dataclass
class Relaidout:
    """A timeline layout (and step sequence) for `document` with other view settings: see `Relayout`."""

    document: Document
    layout_key: tuple
    layout: object  # timeline_layout.TimelineLayout
    visible_actors: frozenset | None
    min_confidence: float | None
    scope: str
    order: str
    sequence: list[str]
    index: dict[str, int]


@dataclass
class Relayout:
    """The timeline layout and the step sequence of `document` for a new event scope or actor filter: on a big
    document (27,701 events) building them on the GUI thread stalled the window ~200 ms. Only reads `document`;
    always run on a thread (`size_hint` 0)."""

    document: Document
    colours: dict[str, str]
    visible_actors: frozenset | None
    lane_mode: str
    no_actor_colour: str
    max_rows: int | None
    scope: str
    order: str
    ordered: list | None = None  # the document's events in `order`, if already sorted

    def size_hint(self) -> int:
        return 0

    def __call__(self, progress: Progress) -> Relaidout:
        from newsline.core import navigation

        from .display_prep import layout_key
        from .timeline_layout import build_layout

        progress(0.0, "Laying out the timeline")
        with beside_the_window():
            min_conf = navigation.min_confidence_for(self.scope)
            visible = None if self.visible_actors is None else set(self.visible_actors)
            layout = build_layout(self.document, self.colours, visible, self.lane_mode, self.no_actor_colour,
                                  max_rows=self.max_rows, min_confidence=min_conf)
            key = layout_key(self.colours, visible, self.lane_mode, self.no_actor_colour, self.max_rows, min_conf)
            ordered = self.ordered if self.ordered is not None else \
                navigation.ordered_events(self.document.events, self.order)
            sequence = navigation.step_sequence(self.document, self.order, visible, min_conf, ordered=ordered)
            index = {eid: i for i, eid in enumerate(sequence)}
        return Relaidout(self.document, key, layout, self.visible_actors, min_conf, self.scope, self.order,
                         sequence, index)


def child_main() -> int:
    """Entry point of the extraction process (``python -m newsline.gui.extraction_tasks``): reads one pickled
    task from stdin, writes pickled ("progress", fraction, message)* then ("done", result) or ("error", exc)
    to stdout. Anything the pipeline prints goes to stderr, so stdout carries only the messages."""
    import pickle
    import sys
    import time

    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr
    task = pickle.load(sys.stdin.buffer)
    last = [0.0]

    def send(message) -> None:
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    def progress(fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.05:
            last[0] = now
            send(("progress", float(fraction), str(message)))

    try:
        result = task(progress)
    except BaseException as exc:  # noqa: BLE001 - handed to the window, which reports it
        try:
            send(("error", exc))
        except Exception:  # the exception itself would not pickle
            send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
        return 1
    # The document is sent in small batches: the window's side unpickles them on a thread, and one huge pickle
    # would hold the GIL (and freeze the window) for the whole load. Actors and places go without their
    # mentions, which follow in batches of their own.
    doc = result.document
    for name in LIST_FIELDS:
        items = getattr(doc, name)
        if name in WITH_MENTIONS:
            for index, item in enumerate(items):
                for i in range(0, len(item.mentions), BATCH):
                    send(("mentions", name, index, item.mentions[i:i + BATCH]))
            items = [item.model_copy(update={"mentions": []}) for item in items]
        for i in range(0, len(items), BATCH):
            send(("part", name, items[i:i + BATCH]))
    result.document = doc.model_copy(update={name: [] for name in LIST_FIELDS})
    if result.kb_error is not None:
        try:
            pickle.dumps(result.kb_error)
        except Exception:  # noqa: BLE001 - it would not pickle: its text still tells what went wrong
            result.kb_error = RuntimeError(f"{type(result.kb_error).__name__}: {result.kb_error}")
    send(("done", result, list(LIST_FIELDS)))
    out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(child_main())
