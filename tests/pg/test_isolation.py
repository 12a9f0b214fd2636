"""Each test gets its own database in the state of the template, whatever the test before it
wrote: the per-test databases (`pg_database`, `demo_ws`) are checked against their template
by a fingerprint of every table and sequence, twice, with writes everywhere in between.

The fixtures make the test databases cheaply (FILE_COPY, a tmpfs cluster); these tests keep
any future speed-up (a reused database reset between tests, a pool) honest."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ramstein.domain.enums import Channel
from ramstein.services import open_workspace
from ramstein.services.pledges import PledgeDraft

TODAY = date(2026, 11, 23)
ROUNDS = ("first", "second")

# The fingerprints of the templates as the first round saw them: the second round must see
# the same (a test's writes never reach the template, nor the next test's database).
_SEEN: dict[str, dict[str, str]] = {}


def _conninfo(cluster: Any, url: str) -> str:
    """libpq conninfo of a test server URL (postgresql+psycopg://user@/NAME?host=...)."""
    return cluster.conninfo(url.split("@/", 1)[1].split("?", 1)[0])


def _server_fingerprint(conninfo: str) -> dict[str, str]:
    """{table or sequence: row count and a digest of its rows in text form, sorted}."""
    found: dict[str, str] = {}
    with psycopg.connect(conninfo, autocommit=True) as con:
        objects = con.execute(
            "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') "
            "ORDER BY c.relname").fetchall()
        for name, kind in objects:
            if kind == "S":
                row = con.execute(f'SELECT last_value, is_called FROM "{name}"').fetchone()
                found[name] = f"sequence {row}"
                continue
            row = con.execute(
                f"SELECT COUNT(*), md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), "
                f"'')) FROM \"{name}\" t").fetchone()
            assert row is not None
            found[name] = f"{row[0]} rows {row[1]}"
    return found


def _file_fingerprint(path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in tables:
            rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{name}"'))
            digest = hashlib.md5("\n".join(rows).encode()).hexdigest()
            found[name] = f"{len(rows)} rows {digest}"
    finally:
        con.close()
    return found


def _pledge(ws: Any) -> Any:
    members = ws.reference.members_by_code
    caps = {c.code: c.id for c in ws.reference.capabilities}
    return ws.pledges.create(PledgeDraft(
        donor_id=members["DEU"].id, capability_id=caps["iamd"], item="IRIS-T SLM fire unit",
        quantity=Decimal(2), unit="fire units", value_amount=Decimal("1000.00"), currency="EUR",
        announced_on=date(2024, 5, 1), channel=Channel.NATIONAL_PROCUREMENT))


# What a careless test could leave behind besides its rows: edited reference data, a stray
# table, a schema revision. (The pledge also moves the pledges' id sequence on.)
_STRAY_WRITES = (
    "UPDATE members SET name = name || ' (edited by a test)'",
    "CREATE TABLE left_by_a_test (id integer)",
    "UPDATE alembic_version SET version_num = version_num || '_edited'",
)


def _server_writes(conninfo: str) -> None:
    with psycopg.connect(conninfo, autocommit=True) as con:
        for statement in _STRAY_WRITES:
            con.execute(statement)  # type: ignore[arg-type]


def _file_writes(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        with con:
            for statement in _STRAY_WRITES:
                con.execute(statement)
    finally:
        con.close()


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


@pytest.mark.postgres
@pytest.mark.parametrize("round_", ROUNDS)
def test_each_server_database_starts_as_the_template(round_: str, pg_cluster: Any,
                                                     pg_template: str, pg_database: str) -> None:
    template = _server_fingerprint(pg_cluster.conninfo(pg_template))
    assert _SEEN.setdefault("pg_template", template) == template  # untouched by round one
    mine = _conninfo(pg_cluster, pg_database)
    assert _server_fingerprint(mine) == template

    ws = open_workspace(pg_database, user="tester", today=lambda: TODAY)
    try:
        _pledge(ws)
    finally:
        ws.close()
    _server_writes(mine)
    # The check would see a leak: the writes show in the fingerprint.
    assert {"pledges", "audit_log", "members", "left_by_a_test", "alembic_version"} <= _changed(
        template, _server_fingerprint(mine))


@pytest.mark.parametrize("round_", ROUNDS)  # `backend` is parametrised by tests/conftest.py
def test_each_demo_workspace_starts_as_the_demo(round_: str, backend: str, demo_ws: Any,
                                                demo_template: Path,
                                                request: pytest.FixtureRequest) -> None:
    if backend == "sqlite":
        template = _file_fingerprint(demo_template)
        fingerprint, write = _file_fingerprint, _file_writes
        mine: Any = demo_ws.db.path
    else:
        cluster = request.getfixturevalue("pg_cluster")
        template = _server_fingerprint(
            cluster.conninfo(request.getfixturevalue("pg_demo_template")))
        fingerprint, write = _server_fingerprint, _server_writes
        mine = demo_ws.db.location.conninfo
    assert _SEEN.setdefault(f"demo {backend}", template) == template
    assert fingerprint(mine) == template

    _pledge(demo_ws)
    write(mine)
    assert {"pledges", "members", "left_by_a_test", "alembic_version"} <= _changed(
        template, fingerprint(mine))
