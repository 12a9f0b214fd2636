"""PostgreSQL specifics against the throwaway server: two planners at once, copy both ways,
the CLI on a server URL, a dropped connection, foreign and newer databases."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ramstein.cli import main
from ramstein.domain.enums import Channel
from ramstein.domain.errors import StaleEdit
from ramstein.services import open_workspace
from ramstein.services.pledges import PledgeDraft
from ramstein.storage import queries
from ramstein.storage.copy import CopyRefused, copy_database
from ramstein.storage.database import (
    ConnectionLostError,
    Database,
    NewerDatabaseError,
    NotOurDatabaseError,
)

pytestmark = pytest.mark.postgres
TODAY = date(2026, 11, 23)


@pytest.fixture
def two(pg_database: str) -> Iterator[tuple[Any, Any]]:
    """Two planners on the same server database: two Database objects, two sessions."""
    first = open_workspace(pg_database, user="anna", today=lambda: TODAY)
    second = open_workspace(pg_database, user="boris", today=lambda: TODAY)
    yield first, second
    second.close()
    first.close()


def _pledge(ws: Any) -> Any:
    members = ws.reference.members_by_code
    caps = {c.code: c.id for c in ws.reference.capabilities}
    return ws.pledges.create(PledgeDraft(
        donor_id=members["DEU"].id, capability_id=caps["iamd"], item="IRIS-T SLM fire unit",
        quantity=Decimal(2), unit="fire units", value_amount=Decimal("1000.00"), currency="EUR",
        announced_on=date(2024, 5, 1), channel=Channel.NATIONAL_PROCUREMENT))


def test_two_planners_editing_one_pledge_the_second_is_refused_nothing_lost(two: Any) -> None:
    anna, boris = two
    pledge = _pledge(anna)
    mine, theirs = anna.pledges.get(pledge.id), boris.pledges.get(pledge.id)
    assert mine.version == theirs.version == 1

    anna.pledges.update(mine.id, mine.version, {"item": "IRIS-T SLM (2 units)"})
    with pytest.raises(StaleEdit) as refused:
        boris.pledges.update(theirs.id, theirs.version, {"notes": "boris was here"})
    assert pledge.reference in str(refused.value) and "reload" in str(refused.value)

    now = boris.pledges.get(pledge.id)  # what Boris sees after reloading: Anna's edit, kept
    assert (now.item, now.notes, now.version) == ("IRIS-T SLM (2 units)", "", 2)
    boris.pledges.update(now.id, now.version, {"notes": "boris was here"})  # on the new version
    final = anna.pledges.get(pledge.id)
    assert (final.item, final.notes, final.version) == ("IRIS-T SLM (2 units)", "boris was here", 3)
    trail = anna.pledges.audit(pledge.id)
    assert [(a.user, a.action) for a in trail] == [("boris", "update"), ("anna", "update"),
                                                   ("anna", "create")]
    assert trail[1].after == {"item": "IRIS-T SLM (2 units)"} or "item" in (trail[1].after or {})
    assert "notes" in (trail[0].after or {}) and "item" not in (trail[0].after or {})


def test_two_concurrent_writers_one_wins_the_other_is_stale(two: Any) -> None:
    """Both read version 1 and write at the same moment: the row lock serialises them and the
    version check refuses exactly one."""
    anna, boris = two
    pledge = _pledge(anna)
    barrier = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def edit(ws: Any, text: str) -> None:
        seen = ws.pledges.get(pledge.id)
        barrier.wait()
        try:
            ws.pledges.update(seen.id, seen.version, {"item": text})
            outcome[ws.user] = "saved"
        except StaleEdit:
            outcome[ws.user] = "stale"

    threads = [threading.Thread(target=edit, args=(w, w.user)) for w in (anna, boris)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcome.values()) == ["saved", "stale"]
    winner = next(u for u, o in outcome.items() if o == "saved")
    assert anna.pledges.get(pledge.id).item == winner
    assert [a.user for a in anna.pledges.audit(pledge.id)] == [winner, "anna"]


def test_copy_sqlite_to_server_and_back_keeps_the_summary(demo_template: Path, pg_database: str,
                                                          tmp_path: Path) -> None:
    with Database.open(demo_template) as src, Database.open(pg_database) as server:
        there = copy_database(src, server)
        assert there.verified and there.rows["pledges"] == 400
        with Database.open(tmp_path / "back.db") as back:
            home = copy_database(server, back)
            assert home.verified
            assert queries.summary(back.reader) == queries.summary(src.reader)
            assert queries.pledge_table_rows(back.reader) == queries.pledge_table_rows(src.reader)
        with pytest.raises(CopyRefused, match=r"not empty .*400 pledges.*--replace"):
            copy_database(src, server)
        again = copy_database(src, server, replace=True)
        assert again.verified and again.backup and Path(again.backup).is_file()
        with Database.open(again.backup) as snapshot:  # the backup is an ordinary file
            assert queries.summary(snapshot.reader) == queries.summary(src.reader)


def test_new_rows_after_a_copy_get_fresh_ids(demo_template: Path, pg_database: str) -> None:
    with Database.open(demo_template) as src, Database.open(pg_database) as server:
        copy_database(src, server)
    ws = open_workspace(pg_database, user="tester", today=lambda: TODAY)
    try:
        assert _pledge(ws).id == 401  # the sequence was moved past the copied ids
    finally:
        ws.close()


def test_cli_copy_summary_export_import_on_the_server(demo_template: Path, pg_database: str,
                                                      tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", "--from", str(demo_template), "--to", pg_database]) == 0
    assert "verified: the summaries are equal" in capsys.readouterr().out
    assert main(["copy", "--from", str(demo_template), "--to", pg_database]) == 1
    assert "--replace" in capsys.readouterr().err

    assert main(["summary", "--json", "--db", pg_database]) == 0
    on_server = json.loads(capsys.readouterr().out)
    assert main(["summary", "--json", "--db", str(demo_template)]) == 0
    on_file = json.loads(capsys.readouterr().out)
    assert on_server["pledges"] == on_file["pledges"] == 400
    assert on_server["pledged_eur"] == on_file["pledged_eur"]

    book = tmp_path / "out.xlsx"
    assert main(["export", "--db", pg_database, str(book)]) == 0
    capsys.readouterr()
    assert main(["import", "--db", pg_database, "--json", str(book)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["changed"] == 0 if "counts" in report else True
    assert main(["check", "--db", pg_database]) == 0
    out = capsys.readouterr().out
    assert "PostgreSQL 15" in out or "PostgreSQL" in out
    assert "400 pledges" in out


def test_a_dropped_connection_is_reported_then_reconnects(pg_database: str,
                                                          pg_cluster: Any) -> None:
    ws = open_workspace(pg_database, user="tester", today=lambda: TODAY)
    try:
        pledge = _pledge(ws)
        assert ws.db.reader.scalar("SELECT COUNT(*) FROM pledges") == 1
        _kill_connections(pg_cluster, pg_database)
        with pytest.raises(ConnectionLostError, match=r"connection to the database server .* lost"):
            ws.db.reader.scalar("SELECT COUNT(*) FROM pledges")
        assert ws.db.reader.scalar("SELECT COUNT(*) FROM pledges") == 1  # reconnected

        with pytest.raises(ConnectionLostError), ws.db.transaction("tester") as tx:
            tx.pledge(pledge.id)
            _kill_connections(pg_cluster, pg_database)
            tx.update_pledge(pledge.id, 1, {"notes": "lost"})
        with pytest.raises(ConnectionLostError):  # the reader's connection was dropped too
            ws.pledges.get(pledge.id)
        again = ws.pledges.get(pledge.id)
        assert (again.notes, again.version) == ("", 1)  # nothing half-written
        ws.pledges.update(pledge.id, 1, {"notes": "kept"})  # and the next write goes through
        assert ws.pledges.get(pledge.id).notes == "kept"
    finally:
        ws.close()


def _name(url: str) -> str:
    """The database name of a test server URL (postgresql+psycopg://user@/NAME?host=...)."""
    return url.split("@/", 1)[1].split("?", 1)[0]


def _kill_connections(cluster: Any, url: str) -> None:
    name = _name(url)
    cluster.sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' "
                "AND pid <> pg_backend_pid()")


def test_a_database_of_another_application_is_refused(pg_empty_database: str,
                                                      pg_cluster: Any) -> None:
    name = _name(pg_empty_database)
    pg_cluster.sql("CREATE TABLE invoices (id integer)", dbname=name)
    with pytest.raises(NotOurDatabaseError, match="another application"):
        Database.open(pg_empty_database)


def test_a_newer_schema_is_refused_and_left_alone(pg_database: str, pg_cluster: Any) -> None:
    name = _name(pg_database)
    pg_cluster.sql("UPDATE alembic_version SET version_num = '0099_future'", dbname=name)
    with pytest.raises(NewerDatabaseError, match="newer version of Ramstein Planner"):
        Database.open(pg_database)


def test_two_clients_creating_the_schema_at_once(pg_empty_database: str) -> None:
    """The advisory lock: both open, one migrates, the other then finds the schema current."""
    results: list[Any] = []

    def open_it() -> None:
        try:
            with Database.open(pg_empty_database) as db:
                results.append((db.created,))
        except Exception as exc:  # reported by the assert below
            results.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(isinstance(r, tuple) for r in results), results
    with Database.open(pg_empty_database) as db:
        assert db.reader.scalar("SELECT COUNT(*) FROM alembic_version") == 1
        assert db.reader.scalar("SELECT revision FROM ramstein_identity") == "0001_initial"


def test_the_display_name_hides_the_password() -> None:
    from ramstein.storage.location import parse_location

    loc = parse_location("postgresql+psycopg://anna:s3cret@db.example.org:5433/ramstein")
    assert loc.display == "anna@db.example.org:5433/ramstein"
    assert "s3cret" not in str(loc)
    assert parse_location("sqlite:////tmp/p.db").path == Path("/tmp/p.db")


def test_missing_server_binaries_fail_with_the_setup_command() -> None:
    from pg.cluster import SETUP_HINT

    assert "scripts/setup.sh --test" in SETUP_HINT and "RAMSTEIN_SKIP_PG=1" in SETUP_HINT
