"""Export: layout from the schema, formula neutralisation (no <f> in any sheet), atomic write."""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ramstein.exchange.xlsx_schema import PLEDGES
from ramstein.exchange.xlsx_writer import WorkbookContent, write_workbook
from ramstein.services.pledges import PledgeDraft
from ramstein.services.xlsx_export import export_workbook, write_template

NASTY = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\nx",
         "#N/A", "#REF!", "=1+1"]


def sheet_xml(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")}


def test_no_formula_is_ever_written(tmp_path: Path) -> None:
    rows = [{"id": i, "version": 1, "donor": "Germany", "capability": "Air defence",
             "item": text, "notes": text, "source_ref": text} for i, text in enumerate(NASTY)]
    out = tmp_path / "x.xlsx"
    write_workbook(out, WorkbookContent(rows={"Pledges": rows}, lists={"donors": ["=evil()"]}))
    for name, xml in sheet_xml(out).items():
        assert b"<f>" not in xml and b"<f " not in xml, name
        assert b't="e"' not in xml, name
    wb = openpyxl.load_workbook(out)
    got = [c.value for c in wb["Pledges"]["F"][1:]]
    assert got == [t.replace("\r", "\n") for t in NASTY]  # XML end-of-line normalisation
    assert all(c.data_type == "s" for c in wb["Pledges"]["F"][1:])


def test_too_long_text_is_refused_not_truncated(tmp_path: Path) -> None:
    from ramstein.domain.errors import DomainError

    out = tmp_path / "x.xlsx"
    out.write_bytes(b"previous")
    with pytest.raises(DomainError, match="32,767"):
        write_workbook(out, WorkbookContent(rows={"Pledges": [{"notes": "x" * 40_000}]}, lists={}))
    assert out.read_bytes() == b"previous"  # the old file survives a failed export
    assert not list(tmp_path.glob(".*.tmp"))


def _pledge(ws: Any, notes: str = "", item: str = "IRIS-T SLM") -> Any:
    de = ws.reference.members_by_code["DEU"]
    cap = ws.reference.capabilities[0]
    from datetime import date
    from decimal import Decimal

    return ws.pledges.create(PledgeDraft(donor_id=de.id, capability_id=cap.id, item=item,
                                         quantity=Decimal(3), unit="pcs",
                                         value_amount=Decimal("1234567.5"),
                                         announced_on=date(2024, 3, 1), notes=notes))


def test_export_layout(ws: Any, tmp_path: Path) -> None:
    for text in NASTY:
        _pledge(ws, notes=text)
    out = tmp_path / "e.xlsx"
    result = export_workbook(ws, out)
    assert result.pledges == len(NASTY)
    for xml in sheet_xml(out).values():
        assert b"<f>" not in xml
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Instructions", "Pledges", "Deliveries", "Members", "Lists"]
    sh = wb["Pledges"]
    assert [c.value for c in sh[1]] == list(PLEDGES.labels)
    assert sh.freeze_panes == "A2" and sh.auto_filter.ref.startswith("A1:")
    assert sh.column_dimensions["A"].hidden and sh.column_dimensions["B"].hidden
    assert wb["Lists"].sheet_state == "hidden"
    assert sh["K2"].is_date and sh["K2"].number_format == "yyyy-mm-dd"
    assert sh["I2"].value == 1234567.5 and sh["I2"].data_type == "n"
    formulas = {dv.formula1 for dv in sh.data_validations.dataValidation}
    assert any(f and f.startswith("'Lists'!$A$2") for f in formulas)
    info = ws.db.info()
    assert info["database_id"] in wb.properties.description
    assert info["classification"] in sh.oddHeader.center.text
    assert wb["Instructions"]["A1"].value == info["classification"]
    for name in ("Instructions", "Pledges", "Deliveries", "Members"):  # printed one page wide
        setup = wb[name].page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
        assert wb[name].sheet_properties.pageSetUpPr.fitToPage
    assert sh.print_title_rows == "$1:$1"  # the header repeats on every printed page


def test_template_is_empty_with_dropdowns(ws: Any, tmp_path: Path) -> None:
    out = write_template(ws, tmp_path / "t.xlsx", "POL")
    wb = openpyxl.load_workbook(out)
    assert wb["Pledges"].max_row == 1
    assert [wb["Lists"]["A2"].value, wb["Lists"]["A3"].value] == ["Poland", None]
    assert re.search(r"Poland", wb["Instructions"]["B5"].value or "")


class _CancelAt:
    """A progress that the user cancels once `at` rows are written; records what it was told."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.reports: list[tuple[int, int, str]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))

    @property
    def cancelled(self) -> bool:
        return any(done >= self.at for done, _, _ in self.reports)


def test_export_reports_progress_and_a_cancel_keeps_the_old_file(
        demo_ws: Any, tmp_path: Path, monkeypatch: Any) -> None:
    import ramstein.services.xlsx_export as X
    from ramstein.services.progress import Cancelled

    monkeypatch.setattr(X, "REPORT_EVERY", 100)
    openpyxl_temp = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    target = tmp_path / "out" / "e.xlsx"
    target.parent.mkdir()
    done = _CancelAt(10**9)
    result = export_workbook(demo_ws, target, progress=done)
    total = result.pledges + result.deliveries
    assert done.reports[-1] == (total, total, "written")
    assert (300, total, "writing pledges") in done.reports
    before = target.read_bytes()

    with pytest.raises(Cancelled):
        export_workbook(demo_ws, target, progress=_CancelAt(300))
    assert target.read_bytes() == before  # the previous export is untouched
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= openpyxl_temp
    assert [p.name for p in target.parent.iterdir()] == ["e.xlsx"]  # no temporary file left
