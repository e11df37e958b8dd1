"""Cheap tense cues: is a sentence (near a time expression) about the past or the future? Decides the year of
a bare month ("in July") and the week of a bare weekday ("on Tuesday").

Strong cues are auxiliaries, modals and common irregular verbs: the last strong cue before the expression
decides ("said it will pay in January": future). Without one, -ed words (weak: they are often adjectives)
decide, then cues after the expression. Participles after a form of "be" are not cues: "will be held"
follows its auxiliary. Deadline phrases ("extended to", "due by", "payable") point to the future."""

from __future__ import annotations

import re

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"

_NOT_AFTER_BE = r"(?<!\bbe\s)(?<!been\s)(?<!\bis\s)(?<!are\s)(?<!\bam\s)(?<!being\s)(?<!\bget\s)(?<!\bwas\s)(?<!were\s)"
_CUES = re.compile(
    r"\b(?P<future>will|won't|shall|would|wouldn't|'ll|going\s+to|to\s+be|(?:expected|scheduled|due|set|"
    r"planning|slated|likely|poised|intends?|aims?|plans?|hopes?|expects?|agreed|agrees|wants?|seeks?)\s+to|"
    r"planned\s+(?:for|to)|scheduled|payable|upcoming|tomorrow|next)\b"
    r"|" + _NOT_AFTER_BE + r"\b(?P<past>was|were|had|did|didn't|wasn't|weren't|ago|last|yesterday|earlier|"
    r"said|told|took|came|went|began|fell|made|gave|won|lost|left|met|held|saw|found|got|sent|led|spoke|wrote|"
    r"rose|broke|became|struck|fought|paid|sold|bought|built|brought|ran|stood|flew|drew|grew|knew|thought|"
    r"felt|kept)\b"
    r"|" + _NOT_AFTER_BE + r"\b(?P<weak>[a-z]{2,}ed)\b"
    r"|\b(?P<present>is|are|am|has|have|does|do|says|say)\b",
)
_DEADLINE = re.compile(r"\b(?:until|till|by|through|before|payable|effective|expires?|due)\s+(?:about\s+)?$"
                       r"|\b(?:extend\w*|postpon\w*|delay\w*|expir\w*|adjourn\w*|deadline|due|set|scheduled|payable|"
                       r"effective|moved|pushed\s+back)\s+(?:\S+\s+){0,4}?(?:to|until|till|by|through)\s+$", re.I)


def tense_and_distance(text: str, start: int, end: int, at: int) -> tuple[str, int]:
    """The tense of `text[start:end]` (part of a sentence) as seen from offset `at`, and how far from `at`
    the deciding cue is."""
    last_strong = None
    last_weak = None
    after = None
    for m in _CUES.finditer(text, start, end):
        kind = m.lastgroup
        if m.end() <= at:
            if kind in ("future", "past"):
                last_strong = (kind, at - m.end())
            elif kind == "weak":
                last_weak = (PAST, at - m.end())
            elif kind == "present":
                last_strong = (PRESENT, at - m.end())
        elif after is None and kind != "weak":
            after = (PAST if kind == "past" else kind, m.start() - at + 30)
        elif after is None:
            after = (PAST, m.start() - at + 40)
    if last_strong and last_strong[0] != PRESENT:
        return last_strong
    if last_weak:
        return last_weak
    if last_strong:
        return last_strong
    return after or (UNKNOWN, 1 << 30)


def tense_near(text: str, start: int, end: int, at: int) -> str:
    return tense_and_distance(text, start, end, at)[0]


def deadline_before(text: str, at: int) -> bool:
    """Is the expression at `at` introduced by a deadline phrase ("until", "extended to", "payable")?"""
    return bool(_DEADLINE.search(text[max(0, at - 60):at]))
