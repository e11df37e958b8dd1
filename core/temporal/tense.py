"""Cheap tense cues: is a sentence (near a time expression) about the past or the future? Decides the year of
a bare month ("in July") and the week of a bare weekday ("on Tuesday").

The nearest cue wins, cues before the expression weigh more than cues after it. Future cues: modals ("will",
"would", "'ll"), plans ("expected to", "scheduled", "due", "set to", "plans to"), deadlines right before the
expression ("until", "by", "through", "payable", "effective"). Past cues: "was", "had", "said", irregular past
forms and -ed verbs (not participles after a form of "be", which follow their auxiliary's tense)."""

from __future__ import annotations

import re

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"

_CUES = re.compile(
    r"\b(?P<future>will|won't|shall|would|wouldn't|'ll|going\s+to|to\s+be\s+held|(?:expected|scheduled|due|set|"
    r"planning|slated|likely|poised|intends?|aims?|plans?|hopes?|expects?|agreed|agrees|wants?|seeks?)\s+to|"
    r"planned\s+for|scheduled|payable|effective|expire|expires|upcoming|tomorrow|next)\b"
    r"|(?<!\bbe\s)(?<!been\s)(?<!\bis\s)(?<!are\s)(?<!\bam\s)(?<!being\s)(?<!\bget\s)\b(?P<past>was|were|had|did|didn't|wasn't|weren't|ago|last|yesterday|earlier|previously|said|told|took|"
    r"came|went|began|fell|made|gave|won|lost|left|met|held|saw|found|got|sent|led|spoke|wrote|rose|broke|"
    r"became|struck|fought|paid|sold|bought|built|brought|ran|stood|flew|drew|grew|knew|thought|felt|kept|"
    r"[a-z]{2,}ed)\b"
    r"|\b(?P<present>is|are|am|has|have|does|do|says|say)\b",
)
_DEADLINE = re.compile(r"\b(?:until|till|by|through|before|payable|effective|expires?|due|to)\s+(?:about\s+)?$", re.I)


def tense_near(text: str, start: int, end: int, at: int) -> str:
    """The tense of `text[start:end]` (part of a sentence) as seen from offset `at`."""
    return tense_and_distance(text, start, end, at)[0]


def tense_and_distance(text: str, start: int, end: int, at: int) -> tuple[str, int]:
    best = None
    best_dist = 1 << 30
    for m in _CUES.finditer(text, start, end):
        kind = m.lastgroup
        dist = at - m.end() if m.end() <= at else (m.start() - at) + 30
        if kind == "present":
            dist += 25  # a weak cue
        if dist < best_dist:
            best, best_dist = kind, dist
    return best or UNKNOWN, best_dist


def deadline_before(text: str, at: int) -> bool:
    """Is the expression at `at` introduced by a deadline word ("until", "by", "payable")?"""
    return bool(_DEADLINE.search(text[max(0, at - 20):at]))
