"""Backups of a server database, kept locally next to its stand-in path (`<name>.backups/`).

- Before an import, a demo --replace, a copy --replace: a snapshot into a local SQLite file,
  made with the copy code (`copy.copy_database`), checked, then renamed into place. It is an
  ordinary Ramstein Planner file: open it, or copy it back with `ramstein copy`.
- Before a migration the schema of the server is older than this build's, so the snapshot
  (which is written at this build's schema) cannot hold it: `pg_dump` does it instead, and
  without pg_dump on PATH the migration is refused (nothing is changed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .backup import BackupError, backup_dir_for, rotate

if TYPE_CHECKING:
    from .database import Database


def _target(db: Database, reason: str, suffix: str) -> Path:
    folder = backup_dir_for(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe_reason = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
    return folder / f"{db.path.stem}-{stamp}-{safe_reason}{suffix}"


def snapshot(db: Database, reason: str, *, keep: int) -> Path:
    """Copy the server database into a new local SQLite backup file; returns its path."""
    from .copy import copy_database
    from .database import Database as Db
    from .health import integrity_check

    final = _target(db, reason, ".db")
    tmp = final.with_name("." + final.name + ".tmp")
    try:
        with Db.open(tmp, keep_backups=keep) as local:
            result = copy_database(db, local)
        if not result.verified:
            raise BackupError(f"the snapshot of {db.display} does not match it (summaries differ)")
        found = integrity_check(tmp)
        if found != "ok":
            raise BackupError(f"the snapshot of {db.display} failed its integrity check: {found}")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)
    rotate(final.parent, db.path.stem, keep)
    return final


def dump_before_migration(db: Database, reason: str) -> Path:
    """`pg_dump --format=custom` of the database before it is migrated (see the docstring)."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError(
            f"{db.display} must be migrated to this version's schema, and a backup comes "
            "first: install pg_dump (Debian: postgresql-client), or have the server's "
            "administrator back it up and migrate, then open it again. Nothing was changed.")
    final = _target(db, reason, ".pgdump")
    tmp = final.with_name("." + final.name + ".tmp")
    done = subprocess.run([pg_dump, "--format=custom", "--file", str(tmp), db.location.conninfo],
                          capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"pg_dump of {db.display} failed, so it was not migrated: "
                          f"{done.stderr.strip()[:300]}")
    os.replace(tmp, final)
    return final
