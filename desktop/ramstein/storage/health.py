"""Health of a database file: crash traces, integrity, schema revision, backups (stdlib only).

RELIABILITY-NOTES §2, crash detection on start: a `-journal` file, or a non-empty `-wal`, found
before SQLite has opened the file means the last writer did not close it (a crash, a kill, a
pulled stick), or that another instance still has it open. SQLite rolls the journal back (or
recovers the WAL) on the next read-write open; the check then says whether the file is sound.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import sqlite_util
from .backup import BackupInfo, list_backups
from .revision import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from .database import Database


@dataclass(frozen=True)
class CrashTraces:
    """What a crashed writer leaves next to the database file."""

    journal: Path | None  # a non-empty rollback journal (DELETE mode): a transaction never finished
    wal: Path | None  # a non-empty write-ahead log (WAL mode): the file was never closed

    @property
    def suspected(self) -> bool:
        return self.journal is not None or self.wal is not None

    def describe(self) -> str:
        found = [p.name for p in (self.journal, self.wal) if p is not None]
        return " and ".join(found)


def _non_empty(path: Path) -> Path | None:
    try:
        return path if path.stat().st_size > 0 else None
    except OSError:
        return None


def crash_traces(db_path: Path) -> CrashTraces:
    """Look for a hot journal or a non-empty WAL; call it before anything opens the file."""
    return CrashTraces(
        journal=_non_empty(db_path.with_name(db_path.name + "-journal")),
        wal=_non_empty(db_path.with_name(db_path.name + "-wal")),
    )


def recover(db_path: Path) -> None:
    """Let SQLite roll back a hot journal or recover the WAL (a read-write open and one read).

    Needed before any read-only open: a read-only connection cannot roll back a hot journal
    and fails with "attempt to write a readonly database".
    """
    con = sqlite3.connect(f"file:{db_path.as_posix()}?mode=rw", uri=True, timeout=30)
    try:
        con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    finally:
        con.close()


def integrity_check(db_path: Path, *, quick: bool = False) -> str:
    """'ok', or SQLite's findings joined with '; ' (also when the file cannot be read at all).

    Opens read-write (`mode=rw` never creates the file) so that a hot journal is rolled back
    first, as the application's own open would do.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = sqlite3.connect(f"file:{db_path.as_posix()}?mode=rw", uri=True, timeout=30)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "disk image is malformed"
        return str(exc)
    return "; ".join(str(r[0]) for r in rows) or "no answer"


def backup_is_sound(backup: BackupInfo) -> bool:
    """A quick check of a backup, read-only: a backup must never be changed by looking at it."""
    try:
        con = sqlite3.connect(f"file:{backup.path.as_posix()}?mode=ro", uri=True, timeout=10)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == "ok"


@dataclass(frozen=True)
class SchemaState:
    revision: str | None  # the Alembic revision in the file (None: not readable or not ours)
    ours: bool  # the application id is Ramstein Planner's
    known: bool  # this build knows the revision
    current: bool  # the revision is this build's head


def schema_state(db_path: Path) -> SchemaState:
    try:
        app_id, revision, _tables = sqlite_util.probe(db_path)
    except sqlite3.DatabaseError:
        return SchemaState(None, False, False, False)
    ours = app_id == APPLICATION_ID
    return SchemaState(revision, ours, revision in KNOWN_REVISIONS, revision == HEAD_REVISION)


def backups(db_path: Path) -> list[BackupInfo]:
    """The backups next to the database, newest first."""
    return list_backups(db_path)


def server_report(db: Database) -> dict[str, Any]:
    """`ramstein check` on a server database: it answers, its version, schema revision, the
    rows per table and the local snapshot backups. ok: it answers and the schema is this
    build's (the server checks its own pages; there is no integrity_check to run)."""
    from .postgres import server_facts
    from .schema import Base

    with db.engine.connect() as conn:
        facts = server_facts(conn)
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        counts = {t.name: int(conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t.name}").scalar() or 0)
                  for t in Base.metadata.sorted_tables}
    found = backups(db.path)
    return {
        "database": db.display, "ok": revision == HEAD_REVISION, "server_version":
        facts["server_version"], "size": int(facts["size"]), "schema": revision,
        "app_schema": HEAD_REVISION, "counts": counts, "backup_folder": str(db.path.parent /
        (db.path.stem + ".backups")), "backups": [b.path.name for b in found],
    }
