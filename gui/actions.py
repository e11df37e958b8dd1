"""Every window command as a `QAction`, with its shortcut, tool tip and accessible text, in one place.

`create_actions(parent)` builds them; the main window connects them and puts them in menus and toolbars. The
Help > Keyboard shortcuts dialog lists them from here, so the list is never out of date.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget


@dataclass
class Actions:
    open: QAction
    new_from_clipboard: QAction
    open_sample: QAction
    save: QAction
    save_as: QAction
    export_png: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    rename_actor: QAction
    actor_kind: QAction
    merge_actors: QAction
    first: QAction
    previous: QAction
    play: QAction
    next: QAction
    last: QAction
    order_chronological: QAction
    order_text: QAction
    lanes_actors: QAction
    lanes_single: QAction
    all_events: QAction
    theme_light: QAction
    theme_dark: QAction
    fit_all: QAction
    zoom_in: QAction
    zoom_out: QAction
    focus_actors: QAction
    focus_text: QAction
    focus_details: QAction
    focus_date: QAction
    shortcuts: QAction
    about: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _action(parent: QWidget, text: str, tip: str, shortcut=None, icon=None, checkable: bool = False) -> QAction:
    a = QAction(text, parent)
    a.setToolTip(tip)
    a.setStatusTip(tip)
    if icon is not None:
        a.setIcon(parent.style().standardIcon(icon))
    if shortcut is not None:
        seqs = shortcut if isinstance(shortcut, list) else [shortcut]
        a.setShortcuts([QKeySequence(s) for s in seqs])
        a.setToolTip(f"{tip} ({QKeySequence(seqs[0]).toString(QKeySequence.SequenceFormat.NativeText)})")
    a.setCheckable(checkable)
    a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    parent.addAction(a)  # shortcuts work even when the action is only in a toolbar or menu
    return a


def create_actions(parent: QWidget) -> Actions:
    SP = QStyle.StandardPixmap
    K = QKeySequence.StandardKey
    acts = Actions(
        open=_action(parent, "&Open…", "Open an article or a Newsline project", K.Open, SP.SP_DialogOpenButton),
        new_from_clipboard=_action(parent, "New from &Clipboard…", "Make a timeline from pasted text",
                                   "Ctrl+Shift+V"),
        open_sample=_action(parent, "Open the Sa&mple Article", "Open the sample article that comes with Newsline"),
        save=_action(parent, "&Save", "Save the timeline and your corrections as a project", K.Save,
                     SP.SP_DialogSaveButton),
        save_as=_action(parent, "Save &As…", "Save the project under another name", K.SaveAs),
        export_png=_action(parent, "&Export PNG…", "Save the timeline as a picture", "Ctrl+E"),
        quit=_action(parent, "&Quit", "Close Newsline", K.Quit),
        undo=_action(parent, "&Undo", "Undo the last correction", K.Undo),
        redo=_action(parent, "&Redo", "Redo the correction you undid", K.Redo),
        rename_actor=_action(parent, "Re&name Actor…", "Rename the highlighted actor", "F2"),
        actor_kind=_action(parent, "Change Actor &Kind…", "Change what kind of actor the highlighted one is"),
        merge_actors=_action(parent, "&Merge Actors…", "Merge the highlighted actor into another one", "Ctrl+M"),
        first=_action(parent, "&First Event", "Go to the first event", "Home", SP.SP_MediaSkipBackward),
        previous=_action(parent, "&Previous Event", "Go to the previous event", "Left", SP.SP_MediaSeekBackward),
        play=_action(parent, "Pla&y", "Step through the events one by one", "Space", SP.SP_MediaPlay, checkable=True),
        next=_action(parent, "&Next Event", "Go to the next event", "Right", SP.SP_MediaSeekForward),
        last=_action(parent, "&Last Event", "Go to the last event", "End", SP.SP_MediaSkipForward),
        order_chronological=_action(parent, "&Chronological Order", "Step through events by date", "Ctrl+1",
                                    checkable=True),
        order_text=_action(parent, "&Text Order", "Step through events in the order the article tells them",
                           "Ctrl+2", checkable=True),
        lanes_actors=_action(parent, "One Lane per &Actor", "Give every actor its own lane", "Ctrl+L",
                             checkable=True),
        lanes_single=_action(parent, "&Single Lane", "Put every event on one lane", "Ctrl+Shift+L", checkable=True),
        all_events=_action(parent, "Show All &Events", "Show every event found, not only the main ones",
                           "Ctrl+Shift+A", checkable=True),
        theme_light=_action(parent, "&Light Theme", "Light colours", checkable=True),
        theme_dark=_action(parent, "&Dark Theme", "Dark colours", checkable=True),
        fit_all=_action(parent, "&Fit All", "Show the whole timeline", "Ctrl+0"),
        zoom_in=_action(parent, "Zoom &In", "Zoom into the timeline", [K.ZoomIn, "Ctrl+="]),
        zoom_out=_action(parent, "Zoom &Out", "Zoom out of the timeline", K.ZoomOut),
        focus_actors=_action(parent, "Go to &Actors", "Move the keyboard focus to the actor list", "Alt+1"),
        focus_text=_action(parent, "Go to Article Te&xt", "Move the keyboard focus to the article text", "Alt+2"),
        focus_details=_action(parent, "Go to &Details", "Move the keyboard focus to the event details", "Alt+3"),
        focus_date=_action(parent, "Go to &Reference Date", "Move the keyboard focus to the reference date", "Ctrl+D"),
        shortcuts=_action(parent, "&Keyboard Shortcuts", "List every keyboard shortcut", K.HelpContents),
        about=_action(parent, "&About Newsline", "About Newsline"),
    )
    for group in ((acts.order_chronological, acts.order_text), (acts.lanes_actors, acts.lanes_single),
                  (acts.theme_light, acts.theme_dark)):
        g = QActionGroup(parent)
        g.setExclusive(True)
        for a in group:
            g.addAction(a)
    return acts
