"""What showing a document costs in pure Python, done ahead on the extraction thread (no Qt here).

Showing a 1 MB article (~30,000 events) on the GUI thread took most of a second: the timeline layout, the two
stepping orders, the per-actor event counts, the id lookup table, the corrected document. `DisplayPrep` is a
snapshot of the view settings taken when the job starts; the worker calls it with the finished `LoadResult`
and attaches the `PreparedDisplay` it returns. The window then only hands ready-made pieces to the widgets.

Every piece says what it was made for (`layout_key`, `scope`, `order`): a view whose settings changed while the
job ran simply computes its own, so a stale piece is never shown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsline.core import navigation
from newsline.core.corrections import apply_corrections
from newsline.core.model import Correction, Document

from .colours import actor_colours
from .text_offsets import OffsetMap
from .timeline_layout import TimelineLayout, build_layout


def layout_key(colours: dict[str, str], visible_actors, lane_mode: str, no_actor_colour: str,
               max_rows: int | None, min_confidence: float | None) -> tuple:
    """Everything besides the document that `build_layout` depends on."""
    return (tuple(sorted(colours.items())), None if visible_actors is None else frozenset(visible_actors),
            lane_mode, no_actor_colour, max_rows, min_confidence)


def actor_event_counts(doc: Document, min_confidence: float | None) -> Counter:
    """Events per actor id, counting only events that pass `min_confidence` (None: all of them)."""
    return Counter(a for e in doc.events if navigation.is_main_event(e, min_confidence) for a in set(e.actor_ids()))


@dataclass
class PreparedDisplay:
    """Ready-made pieces for showing `document` (the corrected document)."""

    document: Document
    events_by_id: dict
    colours: dict[str, str]
    layout: TimelineLayout | None = None
    layout_key: tuple | None = None
    ordered: dict[str, list] = field(default_factory=dict)  # navigation.Order value -> all events in that order
    sequence: list[str] | None = None  # step sequence for `order` and `scope`, no actor filter
    index: dict[str, int] | None = None  # event id -> position in `sequence`
    order: str = ""
    scope: str = ""
    visible_actors: frozenset | None = None  # the actor filter `sequence` and `layout` were made with
    counts: dict = field(default_factory=dict)  # min_confidence -> Counter of events per actor id
    offset_map: OffsetMap | None = None  # for the source pane
    text_document: object = None  # the source pane's QTextDocument of a big text, filled off the GUI thread


@dataclass(frozen=True)
class DisplayPrep:
    """The view settings at the start of a job; calling it prepares a document for display."""

    lane_mode: str = "actors"
    no_actor_colour: str = "#6b6b6b"
    max_rows: int | None = None
    scope: str = "main"
    order: str = "chronological"
    visible_actors: frozenset | None = None  # the actor filter (None: every actor), for a re-corrected document
    offsets: bool = True  # make the source pane's offset map (not needed when only corrections changed)

    def __call__(self, document: Document, corrections: list[Correction] | None = None,
                 ordered: dict[str, list] | None = None) -> PreparedDisplay:
        """`ordered`, if given, is the events of the document shown before the corrections changed, in each
        order (`PreparedDisplay.ordered`): they are then put in order from it instead of sorted again."""
        import numpy.ma  # noqa: F401 - numpy's unique() imports it at first use (15-50 ms): here, not on the GUI thread

        doc = apply_corrections(document, corrections) if corrections else document
        min_conf = navigation.min_confidence_for(self.scope)
        colours = actor_colours(doc)
        prepared = PreparedDisplay(document=doc, events_by_id={e.id: e for e in doc.events}, colours=colours,
                                   order=self.order, scope=self.scope, visible_actors=self.visible_actors)
        visible = None if self.visible_actors is None else set(self.visible_actors)
        prepared.layout = build_layout(doc, colours, visible, self.lane_mode, self.no_actor_colour,
                                       max_rows=self.max_rows, min_confidence=min_conf)
        prepared.layout_key = layout_key(colours, visible, self.lane_mode, self.no_actor_colour, self.max_rows,
                                         min_conf)
        for order in navigation.Order:
            before = (ordered or {}).get(order.value)
            prepared.ordered[order.value] = navigation.ordered_events(doc.events, order) if before is None \
                else navigation.reordered(before, doc.events, order)
        prepared.sequence = navigation.step_sequence(doc, self.order, visible, min_conf,
                                                     ordered=prepared.ordered[self.order])
        prepared.index = {eid: i for i, eid in enumerate(prepared.sequence)}
        for scope in navigation.EVENT_SCOPES:
            conf = navigation.min_confidence_for(scope)
            prepared.counts[conf] = actor_event_counts(doc, conf)
        if self.offsets:
            prepared.offset_map = OffsetMap(doc.text)
        return prepared
