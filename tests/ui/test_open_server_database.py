"""The window on a PostgreSQL database: it opens, the title names the server database, no
lock file or recent-file entry is made, and Restore backup explains the local snapshots."""

from __future__ import annotations

from typing import Any

import pytest

from ramstein.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 20_000

pytestmark = pytest.mark.postgres


def test_the_window_opens_a_server_database(qtbot: Any, window: MainWindow, pg_database: str,
                                            settings: Any) -> None:
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        window.open_path(pg_database)  # type: ignore[arg-type]
    ws = window.ws
    assert ws is not None and ws.db.is_server
    name = pg_database.split("@/", 1)[1].split("?", 1)[0]
    assert window.windowTitle().endswith(f"/{name}")
    assert "postgres@" in window.path_label.text()
    assert window.opener().lock is None  # shared by several planners: no single-instance lock
    assert not ws.path.with_name(ws.path.name + ".lock").exists()
    assert settings.recent_files() == []
    qtbot.waitUntil(window.dashboard.is_ready, timeout=LOAD_TIMEOUT_MS)

    window.opener().choose_restore()
    box = window.last_message
    assert box is not None and "server database" in box.text()
    assert "ramstein copy --from BACKUP" in box.text()
    box.close()
