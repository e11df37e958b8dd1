"""Every command is reachable by keyboard without clashes, every control says what it is, and the shortcut
list and export dialog work."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QTreeWidget

from newsline.gui.dialogs.export_dialog import ExportDialog, ExportOptions
from newsline.gui.dialogs.shortcuts_dialog import shortcut_rows
from window_fixtures import harbour_document
from window_fixtures import recorded_errors, window  # noqa: F401  (fixtures)


def test_no_two_actions_share_a_shortcut(window):
    keys = Counter(s.toString() for a in window.actions.all() for s in a.shortcuts())
    assert [k for k, n in keys.items() if n > 1] == []
    for name in ("first", "previous", "play", "next", "last", "open", "save", "export_png", "undo"):
        assert getattr(window.actions, name).shortcuts(), f"{name} has no shortcut"


def test_controls_have_accessible_names_and_tips(window):
    for cls in (QLineEdit, QComboBox, QDateEdit, QTreeWidget):
        for widget in window.findChildren(cls):
            if widget.parent() is not None and isinstance(widget.parent(), (QComboBox, QDateEdit)):
                continue  # the line edit inside a combo box or date edit
            if not widget.isVisibleTo(window):
                continue
            assert widget.accessibleName(), f"{cls.__name__} {widget.objectName()} has no accessible name"
    for action in window.actions.all():
        assert action.toolTip(), action.text()


def test_shortcut_list_covers_stepping(window):
    rows = dict(shortcut_rows(window.actions.all()))
    assert rows["Next Event"] == "Right"
    assert rows["Previous Event"] == "Left"
    assert rows["Play"] == "Space"


def test_export_png_from_the_window(window, tmp_path):
    from PySide6.QtGui import QImage

    window.load_document(harbour_document())
    dlg = ExportDialog(ExportOptions(title="Harbour"), window)
    dlg.width.setValue(800)
    dlg.height.setValue(500)
    dlg.scale.setCurrentIndex(1)  # 2x
    dlg.theme.setCurrentIndex(1)  # dark
    opts = dlg.options()
    assert (opts.width, opts.height, opts.scale, opts.theme, opts.title) == (800, 500, 2.0, "dark", "Harbour")
    out = window.export_png(tmp_path / "harbour.png", opts)
    assert out is not None and out.is_file()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)


def _dim_colour(window):
    doc = window.state.document
    footer = doc.sentences[-1].span
    for sel in window.source.extraSelections():
        if (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) == (footer.start, footer.end):
            return sel.format.foreground().color().name()
    return None


def test_lane_mode_and_theme_reach_the_timeline(window, qtbot):
    window.load_document(harbour_document())
    light_dim = _dim_colour(window)
    assert light_dim is not None
    window.actions.lanes_single.trigger()
    assert window.timeline.lane_mode() == "single"
    window.actions.theme_dark.trigger()
    assert window.timeline.theme() == "dark"
    from PySide6.QtWidgets import QApplication

    assert QApplication.palette().base().color().lightness() < 128
    qtbot.waitUntil(lambda: _dim_colour(window) != light_dim, timeout=2000)  # the text pane follows the theme
    window.actions.theme_light.trigger()
    assert window.timeline.theme() == "light"


def _mnemonic(text: str) -> str | None:
    """The Alt key letter of a label ("Save &As…" -> "a"), None without one ("&&" is a literal ampersand)."""
    import re

    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def _clashes(labels: list[str]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = {}
    for label in labels:
        key = _mnemonic(label)
        if key is not None:
            by_key.setdefault(key, []).append(label)
    return {k: v for k, v in by_key.items() if len(v) > 1}


def test_no_two_menu_items_share_an_alt_letter(window):
    """Two items of one menu on the same letter make the letter only move between them (File > S did not
    save: it stopped on 'Open the Sample Article' first)."""
    from PySide6.QtWidgets import QMenu

    w = window
    w.load_document(harbour_document())
    assert _clashes([a.text() for a in w.menuBar().actions()]) == {}
    for menu in w.menuBar().findChildren(QMenu):
        labels = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert _clashes(labels) == {}, menu.title()
    w.actions.play.trigger()  # playing: the item reads Pause
    go = next(m for m in w.menuBar().findChildren(QMenu) if m.title() == "&Go")
    assert _clashes([a.text() for a in go.actions() if not a.isSeparator()]) == {}
    w.actions.play.trigger()


def _menus_under(menu) -> list:
    """`menu` and every submenu reached from it through its items."""
    out = [menu]
    for a in menu.actions():
        if a.menu() is not None:
            out += _menus_under(a.menu())
    return out


def test_every_menu_item_has_its_own_alt_letter(window, tmp_path):
    """View > Panels listed "Actors", "Article", "Event details" and the toolbars without any Alt letter, and
    File > Open Recent ended with "Clear the list" without one: each item of each menu, submenus included, has
    one, unique within its menu."""
    w = window
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
        w.settings.add_recent_file(tmp_path / name)
    w._rebuild_recent_menu()
    w.load_document(harbour_document())
    menus = [m for top in w.menuBar().actions() if top.menu() is not None for m in _menus_under(top.menu())]
    titles = {m.title() for m in menus}
    assert {"&Panels", "Open &Recent"} <= titles
    for menu in menus:
        labels = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert [t for t in labels if _mnemonic(t) is None] == [], menu.title()
        assert _clashes(labels) == {}, menu.title()


def test_no_two_controls_of_the_window_or_export_dialog_share_an_alt_letter(window):
    """Alt+L went to both the details pane's Label field and its Delete button; Alt+I to the export dialog's
    Width and Title. The menu bar's letters (Alt+F, Alt+E...) count too."""
    from PySide6.QtWidgets import QLabel

    from newsline.gui.dialogs.event_date_dialog import EventDateDialog

    w = window
    w.load_document(harbour_document())
    menus = [a.text() for a in w.menuBar().actions()]

    def labels(root) -> list[str]:
        out = [b.text() for b in root.findChildren(QAbstractButton)]
        return out + [lab.text() for lab in root.findChildren(QLabel) if lab.buddy() is not None]

    assert _clashes(labels(w) + menus) == {}
    import datetime as dt

    for dialog in (ExportDialog(ExportOptions(), w), EventDateDialog(None, dt.date(2023, 6, 5), w)):
        assert _clashes(labels(dialog)) == {}, dialog.windowTitle()


def test_toolbar_overflow_button_is_visible_in_both_themes(window, qtbot):
    """In a window narrower than a toolbar (toolbars wrap into rows first) its controls move behind its »
    button; in the dark theme that button's arrows were dark grey on dark grey, so the controls seemed gone."""
    from PySide6.QtWidgets import QToolButton

    from pixel_helpers import colour_distance

    w = window
    w.load_document(harbour_document())
    w.resize(360, 500)  # narrower than the widest toolbar: wrapping rows cannot help
    for theme in ("dark", "light"):
        w.set_theme(theme, save=False)
        qtbot.wait(50)
        buttons = [b for tb in w.toolbars for b in tb.findChildren(QToolButton, "qt_toolbar_ext_button")
                   if b.isVisible()]
        assert buttons, "the window is narrow enough for a toolbar to overflow"
        for button in buttons:
            image = button.grab().toImage()
            background = w.palette().window().color()
            contrast = max(colour_distance(image.pixelColor(x, y), background)
                           for x in range(image.width()) for y in range(image.height()))
            assert contrast > 150, (theme, contrast)
    w.set_theme("light", save=False)


def test_export_suggests_the_articles_folder_and_remembers_the_last_one(window, tmp_path, monkeypatch):
    """Export PNG always suggested the home folder (Save suggests the article's folder), and forgot where the
    previous picture went."""
    from pathlib import Path

    from newsline.gui.dialogs import export_dialog, prompts

    article = tmp_path / "news" / "harbour.txt"
    article.parent.mkdir()
    article.write_text("x", encoding="utf-8")
    window.load_document(harbour_document(), source_path=article)
    suggested: list[str] = []
    monkeypatch.setattr(export_dialog, "ask_export_options", lambda parent, opts: ExportOptions(width=400, height=300))
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    answers = iter([None, str(pictures / "one.png"), None])
    monkeypatch.setattr(prompts, "choose_png_path", lambda parent, s="": (suggested.append(s), next(answers))[1])
    window.export_png_dialog()
    assert Path(suggested[-1]) == article.parent / "harbour.png"
    window.export_png_dialog()  # exported to another folder
    assert (pictures / "one.png").is_file()
    window.export_png_dialog()
    assert Path(suggested[-1]) == pictures / "harbour.png"


def test_stepping_buttons_are_visible_in_the_dark_theme(window, qtbot):
    """The media icons of First/Previous/Play/Next/Last are dark grey: on the dark theme the main controls of
    the window were barely visible."""
    from pixel_helpers import colour_distance

    w = window
    w.load_document(harbour_document())
    for theme in ("dark", "light"):
        w.set_theme(theme, save=False)
        qtbot.wait(50)
        background = w.palette().window().color()
        for action in (w.actions.first, w.actions.previous, w.actions.play, w.actions.next, w.actions.last):
            button = w.toolbars[1].widgetForAction(action)
            image = button.grab().toImage()
            contrast = max(colour_distance(image.pixelColor(x, y), background)
                           for x in range(image.width()) for y in range(image.height()))
            assert contrast > 150, (theme, action.text(), contrast)
    w.set_theme("dark", save=False)
    w.actions.play.trigger()  # playing: the Pause icon is tinted too
    qtbot.wait(50)
    image = w.toolbars[1].widgetForAction(w.actions.play).grab().toImage()
    background = w.palette().window().color()
    assert max(colour_distance(image.pixelColor(x, y), background)
               for x in range(image.width()) for y in range(image.height())) > 150
    w.actions.play.trigger()
    w.set_theme("light", save=False)


def test_every_stop_of_the_tab_chain_says_what_it_is(window, qtbot):
    """Tab reached the timeline and the details' scroll area with no accessible name: a screen reader said
    nothing there."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    w = window
    w.load_document(harbour_document())
    w.activateWindow()
    w.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    unnamed, seen = [], set()
    for _ in range(40):
        fw = QApplication.focusWidget()
        if fw is None or id(fw) in seen:
            break
        seen.add(id(fw))
        text = fw.text() if isinstance(fw, QAbstractButton) else ""
        if not (fw.accessibleName() or text):
            unnamed.append(type(fw).__name__)
        qtbot.keyClick(fw, Qt.Key.Key_Tab)
    assert len(seen) > 8
    assert unnamed == []


def test_shortcut_list_keeps_a_literal_ampersand(window):
    from newsline.core.model import CorrectionOp

    window.load_document(harbour_document())
    window.state.correct(CorrectionOp.RENAME_ACTOR, "a2", "Procter & Gamble", "Rename Procter & Gamble")
    rows = dict(shortcut_rows(window.actions.all()))
    assert "Undo Rename Procter & Gamble" in rows


def test_set_date_precision_gives_the_whole_period_from_the_core_calendar():
    import datetime as dt

    from newsline.core.model import Precision
    from newsline.gui.dialogs.event_date_dialog import period_of

    day = dt.date(2024, 2, 14)
    assert period_of(day, Precision.MONTH) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period_of(day, Precision.WEEK) == (dt.date(2024, 2, 12), dt.date(2024, 2, 18))
    assert period_of(day, Precision.HALF_YEAR) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert period_of(day, Precision.SEASON) is None  # the hemisphere decides its months
    assert period_of(dt.date(9999, 6, 1), Precision.YEAR) is None  # past the calendar's last year
