"""Read an exchange workbook back: pre-flight checks, header lookup, cell-by-cell validation.

The reader knows the schema's types, not the database: it returns typed values (Decimal, int,
date, str) and leaves list values (donor, capability, status …) as text for the service to
resolve. Every problem names its sheet and cell (`Pledges!F17`). Nothing here touches the
database.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from ..domain.errors import DomainError
from ..domain.money import to_decimal
from .xlsx_schema import KNOWN_SHEETS, SHEETS, Column, Sheet

MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_ROWS = 1_000_000
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


class WorkbookRejected(DomainError):
    """The file cannot be read as one of our workbooks (not xlsx, unsafe, too large …)."""


@dataclass(frozen=True)
class CellIssue:
    sheet: str
    cell: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"sheet": self.sheet, "cell": self.cell, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return f"{where}: {self.message}"


@dataclass
class SheetRow:
    number: int  # the spreadsheet row number (1 is the header)
    values: dict[str, Any]  # column key -> typed value (None when empty)
    cells: dict[str, str]  # column key -> cell address, for messages


@dataclass
class SheetData:
    sheet: Sheet
    present: frozenset[str]  # keys of the columns found in the header
    rows: list[SheetRow] = field(default_factory=list)


@dataclass
class WorkbookData:
    sheets: dict[str, SheetData]
    errors: list[CellIssue]
    warnings: list[str]
    database_id: str = ""


def preflight(path: Path) -> str:
    """Refuse what is not a safe xlsx before any XML parser sees it; return the database id
    recorded in the document properties ("" if none)."""
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise WorkbookRejected("XML protection (defusedxml) is off: OPENPYXL_DEFUSEDXML must "
                               "not be set to False")
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise WorkbookRejected(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    if not head:
        raise WorkbookRejected(f"{path.name}: the file is empty")
    if head.startswith(OLE_MAGIC):
        raise WorkbookRejected(f"{path.name}: the workbook is password-protected or an old .xls; "
                               "save it as an unprotected .xlsx (Excel Workbook) and try again")
    if not zipfile.is_zipfile(path):
        raise WorkbookRejected(f"{path.name}: not an .xlsx workbook")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            total = sum(i.file_size for i in infos)
            if total > MAX_TOTAL_BYTES:
                raise WorkbookRejected(f"{path.name}: unpacks to {total / 2**20:.0f} MB, more "
                                       f"than the {MAX_TOTAL_BYTES // 2**20} MB an import accepts")
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise WorkbookRejected(f"{path.name}: a zip file, but not an .xlsx workbook")
            for info in infos:
                if info.file_size > MAX_MEMBER_BYTES:
                    raise WorkbookRejected(f"{path.name}: part {info.filename} unpacks to "
                                           f"{info.file_size / 2**20:.0f} MB (limit "
                                           f"{MAX_MEMBER_BYTES // 2**20} MB)")
                if info.filename.endswith((".xml", ".rels")):
                    with z.open(info) as part:
                        start = part.read(4096)
                    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                        raise WorkbookRejected(f"{path.name}: unsafe content (an XML entity "
                                               f"declaration in {info.filename})")
            core = z.read("docProps/core.xml") if "docProps/core.xml" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise WorkbookRejected(f"{path.name}: the workbook is damaged ({exc})") from None
    found = re.search(rb"database=([0-9a-fA-F-]{8,64})", core)
    return found.group(1).decode() if found else ""


def lock_file_warning(path: Path) -> str | None:
    for lock in (path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#")):
        if lock.exists():
            return (f"{path.name} seems to be open in Excel or LibreOffice ({lock.name} exists); "
                    "edits not saved yet are not imported")
    return None


def read_workbook(path: Path, *, parse_text_date: Callable[[str], date],
                  sheets: tuple[Sheet, ...] | None = None) -> WorkbookData:
    """Pre-flight, then read and type-check the importable sheets (calamine, fast)."""
    path = Path(path)
    database_id = preflight(path)
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(os.fspath(path))
        names = list(wb.sheet_names)
    except Exception as exc:  # calamine raises its own error types for damaged parts
        raise WorkbookRejected(f"{path.name}: the workbook cannot be read ({exc})") from None
    errors: list[CellIssue] = []
    warnings: list[str] = []
    for name in names:
        if name not in KNOWN_SHEETS:
            warnings.append(f"sheet '{name}' is not one of ours and was ignored")
    out: dict[str, SheetData] = {}
    for sheet in sheets or tuple(s for s in SHEETS if s.importable):
        if sheet.name not in names:
            continue
        try:
            grid = wb.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False)
        except Exception as exc:
            raise WorkbookRejected(f"{path.name}: sheet {sheet.name} cannot be read ({exc})") from None
        out[sheet.name] = _read_sheet(sheet, grid, errors, parse_text_date)
    if not out:
        raise WorkbookRejected(f"{path.name}: no Pledges or Deliveries sheet; is this a "
                               "Ramstein Planner workbook or template?")
    return WorkbookData(out, errors, warnings, database_id)


def _fold(text: Any) -> str:
    return " ".join(str(text).casefold().split())


def _read_sheet(sheet: Sheet, grid: list[list[Any]], errors: list[CellIssue],
                parse_text_date: Callable[[str], date]) -> SheetData:
    header = grid[0] if grid else []
    by_label = {_fold(c.label): c for c in sheet.columns}
    positions: dict[str, int] = {}
    for i, text in enumerate(header):
        col = by_label.get(_fold(text)) if isinstance(text, str) else None
        if col is not None and col.key not in positions:
            positions[col.key] = i
    wanted = [c for c in sheet.columns if c.imported and c.key in positions]
    missing = [c.label for c in sheet.columns if c.required and c.key not in positions]
    data = SheetData(sheet, frozenset(positions))
    if missing:
        errors.append(CellIssue(sheet.name, "1", f"the required column{'s' if len(missing) > 1 else ''} "
                                f"{', '.join(missing)} {'are' if len(missing) > 1 else 'is'} missing "
                                "from the header row"))
        return data
    if len(grid) > MAX_ROWS:
        errors.append(CellIssue(sheet.name, "", f"{len(grid):,} rows is more than an import takes"))
        return data
    letters = {c.key: get_column_letter(positions[c.key] + 1) for c in wanted}
    for n, cells in enumerate(grid[1:], start=2):
        raw = {c.key: (cells[positions[c.key]] if positions[c.key] < len(cells) else None)
               for c in wanted}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw.values()):
            continue  # an empty row (validation ranges and formats leave many)
        values: dict[str, Any] = {}
        addresses = {key: f"{letters[key]}{n}" for key in raw}
        for col in wanted:
            try:
                values[col.key] = convert(col, raw[col.key], parse_text_date)
            except DomainError as exc:
                errors.append(CellIssue(sheet.name, addresses[col.key], f"{col.label}: {exc}"))
                values[col.key] = None
                continue
            if col.required and values[col.key] is None:
                errors.append(CellIssue(sheet.name, addresses[col.key],
                                        f"{col.label}: required, the cell is empty"))
        data.rows.append(SheetRow(n, values, addresses))
    return data


_ERROR_CELL = re.compile(r"^#(NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A)$")


def convert(col: Column, value: Any, parse_text_date: Callable[[str], date]) -> Any:
    """One cell to the column's type, or DomainError saying what is wrong with it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise DomainError(f"'{value}' is a yes/no value")
    kind = col.type
    if kind in ("text", "choice"):
        if isinstance(value, float):
            value = int(value) if value.is_integer() else repr(value)
        if isinstance(value, datetime | date):
            value = value.isoformat()[:10] if not isinstance(value, datetime) or \
                value.time() == datetime.min.time() else value.isoformat(sep=" ")
        text = str(value).replace("\r\n", "\n").replace("\r", "\n")
        return text.strip() if kind == "choice" or col.required else text
    if isinstance(value, str) and _ERROR_CELL.match(value.strip()) and kind != "text":
        raise DomainError(f"the cell holds the error {value.strip()}")
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            return parse_text_date(value)
        raise DomainError(f"'{value}' is not a date (use YYYY-MM-DD, e.g. 2024-03-01)")
    if isinstance(value, datetime | date):
        raise DomainError(f"'{value}' is a date, not a number")
    try:
        number = to_decimal(value, col.label)
    except DomainError as exc:
        raise DomainError(str(exc).removeprefix(f"{col.label}: ")) from None
    if number < 0:
        raise DomainError(f"'{value}' is negative")
    if kind == "int":
        if number != number.to_integral_value():
            raise DomainError(f"'{value}' is not a whole number")
        return int(number)
    return number.normalize() if number != number.to_integral_value() else Decimal(int(number))
