"""One window per database: a QLockFile `<db>.lock` next to the file (RELIABILITY-NOTES §2).

The lock is user experience only; SQLite's own locks protect the data. With staleLockTime 0 a
lock held by a live process is never taken, and one left by a crashed process on this host
(its pid is dead) is taken over at once by QLockFile (§3.3). A lock from another host is never
stale: its owner's pid cannot be checked, so we report it like a live one.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QLockFile

log = logging.getLogger("ramstein.ui.instance_lock")

TRY_MS = 100


class LockHolder(NamedTuple):
    pid: int
    host: str
    app: str


class LockResult(NamedTuple):
    locked: bool  # this window holds the lock now
    holder: LockHolder | None  # who holds it when we could not take it
    reason: str  # "" when locked; why not otherwise (for the log and the dialog)


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """The lock of one database file, held while a window shows it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # a long-held resource: never age a live owner out

    def acquire(self) -> LockResult:
        left_over = self.path.exists()
        before = self.holder() if left_over else None
        if self._lock.tryLock(TRY_MS):
            if before is not None:
                log.warning("took over the stale lock %s of pid %d on %s (%s): "
                            "the previous session ended without releasing it",
                            self.path, before.pid, before.host, before.app)
            return LockResult(True, None, "")
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            holder = self.holder()
            log.info("%s is held by pid %s", self.path, holder)
            return LockResult(False, holder, "held")
        # PermissionError / UnknownError: a read-only folder, typically.
        log.warning("could not create the lock file %s (%s)", self.path, error)
        return LockResult(False, None, "no lock file")

    def holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return None
        pid, host, app = info
        return LockHolder(int(pid), str(host), str(app))

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
