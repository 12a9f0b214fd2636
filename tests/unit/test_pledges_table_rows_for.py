"""Service support for the editing table: re-reading some rows, undoing several status changes."""

from __future__ import annotations

from typing import Any

import pytest

from ramstein.domain.enums import PledgeStatus
from ramstein.domain.errors import StaleEdit

from .helpers import sql

S = PledgeStatus


def test_table_rows_for_reads_only_those_pledges(ws: Any, make_pledge: Any) -> None:
    a, b, c = make_pledge(), make_pledge(item="Leopard 1A5"), make_pledge(item="Piorun")
    rows = ws.pledges.table_rows_for([c.id, a.id, 999_999])
    assert [r[0] for r in rows] == [a.id, c.id]
    assert rows == [r for r in ws.pledges.table_rows() if r[0] in (a.id, c.id)]
    assert b.id not in {r[0] for r in rows}
    assert ws.pledges.table_rows_for([]) == []


def test_revert_status_many_is_one_transaction(ws: Any, make_pledge: Any) -> None:
    seen: list[Any] = []
    a, b = make_pledge(), make_pledge(item="Leopard 1A5")
    moved = ws.pledges.change_status_many([(a.id, a.version), (b.id, b.version)], S.COMMITTED)
    ws.changes.subscribe(seen.append)
    back = ws.pledges.revert_status_many([(p.id, p.version, S.ANNOUNCED) for p in moved])
    assert [p.status for p in back] == [S.ANNOUNCED, S.ANNOUNCED]
    assert [(c.ids, c.kind) for c in seen] == [((a.id, b.id), "updated")]
    assert sql(ws.path, "SELECT from_status, to_status, source FROM pledge_status_events "
                        f"WHERE pledge_id = {a.id} ORDER BY id") == [
        (None, "announced", "gui"), ("announced", "committed", "gui"),
        ("committed", "announced", "undo")]


def test_revert_status_many_with_one_stale_version_changes_none(ws: Any, make_pledge: Any) -> None:
    a, b = make_pledge(), make_pledge(item="Leopard 1A5")
    moved = ws.pledges.change_status_many([(a.id, a.version), (b.id, b.version)], S.COMMITTED)
    with pytest.raises(StaleEdit):
        ws.pledges.revert_status_many([(moved[0].id, moved[0].version, S.ANNOUNCED),
                                       (moved[1].id, moved[1].version - 1, S.ANNOUNCED)])
    assert {p.status for p in (ws.pledges.get(a.id), ws.pledges.get(b.id))} == {S.COMMITTED}


def test_prepare_editing_loads_the_write_path_without_writing(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    before = sql(ws.path, "SELECT COUNT(*) FROM audit_log")
    ws.pledges.prepare_editing()
    ws.pledges.prepare_editing()  # twice is harmless
    assert sql(ws.path, "SELECT COUNT(*) FROM audit_log") == before
    assert ws.pledges.update(pledge.id, pledge.version, {"unit": "launchers"}).unit == "launchers"


def test_duplicate_draft_is_what_duplicate_creates(ws: Any, make_pledge: Any) -> None:
    original = make_pledge(notes="Second tranche")
    draft = ws.pledges.duplicate_draft(original)
    assert (draft.status, draft.notes, draft.item) == (
        S.ANNOUNCED, f"Copy of {original.reference}. Second tranche", original.item)
    assert draft.reference == ""  # a new reference is given on create
    copy = ws.pledges.duplicate(original.id)
    assert (copy.notes, copy.status, copy.item) == (draft.notes, draft.status, draft.item)
