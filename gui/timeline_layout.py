"""What the timeline shows, worked out without Qt: where each event goes (x in POSIX seconds UTC, which lanes),
whether it is a point or a bar, whether it is fuzzy, which events are undated, and how labels pack into rows.

The widget turns a `TimelineLayout` into pixels; keeping this part pure makes it testable and fast (numpy
arrays, no per-event objects on the drawing path).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np

from newsline.core.model import Certainty, Document, Event, Precision

DAY = 86400.0
_EPOCH = dt.date(1970, 1, 1)

NO_ACTOR = "__no_actor__"
"""Lane key of events that have no known participant."""
ALL_EVENTS = "__all__"
"""Lane key of the single chronological row."""

LANE_MODES = ("actors", "single")
LANE_MAX_ROWS = 8  # an actor lane is at most this many rows tall (marker row included)
SINGLE_LANE_MAX_ROWS = 40
LANE_BINS = 12
MAX_LABEL_CHARS = 42


def date_to_seconds(day: dt.date) -> float:
    """Midnight UTC at the start of `day`, in POSIX seconds (what pyqtgraph's DateAxisItem takes)."""
    return (day - _EPOCH).days * DAY


def seconds_to_date(seconds: float) -> dt.date:
    return _EPOCH + dt.timedelta(days=int(seconds // DAY))


def event_label(event: Event) -> str:
    """The text drawn next to an event: its label, else its trigger; shortened to stay readable."""
    text = " ".join((event.label or event.trigger_text or event.id).split())
    if len(text) > MAX_LABEL_CHARS:
        text = text[: MAX_LABEL_CHARS - 1].rstrip() + "\u2026"
    return text


def describe_time(event: Event, reference: dt.date | None) -> tuple[str, str]:
    """(date as written, date as resolved) for tooltips and the undated strip."""
    t = event.time
    written = t.as_written or "(no date in the text)"
    if t.interval is None:
        if t.relative_to_reference_days is not None:
            n = t.relative_to_reference_days
            where = "on" if n == 0 else (f"{abs(n)} day{'s' if abs(n) != 1 else ''} " + ("after" if n > 0 else "before"))
            resolved = f"{where} the article date, which is not known; set a reference date to place it"
        else:
            resolved = "undated"
        return written, resolved
    iv = t.interval
    if iv.earliest == iv.latest:
        span = iv.earliest.isoformat()
    else:
        span = f"{iv.earliest.isoformat()} \u2013 {iv.latest.isoformat()}"
    if t.end_interval is not None:
        end = t.end_interval
        span += f", until {end.latest.isoformat()}" if end.earliest == end.latest else (
            f", until {end.earliest.isoformat()} \u2013 {end.latest.isoformat()}")
    precision = t.precision.value if t.precision != Precision.UNKNOWN else iv.precision.value
    resolved = f"{span} ({precision}; {t.resolution.value}; {t.certainty.value})"
    return written, resolved


@dataclass
class Lane:
    key: str  # actor id, NO_ACTOR or ALL_EVENTS
    name: str
    colour: str


@dataclass
class TimelineLayout:
    """Everything the drawing code needs, as flat arrays.

    Events are indexed 0..n-1 in document order. A *mark* is one drawing of an event in one lane (an event
    with three visible actors has three marks). Marks are grouped by lane and sorted by x inside a lane:
    lane i owns marks ``lane_offsets[i]:lane_offsets[i+1]``.
    """

    event_ids: list[str]
    labels: list[str]
    x0: np.ndarray  # start, POSIX seconds; NaN when undated
    x1: np.ndarray  # end (== x0 for points)
    is_point: np.ndarray  # bool
    fuzzy: np.ndarray  # bool: approximate or uncertain
    visible: np.ndarray  # bool: passes the actor filter
    event_actors: list[list[str]]
    lanes: list[Lane]
    mark_event: np.ndarray  # int, event index of each mark
    mark_lane: np.ndarray  # int
    mark_x0: np.ndarray
    mark_x1: np.ndarray
    mark_end_sorted: list[np.ndarray]  # per lane: running max of x1, for culling bars
    lane_offsets: np.ndarray
    undated: list[int]  # event indices in text order (visible ones only)
    reference_x: float | None
    index: dict[str, int] = field(default_factory=dict)
    lane_top: np.ndarray = field(default_factory=lambda: np.zeros(1))  # n_lanes + 1 edges, in rows
    event_colour: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # into colour_table
    colour_table: list[str] = field(default_factory=list)  # first visible actor's colour, else "no actor"

    @property
    def total_rows(self) -> float:
        return float(self.lane_top[-1])

    def lane_at(self, y: float) -> int | None:
        """The lane covering data y (in rows), if any."""
        i = int(np.searchsorted(self.lane_top, y, side="right")) - 1
        return i if 0 <= i < self.n_lanes else None

    @property
    def n_lanes(self) -> int:
        return len(self.lanes)

    def lane_slice(self, lane: int) -> slice:
        return slice(int(self.lane_offsets[lane]), int(self.lane_offsets[lane + 1]))

    def visible_event_ids(self) -> list[str]:
        return [self.event_ids[i] for i in np.flatnonzero(self.visible)]

    def data_x_range(self) -> tuple[float, float] | None:
        """The x extent of every dated visible event and the reference date."""
        dated = self.visible & ~np.isnan(self.x0)
        xs = []
        if dated.any():
            xs += [float(np.min(self.x0[dated])), float(np.max(self.x1[dated]))]
        if self.reference_x is not None:
            xs.append(self.reference_x)
        if not xs:
            return None
        return min(xs), max(xs)

    def marks_in_range(self, lane: int, xmin: float, xmax: float) -> np.ndarray:
        """Indices (into the mark arrays) of lane `lane`'s marks that reach into [xmin, xmax]."""
        sl = self.lane_slice(lane)
        x0 = self.mark_x0[sl]
        hi = int(np.searchsorted(x0, xmax, side="right"))
        if hi == 0:
            return np.empty(0, dtype=np.int64)
        # marks sorted by start: the first one that can still reach xmin is found on the running max of ends
        lo = int(np.searchsorted(self.mark_end_sorted[lane][:hi], xmin, side="left"))
        idx = np.arange(lo, hi, dtype=np.int64)
        keep = self.mark_x1[sl][lo:hi] >= xmin
        return idx[keep] + sl.start


def event_geometry(event: Event) -> tuple[float, float, bool] | None:
    """(x0, x1, is_point) in POSIX seconds, or None when the event has no calendar date.

    A single day with no end is a point at midday; several days, a month, a year, or a duration with an end
    is a bar from the first midnight to the midnight after the last day."""
    t = event.time
    if t.interval is None:
        return None
    start, last = t.interval.earliest, t.interval.latest
    if t.end_interval is not None:
        start = min(start, t.end_interval.earliest)
        last = max(last, t.end_interval.latest)
    if start == last and t.end_interval is None:
        x = date_to_seconds(start) + DAY / 2
        return x, x, True
    return date_to_seconds(start), date_to_seconds(last) + DAY, False


def build_layout(
    doc: Document | None,
    colours: dict[str, str],
    visible_actors: set[str] | None = None,
    lane_mode: str = "actors",
    no_actor_colour: str = "#6b6b6b",
    max_rows: int | None = None,
    min_confidence: float | None = None,
) -> TimelineLayout:
    """Lay out `doc`. `visible_actors` None shows every actor; events without actors are always shown.
    `min_confidence` hides events whose salience (`Event.confidence`) is lower, unless the user edited them."""
    if lane_mode not in LANE_MODES:
        raise ValueError(f"unknown lane mode {lane_mode!r}: use 'actors' or 'single'")
    events = list(doc.events) if doc is not None else []
    actors = list(doc.actors) if doc is not None else []
    known = {a.id for a in actors}
    n = len(events)
    x0 = np.full(n, np.nan)
    x1 = np.full(n, np.nan)
    is_point = np.zeros(n, dtype=bool)
    fuzzy = np.zeros(n, dtype=bool)
    visible = np.ones(n, dtype=bool)
    event_actors: list[list[str]] = []
    for i, ev in enumerate(events):
        ids = list(dict.fromkeys(p.actor_id for p in ev.participants if p.actor_id in known))
        event_actors.append(ids)
        if visible_actors is not None and ids and not any(a in visible_actors for a in ids):
            visible[i] = False
        elif min_confidence is not None and not ev.user_edited and ev.confidence < min_confidence:
            visible[i] = False
        geo = event_geometry(ev)
        if geo is not None:
            x0[i], x1[i], is_point[i] = geo
        fuzzy[i] = ev.time.certainty != Certainty.CERTAIN
    dated = ~np.isnan(x0)

    # lanes ------------------------------------------------------------------------------------------
    lanes: list[Lane] = []
    mark_ev: list[int] = []
    mark_ln: list[int] = []
    if lane_mode == "single":
        lanes.append(Lane(ALL_EVENTS, "Events", no_actor_colour))
        idx = np.flatnonzero(visible & dated)
        mark_ev = idx.tolist()
        mark_ln = [0] * len(mark_ev)
    else:
        shown = [a for a in actors if visible_actors is None or a.id in visible_actors]
        lane_of: dict[str, int] = {}
        per_actor: dict[str, list[int]] = {a.id: [] for a in shown}
        no_actor: list[int] = []
        for i in np.flatnonzero(visible & dated):
            ids = event_actors[i]
            if not ids:
                no_actor.append(int(i))
                continue
            for a in ids:
                if a in per_actor:
                    per_actor[a].append(int(i))
        for a in shown:
            if per_actor[a.id]:
                lane_of[a.id] = len(lanes)
                lanes.append(Lane(a.id, a.name, colours.get(a.id, no_actor_colour)))
                mark_ev += per_actor[a.id]
                mark_ln += [lane_of[a.id]] * len(per_actor[a.id])
        if no_actor:
            lanes.append(Lane(NO_ACTOR, "No actor", no_actor_colour))
            mark_ev += no_actor
            mark_ln += [len(lanes) - 1] * len(no_actor)

    mark_event = np.asarray(mark_ev, dtype=np.int64)
    mark_lane = np.asarray(mark_ln, dtype=np.int64)
    if len(mark_event):
        order = np.lexsort((x0[mark_event], mark_lane))
        mark_event, mark_lane = mark_event[order], mark_lane[order]
    mark_x0 = x0[mark_event] if len(mark_event) else np.empty(0)
    mark_x1 = x1[mark_event] if len(mark_event) else np.empty(0)
    offsets = np.searchsorted(mark_lane, np.arange(len(lanes) + 1), side="left").astype(np.int64)
    running = [np.maximum.accumulate(mark_x1[offsets[i] : offsets[i + 1]]) for i in range(len(lanes))]

    lane_top = np.zeros(len(lanes) + 1)
    cap = SINGLE_LANE_MAX_ROWS if lane_mode == "single" else LANE_MAX_ROWS
    if max_rows is not None:
        cap = max(2, min(cap, max_rows))
    extent = (float(mark_x0.min()), float(mark_x1.max())) if len(mark_x0) else (0.0, 0.0)
    for i in range(len(lanes)):
        lane_top[i + 1] = lane_top[i] + lane_rows(mark_x0[offsets[i] : offsets[i + 1]], extent, cap)

    colour_table = [no_actor_colour]
    colour_index = {no_actor_colour: 0}
    event_colour = np.zeros(n, dtype=np.int64)
    for i, ids in enumerate(event_actors):
        shown_ids = [a for a in ids if visible_actors is None or a in visible_actors]
        if shown_ids:
            c = colours.get(shown_ids[0], no_actor_colour)
            if c not in colour_index:
                colour_index[c] = len(colour_table)
                colour_table.append(c)
            event_colour[i] = colour_index[c]

    undated = [i for i in range(n) if visible[i] and not dated[i]]
    undated.sort(key=lambda i: (events[i].trigger.start, i))
    ref = doc.reference_date.value if doc is not None else None
    return TimelineLayout(
        event_ids=[e.id for e in events],
        labels=[event_label(e) for e in events],
        x0=x0,
        x1=x1,
        is_point=is_point,
        fuzzy=fuzzy,
        visible=visible,
        event_actors=event_actors,
        lanes=lanes,
        mark_event=mark_event,
        mark_lane=mark_lane,
        mark_x0=mark_x0,
        mark_x1=mark_x1,
        mark_end_sorted=running,
        lane_offsets=offsets,
        undated=undated,
        reference_x=(date_to_seconds(ref) + DAY / 2) if ref is not None else None,
        index={e.id: i for i, e in enumerate(events)},
        lane_top=lane_top,
        event_colour=event_colour,
        colour_table=colour_table,
    )


def lane_rows(x0: np.ndarray, extent: tuple[float, float], cap: int) -> float:
    """How many rows a lane asks for: the marker row plus one label row per event in its most crowded
    stretch (a twelfth of the whole timeline, about a label's width when everything is in view, or one day),
    between 2 and `cap`."""
    if len(x0) == 0:
        return 2.0
    _, per_day = np.unique(np.floor(x0 / DAY).astype(np.int64), return_counts=True)
    crowd = int(per_day.max())
    lo, hi = extent
    if hi > lo:
        bins = np.clip(((x0 - lo) / (hi - lo) * LANE_BINS).astype(np.int64), 0, LANE_BINS - 1)
        crowd = max(crowd, int(np.bincount(bins, minlength=LANE_BINS).max()))
    return float(1 + min(max(crowd, 1), cap - 1))


def pack_labels(
    starts: np.ndarray, widths: np.ndarray, n_rows: int, gap: float = 6.0, row0_limit: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Greedy interval packing of labels into `n_rows` rows.

    `starts` (sorted ascending) are the left edges of the labels in pixels, `widths` their widths. Each label
    goes into the first row whose last label ends (plus `gap`) before it starts; one that fits nowhere is
    hidden and counted on the last label placed before it. Row 0 is the marker line itself: a label may only
    go there if it ends before its `row0_limit` (the next marker), so labels never cover markers.
    Returns (row per label, -1 when hidden; number of hidden labels each placed label stands for)."""
    n = len(starts)
    rows = np.full(n, -1, dtype=np.int64)
    counts = np.zeros(n, dtype=np.int64)
    if n_rows <= 0 or n == 0:
        return rows, counts
    inf = float("inf")
    xs = starts.tolist()
    ws = widths.tolist()
    # row 0 takes a label only if it ends before its limit: fixed per label, so known up front; next0[k] is the
    # first label at or after k that row 0 could take
    if row0_limit is None:
        fits0 = np.ones(n, dtype=bool)
    else:
        fits0 = starts + widths <= row0_limit
    next0 = np.minimum.accumulate(np.where(fits0, np.arange(n), n)[::-1])[::-1].tolist() + [n]
    fits0 = fits0.tolist()
    right0 = -inf  # where row 0 is free from
    right = [-inf] * n_rows  # the same for every row (right[0] unused)
    free_upper = -inf if n_rows > 1 else inf  # where the first of rows 1.. is free from
    last_placed = -1
    rows_l = [-1] * n
    counts_l = [0] * n
    upper = range(1, n_rows)
    i = 0
    while i < n:
        # the next label that fits a row: every label before it is hidden (most marks of a crowded view),
        # skipped at once (starts are sorted): the first starting where an upper row is free, or the first
        # starting where row 0 is free that row 0 can take
        j = min(bisect_left(xs, free_upper, i), next0[bisect_left(xs, right0, i)])
        if j > i and last_placed >= 0:
            counts_l[last_placed] += j - i
        if j >= n:
            break
        x, w = xs[j], ws[j]
        if x >= right0 and fits0[j]:
            right0 = x + w + gap
            rows_l[j] = 0
        else:
            for r in upper:
                if x >= right[r]:
                    break
            old_right = right[r]
            right[r] = x + w + gap
            rows_l[j] = r
            if old_right == free_upper:  # the upper row that was free earliest is taken: find the next one
                free_upper = min(right[1:])
        last_placed = j
        i = j + 1
    rows[:] = rows_l
    counts[:] = counts_l
    return rows, counts
