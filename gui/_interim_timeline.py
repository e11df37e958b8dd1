"""A plain list standing in for `TimelineWidget` while the real one is not checked in. Same interface."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from newsline.core.model import Document


class InterimTimelineWidget(QWidget):
    eventClicked = Signal(str)
    eventHovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list = QListWidget(self)
        self._list.setAccessibleName("Timeline")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._list)
        self._doc: Document | None = None
        self._visible: set[str] | None = None
        self.selected_event_id: str | None = None
        self.highlighted_actor_id: str | None = None
        self._list.itemClicked.connect(lambda it: self.eventClicked.emit(it.data(Qt.ItemDataRole.UserRole)))

    def set_document(self, doc: Document | None) -> None:
        self._doc = doc
        self._rebuild()

    def _rebuild(self) -> None:
        self._list.clear()
        if self._doc is None:
            return
        for e in self._doc.events:
            if self._visible is not None and e.actor_ids() and not set(e.actor_ids()) & self._visible:
                continue
            iv = e.time.interval
            item = QListWidgetItem(f"{iv.earliest if iv else 'undated'}  {e.label or e.trigger_text}")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self._list.addItem(item)

    def set_actor_colours(self, colours: dict[str, str]) -> None:
        pass

    def set_visible_actors(self, actor_ids: set[str] | None) -> None:
        self._visible = actor_ids
        self._rebuild()

    def set_lane_mode(self, mode: str) -> None:
        pass

    def set_selected_event(self, event_id: str | None, center: bool = True) -> None:
        self.selected_event_id = event_id
        for i in range(self._list.count()):
            it = self._list.item(i)
            it.setSelected(it.data(Qt.ItemDataRole.UserRole) == event_id)

    def set_highlighted_actor(self, actor_id: str | None) -> None:
        self.highlighted_actor_id = actor_id

    def fit_all(self) -> None:
        pass

    def zoom(self, factor: float) -> None:
        pass

    def pan(self, fraction: float) -> None:
        pass

    def visible_event_ids(self) -> list[str]:
        return [self._list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self._list.count())]

    def set_theme(self, theme: str) -> None:
        pass
