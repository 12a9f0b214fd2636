"""Import of our own workbook: round trip, edits, messy and broken sheets, conflicts."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ramstein.exchange.xlsx_reader import WorkbookRejected
from ramstein.services.pledges import PledgeDraft
from ramstein.services.xlsx_export import export_workbook
from ramstein.services.xlsx_import import import_workbook

from .helpers import sql, table_counts


def _seed(ws: Any, n: int = 5) -> list[Any]:
    ref = ws.reference
    de, pl = ref.members_by_code["DEU"], ref.members_by_code["POL"]
    caps = ref.capabilities
    drafts = [PledgeDraft(donor_id=(de if i % 2 else pl).id, capability_id=caps[i % len(caps)].id,
                          item=f"Item {i}", quantity=Decimal(i + 1), unit="pcs",
                          value_amount=Decimal("1234.5") * (i + 1), announced_on=date(2024, 1, i + 1),
                          notes="=1+1" if i == 0 else f"note {i}")
              for i in range(n)]
    return ws.pledges.create_many(drafts)


def _state(ws: Any) -> Any:
    return (table_counts(ws.path), sql(ws.path, "SELECT * FROM pledges ORDER BY id"))


@pytest.fixture
def exported(ws: Any, tmp_path: Path) -> Path:
    _seed(ws)
    out = tmp_path / "e.xlsx"
    export_workbook(ws, out)
    return out


def _edit(path: Path, edits: dict[str, Any], sheet: str = "Pledges") -> None:
    wb = openpyxl.load_workbook(path)
    for cell, value in edits.items():
        wb[sheet][cell] = value
    wb.save(path)


def test_round_trip_changes_nothing(ws: Any, exported: Path) -> None:
    before = _state(ws)
    result = import_workbook(ws, exported)
    doc = result.as_json()
    assert (doc["new"], doc["changed"], doc["unchanged"], doc["conflicts"]) == (0, 0, 5, 0)
    assert doc["errors"] == []
    assert _state(ws) == before


def test_edited_cells_are_exactly_the_changes_and_audited(ws: Any, exported: Path) -> None:
    # row 2 = first pledge; F item, I value, P notes; row 4: G quantity, L status
    _edit(exported, {"F2": "Item zero (edited)", "I2": 99.5, "P2": "+plain", "G4": 42,
                     "L4": "Committed"})
    audit_before = sql(ws.path, "SELECT COUNT(*) FROM audit_log")[0][0]
    result = import_workbook(ws, exported)
    doc = result.as_json()
    assert doc["applied"] and doc["changed"] == 2 and doc["unchanged"] == 3, doc
    assert doc["details"]["changed"][0]["new"] == {"item": "Item zero (edited)",
                                                   "value_amount": "99.5", "notes": "+plain"}
    p1 = ws.pledges.get(doc["details"]["changed"][0]["id"])
    assert (p1.item, p1.value_amount, p1.notes) == ("Item zero (edited)", Decimal("99.5"), "+plain")
    p3 = ws.pledges.get(doc["details"]["changed"][1]["id"])
    assert p3.quantity == 42 and p3.status.value == "committed"
    entries = sql(ws.path, "SELECT action, source FROM audit_log ORDER BY id")[audit_before:]
    assert entries == [("update", "import of e.xlsx"), ("update", "import of e.xlsx"),
                       ("status", "import of e.xlsx")]
    assert result.backup is not None and result.backup.exists()
    # and importing the same file again is now a no-op (versions moved on, values equal)
    assert import_workbook(ws, exported).as_json()["changed"] == 0


def test_messy_but_legitimate_sheet(ws: Any, tmp_path: Path) -> None:
    """Reordered and extra columns, text dates, thousands separators, a new row."""
    out = tmp_path / "messy.xlsx"
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.title = "Pledges"
    sh.append(["My remarks", "Status", "Item", "Capability", "Donor", "Announced", "Value",
               "Currency", "Quantity"])
    sh.append(["x", "announced", "Trucks", "Demining", "germany", "24.02.2024", "1,234,567.50",
               "EUR", "1,000"])
    sh.append(["y", "Committed", "Shells", "Demining", "Poland", "2024-03-01", 500, "eur", "12"])
    wb.create_sheet("Scratch")
    wb.save(out)
    result = import_workbook(ws, out)
    doc = result.as_json()
    assert doc["applied"] and doc["new"] == 2, doc
    assert any("Scratch" in w for w in doc["warnings"])
    rows = sql(ws.path, "SELECT item, quantity_milli, value_amount_milli, announced_on, status "
                        "FROM pledges ORDER BY id")
    assert rows == [("Trucks", 1_000_000, 1_234_567_500, "2024-02-24", "announced"),
                    ("Shells", 12_000, 500_000, "2024-03-01", "committed")]


def _rejected(ws: Any, path: Path) -> dict[str, Any]:
    before = _state(ws)
    result = import_workbook(ws, path)
    assert not result.applied
    assert _state(ws) == before
    return result.as_json()


def test_missing_required_column(ws: Any, exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    wb["Pledges"]["D1"] = "Giver"
    wb.save(exported)
    doc = _rejected(ws, exported)
    assert doc["errors"][0]["sheet"] == "Pledges"
    assert "Donor is missing" in doc["errors"][0]["message"]


def test_bad_values_name_sheet_and_cell(ws: Any, exported: Path) -> None:
    _edit(exported, {"D3": "Germny", "G4": "lots", "K5": "31.02.2024", "I6": "1,5", "F2": "ok"})
    doc = _rejected(ws, exported)
    by_cell = {e["cell"]: e["message"] for e in doc["errors"] if e["cell"]}
    assert "did you mean Germany?" in by_cell["D3"]
    assert "Quantity" in by_cell["G4"] and "not a number" in by_cell["G4"]
    assert "not a date" in by_cell["K5"]
    assert "ambiguous" in by_cell["I6"]
    assert all(e["sheet"] == "Pledges" for e in doc["errors"])


def test_unknown_id_is_an_error(ws: Any, exported: Path) -> None:
    _edit(exported, {"A2": 999, "F2": "changed"})
    doc = _rejected(ws, exported)
    assert doc["errors"][0]["cell"] == "A2" and "no pledge with id 999" in doc["errors"][0]["message"]


@pytest.mark.parametrize("content", [b"", b"hello, not a workbook", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100])
def test_not_an_xlsx(ws: Any, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    before = _state(ws)
    with pytest.raises(WorkbookRejected) as err:
        import_workbook(ws, bad)
    assert ("empty" in str(err.value) or "not an .xlsx" in str(err.value)
            or "password-protected" in str(err.value))
    assert _state(ws) == before


def test_entity_declaration_is_refused(ws: Any, exported: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(evil, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/workbook.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data
            dst.writestr(info, data)
    with pytest.raises(WorkbookRejected, match="unsafe"):
        import_workbook(ws, evil)


def test_conflict_is_reported_and_nothing_overwritten(ws: Any, exported: Path) -> None:
    first = ws.pledges.table_rows()[0]
    ws.pledges.update(first[0], first[15], {"item": "changed in the app"})
    _edit(exported, {"F2": "changed in the file"})
    doc = _rejected(ws, exported)
    assert doc["conflicts"] == 1
    assert doc["details"]["conflicts"][0]["old"] == {"item": "changed in the app"}
    assert ws.pledges.get(first[0]).item == "changed in the app"
    # keeping the database's side applies nothing for that row
    assert import_workbook(ws, exported, take="database").applied
    assert ws.pledges.get(first[0]).item == "changed in the app"
    # taking the sheet's side overwrites, audited
    assert import_workbook(ws, exported, take="sheet").applied
    assert ws.pledges.get(first[0]).item == "changed in the file"


def test_dry_run_checks_rules_and_changes_nothing(ws: Any, exported: Path) -> None:
    _edit(exported, {"L2": "Announced", "L3": "Delivered"})
    before = _state(ws)
    first = import_workbook(ws, exported, dry_run=True)
    assert not first.applied and first.as_json()["errors"] == []
    assert _state(ws) == before


def test_errors_are_listed_in_reading_order(ws: Any, exported: Path) -> None:
    # Value (I) of row 5 and Donor (D) of row 3 are bad; the donor error comes first.
    _edit(exported, {"I5": "lots", "D3": "Germnay", "K3": "soon"})
    cells = [e["cell"] for e in import_workbook(ws, exported).as_json()["errors"]]
    assert cells == ["D3", "K3", "I5"]


def test_a_workbook_saved_again_by_a_spreadsheet_program_changes_nothing(
        ws: Any, exported: Path) -> None:
    """What Excel's save does to our cells: dates come back as date-times at midnight, whole
    numbers as floats, and formatted but empty rows follow the data (validation ranges)."""
    from datetime import datetime

    from openpyxl.styles import Font

    wb = openpyxl.load_workbook(exported)
    sh = wb["Pledges"]
    sh["K2"] = datetime(2024, 1, 1, 0, 0)  # the same day as the export's date cell
    sh["G3"] = float(sh["G3"].value)  # quantity 2 -> 2.0
    sh["I3"] = float(sh["I3"].value)  # value 2469 -> 2469.0
    for row in range(sh.max_row + 1, sh.max_row + 40):
        sh.cell(row, 4).font = Font(bold=True)  # styled, empty
        sh.cell(row, 6).value = "   "  # blank text left behind
    wb.save(exported)
    before = _state(ws)
    doc = import_workbook(ws, exported).as_json()
    assert doc["errors"] == []
    assert (doc["new"], doc["changed"], doc["conflicts"]) == (0, 0, 0)
    assert _state(ws) == before
