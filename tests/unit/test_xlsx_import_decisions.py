"""Import with per-row decisions (the preview dialog's API), undo/redo of an import, cancel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ramstein.domain.errors import StaleEdit
from ramstein.services.pledges import PledgeDraft
from ramstein.services.progress import Cancelled
from ramstein.services.xlsx_export import export_workbook
from ramstein.services.xlsx_import import (
    apply_plan,
    label_of,
    plan_import,
    redo_import,
    undo_import,
)

from .helpers import sql, table_counts

# Columns compared when a test says "the database is exactly as it was": everything but the
# version counter and the update stamp (versions only move forward, also on undo).
PLEDGE_COLS = ("id, uuid, reference, donor_id, capability_id, item, quantity_milli, unit, "
               "value_amount_milli, currency, value_eur_cents, valuation_date, announced_on, "
               "funding_year, channel, status, source_ref, notes")
DELIVERY_COLS = ("id, uuid, pledge_id, quantity_milli, value_eur_cents, planned_on, actual_on, "
                 "status, hub_id, delay_reason, notes")


def tables(ws: Any) -> tuple[Any, ...]:
    return (sql(ws.path, f"SELECT {PLEDGE_COLS} FROM pledges ORDER BY id"),
            sql(ws.path, f"SELECT {DELIVERY_COLS} FROM deliveries ORDER BY id"))


def everything(ws: Any) -> tuple[Any, ...]:
    return (table_counts(ws.path), sql(ws.path, "SELECT * FROM pledges ORDER BY id"),
            sql(ws.path, "SELECT * FROM deliveries ORDER BY id"))


def seed(ws: Any, n: int = 4) -> list[Any]:
    de = ws.reference.members_by_code["DEU"]
    cap = ws.reference.capabilities[0]
    pledges = ws.pledges.create_many([
        PledgeDraft(donor_id=de.id, capability_id=cap.id, item=f"Item {i}", quantity=Decimal(10),
                    unit="pcs", value_amount=Decimal(1000), announced_on=date(2024, 1, i + 1))
        for i in range(n)])
    hub = ws.reference.hubs[0]
    for p in pledges[:2]:
        ws.deliveries.create(p.id, quantity=Decimal(4), planned_on=date(2025, 3, 1), hub_id=hub.id)
    return list(pledges)


@pytest.fixture
def book(ws: Any, tmp_path: Path) -> Path:
    seed(ws)
    out = tmp_path / "e.xlsx"
    export_workbook(ws, out)
    return out


def edit(path: Path, edits: dict[str, Any], sheet: str = "Pledges") -> None:
    wb = openpyxl.load_workbook(path)
    for cell, value in edits.items():
        wb[sheet][cell] = value
    wb.save(path)


def add_row(path: Path, values: list[Any], sheet: str = "Pledges") -> None:
    wb = openpyxl.load_workbook(path)
    wb[sheet].append(values)
    wb.save(path)


def conflict_on_row_2(ws: Any, book: Path) -> Any:
    first = ws.pledges.table_rows()[0]
    ws.pledges.update(first[0], first[15], {"item": "changed in the app"})
    edit(book, {"F2": "changed in the file"})
    return first[0]


def test_rows_keys_and_labels_for_the_preview(ws: Any, book: Path) -> None:
    pid = conflict_on_row_2(ws, book)
    edit(book, {"I3": 2000})
    add_row(book, [None, None, None, "Poland", "Demining", "Mine ploughs", 4, "pcs", 500, "EUR",
                   None, "Announced"])
    plan = plan_import(ws, book)
    assert [c.key for c in plan.rows("conflict")] == ["Pledges!2"]
    assert [c.key for c in plan.rows("changed")] == ["Pledges!3"]
    assert [c.key for c in plan.rows("new")] == ["Pledges!6"]
    assert plan.unchanged_by_sheet["Pledges"] == 2
    assert plan.unchanged == 2 + 2  # and the two deliveries
    conflict = plan.rows("conflict")[0]
    assert (conflict.sheet, conflict.pledge_id) == ("Pledges", pid)
    assert (conflict.old, conflict.new) == ({"item": "changed in the app"},
                                            {"item": "changed in the file"})
    changed = plan.rows("changed")[0]
    assert changed.old == {"value_amount": Decimal(1000)} and changed.new == {"value_amount": 2000}
    assert label_of("Pledges", "value_amount") == "Value"
    assert label_of("Deliveries", "planned_on") == "Planned"


def test_conflict_needs_a_decision_and_takes_the_chosen_side(ws: Any, book: Path) -> None:
    pid = conflict_on_row_2(ws, book)
    edit(book, {"F3": "plain change"})
    plan = plan_import(ws, book)
    before = everything(ws)
    refused = apply_plan(ws, plan)
    assert not refused.applied and refused.applied_import is None
    assert "choose a side" in refused.plan.errors[-1].message
    assert everything(ws) == before
    assert plan.errors == []  # the plan itself is left as it was, to apply again
    kept = apply_plan(ws, plan, {"Pledges!2": "database"})
    assert kept.applied
    assert ws.pledges.get(pid).item == "changed in the app"
    assert [r[5] for r in ws.pledges.table_rows()][:2] == ["changed in the app", "plain change"]
    taken = apply_plan(ws, plan_import(ws, book), {"Pledges!2": "sheet"})
    assert taken.applied and ws.pledges.get(pid).item == "changed in the file"


def test_skip_leaves_a_new_or_changed_row_out(ws: Any, book: Path) -> None:
    edit(book, {"F3": "plain change"})
    add_row(book, [None, None, None, "Poland", "Demining", "Mine ploughs", 4, "pcs", 500, "EUR",
                   None, "Announced"])
    count = table_counts(ws.path)["pledges"]
    result = apply_plan(ws, plan_import(ws, book), {"Pledges!6": "skip", "Pledges!3": "skip"})
    assert result.applied and result.applied_import is None
    assert table_counts(ws.path)["pledges"] == count
    assert ws.pledges.table_rows()[1][5] == "Item 1"
    only_new = apply_plan(ws, plan_import(ws, book), {"Pledges!3": "skip"})
    assert only_new.applied and table_counts(ws.path)["pledges"] == count + 1
    assert ws.pledges.table_rows()[1][5] == "Item 1"


def test_unknown_decision_key_is_refused(ws: Any, book: Path) -> None:
    result = apply_plan(ws, plan_import(ws, book), {"Pledges!99": "apply"})
    assert not result.applied and "Pledges!99" in result.plan.errors[0].message


def test_conflict_changed_again_after_the_plan_is_refused(ws: Any, book: Path) -> None:
    pid = conflict_on_row_2(ws, book)
    edit(book, {"F3": "plain change"})
    plan = plan_import(ws, book)
    p = ws.pledges.get(pid)
    ws.pledges.update(pid, p.version, {"notes": "edited while the preview was open"})
    before = everything(ws)
    result = apply_plan(ws, plan, {"Pledges!2": "sheet"})
    assert not result.applied
    assert "row 2" in result.plan.errors[-1].message
    assert "changed elsewhere" in result.plan.errors[-1].message
    assert everything(ws) == before


class CancelAfter:
    def __init__(self, reports: int) -> None:
        self.left = reports
        self.seen: list[tuple[int, int, str]] = []

    @property
    def cancelled(self) -> bool:
        return self.left <= 0

    def report(self, done: int, total: int, message: str = "") -> None:
        self.seen.append((done, total, message))
        if message.startswith("applying"):
            self.left -= 1


def test_cancel_during_apply_leaves_the_database_as_it_was(ws: Any, book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    for i in range(300):
        wb["Pledges"].append([None, None, None, "Poland", "Demining", f"Bulk {i}", 1, "pcs", 5,
                              "EUR", None, "Announced"])
    wb.save(book)
    plan = plan_import(ws, book)
    before = everything(ws)
    progress = CancelAfter(1)  # cancelled at the first report of the apply (after 200 rows)
    with pytest.raises(Cancelled):
        apply_plan(ws, plan, progress=progress)
    assert everything(ws) == before
    assert any(m.startswith("applying") and done == 200 for done, _, m in progress.seen)


def test_progress_is_reported_while_planning(ws: Any, book: Path) -> None:
    progress = CancelAfter(10**6)
    plan_import(ws, book, progress=progress)
    assert any("checking the Pledges sheet" in m for _, _, m in progress.seen)


def test_undo_restores_the_rows_and_redo_applies_again(ws: Any, book: Path) -> None:
    edit(book, {"F2": "renamed", "I3": 2500, "G3": 20, "L4": "Delivered"})
    add_row(book, [None, None, None, "Poland", "Demining", "Mine ploughs", 4, "pcs", 500, "EUR",
                   None, "Committed"])
    before = tables(ws)
    result = apply_plan(ws, plan_import(ws, book))
    assert result.applied and result.applied_import is not None
    applied = result.applied_import
    after = tables(ws)
    assert after != before and len(applied.pledges) == 1 and len(applied.updated) == 3
    undo_import(ws, applied)
    assert tables(ws) == before
    third = ws.pledges.table_rows()[2]
    assert third[12] == "announced"  # a status moved forward by the import is moved back
    sources = {s for (s,) in sql(ws.path, "SELECT source FROM audit_log")}
    assert "undo of import of e.xlsx" in sources
    again = redo_import(ws, applied)
    redone = tables(ws)
    # the same content again; the re-created pledge has a new id and uuid
    assert [r[2:] for r in redone[0]] == [r[2:] for r in after[0]]
    assert redone[1] == after[1]
    undo_import(ws, again)
    assert tables(ws) == before


def test_undo_is_refused_after_a_later_edit(ws: Any, book: Path) -> None:
    edit(book, {"F2": "renamed"})
    applied = apply_plan(ws, plan_import(ws, book)).applied_import
    assert applied is not None
    p = ws.pledges.get(applied.updated[0].id)
    ws.pledges.update(p.id, p.version, {"notes": "later edit"})
    before = everything(ws)
    with pytest.raises(StaleEdit, match="changed after the import"):
        undo_import(ws, applied)
    assert everything(ws) == before


def test_dry_run_records_nothing(ws: Any, book: Path) -> None:
    edit(book, {"F2": "renamed"})
    before = everything(ws)
    result = apply_plan(ws, plan_import(ws, book), dry_run=True)
    assert not result.applied and result.applied_import is None and result.plan.errors == []
    assert everything(ws) == before
