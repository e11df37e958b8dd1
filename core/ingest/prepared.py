"""`PreparedText`: an article made ready for analysis (normalised text, sentences, zones, clues)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ReferenceDate, Sentence, ZoneSpan
from .textmap import MappedText


@dataclass
class PreparedText:
    """What ingestion hands to the extractors. All spans here are in *normalised* coordinates
    (``mapped.text``); `newsline.core.pipeline` maps every span of the finished model back to the original."""

    mapped: MappedText
    sentences: list[Sentence] = field(default_factory=list)
    zones: list[ZoneSpan] = field(default_factory=list)
    title: str | None = None
    found_reference_date: ReferenceDate = field(default_factory=ReferenceDate)

    @property
    def text(self) -> str:
        return self.mapped.text

    @property
    def original(self) -> str:
        return self.mapped.original

    def narrative_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.is_narrative]
