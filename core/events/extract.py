"""Events: who did what to whom, where and when (entry point `find_events`)."""

from __future__ import annotations

import datetime as dt

from ..ingest.prepared import PreparedText
from ..model import Actor, Event, Place, Sentence, TimeExpression
from .postag import tag
from .tokens import Token, tokenize
from .triggers import Trigger, find_triggers


def sentence_tokens(text: str, sentence: Sentence) -> list[Token]:
    s, e = sentence.span.start, sentence.span.end
    return tag(tokenize(text[s:e], s))


def sentence_triggers(text: str, sentence: Sentence) -> list[tuple[Token, Trigger]]:
    toks = sentence_tokens(text, sentence)
    return [(toks[t.index], t) for t in find_triggers(toks)]


def find_events(prepared: PreparedText, times: list[TimeExpression], actors: list[Actor], places: list[Place],
                reference_date: dt.date | None) -> list[Event]:
    return []
