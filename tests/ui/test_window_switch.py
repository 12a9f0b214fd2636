"""Switch to the other window: a real second process that holds the lock and listens, and the
listening side of this window raising itself when asked."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox, QPushButton

from ramstein.ui.instance_lock import InstanceLock, lock_path_for
from ramstein.ui.main_window import MainWindow
from ramstein.ui.window_switch import (
    ActivationServer,
    can_reach,
    request_activation,
    server_name_for,
)

LOAD_TIMEOUT_MS = 20_000

# Another instance, as far as the switch is concerned: holds the lock, listens on the name,
# writes what it received to a file and answers ok.
LISTENER = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtNetwork import QLocalServer
lock_path, name, record = sys.argv[1:4]
app = QCoreApplication([])
lock = QLockFile(lock_path)
lock.setStaleLockTime(0)
assert lock.tryLock(1000)
QLocalServer.removeServer(name)
server = QLocalServer()
assert server.listen(name)
def accept():
    socket = server.nextPendingConnection()
    def read():
        if socket.canReadLine():
            line = bytes(socket.readLine().data())
            with open(record, "ab") as f:
                f.write(line)
            socket.write(b"ok\\n")
            socket.flush()
    socket.readyRead.connect(read)
server.newConnection.connect(accept)
print("listening", flush=True)
app.exec()
"""


@pytest.fixture
def listener(demo_db: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    target = demo_db.resolve()
    record = tmp_path / "received.txt"
    proc = subprocess.Popen(
        [sys.executable, "-c", LISTENER, str(lock_path_for(target)), server_name_for(target),
         str(record)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "listening"
    yield proc, record
    proc.kill()
    proc.wait()


def _already_open_box(window: MainWindow) -> QMessageBox:
    box = window.last_message
    assert isinstance(box, QMessageBox) and box.objectName() == "alreadyOpenMessage"
    return box


def test_server_name_is_short_and_follows_the_resolved_path(tmp_path: Path) -> None:
    a = server_name_for(tmp_path / "a.db")
    assert a == server_name_for(tmp_path / "a.db")
    assert a != server_name_for(tmp_path / "b.db")
    assert a.startswith("ramstein-") and len(a) == len("ramstein-") + 16


def test_switch_sends_activate_to_the_other_instance_and_opens_nothing(
        qtbot: Any, window: MainWindow, demo_db: Path,
        listener: tuple[subprocess.Popen[str], Path]) -> None:
    proc, record = listener
    window.open_path(demo_db)
    box = _already_open_box(window)
    assert f"pid {proc.pid}" in box.text()
    assert "Switch to the other window" in box.informativeText()
    switch = box.findChild(QPushButton, "switchWindowButton")
    assert switch is not None and switch.text() == "Switch to the other window"
    switch.click()
    assert record.read_bytes() == b"activate\n"
    assert window.ws is None
    assert window.statusBar().currentMessage() == "Switched to the window that has demo.db open"


def test_listening_window_comes_to_the_front_on_activate_and_answers_ok(
        qtbot: Any, window: MainWindow, demo_db: Path) -> None:
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        window.open_path(demo_db)
    server = window.opener().switch_server
    assert server is not None and server.is_listening()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    socket = QLocalSocket()
    socket.connectToServer(server_name_for(demo_db.resolve()))
    with qtbot.waitSignal(server.activation_requested):
        assert socket.waitForConnected(1000)
        socket.write(b"activate\n")
        socket.flush()
    qtbot.waitUntil(socket.canReadLine)
    assert bytes(socket.readLine().data()) == b"ok\n"
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    socket.abort()


def test_other_requests_are_ignored(qtbot: Any, tmp_path: Path) -> None:
    server = ActivationServer(tmp_path / "x.db")
    assert server.listen()
    asked: list[bool] = []
    server.activation_requested.connect(lambda: asked.append(True))
    socket = QLocalSocket()
    socket.connectToServer(server.name)
    assert socket.waitForConnected(1000)
    socket.write(b"quit\n")
    socket.flush()
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert asked == [] and socket.readAll().isEmpty()
    server.close()


def test_server_closes_when_the_lock_is_released(
        qtbot: Any, window: MainWindow, demo_db: Path) -> None:
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        window.open_path(demo_db)
    target = demo_db.resolve()
    assert can_reach(target)
    window.close()
    assert window.opener().switch_server is None
    assert not can_reach(target)
    assert not request_activation(target)
    other = InstanceLock(target)
    assert other.acquire().locked
    other.release()


def test_read_only_window_does_not_listen(
        qtbot: Any, window: MainWindow, demo_db: Path,
        listener: tuple[subprocess.Popen[str], Path]) -> None:
    window.open_path(demo_db)
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        _already_open_box(window).findChild(QPushButton, "openReadOnlyButton").click()
    assert window.read_only and window.opener().switch_server is None


def test_other_window_gone_before_the_click_says_it_did_not_answer(
        window: MainWindow, demo_db: Path,
        listener: tuple[subprocess.Popen[str], Path]) -> None:
    proc, _record = listener
    window.open_path(demo_db)
    switch = _already_open_box(window).findChild(QPushButton, "switchWindowButton")
    proc.kill()
    proc.wait()
    switch.click()
    assert window.ws is None
    assert "did not answer" in window.statusBar().currentMessage()
