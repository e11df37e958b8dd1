"""The document model: what Newsline knows about an article.

Every mention (sentence, time expression, actor or place mention, event trigger) is a `Span` of character
offsets into `Document.text`, the original text exactly as it was read, so a view can highlight it exactly.
The models are plain pydantic v2 classes; nothing here knows about Qt.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1
"""Version of the saved project format (``*.newsline.json``). Bump it and add a step to
`newsline.core.project_file.MIGRATIONS` whenever a saved field changes meaning or shape."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False, validate_assignment=False)


# --------------------------------------------------------------------------------------------- spans
class Span(_Model):
    """Half-open character range ``[start, end)`` into `Document.text`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def of(self, text: str) -> str:
        """The characters this span covers in `text`."""
        return text[self.start : self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


# --------------------------------------------------------------------------------------------- text
class Zone(str, Enum):
    """What part of the page a stretch of text is. Only NARRATIVE (and HEADLINE for the title) feeds the
    timeline; the rest is kept, shown dimmed, and never produces actors or events."""

    NARRATIVE = "narrative"
    HEADLINE = "headline"
    MASTHEAD = "masthead"
    BYLINE = "byline"
    DATELINE = "dateline"
    CAPTION = "caption"
    CREDIT = "credit"
    FOOTER = "footer"
    BOILERPLATE = "boilerplate"


class Sentence(_Model):
    index: int = Field(ge=0, description="Position in the document, from 0.")
    span: Span
    paragraph: int = Field(0, ge=0)
    zone: Zone = Zone.NARRATIVE

    @property
    def is_narrative(self) -> bool:
        return self.zone == Zone.NARRATIVE


class ZoneSpan(_Model):
    zone: Zone
    span: Span
    reason: str = ""


# --------------------------------------------------------------------------------------------- time
class TimeType(str, Enum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Precision(str, Enum):
    """How fine a resolved date is, from finest to coarsest."""

    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


class CalendarInterval(_Model):
    """The calendar days a date may fall on, inclusive at both ends."""

    earliest: dt.date
    latest: dt.date
    precision: Precision = Precision.DAY

    @model_validator(mode="after")
    def _ordered(self) -> "CalendarInterval":
        if self.latest < self.earliest:
            raise ValueError(f"interval ends ({self.latest}) before it starts ({self.earliest})")
        return self

    @property
    def days(self) -> int:
        return (self.latest - self.earliest).days + 1


class TimeAnchor(str, Enum):
    """What a time expression's value was computed from."""

    ABSOLUTE = "absolute"  # "3 November 2017", "2017": needs nothing
    REFERENCE = "reference"  # "yesterday", "last month": the article's reference date
    NARRATIVE = "narrative"  # "two days later", "the next day": the previous time in the story
    UNRESOLVED = "unresolved"  # relative, but there was nothing to anchor on; value stays relative
    NONE = "none"  # durations, sets, vague references: not a point on the calendar


class TimeExpression(_Model):
    """A TIMEX3-style time expression found in the text."""

    id: str = Field(description='Stable id within the document, e.g. "t3".')
    span: Span
    text: str = Field(description="The expression as written.")
    type: TimeType
    value: str = Field(description='TimeML value: "2017-11-03", "2017-07", "P3Y", "PAST_REF", "XXXX-07"...')
    mod: str | None = Field(None, description="TimeML modifier: APPROX, MORE_THAN, LESS_THAN, START, MID, END...")
    quant: str | None = Field(None, description='For SET: "EVERY", "EACH"...')
    freq: str | None = Field(None, description='For SET: "1W", "2X"...')
    anchor: TimeAnchor = TimeAnchor.ABSOLUTE
    anchor_time_id: str | None = Field(None, description="Id of the time expression a relative one was anchored on.")
    interval: CalendarInterval | None = Field(
        None, description="The calendar days the value covers; None for durations, sets and unresolved values."
    )
    sentence: int | None = None

    @property
    def is_relative(self) -> bool:
        return self.anchor in (TimeAnchor.REFERENCE, TimeAnchor.NARRATIVE, TimeAnchor.UNRESOLVED)


# --------------------------------------------------------------------------------------------- actors
class ActorKind(str, Enum):
    PERSON = "person"
    GOVERNMENT = "government"  # governments, states, regimes, ministries
    ARMED_FORCES = "armed_forces"  # a state's military, police and security forces
    ARMED_GROUP = "armed_group"  # militias, insurgents, terrorist groups, rebel coalitions
    ORGANISATION = "organisation"  # companies, parties, NGOs, coalitions that are not armed groups
    MEDIA = "media"
    INTERNATIONAL = "international_organisation"
    OTHER = "other"


class MentionType(str, Enum):
    NAME = "name"  # "Ryan Dillon", "Isis"
    NOMINAL = "nominal"  # "the group", "the militants", "Iraqi forces"
    PRONOUN = "pronoun"
    METONYM = "metonym"  # "Washington", "Damascus" standing for a government


class Mention(_Model):
    span: Span
    text: str
    sentence: int | None = None
    type: MentionType = MentionType.NAME


class Actor(_Model):
    id: str = Field(description='Stable id within the document, e.g. "a1".')
    name: str = Field(description="Display name, the fullest good form: \"Haider al-Abadi\".")
    kind: ActorKind = ActorKind.OTHER
    aliases: list[str] = Field(default_factory=list, description="Every other name it goes by in the text or KB.")
    mentions: list[Mention] = Field(default_factory=list)
    country: str | None = Field(None, description="ISO 3166 alpha-2 code or country name it belongs to.")
    title: str | None = Field(None, description='Role or title: "Syrian President", "Spokesman Colonel".')
    kb_id: str | None = Field(None, description="Entry in the knowledge base it was matched to.")
    colour: str | None = Field(None, description="#rrggbb chosen by the user; None lets the view pick.")


class PlaceKind(str, Enum):
    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    TOWN = "town"
    RIVER = "river"
    SEA = "sea"
    BORDER = "border"
    FACILITY = "facility"
    OTHER = "other"


class Place(_Model):
    id: str = Field(description='Stable id within the document, e.g. "p1".')
    name: str
    kind: PlaceKind = PlaceKind.OTHER
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


# --------------------------------------------------------------------------------------------- events
class Role(str, Enum):
    AGENT = "agent"
    PATIENT = "patient"
    OTHER = "other"


class Participant(_Model):
    actor_id: str
    role: Role = Role.OTHER
    span: Span | None = Field(None, description="The mention that links the actor to this event.")


class TimeResolution(str, Enum):
    EXPLICIT = "explicit"  # an absolute date governs the event in its sentence
    RELATIVE = "relative"  # a relative expression in the sentence, resolved against the reference date
    NARRATIVE = "narrative"  # a relative expression anchored on an earlier time in the story
    INHERITED = "inherited"  # no expression of its own: took the time of the surrounding narrative
    USER = "user"  # set by the user
    UNDATED = "undated"


class Certainty(str, Enum):
    CERTAIN = "certain"  # day-exact or explicitly dated
    APPROXIMATE = "approximate"  # "about", "nearly", coarse precision
    UNCERTAIN = "uncertain"  # inherited, hedged, or relative without a reference date


class EventTime(_Model):
    interval: CalendarInterval | None = Field(None, description="When it happened; None if undated.")
    end_interval: CalendarInterval | None = Field(
        None, description="For events that last: when they ended (interval then holds the start)."
    )
    precision: Precision = Precision.UNKNOWN
    certainty: Certainty = Certainty.UNCERTAIN
    resolution: TimeResolution = TimeResolution.UNDATED
    timex_ids: list[str] = Field(default_factory=list, description="Time expressions it was resolved from.")
    as_written: str | None = Field(None, description='The governing expression as written: "yesterday".')
    relative_to_reference_days: int | None = Field(
        None, description="With no reference date: offset in days from the article date, when known."
    )


class EventClass(str, Enum):
    """TimeML event classes."""

    OCCURRENCE = "OCCURRENCE"
    REPORTING = "REPORTING"
    STATE = "STATE"
    I_ACTION = "I_ACTION"
    I_STATE = "I_STATE"
    ASPECTUAL = "ASPECTUAL"
    PERCEPTION = "PERCEPTION"


class Attribution(_Model):
    source_actor_id: str | None = None
    source_text: str = Field("", description='Who said it, as written: "Syrian state media".')
    report_event_id: str | None = Field(None, description="The reporting event (\"said\") this came from.")
    hedged: bool = Field(False, description='"claimed", "believed to", "reportedly"...')


class Event(_Model):
    id: str = Field(description='Stable id within the document, e.g. "e4".')
    sentence: int
    trigger: Span
    trigger_text: str
    lemma: str = ""
    event_class: EventClass = EventClass.OCCURRENCE
    label: str = Field("", description='Short readable label: "Iraqi forces enter al-Qaim".')
    participants: list[Participant] = Field(default_factory=list)
    place_ids: list[str] = Field(default_factory=list)
    time: EventTime = Field(default_factory=EventTime)
    attribution: Attribution | None = None
    reports_event_ids: list[str] = Field(
        default_factory=list, description="For a reporting event: the events it reports."
    )
    same_as: str | None = Field(None, description="Id of an earlier event that is the same happening.")
    negated: bool = False
    certainty: float = Field(1.0, ge=0.0, le=1.0, description="How sure the text is that it happened.")
    confidence: float = Field(0.5, ge=0.0, le=1.0, description="How sure the extractor is of this event.")
    evidence: list[Span] = Field(default_factory=list, description="Spans that produced it, trigger first.")
    user_edited: bool = False

    def actor_ids(self) -> list[str]:
        return [p.actor_id for p in self.participants]


# --------------------------------------------------------------------------------------------- document
class ReferenceDateSource(str, Enum):
    TEXT = "text"  # a dateline or "Published ..." line in the article
    METADATA = "metadata"  # HTML meta tags, TimeML DCT
    USER = "user"  # --date or the GUI
    NONE = "none"


class ReferenceDate(_Model):
    value: dt.date | None = None
    source: ReferenceDateSource = ReferenceDateSource.NONE
    evidence: Span | None = Field(None, description="Where in the text it was found, for source=text.")
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> "ReferenceDate":
        if (self.value is None) != (self.source == ReferenceDateSource.NONE):
            raise ValueError("a reference date needs a source, and source 'none' takes no date")
        return self


class SourceFormat(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    TIMEML = "timeml"
    PASTED = "pasted"
    SAMPLE = "sample"


class DocumentSource(_Model):
    format: SourceFormat = SourceFormat.TEXT
    location: str = Field("", description="Path or URL it was read from; empty for pasted text.")
    encoding: str | None = Field(None, description="Encoding the bytes were decoded with.")
    read_at: dt.datetime | None = None


class Document(_Model):
    id: str = "d1"
    title: str = ""
    source: DocumentSource = Field(default_factory=DocumentSource)
    text: str = Field(description="The original text exactly as read (after decoding, for HTML after extraction).")
    reference_date: ReferenceDate = Field(default_factory=ReferenceDate)
    sentences: list[Sentence] = Field(default_factory=list)
    zones: list[ZoneSpan] = Field(default_factory=list, description="Stretches that are not narrative.")
    times: list[TimeExpression] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    extractor_version: str = ""
    warnings: list[str] = Field(default_factory=list, description="Things the user should know about this text.")

    # lookups -------------------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def time(self, time_id: str) -> TimeExpression | None:
        return next((t for t in self.times if t.id == time_id), None)

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.span.start <= offset < s.span.end:
                return s
        return None

    def all_spans(self) -> list[tuple[str, Span]]:
        """Every span in the document with what it belongs to; for checks and highlighting."""
        out: list[tuple[str, Span]] = [(f"sentence {s.index}", s.span) for s in self.sentences]
        out += [(f"zone {z.zone.value}", z.span) for z in self.zones]
        out += [(f"time {t.id}", t.span) for t in self.times]
        for a in self.actors:
            out += [(f"actor {a.id}", m.span) for m in a.mentions]
        for p in self.places:
            out += [(f"place {p.id}", m.span) for m in p.mentions]
        for e in self.events:
            out.append((f"event {e.id}", e.trigger))
            out += [(f"event {e.id} evidence", s) for s in e.evidence]
            out += [(f"event {e.id} participant", p.span) for p in e.participants if p.span is not None]
        if self.reference_date.evidence is not None:
            out.append(("reference date", self.reference_date.evidence))
        return out


# --------------------------------------------------------------------------------------------- corrections
class CorrectionOp(str, Enum):
    """What a user changed. Corrections are kept apart from extraction so re-extraction never loses them."""

    SET_EVENT_LABEL = "set_event_label"  # value: str
    SET_EVENT_TIME = "set_event_time"  # value: {"earliest": "YYYY-MM-DD", "latest": ..., "precision": ...} or None
    DELETE_EVENT = "delete_event"  # value: None
    SET_EVENT_ACTORS = "set_event_actors"  # value: [{"actor_id":..., "role":...}]
    RENAME_ACTOR = "rename_actor"  # value: str
    SET_ACTOR_KIND = "set_actor_kind"  # value: ActorKind value
    MERGE_ACTORS = "merge_actors"  # target: kept actor id; value: [absorbed actor ids]
    DELETE_ACTOR = "delete_actor"  # value: None
    SET_ACTOR_COLOUR = "set_actor_colour"  # value: "#rrggbb"
    SET_REFERENCE_DATE = "set_reference_date"  # target: document id; value: "YYYY-MM-DD" or None


class Correction(_Model):
    op: CorrectionOp
    target: str = Field(description="Id of the event, actor or document it applies to.")
    value: Any = None
    made_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    note: str = ""


class ProjectDocument(_Model):
    """A document as extracted plus the user's corrections on top of it."""

    document: Document
    corrections: list[Correction] = Field(default_factory=list)


class Project(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    app: str = "newsline"
    app_version: str = ""
    saved_at: dt.datetime | None = None
    documents: list[ProjectDocument] = Field(default_factory=list)
    settings: dict[str, Any] = Field(default_factory=dict, description="View state worth keeping with the file.")
