"""The demo generator: reproducible, refuses to mix with real data, cancellable, backed up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ramstein.domain.errors import DomainError
from ramstein.services import open_workspace
from ramstein.services.demo import build_demo
from ramstein.services.progress import Cancelled
from ramstein.storage.backup import backup_dir_for, list_backups

from .helpers import file_digest, sql, sql_one, table_counts


def _summary_file(path: Path, out: Path, seed: int) -> str:
    ws = open_workspace(path, user="demo")
    try:
        build_demo(ws, pledges=150, deliveries=450, seed=seed)
        out.write_text(json.dumps(ws.summaries.summary_json(), indent=2), encoding="utf-8")
    finally:
        ws.close()
    return out.read_text(encoding="utf-8")


def test_same_seed_gives_the_same_summary(tmp_path: Path) -> None:
    first = _summary_file(tmp_path / "one.db", tmp_path / "one.json", seed=5)
    second = _summary_file(tmp_path / "two.db", tmp_path / "two.json", seed=5)
    assert first == second
    other = _summary_file(tmp_path / "three.db", tmp_path / "three.json", seed=6)
    assert other != first
    # Not only the totals: the rows themselves are the same.
    query = ("SELECT reference, item, value_eur_cents, status, currency FROM pledges "
             "ORDER BY reference")
    assert sql(tmp_path / "one.db", query) == sql(tmp_path / "two.db", query)


def test_counts_are_as_asked(ws: Any) -> None:
    result = build_demo(ws, pledges=120, deliveries=360, seed=3)
    assert (result.pledges, result.deliveries, result.seed) == (120, 360, 3)
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledges") == 120
    assert sql_one(ws.path, "SELECT COUNT(*) FROM deliveries") == 360
    summary = ws.summaries.summary()
    assert (summary.pledges, summary.deliveries) == (120, 360)
    entry = sql(ws.path, "SELECT action, after_json FROM audit_log WHERE action = 'demo'")
    assert len(entry) == 1
    assert json.loads(entry[0][1]) == {"pledges": 120, "deliveries": 360, "seed": 3,
                                       "replaced": 0}


@pytest.mark.sqlite_only("PRAGMA foreign_key_check (the server enforces keys always)")
def test_demo_data_is_consistent(ws: Any) -> None:
    build_demo(ws, pledges=300, deliveries=900, seed=8)
    path = ws.path
    assert ws.db.integrity_check() == "ok"
    assert sql(path, "PRAGMA foreign_key_check") == []
    # Delivered quantities and values never exceed their pledge.
    over = sql(path, """
        SELECT p.reference FROM pledges p JOIN deliveries d ON d.pledge_id = p.id
        GROUP BY p.id HAVING SUM(d.quantity_milli) > p.quantity_milli
                          OR SUM(d.value_eur_cents) > p.value_eur_cents""")
    assert over == []
    # Every delivered delivery has an actual date; no open one has.
    assert sql_one(path, "SELECT COUNT(*) FROM deliveries WHERE status = 'delivered' "
                         "AND actual_on IS NULL") == 0
    assert sql_one(path, "SELECT COUNT(*) FROM deliveries WHERE status <> 'delivered' "
                         "AND actual_on IS NOT NULL") == 0
    # Ukraine is never a donor, and every pledge has its first status event.
    assert sql_one(path, "SELECT COUNT(*) FROM pledges p JOIN members m ON m.id = p.donor_id "
                         "WHERE m.code = 'UKR'") == 0
    assert sql_one(path, "SELECT COUNT(DISTINCT pledge_id) FROM pledge_status_events") == 300
    assert len({r[0] for r in sql(path, "SELECT reference FROM pledges")}) == 300


def test_demo_refuses_a_database_with_pledges(demo_ws: Any) -> None:
    before = table_counts(demo_ws.path)
    with pytest.raises(DomainError) as exc:
        build_demo(demo_ws, pledges=10, deliveries=10, seed=1)
    message = str(exc.value)
    assert "already holds 400 pledges" in message
    assert "--replace" in message
    assert table_counts(demo_ws.path) == before
    assert not backup_dir_for(demo_ws.path).exists()


def test_demo_refuses_negative_counts_and_deliveries_without_pledges(ws: Any) -> None:
    with pytest.raises(DomainError, match="must not be negative"):
        build_demo(ws, pledges=-1, deliveries=0)
    with pytest.raises(DomainError, match="deliveries need pledges"):
        build_demo(ws, pledges=0, deliveries=5)
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledges") == 0


def test_replace_backs_up_first_then_replaces(demo_ws: Any) -> None:
    old_refs = sql(demo_ws.path, "SELECT reference FROM pledges ORDER BY id")
    result = build_demo(demo_ws, pledges=50, deliveries=100, seed=2, replace=True)
    assert result.pledges == 50
    assert sql_one(demo_ws.path, "SELECT COUNT(*) FROM pledges") == 50
    assert sql_one(demo_ws.path, "SELECT COUNT(*) FROM members") == 56  # reference data kept
    backups = list_backups(demo_ws.path)
    assert len(backups) == 1
    assert backups[0].reason == "before-demo-replace"
    assert sql(backups[0].path, "SELECT reference FROM pledges ORDER BY id") == old_refs
    assert len(old_refs) == 400


class _CancelAfter:
    """A Progress whose `cancelled` turns True once a given report message was seen."""

    def __init__(self, message: str) -> None:
        self.message = message
        self.cancelled = False
        self.seen: list[str] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.seen.append(message)
        if message == self.message:
            self.cancelled = True


@pytest.mark.parametrize("at", ["generating deliveries", "writing pledges"])
def test_cancel_midway_leaves_the_database_as_it_was(demo_ws: Any, at: str) -> None:
    before = table_counts(demo_ws.path)
    refs = sql(demo_ws.path, "SELECT reference, status FROM pledges ORDER BY id")
    progress = _CancelAfter(at)
    with pytest.raises(Cancelled, match="nothing was changed"):
        build_demo(demo_ws, pledges=200, deliveries=600, seed=4, replace=True, progress=progress)
    assert at in progress.seen and "done" not in progress.seen
    assert table_counts(demo_ws.path) == before
    assert sql(demo_ws.path, "SELECT reference, status FROM pledges ORDER BY id") == refs


def test_cancel_on_a_new_database_writes_nothing(ws: Any) -> None:
    ws.db.close()
    digest_before = table_counts(ws.path)
    progress = _CancelAfter("writing pledges")
    with pytest.raises(Cancelled):
        build_demo(ws, pledges=100, deliveries=300, seed=4, progress=progress)
    assert table_counts(ws.path) == digest_before
    assert digest_before["pledges"] == 0


def test_file_unchanged_after_refusal(demo_db: Path) -> None:
    ws = open_workspace(demo_db)
    ws.close()
    digest = file_digest(demo_db)
    ws = open_workspace(demo_db)
    try:
        with pytest.raises(DomainError):
            build_demo(ws, pledges=5, deliveries=5)
    finally:
        ws.close()
    assert file_digest(demo_db) == digest
