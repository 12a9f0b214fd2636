"""Opening a database: identify the file, refuse newer schemas, back up and migrate, connect.

The start-up path (an existing, current SQLite file) touches only the standard library:
`probe()` reads the application id and the Alembic revision with sqlite3, and reads go
through `Reader`. SQLAlchemy and Alembic are imported when something is written or migrated.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import health, sqlite_util
from .backup import DEFAULT_KEEP, make_backup
from .location import Location, parse_location
from .reader import Reader
from .revision import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from .postgres import PgReader
    from .tx import Tx


class DatabaseError(Exception):
    """A database that cannot be opened; the message says why and what to do."""


class NotOurDatabaseError(DatabaseError):
    pass


class NewerDatabaseError(DatabaseError):
    pass


class WriteRefusedError(DatabaseError):
    """A write the disk or the file refused (full, read-only); SQLite rolled it back whole."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind  # "full", "read-only" or "unreachable"


class ConnectionLostError(DatabaseError):
    """The database server (or the file's medium) stopped answering a read or a write.

    Raised by the readers and the write path of a server backend when the connection drops;
    the next call reconnects. The UI shows a banner and retries; nothing was half-written."""


_FULL_ERRNOS = {28, 122}  # ENOSPC, EDQUOT
_READ_ONLY_ERRNOS = {30, 13}  # EROFS, EACCES
_GONE_ERRNOS = {5, 6, 19, 116, 123}  # EIO, ENXIO, ENODEV, ESTALE, ENOMEDIUM


def write_refused(exc: BaseException, path: Path) -> WriteRefusedError | None:
    """The clear message for a write that failed on a full disk or a read-only file, or None.

    Looks through the chain (SQLAlchemy wraps sqlite3's error as `.orig`, and `__cause__`)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = _write_failure_kind(current, path)
        if kind == "full":
            return WriteRefusedError(
                f"The change could not be saved: the disk holding {path} is full. Nothing was "
                "half-written: SQLite rolled the whole change back, and the database is as it "
                "was. Free some space on that disk (or move the database to one with room), "
                "then do it again.", "full")
        if kind == "read-only":
            return WriteRefusedError(
                f"The change could not be saved: {path} is read-only here (opened read-only "
                "because it is open in another window, or the file, its folder or the medium "
                "cannot be written). Nothing was half-written: SQLite rolled the change back. "
                "To edit, close the other window, or copy the file to a local folder you can "
                "write to and open the copy.", "read-only")
        if kind == "unreachable":
            return WriteRefusedError(
                f"The change could not be saved: the database at {path} is no longer reachable "
                "(was its drive removed, or its folder moved?). The last change was not saved, and nothing was "
                "half-written: SQLite rolled it back whole. Put the drive back and reopen the "
                "database.", "unreachable")
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else (
            current.__cause__ or current.__context__)
    return None


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path`, None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _write_failure_kind(exc: BaseException, path: Path) -> str | None:
    if isinstance(exc, WriteRefusedError):
        return exc.kind
    if isinstance(exc, sqlite3.Error):
        return _sqlite_failure_kind(exc, path)
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return "full"
        if exc.errno in _READ_ONLY_ERRNOS:
            return "read-only"
        if exc.errno in _GONE_ERRNOS:
            return "unreachable"
    return None


def _sqlite_failure_kind(exc: sqlite3.Error, path: Path) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    # SQLite refuses to write a file whose path no longer leads to it (its folder renamed or
    # removed, or its drive unmounted while open). Same primary code and text as read-only.
    if code == sqlite3.SQLITE_READONLY_DBMOVED:
        return "unreachable"
    if primary == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return "full"
    if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return "unreachable"
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return "read-only"
    cannot_open = primary == sqlite3.SQLITE_CANTOPEN or "unable to open database file" in text
    if cannot_open and _vanished(path):  # a new connection, -journal or -wal could not be made
        return "unreachable"
    return None


def _vanished(path: Path) -> bool:
    """Whether the database file is no longer at its (absolute) path: a relative one is the
    error dialog's stand-in name, which says nothing about where the file is."""
    try:
        return path.is_absolute() and not path.is_file()
    except OSError:  # a stat on a pulled drive can fail with EIO
        return True


def check_identity(where: str, app_id: int, revision: str | None) -> None:
    """NotOurDatabaseError / NewerDatabaseError for a server database that is not ours or newer."""
    if app_id != APPLICATION_ID:
        raise NotOurDatabaseError(f"{where} is a database of another application, not a "
                                  "Ramstein Planner database; choose another database")
    if revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{where} was made by a newer version of Ramstein Planner (schema {revision!r}; "
            f"this version knows up to {HEAD_REVISION!r}). Install the newer version to "
            "open it; the database was not changed.")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def server_stand_in(location: Location) -> Path:
    """The local path a server database's backups are named after (`<it>.backups/`): the
    per-user data folder, one name per user, host and database."""
    from ..paths import data_dir

    safe = "".join(ch if ch.isalnum() or ch in "-_.@" else "_" for ch in location.display)
    return data_dir() / "servers" / f"{safe.strip('_')[:120]}.db"


class Database:
    """One open Ramstein Planner database: a SQLite file or a PostgreSQL server database.

    `path` is the file; for a server database it is a local stand-in under the per-user
    data folder, next to which the backups (SQLite snapshots) are kept. `url` and `display`
    say where the data really is."""

    def __init__(self, path: Path, *, keep_backups: int = DEFAULT_KEEP,
                 location: Location | None = None) -> None:
        self.location = location or parse_location(Path(path))
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
        self._reader: Reader | PgReader | None = None
        self._lock = threading.Lock()
        self._identity: tuple[int, int] | None = None  # (device, inode) of the file written to

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, keep_backups: int = DEFAULT_KEEP) -> Database:
        """Open a file path, `sqlite:///path` or `postgresql+psycopg://user@host/dbname`."""
        location = parse_location(path)
        if location.is_server:
            db = cls(server_stand_in(location), keep_backups=keep_backups, location=location)
            db._prepare_server(create)
            return db
        assert location.path is not None
        db = cls(location.path, keep_backups=keep_backups, location=location)
        db._prepare(create)
        return db

    @property
    def is_server(self) -> bool:
        return self.location.is_server

    @property
    def url(self) -> str:
        """The SQLAlchemy URL (with the password, if one was given: never show it)."""
        return self.location.url

    @property
    def display(self) -> str:
        """Where the data is, for titles and messages: the file path, or user@host/dbname."""
        return self.location.display

    @property
    def name(self) -> str:
        """Short name: the file name, or the server database's name."""
        return self.location.dbname if self.is_server else self.path.name

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

    def _prepare_server(self, create: bool) -> None:
        from .postgres import probe

        with self._server_errors("open"), self.engine.connect() as conn:
            app_id, revision, has_tables = probe(conn)
        where = self.display
        if app_id is None:
            if has_tables:
                raise NotOurDatabaseError(
                    f"{where} is a PostgreSQL database of another application (it has tables "
                    "but no Ramstein Planner identity); choose another database or create an "
                    "empty one for Ramstein Planner")
            if not create:
                raise DatabaseError(f"{where}: the database is empty, not a Ramstein Planner "
                                    "database yet")
            self._migrate(from_revision=None)
            self.created = True
            return
        check_identity(where, app_id, revision)
        if revision != HEAD_REVISION:
            from .pg_backup import dump_before_migration

            self.last_backup = dump_before_migration(self, f"before-migration-{revision}")
            self.migrated_from = revision
            self._migrate(from_revision=revision)

    @contextlib.contextmanager
    def _server_errors(self, doing: str) -> Iterator[None]:
        """A server that cannot be reached as a DatabaseError naming it (not a traceback)."""
        from .postgres import is_connection_lost, lost_message

        try:
            yield
        except DatabaseError:
            raise
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            if doing == "open":
                detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
                raise DatabaseError(f"cannot open {self.display}: "
                                    f"{detail[0] if detail else exc}") from None
            raise ConnectionLostError(lost_message(self.display, exc)) from exc

    def _migrate(self, from_revision: str | None) -> None:
        from .migrate import upgrade_to_head

        if self.is_server:
            with self._server_errors("open"):
                upgrade_to_head(self.engine, self.display)
            return
        upgrade_to_head(self.engine, self.path)

    # ------------------------------------------------------------------ connections
    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine for writes (created on first use)."""
        with self._lock:
            if self._engine is None:
                if self.is_server:
                    from .postgres import create_pg_engine

                    self._engine = create_pg_engine(self.location)
                else:
                    from .engine import create_sqlite_engine

                    self._engine = create_sqlite_engine(self.path)
            return self._engine

    @property
    def reader(self) -> Reader:
        """Fast read access with plain SQL (thread-safe: one connection per thread). On a
        server, a `PgReader` with the same interface and the same values back."""
        with self._lock:
            if self._reader is None:
                if self.is_server:
                    from .postgres import PgReader

                    self._reader = PgReader(self.location)
                else:
                    self._reader = Reader(self.path)
            return self._reader  # type: ignore[return-value]

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): commits on success, rolls back on error."""
        from sqlalchemy.orm import Session

        if self.is_server:
            with self._server_errors("write"), Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
            return
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                if self._identity is None:
                    self._identity = _identity(self.path)
                yield session
                self._still_there()  # before the commit, so a refusal rolls the change back
        except Exception as exc:
            refused = write_refused(exc, self.path)
            if refused is None:
                raise
            raise refused from exc

    def _still_there(self) -> None:
        """Refuse to commit into a file that is no longer the one at the path.

        In WAL mode a write goes through the open descriptors even after the file was deleted
        (its folder removed, the stick's files wiped) or replaced by another file: the change
        would land in an unlinked file and be lost on close without a word."""
        now = _identity(self.path)
        if self._identity is not None and now != self._identity:
            raise WriteRefusedError(
                f"{self.path} was deleted or replaced while open", "unreachable")

    def transaction(self, user: str | None = None) -> contextlib.AbstractContextManager[Tx]:
        """One write transaction as a `Tx` (imports SQLAlchemy on first use)."""
        from .tx import transaction

        return transaction(self, user)

    def backup(self, reason: str) -> Path:
        """A backup before a destructive change: the file's online backup, or for a server
        database a snapshot into a local SQLite file (`pg_backup.snapshot`)."""
        if self.is_server:
            from .pg_backup import snapshot

            self.last_backup = snapshot(self, reason, keep=self.keep_backups)
        else:
            self.last_backup = make_backup(self.path, reason, keep=self.keep_backups)
        return self.last_backup

    def integrity_check(self) -> str:
        if self.is_server:  # the server checks its own pages; this says it answers
            return "ok" if self.reader.scalar("SELECT 1") == 1 else "no answer"
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
