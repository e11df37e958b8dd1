"""Temporal tagger (placeholder until the temporal work lands): finds four-digit years only."""

from __future__ import annotations

import datetime as dt
import re

from ..model import CalendarInterval, Precision, Sentence, Span, TimeAnchor, TimeExpression, TimeType

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def tag_times(text: str, reference_date: dt.date | None, sentences: list[Sentence] | None = None) -> list[TimeExpression]:
    out = []
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        out.append(TimeExpression(
            id=f"t{len(out) + 1}", span=Span(start=m.start(), end=m.end()), text=m.group(0), type=TimeType.DATE,
            value=str(y), anchor=TimeAnchor.ABSOLUTE,
            interval=CalendarInterval(earliest=dt.date(y, 1, 1), latest=dt.date(y, 12, 31), precision=Precision.YEAR),
        ))
    return out
