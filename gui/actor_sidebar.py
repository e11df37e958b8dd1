"""The actor sidebar: every actor with its colour, kind and number of events.

Tick boxes filter the timeline (and stepping); the search box narrows the list; "All" and "None" tick or
untick every actor; clicking an actor highlights its events and mentions. The actors of the selected event are
shown in bold. The context menu holds the actor corrections (rename, kind, merge, colour).
"""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsline.core.model import ActorKind, Document

from .document_state import DocumentState

KIND_LABELS = {
    ActorKind.PERSON: "person",
    ActorKind.GOVERNMENT: "government",
    ActorKind.ARMED_FORCES: "armed forces",
    ActorKind.ARMED_GROUP: "armed group",
    ActorKind.ORGANISATION: "organisation",
    ActorKind.MEDIA: "media",
    ActorKind.INTERNATIONAL: "international org.",
    ActorKind.OTHER: "other",
}

_ID = Qt.ItemDataRole.UserRole


def swatch(colour: str, size: int = 12) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(colour))
    return QIcon(pm)


TYPICAL_NAME = "River Valley Liberation Front"
KIND_COLUMN_SLACK = 60  # the Kind column is hidden when the list is this much narrower than a typical name needs
"""The Actor column is at least as wide as this name (plus tick box and swatch)."""


class ActorSidebar(QWidget):
    renameRequested = Signal(str)
    kindRequested = Signal(str)
    mergeRequested = Signal(str)
    colourRequested = Signal(str)

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("actorSidebar")
        self._colours: dict[str, str] = {}
        self._updating = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search actors")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search actors")
        self.search.setToolTip("Show only actors whose name or alias contains this text")
        self.all_button = QPushButton("&All", self)
        self.all_button.setToolTip("Show the events of every actor")
        self.all_button.setAccessibleName("Show all actors")
        self.none_button = QPushButton("N&one", self)
        self.none_button.setToolTip("Hide the events of every actor")
        self.none_button.setAccessibleName("Hide all actors")

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("actorList")
        self.tree.setAccessibleName("Actors")
        self.tree.setToolTip("Tick to show an actor's events; click to highlight them")
        self.tree.setHeaderLabels(["Actor", "Kind", "Events"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the kind column has a fixed width (long kinds are elided, the tooltip has them) so the names get the
        # room: a typical name fits beside the tick box and swatch
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        fm = self.tree.fontMetrics()
        bold = self.tree.font()
        bold.setBold(True)  # the selected event's actors are bold: the name must fit bold too
        header.resizeSection(1, fm.horizontalAdvance("armed forces") + 16)
        columns = header.sectionSize(1) + fm.horizontalAdvance("Events") + 20
        # wide enough for a typical name by default (`typical_width`), but the user (or a narrow window) may make
        # it narrower: the names are then elided, the timeline keeps its room
        self.typical_width = QFontMetrics(bold).horizontalAdvance(TYPICAL_NAME) + 60 + columns + 8
        self.tree.setMinimumWidth(columns + 90)

        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.search)
        lay.addLayout(buttons)
        lay.addWidget(self.tree, 1)

        self.search.textChanged.connect(self._apply_search)
        self.all_button.clicked.connect(lambda: state.set_visible_actors(None))
        self.none_button.clicked.connect(lambda: state.set_visible_actors(set()))
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.installEventFilter(self)  # Space ticks the current actor (not the window's Play)
        state.documentChanged.connect(self._rebuild)
        state.eventScopeChanged.connect(lambda _s: self._rebuild_keeping_selection())
        state.filterChanged.connect(lambda _v: self._sync_checks())
        state.highlightedActorChanged.connect(self._sync_highlight)
        state.selectionChanged.connect(lambda _v: self._sync_selected_event())

    def eventFilter(self, obj, event) -> bool:
        """In the actor list Space is the list's own key (tick or untick the current actor): the window's Play
        shortcut on Space is overridden there, as a text field overrides the arrow keys."""
        if obj is self.tree and event.type() == QEvent.Type.ShortcutOverride \
                and event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            return True
        return super().eventFilter(obj, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # narrow (a small window): the names get the Kind column's room (the kind is in each name's tooltip)
        self.tree.setColumnHidden(1, self.width() < self.typical_width - KIND_COLUMN_SLACK)

    # ------------------------------------------------------------------------------------ public
    def set_actor_colours(self, colours: dict[str, str]) -> None:
        self._colours = dict(colours)
        self._updating = True  # setIcon emits itemChanged: not a tick-box change
        try:
            for item in self._items():
                colour = self._colours.get(item.data(0, _ID))
                if colour:
                    item.setIcon(0, swatch(colour))
        finally:
            self._updating = False

    def item_for(self, actor_id: str) -> QTreeWidgetItem | None:
        return next((it for it in self._items() if it.data(0, _ID) == actor_id), None)

    def shown_actor_ids(self) -> list[str]:
        return [it.data(0, _ID) for it in self._items() if not it.isHidden()]

    # ------------------------------------------------------------------------------------ building
    def _items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _rebuild_keeping_selection(self) -> None:
        self._rebuild()
        self._sync_highlight(self.state.highlighted_actor_id)
        self._sync_selected_event()

    def _rebuild(self) -> None:
        doc: Document | None = self.state.document
        self._updating = True
        try:
            self.tree.clear()
            if doc is None:
                return
            # events shown under the main/all choice, so a count matches what the timeline draws
            min_conf = self.state.min_confidence
            counts = self.state.actor_event_counts(min_conf)  # counted once per document (ahead, for a new one)
            totals = self.state.actor_event_counts(None) if min_conf is not None else counts
            actors = sorted(doc.actors, key=lambda a: (-counts.get(a.id, 0), a.name.lower()))
            items = []
            for a in actors:
                item = QTreeWidgetItem([a.name, KIND_LABELS.get(a.kind, a.kind.value), str(counts.get(a.id, 0))])
                item.setData(0, _ID, a.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if self.state.is_actor_visible(a.id)
                                   else Qt.CheckState.Unchecked)
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                aliases = ", ".join(x for x in a.aliases if x != a.name)
                tip = f"{a.name} ({KIND_LABELS.get(a.kind, a.kind.value)})"
                if a.title:
                    tip += f"\n{a.title}"
                if aliases:
                    tip += f"\nAlso called: {aliases}"
                shown, total = counts.get(a.id, 0), totals.get(a.id, 0)
                tip += (f"\n{shown} events" if shown == total else f"\n{shown} main events of {total}") + \
                    f", {len(a.mentions)} mentions"
                item.setToolTip(0, tip)
                colour = self._colours.get(a.id)
                if colour:
                    item.setIcon(0, swatch(colour))
                items.append(item)
            self.tree.addTopLevelItems(items)
        finally:
            self._updating = False
        self._apply_search(self.search.text())
        self._sync_highlight(self.state.highlighted_actor_id)
        self._sync_selected_event()

    def _apply_search(self, text: str) -> None:
        needle = text.strip().lower()
        doc = self.state.document
        for item in self._items():
            if not needle or doc is None:
                item.setHidden(False)
                continue
            actor = doc.actor(item.data(0, _ID))
            names = [actor.name, *actor.aliases] if actor else [item.text(0)]
            item.setHidden(not any(needle in n.lower() for n in names))

    # ------------------------------------------------------------------------------------ state -> view
    def _sync_checks(self) -> None:
        self._updating = True
        try:
            for item in self._items():
                visible = self.state.is_actor_visible(item.data(0, _ID))
                item.setCheckState(0, Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
        finally:
            self._updating = False

    def _sync_highlight(self, actor_id: str | None) -> None:
        self._updating = True
        try:
            item = self.item_for(actor_id) if actor_id else None
            if item is None:
                self.tree.clearSelection()
                self.tree.setCurrentItem(None)
            else:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
        finally:
            self._updating = False

    def _sync_selected_event(self) -> None:
        ev = self.state.selected_event()
        involved = set(ev.actor_ids()) if ev is not None else set()
        was, self._updating = self._updating, True  # a font change emits itemChanged: it is not a tick
        try:
            for item in self._items():
                font = item.font(0)
                bold = item.data(0, _ID) in involved
                if font.bold() != bold:
                    font.setBold(bold)
                    for col in range(3):
                        item.setFont(col, font)
        finally:
            self._updating = was
        if involved:
            first = next((it for it in self._items() if it.data(0, _ID) in involved), None)
            if first is not None:
                self.tree.scrollToItem(first)

    # ------------------------------------------------------------------------------------ view -> state
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        actor_id = item.data(0, _ID)
        ticked = item.checkState(0) == Qt.CheckState.Checked
        if ticked != self.state.is_actor_visible(actor_id):  # only a real change of the tick filters
            self.state.set_actor_visible(actor_id, ticked)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if self._updating:
            return
        self.state.highlight_actor(current.data(0, _ID) if current is not None else None)

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        actor_id = item.data(0, _ID)
        menu = QMenu(self)
        menu.addAction("Rename…", lambda: self.renameRequested.emit(actor_id))
        menu.addAction("Change kind…", lambda: self.kindRequested.emit(actor_id))
        menu.addAction("Merge into another actor…", lambda: self.mergeRequested.emit(actor_id))
        menu.addAction("Colour…", lambda: self.colourRequested.emit(actor_id))
        menu.addSeparator()
        menu.addAction("Show only this actor", lambda: self.state.set_visible_actors({actor_id}))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
