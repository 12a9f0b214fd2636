"""Reading a sheet that is not ours (.xlsx or .csv) as a header and rows of raw values.

Foreign sheets come with a title block above the header, extra columns, any column order and
CSV files in whatever encoding Excel chose. This module finds the header (or takes the row the
user gives), returns the cells as they are (str, float, date …) and names every cell the way a
user finds it again: `Sheet1!C7` in a workbook, `file.csv line 7, column 'Value'` in a CSV
file. Mapping the columns to pledge fields is the service's job (services/mapped_import.py).

The same safety rules as our own workbooks: an .xlsx passes `xlsx_reader.preflight` (zip bomb,
entity declaration, encrypted or .xls) before any XML parser sees it.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from ..domain.errors import DomainError
from .kiel import _null, _text
from .xlsx_reader import (
    CONTROL,
    MAX_ROWS,
    MAX_TOTAL_BYTES,
    lock_file_warning,
    preflight,
    strip_control,
)

HEADER_SCAN_ROWS = 30  # the header is looked for in the first rows only
MAX_COLUMNS = 500


class SheetFileError(DomainError):
    """The file cannot be read as a sheet (not xlsx/csv, damaged, unsafe, no such sheet …)."""


@dataclass(frozen=True)
class SheetRow:
    number: int  # xlsx: the spreadsheet row; csv: the line the record starts on
    values: tuple[Any, ...]  # raw cells, aligned with the header (missing cells are None)


@dataclass
class ForeignSheet:
    file_name: str
    sheet: str  # the worksheet name; for CSV, the file name
    is_csv: bool
    header_row: int  # 1-based row (xlsx) or record (csv) number of the header
    headers: tuple[str, ...]
    rows: list[SheetRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def column(self, header: str) -> int | None:
        """Position of a header (case-, spacing-insensitive); None when the sheet lacks it."""
        key = header_key(header)
        return next((i for i, h in enumerate(self.headers) if header_key(h) == key), None)

    def where(self, row: SheetRow | int, column: int) -> tuple[str, str]:
        """(sheet, cell) naming one cell for messages: ('Sheet1', 'C7') or
        ('file.csv', "line 7, column 'Value'")."""
        number = row.number if isinstance(row, SheetRow) else row
        if self.is_csv:
            name = self.headers[column] if column < len(self.headers) else str(column + 1)
            return self.file_name, f"line {number}, column '{name}'"
        return self.sheet, f"{get_column_letter(column + 1)}{number}"

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty values of a column as text (for the mapping table)."""
        out: list[str] = []
        for row in self.rows:
            value = row.values[column] if column < len(row.values) else None
            text = cell_text(value)
            if text:
                out.append(text)
                if len(out) == count:
                    break
        return out


def header_key(text: str) -> str:
    return " ".join(str(text).replace("\u00a0", " ").split()).casefold()


def cell_text(value: Any) -> str:
    """A cell as a person reads it: dates as ISO, 3.0 as 3, whitespace folded."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return _text(value)


# ---------------------------------------------------------------- entry points
def sheet_names(path: Path) -> list[str]:
    """The worksheets of an .xlsx file; a CSV file is one sheet named after the file."""
    path = Path(path)
    if not _is_xlsx(path):
        return [path.name]
    return list(_open_book(path).sheet_names)


def read_sheet(path: Path, *, sheet: str | None = None,
               header_row: int | None = None) -> ForeignSheet:
    """Read one sheet: the named one (default: the first), header found or the given row."""
    path = Path(path)
    if not path.is_file():
        raise SheetFileError(f"{path}: no such file")
    if _is_xlsx(path):
        grid, name = _xlsx_grid(path, sheet)
        out = _build(path.name, name, False, grid, header_row, list(range(1, len(grid) + 1)))
    else:
        grid, lines = _csv_grid(path)
        out = _build(path.name, path.name, True, grid, header_row, lines)
    warning = lock_file_warning(path)
    if warning:
        out.warnings.append(warning)
    return out


def _is_xlsx(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise SheetFileError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    # An OLE file goes to preflight too, which says what it is (password-protected or .xls).
    return (path.suffix.lower() in (".xlsx", ".xlsm", ".xls")
            or head.startswith((b"PK", bytes.fromhex("D0CF11E0"))))


# ---------------------------------------------------------------- xlsx
def _open_book(path: Path) -> Any:
    try:
        preflight(path)
    except DomainError as exc:
        raise SheetFileError(str(exc)) from None
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(os.fspath(path))
    except Exception as exc:  # calamine raises its own error types for damaged parts
        raise SheetFileError(f"{path.name}: the workbook cannot be read ({exc})") from None


def _xlsx_grid(path: Path, sheet: str | None) -> tuple[list[list[Any]], str]:
    book = _open_book(path)
    names = list(book.sheet_names)
    if not names:
        raise SheetFileError(f"{path.name}: the workbook has no sheets")
    name = names[0] if sheet is None else _find_sheet(path, names, sheet)
    try:
        grid = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as exc:
        raise SheetFileError(f"{path.name}: sheet '{name}' cannot be read ({exc})") from None
    return [list(r) for r in grid], name


def _find_sheet(path: Path, names: list[str], wanted: str) -> str:
    for name in names:
        if header_key(name) == header_key(wanted):
            return name
    raise SheetFileError(f"{path.name}: no sheet '{wanted}' (it has "
                         + ", ".join(f"'{n}'" for n in names) + ")")


# ---------------------------------------------------------------- csv
def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif raw.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif len(raw) >= 4 and raw[1] == 0 and raw[3] == 0 and raw[0] != 0:
        encoding = "utf-16-le"  # UTF-16 saved without a byte-order mark
    else:
        encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = (" Save it as 'CSV UTF-8' or 'Unicode Text' and try again"
                if encoding == "utf-8" else "")
        raise SheetFileError(f"{path.name}: not readable as {encoding.upper()} text (byte "
                             f"{exc.start}).{hint}") from None
    if "\x00" in text:
        raise SheetFileError(f"{path.name}: contains NUL characters; not a CSV text file")
    return text


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:  # one column, or too irregular to sniff: count instead
        counts = {d: sample.count(d) for d in (",", ";", "\t", "|")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _csv_grid(path: Path) -> tuple[list[list[Any]], list[int]]:
    size = path.stat().st_size
    if size > MAX_TOTAL_BYTES:
        raise SheetFileError(f"{path.name}: {size / 2**20:.0f} MB is more than the "
                             f"{MAX_TOTAL_BYTES // 2**20} MB an import accepts")
    text = _decode(path, path.read_bytes())
    if not text.strip():
        raise SheetFileError(f"{path.name}: the file is empty")
    sample = "\n".join(text[:20_000].splitlines()[:50])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(sample), strict=True)
    grid: list[list[Any]] = []
    lines: list[int] = []
    start = 1
    try:
        for record in reader:
            grid.append(record)
            lines.append(start)
            start = reader.line_num + 1
            if len(grid) > MAX_ROWS:
                raise SheetFileError(f"{path.name}: more than {MAX_ROWS:,} rows")
    except csv.Error as exc:
        raise SheetFileError(f"{path.name}: broken CSV near line {reader.line_num}: {exc} "
                             "(is the file truncated?)") from None
    return grid, lines


# ---------------------------------------------------------------- header and rows
def _is_label(value: Any) -> bool:
    """A cell that can be a column title: text that is not a number or a date."""
    if not isinstance(value, str):
        return False
    text = _null(value)
    if text is None:
        return False
    stripped = text.replace(",", "").replace(".", "").replace("/", "").replace("-", "")
    return not stripped.replace(" ", "").isdigit()


def detect_header(grid: list[list[Any]]) -> int:
    """0-based index of the header row: the first of the top rows with the most title-like
    cells (a title block above it has fewer; data rows have numbers and dates)."""
    scores = [sum(1 for v in row if _is_label(v)) for row in grid[:HEADER_SCAN_ROWS]]
    if not scores or max(scores) == 0:
        return 0
    return scores.index(max(scores))


def _build(file_name: str, sheet: str, is_csv: bool, grid: list[list[Any]],
           header_row: int | None, numbers: list[int]) -> ForeignSheet:
    if not grid:
        raise SheetFileError(f"{file_name}: sheet '{sheet}' is empty")
    if len(grid) > MAX_ROWS:
        raise SheetFileError(f"{file_name}: {len(grid):,} rows is more than an import takes")
    if header_row is not None:
        if not 1 <= header_row <= len(grid):
            raise SheetFileError(f"{file_name}: header row {header_row} is outside the sheet "
                                 f"(it has {len(grid)} rows)")
        at = header_row - 1
    else:
        at = detect_header(grid)
    raw_header = grid[at][:MAX_COLUMNS]
    while raw_header and not cell_text(raw_header[-1]):
        raw_header = raw_header[:-1]
    headers = tuple(cell_text(h) or f"Column {get_column_letter(i + 1)}"
                    for i, h in enumerate(raw_header))
    if not headers:
        raise SheetFileError(f"{file_name}: row {at + 1} of '{sheet}' is empty; give the "
                             "header row")
    out = ForeignSheet(file_name, sheet, is_csv, at + 1, headers)
    seen: set[str] = set()
    for name in headers:
        if header_key(name) in seen:
            out.warnings.append(f"{sheet}: the column '{name}' appears twice; the first is used")
        seen.add(header_key(name))
    width = len(headers)
    for cells, number in zip(grid[at + 1:], numbers[at + 1:], strict=True):
        values = tuple(strip_control(v) if v.__class__ is str and CONTROL.search(v) else v
                       for v in cells[:width]) + (None,) * (width - min(len(cells), width))
        if any(cell_text(v) for v in values):
            out.rows.append(SheetRow(number, values))
    return out
