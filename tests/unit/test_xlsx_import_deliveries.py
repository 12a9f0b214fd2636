"""Import of the Deliveries sheet: new, changed, conflicts, errors named by cell, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ramstein.services.xlsx_export import export_workbook
from ramstein.services.xlsx_import import apply_plan, import_workbook, plan_import, undo_import

from .helpers import sql
from .test_xlsx_import_decisions import add_row, edit, everything, seed, tables

TODAY = date(2026, 11, 23)
# Deliveries sheet: A id, B version, C Pledge reference, D Quantity, E Planned, F Actual,
# G Status, H Hub, I Delay reason, J Notes; row 2 = first pledge's delivery, row 3 the second's


@pytest.fixture
def book(ws: Any, tmp_path: Path) -> Path:
    seed(ws)
    out = tmp_path / "d.xlsx"
    export_workbook(ws, out)
    return out


def deliveries(ws: Any) -> list[tuple[Any, ...]]:
    return sql(ws.path, "SELECT d.id, p.reference, d.quantity_milli, d.planned_on, d.actual_on, "
                        "d.status, h.code, d.delay_reason, d.notes, d.value_eur_cents "
                        "FROM deliveries d JOIN pledges p ON p.id = d.pledge_id "
                        "LEFT JOIN hubs h ON h.id = d.hub_id ORDER BY d.id")


def refs(ws: Any) -> list[str]:
    return [r[1] for r in ws.pledges.table_rows()]


def rejected(ws: Any, path: Path) -> dict[str, Any]:
    before = everything(ws)
    result = import_workbook(ws, path)
    assert not result.applied
    assert everything(ws) == before
    return {e["cell"]: e["message"] for e in result.as_json()["errors"]}


def test_round_trip_changes_nothing_on_both_sheets(ws: Any, book: Path) -> None:
    before = everything(ws)
    doc = import_workbook(ws, book).as_json()
    assert (doc["new"], doc["changed"], doc["unchanged"], doc["conflicts"]) == (0, 0, 6, 0)
    assert doc["pledges"] == {"new": 0, "changed": 0, "unchanged": 4, "conflicts": 0}
    assert doc["deliveries"] == {"new": 0, "changed": 0, "unchanged": 2, "conflicts": 0}
    assert doc["errors"] == [] and not any("Deliveries" in w for w in doc["warnings"])
    assert everything(ws) == before


def test_edited_delivery_cells_are_the_changes_and_audited(ws: Any, book: Path) -> None:
    first = deliveries(ws)[0]
    edit(book, {"D2": 5, "G2": "in transit", "H2": "Romanian NATO hub", "I2": "port closed",
                "E2": date(2025, 4, 1)}, "Deliveries")
    plan = plan_import(ws, book)
    (change,) = plan.rows("changed")
    assert (change.key, change.delivery_id, change.reference) == ("Deliveries!2", first[0], first[1])
    assert change.old == {"quantity": 4, "planned_on": date(2025, 3, 1), "status": "Planned",
                          "hub": "Rzeszów-Jasionka (POLLOG HUB)", "delay_reason": ""}
    assert change.new == {"quantity": 5, "planned_on": date(2025, 4, 1), "status": "In transit",
                          "hub": "Romanian NATO hub", "delay_reason": "port closed"}
    audit_before = sql(ws.path, "SELECT COUNT(*) FROM audit_log")[0][0]
    assert apply_plan(ws, plan).applied
    # 10 pcs for 1,000.00 EUR: 5 pcs are worth 500.00
    assert deliveries(ws)[0] == (first[0], first[1], 5000, "2025-04-01", None, "in_transit",
                                 "ROU-HUB", "port closed", "", 50000)
    assert sql(ws.path, "SELECT action, entity, source FROM audit_log ORDER BY id")[audit_before:] \
        == [("update", "delivery", "import of d.xlsx")]
    assert import_workbook(ws, book).as_json()["deliveries"]["changed"] == 0


def test_delivered_without_a_date_gets_today_and_stays_unchanged(ws: Any, book: Path) -> None:
    edit(book, {"G2": "Delivered"}, "Deliveries")
    assert import_workbook(ws, book).applied
    assert deliveries(ws)[0][4:6] == (TODAY.isoformat(), "delivered")
    assert import_workbook(ws, book).as_json()["deliveries"]["changed"] == 0


def test_delivery_conflict_takes_the_chosen_side(ws: Any, book: Path) -> None:
    d = ws.deliveries.of_pledge(ws.pledges.table_rows()[0][0])[0]
    ws.deliveries.update(d.id, d.version, {"notes": "changed in the app"})
    edit(book, {"J2": "changed in the file"}, "Deliveries")
    plan = plan_import(ws, book)
    (conflict,) = plan.rows("conflict")
    assert conflict.key == "Deliveries!2"
    assert (conflict.old, conflict.new) == ({"notes": "changed in the app"},
                                            {"notes": "changed in the file"})
    assert not apply_plan(ws, plan).applied
    assert apply_plan(ws, plan, {"Deliveries!2": "database"}).applied
    assert ws.deliveries.of_pledge(d.pledge_id)[0].notes == "changed in the app"
    assert apply_plan(ws, plan_import(ws, book), {"Deliveries!2": "sheet"}).applied
    assert ws.deliveries.of_pledge(d.pledge_id)[0].notes == "changed in the file"


def test_bad_delivery_cells_are_named(ws: Any, book: Path) -> None:
    edit(book, {"H2": "Rzeszow-Jasionak", "G3": "Delivred"}, "Deliveries")
    errors = rejected(ws, book)
    assert "Hub:" in errors["H2"] and "did you mean Rzeszów-Jasionka (POLLOG HUB)?" in errors["H2"]
    assert "Status:" in errors["G3"] and "did you mean Delivered?" in errors["G3"]


def test_unknown_delivery_id_is_an_error_at_its_cell(ws: Any, book: Path) -> None:
    edit(book, {"A3": 999, "J3": "x"}, "Deliveries")
    errors = rejected(ws, book)
    assert "no delivery with id 999" in errors["A3"]


def test_a_delivery_never_moves_to_another_pledge(ws: Any, book: Path) -> None:
    edit(book, {"C2": refs(ws)[3]}, "Deliveries")
    errors = rejected(ws, book)
    assert "cannot move to another pledge" in errors["C2"]


def test_new_delivery_of_a_pledge_in_the_planner(ws: Any, book: Path) -> None:
    target = refs(ws)[3]
    add_row(book, [None, None, target, 2, date(2025, 6, 1), None, "Planned", "Slovak logistics node",
                   None, "by rail"], "Deliveries")
    plan = plan_import(ws, book)
    (new,) = plan.rows("new")
    assert (new.key, new.sheet, new.reference) == ("Deliveries!4", "Deliveries", target)
    result = apply_plan(ws, plan)
    assert result.applied and result.applied_import is not None
    assert deliveries(ws)[-1][1:] == (target, 2000, "2025-06-01", None, "planned", "SVK-NODE",
                                      "", "by rail", 20000)
    assert ("create", "delivery") in sql(ws.path, "SELECT action, entity FROM audit_log")


def test_new_delivery_of_a_pledge_new_in_the_same_workbook(ws: Any, book: Path) -> None:
    add_row(book, [None, None, "POL-2025-900", "Poland", "Demining", "Mine ploughs", 4, "pcs",
                   400, "EUR", date(2025, 1, 1), "Committed"])
    add_row(book, [None, None, "POL-2025-900", 1, date(2025, 6, 1), None, "Planned", None, None,
                   None], "Deliveries")
    result = import_workbook(ws, book)
    assert result.applied, result.plan.errors
    assert deliveries(ws)[-1][1:3] == ("POL-2025-900", 1000)
    assert deliveries(ws)[-1][-1] == 10000  # a quarter of 400.00


def test_new_delivery_must_name_a_known_or_new_referenced_pledge(ws: Any, book: Path) -> None:
    add_row(book, [None, None, None, "Poland", "Demining", "No reference", 4, "pcs", 400, "EUR",
                   None, "Committed"])
    add_row(book, [None, None, "POL-2025-901", 1, date(2025, 6, 1), None, "Planned"],
            "Deliveries")
    errors = rejected(ws, book)
    assert "no pledge POL-2025-901" in errors["C4"]


def test_skipping_the_new_pledge_of_a_new_delivery_is_refused(ws: Any, book: Path) -> None:
    add_row(book, [None, None, "POL-2025-900", "Poland", "Demining", "Mine ploughs", 4, "pcs",
                   400, "EUR", None, "Committed"])
    add_row(book, [None, None, "POL-2025-900", 1, None, None, "Planned"], "Deliveries")
    before = everything(ws)
    result = apply_plan(ws, plan_import(ws, book), {"Pledges!6": "skip"})
    assert not result.applied and result.plan.errors[0].cell == "C4"
    assert "is skipped" in result.plan.errors[0].message
    assert everything(ws) == before


def test_over_delivery_is_a_warning(ws: Any, book: Path) -> None:
    add_row(book, [None, None, refs(ws)[0], 7, None, None, "Planned"], "Deliveries")
    result = import_workbook(ws, book)
    assert result.applied
    assert any(f"deliveries of {refs(ws)[0]} add up to 11 pcs, more than the 10 pcs pledged" in w
               for w in result.plan.warnings), result.plan.warnings


@pytest.mark.sqlite_only("compares ids: SQLite reuses the rowids an undo freed, a server sequence never does")
def test_undo_of_an_import_with_deliveries_restores_both_tables(ws: Any, book: Path) -> None:
    edit(book, {"G2": "Delivered", "F2": date(2025, 3, 3), "D3": 6}, "Deliveries")
    edit(book, {"G2": 20, "L3": "Delivered"})  # the pledge's quantity: its deliveries re-valued
    add_row(book, [None, None, "POL-2025-900", "Poland", "Demining", "Mine ploughs", 4, "pcs",
                   400, "EUR", None, "Committed"])
    add_row(book, [None, None, "POL-2025-900", 1, None, None, "Planned"], "Deliveries")
    add_row(book, [None, None, refs(ws)[2], 1, None, None, "In transit"], "Deliveries")
    before = tables(ws)
    result = import_workbook(ws, book)
    assert result.applied and result.applied_import is not None, result.plan.errors
    after = tables(ws)
    undo_import(ws, result.applied_import)
    assert tables(ws) == before
    from ramstein.services.xlsx_import import redo_import

    again = redo_import(ws, result.applied_import)
    redone = tables(ws)
    assert [r[2:] for r in redone[0]] == [r[2:] for r in after[0]]
    assert [r[2:] for r in redone[1]] == [r[2:] for r in after[1]]
    undo_import(ws, again)
    assert tables(ws) == before


def test_deliveries_sheet_alone_is_imported(ws: Any, book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    del wb["Pledges"]
    wb["Deliveries"]["J2"] = "only deliveries"
    wb.save(book)
    assert import_workbook(ws, book).applied
    assert deliveries(ws)[0][8] == "only deliveries"
