"""Backups with the SQLite online-backup API: consistent even while another process writes.

Never `shutil.copy` a live database (RELIABILITY-NOTES §3.2: 10/10 naive copies corrupt).
Each backup is written to a temp name, checked with `PRAGMA integrity_check`, then renamed,
and the folder keeps the newest `keep` backups.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_KEEP = 10


class BackupError(Exception):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


def backup_dir_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".backups")


def make_backup(
    db_path: Path, reason: str, *, folder: Path | None = None, keep: int = DEFAULT_KEEP
) -> Path:
    folder = folder or backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe_reason = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
    final = folder / f"{db_path.stem}-{stamp}-{safe_reason}.db"
    tmp = final.with_name("." + final.name + ".tmp")
    src = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst, pages=1024)
        dst.execute("PRAGMA journal_mode=DELETE")
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"backup of {db_path} failed its integrity check: {result}")
    finally:
        dst.close()
        src.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    rotate(folder, db_path.stem, keep)
    return final


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    folder = folder or backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    out = []
    for p in folder.glob(f"{db_path.stem}-*.db"):
        parts = p.stem[len(db_path.stem) + 1 :].split("-", 1)
        try:
            created = datetime.strptime(parts[0], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        out.append(BackupInfo(p, created, parts[1] if len(parts) > 1 else "", p.stat().st_size))
    return sorted(out, key=lambda b: b.created, reverse=True)


def rotate(folder: Path, stem: str, keep: int) -> None:
    backups = list_backups(folder / f"{stem}.db", folder)
    for old in backups[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)


# ---------------------------------------------------------------------- restore
def verify_backup(backup_path: Path) -> None:
    """Raise BackupError unless `backup_path` is a sound Ramstein Planner database."""
    from .revision import APPLICATION_ID

    if not backup_path.is_file():
        raise BackupError(f"{backup_path}: no such backup file")
    try:
        con = sqlite3.connect(f"file:{backup_path.as_posix()}?mode=ro", uri=True, timeout=10)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            result = "; ".join(r[0] for r in con.execute("PRAGMA integrity_check").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{backup_path.name} is damaged and cannot be restored "
                          f"(SQLite says: {exc})") from None
    if app_id != APPLICATION_ID:
        raise BackupError(f"{backup_path.name} is not a Ramstein Planner database")
    if result != "ok":
        raise BackupError(f"{backup_path.name} failed its integrity check and cannot be "
                          f"restored: {result[:300]}")


def restore_backup(db_path: Path, backup_path: Path, *, keep: int = DEFAULT_KEEP) -> Path:
    """Put the content of `backup_path` back into `db_path`; returns the backup of the state
    it replaced (so a restore can itself be undone by restoring that one).

    The caller closes its own connections first. The copy uses the SQLite backup API into
    the live file (RELIABILITY-NOTES §2: never a file copy over a database), inside one write
    lock: a crash midway leaves the old content, rolled back. A database that another
    connection is reading or writing right now is refused. SQLite cannot see connections
    that are open but idle; the window's lock file keeps other windows out.
    """
    verify_backup(backup_path)
    dst = sqlite3.connect(str(db_path), timeout=1, isolation_level=None)
    try:
        _refuse_if_in_use(dst, db_path)
        safety = make_backup(db_path, "before-restore", keep=keep + 1)  # never rotates `backup_path` away first
        src = sqlite3.connect(f"file:{backup_path.as_posix()}?mode=ro", uri=True, timeout=10)
        try:
            src.backup(dst, pages=1024)
        finally:
            src.close()
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":  # cannot happen after a verified source; say so rather than hide it
            raise BackupError(f"{db_path} failed its integrity check after the restore: {result}; "
                              f"the state before the restore is in {safety}")
    finally:
        dst.close()
    rotate(backup_dir_for(db_path), db_path.stem, keep)
    return safety


def _refuse_if_in_use(con: sqlite3.Connection, db_path: Path) -> None:
    """BackupError when another connection holds a transaction on the file."""
    try:
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal":
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                raise BackupError(f"{db_path} is in use by another connection (reading or "
                                  "writing); close it, then restore")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise BackupError(f"{db_path} is in use by another connection ({exc}); close it, "
                          "then restore") from None
