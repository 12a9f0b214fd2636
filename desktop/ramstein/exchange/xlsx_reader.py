"""Read an exchange workbook back: pre-flight checks, header lookup, validation of every cell.

The reader knows the schema's types, not the database: it returns typed values (Decimal, int,
date, str) and leaves list values (donor, capability, status …) as text for the service to
resolve. Every problem names its sheet and cell (`Pledges!F17`). Nothing here touches the
database.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import repeat
from operator import is_, itemgetter
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


# C0 control characters other than tab, LF and CR: calamine decodes them (from `_x0007_`
# escapes or character references) but they mean nothing in a planner's text, a NUL among
# them; they are removed on import (vertical tab and form feed, Word's soft breaks, become line
# breaks), as the writer removes them on export.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def strip_control(text: str) -> str:
    return CONTROL.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else "", text)


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


@dataclass(frozen=True)
class SheetLayout:
    """Where a sheet's typed values sit: the keys of the columns read, in order, and their
    letters (a cell's address is its letter and the row number, made only when needed)."""

    name: str
    keys: tuple[str, ...] = ()
    letters: tuple[str, ...] = ()

    @property
    def index(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.keys)}


class SheetRow:
    """One row of a sheet: its number and its typed values, with `values` (column key ->
    value) and `cells` (column key -> address) as dicts made on demand."""

    __slots__ = ("layout", "number", "typed")

    def __init__(self, number: int, typed: tuple[Any, ...], layout: SheetLayout) -> None:
        self.number = number  # the spreadsheet row number (1 is the header)
        self.typed = typed  # typed values (None when empty), in layout.keys order
        self.layout = layout

    @property
    def values(self) -> dict[str, Any]:
        return dict(zip(self.layout.keys, self.typed, strict=True))

    @property
    def cells(self) -> dict[str, str]:
        row = str(self.number)
        return {k: letter + row for k, letter in zip(self.layout.keys, self.layout.letters,
                                                    strict=True)}

    def __repr__(self) -> str:
        return f"SheetRow({self.number}, {self.values!r})"


@dataclass
class SheetData:
    """The non-empty rows of a sheet, kept as one tuple of typed values per row (400k rows of
    dicts would cost far more memory and time); `rows` gives them as SheetRow."""

    sheet: Sheet
    present: frozenset[str]  # keys of the columns found in the header
    layout: SheetLayout
    numbers: list[int] = field(default_factory=list)  # the row numbers
    values: list[tuple[Any, ...]] = field(default_factory=list)  # their typed values

    def __len__(self) -> int:
        return len(self.numbers)

    def row(self, i: int) -> SheetRow:
        return SheetRow(self.numbers[i], self.values[i], self.layout)

    @property
    def rows(self) -> list[SheetRow]:
        return [SheetRow(n, t, self.layout) for n, t in zip(self.numbers, self.values,
                                                            strict=True)]


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
                        _check_part(path, info.filename, part)
            core = z.read("docProps/core.xml") if "docProps/core.xml" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise WorkbookRejected(f"{path.name}: the workbook is damaged ({exc})") from None
    found = re.search(rb"database=([0-9a-fA-F-]{8,64})", core)
    return found.group(1).decode() if found else ""


# A sheet is read as a full grid from A1 to its last cell: one cell at XFD1048576 would make
# 17 billion of them (calamine aborts the process when the allocation fails). Our largest
# export has 3.6 million; a foreign sheet of 1M rows x 50 columns stays under the cap.
MAX_GRID_CELLS = 50_000_000
MAX_PROLOG_BYTES = 1024 * 1024  # comments and processing instructions before the root element
# Looking at every cell address costs a second on a 200 MB export, so only these are read:
# the rows' numbers, the cells past column Z (few: none in our sheets) and any cell with a
# 7-digit row. What stays unread, a one-letter cell whose row is past its <row>'s, spans at
# most 999,999 x 26 cells, under the cap.
_ROW_REF = re.compile(rb'<row r="([0-9]+)"')
_WIDE_REF = re.compile(rb' r="([A-Z]{2,})([0-9]+)"')
_FAR_ROW = re.compile(rb' r="[A-Z]+([0-9]{7,})"')
_CHUNK = 4 * 1024 * 1024


def _check_part(path: Path, name: str, part: Any) -> None:
    """Refuse an XML part with a document type declaration (the place for entities, which
    must come before the root element), and a worksheet whose grid would be too large."""
    data = _check_prolog(path, name, part.read(_CHUNK), part)
    if not name.startswith("xl/worksheets/"):
        return
    rows, cols, tail = 0, 26, b""
    while data:
        text = tail + data
        far = _FAR_ROW.search(text)
        if far:
            rows = int(far.group(1))
        numbers = _ROW_REF.findall(text)
        if numbers:
            rows = max(rows, max(map(int, numbers)))
        wide = _WIDE_REF.findall(text)
        if wide:
            cols = max(cols, max(map(_column_number, {c for c, _ in wide})))
            rows = max(rows, max(int(r) for _, r in wide))
        if far:
            raise WorkbookRejected(f"{path.name}: part {name} has a cell in row {rows:,}; an "
                                   f"import reads at most {MAX_ROWS:,} rows")
        if rows * cols > MAX_GRID_CELLS:
            raise WorkbookRejected(f"{path.name}: part {name} reaches row {rows:,} and column "
                                   f"{get_column_letter(min(cols, 18_278))}: a grid of more than "
                                   f"{MAX_GRID_CELLS:,} cells is more than an import reads")
        tail = text[-64:]
        data = part.read(_CHUNK)


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _check_prolog(path: Path, name: str, data: bytes, part: Any) -> bytes:
    """Walk the declaration, comments and processing instructions before the root element;
    return the bytes read so far."""
    at = 0
    while True:
        while len(data) - at < 16 and len(data) < MAX_PROLOG_BYTES:
            more = part.read(_CHUNK)
            if not more:
                break
            data += more
        while at < len(data) and data[at] in b" \t\r\n\xef\xbb\xbf":
            at += 1
        if data.startswith(b"<!DOCTYPE", at) or data.startswith(b"<!ENTITY", at):
            raise WorkbookRejected(f"{path.name}: unsafe content (an XML document type or entity "
                                   f"declaration in {name})")
        end_mark = b"?>" if data.startswith(b"<?", at) else \
            b"-->" if data.startswith(b"<!--", at) else None
        if end_mark is None:
            return data  # the root element (or not XML: the parser says so)
        end = data.find(end_mark, at)
        while end == -1 and len(data) < MAX_PROLOG_BYTES:
            more = part.read(_CHUNK)
            if not more:
                break
            data += more
            end = data.find(end_mark, at)
        if end == -1:
            raise WorkbookRejected(f"{path.name}: unsafe content (more than "
                                   f"{MAX_PROLOG_BYTES // 1024} KB before the root element of "
                                   f"{name})")
        at = end + len(end_mark)


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
    layout = SheetLayout(sheet.name, tuple(c.key for c in wanted),
                         tuple(get_column_letter(positions[c.key] + 1) for c in wanted))
    data = SheetData(sheet, frozenset(positions), layout)
    if missing:
        errors.append(CellIssue(sheet.name, "1", f"the required column{'s' if len(missing) > 1 else ''} "
                                f"{', '.join(missing)} {'are' if len(missing) > 1 else 'is'} missing "
                                "from the header row"))
        return data
    if len(grid) > MAX_ROWS:
        errors.append(CellIssue(sheet.name, "", f"{len(grid):,} rows is more than an import takes"))
        return data
    _read_rows(data, grid, wanted, [positions[c.key] for c in wanted], errors, parse_text_date)
    return data


def _read_rows(data: SheetData, grid: list[list[Any]], wanted: list[Column], picks: list[int],
               errors: list[CellIssue], parse_text_date: Callable[[str], date]) -> None:
    """Convert the non-empty rows column by column (`convert_column`: a whole column at once
    where its values allow, cell by cell where not), then zip the columns into row tuples.
    The messages come out in reading order: by row, then column."""
    raw = _columns(grid, picks)
    keep = _non_empty_rows(raw)
    if keep is None:
        numbers = list(range(2, len(raw[0]) + 2))
    else:
        numbers = [i + 2 for i in keep]
        raw = [[values[i] for i in keep] for values in raw]
    name, letters = data.sheet.name, data.layout.letters
    issues: list[tuple[int, int, str]] = []  # (row index, column index, message)
    columns: list[list[Any]] = []
    for j, col in enumerate(wanted):
        typed, problems = convert_column(col, raw[j], parse_text_date)
        raw[j] = []  # the raw values are not needed any more
        issues += [(i, j, f"{col.label}: {message}") for i, message in problems.items()]
        if col.required and None in typed:
            issues += [(i, j, f"{col.label}: required, the cell is empty")
                       for i, v in enumerate(typed) if v is None and i not in problems]
        columns.append(typed)
    issues.sort(key=itemgetter(0, 1))
    errors += [CellIssue(name, letters[j] + str(numbers[i]), message) for i, j, message in issues]
    data.numbers = numbers
    data.values = list(zip(*columns, strict=True))


def _columns(grid: list[list[Any]], picks: list[int]) -> list[Sequence[Any]]:
    """The values of the columns at `picks`, below the header."""
    width = max(picks) + 1
    body = grid[1:]
    if body and min(map(len, body)) < width:  # a short row: the cells past its end are empty
        body = [r if len(r) >= width else [*r, *[None] * (width - len(r))] for r in body]
    return [list(map(itemgetter(p), body)) for p in picks]


def _non_empty_rows(raw: list[Sequence[Any]]) -> list[int] | None:
    """Indices of the rows with a value in some column read (None: all of them). Empty rows
    are common (validation ranges and formats leave many); a column at a time, only the rows
    still empty so far are looked at again."""
    empty = list(range(len(raw[0])))
    for values in raw:
        empty = [i for i in empty if (v := values[i]) is None
                 or (v.__class__ is str and (not v or v.isspace()))]
        if not empty:
            return None
    gone = set(empty)
    return [i for i in range(len(raw[0])) if i not in gone]


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
            if CONTROL.search(value):
                value = strip_control(value)
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


_SLOW = object()  # marks a value the whole-column path leaves to `converter`


def convert_column(col: Column, values: Sequence[Any], parse_text_date: Callable[[str], date]
                   ) -> tuple[list[Any], dict[int, str]]:
    """`converter(col)` over a column: the typed values, and the message of each cell that
    does not convert (by index; its value is None). A column of the types calamine gives for
    it (text, whole numbers, dates, with "" for an empty cell) is converted with a few passes
    of built-ins; any other value goes through `converter` itself, so results and messages
    are exactly the cell-by-cell ones."""
    typed = _whole_column(col, values)
    problems: dict[int, str] = {}
    if typed is None:
        typed = [_SLOW] * len(values)
    elif not any(map(is_, typed, repeat(_SLOW))):
        return typed, problems
    conv = converter(col, parse_text_date)
    for i, mark in enumerate(typed):
        if mark is _SLOW:
            try:
                typed[i] = conv(values[i])
            except DomainError as exc:
                typed[i] = None
                problems[i] = str(exc)
    return typed, problems


def _whole_column(col: Column, values: Sequence[Any]) -> list[Any] | None:
    """The fast part of `convert_column`: typed values, _SLOW where a value needs `converter`
    (None: all of them). Each expression gives exactly what `converter` gives for the values
    it takes."""
    types = set(map(type, values))
    if col.type in ("text", "choice"):
        if types != {str}:
            return None
        joined = "".join(values)
        if "\r" in joined or CONTROL.search(joined):
            return None
        stripped = list(map(str.strip, values))  # "" for an empty or blank cell (isspace)
        if col.type == "choice" or col.required:
            return _shared([s or None for s in stripped])
        return [v if s else None for v, s in zip(values, stripped, strict=True)]
    if col.type == "date":
        if types == {date}:
            return list(values)
        return [v if v.__class__ is date else v.date() if v.__class__ is datetime
                else None if v == "" else _SLOW for v in values]
    if types == {float} and min(values) >= 0 and max(values) < _EXACT_INT \
            and all(map(float.is_integer, values)):  # whole numbers (NaN is not one)
        if col.type == "int":
            return list(map(int, values))
        return _shared_decimals(values)
    if col.type == "int":
        return [int(v) if v.__class__ is float and 0 <= v < _EXACT_INT and v.is_integer()
                else None if v == "" else _SLOW for v in values]
    return [Decimal(int(v)) if v.__class__ is float and 0 <= v < _EXACT_INT and v.is_integer()
            else None if v == "" else _SLOW for v in values]


def _shared(texts: list[str | None]) -> list[str | None]:
    """Equal texts as one object when they repeat (list columns: a few dozen names over 300k
    rows); a column of mostly distinct texts is left as it is."""
    distinct = set(texts)
    if len(distinct) * 2 > len(texts):
        return texts
    one = {t: t for t in distinct}
    return list(map(one.__getitem__, texts))


def _shared_decimals(whole: Sequence[float]) -> list[Decimal]:
    """Decimal(int(x)) for whole floats, one Decimal per distinct value when they repeat."""
    distinct = set(whole)
    if len(distinct) * 2 > len(whole):
        return list(map(Decimal, map(int, whole)))
    one = {x: Decimal(int(x)) for x in distinct}  # 0.0 and -0.0 are both Decimal(0)
    return list(map(one.__getitem__, whole))


_ERROR_CELL = re.compile(r"^#(NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A)$")


def convert(col: Column, value: Any, parse_text_date: Callable[[str], date]) -> Any:
    """One cell to the column's type, or DomainError saying what is wrong with it."""
    if isinstance(value, str) and CONTROL.search(value):
        value = strip_control(value)
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
