"""Reader: the fast per-column converters give exactly what `convert` gives (values and
messages), numbers read back without binary noise, the zip limits hold."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ramstein.domain.errors import DomainError
from ramstein.exchange import xlsx_reader as X
from ramstein.exchange.xlsx_schema import DELIVERIES, PLEDGES
from ramstein.services.clipboard import parse_day

COLUMNS = [c for s in (PLEDGES, DELIVERIES) for c in s.columns if c.imported]
CELLS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(0, 1e7).map(lambda f: round(f, 3)),  # what a planner types
    st.sampled_from([0.0, -0.0, 1234.5, 0.1, 2.0**53, 2.0**53 + 2, 1e22, 1.2345678901234567e30]),
    st.dates(), st.datetimes(),
    st.text(max_size=12), st.sampled_from(["", " ", "\r\n", "a\r\nb\rc", " x ", "#N/A", "12",
                                            "1,234.5", "2024-03-01", "-3"]),
)


def _outcome(fn: Any, value: Any) -> tuple[str, Any]:
    try:
        result = fn(value)
    except DomainError as exc:
        return "error", str(exc)
    return type(result).__name__, repr(result)  # repr: Decimal('1234.5') != Decimal('1234.50')


@settings(max_examples=400, deadline=None)
@given(value=CELLS, index=st.integers(0, len(COLUMNS) - 1))
def test_fast_converter_is_exactly_convert(value: Any, index: int) -> None:
    col = COLUMNS[index]
    fast = X.converter(col, parse_day)
    assert _outcome(fast, value) == _outcome(lambda v: X.convert(col, v, parse_day), value)


@pytest.mark.parametrize("col", COLUMNS, ids=lambda c: f"{c.type}-{c.key}")
def test_fast_converter_on_typical_cells(col: Any) -> None:
    fast = X.converter(col, parse_day)
    for value in (None, "", "  ", 3.0, 1234.5, 0.1, -1.0, float("nan"), date(2024, 3, 1),
                  datetime(2024, 3, 1, 12, 30), "Germany", "a\r\nb", True, "#REF!"):
        assert _outcome(fast, value) == _outcome(lambda v: X.convert(col, v, parse_day), value)


# Whole columns as calamine gives them (one type, "" for empty cells), and mixed ones.
COLUMN_VALUES = st.one_of(
    st.lists(CELLS, max_size=12),
    st.lists(st.one_of(st.integers(0, 10**6).map(float), st.just("")), max_size=30),
    st.lists(st.one_of(st.floats(0, 1e7).map(lambda f: round(f, 2)), st.just(0.0)), max_size=30),
    st.lists(st.one_of(st.dates(), st.just(""), st.datetimes()), max_size=30),
    st.lists(st.one_of(st.sampled_from(["Germany", "", " ", " x ", "\u00a0", "a\u2003"]),
                       st.text(max_size=6)), max_size=30),
)


@settings(max_examples=300, deadline=None)
@given(values=COLUMN_VALUES, index=st.integers(0, len(COLUMNS) - 1))
def test_whole_column_is_exactly_cell_by_cell(values: list[Any], index: int) -> None:
    col = COLUMNS[index]
    typed, problems = X.convert_column(col, list(values), parse_day)
    got = [("error", problems[i]) if i in problems else (type(v).__name__, repr(v))
           for i, v in enumerate(typed)]
    assert got == [_outcome(X.converter(col, parse_day), v) for v in values]
    assert all(typed[i] is None for i in problems)


def test_strip_and_isspace_agree_on_every_character() -> None:
    # the whole-column path takes "strips to empty" for "empty or blank" (str.isspace)
    for n in range(0x110000):
        ch = chr(n)
        assert (ch.strip() == "") == ch.isspace(), hex(n)


def _workbook(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.title = "Pledges"
    sh.append(list(PLEDGES.labels))
    for row in rows:
        sh.append(row)
    wb.save(path)
    return path


def _row(**values: Any) -> list[Any]:
    base = {"donor": "Germany", "capability": "Artillery", "item": "Shells", "status": "Announced"}
    base.update(values)
    return [base.get(c.key) for c in PLEDGES.columns]


def test_numbers_read_back_exactly(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "n.xlsx", [
        _row(value_amount=1234.5, quantity=3),
        _row(value_amount=0.1, quantity=2.125),
        _row(value_amount=12345678.12, quantity=1e6),
        _row(value_amount=10**17, funding_year=2024),
    ])
    rows = X.read_workbook(path, parse_text_date=parse_day).sheets["Pledges"].rows
    got = [(repr(r.values["value_amount"]), repr(r.values["quantity"])) for r in rows]
    assert got == [("Decimal('1234.5')", "Decimal('3')"), ("Decimal('0.1')", "Decimal('2.125')"),
                   ("Decimal('12345678.12')", "Decimal('1000000')"),
                   ("Decimal('100000000000000000')", "None")]
    assert rows[3].values["funding_year"] == 2024 and type(rows[3].values["funding_year"]) is int


def test_bad_cells_are_named_in_column_order(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "b.xlsx", [
        _row(),
        _row(donor=None, quantity=-2, announced_on="soon", funding_year=2024.5),
        [None] * len(PLEDGES.columns),  # an empty row is skipped, not an error
        _row(item="  "),
    ])
    book = X.read_workbook(path, parse_text_date=parse_day)
    assert [(e.cell, e.message.split(":")[0]) for e in book.errors] == [
        ("D3", "Donor"), ("G3", "Quantity"), ("K3", "Announced"), ("N3", "Funding year"),
        ("F5", "Item"),
    ]
    assert "is negative" in book.errors[1].message
    assert book.errors[4].message == "Item: required, the cell is empty"
    assert [r.number for r in book.sheets["Pledges"].rows] == [2, 3, 5]
    assert book.sheets["Pledges"].rows[1].cells["quantity"] == "G3"


def test_a_part_over_the_limit_is_refused_before_parsing(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = _workbook(tmp_path / "big.xlsx", [_row(notes="x" * 5000) for _ in range(20)])
    monkeypatch.setattr(X, "MAX_MEMBER_BYTES", 50_000)
    with pytest.raises(X.WorkbookRejected, match=r"part xl/worksheets/sheet1.xml unpacks to"):
        X.read_workbook(path, parse_text_date=parse_day)
    monkeypatch.setattr(X, "MAX_MEMBER_BYTES", 10**9)
    monkeypatch.setattr(X, "MAX_TOTAL_BYTES", 50_000)
    with pytest.raises(X.WorkbookRejected, match=r"unpacks to \d+ MB, more than"):
        X.read_workbook(path, parse_text_date=parse_day)


def test_limits_leave_room_for_a_large_export() -> None:
    # 100k pledges + 300k deliveries: Deliveries part about 120 MB, all parts about 210 MB.
    assert X.MAX_MEMBER_BYTES >= 4 * 120 * 2**20 and X.MAX_TOTAL_BYTES >= 4 * 210 * 2**20


def test_entity_in_a_worksheet_is_refused(tmp_path: Path) -> None:
    src = _workbook(tmp_path / "s.xlsx", [_row()])
    bad = tmp_path / "e.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "b">]>' + data
            zout.writestr(info, data)
    with pytest.raises(X.WorkbookRejected, match="unsafe content"):
        X.read_workbook(bad, parse_text_date=parse_day)
