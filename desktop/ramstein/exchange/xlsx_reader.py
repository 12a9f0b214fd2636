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
from operator import itemgetter
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from ..domain.errors import DomainError
from ..domain.money import to_decimal
from .xlsx_schema import KNOWN_SHEETS, SHEETS, Column, Sheet

# Zip-bomb limits on the declared unpacked sizes (zipfile enforces them while reading). Our
# own export of 100k pledges and 300k deliveries unpacks to about 210 MB, its Deliveries part
# to about 120 MB (openpyxl writes every text as an inline string); the limits leave room for
# four times that and stay far from what a bomb unpacks to.
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_MEMBER_BYTES = 512 * 1024 * 1024
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
    _read_rows(data, grid, wanted, positions, errors, parse_text_date)
    return data


def _read_rows(data: SheetData, grid: list[list[Any]], wanted: list[Column],
               positions: dict[str, int], errors: list[CellIssue],
               parse_text_date: Callable[[str], date]) -> None:
    """Convert every non-empty row. A row whose cells all convert takes one comprehension;
    a row with a bad cell goes through `_convert_slowly` for its messages."""
    name = data.sheet.name
    keys = [c.key for c in wanted]
    letters = [get_column_letter(positions[c.key] + 1) for c in wanted]
    converters = [converter(c, parse_text_date) for c in wanted]
    required = [(i, c) for i, c in enumerate(wanted) if c.required]
    picks = [positions[k] for k in keys]
    width = max(picks) + 1
    pick = itemgetter(*picks) if len(picks) > 1 else (lambda cells: (cells[picks[0]],))
    for n, cells in enumerate(grid[1:], start=2):
        raw = pick(cells) if len(cells) >= width else \
            tuple(cells[i] if i < len(cells) else None for i in picks)
        for v in raw:
            if v.__class__ is str:
                if v and not v.isspace():
                    break
            elif v is not None:
                break
        else:
            continue  # an empty row (validation ranges and formats leave many)
        row = str(n)
        addresses = dict(zip(keys, [letter + row for letter in letters], strict=True))
        try:
            typed = [conv(v) for conv, v in zip(converters, raw, strict=True)]
        except DomainError:
            typed = _convert_slowly(name, wanted, converters, raw, addresses, errors)
        else:
            for i, col in required:
                if typed[i] is None:
                    errors.append(CellIssue(name, addresses[col.key],
                                            f"{col.label}: required, the cell is empty"))
        data.rows.append(SheetRow(n, dict(zip(keys, typed, strict=True)), addresses))


def _convert_slowly(name: str, wanted: list[Column], converters: list[Callable[[Any], Any]],
                    raw: tuple[Any, ...], addresses: dict[str, str],
                    errors: list[CellIssue]) -> list[Any]:
    """Cell by cell, in column order: each bad cell's message, then the empty required ones."""
    typed: list[Any] = []
    for col, conv, value in zip(wanted, converters, raw, strict=True):
        try:
            typed.append(conv(value))
        except DomainError as exc:
            errors.append(CellIssue(name, addresses[col.key], f"{col.label}: {exc}"))
            typed.append(None)
            continue
        if col.required and typed[-1] is None:
            errors.append(CellIssue(name, addresses[col.key],
                                    f"{col.label}: required, the cell is empty"))
    return typed


# The largest float whose integer value its shortest repr spells exactly (2**53): below it,
# Decimal(int(x)) is what Decimal(repr(x)) gives for a whole x; above it only repr is exact.
_EXACT_INT = float(2**53)


def converter(col: Column, parse_text_date: Callable[[str], date]) -> Callable[[Any], Any]:
    """`convert` for one column, with fast paths for the values calamine returns for it (str,
    float, date). Each fast path gives exactly what `convert` gives; anything else (and every
    value that is wrong) goes to `convert` itself, so the messages are the same."""

    def slow(value: Any) -> Any:
        return convert(col, value, parse_text_date)

    if col.type in ("text", "choice"):
        strip = col.type == "choice" or col.required

        def text(value: Any) -> Any:
            if value.__class__ is not str:
                return slow(value)
            if not value or value.isspace():
                return None
            if "\r" in value:
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            return value.strip() if strip else value

        return text
    if col.type == "date":

        def day(value: Any) -> Any:
            if value.__class__ is date:
                return value
            if value.__class__ is datetime:
                return value.date()
            return None if value == "" else slow(value)

        return day
    if col.type == "int":

        def whole(value: Any) -> Any:
            if value.__class__ is float and 0 <= value < _EXACT_INT and value.is_integer():
                return int(value)
            return None if value == "" else slow(value)

        return whole

    def number(value: Any) -> Any:
        if value.__class__ is float and 0 <= value < _INF:
            if value < _EXACT_INT and value.is_integer():
                return Decimal(int(value))
            exact = Decimal(repr(value))  # the shortest repr: 1234.5 stays 1234.5
            return exact.normalize() if exact != exact.to_integral_value() else Decimal(int(exact))
        return None if value == "" else slow(value)

    return number


_INF = float("inf")


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
