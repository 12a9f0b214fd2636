"""Switching to the window that has a database open (issue 8).

The window that holds a database's lock (instance_lock.py) also listens on a QLocalServer
named after the database's resolved path. A second instance that finds the lock held connects,
sends `activate\\n`, and the first raises its window and answers `ok\\n`. A holder that does not
listen (an older version, another computer: local sockets do not cross hosts) simply cannot be
reached, and the second instance then offers only read-only.

The exchange is one line each way, so the asking side can block for it: the listening side is
another process with its own event loop, and a local socket answers in milliseconds.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger("ramstein.ui.window_switch")

ACTIVATE = b"activate\n"
OK = b"ok\n"
CONNECT_MS = 500
REPLY_MS = 2000
MAX_LINE = 64  # a request longer than this is not ours


def server_name_for(db_path: Path) -> str:
    """Short and stable: the same file gives the same name in every instance on this host."""
    digest = hashlib.sha1(str(db_path).encode("utf-8")).hexdigest()[:16]
    return f"ramstein-{digest}"


class ActivationServer(QObject):
    """Listens while this window holds the lock; `activation_requested` when asked to come up."""

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name_for(db_path)
        self._server = QLocalServer(self)
        # Only this user's processes may connect: another user has no business raising it.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        # We hold the database's lock, so no live window on this host listens on this name:
        # a socket file left by a crashed session is removed first, or listen() would fail.
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            log.info("listening on %s", self._server.fullServerName())
            return True
        log.warning("cannot listen on %s (%s): other windows cannot switch to this one",
                    self.name, self._server.errorString())
        return False

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        if self._server.isListening():
            self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_LINE:
                socket.abort()
            return
        line = bytes(socket.readLine(MAX_LINE).data())
        if line != ACTIVATE:
            log.info("ignored a request %r on %s", line[:MAX_LINE], self.name)
            socket.disconnectFromServer()
            return
        self.activation_requested.emit()
        socket.write(OK)
        socket.flush()
        socket.disconnectFromServer()


def can_reach(db_path: Path) -> bool:
    """Whether the window holding `db_path` listens (connect, then hang up without asking)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name_for(db_path))
    reached = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return reached


def request_activation(db_path: Path, holder_pid: int | None = None) -> bool:
    """Ask the window holding `db_path` to come to the front; True once it answered ok."""
    if holder_pid is not None:
        _allow_foreground(holder_pid)
    socket = QLocalSocket()
    socket.connectToServer(server_name_for(db_path))
    if not socket.waitForConnected(CONNECT_MS):
        log.info("cannot reach %s: %s", server_name_for(db_path), socket.errorString())
        return False
    socket.write(ACTIVATE)
    socket.flush()
    answer = b""
    while not answer.endswith(b"\n") and len(answer) <= MAX_LINE:
        if not socket.bytesAvailable() and not socket.waitForReadyRead(REPLY_MS):
            break
        answer += bytes(socket.readAll().data())
    socket.abort()
    if answer != OK:
        log.info("no ok from %s (got %r)", server_name_for(db_path), answer[:MAX_LINE])
    return answer == OK


def _allow_foreground(pid: int) -> None:
    """Windows refuses activateWindow() to a background process unless the foreground one
    (us, the user just clicked) allows it; elsewhere there is nothing to do."""
    if sys.platform != "win32":
        return
    import ctypes

    try:
        ctypes.windll.user32.AllowSetForegroundWindow(pid)
    except OSError:  # not fatal: the other window then flashes in the taskbar instead
        log.info("AllowSetForegroundWindow(%d) failed", pid)


def bring_to_front(window: QWidget) -> None:
    """Restore a minimised window, raise it and give it the focus."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
