"""services.health.check_database and the crash flag of Database.open, on real damaged files."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from ramstein.services.health import check_database
from ramstein.storage import Database
from ramstein.storage.health import crash_traces

KILLED_WRITER = textwrap.dedent("""
    import os, sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute(f"PRAGMA journal_mode={sys.argv[2]}")
    con.execute("PRAGMA cache_size=5")  # dirty pages spill into the file before the commit
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE pledges SET notes = hex(randomblob(300))")
    con.execute("DELETE FROM deliveries")
    os.kill(os.getpid(), 9)
""")


def kill_a_writer(db: Path, journal_mode: str) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db), journal_mode],
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == -9, done.stderr


def counts(db: Path) -> tuple[int, int, int]:
    with Database.open(db, create=False) as d:
        r = d.reader
        return (int(r.scalar("SELECT COUNT(*) FROM pledges")),
                int(r.scalar("SELECT COUNT(*) FROM deliveries")),
                int(r.scalar("SELECT COUNT(*) FROM pledges WHERE length(notes) = 600")))


def test_a_closed_database_is_ok_without_crash(demo_db: Path) -> None:
    report = check_database(demo_db)
    assert report.ok and report.integrity == "ok" and not report.crash_suspected
    assert report.schema == report.app_schema
    assert report.messages == ["demo.db: integrity check ok, 0 backups"]


def test_hot_journal_of_a_killed_writer_is_reported_and_rolled_back(demo_db: Path) -> None:
    before = counts(demo_db)
    kill_a_writer(demo_db, "DELETE")
    assert crash_traces(demo_db).journal == demo_db.with_name("demo.db-journal")
    report = check_database(demo_db)
    assert report.crash_suspected and report.ok
    assert any("demo.db-journal left behind" in m for m in report.messages), report.messages
    assert not crash_traces(demo_db).suspected  # SQLite rolled it back during the check
    assert counts(demo_db) == before


def test_database_open_records_the_crash_and_rolls_back(demo_db: Path) -> None:
    before = counts(demo_db)
    kill_a_writer(demo_db, "DELETE")
    db = Database.open(demo_db, create=False)  # a read-only probe alone would fail here
    try:
        assert db.crash_suspected
    finally:
        db.close()
    assert counts(demo_db) == before
    again = Database.open(demo_db, create=False)
    assert not again.crash_suspected
    again.close()


def test_wal_left_by_a_killed_writer_is_reported(demo_db: Path) -> None:
    before = counts(demo_db)
    kill_a_writer(demo_db, "WAL")
    assert crash_traces(demo_db).wal is not None
    report = check_database(demo_db)
    assert report.crash_suspected and report.ok, report.messages
    assert counts(demo_db) == before


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file (the header stays readable)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        for offset in range(4096 * 2, size - 4096, size // 5):
            fh.seek(offset)
            fh.write(b"\xa5" * 4096)


def test_corrupted_copy_is_not_ok_and_names_the_newest_good_backup(demo_db: Path) -> None:
    with Database.open(demo_db, create=False) as d:
        older = d.backup("older")
        newest = d.backup("newest")
    newest.write_bytes(newest.read_bytes()[:8192])  # a damaged backup is passed over
    corrupt(demo_db)
    report = check_database(demo_db)
    assert not report.ok and report.integrity != "ok"
    assert report.messages[0].startswith(f"{demo_db}: the integrity check failed: ")
    assert report.good_backup is not None and report.good_backup.path == older
    assert report.verified == {newest: False, older: True}
    assert f"the newest sound backup is {older.name}" in report.messages[1]
    assert "File > Restore backup…" in report.messages[1]


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"PK\x03\x04 not sqlite at all" * 100)
    report = check_database(junk)
    assert not report.ok and "not a database" in report.integrity
    assert report.messages[0].startswith(f"{junk}: the integrity check failed")
    missing = check_database(tmp_path / "missing.db")
    assert not missing.ok and missing.messages == [f"{tmp_path / 'missing.db'}: no such database file"]
    assert not (tmp_path / "missing.db").exists()
