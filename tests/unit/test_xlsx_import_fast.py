"""The unchanged-row shortcut of the import (one tuple compared per row) gives exactly the plan
of the field-by-field path: the same changes (old/new, fields, cells), errors, warnings and
counts, on a demo export edited in every way that reads back equal, different or wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ramstein.services import xlsx_import, xlsx_import_deliveries
from ramstein.services.xlsx_export import export_workbook
from ramstein.services.xlsx_import import plan_import

# Pledges: A id, B version, C Reference, D Donor, E Capability, F Item, G Quantity, H Unit,
# I Value, J Currency, K Announced, L Status, M Channel, N Funding year, O Source, P Notes.
PLEDGE_EDITS: dict[str, Any] = {
    "D2": "DEU", "D3": "  germany ", "D4": "Germany?", "E5": "artillery", "F6": " Item ",
    "F7": "a\r\nb", "G8": 3.5, "G9": "7", "H10": "", "I11": 1234.5, "I12": "12,5", "J13": "eur",
    "J14": "", "J15": "XXX", "K16": "2024-03-01", "K17": "soon", "L18": "committed",
    "L19": "Sent", "M20": None, "M21": "purl", "N22": 2030, "N23": 2024.5, "O24": "  ",
    "P25": "note", "A26": None, "B27": None, "B28": 99, "C29": "OTHER-1", "A30": 10**9,
    "G31": -1, "F32": None,
}
# Deliveries: A id, B version, C Pledge reference, D Quantity, E Planned, F Actual, G Status,
# H Hub, I Delay reason, J Notes.
DELIVERY_EDITS: dict[str, Any] = {
    "D2": 10**6, "D3": "2", "E4": "2025-01-02", "F5": None, "F6": "2025-02-30", "G7": "late",
    "G8": "Delivered", "G9": "shipped", "H10": "", "H11": "Rzeszow", "I12": "weather",
    "J13": "x\ry", "C14": "NOPE-1", "A15": None, "B16": None, "B17": 50, "D18": -3,
}


def _edit(path: Path, pledges: dict[str, Any], deliveries: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(path)
    for sheet, edits in (("Pledges", pledges), ("Deliveries", deliveries)):
        for cell, value in edits.items():
            wb[sheet][cell] = value
        # the same row twice: its id appears twice
        wb[sheet].append([c.value for c in wb[sheet][40]])
    wb.save(path)


def _slow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_import, "_reads_back", lambda *a: None)
    monkeypatch.setattr(xlsx_import_deliveries, "_reads_back", lambda *a: None)


def _plan_both(ws: Any, path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = plan_import(ws, path)
    with monkeypatch.context() as m:
        _slow(m)
        slow = plan_import(ws, path)
    return fast, slow


def _same_plans(fast: Any, slow: Any) -> None:
    assert fast.changes == slow.changes  # RowChange: old/new, fields, status, draft, cells
    assert fast.errors == slow.errors
    assert fast.warnings == slow.warnings
    assert fast.unchanged_by_sheet == slow.unchanged_by_sheet


def test_unchanged_export_is_the_same_plan(demo_ws: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, path)
    fast, slow = _plan_both(demo_ws, path, monkeypatch)
    _same_plans(fast, slow)
    assert not fast.changes and not fast.errors and fast.unchanged > 1000


def test_edited_export_is_the_same_plan(demo_ws: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, path)
    _edit(path, PLEDGE_EDITS, DELIVERY_EDITS)
    fast, slow = _plan_both(demo_ws, path, monkeypatch)
    _same_plans(fast, slow)
    # the edits are seen: changes and errors on both sheets, rows equal after reading unchanged
    assert {c.sheet for c in fast.changes} == {"Pledges", "Deliveries"}
    assert {e.sheet for e in fast.errors} == {"Pledges", "Deliveries"}
    assert "Pledges!2" not in {c.key for c in fast.changes}  # "DEU" is Germany: unchanged


def test_missing_columns_are_the_same_plan(demo_ws: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "demo.xlsx"
    export_workbook(demo_ws, path)
    wb = openpyxl.load_workbook(path)
    wb["Pledges"]["F9"] = "changed item"
    wb["Pledges"].delete_cols(16)  # Notes
    wb["Deliveries"].delete_cols(8)  # Hub
    wb.save(path)
    fast, slow = _plan_both(demo_ws, path, monkeypatch)
    _same_plans(fast, slow)
    assert [c.key for c in fast.changes] == ["Pledges!9"]
