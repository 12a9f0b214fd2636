"""A workbook saved again by the real LibreOffice Calc (headless) comes back cleanly.

LibreOffice rewrites the whole file on save: its own styles, shared strings instead of inline
strings, dates as serial numbers with a date format, numbers as floats, validation ranges and
hidden columns in its own form. An export that a planner opened and saved in Calc must import
with no change at all; a cell edited and saved again must come back as exactly that change.

`scripts/test.sh` installs LibreOffice (`scripts/setup.sh --test`). Where it cannot be installed
the tests are skipped, except under CI, where a missing LibreOffice is a failure of ours.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ramstein.services.pledges import PledgeDraft
from ramstein.services.xlsx_export import export_workbook
from ramstein.services.xlsx_import import import_workbook


def sql(path: Path, query: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(path)  # read independently of the app's own reader
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def table_counts(path: Path) -> dict[str, int]:
    names = [r[0] for r in sql(path, "SELECT name FROM sqlite_master WHERE type='table'")]
    return {n: sql(path, f'SELECT COUNT(*) FROM "{n}"')[0][0] for n in names}


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

if SOFFICE is None:
    if os.environ.get("CI"):
        pytest.fail("LibreOffice (soffice) is missing: scripts/setup.sh --test installs it "
                    "(libreoffice-calc-nogui)", pytrace=False)
    pytestmark = pytest.mark.skip(reason="LibreOffice is not installed "
                                         "(apt-get install libreoffice-calc-nogui)")

FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods"}


def resave(source: Path, fmt: str, tmp: Path) -> Path:
    """Open `source` in LibreOffice Calc and save it as `fmt`, as a planner would."""
    out_dir = tmp / f"lo-{fmt}-{len(list(tmp.iterdir()))}"
    out_dir.mkdir()
    profile = tmp / "lo-profile"  # a private profile: no first-start dialogs, no shared lock
    assert SOFFICE is not None
    done = subprocess.run(
        [SOFFICE, "--headless", "--norestore", "--nolockcheck",
         f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", FILTERS[fmt], "--outdir", str(out_dir), str(source)],
        capture_output=True, text=True, timeout=180, check=False)
    target = out_dir / f"{source.stem}.{fmt}"
    assert done.returncode == 0 and target.is_file(), (done.stdout, done.stderr)
    if fmt == "xlsx":  # really Calc's file, not ours passed through
        with zipfile.ZipFile(target) as z:
            assert b"LibreOffice" in z.read("docProps/app.xml")
    return target


def _state(ws: Any) -> Any:
    return (table_counts(ws.path), sql(ws.path, "SELECT * FROM pledges ORDER BY id"),
            sql(ws.path, "SELECT * FROM deliveries ORDER BY id"))


def _pledge(ws: Any, donor: str, capability: str, item: str, **kw: Any) -> Any:
    ref = ws.reference
    caps = {c.code: c.id for c in ref.capabilities}
    values: dict[str, Any] = {"quantity": Decimal(10), "unit": "pcs", "currency": "EUR",
                              "value_amount": Decimal("1000.00"),
                              "announced_on": date(2024, 5, 1)}
    values.update(kw)
    return ws.pledges.create(PledgeDraft(donor_id=ref.members_by_code[donor].id,
                                         capability_id=caps[capability], item=item, **values))


@pytest.fixture
def exported(ws: Any, tmp_path: Path) -> Path:
    """A small export with the awkward values: decimals, text that looks like a formula,
    non-ASCII text, an empty quantity and value, and a delivery."""
    first = _pledge(ws, "DEU", "iamd", "IRIS-T SLM fire unit", value_amount=Decimal("1234567.89"),
                    notes="=SUM(A1:A9) stays text")
    _pledge(ws, "POL", "artillery", "155 mm shells, Łódź plant", quantity=Decimal("12500"),
            unit="rounds", value_amount=Decimal("0.10"), announced_on=date(2023, 2, 24),
            notes="+48 contact; -1 buffer; @desk")
    _pledge(ws, "NOR", "maritime", "Raiding craft", quantity=None, value_amount=None,
            notes="Кількість уточнюється 🚤")
    ws.deliveries.create(first.id, quantity=Decimal(2), planned_on=date(2025, 3, 1))
    out = tmp_path / "export.xlsx"
    export_workbook(ws, out)
    return out


@pytest.mark.parametrize("route", [("xlsx",), ("ods", "xlsx")], ids=["xlsx", "via-ods"])
def test_saved_by_libreoffice_imports_with_no_change(ws: Any, exported: Path, tmp_path: Path,
                                                     route: tuple[str, ...]) -> None:
    path = exported
    for fmt in route:
        path = resave(path, fmt, tmp_path)
    before = _state(ws)
    doc = import_workbook(ws, path).as_json()
    assert doc["errors"] == []
    assert (doc["new"], doc["changed"], doc["conflicts"]) == (0, 0, 0)
    assert doc["unchanged"] >= 3  # the three pledges (and, once imported, the delivery)
    assert _state(ws) == before


def test_cell_edited_then_saved_by_libreoffice_is_exactly_that_change(
        ws: Any, exported: Path, tmp_path: Path) -> None:
    calc = resave(exported, "xlsx", tmp_path)
    wb = openpyxl.load_workbook(calc)
    sheet = wb["Pledges"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1)
               if sheet.cell(r, header.index("Item") + 1).value == "IRIS-T SLM fire unit")
    sheet.cell(row, header.index("Value") + 1).value = 2_500_000.5
    wb.save(calc)
    path = resave(calc, "xlsx", tmp_path)  # Calc saves the edited file once more

    plan = import_workbook(ws, path, dry_run=True).as_json()
    assert plan["errors"] == []
    assert (plan["new"], plan["changed"], plan["conflicts"]) == (0, 1, 0)
    change = plan["details"]["changed"][0]
    assert change["old"] == {"value_amount": "1234567.89"}
    assert change["new"] == {"value_amount": "2500000.5"}

    before = sql(ws.path, "SELECT * FROM pledges ORDER BY id")
    assert import_workbook(ws, path).applied
    after = sql(ws.path, "SELECT * FROM pledges ORDER BY id")
    assert after[1:] == before[1:]  # the other pledges are untouched
    assert after[0][0] == before[0][0] and after[0] != before[0]
    assert ws.pledges.get(after[0][0]).notes == "=SUM(A1:A9) stays text"
    values = {p.item: p.value_amount for p in (ws.pledges.get(r[0]) for r in
                                               ws.pledges.table_rows())}
    assert values["IRIS-T SLM fire unit"] == Decimal("2500000.50")
    assert values["155 mm shells, Łódź plant"] == Decimal("0.10")
