"""Cheap tense cues: is a sentence (near a time expression) about the past or the future? Decides the year of
a bare month ("in July") and the week of a bare weekday ("on Tuesday")."""

from __future__ import annotations

import re

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"

_CUES = re.compile(
    r"\b(?P<future>will|won't|shall|'ll|going\s+to|to\s+be\s+held|(?:is|are|was|were)\s+(?:expected|scheduled|"
    r"due|set|planning|slated|likely)\s+to|plans?\s+to|planned\s+for|next|upcoming|coming|tomorrow|would\s+be\s+held)\b"
    r"|\b(?P<past>was|were|had|did|didn't|ago|last|yesterday|earlier|previously|[a-z]{2,}ed|said|told|took|"
    r"came|went|began|fell|made|gave|won|lost|left|met|held|saw|found|got|sent|led|spoke|wrote|rose|"
    r"broke|became|struck|fought|killed|seized|announced|reported|paid|sold|bought|built|brought|ran|"
    r"stood|set\s+off|flew|drew|grew|knew|thought|felt|kept|hit)\b"
    r"|\b(?P<present>is|are|am|has|have|does|do)\b",
    re.I,
)


def tense_near(text: str, start: int, end: int, at: int) -> str:
    """The tense of `text[start:end]` (a sentence) as seen from offset `at`: the verb cue nearest to `at`
    decides; future cues win ties."""
    best = None
    best_dist = 1 << 30
    for m in _CUES.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "past" and m.group(0).lower().endswith("ed") and m.group(0)[0].isupper() and m.start() > start:
            continue  # "United", "Red" in names
        dist = abs(m.start() - at)
        if kind == "present":
            dist += 40  # a weak cue
        if dist < best_dist or (dist == best_dist and kind == "future"):
            best, best_dist = kind, dist
    return best or UNKNOWN
