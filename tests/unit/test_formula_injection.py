"""Exported workbooks and calendars never turn user text into a formula (OWASP CSV injection)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ramstein.domain.errors import DomainError
from ramstein.domain.records import Pledge
from ramstein.services import pledge_rows as R
from ramstein.services.calendar import export_ics
from ramstein.services.xlsx_export import export_workbook

PAYLOADS = ['=HYPERLINK("http://x.invalid","click")', "+1+1", "-2+3", "@SUM(A1:A2)",
            "\tcmd", "\r=1+1", "=cmd|' /C calc'!A0"]


def test_user_text_is_never_a_formula(ws: Any, make_pledge: Callable[..., Pledge],
                                      tmp_path: Path) -> None:
    for n, text in enumerate(PAYLOADS):
        pledge = make_pledge(item=f"{text} item", notes=text, source_ref=text)
        ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2027, 1, n + 1),
                             delay_reason=text, notes=text)
    target = tmp_path / "export.xlsx"
    export_workbook(ws, target)
    with zipfile.ZipFile(target) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            assert not re.search(rb"<f[ >]", z.read(name)), f"a formula in {name}"
    book = openpyxl.load_workbook(target)
    read = {sheet: [[c.value for c in row] for row in book[sheet].iter_rows()]
            for sheet in ("Pledges", "Deliveries")}
    for sheet, rows in read.items():
        header = rows[0]
        notes = [r[header.index("Notes")] for r in rows[1:]]
        # a raw CR reads back as LF (XML end-of-line rules); the text is otherwise the same
        assert sorted(notes) == sorted(p.replace("\r", "\n") for p in PAYLOADS), sheet
    deliveries = read["Deliveries"]
    at = deliveries[0].index("Delay reason")
    assert sorted(r[at] for r in deliveries[1:]) == sorted(p.replace("\r", "\n") for p in PAYLOADS)
    pledges = read["Pledges"]
    at = pledges[0].index("Item")
    stored = [r[R.ITEM] for r in ws.pledges.table_rows()]  # as saved (the service trims items)
    assert any(s.startswith(("=", "+", "-", "@")) for s in stored)
    assert sorted(r[at] for r in pledges[1:]) == sorted(s.replace("\r", "\n") for s in stored)

def test_ics_descriptions_carry_the_raw_text(ws: Any, make_pledge: Callable[..., Pledge],
                                             tmp_path: Path) -> None:
    from icalendar import Calendar

    pledge = make_pledge(item="=1+1 item")
    for n, text in enumerate(PAYLOADS):
        ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2027, 1, n + 1),
                             notes=f"{text}; a,b\\c")
    target = tmp_path / "cal.ics"
    export_ics(ws, target)
    cal = Calendar.from_ical(target.read_bytes())
    descriptions = sorted(str(e["description"]) for e in cal.walk("VEVENT"))
    assert len(descriptions) == len(PAYLOADS)
    for text in PAYLOADS:
        shown = text.replace("\r", "\n")  # a CR reads back as a line break
        assert any(f"Notes: {shown}; a,b\\c" in d.replace("\r", "\n") for d in descriptions), text
    assert b"\\;" in target.read_bytes() and b"\\," in target.read_bytes()  # RFC 5545 escapes


def test_excel_counts_an_emoji_as_two(ws: Any, make_pledge: Callable[..., Pledge],
                                      tmp_path: Path) -> None:
    """20,000 emoji are 40,000 characters for Excel (UTF-16): refused, never truncated."""
    make_pledge(notes="🚀" * 20_000)
    with pytest.raises(DomainError, match=r"Pledges row 2, notes: the text has 20,000 "
                                          r"characters \(40,000 as Excel counts them\)"):
        export_workbook(ws, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
