"""Opening a database: identify the file, refuse newer schemas, back up and migrate, connect.

The start-up path (an existing, current SQLite file) touches only the standard library:
`probe()` reads the application id and the Alembic revision with sqlite3, and reads go
through `Reader`. SQLAlchemy and Alembic are imported when something is written or migrated.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import health, sqlite_util
from .backup import DEFAULT_KEEP, make_backup
from .reader import Reader
from .revision import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from .tx import Tx


class DatabaseError(Exception):
    """A database that cannot be opened; the message says why and what to do."""


class NotOurDatabaseError(DatabaseError):
    pass


class NewerDatabaseError(DatabaseError):
    pass


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


class Database:
    """One open Ramstein Planner database (a SQLite file)."""

    def __init__(self, path: Path, *, keep_backups: int = DEFAULT_KEEP) -> None:
        self.path = Path(path)
        self.keep_backups = keep_backups
        self.created = False  # True when this open created the file
        self.migrated_from: str | None = None
        self.last_backup: Path | None = None
        # A hot journal or a non-empty WAL was found before this open touched the file: the last
        # writer crashed (or another instance has it open). Read-only for callers.
        self.crash_suspected = False
        self.user = current_user()
        self._engine: Engine | None = None
        self._reader: Reader | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, keep_backups: int = DEFAULT_KEEP) -> Database:
        db = cls(Path(path).expanduser(), keep_backups=keep_backups)
        db._prepare(create)
        return db

    def _prepare(self, create: bool) -> None:
        path = self.path
        exists = path.exists() and path.stat().st_size > 0
        if not exists:
            if not create:
                raise DatabaseError(f"{path}: no such database file")
            if not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            self._migrate(from_revision=None)
            self.created = True
            return
        traces = health.crash_traces(path)
        self.crash_suspected = traces.suspected
        try:
            if traces.journal is not None:
                health.recover(path)  # the read-only probe cannot roll a hot journal back
            app_id, revision, has_tables = sqlite_util.probe(path)
        except sqlite3.DatabaseError as exc:
            raise NotOurDatabaseError(
                f"{path} is not a Ramstein Planner database (SQLite says: {exc})"
            ) from None
        if app_id != APPLICATION_ID:
            if has_tables or app_id != 0:
                raise NotOurDatabaseError(
                    f"{path} is an SQLite file of another application, not a Ramstein Planner "
                    "database; choose another file or create a new database"
                )
            self._migrate(from_revision=None)
            self.created = True
            return
        if revision not in KNOWN_REVISIONS:
            raise NewerDatabaseError(
                f"{path} was made by a newer version of Ramstein Planner (schema {revision!r}; "
                f"this version knows up to {HEAD_REVISION!r}). Install the newer version to "
                "open it; the file was not changed."
            )
        if revision != HEAD_REVISION:
            self.last_backup = make_backup(path, f"before-migration-{revision}", keep=self.keep_backups)
            self.migrated_from = revision
            self._migrate(from_revision=revision)

    def _migrate(self, from_revision: str | None) -> None:
        from .migrate import upgrade_to_head

        upgrade_to_head(self.engine, self.path)

    # ------------------------------------------------------------------ connections
    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine for writes (created on first use)."""
        with self._lock:
            if self._engine is None:
                from .engine import create_sqlite_engine

                self._engine = create_sqlite_engine(self.path)
            return self._engine

    @property
    def reader(self) -> Reader:
        """Fast read access with plain SQL (thread-safe: one sqlite3 connection per thread)."""
        with self._lock:
            if self._reader is None:
                self._reader = Reader(self.path)
            return self._reader

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): commits on success, rolls back on error."""
        from sqlalchemy.orm import Session

        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def transaction(self, user: str | None = None) -> contextlib.AbstractContextManager[Tx]:
        """One write transaction as a `Tx` (imports SQLAlchemy on first use)."""
        from .tx import transaction

        return transaction(self, user)

    def backup(self, reason: str) -> Path:
        self.last_backup = make_backup(self.path, reason, keep=self.keep_backups)
        return self.last_backup

    def integrity_check(self) -> str:
        con = sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True, timeout=30)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
        return "; ".join(r[0] for r in rows)

    def info(self) -> dict[str, str]:
        return dict(self.reader.rows("SELECT key, value FROM db_info"))  # type: ignore[arg-type]

    def close(self) -> None:
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
