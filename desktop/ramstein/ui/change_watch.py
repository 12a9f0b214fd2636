"""Changes saved by another planner show up: a poll of the change token, and on activation.

Every few seconds (and when the window becomes active) the watcher reads the database's
change token on the worker. When it moved and the new audit entries are not this window's
own (those already refreshed the views through the change bus), the views reload (each keeps
its selection and scroll position) and the status bar says "3 changes by another planner,
14:02". While an editor or a dialog is open the reload waits until it is closed, so nobody's
typing is pulled from under them.
"""

from __future__ import annotations

import sys
import time
import traceback
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ..services.change_feed import ChangeFeed, ChangeToken, ForeignChanges, connection_lost
from ..services.changes import Change

if TYPE_CHECKING:
    from ..services import Workspace
    from .main_window import MainWindow

POLL_SECONDS = 5.0
DEFER_MS = 500  # how often a deferred reload looks whether the editor was closed
MIN_GAP_S = 1.0  # activation polls closer than this to the last one are skipped


def _check(feed: ChangeFeed, seen: ChangeToken | None) -> tuple[ChangeToken, ForeignChanges | None]:
    """On the worker: the token now, and what others changed since `seen`."""
    token = feed.token()
    if seen is None or token == seen:
        return token, None
    return token, feed.foreign_since(seen)


class ChangeWatcher(QObject):
    reloaded = Signal(int, str)  # foreign changes shown, the status text
    lost = Signal(object)  # the error: the database stopped answering
    polled = Signal()  # a poll came back (tests wait for it)

    def __init__(self, window: MainWindow, *, interval_s: float = POLL_SECONDS) -> None:
        super().__init__(window)
        self.window = window
        self.ws: Workspace | None = None
        self.feed: ChangeFeed | None = None
        self.seen: ChangeToken | None = None
        self.paused = False  # the connection is lost: the banner retries instead
        self.deferred: ForeignChanges | None = None
        self._in_flight = False
        self._last_poll = 0.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self.set_interval(interval_s)
        self._defer_timer = QTimer(self)
        self._defer_timer.setInterval(DEFER_MS)
        self._defer_timer.timeout.connect(self._try_deferred)
        window.installEventFilter(self)

    def set_interval(self, seconds: float) -> None:
        self._timer.setInterval(max(100, int(seconds * 1000)))

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.feed = None if ws is None else ChangeFeed(ws)
        self.seen = None
        self.deferred = None
        self._defer_timer.stop()
        if ws is None:
            self._timer.stop()
            return
        self._timer.start()
        self.poll()  # the starting token

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and time.monotonic() - self._last_poll > MIN_GAP_S:
            self.poll()
        return False

    # ------------------------------------------------------------------ polling
    def poll(self) -> None:
        feed, ws = self.feed, self.ws
        if feed is None or ws is None or self.paused or self._in_flight:
            return
        self._in_flight = True
        self._last_poll = time.monotonic()
        self.window.runner.submit(
            "change token", _check, feed, self.seen,
            on_result=lambda out: self._checked(ws, out),
            on_error=lambda exc: self._failed(ws, exc))

    def _checked(self, ws: Workspace, out: tuple[ChangeToken, ForeignChanges | None]) -> None:
        self._in_flight = False
        if ws is not self.ws:
            return
        self.seen, foreign = out
        if foreign is not None and foreign.count:
            self.deferred = _added(self.deferred, foreign)
            self._try_deferred()
        self.polled.emit()

    def _failed(self, ws: Workspace, exc: BaseException) -> None:
        self._in_flight = False
        if ws is not self.ws:
            return
        if connection_lost(exc):
            self.lost.emit(exc)
        else:  # a bug: say it on stderr, keep polling
            traceback.print_exception(exc, file=sys.stderr)
        self.polled.emit()

    # ------------------------------------------------------------------ showing
    def editing(self) -> bool:
        """An editor is open: a cell being edited, or a dialog (new pledge, merge…)."""
        if QApplication.activeModalWidget() is not None:
            return True
        return any(view.state() == QAbstractItemView.State.EditingState
                   for view in self.window.findChildren(QAbstractItemView))

    def _try_deferred(self) -> None:
        if self.deferred is None or self.ws is None:
            self._defer_timer.stop()
            return
        if self.editing():
            self._defer_timer.start()
            return
        self._defer_timer.stop()
        foreign, self.deferred = self.deferred, None
        self.ws.changes.publish(Change("all", (), "reset"))  # every view reloads, keeping its place
        text = self.describe(foreign)
        self.window.statusBar().showMessage(text, 30_000)
        self.reloaded.emit(foreign.count, text)

    def describe(self, foreign: ForeignChanges) -> str:
        at = foreign.last_at
        stamp = QDateTime.currentDateTime() if at is None else QDateTime.fromSecsSinceEpoch(
            int(at.timestamp()))
        when = QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)
        if foreign.users:
            return self.tr("%n change(s) by another planner ({users}), {time}", "",
                           foreign.count).format(users=", ".join(foreign.users), time=when)
        return self.tr("%n change(s) by another planner, {time}", "", foreign.count).format(time=when)


def _added(a: ForeignChanges | None, b: ForeignChanges) -> ForeignChanges:
    if a is None:
        return b
    users = tuple(dict.fromkeys((*a.users, *b.users)))
    stamps: list[Any] = [s for s in (a.last_at, b.last_at) if s is not None]
    return ForeignChanges(a.count + b.count, users, max(stamps) if stamps else None)
