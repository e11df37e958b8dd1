"""Hand-built documents for the window tests (a short invented article with known sentences, actors, times and
events, so the window can be tested apart from the extraction pipeline), and the window fixtures: a shown
MainWindow whose dialogs record instead of blocking."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsline.core.model import (
    Actor,
    ActorKind,
    CalendarInterval,
    Certainty,
    Document,
    Event,
    EventTime,
    Mention,
    Participant,
    Precision,
    ReferenceDate,
    ReferenceDateSource,
    Role,
    Sentence,
    Span,
    TimeAnchor,
    TimeExpression,
    TimeResolution,
    TimeType,
    Zone,
    ZoneSpan,
)

HARBOUR_TEXT = (
    "Harbour strike ends after talks\n"
    "\n"
    "PORTMERE, June 5, 2023 (Newsline Wire) - Dock workers in Portmere ended their strike yesterday after the "
    "Harbour Board agreed to raise wages. "
    "The Dockers Union had called the strike on 12 May 2023. "
    "Mayor Ilse Varn met union leaders two days later. "
    "The Harbour Board said the port would reopen in June. "
    "The union has long complained about night shifts.\n"
    "\n"
    "Editing by Ana Pell.\n"
)


def _span(text: str, needle: str, after: int = 0) -> Span:
    i = text.index(needle, after)
    return Span(start=i, end=i + len(needle))


def _sentences(text: str) -> list[Sentence]:
    out = []
    for m in re.finditer(r"[^\n.]+(?:\.|(?=\n))", text):
        s, e = m.span()
        while text[s].isspace():
            s += 1
        out.append(Sentence(index=len(out), span=Span(start=s, end=e)))
    return out


def harbour_document(reference: dt.date | None = dt.date(2023, 6, 5)) -> Document:
    """Six events, three actors, one undated event and one relative ("yesterday") event."""
    t = HARBOUR_TEXT
    sentences = _sentences(t)
    # zones: headline (sentence 0) and the footer (last sentence)
    sentences[0] = sentences[0].model_copy(update={"zone": Zone.HEADLINE})
    sentences[-1] = sentences[-1].model_copy(update={"zone": Zone.FOOTER})
    zones = [ZoneSpan(zone=Zone.FOOTER, span=sentences[-1].span, reason="credit line")]

    def sent_of(span: Span) -> int:
        return next(s.index for s in sentences if s.span.contains(span))

    def day(d: dt.date) -> CalendarInterval:
        return CalendarInterval(earliest=d, latest=d, precision=Precision.DAY)

    y = reference - dt.timedelta(days=1) if reference else None
    times = [
        TimeExpression(id="t1", span=_span(t, "yesterday"), text="yesterday", type=TimeType.DATE,
                       value=y.isoformat() if y else "PAST_REF",
                       anchor=TimeAnchor.REFERENCE if y else TimeAnchor.UNRESOLVED,
                       interval=day(y) if y else None),
        TimeExpression(id="t2", span=_span(t, "12 May 2023"), text="12 May 2023", type=TimeType.DATE,
                       value="2023-05-12", interval=day(dt.date(2023, 5, 12))),
        TimeExpression(id="t3", span=_span(t, "two days later"), text="two days later", type=TimeType.DATE,
                       value="2023-05-14", anchor=TimeAnchor.NARRATIVE, anchor_time_id="t2",
                       interval=day(dt.date(2023, 5, 14))),
        TimeExpression(id="t4", span=_span(t, "June", t.index("reopen")), text="June", type=TimeType.DATE,
                       value="2023-06", interval=CalendarInterval(earliest=dt.date(2023, 6, 1),
                                                                  latest=dt.date(2023, 6, 30),
                                                                  precision=Precision.MONTH)),
    ]
    for i, tx in enumerate(times):
        times[i] = tx.model_copy(update={"sentence": sent_of(tx.span)})

    def mentions(*names: str) -> list[Mention]:
        out = []
        for n in names:
            for m in re.finditer(re.escape(n), t):
                sp = Span(start=m.start(), end=m.end())
                out.append(Mention(span=sp, text=n, sentence=sent_of(sp)))
        return sorted(out, key=lambda m: m.span.start)

    actors = [
        Actor(id="a1", name="Dockers Union", kind=ActorKind.ORGANISATION, aliases=["union", "Dock workers"],
              mentions=mentions("Dock workers", "Dockers Union", "union leaders", "The union")),
        Actor(id="a2", name="Harbour Board", kind=ActorKind.GOVERNMENT, mentions=mentions("Harbour Board")),
        Actor(id="a3", name="Ilse Varn", kind=ActorKind.PERSON, aliases=["Mayor Varn"], title="Mayor",
              mentions=mentions("Mayor Ilse Varn")),
    ]

    def event(eid: str, trigger: str, label: str, actors_roles, time: EventTime, after: int = 0) -> Event:
        sp = _span(t, trigger, after)
        # every event here is a main happening (salience over navigation.MAIN_EVENT_CONFIDENCE)
        return Event(id=eid, sentence=sent_of(sp), trigger=sp, trigger_text=trigger, label=label,
                     participants=[Participant(actor_id=a, role=r) for a, r in actors_roles], time=time,
                     evidence=[sp], confidence=0.8)

    def explicit(d: dt.date, ids: list[str], written: str, res=TimeResolution.EXPLICIT) -> EventTime:
        return EventTime(interval=day(d), precision=Precision.DAY, certainty=Certainty.CERTAIN, resolution=res,
                         timex_ids=ids, as_written=written)

    relative = (explicit(y, ["t1"], "yesterday", TimeResolution.RELATIVE) if y else
                EventTime(resolution=TimeResolution.RELATIVE, timex_ids=["t1"], as_written="yesterday",
                          relative_to_reference_days=-1))
    events = [
        event("e1", "ended", "Dock workers end strike", [("a1", Role.AGENT)], relative),
        event("e2", "agreed", "Harbour Board agrees pay rise", [("a2", Role.AGENT)],
              relative.model_copy(update={"resolution": TimeResolution.INHERITED if y else TimeResolution.RELATIVE,
                                          "certainty": Certainty.UNCERTAIN})),
        event("e3", "called", "Union calls strike", [("a1", Role.AGENT)],
              explicit(dt.date(2023, 5, 12), ["t2"], "12 May 2023")),
        event("e4", "met", "Mayor meets union leaders", [("a3", Role.AGENT), ("a1", Role.PATIENT)],
              explicit(dt.date(2023, 5, 14), ["t3"], "two days later", TimeResolution.NARRATIVE)),
        event("e5", "reopen", "Port to reopen", [("a2", Role.AGENT)],
              EventTime(interval=times[3].interval, precision=Precision.MONTH, certainty=Certainty.APPROXIMATE,
                        resolution=TimeResolution.EXPLICIT, timex_ids=["t4"], as_written="June")),
        event("e6", "complained", "Union complains about night shifts", [("a1", Role.AGENT)], EventTime()),
    ]
    ref = (ReferenceDate(value=reference, source=ReferenceDateSource.TEXT, evidence=_span(t, "June 5, 2023"))
           if reference else ReferenceDate())
    return Document(title="Harbour strike ends after talks", text=t, reference_date=ref, sentences=sentences,
                    zones=zones, times=times, actors=actors, events=events)


# --------------------------------------------------------------------------------------------- fixtures

@pytest.fixture
def recorded_errors(monkeypatch):
    from newsline.gui import errors  # Qt is imported only by the tests that use a window

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_error_dialog",
                        lambda parent, title, message, details=None: shown.append((title, message)))
    return shown


@pytest.fixture
def window(qtbot, recorded_errors, monkeypatch):
    from newsline.gui.dialogs import prompts

    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, name: "discard")
    from newsline.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.extractor.wait(30000)


def wait_loaded(qtbot, w, timeout=30000):
    qtbot.waitUntil(lambda: not w.extractor.busy, timeout=timeout)


class GapTicker:
    """Records every gap (ms) between turns of the event loop with a 10 ms timer; the longest is the worst
    stall. `stop()` and `start()` leave out work the test itself does on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[int] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(lambda: self.gaps.append(self._clock.restart()))

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def worst(self) -> int:
        return max(self.gaps, default=0)
