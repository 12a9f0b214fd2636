"""Fixtures for the Qt tests: isolated window settings and a shown main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ramstein.ui.main_window import MainWindow
from ramstein.ui.window_settings import WindowSettings, open_settings

LOAD_TIMEOUT_MS = 20_000
TODAY = date(2026, 11, 23)  # the same fixed day as tests/conftest.py


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


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Overrides tests/conftest.py's fixture, whose `PRAGMA wal_checkpoint(TRUNCATE)` through
    SQLAlchemy fails here with "database table is locked". Closing the workspace checkpoints
    the WAL as well; `demo_db` copies with the sqlite3 backup API, which reads the WAL anyway.
    """
    from ramstein.services import open_workspace
    from ramstein.services.demo import build_demo

    path = tmp_path_factory.mktemp("ui-demo") / "demo.db"
    workspace = open_workspace(path, user="demo", today=lambda: TODAY)
    build_demo(workspace, pledges=400, deliveries=1200, seed=11)
    workspace.close()
    return path
