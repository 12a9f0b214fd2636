"""The database's medium disappears while it is open (a USB stick pulled): the write is refused
with a message naming the file, nothing is half-written, and the file opens cleanly once it is
back.

Simulated without root by moving the database's folder away (the open file descriptors stay
valid, but the path no longer leads to the file), and, when running as root, by lazily
unmounting a small loop-mounted ext4 image (`umount -l`) while the database is open.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ramstein.services import Workspace, open_workspace
from ramstein.storage import sqlite_util
from ramstein.storage.database import WriteRefusedError, write_refused

REMOVED = "is no longer reachable (was its drive removed"


def _name(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT name FROM members WHERE code='DEU'").fetchone()[0])
    finally:
        con.close()


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return "; ".join(r[0] for r in con.execute("PRAGMA integrity_check"))
    finally:
        con.close()


@pytest.fixture
def rollback_journal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The journal mode the app uses on network shares (and SQLite's default): the one where
    SQLite itself notices that the file's path no longer leads to it."""
    monkeypatch.setattr(sqlite_util, "journal_mode_for", lambda _path: "DELETE")


def _rename_deu(ws: Workspace, name: str) -> None:
    from sqlalchemy import text

    with ws.db.session() as s:
        s.execute(text("UPDATE members SET name=:n WHERE code='DEU'"), {"n": name})


def _assert_clear_refusal(caught: pytest.ExceptionInfo[WriteRefusedError], db: Path) -> None:
    message = str(caught.value)
    assert caught.value.kind == "unreachable"
    assert f"the database at {db} {REMOVED}" in message
    assert "The last change was not saved" in message and "nothing was half-written" in message
    assert "Put the drive back and reopen the database" in message


# ---------------------------------------------------------------------- folder moved away
@pytest.mark.parametrize("how", ["renamed", "removed"])
def test_folder_gone_while_open_refuses_the_write_clearly_and_reopens_intact(
        tmp_path: Path, rollback_journal: None, how: str) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    db = stick / "planner.db"
    away = tmp_path / "usb-away"
    ws = open_workspace(db)
    try:
        _rename_deu(ws, "Saved before the stick was pulled")
        if how == "renamed":
            stick.rename(away)
        else:  # the files are unlinked; a copy stands for the stick in another drawer
            shutil.copytree(stick, away)
            shutil.rmtree(stick)
        with pytest.raises(WriteRefusedError) as caught:
            _rename_deu(ws, "half-written")
        _assert_clear_refusal(caught, db)
    finally:
        ws.close()  # closing a workspace whose file is gone does not raise
    away.rename(stick)  # the drive is back
    assert _integrity(db) == "ok"
    assert _name(db) == "Saved before the stick was pulled"
    again = open_workspace(db, create=False)
    try:
        _rename_deu(again, "Saved after the stick came back")
        assert again.db.integrity_check() == "ok"
    finally:
        again.close()
    assert _name(db) == "Saved after the stick came back"
    assert not list(stick.glob("planner.db-journal"))  # no hot journal left behind


def test_backup_on_a_vanished_folder_names_the_file(tmp_path: Path) -> None:
    """WAL mode keeps writing through the open descriptors; what cannot be made any more is a
    new file next to the database, such as a backup (SQLITE_CANTOPEN)."""
    stick = tmp_path / "usb"
    stick.mkdir()
    db = stick / "planner.db"
    ws = open_workspace(db)
    try:
        stick.rename(tmp_path / "usb-away")
        with pytest.raises(sqlite3.Error) as caught:
            ws.db.backup("manual")
        refused = write_refused(caught.value, db)
        assert refused is not None and refused.kind == "unreachable"
        assert f"the database at {db} {REMOVED}" in str(refused)
    finally:
        ws.close()


# ---------------------------------------------------------------------- classification
def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[misc]
    return exc


def test_io_and_vanished_errors_are_classified(tmp_path: Path) -> None:
    where = tmp_path / "gone" / "planner.db"
    for exc in (
        OSError(errno.EIO, "Input/output error"),
        OSError(errno.ENODEV, "No such device"),
        OSError(errno.ENXIO, "No such device or address"),
        _sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR_WRITE),
        _sqlite_error("disk I/O error", sqlite3.SQLITE_IOERR_FSYNC),
        _sqlite_error("attempt to write a readonly database", sqlite3.SQLITE_READONLY_DBMOVED),
        _sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN),
    ):
        refused = write_refused(exc, where)
        assert refused is not None and refused.kind == "unreachable", exc
        assert str(where) in str(refused)
    # A plain read-only file is still read-only, not "removed".
    plain = write_refused(_sqlite_error("attempt to write a readonly database",
                                        sqlite3.SQLITE_READONLY), where)
    assert plain is not None and plain.kind == "read-only"


def test_cannot_open_is_not_blamed_on_the_drive_while_the_file_is_there(db_path: Path) -> None:
    db_path.write_bytes(b"")
    cannot_open = _sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN)
    assert write_refused(cannot_open, db_path) is None
    # The error dialog's stand-in name says nothing about where the file is.
    assert write_refused(cannot_open, Path("the database")) is None
    assert write_refused(FileNotFoundError(errno.ENOENT, "No such file"), db_path) is None


# ---------------------------------------------------------------------- a real unmount
@pytest.fixture
def loop_drive(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """An 8 MB ext4 image loop-mounted at tmp_path/usb (root only; skipped otherwise)."""
    if os.geteuid() != 0 or shutil.which("mkfs.ext4") is None:
        pytest.skip("needs root and mkfs.ext4 to loop-mount an image")
    image, mount = tmp_path / "stick.img", tmp_path / "usb"
    mount.mkdir()
    with image.open("wb") as f:
        f.truncate(8 * 1024 * 1024)
    made = subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], capture_output=True)
    mounted = made.returncode == 0 and subprocess.run(
        ["mount", "-o", "loop", str(image), str(mount)], capture_output=True).returncode == 0
    if not mounted:
        pytest.skip("loop mounts are not allowed here")
    yield image, mount
    while os.path.ismount(mount):
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _mount(image: Path, mount: Path) -> None:
    subprocess.run(["mount", "-o", "loop", str(image), str(mount)], check=True)


def test_lazily_unmounted_drive_refuses_the_write_and_reopens_intact(
        loop_drive: tuple[Path, Path], rollback_journal: None) -> None:
    image, mount = loop_drive
    db = mount / "planner.db"
    ws = open_workspace(db)
    try:
        _rename_deu(ws, "Saved before the unmount")
        subprocess.run(["umount", "-l", str(mount)], check=True)
        with pytest.raises(WriteRefusedError) as caught:
            _rename_deu(ws, "half-written")
        _assert_clear_refusal(caught, db)
    finally:
        ws.close()  # the last descriptor: the detached file system is flushed and let go
    _mount(image, mount)
    assert _integrity(db) == "ok"
    assert _name(db) == "Saved before the unmount"
    again = open_workspace(db, create=False)
    try:
        assert again.db.integrity_check() == "ok"
    finally:
        again.close()


def test_wal_write_after_a_lazy_unmount_is_refused_and_the_image_is_intact(
        loop_drive: tuple[Path, Path]) -> None:
    """In WAL mode the open descriptors still reach the detached file system, but the path no
    longer leads to the file: the write is refused with the clear message (a real pulled stick
    would fail on the next flush anyway), and the image holds the state before it, whole."""
    image, mount = loop_drive
    db = mount / "planner.db"
    ws = open_workspace(db)
    try:
        _rename_deu(ws, "Saved before the unmount")
        subprocess.run(["umount", "-l", str(mount)], check=True)
        with pytest.raises(WriteRefusedError) as caught:
            _rename_deu(ws, "Written after the unmount")
        _assert_clear_refusal(caught, db)
    finally:
        ws.close()
    _mount(image, mount)
    assert _integrity(db) == "ok"
    assert _name(db) == "Saved before the unmount"


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_wal_write_into_a_deleted_or_replaced_file_is_refused(tmp_path: Path, how: str) -> None:
    """WAL writes go through the open descriptors: without the check they would land in an
    unlinked file and be lost without a word when the workspace closes."""
    db = tmp_path / "stick" / "planner.db"
    db.parent.mkdir()
    ws = open_workspace(db, user="tester")
    try:
        _rename_deu(ws, "Germany (before)")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        if how == "replaced":
            db.write_bytes(b"")  # another file now stands at the path
        with pytest.raises(WriteRefusedError) as caught:
            _rename_deu(ws, "Germany (lost)")
        assert caught.value.kind == "unreachable"
        assert str(db) in str(caught.value) and REMOVED in str(caught.value)
    finally:
        ws.close()
