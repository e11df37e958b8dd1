"""Extraction pipeline: article text plus reference date in, `Document` out.

`extract` is a pure function (no I/O, no global state) so the GUI can run it on a worker thread. The stages:

1. `ingest.prepare.prepare`           - normalise (with an offset map), zones, sentences, reference-date clues
2. `temporal.tagger.tag_times`        - time expressions, normalised against the reference date
3. `entities.extract.find_actors_and_places`
4. `events.extract.find_events`       - triggers, participants, places, time, attribution

Stages work in normalised coordinates; `_to_original` maps every span of the result back to the original text.
"""

from __future__ import annotations

from array import array

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Callable

from pydantic import BaseModel

from .ingest.prepare import prepare
from .ingest.prepared import PreparedText
from .ingest.readers import RawArticle, pasted_article, read_article
from .model import (
    Document,
    DocumentSource,
    Event,
    Mention,
    ReferenceDate,
    ReferenceDateSource,
    Span,
    TimeExpression,
)

EXTRACTOR_VERSION = "0.1"

Progress = Callable[[float, str], None]
"""Called with (fraction done 0..1, what is happening). Must be cheap and thread-safe."""


def choose_reference_date(
    user: dt.date | None, metadata: dt.date | None, found: ReferenceDate
) -> ReferenceDate:
    """The user's date wins, then the page's metadata, then a date found in the text; else none."""
    if user is not None:
        return ReferenceDate(value=user, source=ReferenceDateSource.USER)
    if metadata is not None:
        return ReferenceDate(value=metadata, source=ReferenceDateSource.METADATA)
    if found.value is not None:
        return found
    note = "No publication date found: relative dates are kept relative to the article date."
    if found.note:
        note = f"{note} ({found.note})"
    return ReferenceDate(note=note)


def extract(
    text: str,
    reference_date: dt.date | None = None,
    *,
    title: str | None = None,
    source: DocumentSource | None = None,
    metadata_date: dt.date | None = None,
    progress: Progress | None = None,
) -> Document:
    """Extract the timeline model from `text`. `reference_date` is the user's choice and wins over any date
    found in the text or metadata."""
    from .temporal.tagger import tag_times
    from .entities.extract import find_actors_and_places
    from .events.extract import find_events

    report = progress or (lambda f, m: None)
    report(0.0, "Reading the text")
    prepared = prepare(text)
    ref = choose_reference_date(reference_date, metadata_date, prepared.found_reference_date)
    report(0.2, "Finding dates and times")
    times = tag_times(prepared.text, ref.value, prepared.sentences)
    report(0.45, "Finding actors and places")
    actors, places = find_actors_and_places(prepared)
    report(0.7, "Finding events")
    events = find_events(prepared, times, actors, places, ref.value)
    report(0.95, "Finishing")
    warnings: list[str] = []
    if ref.value is None:
        warnings.append(ref.note)
    if not times:
        warnings.append("No dates or times were found in this article: events are listed undated.")
    doc = Document(
        title=title or prepared.title or "",
        source=source or DocumentSource(),
        text=prepared.original,
        reference_date=ref,
        sentences=prepared.sentences,
        zones=prepared.zones,
        times=times,
        actors=actors,
        places=places,
        events=events,
        extractor_version=EXTRACTOR_VERSION,
        warnings=warnings,
    )
    doc = _to_original(doc, prepared)
    report(1.0, "Done")
    return doc


def extract_article(raw: RawArticle, reference_date: dt.date | None = None, progress: Progress | None = None) -> Document:
    source = DocumentSource(format=raw.format, location=raw.location, encoding=raw.encoding,
                            read_at=dt.datetime.now(dt.timezone.utc))
    return extract(raw.text, reference_date, title=raw.title, source=source, metadata_date=raw.metadata_date,
                   progress=progress)


def load_document(path: str | Path, reference_date: dt.date | None = None, progress: Progress | None = None) -> Document:
    """Read an article file and extract it."""
    return extract_article(read_article(path), reference_date, progress)


def from_pasted(text: str, reference_date: dt.date | None = None, progress: Progress | None = None) -> Document:
    return extract_article(pasted_article(text), reference_date, progress)


def redate(document: Document, reference_date: dt.date | None) -> Document:
    """The same document re-extracted against another reference date (None: back to what the text says).
    Extraction is deterministic, so ids stay stable and the user's corrections still apply."""
    metadata = document.reference_date.value if document.reference_date.source == ReferenceDateSource.METADATA else None
    new = extract(document.text, reference_date, title=document.title, source=document.source, metadata_date=metadata)
    return new


# --------------------------------------------------------------------------------------------- remapping
def _to_original(doc: Document, prepared: PreparedText) -> Document:
    mapped = prepared.mapped
    if mapped.text == mapped.original:
        return doc
    original = mapped.original
    n = len(original)
    if len(mapped.text) == n and mapped.starts == array("l", range(n)) and mapped.ends == array("l", range(1, n + 1)):
        return _reread(doc, original)  # only characters changed (soft wraps, quotes): spans hold as they are

    # The document was just built here and shares nothing with anyone: its lists and (unfrozen) models are
    # updated in place; spans are frozen and replaced, one new span per distinct range.
    spans: dict[tuple[int, int], Span] = {}

    def span(obj: Span) -> Span:
        key = (obj.start, obj.end)
        new = spans.get(key)
        if new is None:
            s, e = mapped.original_range(obj.start, obj.end)
            new = obj if (s, e) == key else Span.model_construct(start=s, end=e)
            spans[key] = new
        return new

    def fix(obj) -> None:
        for name in _walkable_fields(type(obj)):
            value = getattr(obj, name)
            if isinstance(value, Span):
                new = span(value)
                if new is not value:
                    setattr(obj, name, new)
            elif isinstance(value, list):
                for k, item in enumerate(value):
                    if isinstance(item, Span):
                        new = span(item)
                        if new is not item:
                            value[k] = new
                    elif isinstance(item, BaseModel):
                        fix(item)
            elif isinstance(value, BaseModel):
                fix(value)
        # the words as written in the original, even where only characters changed ("Shi’ite")
        if isinstance(obj, (TimeExpression, Mention)):
            written = obj.span.of(original)
            if written != obj.text:
                obj.text = written
        elif isinstance(obj, Event):
            written = obj.trigger.of(original)
            if written != obj.trigger_text:
                obj.trigger_text = written

    fix(doc)
    return doc


_SCALARS = (str, int, float, bool, dt.date, dt.datetime, type(None))
_WALKABLE: dict[type, tuple[str, ...]] = {}


def _walkable_fields(cls: type) -> tuple[str, ...]:
    """Fields of a model class that may hold spans (models, lists): scalars, enums and the document's text are
    skipped without being read."""
    names = _WALKABLE.get(cls)
    if names is None:
        out = []
        for name, field in cls.model_fields.items():
            if name == "text" and cls is Document:
                continue
            ann = field.annotation
            args = [a for a in getattr(ann, "__args__", ()) if a is not type(None)]
            kinds = args if args else [ann]
            if all(isinstance(k, type) and (issubclass(k, _SCALARS) or issubclass(k, Enum)) for k in kinds):
                continue
            out.append(name)
        names = _WALKABLE[cls] = tuple(out)
    return names


def _reread(doc: Document, original: str) -> Document:
    """Texts of mentions, time expressions and triggers as written in the original, where spans map one to
    one (the same result as the general remapping, without walking the whole model)."""

    def mentions(items):
        out = []
        for item in items:
            fixed = [m if m.span.of(original) == m.text else m.model_copy(update={"text": m.span.of(original)})
                     for m in item.mentions]
            changed = any(a is not b for a, b in zip(fixed, item.mentions))
            out.append(item.model_copy(update={"mentions": fixed}) if changed else item)
        return out

    times = [t if t.span.of(original) == t.text else t.model_copy(update={"text": t.span.of(original)})
             for t in doc.times]
    events = [e if e.trigger.of(original) == e.trigger_text else
              e.model_copy(update={"trigger_text": e.trigger.of(original)}) for e in doc.events]
    return doc.model_copy(update={"times": times, "actors": mentions(doc.actors), "places": mentions(doc.places),
                                  "events": events})
