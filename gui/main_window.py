"""The main window: actor sidebar (left), timeline (centre), article text and event details (bottom), a
stepping/reference-date toolbar and a status bar. It wires the views to `DocumentState`, runs extraction
through `worker.Extractor`, and routes every failure through `errors.report`.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QGuiApplication, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsline.core.model import CorrectionOp, Document, ReferenceDateSource
from newsline.core.project_file import is_project_path

from . import errors
from .actions import create_actions
from .actor_sidebar import ActorSidebar
from .date_edit import IsoDateEdit
from .details_pane import DetailsPane
from .dialogs import prompts
from .document_state import DocumentState
from .palette import apply_theme
from .settings import AppSettings
from .source_pane import SourcePane, WithTextDocument
from .stepping import SPEEDS_MS, Stepper
from .timeline_widget import TimelineWidget
from .worker import Extractor, LoadResult, load_file_task, paste_task, redate_task, sample_task

from .colours import NO_ACTOR_COLOUR, actor_colours
from .display_prep import DisplayPrep
from .document_state import ASYNC_EVENTS
from .extraction_tasks import Relayout

NO_DATE = QDate(1800, 1, 1)
"""The reference-date edit shows "none" at this date (its minimum)."""

REF_SOURCE_TEXT = {
    ReferenceDateSource.TEXT: "from text",
    ReferenceDateSource.METADATA: "metadata",
    ReferenceDateSource.USER: "set by you",
    ReferenceDateSource.NONE: "none — relative dates kept relative",
}

log = logging.getLogger(__name__)

UPDATING_MESSAGE = "Updating the timeline…"

SIDEBAR_SHARE = 0.32
"""Most of the window's width the actor list takes by itself (the user may drag it wider)."""

TEXT_SHARE = 0.3
"""Default height of the article and details panes, as a share of the window height (the timeline gets most of
the rest)."""


def _literal(text: str) -> str:
    """`text` for a menu item: its & shown, not taken for an Alt letter."""
    return text.replace("&", "&&")


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newslineMainWindow")
        self.settings = settings or AppSettings()
        self.state = DocumentState(self)
        self.extractor = Extractor(self)
        # the timeline of a big document laid out again (event scope, actor filter) on a worker thread
        self._relayout = Extractor(self, process_threshold=None)
        self._relayout_pending = False
        self._relayout_steps_first = False  # a scope change is pending: land on the first event when it arrives
        self.stepper = Stepper(self.state, self)
        self.actions = create_actions(self)
        self._pending_kind: str | None = None
        self._opening_project = False  # the file being opened is a project (for the wording of a failure)
        self._last_export_folder: Path | None = None
        self._shown_once = False
        self._layout_restored = False
        self._initial_reference_date: dt.date | None = None
        self._theme = self.settings.theme
        self._lane_mode = self.settings.lane_mode
        self.colours: dict[str, str] = {}
        self._warnings_shown: set[str] = set()  # knowledge-base warnings already told, shown once per run

        self._build_central()
        self._build_docks()
        self._build_toolbars()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._restore_settings()
        self._update_title()
        self._update_position()
        self._update_reference_widgets()
        self._update_enabled()

    # ======================================================================================== building
    def _build_central(self) -> None:
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.banner = QLabel(central)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Notice")
        self.banner.setContentsMargins(10, 6, 10, 6)
        self.banner.setStyleSheet("QLabel#banner { background: #fff4ce; color: #3d3200; border-bottom: 1px solid #e0c96b; }")
        self.banner.hide()
        self.timeline = TimelineWidget(central)
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName("Timeline")
        self.timeline.setMinimumHeight(200)
        lay.addWidget(self.banner)
        lay.addWidget(self.timeline, 1)
        self.setCentralWidget(central)

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.sidebar = ActorSidebar(self.state, self)
        self.source = SourcePane(self.state, self)
        self.details = DetailsPane(self.state, self)
        self.sidebar_dock = self._dock("Actors", "actorsDock", self.sidebar, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.source_dock = self._dock("Article", "articleDock", self.source, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.details_dock = self._dock("Event details", "detailsDock", self.details,
                                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(self.source_dock, self.details_dock, Qt.Orientation.Horizontal)
        self._default_dock_sizes()

    def _default_dock_sizes(self) -> None:
        """The first-run layout (no saved state): the timeline gets well over half the height, the actor list
        is wide enough for typical names."""
        h = self.height()
        self.resizeDocks([self.sidebar_dock], [self._sidebar_share(self.sidebar.typical_width)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.source_dock, self.details_dock], [760, 420], Qt.Orientation.Horizontal)
        self.resizeDocks([self.source_dock], [int(h * TEXT_SHARE)], Qt.Orientation.Vertical)

    def _sidebar_share(self, wanted: int) -> int:
        """`wanted` pixels for the actor list, but no more than SIDEBAR_SHARE of the window's width (and no
        less than its minimum)."""
        return max(self.sidebar.minimumSizeHint().width(), min(wanted, int(self.width() * SIDEBAR_SHARE)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._wrap_toolbars)  # a restored layout may hold rows made for another width
        if not self._shown_once:
            self._shown_once = True
            if not self._layout_restored:  # first run: the default dock sizes for the size shown at
                QTimer.singleShot(0, self._default_dock_sizes)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._wrap_toolbars()
        dock = self.sidebar_dock
        narrower = 0 < event.size().width() < event.oldSize().width()
        if narrower and dock.isVisible() and not dock.isFloating() \
                and dock.width() > self.width() * (SIDEBAR_SHARE + 0.02):
            # a narrower window: the actor list gives up width rather than the timeline (never grows back)
            QTimer.singleShot(0, lambda: self.resizeDocks([dock], [self._sidebar_share(dock.width())],
                                                          Qt.Orientation.Horizontal))
        text = self.source_dock
        lower = 0 < event.size().height() < event.oldSize().height()
        if lower and text.isVisible() and not text.isFloating() \
                and text.height() > self.height() * (TEXT_SHARE + 0.05):
            # a lower window: the article and details give up height rather than the timeline
            QTimer.singleShot(0, lambda: self.resizeDocks([text], [int(self.height() * TEXT_SHARE)],
                                                          Qt.Orientation.Vertical))

    def _build_toolbars(self) -> None:
        a = self.actions
        files = QToolBar("File", self)
        files.setObjectName("fileToolbar")
        files.addActions([a.open, a.save, a.export_png])
        self.addToolBar(files)

        steps = QToolBar("Stepping", self)
        steps.setObjectName("steppingToolbar")
        steps.addActions([a.first, a.previous, a.play, a.next, a.last])
        self.speed = QComboBox(steps)
        self.speed.setAccessibleName("Play speed")
        self.speed.setToolTip("How fast Play moves from one event to the next")
        for name, ms in SPEEDS_MS.items():
            self.speed.addItem(name, ms)
        idx = min(range(len(SPEEDS_MS)), key=lambda i: abs(list(SPEEDS_MS.values())[i] - self.settings.play_interval_ms))
        self.speed.setCurrentIndex(idx)
        self.stepper.set_interval(self.speed.currentData())
        steps.addWidget(self.speed)
        self.order_box = QComboBox(steps)
        self.order_box.setAccessibleName("Stepping order")
        self.order_box.setToolTip("Step through events by date or in the order the article tells them")
        self.order_box.addItem("By date", "chronological")
        self.order_box.addItem("Text order", "text")
        steps.addWidget(self.order_box)
        self.addToolBar(steps)

        ref = QToolBar("Reference date", self)
        ref.setObjectName("referenceDateToolbar")
        caption = QLabel(" Reference date: ", ref)
        self.date_edit = IsoDateEdit(parent=ref)
        self.date_edit.setObjectName("referenceDate")
        self.date_edit.setAccessibleName("Reference date")
        self.date_edit.setToolTip("The date the article was written: “yesterday” and “last month” count from it")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setMaximumDate(QDate(2200, 12, 31))
        self.date_edit.setSpecialValueText("none")
        # "none" cannot be typed over (typing made "none0240314"): on focus the field offers today to edit
        self.date_edit.installEventFilter(self)
        self._date_offered = False  # the field shows today's date offered in place of "none", not yet edited
        caption.setBuddy(self.date_edit)
        self.ref_source = QLabel(ref)
        self.ref_source.setObjectName("referenceSource")
        self.ref_source.setAccessibleName("Where the reference date comes from")
        ref.addWidget(caption)
        ref.addWidget(self.date_edit)
        ref.addWidget(self.ref_source)
        self.reset_date_action = ref.addAction("Use the article's date")
        self.reset_date_action.setIconText("Article's date")
        self.reset_date_action.setToolTip("Forget the date you set and use the one the article gives (if any)")
        self.addToolBar(ref)
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(700)
        self._date_timer.timeout.connect(self._date_edited)

        view = QToolBar("View", self)
        view.setObjectName("viewToolbar")
        view.addActions([a.zoom_out, a.zoom_in, a.fit_all])
        a.zoom_out.setIconText("−")  # short toolbar labels: the toolbars fit a 1280 px window
        a.zoom_in.setIconText("+")
        a.fit_all.setIconText("Fit")
        self.events_box = QComboBox(view)
        self.events_box.setObjectName("eventScope")
        self.events_box.setAccessibleName("Events shown")
        self.events_box.setToolTip("Main events: the article's main happenings (Ctrl+Shift+A shows all events)")
        self.events_box.addItem("Main events", "main")
        self.events_box.addItem("All events", "all")
        view.addWidget(self.events_box)
        self.addToolBar(view)
        self.toolbars = [files, steps, ref, view]
        for tb in self.toolbars:
            tb.orientationChanged.connect(lambda _o, tb=tb: self._tint_toolbar_extension(tb))
            tb.visibilityChanged.connect(lambda _v: QTimer.singleShot(0, self._wrap_toolbars))
            tb.topLevelChanged.connect(lambda _f: QTimer.singleShot(0, self._wrap_toolbars))

    def _wrap_toolbars(self) -> None:
        """Start a new toolbar row wherever the next toolbar would not fit in full, and join rows again when
        they fit: a narrow window (1024 px) hid View's Fit and Main/All events behind a chevron, and a narrower
        one the stepping buttons too. Only the toolbars docked at the top, in their order there, are wrapped."""
        area = Qt.ToolBarArea.TopToolBarArea
        bars = [tb for tb in self.toolbars
                if tb.isVisibleTo(self) and not tb.isFloating() and self.toolBarArea(tb) == area]
        bars.sort(key=lambda tb: (tb.y(), tb.x()))  # as shown (the order they were added until laid out)
        room = self.width()
        used = 0
        for i, tb in enumerate(bars):
            need = tb.sizeHint().width()
            wrap = i > 0 and used + need > room
            if wrap != self.toolBarBreak(tb):
                if wrap:
                    self.insertToolBarBreak(tb)
                else:
                    self.removeToolBarBreak(tb)
            used = need if wrap else used + need

    def _build_menus(self) -> None:
        a = self.actions
        mb = self.menuBar()
        file = mb.addMenu("&File")
        file.addActions([a.open, a.new_from_clipboard, a.open_sample])
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.setObjectName("recentMenu")
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addActions([a.save, a.save_as])
        file.addSeparator()
        file.addAction(a.export_png)
        file.addSeparator()
        file.addAction(a.quit)
        edit = mb.addMenu("&Edit")
        edit.addActions([a.undo, a.redo])
        edit.addSeparator()
        edit.addActions([a.rename_actor, a.actor_kind, a.merge_actors])
        nav = mb.addMenu("&Go")
        nav.addActions([a.first, a.previous, a.play, a.next, a.last])
        nav.addSeparator()
        nav.addActions([a.order_chronological, a.order_text])
        nav.addSeparator()
        nav.addActions([a.focus_actors, a.focus_text, a.focus_details, a.focus_date])
        view = mb.addMenu("&View")
        view.addActions([a.lanes_actors, a.lanes_single])
        view.addSeparator()
        view.addAction(a.all_events)
        view.addSeparator()
        view.addActions([a.theme_light, a.theme_dark])
        view.addSeparator()
        view.addActions([a.fit_all, a.zoom_in, a.zoom_out])
        view.addSeparator()
        panels = view.addMenu("&Panels")
        # each with its own Alt letter (the toggles are named after the panels' titles, which have none)
        for item, text in ((self.sidebar_dock, "&Actors"), (self.source_dock, "A&rticle"),
                           (self.details_dock, "Event &Details")):
            toggle = item.toggleViewAction()
            toggle.setText(text)
            panels.addAction(toggle)
        panels.addSeparator()
        for tb, text in zip(self.toolbars, ("&File Toolbar", "&Stepping Toolbar", "Reference Da&te Toolbar",
                                            "&View Toolbar")):
            toggle = tb.toggleViewAction()
            toggle.setText(text)
            panels.addAction(toggle)
        help_ = mb.addMenu("&Help")
        help_.addActions([a.shortcuts, a.about])
        self._rebuild_recent_menu()

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.position_label = QLabel(self)
        self.position_label.setObjectName("eventPosition")
        self.position_label.setAccessibleName("Event position")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("extractionProgress")
        self.progress.setAccessibleName("Extraction progress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.position_label)

    # ======================================================================================== wiring
    def _connect(self) -> None:
        a, s = self.actions, self.state
        a.open.triggered.connect(self.choose_and_open)
        a.new_from_clipboard.triggered.connect(self.new_from_clipboard)
        a.open_sample.triggered.connect(lambda: self.open_sample())
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(lambda: self.save_as())
        a.export_png.triggered.connect(self.export_png_dialog)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(s.undo_stack.undo)
        a.redo.triggered.connect(s.undo_stack.redo)
        s.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        s.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        # (an & in a name is shown as written, not taken for an Alt letter)
        s.undo_stack.undoTextChanged.connect(lambda t: a.undo.setText(f"&Undo {_literal(t)}" if t else "&Undo"))
        s.undo_stack.redoTextChanged.connect(lambda t: a.redo.setText(f"&Redo {_literal(t)}" if t else "&Redo"))
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.rename_actor.triggered.connect(lambda: self.rename_actor())
        a.actor_kind.triggered.connect(lambda: self.change_actor_kind())
        a.merge_actors.triggered.connect(lambda: self.merge_actor())
        self.sidebar.renameRequested.connect(self.rename_actor)
        self.sidebar.kindRequested.connect(self.change_actor_kind)
        self.sidebar.mergeRequested.connect(self.merge_actor)
        self.sidebar.colourRequested.connect(self.change_actor_colour)
        self.details.setDateRequested.connect(self.set_event_date)

        a.first.triggered.connect(self.stepper.first)
        a.previous.triggered.connect(self.stepper.previous)
        a.next.triggered.connect(self.stepper.next)
        a.last.triggered.connect(self.stepper.last)
        a.play.triggered.connect(self._play_toggled)
        self.stepper.playingChanged.connect(self._playing_changed)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.order_box.currentIndexChanged.connect(lambda _i: s.set_order(self.order_box.currentData()))
        a.order_chronological.triggered.connect(lambda: s.set_order("chronological"))
        a.order_text.triggered.connect(lambda: s.set_order("text"))
        s.orderChanged.connect(self._order_changed)

        a.lanes_actors.triggered.connect(lambda: self.set_lane_mode("actors"))
        a.lanes_single.triggered.connect(lambda: self.set_lane_mode("single"))
        a.all_events.toggled.connect(lambda on: self.set_event_scope("all" if on else "main"))
        self.events_box.currentIndexChanged.connect(lambda _i: self.set_event_scope(self.events_box.currentData()))
        s.eventScopeChanged.connect(self._event_scope_changed)
        a.theme_light.triggered.connect(lambda: self.set_theme("light"))
        a.theme_dark.triggered.connect(lambda: self.set_theme("dark"))
        a.fit_all.triggered.connect(self.timeline.fit_all)
        a.zoom_in.triggered.connect(lambda: self.timeline.zoom(1.5))
        a.zoom_out.triggered.connect(lambda: self.timeline.zoom(1 / 1.5))
        a.focus_actors.triggered.connect(lambda: self._focus(self.sidebar_dock, self.sidebar.tree))
        a.focus_text.triggered.connect(lambda: self._focus(self.source_dock, self.source))
        a.focus_details.triggered.connect(lambda: self._focus(self.details_dock, self.details.label_edit))
        a.focus_date.triggered.connect(lambda: self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)

        self.timeline.eventClicked.connect(s.select_event)
        s.documentChanged.connect(self._document_changed)
        s.selectionChanged.connect(self._selection_changed)
        s.filterChanged.connect(self._filter_changed)
        s.highlightedActorChanged.connect(self.timeline.set_highlighted_actor)
        s.dirtyChanged.connect(lambda _d: self._update_title())

        self.date_edit.dateChanged.connect(self._date_changed)
        self.date_edit.editingFinished.connect(self._date_edited)
        self.reset_date_action.triggered.connect(lambda: self.set_reference_date(None))

        self.extractor.finished.connect(self._extraction_finished)
        self.extractor.failed.connect(self._extraction_failed)
        self.extractor.progress.connect(self._extraction_progress)
        self.extractor.busyChanged.connect(self._busy_changed)
        s.set_display_prep(lambda visible: self._display_prep(visible, offsets=False))
        s.recomputingChanged.connect(self._recomputing_changed)
        self._relayout.finished.connect(self._relaid_out)
        self._relayout.failed.connect(self._relayout_failed)

    def _focus(self, dock: QDockWidget, widget: QWidget) -> None:
        dock.show()
        dock.raise_()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ======================================================================================== settings
    def _restore_settings(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        self._layout_restored = state is not None
        if state is not None:
            self.restoreState(state)
        else:
            self._default_dock_sizes()
        self.set_theme(self.settings.theme, save=False)
        self.set_lane_mode(self.settings.lane_mode, save=False)
        self.set_event_scope(self.settings.event_scope, save=False)
        self._event_scope_changed(self.state.event_scope)
        self.state.set_order(self.settings.order)
        self._order_changed(self.state.order.value)

    def save_settings(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.theme = self._theme
        self.settings.lane_mode = self._lane_mode
        self.settings.event_scope = self.state.event_scope
        self.settings.order = self.state.order.value
        self.settings.play_interval_ms = self.stepper.interval_ms
        self.settings.sync()

    def set_theme(self, theme: str, save: bool = True) -> None:
        self._theme = theme
        apply_theme(theme)
        for tb in getattr(self, "toolbars", ()):
            self._tint_toolbar_extension(tb)
        self._tint_stepping_icons()
        # a big document: repainted in the new palette at once, laid out again on a worker thread
        self.timeline.set_theme(theme, rebuild=False)
        if not self._relayout_later():
            self.timeline.set_theme(theme)
        (self.actions.theme_dark if theme == "dark" else self.actions.theme_light).setChecked(True)
        if save:
            self.settings.theme = theme

    def _themed_icon(self, which: QStyle.StandardPixmap) -> QIcon:
        """The style's icon `which` drawn in the theme's text colour: the style's own media and toolbar arrows
        are dark grey, barely visible on the dark theme."""
        source = self.style().standardIcon(which)
        colour = QApplication.palette().windowText().color()
        icon = QIcon()
        for size in (16, 20, 24, 32, 48):
            pixmap = source.pixmap(size, size)
            if pixmap.isNull():
                continue
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), colour)
            painter.end()
            icon.addPixmap(pixmap)
        return icon

    def _tint_stepping_icons(self) -> None:
        SP = QStyle.StandardPixmap
        a = self.actions
        for action, which in ((a.first, SP.SP_MediaSkipBackward), (a.previous, SP.SP_MediaSeekBackward),
                              (a.next, SP.SP_MediaSeekForward), (a.last, SP.SP_MediaSkipForward)):
            action.setIcon(self._themed_icon(which))
        a.play.setIcon(self._themed_icon(SP.SP_MediaPause if self.stepper.playing else SP.SP_MediaPlay))

    def _tint_toolbar_extension(self, toolbar: QToolBar) -> None:
        """The » button of a toolbar too narrow for its controls, in the theme's text colour."""
        button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if button is None:
            return
        vertical = toolbar.orientation() == Qt.Orientation.Vertical
        button.setIcon(self._themed_icon(QStyle.StandardPixmap.SP_ToolBarVerticalExtensionButton if vertical
                                         else QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton))

    def set_lane_mode(self, mode: str, save: bool = True) -> None:
        self._lane_mode = mode
        # a big document: the new lanes are laid out on a worker thread, the old ones shown until then
        self.timeline.set_lane_mode(mode, rebuild=False)
        if not self._relayout_later():
            self.timeline.set_lane_mode(mode)
        (self.actions.lanes_single if mode == "single" else self.actions.lanes_actors).setChecked(True)
        if save:
            self.settings.lane_mode = mode

    def set_event_scope(self, scope: str, save: bool = True) -> None:
        """Show the main events ("main") or every event ("all") in the timeline, the undated strip and stepping."""
        self.state.set_event_scope(scope)
        if save:
            self.settings.event_scope = scope

    def _event_scope_changed(self, scope: str) -> None:
        with QSignalBlocker(self.events_box):
            self.events_box.setCurrentIndex(1 if scope == "all" else 0)
        with QSignalBlocker(self.actions.all_events):
            self.actions.all_events.setChecked(scope == "all")
        if (self.timeline.min_confidence() != self.state.min_confidence or self._relayout_pending) \
                and self._relayout_later():
            self._relayout_steps_first = True
            return  # the rest when the new layout arrives (`_relaid_out`)
        self.timeline.set_min_confidence(self.state.min_confidence)
        self._step_first_if_none()
        self._update_position()

    def _step_first_if_none(self) -> None:
        if self.state.document is not None and self.state.selected_event_id is None and self.state.sequence():
            self.state.step("first")

    # ======================================================================================== relayout
    def relayout_pending(self) -> bool:
        """True while the timeline of a big document is being laid out again on a worker thread."""
        return self._relayout_pending

    def _relayout_later(self) -> bool:
        """On a big document (`document_state.ASYNC_EVENTS`), start laying the timeline out for the state's
        event scope and actor filter on a worker thread (the timeline keeps its layout until then; a newer start
        supersedes this one) and return True. A small one: False (the caller lays it out here)."""
        s, t = self.state, self.timeline
        if s.document is None or len(s.document.events) < ASYNC_EVENTS:
            self._cancel_relayout()
            return False
        visible = None if s.visible_actor_ids is None else frozenset(s.visible_actor_ids)
        self._relayout.start(Relayout(s.document, t.actor_colours(), visible, t.lane_mode(),
                                      NO_ACTOR_COLOUR[t.theme()], t.lane_row_cap(), s.event_scope, s.order.value,
                                      ordered=s.ordered_events(s.order.value)))
        self._set_relayout_pending(True)
        return True

    def _cancel_relayout(self) -> None:
        if self._relayout_pending:
            self._relayout.cancel()
        self._relayout_steps_first = False
        self._set_relayout_pending(False)

    def _set_relayout_pending(self, busy: bool) -> None:
        if busy == self._relayout_pending:
            return
        self._relayout_pending = busy
        if busy:
            self.statusBar().showMessage(UPDATING_MESSAGE)
        elif not self.state.recomputing and self.statusBar().currentMessage() == UPDATING_MESSAGE:
            self.statusBar().clearMessage()

    def _relaid_out(self, result) -> None:
        """The layout (and step sequence) made by `Relayout`: handed to the timeline as it is."""
        s = self.state
        steps_first, self._relayout_steps_first = self._relayout_steps_first, False
        self._set_relayout_pending(False)
        if result.document is not s.document:
            return  # a document came meanwhile (and cancelled this job): not expected
        s.offer_sequence(result.document, result.order, result.scope, result.visible_actors, result.sequence,
                         result.index)
        visible = None if s.visible_actor_ids is None else set(s.visible_actor_ids)
        keep_top = self.timeline.visible_actors() == visible
        self.timeline.set_filters(visible, s.min_confidence, prepared=(result.layout_key, result.layout),
                                  keep_top=keep_top)
        if steps_first:
            self._step_first_if_none()
        elif not keep_top:
            self._keep_selection_in_view()
        self._update_position()

    def _relayout_failed(self, exc: BaseException) -> None:
        """Not expected: laid out here instead, where a failure reaches the window's error report."""
        log.error("laying the timeline out off the GUI thread failed", exc_info=exc)
        steps_first, self._relayout_steps_first = self._relayout_steps_first, False
        self._set_relayout_pending(False)
        self.timeline.set_filters(self.state.visible_actor_ids, self.state.min_confidence)
        if steps_first:
            self._step_first_if_none()
        self._update_position()

    # ======================================================================================== opening
    def maybe_save(self) -> bool:
        """Ask about unsaved corrections; False means the user cancelled."""
        if not self.state.dirty or self.state.document is None:
            return True
        answer = prompts.ask_save_changes(self, self._document_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def choose_and_open(self) -> None:
        folder = str(Path(self.settings.recent_files()[0]).parent) if self.settings.recent_files() else ""
        path = prompts.choose_open_path(self, folder)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, reference_date: dt.date | None = None) -> bool:
        """Start reading and extracting `path` (article or project) in the background. False if cancelled."""
        if not self.maybe_save():
            return False
        self._start("open", load_file_task(path, reference_date), f"Opening {Path(path).name}")
        self._opening_project = is_project_path(path)
        return True

    def open_sample(self, reference_date: dt.date | None = None) -> bool:
        if not self.maybe_save():
            return False
        self._start("open", sample_task(reference_date), "Opening the sample article")
        return True

    def open_text(self, text: str, reference_date: dt.date | None = None) -> bool:
        if not self.maybe_save():
            return False
        self._start("open", paste_task(text, reference_date), "Reading the pasted text")
        return True

    def new_from_clipboard(self) -> None:
        from .dialogs.paste_dialog import ask_for_text

        text = ask_for_text(self, QGuiApplication.clipboard().text())
        if text is None:
            return
        if not text.strip():
            errors.show_error_dialog(self, "Nothing to read", "The clipboard holds no text. Copy an article first.")
            return
        self.open_text(text)

    def set_reference_date(self, date: dt.date | None) -> None:
        """Re-date every relative expression against `date` (None: the date the article itself gives)."""
        if self.state.base is None or (self.extractor.busy and self._pending_kind == "open"):
            return  # nothing to re-date yet, or a newer article is on its way
        self._start("redate", redate_task(self.state.base, date),
                    f"Re-dating events against {date.isoformat()}" if date else "Re-dating with the article's own date")

    def _start(self, kind: str, task, message: str) -> None:
        self._pending_kind = kind
        self._opening_project = False  # `open_path` says when it is a project
        self.statusBar().showMessage(message)
        self.progress.setValue(0)
        prepare = WithTextDocument(self._display_prep(), QFont(self.source.font())) if kind == "open" else None
        self.extractor.start(task, prepare=prepare)
        self._update_enabled()

    def _display_prep(self, visible_actors: frozenset | None = None, offsets: bool = True) -> DisplayPrep:
        """The view settings as they are now, for preparing the coming document off the GUI thread (a new one
        shows every actor; a re-corrected one keeps the actor filter, and its text)."""
        return DisplayPrep(lane_mode=self._lane_mode, no_actor_colour=NO_ACTOR_COLOUR[self.timeline.theme()],
                           max_rows=self.timeline.lane_row_cap(), scope=self.state.event_scope,
                           order=self.state.order.value, visible_actors=visible_actors, offsets=offsets)

    def load_document(self, doc: Document, corrections=None, *, source_path=None, project_path=None,
                      prepared=None) -> None:
        """Show `doc` at once (no extraction); used for finished results and by tests. `prepared` is the
        `display_prep.PreparedDisplay` the worker made for it, if any."""
        self.state.set_base(doc, corrections, source_path=source_path, project_path=project_path,
                            prepared=prepared)
        self._update_title()

    def _extraction_finished(self, result: LoadResult) -> None:
        kind, self._pending_kind = self._pending_kind, None
        if result.kind == "redate":
            self.state.replace_base(result.document)
            self.statusBar().showMessage("Events re-dated", 4000)
            return
        self.load_document(result.document, result.corrections, source_path=result.source_path,
                           project_path=result.project_path, prepared=result.prepared)
        if result.settings.get("lane_mode") in ("actors", "single"):
            self.set_lane_mode(result.settings["lane_mode"], save=False)
        if result.source_path is not None:
            self.settings.add_recent_file(result.source_path)
            self._rebuild_recent_menu()
        n = len(result.document.events)
        self.statusBar().showMessage(f"{self._document_name()}: {n} event{'s' if n != 1 else ''}, "
                                     f"{len(result.document.actors)} actors", 6000)
        if self.state.sequence():
            self.state.step("first")
        self.timeline.fit_all()
        self.show_knowledge_base_warnings(result)

    def show_knowledge_base_warnings(self, result: LoadResult | None = None) -> list[str]:
        """Problems of the user's knowledge-base file, told once (status bar and a non-blocking notice).
        Returns the warnings newly shown. The worker read them (`LoadResult.kb_warnings`); without them the
        knowledge base is loaded here (cached when extraction ran in this process)."""
        try:
            if result is not None and result.kb_error is not None:
                raise result.kb_error
            if result is not None and result.kb_warnings is not None:
                warnings = list(result.kb_warnings)
            else:
                from newsline.core.entities.kb import load_knowledge_base

                warnings = list(load_knowledge_base().warnings)
        except Exception as exc:  # noqa: BLE001 - the bundled data itself is broken: a bug, shown as such
            errors.report(self, exc, "Could not read the knowledge base")
            return []
        new = [w for w in warnings if w not in self._warnings_shown]
        self._warnings_shown.update(new)
        errors.warn(self, "Knowledge base", new, self.statusBar())
        return new

    def _extraction_failed(self, exc: BaseException) -> None:
        kind, self._pending_kind = self._pending_kind, None
        self.statusBar().clearMessage()
        errors.report(self, exc, "Could not re-date the events" if kind == "redate" else
                      "Could not open the project" if self._opening_project else "Could not open the article")
        self._update_reference_widgets()

    def _extraction_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.statusBar().showMessage(message)

    def _recomputing_changed(self, busy: bool) -> None:
        """A correction on a big document is being applied off the GUI thread."""
        if busy:
            self.statusBar().showMessage(UPDATING_MESSAGE)
        elif not self._relayout_pending and self.statusBar().currentMessage() == UPDATING_MESSAGE:
            self.statusBar().clearMessage()

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if not busy:
            self.progress.setValue(100)
        self._update_enabled()

    # ======================================================================================== saving
    def _document_name(self) -> str:
        s = self.state
        if s.project_path is not None:
            return s.project_path.name
        if s.document is not None and s.document.title:
            return s.document.title
        if s.source_path is not None:
            return s.source_path.name
        return "Untitled"

    def save(self) -> bool:
        if self.state.project_path is None:
            return self.save_as()
        return self._save_to(self.state.project_path)

    def save_as(self, path: str | Path | None = None) -> bool:
        if self.state.base is None:
            return False
        if path is None:
            s = self.state
            stem = (s.source_path.name.split(".")[0] if s.source_path else "timeline")
            folder = s.source_path.parent if s.source_path else Path.home()
            path = prompts.choose_save_path(self, str(folder / f"{stem}.newsline.json"))
            if not path:
                return False
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        from newsline.core.project_file import project_for, save_project

        try:
            project = project_for(self.state.base, self.state.corrections)
            project.settings.update({"lane_mode": self._lane_mode, "order": self.state.order.value})
            written = save_project(project, path)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the document stays as it is
            errors.report(self, exc, "Could not save the project")
            return False
        self.state.mark_saved(written)
        self.settings.add_recent_file(written)
        self._rebuild_recent_menu()
        self._update_title()
        self.statusBar().showMessage(f"Saved {written.name}", 4000)
        return True

    def export_png_dialog(self) -> None:
        from .dialogs.export_dialog import ExportOptions, ask_export_options

        doc = self.state.document
        if doc is None:
            return
        opts = ask_export_options(self, ExportOptions(theme=self._theme, title=doc.title))
        if opts is None:
            return
        s = self.state
        named = s.source_path or s.project_path
        stem = named.name.split(".")[0] if named else "timeline"
        # where the last picture went, else beside the article (as Save suggests), else the home folder
        folder = self._last_export_folder or (named.parent if named and named.parent.is_dir() else Path.home())
        path = prompts.choose_png_path(self, str(folder / f"{stem}.png"))
        if path and self.export_png(path, opts) is not None:
            self._last_export_folder = Path(path).parent

    def export_png(self, path: str | Path, opts) -> Path | None:
        try:
            from .export_png import export_png

            view_range = None
            if not opts.whole and hasattr(self.timeline, "view_range"):
                view_range = self.timeline.view_range()
            out = export_png(self.state.document, path, width=opts.width, height=opts.height, scale=opts.scale,
                             theme=opts.theme, actor_ids=self.state.visible_actor_ids, title=opts.title or None,
                             view_range=view_range, lane_mode=self._lane_mode, events=self.state.event_scope,
                             colours=self.colours or None)
        except Exception as exc:  # noqa: BLE001
            errors.report(self, exc, "Could not export the picture")
            return None
        self.statusBar().showMessage(f"Exported {Path(out).name}", 5000)
        return Path(out)

    # ======================================================================================== corrections
    def _actor_or_highlighted(self, actor_id):
        doc = self.state.document
        actor_id = actor_id or self.state.highlighted_actor_id
        actor = doc.actor(actor_id) if doc is not None and actor_id else None
        if actor is None and doc is not None:
            self.statusBar().showMessage("Click an actor in the sidebar first", 4000)
        return actor

    def rename_actor(self, actor_id: str | None = None) -> None:
        from .dialogs.actor_dialogs import ask_new_name

        actor = self._actor_or_highlighted(actor_id)
        name = ask_new_name(self, actor) if actor else None
        if name:
            self.state.correct(CorrectionOp.RENAME_ACTOR, actor.id, name, f"Rename {actor.name}")

    def change_actor_kind(self, actor_id: str | None = None) -> None:
        from .dialogs.actor_dialogs import ask_kind

        actor = self._actor_or_highlighted(actor_id)
        kind = ask_kind(self, actor) if actor else None
        if kind is not None and kind != actor.kind:
            self.state.correct(CorrectionOp.SET_ACTOR_KIND, actor.id, kind.value, f"Change kind of {actor.name}")

    def merge_actor(self, actor_id: str | None = None) -> None:
        from .dialogs.actor_dialogs import ask_merge_target

        actor = self._actor_or_highlighted(actor_id)
        if actor is None:
            return
        others = [a for a in self.state.document.actors if a.id != actor.id]
        if not others:  # Ctrl+M did nothing at all
            self.statusBar().showMessage(f"There is no other actor to merge “{actor.name}” into", 5000)
            return
        target = ask_merge_target(self, actor, others)
        if target is not None:
            self.state.correct(CorrectionOp.MERGE_ACTORS, target.id, [actor.id],
                               f"Merge {actor.name} into {target.name}")

    def change_actor_colour(self, actor_id: str) -> None:
        from .dialogs.actor_dialogs import ask_colour

        actor = self._actor_or_highlighted(actor_id)
        colour = ask_colour(self, actor, self.colours.get(actor.id, "#888888")) if actor else None
        if colour:
            self.state.correct(CorrectionOp.SET_ACTOR_COLOUR, actor.id, colour, f"Colour of {actor.name}")

    def set_event_date(self, event_id: str) -> None:
        from .dialogs.event_date_dialog import ask_event_date

        ev = self.state.document.event(event_id) if self.state.document else None
        if ev is None:
            return
        fallback = self.state.document.reference_date.value or dt.date.today()
        value = ask_event_date(self, ev.time.interval, fallback)
        if value is not None:
            self.state.correct(CorrectionOp.SET_EVENT_TIME, event_id, value, "Set event date")

    # ======================================================================================== state -> views
    def _document_changed(self) -> None:
        doc = self.state.document
        prepared = self.state.prepared
        if prepared is not None and prepared.document is doc:
            colours, layout = prepared.colours, (prepared.layout_key, prepared.layout)
        else:
            colours, layout = (actor_colours(doc) if doc is not None else {}), None
        if colours != self.colours or doc is None:
            self.colours = colours
            self.sidebar.set_actor_colours(colours)
            self.source.set_actor_colours(colours)
        steps_first = self._relayout_steps_first
        self._cancel_relayout()  # the new document's layout is made with the state's settings as they are
        self.timeline.set_filters(self.state.visible_actor_ids, self.state.min_confidence, rebuild=False)
        self.timeline.set_document(doc, colours=colours, prepared=layout)
        if steps_first:
            self._step_first_if_none()
        self.timeline.set_highlighted_actor(self.state.highlighted_actor_id)
        self._update_reference_widgets()
        self._update_title()
        self._update_position()
        self._update_enabled()

    def _selection_changed(self, event_id) -> None:
        self.timeline.reveal_event(event_id)
        self._update_position()

    def _filter_changed(self, actor_ids) -> None:
        if self.timeline.visible_actors() != actor_ids or self._relayout_pending:
            if self._relayout_later():
                return  # the position too when the new layout arrives (`_relaid_out`)
            self.timeline.set_visible_actors(actor_ids)
            self._keep_selection_in_view()
        self._update_position()

    def _keep_selection_in_view(self) -> None:
        """After the lanes were laid out again (actor filter): scroll back to the selected event, if shown."""
        selected = self.timeline.selected_event()
        if selected is not None:
            self.timeline.reveal_event(selected)

    def _update_position(self) -> None:
        if self._relayout_pending:
            return  # the step sequence comes with the new layout (`_relaid_out`), and the position then
        k, n = self.state.position()
        for act in (self.actions.first, self.actions.previous, self.actions.play, self.actions.next,
                    self.actions.last):
            act.setEnabled(n > 0)  # nothing to step through: the commands are off rather than doing nothing
        if self.state.document is None:
            text = "No article"
        elif n == 0:
            text = "No events shown" if self.state.document.events else "No events found"
        elif k == 0:
            text = f"{n} event{'s' if n != 1 else ''}"
        else:
            text = f"Event {k} of {n}"
        if self.state.document is not None and self.state.event_scope == "main":
            total = len(self.state.document.events)
            text += f" (main events; {total} in all)"
        self.position_label.setText(text)

    def position_text(self) -> str:
        return self.position_label.text()

    def _update_enabled(self) -> None:
        has_doc = self.state.document is not None
        for act in (self.actions.save, self.actions.save_as, self.actions.export_png, self.actions.rename_actor,
                    self.actions.actor_kind, self.actions.merge_actors):
            act.setEnabled(has_doc)
        # while a file is being read the date applies to nothing yet: re-dating would abandon the open
        can_date = has_doc and not (self.extractor.busy and self._pending_kind == "open")
        self.date_edit.setEnabled(can_date)
        self.reset_date_action.setEnabled(can_date)

    def _update_title(self) -> None:
        name = self._document_name() if self.state.document is not None else "no article"
        self.setWindowTitle(f"Newsline — {name}[*]")
        self.setWindowModified(self.state.dirty)

    def _update_reference_widgets(self) -> None:
        doc = self.state.document
        ref = doc.reference_date if doc is not None else None
        with QSignalBlocker(self.date_edit):
            if ref is not None and ref.value is not None:
                self.date_edit.setDate(QDate(ref.value.year, ref.value.month, ref.value.day))
            else:
                self.date_edit.setDate(NO_DATE)
        self._date_timer.stop()
        self._date_offered = False
        source = ref.source if ref is not None else ReferenceDateSource.NONE
        self.ref_source.setText(f" ({REF_SOURCE_TEXT[source]}) " if doc is not None else "")
        notices = []
        if doc is not None and (ref is None or ref.value is None):
            notices.append("No reference date: relative dates such as “yesterday” or “last month” are kept relative. "
                           "Set the date the article was written in the toolbar (Ctrl+D) to place them on the calendar.")
        if doc is not None:
            notices += [w for w in doc.warnings if w and (ref is None or ref.value is not None or w != ref.note)
                        and "reference date" not in w.lower() and "publication date" not in w.lower()]
        self.banner.setText("\n".join(notices))
        self.banner.setVisible(bool(notices))

    def reference_source_text(self) -> str:
        return self.ref_source.text().strip(" ()")

    def eventFilter(self, obj, event) -> bool:
        if obj is self.date_edit:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                if self.date_edit.date() == NO_DATE:
                    self._offer_todays_date()
            elif kind == QEvent.Type.FocusOut and self._date_offered \
                    and event.reason() != Qt.FocusReason.PopupFocusReason:  # (its calendar opening)
                self._withdraw_todays_date()
        return super().eventFilter(obj, event)

    def _offer_todays_date(self) -> None:
        """With no reference date the field reads "none", which typing cannot replace: give it today's date to
        edit instead (year selected), without re-dating anything until the user changes it."""
        today = dt.date.today()
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self._date_offered = True

    def _withdraw_todays_date(self) -> None:
        """Left without a change: "none" again."""
        self._date_offered = False
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(NO_DATE)
        self._date_timer.stop()

    def _date_changed(self, _date) -> None:
        self._date_offered = False  # the user's own date from now on
        self._date_timer.start()

    def _date_edited(self) -> None:
        self._date_timer.stop()
        if self._date_offered:
            return  # today's date was only offered, never changed: nothing to re-date
        doc = self.state.document
        if doc is None:
            return
        qd = self.date_edit.date()
        new = None if qd == NO_DATE else qd.toPython()
        if new == doc.reference_date.value:
            return
        self.set_reference_date(new)

    def _play_toggled(self, checked: bool) -> None:
        if checked:
            self.stepper.play()
            if not self.stepper.playing:
                self.actions.play.setChecked(False)
        else:
            self.stepper.stop()

    def _playing_changed(self, playing: bool) -> None:
        a = self.actions.play
        a.setChecked(playing)
        a.setText("Pa&use" if playing else "Pla&y")
        a.setIcon(self._themed_icon(QStyle.StandardPixmap.SP_MediaPause if playing
                                    else QStyle.StandardPixmap.SP_MediaPlay))

    def _speed_changed(self, _index: int) -> None:
        self.stepper.set_interval(self.speed.currentData())
        self.settings.play_interval_ms = self.speed.currentData()

    def _order_changed(self, order: str) -> None:
        with QSignalBlocker(self.order_box):
            self.order_box.setCurrentIndex(0 if order == "chronological" else 1)
        (self.actions.order_text if order == "text" else self.actions.order_chronological).setChecked(True)
        self.settings.order = order
        self._update_position()

    # ======================================================================================== recent files
    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for i, f in enumerate(files, 1):
            act = self.recent_menu.addAction(f"&{i % 10} {_literal(Path(f).name)}")
            act.setToolTip(f)
            act.setStatusTip(f)
            act.triggered.connect(lambda _c=False, p=f: self._open_recent(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("&Clear the List", self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.settings.remove_recent_file(path)
            self._rebuild_recent_menu()
            errors.show_error_dialog(self, "Could not open the article", f"{path}: the file is no longer there")
            return
        self.open_path(path)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._rebuild_recent_menu()

    # ======================================================================================== help
    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions.all(), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, "About Newsline",
                          "<b>Newsline</b><p>Turns a news article into an interactive timeline of its events, "
                          "actors, places and dates.</p><p>Open an article (text, Markdown, HTML or TimeML) or a "
                          "saved project; step through the events with the arrow keys.</p>")

    # ======================================================================================== window events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(paths[0]))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.stepper.stop()
        self.save_settings()
        self.extractor.cancel()  # whatever is still running is no longer wanted
        self.state.cancel_recompute()
        self._cancel_relayout()
        event.accept()
