"""SQLite helpers that need only the standard library (used on the start-up path)."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs"}


def on_network_or_removable(path: Path) -> bool:
    """True when the file lives on a network share (WAL must not be used there)."""
    text = str(path)
    if sys.platform == "win32":
        return text.startswith("\\\\")
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    real = os.path.realpath(path.parent if not path.exists() else path)
    best, best_fs = "", ""
    for line in mounts:
        parts = line.split()
        inside = len(parts) >= 3 and (
            real == parts[1] or real.startswith(parts[1].rstrip("/") + "/")
        )
        if inside and len(parts[1]) > len(best):
            best, best_fs = parts[1], parts[2]
    return best_fs in NETWORK_FS


def journal_mode_for(path: Path) -> str:
    return "DELETE" if on_network_or_removable(path) else "WAL"


def apply_pragmas(con: sqlite3.Connection, path: Path | None, *, read_only: bool = False) -> None:
    """The PRAGMAs every connection gets (RELIABILITY-NOTES §2)."""
    cur = con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    if path is not None and not read_only:
        cur.execute(f"PRAGMA journal_mode={journal_mode_for(path)}")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA trusted_schema=OFF")
    if read_only:
        cur.execute("PRAGMA query_only=ON")
    cur.close()


def connect_reader(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection for reads: no SQLAlchemy import on the start-up path."""
    con = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    apply_pragmas(con, path, read_only=True)
    return con


def probe(path: Path) -> tuple[int, str | None, bool]:
    """(application_id, alembic revision or None, has any table) of an existing file."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return int(app_id), revision, bool(tables)
    finally:
        con.close()
