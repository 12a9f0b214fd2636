"""Property: export, edit N random text/number cells of the Pledges and Deliveries sheets with
openpyxl, import: exactly those N changes are reported and applied; re-importing then changes
nothing."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ramstein.services import open_workspace
from ramstein.services.pledges import PledgeDraft
from ramstein.services.xlsx_export import export_workbook
from ramstein.services.xlsx_import import import_workbook

ROWS = 6
# column letter -> (sheet key, strategy of new values)
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
               min_size=1, max_size=30).map(str.strip).filter(bool)
COLUMNS = {
    ("Pledges", "F"): ("item", TEXT.filter(lambda t: not t.startswith("'"))),
    ("Pledges", "H"): ("unit", TEXT),
    ("Pledges", "O"): ("source_ref", TEXT),
    ("Pledges", "P"): ("notes", TEXT),
    ("Pledges", "G"): ("quantity", st.integers(0, 10**6)),
    ("Pledges", "N"): ("funding_year", st.integers(2022, 2030)),
    ("Deliveries", "D"): ("quantity", st.integers(0, 10**6)),
    ("Deliveries", "I"): ("delay_reason", TEXT),
    ("Deliveries", "J"): ("notes", TEXT),
}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.dictionaries(st.tuples(st.integers(2, ROWS + 1), st.sampled_from(sorted(COLUMNS))),
                             st.none(), min_size=1, max_size=8),
       data=st.data())
def test_exactly_the_edited_cells_change(edits: dict[tuple[int, tuple[str, str]], None],
                                         data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "p.db", user="prop", today=lambda: date(2026, 11, 23))
        try:
            de = ws.reference.members_by_code["DEU"]
            cap = ws.reference.capabilities[0]
            pledges = ws.pledges.create_many([
                PledgeDraft(donor_id=de.id, capability_id=cap.id, item=f"I{i}",
                            quantity=Decimal(i), funding_year=2024)
                for i in range(ROWS)])
            for i, p in enumerate(pledges):
                ws.deliveries.create(p.id, quantity=Decimal(i), planned_on=date(2025, 1, 1),
                                     notes=f"d{i}")
            out = Path(tmp) / "e.xlsx"
            export_workbook(ws, out)
            wb = openpyxl.load_workbook(out)
            expected: dict[tuple[str, int], dict[str, object]] = {}
            for row, (sheet, col) in edits:
                sh = wb[sheet]
                key, strategy = COLUMNS[sheet, col]
                old = sh[f"{col}{row}"].value
                new = data.draw(strategy.filter(lambda v, old=old: str(v) != str(old)))
                sh[f"{col}{row}"] = new
                sh[f"{col}{row}"].data_type = "s" if isinstance(new, str) else "n"
                expected.setdefault((sheet, sh[f"A{row}"].value), {})[key] = new
            wb.save(out)
            result = import_workbook(ws, out)
            doc = result.as_json()
            assert doc["errors"] == [] and doc["applied"], doc
            for sheet, counts in (("Pledges", doc["pledges"]), ("Deliveries", doc["deliveries"])):
                edited = sum(s == sheet for s, _ in expected)
                assert (counts["changed"], counts["unchanged"]) == (edited, ROWS - edited)
            assert len(doc["details"]["changed"]) == len(expected)
            for change in doc["details"]["changed"]:
                got = {k: (int(v) if k == "quantity" else v) for k, v in change["new"].items()}
                assert got == expected[change["sheet"], change["id"]]
            again = import_workbook(ws, out).as_json()
            assert again["changed"] == 0 and again["conflicts"] == 0
            assert again["deliveries"]["changed"] == 0 and again["deliveries"]["conflicts"] == 0
        finally:
            ws.close()
