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
