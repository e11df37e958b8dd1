"""What the window remembers between runs (QSettings): geometry and dock layout, recent files, theme, lane
mode, main or all events, stepping order and speed.

The settings live in ``$NEWSLINE_CONFIG_DIR/gui.ini`` when that variable is set (tests set it to a temporary
folder), otherwise in Qt's usual place for organisation "Newsline", application "Newsline".
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            folder = os.environ.get("NEWSLINE_CONFIG_DIR")
            if folder:
                Path(folder).mkdir(parents=True, exist_ok=True)
                settings = QSettings(str(Path(folder) / "gui.ini"), QSettings.Format.IniFormat)
            else:
                settings = QSettings("Newsline", "Newsline")
        self.qsettings = settings

    # ------------------------------------------------------------------------------------ plain values
    def _str(self, key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        value = self.qsettings.value(key, default)
        value = str(value) if value is not None else default
        return value if allowed is None or value in allowed else default

    @property
    def theme(self) -> str:
        return self._str("view/theme", "light", ("light", "dark"))

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("view/theme", value)

    @property
    def lane_mode(self) -> str:
        return self._str("view/laneMode", "actors", ("actors", "single"))

    @lane_mode.setter
    def lane_mode(self, value: str) -> None:
        self.qsettings.setValue("view/laneMode", value)

    @property
    def event_scope(self) -> str:
        """"main" (the default: main events only) or "all"."""
        return self._str("view/events", "main", ("main", "all"))

    @event_scope.setter
    def event_scope(self, value: str) -> None:
        self.qsettings.setValue("view/events", value)

    @property
    def order(self) -> str:
        return self._str("stepping/order", "chronological", ("chronological", "text"))

    @order.setter
    def order(self, value: str) -> None:
        self.qsettings.setValue("stepping/order", value)

    @property
    def play_interval_ms(self) -> int:
        try:
            return max(100, min(10000, int(self.qsettings.value("stepping/intervalMs", 1500))))
        except (TypeError, ValueError):
            return 1500

    @play_interval_ms.setter
    def play_interval_ms(self, value: int) -> None:
        self.qsettings.setValue("stepping/intervalMs", int(value))

    # ------------------------------------------------------------------------------------ window layout
    def window_geometry(self) -> QByteArray | None:
        v = self.qsettings.value("window/geometry")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        v = self.qsettings.value("window/state")
        return v if isinstance(v, QByteArray) and not v.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    # ------------------------------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        v = self.qsettings.value("files/recent", [])
        if isinstance(v, str):
            v = [v]
        return [str(x) for x in (v or []) if x][:MAX_RECENT]

    def add_recent_file(self, path: str | Path) -> list[str]:
        p = str(Path(path).resolve())
        files = [p] + [f for f in self.recent_files() if f != p]
        files = files[:MAX_RECENT]
        self.qsettings.setValue("files/recent", files)
        return files

    def remove_recent_file(self, path: str) -> None:
        self.qsettings.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def clear_recent_files(self) -> None:
        self.qsettings.setValue("files/recent", [])

    def sync(self) -> None:
        self.qsettings.sync()
