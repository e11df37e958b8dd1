"""`DocumentState`: the one QObject that holds what the window shows, and tells the views when it changes.

It keeps the document *as extracted* (`base`), the user's corrections on top of it, and the corrected document
the views display (`document`), plus the selection, the actor filter, the highlighted actor and the stepping
order. Views never change each other: they call methods here and redraw when a signal says so.

Corrections go through a `QUndoStack`, so every edit can be undone. The list of corrections changes at once
(undo, redo and save see it); on a big document (`ASYNC_EVENTS`) the corrected document and what showing it
takes are made on a worker thread when the window has given `set_display_prep`, and swapped in when ready
(`recomputingChanged`), so a correction never freezes the window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from newsline.core import navigation
from newsline.core.model import Correction, CorrectionOp, Document

from newsline.core.corrections import apply_corrections as _apply_corrections

from .display_prep import actor_event_counts

log = logging.getLogger(__name__)

ASYNC_EVENTS = 2000
"""A document with at least this many events is corrected (and re-dated) off the GUI thread. On the 1 MB
article (27,701 events) doing it here took 0.3-0.5 s: the layout, the stepping order, the counts per actor."""


def apply_corrections(doc: Document, corrections: list[Correction]) -> Document:
    if not corrections:
        return doc
    return _apply_corrections(doc, corrections)


class _CorrectionCommand(QUndoCommand):
    def __init__(self, state: "DocumentState", correction: Correction, text: str) -> None:
        super().__init__(text)
        self._state = state
        self._correction = correction

    def redo(self) -> None:
        self._state._append_correction(self._correction)

    def undo(self) -> None:
        self._state._remove_correction(self._correction)


class DocumentState(QObject):
    documentChanged = Signal()  # a different or re-corrected document: redraw everything
    selectionChanged = Signal(object)  # event id or None
    filterChanged = Signal(object)  # set of visible actor ids, or None for all
    highlightedActorChanged = Signal(object)  # actor id or None
    orderChanged = Signal(str)  # navigation.Order value
    eventScopeChanged = Signal(str)  # "main" or "all" (navigation.EVENT_SCOPES)
    dirtyChanged = Signal(bool)
    recomputingChanged = Signal(bool)  # a corrected document is being made off the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base: Document | None = None
        self.corrections: list[Correction] = []
        self.document: Document | None = None
        self.source_path: Path | None = None  # article or project it came from
        self.project_path: Path | None = None  # where Save writes; None until saved or opened as a project
        self.selected_event_id: str | None = None
        self.visible_actor_ids: set[str] | None = None
        self.highlighted_actor_id: str | None = None
        self.order = navigation.Order.CHRONOLOGICAL
        self.event_scope = "main"  # main events only (salience threshold) or all; kept across documents
        self.dirty = False
        self._sequence: list[str] | None = None  # cached stepping order
        self._index: dict[str, int] = {}
        self._ordered: dict[str, list] = {}  # order -> every event of `document` in that order (sorted once)
        self._counts: dict = {}  # min_confidence -> Counter of events per actor id
        self.prepared = None  # display_prep.PreparedDisplay of `document`, when it was opened with one
        self._events_by_id: dict = {}  # id -> Event of `document`, so selecting is not a search
        self.recomputing = False
        self._make_prep: Callable | None = None  # visible actor ids -> display_prep.DisplayPrep
        self._runner = None  # worker.Extractor for corrections, made by set_display_prep
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    # ---------------------------------------------------------------------------------------- loading
    def set_display_prep(self, make_prep: Callable | None) -> None:
        """`make_prep(visible_actor_ids)` gives a `display_prep.DisplayPrep` for the view settings as they are;
        with it, a big document is re-corrected on a worker thread. None: always here (as tests without a
        window do)."""
        self._make_prep = make_prep
        if make_prep is not None and self._runner is None:
            from .worker import Extractor

            self._runner = Extractor(self, process_threshold=None)
            self._runner.finished.connect(self._recorrected)
            self._runner.failed.connect(self._recorrect_failed)

    def set_base(self, doc: Document | None, corrections: list[Correction] | None = None, *,
                 source_path: str | Path | None = None, project_path: str | Path | None = None,
                 prepared=None) -> None:
        """Show a newly opened document: resets corrections, undo history, selection and filter. `prepared` (a
        `display_prep.PreparedDisplay` made off the GUI thread for `doc` and `corrections`) saves the work of
        correcting, indexing and sorting it here."""
        self.base = doc
        self.corrections = list(corrections or [])
        self.source_path = Path(source_path) if source_path else None
        self.project_path = Path(project_path) if project_path else None
        self.undo_stack.clear()
        self.selected_event_id = None
        self.visible_actor_ids = None
        self.highlighted_actor_id = None
        self.cancel_recompute()
        self._recompute(prepared)
        self._set_dirty(False)
        self.filterChanged.emit(None)
        self.highlightedActorChanged.emit(None)
        self.selectionChanged.emit(None)

    def replace_base(self, doc: Document) -> None:
        """The same article re-extracted (a new reference date): corrections, selection and filter are kept
        where their ids still exist."""
        self.base = doc
        self._recompute_later()
        self._set_dirty(True)

    def mark_saved(self, project_path: str | Path) -> None:
        self.project_path = Path(project_path)
        self.undo_stack.setClean()
        self._set_dirty(False)

    # ---------------------------------------------------------------------------------------- corrections
    def add_correction(self, correction: Correction, description: str | None = None) -> None:
        """Apply a user correction (undoable)."""
        text = description or correction.op.value.replace("_", " ")
        self.undo_stack.push(_CorrectionCommand(self, correction, text))

    def correct(self, op: CorrectionOp, target: str, value=None, description: str | None = None) -> None:
        self.add_correction(Correction(op=op, target=target, value=value), description)

    def _append_correction(self, correction: Correction) -> None:
        self.corrections.append(correction)
        self._recompute_later()
        self._set_dirty(True)

    def _remove_correction(self, correction: Correction) -> None:
        if correction in self.corrections:
            # remove the last occurrence: undo takes back the most recent edit
            idx = len(self.corrections) - 1 - self.corrections[::-1].index(correction)
            del self.corrections[idx]
        self._recompute_later()
        self._set_dirty(True)

    def _recompute_later(self) -> None:
        """Make `document` again from `base` and `corrections`: here for a small document, on a worker thread
        for a big one (the views keep showing the previous document until it is ready)."""
        if self._make_prep is None or self.base is None or len(self.base.events) < ASYNC_EVENTS:
            self.cancel_recompute()
            self._recompute()
            return
        from .extraction_tasks import Recorrect

        visible = None if self.visible_actor_ids is None else frozenset(self.visible_actor_ids)
        self._runner.start(Recorrect(self.base, list(self.corrections), self._make_prep(visible),
                                     ordered=dict(self._ordered)))
        self._set_recomputing(True)

    def cancel_recompute(self) -> None:
        """Forget a corrected document still being made (a new document came)."""
        if self._runner is not None and self.recomputing:
            self._runner.cancel()
        self._set_recomputing(False)

    def _set_recomputing(self, busy: bool) -> None:
        if busy != self.recomputing:
            self.recomputing = busy
            self.recomputingChanged.emit(busy)

    def _recorrected(self, result) -> None:
        self._set_recomputing(False)
        self._recompute(result.prepared)

    def _recorrect_failed(self, exc: BaseException) -> None:
        """Not expected (corrections that no longer apply are warnings, not errors): done here instead, where
        a failure reaches the window's error report."""
        log.error("correcting off the GUI thread failed", exc_info=exc)
        self._set_recomputing(False)
        self._recompute()

    def _recompute(self, prepared=None) -> None:
        old_sequence, old_index = self._sequence, self._index
        self._sequence = None
        self._ordered = {}
        self._counts = {}
        self.prepared = None
        if prepared is not None and self.base is not None:
            self.prepared = prepared
            self.document = prepared.document
            self._events_by_id = prepared.events_by_id
            self._ordered = dict(prepared.ordered)
            self._counts = dict(prepared.counts)
            visible = None if self.visible_actor_ids is None else frozenset(self.visible_actor_ids)
            if prepared.order == self.order.value and prepared.scope == self.event_scope \
                    and prepared.visible_actors == visible:
                self._set_sequence(prepared.sequence, prepared.index)
        else:
            self.document = apply_corrections(self.base, self.corrections) if self.base is not None else None
            self._events_by_id = {e.id: e for e in self.document.events} if self.document is not None else {}
        doc = self.document
        if doc is not None:
            ids = {a.id for a in doc.actors}
            if self.visible_actor_ids is not None:
                self.visible_actor_ids &= ids
            if self.selected_event_id is not None and self._events_by_id.get(self.selected_event_id) is None:
                # the selected event was deleted: the one stepping would have reached next takes its place
                self.selected_event_id = self._successor(self.selected_event_id, old_sequence, old_index)
            if self.highlighted_actor_id not in ids:
                self.highlighted_actor_id = None
        else:
            self.selected_event_id = None
        self.documentChanged.emit()
        self.selectionChanged.emit(self.selected_event_id)

    def _successor(self, gone: str, sequence: list[str] | None, index: dict[str, int]) -> str | None:
        """The event after `gone` in the previous step sequence that is still there and shown (else the one
        before it), or None."""
        i = index.get(gone) if sequence is not None else None
        if i is None:
            return None
        for candidates in (sequence[i + 1:], reversed(sequence[:i])):
            for eid in candidates:
                ev = self._events_by_id.get(eid)
                if ev is not None and self.event_shown(ev):
                    return eid
        return None

    # ---------------------------------------------------------------------------------------- dirty flag
    def _clean_changed(self, clean: bool) -> None:
        self._set_dirty(not clean)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirtyChanged.emit(dirty)

    # ---------------------------------------------------------------------------------------- selection
    def select_event(self, event_id: str | None) -> None:
        if event_id is not None and (self.document is None or event_id not in self._events_by_id):
            event_id = None
        if event_id != self.selected_event_id:
            self.selected_event_id = event_id
            self.selectionChanged.emit(event_id)

    def selected_event(self):
        if self.document is None or self.selected_event_id is None:
            return None
        return self._events_by_id.get(self.selected_event_id)

    # ---------------------------------------------------------------------------------------- filter
    def set_visible_actors(self, actor_ids: set[str] | None) -> None:
        if actor_ids is not None and self.document is not None and actor_ids >= {a.id for a in self.document.actors}:
            actor_ids = None  # every actor ticked is the same as no filter
        self.visible_actor_ids = None if actor_ids is None else set(actor_ids)
        self._sequence = None
        self.filterChanged.emit(self.visible_actor_ids)
        sel = self.selected_event()
        if sel is not None and not self.event_shown(sel):
            self.select_event(None)

    def set_event_scope(self, scope: str) -> None:
        """Show "main" events (salience at least navigation.MAIN_EVENT_CONFIDENCE, or edited) or "all"."""
        navigation.min_confidence_for(scope)  # raises on an unknown scope
        if scope == self.event_scope:
            return
        self.event_scope = scope
        self._sequence = None
        sel = self.selected_event()
        if sel is not None and not self.event_shown(sel):
            self.select_event(None)  # before the views hear of it: they then land on the first shown event
        self.eventScopeChanged.emit(scope)

    @property
    def min_confidence(self) -> float | None:
        return navigation.min_confidence_for(self.event_scope)

    def event_shown(self, event) -> bool:
        """True if `event` passes the actor filter and the main-events filter."""
        return navigation.event_passes_filter(event, self.visible_actor_ids, self.min_confidence)

    def set_actor_visible(self, actor_id: str, visible: bool) -> None:
        if self.document is None:
            return
        current = self.visible_actor_ids if self.visible_actor_ids is not None else {a.id for a in self.document.actors}
        current = set(current)
        if visible:
            current.add(actor_id)
        else:
            current.discard(actor_id)
        self.set_visible_actors(current)

    def is_actor_visible(self, actor_id: str) -> bool:
        return self.visible_actor_ids is None or actor_id in self.visible_actor_ids

    def highlight_actor(self, actor_id: str | None) -> None:
        if actor_id != self.highlighted_actor_id:
            self.highlighted_actor_id = actor_id
            self.highlightedActorChanged.emit(actor_id)

    # ---------------------------------------------------------------------------------------- stepping
    def set_order(self, order: str) -> None:
        order = navigation.Order(order)
        if order != self.order:
            self.order = order
            self._sequence = None
            self.orderChanged.emit(order.value)

    def sequence(self) -> list[str]:
        """Ids of the visible events in stepping order (cached until the document, filter or order changes;
        each order is sorted once per document, a new filter only filters it)."""
        if self._sequence is None:
            ordered = None
            if self.document is not None:
                ordered = self._ordered.get(self.order.value)
                if ordered is None:
                    ordered = self._ordered[self.order.value] = navigation.ordered_events(self.document.events,
                                                                                           self.order)
            self._set_sequence(navigation.step_sequence(self.document, self.order, self.visible_actor_ids,
                                                        self.min_confidence, ordered=ordered))
        return self._sequence

    def ordered_events(self, order: str) -> list | None:
        """Every event of `document` in stepping order `order`, if already sorted (else None)."""
        return self._ordered.get(order)

    def offer_sequence(self, document, order: str, scope: str, visible_actors, sequence: list[str],
                       index: dict[str, int]) -> bool:
        """A step sequence made elsewhere (on a worker thread) for these settings: kept if they are still the
        state's (True), else ignored."""
        visible = None if self.visible_actor_ids is None else frozenset(self.visible_actor_ids)
        if document is not self.document or order != self.order.value or scope != self.event_scope \
                or (None if visible_actors is None else frozenset(visible_actors)) != visible:
            return False
        self._set_sequence(sequence, index)
        return True

    def _set_sequence(self, sequence: list[str] | None, index: dict[str, int] | None = None) -> None:
        self._sequence = sequence
        if index is None:
            index = {eid: i for i, eid in enumerate(sequence)} if sequence is not None else {}
        self._index = index

    def actor_event_counts(self, min_confidence: float | None):
        """Events per actor id of `document` passing `min_confidence` (a Counter; cached per document)."""
        counts = self._counts.get(min_confidence)
        if counts is None:
            counts = {} if self.document is None else actor_event_counts(self.document, min_confidence)
            self._counts[min_confidence] = counts
        return counts

    def step(self, move: str) -> str | None:
        """Move the selection (first/last/next/previous) through the visible events; returns the new id."""
        seq = self.sequence()
        i = self._index.get(self.selected_event_id) if self.selected_event_id is not None else None
        if move in ("next", "previous") and i is not None:
            target = seq[min(i + 1, len(seq) - 1)] if move == "next" else seq[max(i - 1, 0)]
        else:
            target = navigation.step(seq, self.selected_event_id, move)
        if target is not None:
            self.select_event(target)
        return target

    def position(self) -> tuple[int, int]:
        seq = self.sequence()
        i = self._index.get(self.selected_event_id) if self.selected_event_id is not None else None
        return (i + 1 if i is not None else 0), len(seq)
