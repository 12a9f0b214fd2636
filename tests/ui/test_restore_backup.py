"""File > Restore backup… as a planner uses it: the list, confirm, restored, reopened, told."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from ramstein.storage.backup import list_backups
from ramstein.ui.dialogs.restore_dialog import RestoreDialog
from ramstein.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 20_000


def _name(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT name FROM members WHERE code='DEU'").fetchone()[0])
    finally:
        con.close()


def _open(qtbot: Any, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        window.open_path(path)


def test_restore_puts_the_backup_back_and_says_so(
        qtbot: Any, window: MainWindow, demo_db: Path) -> None:
    window.settings.set("backups/keep", 3)
    _open(qtbot, window, demo_db)
    assert window.ws is not None and window.ws.db.keep_backups == 3
    original = _name(demo_db)
    backup = window.ws.db.backup("before-import")
    con = sqlite3.connect(demo_db)
    with con:
        con.execute("UPDATE members SET name='Changed since' WHERE code='DEU'")
    con.close()

    window.named_actions["restore_backup"].trigger()
    dialog = window.opener().restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == len(list_backups(demo_db)) >= 1
    assert model.index(0, 1).data() == "before import"
    assert model.index(0, 2).data().endswith(("KB", "MB"))
    assert dialog.selected() is not None and dialog.selected().path == backup  # type: ignore[union-attr]
    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None and "Replace everything in demo.db" in box.text()
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        box.findChild(type(dialog.restore_button), "confirmRestoreButton").click()
    assert _name(demo_db) == original
    assert window.ws is not None and window.ws.path == demo_db.resolve()
    assert window.statusBar().currentMessage().startswith("Restored the backup of ")
    message = window.last_message
    assert isinstance(message, QMessageBox) and message.windowTitle() == "Backup restored"
    safety = [b for b in list_backups(demo_db) if b.reason == "before-restore"]
    assert len(safety) == 1 and _name(safety[0].path) == "Changed since"
    assert len(list_backups(demo_db)) <= 3  # the setting rotates them
    assert window.opener().lock is not None and window.opener().lock.is_locked()


def test_damaged_backup_is_refused_and_the_database_stays(
        qtbot: Any, window: MainWindow, demo_db: Path) -> None:
    _open(qtbot, window, demo_db)
    assert window.ws is not None
    backup = window.ws.db.backup("manual")
    data = bytearray(backup.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    backup.write_bytes(bytes(data))
    before = _name(demo_db)
    window.restore_backup()
    dialog = window.opener().restore_dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.restore_button.click()
    assert dialog.confirm_box is not None
    dialog.confirm_box.findChild(type(dialog.restore_button), "confirmRestoreButton").click()
    qtbot.waitUntil(lambda: isinstance(window.last_message, QMessageBox)
                    and window.last_message.windowTitle() == "Backup not restored",
                    timeout=LOAD_TIMEOUT_MS)
    assert "the database is as it was" in window.last_message.text()  # type: ignore[union-attr]
    assert backup.name in window.last_message.informativeText()  # type: ignore[union-attr]
    assert _name(demo_db) == before
    assert not [b for b in list_backups(demo_db) if b.reason == "before-restore"]


# ---------------------------------------------------------------------- start after a crash
CRASHER = """
import os, signal, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode=WAL")
con.execute("UPDATE members SET name='Written before the crash' WHERE code='DEU'")
os.kill(os.getpid(), signal.SIGKILL)  # no close, no checkpoint: the WAL stays behind
"""


def _crash_on(db: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", CRASHER, str(db)], check=False)
    assert proc.returncode == -9
    assert db.with_name(db.name + "-wal").stat().st_size > 0


def test_after_a_crash_the_database_is_checked_and_the_user_told(
        qtbot: Any, window: MainWindow, demo_db: Path) -> None:
    _crash_on(demo_db)
    ok = "The last session ended unexpectedly; the database was checked: OK"
    _open(qtbot, window, demo_db)
    assert window.ws is not None and window.ws.db.crash_suspected
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == ok, timeout=LOAD_TIMEOUT_MS)
    assert _name(demo_db) == "Written before the crash"  # the committed write survived


def test_a_failed_check_after_a_crash_offers_restore(
        qtbot: Any, window: MainWindow, demo_db: Path, monkeypatch: Any) -> None:
    from ramstein.services import health

    real = health.check_database

    def damaged(path: Any, **kw: Any) -> Any:
        import dataclasses

        report = real(path, **kw)
        return dataclasses.replace(report, ok=False, integrity="*** in database main ***",
                                   messages=["the integrity check failed: page 7 is never used"])

    monkeypatch.setattr(health, "check_database", damaged)  # a real damaged file is not openable
    _crash_on(demo_db)
    _open(qtbot, window, demo_db)
    qtbot.waitUntil(lambda: isinstance(window.last_message, QMessageBox)
                    and window.last_message.objectName() == "crashCheckFailed",
                    timeout=LOAD_TIMEOUT_MS)
    box = window.last_message
    assert box is not None
    assert "failed its check" in box.text() and "File > Restore backup…" in box.text()
    assert "page 7 is never used" in box.informativeText()
    button = next(b for b in box.buttons() if b.objectName() == "offerRestoreButton")
    button.click()
    assert isinstance(window.opener().restore_dialog, RestoreDialog)
    window.opener().restore_dialog.reject()  # type: ignore[union-attr]
