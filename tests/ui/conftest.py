"""Fixtures for the Qt tests: isolated window settings and a shown main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ramstein.ui.main_window import MainWindow
from ramstein.ui.window_settings import WindowSettings, open_settings

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True, scope="session")
def english(qapp: Any) -> None:
    """The tests read English texts, ISO dates and 1,234.56: pin the language whatever the
    machine's locale (tests of other languages install theirs and restore this one)."""
    from ramstein.ui import i18n

    i18n.install("en", qapp)


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def settings(settings_dir: Path) -> WindowSettings:
    return WindowSettings(open_settings(settings_dir))


@pytest.fixture
def window(qtbot: Any, settings: WindowSettings) -> Iterator[MainWindow]:
    """A shown main window with no database yet."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()


@pytest.fixture
def demo_window(qtbot: Any, window: MainWindow, demo_ws: Any) -> MainWindow:
    """The main window showing the session's demo database (today fixed), figures loaded."""
    window.set_workspace(demo_ws)
    qtbot.waitUntil(window.dashboard.is_ready, timeout=LOAD_TIMEOUT_MS)
    return window

