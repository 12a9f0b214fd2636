"""One window per database: a live holder (a real second process) and a stale lock (SIGKILLed)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from ramstein.ui.instance_lock import InstanceLock, lock_path_for
from ramstein.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 20_000

HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(1000) else "failed", flush=True)
sys.stdin.read()  # hold until the test closes our stdin (or kills us)
"""


def _hold(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path_for(db))],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def holder(demo_db: Path) -> Iterator[subprocess.Popen[str]]:
    proc = _hold(demo_db.resolve())
    yield proc
    proc.kill()
    proc.wait()


def test_lock_held_by_a_live_process_names_it(holder: subprocess.Popen[str], demo_db: Path) -> None:
    result = InstanceLock(demo_db.resolve()).acquire()
    assert not result.locked
    assert result.holder is not None and result.holder.pid == holder.pid


def test_stale_lock_of_a_killed_process_is_taken_over_and_logged(
        demo_db: Path, caplog: pytest.LogCaptureFixture) -> None:
    proc = _hold(demo_db.resolve())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert lock_path_for(demo_db.resolve()).exists()  # left behind by the crash
    lock = InstanceLock(demo_db.resolve())
    with caplog.at_level(logging.WARNING, logger="ramstein.ui.instance_lock"):
        assert lock.acquire().locked
    assert f"stale lock {lock.path} of pid {proc.pid}" in caplog.text
    lock.release()
    assert not lock.path.exists()


def test_window_holds_the_lock_and_releases_it_on_close(
        qtbot: Any, window: MainWindow, demo_db: Path) -> None:
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        window.open_path(demo_db)
    other = InstanceLock(demo_db.resolve())
    assert not other.acquire().locked
    assert other.holder() is not None and other.holder().pid == os.getpid()  # type: ignore[union-attr]
    window.close()
    assert other.acquire().locked
    other.release()


def test_database_open_elsewhere_offers_read_only_and_refuses_edits(
        qtbot: Any, window: MainWindow, demo_db: Path, holder: subprocess.Popen[str]) -> None:
    window.open_path(demo_db)
    box = window.last_message
    assert isinstance(box, QMessageBox) and box.objectName() == "alreadyOpenMessage"
    assert f"pid {holder.pid}" in box.text()
    assert "cannot bring the other one to the front" in box.informativeText()
    assert box.findChild(QPushButton, "switchWindowButton") is None  # the holder does not listen
    assert window.ws is None  # nothing opened behind the question
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        box.findChild(type(box.buttons()[0]), "openReadOnlyButton").click()
    assert window.read_only
    assert window.windowTitle().endswith("(read-only)")
    assert "read-only" in window.statusBar().currentMessage()
    assert not window.named_actions["new_pledge"].isEnabled()
    from ramstein.storage.read_only import is_read_only

    assert window.ws is not None and is_read_only(window.ws.db)


def test_cancel_leaves_the_window_without_the_database(
        qtbot: Any, window: MainWindow, demo_db: Path, holder: subprocess.Popen[str]) -> None:
    window.open_path(demo_db)
    box = window.last_message
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.ws is None
    assert "not opened" in window.statusBar().currentMessage()
