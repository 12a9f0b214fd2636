"""Storage: identifying and refusing files, migrations with backups, exact money, stale edits."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ramstein.domain.errors import StaleEdit
from ramstein.services import open_workspace
from ramstein.storage import (
    Database,
    DatabaseError,
    NewerDatabaseError,
    NotOurDatabaseError,
    migrate,
    revision,
)
from ramstein.storage import backup as backup_mod
from ramstein.storage.types import DecimalText, Scaled

from .helpers import file_digest, sql, sql_one, table_counts

# ---------------------------------------------------------------- a new database


def test_open_creates_an_identified_database(db_path: Path) -> None:
    assert not db_path.exists()
    with Database.open(db_path) as db:
        assert db.created
        assert db_path.is_file()
        assert sql_one(db_path, "PRAGMA application_id") == revision.APPLICATION_ID
        assert sql_one(db_path, "SELECT version_num FROM alembic_version") == revision.HEAD_REVISION
        assert db.reader.scalar("PRAGMA journal_mode") == "wal"
        assert db.reader.scalar("PRAGMA foreign_keys") == 1
        assert db.integrity_check() == "ok"
    assert int.from_bytes(b"RmSt", "big") == revision.APPLICATION_ID


def test_open_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "planner.db"
    with Database.open(path):
        pass
    assert path.is_file()


def test_open_without_create_refuses_a_missing_file(db_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no such database file"):
        Database.open(db_path, create=False)
    assert not db_path.exists()


@pytest.mark.sqlite_only("PRAGMA foreign_keys of SQLite's connections")
def test_reader_enforces_foreign_keys(ws: Any) -> None:
    reader = ws.db.reader
    assert reader.scalar("PRAGMA foreign_keys") == 1
    assert reader.scalar("PRAGMA query_only") == 1  # the reader cannot write by mistake
    with pytest.raises(sqlite3.OperationalError):
        reader.rows("DELETE FROM members")
    assert reader.scalar("SELECT COUNT(*) FROM members") == 56


@pytest.mark.sqlite_only("SQLite's own FOREIGN KEY message")
def test_writes_enforce_foreign_keys(ws: Any) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), ws.db.transaction() as tx:
        tx.execute_many("INSERT INTO gdp (member_id, year, usd_bn, source) VALUES (?,?,?,?)",
                        [(99999, 2023, "1", "test")])
    assert sql_one(ws.path, "SELECT COUNT(*) FROM gdp WHERE member_id = 99999") == 0


def test_alembic_head_matches_the_build_revision() -> None:
    assert migrate.script_head() == revision.HEAD_REVISION
    assert revision.KNOWN_REVISIONS[-1] == revision.HEAD_REVISION
    assert len(set(revision.KNOWN_REVISIONS)) == len(revision.KNOWN_REVISIONS)


def test_reopening_a_current_database_neither_migrates_nor_backs_up(db_path: Path) -> None:
    Database.open(db_path).close()
    with Database.open(db_path) as db:
        assert not db.created
        assert db.migrated_from is None
        assert db.last_backup is None
    assert not backup_mod.backup_dir_for(db_path).exists()


# ---------------------------------------------------------------- refusing files


def _set_revision(path: Path, rev: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (rev,))
    con.close()


def test_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    Database.open(db_path).close()
    _set_revision(db_path, "9999_future")
    digest = file_digest(db_path)
    siblings = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(NewerDatabaseError) as exc:
        Database.open(db_path)

    message = str(exc.value)
    assert "newer version" in message
    assert "9999_future" in message
    assert str(db_path) in message
    assert file_digest(db_path) == digest
    # No backup folder, no new file; SQLite's read-only probe may leave an empty WAL index.
    now = sorted(p.name for p in db_path.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert now == siblings
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_newer_database_is_refused_by_open_workspace_too(db_path: Path) -> None:
    Database.open(db_path).close()
    _set_revision(db_path, "9999_future")
    digest = file_digest(db_path)
    with pytest.raises(NewerDatabaseError):
        open_workspace(db_path)
    assert file_digest(db_path) == digest
    assert sql_one(db_path, "SELECT COUNT(*) FROM members") == 0  # not seeded behind our back


def test_foreign_sqlite_file_is_refused(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    with con:
        con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        con.execute("INSERT INTO invoices (total) VALUES (12.5)")
    con.close()
    assert sql_one(db_path, "PRAGMA application_id") == 0
    digest = file_digest(db_path)

    with pytest.raises(NotOurDatabaseError, match="another application"):
        Database.open(db_path)

    assert file_digest(db_path) == digest
    assert [r[0] for r in sql(db_path, "SELECT name FROM sqlite_master WHERE type='table'")] == [
        "invoices"]


def test_sqlite_file_with_another_application_id_is_refused(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA application_id = 1234")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    digest = file_digest(db_path)
    with pytest.raises(NotOurDatabaseError):
        Database.open(db_path)
    assert file_digest(db_path) == digest


@pytest.mark.parametrize("content", [
    b"id,name\n1,Germany\n",
    b"SQLite format 3\x00" + b"\xff" * 200,  # a damaged header
    bytes(range(256)) * 8,
])
def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(NotOurDatabaseError, match="not a Ramstein Planner database"):
        Database.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


# ---------------------------------------------------------------- backups and migration


def _add_pledges(ws: Any, n: int) -> None:
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    deu = ws.reference.members_by_code["DEU"].id
    cap = ws.reference.capabilities[0].id
    with ws.db.transaction() as tx:
        tx.insert("pledges", [
            {"uuid": f"u-{i}", "reference": f"DEU-2024-{i:03d}", "donor_id": deu,
             "capability_id": cap, "item": f"item {i}", "value_eur_cents": Decimal(i),
             "currency": "EUR", "channel": "other", "status": "committed", "version": 1,
             "created_at": stamp, "updated_at": stamp}
            for i in range(1, n + 1)
        ])


@pytest.mark.sqlite_only("file backups (SQLite backup API)")
def test_make_backup_is_a_checked_copy_with_the_same_rows(ws: Any) -> None:
    _add_pledges(ws, 25)
    backup = backup_mod.make_backup(ws.path, "before import")

    assert backup.parent == backup_mod.backup_dir_for(ws.path)
    assert backup.name.endswith("-before-import.db")
    con = sqlite3.connect(backup)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA application_id").fetchone()[0] == revision.APPLICATION_ID
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    finally:
        con.close()
    assert table_counts(backup) == table_counts(ws.path)
    query = "SELECT reference, item, value_eur_cents FROM pledges ORDER BY id"
    assert sql(backup, query) == sql(ws.path, query)
    assert not list(backup.parent.glob(".*.tmp"))  # no half-written temp file left


@pytest.mark.sqlite_only("file backups (SQLite backup API)")
def test_backup_rotation_keeps_only_the_newest(ws: Any) -> None:
    made = [backup_mod.make_backup(ws.path, f"run{i}", keep=3) for i in range(5)]
    left = sorted(backup_mod.backup_dir_for(ws.path).glob("*.db"))
    assert left == sorted(made[-3:])
    listed = backup_mod.list_backups(ws.path)
    assert [b.path for b in listed] == list(reversed(made[-3:]))  # newest first
    assert [b.reason for b in listed] == ["run4", "run3", "run2"]


def test_an_older_database_is_backed_up_before_it_is_migrated(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: this build has a single revision, so an older one is faked as known."""
    Database.open(db_path).close()
    _set_revision(db_path, "0000_old")
    monkeypatch.setattr("ramstein.storage.database.KNOWN_REVISIONS",
                        ("0000_old", revision.HEAD_REVISION))
    calls: list[dict[str, Any]] = []

    def fake_upgrade(engine: Any, path: Path) -> None:
        backups = sorted(backup_mod.backup_dir_for(path).glob("*.db"))
        calls.append({
            "path": path,
            "backups": backups,
            "revision_in_backup": [sql_one(b, "SELECT version_num FROM alembic_version")
                                   for b in backups],
        })
        _set_revision(path, revision.HEAD_REVISION)

    monkeypatch.setattr(migrate, "upgrade_to_head", fake_upgrade)

    with Database.open(db_path) as db:
        assert db.migrated_from == "0000_old"
        assert db.last_backup is not None and db.last_backup.is_file()

    assert len(calls) == 1, "the migration runs exactly once"
    # The backup existed before the migration started, and holds the old revision.
    assert calls[0]["backups"] == [db.last_backup]
    assert calls[0]["revision_in_backup"] == ["0000_old"]
    assert "before-migration-0000_old" in db.last_backup.name
    assert sql_one(db_path, "SELECT version_num FROM alembic_version") == revision.HEAD_REVISION


def test_a_failed_backup_stops_the_migration(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Database.open(db_path).close()
    _set_revision(db_path, "0000_old")
    monkeypatch.setattr("ramstein.storage.database.KNOWN_REVISIONS",
                        ("0000_old", revision.HEAD_REVISION))
    migrated: list[Path] = []
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda engine, path: migrated.append(path))

    def broken_backup(*args: Any, **kw: Any) -> Path:
        raise backup_mod.BackupError("disk full")

    monkeypatch.setattr("ramstein.storage.database.make_backup", broken_backup)
    with pytest.raises(backup_mod.BackupError):
        Database.open(db_path)
    assert migrated == []
    assert sql_one(db_path, "SELECT version_num FROM alembic_version") == "0000_old"


# ---------------------------------------------------------------- exact decimals


def test_scaled_refuses_more_decimals_than_its_scale() -> None:
    cents = Scaled(2)
    assert cents.process_bind_param(Decimal("12.34"), None) == 1234
    assert cents.process_bind_param(Decimal("12.3"), None) == 1230
    assert cents.process_bind_param(Decimal("12.340000"), None) == 1234  # trailing zeros are fine
    with pytest.raises(ValueError, match="more than 2 decimal places"):
        cents.process_bind_param(Decimal("12.345"), None)
    assert cents.process_result_value(1234, None) == Decimal("12.34")
    assert Scaled(3).process_bind_param(Decimal("0.001"), None) == 1


def test_too_many_decimals_never_reach_the_file(ws: Any) -> None:
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    with pytest.raises(Exception, match="more than 2 decimal places"), ws.db.transaction() as tx:
        tx.insert("pledges", [{
            "uuid": "u-x", "reference": "DEU-2024-900", "item": "x", "currency": "EUR",
            "donor_id": ws.reference.members_by_code["DEU"].id,
            "capability_id": ws.reference.capabilities[0].id, "channel": "other",
            "status": "committed", "value_eur_cents": Decimal("10.005"), "version": 1,
            "created_at": stamp, "updated_at": stamp,
        }])
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledges") == 0


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=Decimal("-1e30"),
                   max_value=Decimal("1e30")))
def test_decimal_text_round_trip(value: Decimal) -> None:
    col = DecimalText()
    stored = col.process_bind_param(value, None)
    assert isinstance(stored, str)
    assert "E" not in stored.upper()  # plain digits in the file, readable by any tool
    assert col.process_result_value(stored, None) == value


@pytest.mark.parametrize(("value", "text"), [
    (Decimal("40000000000"), "40000000000"),
    (Decimal("4E+10"), "40000000000"),
    (Decimal("1.0530"), "1.053"),
    (Decimal("0.000"), "0"),
    (Decimal("-0.0"), "0"),
    (Decimal("0.0000001"), "0.0000001"),
    (Decimal("12345678901234567890.123456789012345"), "12345678901234567890.123456789012345"),
])
def test_decimal_text_is_plain_and_exact(value: Decimal, text: str) -> None:
    assert DecimalText().process_bind_param(value, None) == text


def test_decimal_text_refuses_nan() -> None:
    with pytest.raises(ValueError, match="not a finite number"):
        DecimalText().process_bind_param(Decimal("NaN"), None)


@given(st.integers(min_value=-(10**15), max_value=10**15), st.integers(0, 3))
def test_scaled_round_trip(units: int, digits: int) -> None:
    col = Scaled(digits)
    value = Decimal(units).scaleb(-digits)
    assert col.process_result_value(col.process_bind_param(value, None), None) == value


def test_rates_keep_their_exact_text_in_the_file(ws: Any) -> None:
    from ramstein.storage import queries

    with ws.db.transaction() as tx:
        tx.insert("exchange_rates", [{"currency": "JOD", "on_date": date(2030, 1, 1),
                                      "units_per_eur": Decimal("0.829530000"), "source": "t"}])
    assert sql_one(ws.path, "SELECT units_per_eur FROM exchange_rates "
                            "WHERE currency='JOD' AND on_date='2030-01-01'") == "0.82953"
    rates = {(r.currency, r.on_date): r.units_per_eur for r in queries.exchange_rates(ws.db.reader)}
    assert rates[("JOD", date(2030, 1, 1))] == Decimal("0.82953")


def test_money_sums_in_sql_are_exact(ws: Any) -> None:
    n = 1000
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    deu = ws.reference.members_by_code["DEU"].id
    cap = ws.reference.capabilities[0].id
    with ws.db.transaction() as tx:
        tx.insert("pledges", [
            {"uuid": f"u-{i}", "reference": f"DEU-2024-{i:04d}", "donor_id": deu,
             "capability_id": cap, "item": "ten cents", "value_eur_cents": Decimal("0.1"),
             "currency": "EUR", "channel": "other", "status": "committed", "version": 1,
             "created_at": stamp, "updated_at": stamp}
            for i in range(n)
        ])
    assert sum([0.1] * n) != 100.0  # what a REAL column would have summed to
    summary = ws.summaries.summary()
    totals = ws.summaries.totals()
    assert summary.pledged_eur == Decimal("100.00")
    assert isinstance(summary.pledged_eur, Decimal)
    assert totals.pledged_eur == Decimal("100.00")
    assert summary.by_donor[0].pledged_eur == Decimal("100.00")
    assert ws.summaries.summary_json()["pledged_eur"] == "100.00"


# ---------------------------------------------------------------- optimistic concurrency


def test_a_stale_edit_is_refused_and_the_first_edit_kept(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(item="Leopard 2A6")
    second = open_workspace(ws.db.url, user="second", today=ws.today)
    try:
        mine = ws.pledges.get(pledge.id)
        theirs = second.pledges.get(pledge.id)
        assert mine.version == theirs.version == 1

        ws.pledges.update(mine.id, mine.version, {"item": "Leopard 2A4"})
        with pytest.raises(StaleEdit) as exc:
            second.pledges.update(theirs.id, theirs.version, {"item": "Leopard 1A5"})
        assert pledge.reference in str(exc.value)
        assert "reload" in str(exc.value)
    finally:
        second.close()

    assert sql(ws.path, "SELECT item, version FROM pledges WHERE id = ?", (pledge.id,)) == [
        ("Leopard 2A4", 2)]
    actions = [a.action for a in ws.pledges.audit(pledge.id)]
    assert actions == ["update", "create"]  # the refused edit left no audit entry


def test_a_stale_status_change_is_refused(ws: Any, make_pledge: Any) -> None:
    from ramstein.domain.enums import PledgeStatus

    pledge = make_pledge()
    ws.pledges.update(pledge.id, pledge.version, {"notes": "checked"})
    with pytest.raises(StaleEdit):
        ws.pledges.change_status(pledge.id, pledge.version, PledgeStatus.COMMITTED)
    assert sql_one(ws.path, "SELECT status FROM pledges WHERE id = ?", (pledge.id,)) == "announced"
