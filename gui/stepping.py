"""Stepping through events: first / previous / next / last and play, in the order `DocumentState` keeps.

The order itself (chronological or text) is `newsline.core.navigation`; this module adds the play timer.
Play starts from the current event (or the first), moves one event per interval and stops at the last.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from .document_state import DocumentState

SPEEDS_MS = {"Slow": 3000, "Normal": 1500, "Fast": 700, "Very fast": 300}


class Stepper(QObject):
    playingChanged = Signal(bool)

    def __init__(self, state: DocumentState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._timer = QTimer(self)
        self._timer.setInterval(1500)
        self._timer.timeout.connect(self._tick)
        state.documentChanged.connect(self._check_still_playable)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(max(50, int(ms)))

    def first(self) -> None:
        self.state.step("first")

    def last(self) -> None:
        self.state.step("last")

    def next(self) -> None:
        self.state.step("next")

    def previous(self) -> None:
        self.state.step("previous")

    def play(self) -> None:
        seq = self.state.sequence()
        if not seq:
            return
        if self.state.selected_event_id not in seq or self.state.selected_event_id == seq[-1]:
            self.state.select_event(seq[0])
        self._timer.start()
        self.playingChanged.emit(True)

    def stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.playingChanged.emit(False)

    def toggle_play(self) -> None:
        self.stop() if self.playing else self.play()

    def _tick(self) -> None:
        seq = self.state.sequence()
        if not seq or self.state.selected_event_id == seq[-1]:
            self.stop()
            return
        self.state.step("next")

    def _check_still_playable(self) -> None:
        if self.playing and not self.state.sequence():
            self.stop()
