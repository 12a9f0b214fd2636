"""Restoring a backup: the content comes back, the replaced state is kept, bad backups and
databases in use are refused with the database untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ramstein.services import open_workspace
from ramstein.storage.backup import BackupError, list_backups, restore_backup


def _name(path: Path, code: str = "DEU") -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT name FROM members WHERE code=?", (code,)).fetchone()[0])
    finally:
        con.close()


def _rename(path: Path, name: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE members SET name=? WHERE code='DEU'", (name,))
    con.close()


@pytest.fixture
def backed_up(db_path: Path) -> tuple[Path, Path]:
    ws = open_workspace(db_path)
    backup = ws.db.backup("manual")
    ws.close()
    _rename(db_path, "Changed after the backup")
    return db_path, backup


def test_restore_brings_the_backup_back_and_keeps_the_replaced_state(
        backed_up: tuple[Path, Path]) -> None:
    db, backup = backed_up
    original = _name(backup)
    safety = restore_backup(db, backup)
    assert _name(db) == original
    assert _name(safety) == "Changed after the backup"
    assert "before-restore" in safety.name
    assert {b.path for b in list_backups(db)} >= {backup, safety}
    ws = open_workspace(db, create=False)  # opens normally afterwards
    try:
        assert ws.db.integrity_check() == "ok"
    finally:
        ws.close()


def test_damaged_backup_is_refused_and_the_database_unchanged(
        backed_up: tuple[Path, Path], tmp_path: Path) -> None:
    db, backup = backed_up
    data = bytearray(backup.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page overwritten
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    with pytest.raises(BackupError, match=r"broken\.db"):
        restore_backup(db, broken)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match=r"junk\.db"):
        restore_backup(db, junk)
    assert _name(db) == "Changed after the backup"
    assert len(list_backups(db)) == 1  # no safety backup made for a refused restore


def test_database_in_use_is_refused(backed_up: tuple[Path, Path]) -> None:
    db, backup = backed_up
    other: Any = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE members SET name='mid-transaction' WHERE code='DEU'")
    try:
        with pytest.raises(BackupError, match="in use by another connection"):
            restore_backup(db, backup)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _name(db) == "Changed after the backup"


# ---------------------------------------------------------------------- refused writes
def test_full_database_gives_a_clear_message_and_keeps_everything(db_path: Path) -> None:
    """SQLITE_FULL for real: `PRAGMA max_page_count` caps the file at its size (a full disk
    gives SQLite the same error)."""
    from sqlalchemy import text

    from ramstein.storage.database import WriteRefusedError

    ws = open_workspace(db_path)
    try:
        before = _name(db_path)
        with pytest.raises(WriteRefusedError) as caught, ws.db.session() as s:
            s.execute(text("UPDATE members SET name='half-written' WHERE code='DEU'"))
            pages = s.execute(text("PRAGMA page_count")).scalar()
            s.execute(text(f"PRAGMA max_page_count={pages}"))
            s.execute(text("CREATE TABLE filler(x BLOB)"))
            s.execute(text("INSERT INTO filler VALUES (zeroblob(1000000))"))
        message = str(caught.value)
        assert caught.value.kind == "full"
        assert "the disk holding" in message and "is full" in message
        assert "SQLite rolled the whole change back" in message and "Free some space" in message
        assert _name(db_path) == before  # the UPDATE before the failure was rolled back too
        assert ws.db.integrity_check() == "ok"
    finally:
        ws.close()


def test_os_errors_are_classified() -> None:
    import errno

    from ramstein.storage.database import write_refused

    where = Path("/media/usb/planner.db")
    full = write_refused(OSError(errno.ENOSPC, "No space left on device"), where)
    assert full is not None and full.kind == "full"
    gone = write_refused(OSError(errno.EROFS, "Read-only file system"), where)
    assert gone is not None and gone.kind == "read-only" and "copy the file" in str(gone)
    assert write_refused(ValueError("not a write problem"), where) is None
