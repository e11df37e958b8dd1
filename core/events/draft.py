"""`Draft`: an event while it is being built, with the sentence analysis it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Attribution, EventTime, Sentence, TimeExpression
from .clauses import VerbGroup
from .participants import Found
from .tokens import Token
from .triggers import Trigger


@dataclass(slots=True)
class Draft:
    sentence: Sentence
    tokens: list[Token]
    clauses: list[int]
    trigger: Trigger
    group: VerbGroup | None
    found: Found
    times: list[TimeExpression]  # time expressions of the sentence
    mentions: list = field(default_factory=list)  # actor and place mentions of the sentence (MentionRef)
    event_id: str = ""
    attribution: Attribution | None = None
    attribution_source: str = ""
    report: "Draft | None" = None  # the reporting event this one was reported by
    reports: list[str] = field(default_factory=list)
    reported: list["Draft"] = field(default_factory=list)
    negated: bool = False
    certainty: float = 1.0
    time: EventTime = field(default_factory=EventTime)
    base_label: str = ""
    lead_paragraph: int = 0  # the story's first narrative paragraph
    postposed: bool = False  # a reporting verb after what it reports (", the government said")
    speaker_pronoun: str = ""  # "he" of "The boy's father said he would appeal" when the label names the speaker

    @property
    def token(self) -> Token:
        return self.tokens[self.trigger.index]

    @property
    def clause(self) -> int:
        return self.clauses[self.trigger.index]

    def confidence(self) -> float:
        """How sure the extractor is: the trigger rule's own confidence, raised a little by participants and
        an explicit time, lowered for words whose part of speech was a guess."""
        c = self.trigger.confidence
        if self.found.actors:
            c += 0.1
        if self.time.timex_ids:
            c += 0.05
        return max(0.05, min(1.0, c))
