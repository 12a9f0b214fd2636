"""The window's persistent settings: one spec with defaults, stored with QSettings (INI).

The file lives in `paths.config_dir()` (RAMSTEIN_CONFIG_DIR in tests), never in the registry
or a platform default location, so a test run cannot touch a user's settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "ramstein-planner.ini"
MAX_RECENT = 8

# key: (type, default)
SPEC: dict[str, tuple[type, Any]] = {
    "window/geometry": (QByteArray, QByteArray()),
    "window/state": (QByteArray, QByteArray()),
    "pledges/header": (QByteArray, QByteArray()),  # column order, widths, sort
    "files/recent": (list, []),
    "files/last_dir": (str, ""),
    "backups/keep": (int, 10),  # backups kept per database (before imports, migrations, restores)
    "sharing/poll_seconds": (int, 5),  # how often others' changes are looked for (ui/change_watch.py)
    "ui/language": (str, "system"),  # system, en, fr or uk (ui/i18n.py); applies at the next start
}


def open_settings(config_dir: Path) -> QSettings:
    config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(config_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


class WindowSettings:
    """Typed access to SPEC over a QSettings object."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def get(self, key: str) -> Any:
        kind, default = SPEC[key]
        value = self.store.value(key, default)
        if value is None:
            return default
        if kind is list:
            if isinstance(value, str):  # INI stores a one-element list as a plain string
                return [value] if value else []
            return [str(v) for v in value]
        if kind is QByteArray and not isinstance(value, QByteArray):
            return default
        if kind is int:  # INI stores numbers as text
            try:
                return max(int(value), 1)
            except (TypeError, ValueError):
                return default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in SPEC:
            raise KeyError(f"{key} is not a declared setting")
        self.store.setValue(key, value)

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.get("files/recent")]

    def add_recent(self, path: Path) -> list[Path]:
        text = str(Path(path).resolve())
        recent = [p for p in self.get("files/recent") if p != text]
        recent.insert(0, text)
        self.set("files/recent", recent[:MAX_RECENT])
        return self.recent_files()

    def remove_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.set("files/recent", [p for p in self.get("files/recent") if p != text])

    def sync(self) -> None:
        self.store.sync()
