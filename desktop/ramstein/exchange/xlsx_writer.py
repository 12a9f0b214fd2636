"""Write the exchange workbook (export and template) in openpyxl's write-only mode.

Rows come in as plain mappings keyed by the schema's column keys. The file is written next to
the target under a temporary name, fsynced and moved over the target, so a failed export never
destroys the previous file. No cell is ever a formula: text that a spreadsheet would evaluate
(= + - @ tab CR LF at the start, or an error code such as #N/A) is stored as a plain string.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation

from ..domain.errors import DomainError
from ..i18n import _
from .xlsx_schema import INSTRUCTIONS, LIST_NAMES, LISTS, MAX_TEXT, SHEETS, Sheet

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
ERROR_CODES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                         "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                         "#UNKNOWN!", "#CONNECT!", "#BUSY!", "#EXTERNAL!"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
VALIDATION_ROWS = 5_000  # rows below the data that keep their drop-downs (new rows)


@dataclass
class WorkbookContent:
    rows: Mapping[str, Iterable[Mapping[str, Any]]]  # sheet name -> rows (absent: empty sheet)
    lists: Mapping[str, Sequence[str]]  # list name -> allowed values
    classification: str = "UNCLASSIFIED"
    database_id: str = ""
    exported_at: datetime = field(default_factory=datetime.now)
    title: str = "Ramstein Planner export"
    description: str = ""  # one line on the Instructions sheet (filters, template for …)


def needs_neutralising(text: str) -> bool:
    return text.startswith(FORMULA_START) or text.strip().upper() in ERROR_CODES


def clean_text(text: str, where: str) -> str:
    """Strip control characters (openpyxl refuses them); refuse texts Excel would truncate."""
    text = _CONTROL.sub("", text)
    units = excel_length(text)
    if units > MAX_TEXT:
        counted = f" ({units:,} as Excel counts them)" if units != len(text) else ""
        raise DomainError(f"{where}: the text has {len(text):,} characters{counted}; a "
                          f"spreadsheet cell holds at most {MAX_TEXT:,}")
    return text


def excel_length(text: str) -> int:
    """A text's length as Excel counts it (UTF-16 code units: an emoji counts 2)."""
    if len(text) <= MAX_TEXT // 2:
        return len(text)  # at most 2 units a character: short enough whatever it holds
    return len(text.encode("utf-16-le")) // 2


def write_workbook(target: Path, content: WorkbookContent) -> int:
    """Write the workbook atomically; return the number of data rows written."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        written = _write(tmp, content)
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return written


class _Styles:
    def __init__(self) -> None:
        self.header_font = Font(bold=True)
        self.header_fill = PatternFill("solid", fgColor="DDE4EE")
        self.read_only_fill = PatternFill("solid", fgColor="EEEEEE")
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self._serials: dict[date, float] = {}

    def formatted_cell(self, ws: Any, number_format: str) -> Any:
        """A cell with the number format set once (its style is the workbook's, shared)."""
        cell = WriteOnlyCell(ws)
        cell.number_format = number_format
        return cell

    def serial(self, day: date, epoch: datetime) -> float:
        """The Excel serial of a date (cached: exports repeat the same days many times)."""
        if day.__class__ is datetime:
            day = day.date()  # type: ignore[attr-defined]
        found = self._serials.get(day)
        if found is None:
            found = self._serials[day] = to_excel(day, epoch)
        return found


def _write(path: Path, content: WorkbookContent) -> int:
    wb = Workbook(write_only=True)
    props = wb.properties
    props.title = content.title
    props.creator = "Ramstein Planner"
    props.created = content.exported_at
    props.modified = content.exported_at
    props.description = (f"Exported {content.exported_at.isoformat(timespec='seconds')} "
                         f"from database {content.database_id}")
    props.keywords = f"ramstein-planner; database={content.database_id}"
    props.subject = content.classification
    props.category = content.classification
    styles = _Styles()
    list_ranges = _list_ranges(content.lists)
    total = 0
    try:
        for sheet in SHEETS:
            total += _write_sheet(wb, sheet, content.rows.get(sheet.name, ()), list_ranges,
                                  content, styles)
        _write_instructions(wb, content, styles)
        _write_lists(wb, content.lists)
        wb.save(path)
    except BaseException:
        _abandon(wb)
        raise
    return total


def _abandon(wb: Workbook) -> None:
    """Close the write-only sheets of a failed or cancelled write now and remove their
    temporary files. Left to the garbage collector, a sheet's row generator finishes at a random
    later moment, writing to a file already closed (and the temporary files stay in /tmp)."""
    for ws in wb.worksheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _list_ranges(lists: Mapping[str, Sequence[str]]) -> dict[str, str]:
    out = {}
    for i, name in enumerate(LIST_NAMES, start=1):
        n = len(lists.get(name, ()))
        if n:
            col = get_column_letter(i)
            out[name] = f"{quote_sheetname(LISTS)}!${col}$2:${col}${n + 1}"
    return out


def _mark(ws: Any, content: WorkbookContent) -> None:
    mark = content.classification.replace("&", "&&")  # "&D" would print the date: "R&D"
    hfs = ws.HeaderFooter
    for hf in (hfs.oddHeader, hfs.evenHeader, hfs.firstHeader):
        hf.center.text = mark
    for hf in (hfs.oddFooter, hfs.evenFooter, hfs.firstFooter):
        hf.center.text = mark
        hf.right.text = "Page &P of &N"
    # Printed, a sheet is one page wide (landscape), as many pages long as it takes.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _write_sheet(wb: Workbook, sheet: Sheet, rows: Iterable[Mapping[str, Any]],
                 list_ranges: Mapping[str, str], content: WorkbookContent,
                 styles: _Styles) -> int:
    ws = wb.create_sheet(sheet.name)
    _mark(ws, content)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"  # the header on every printed page
    cols = sheet.columns
    for i, col in enumerate(cols, start=1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = col.width
        dim.hidden = col.hidden
    header = []
    for col in cols:
        cell = WriteOnlyCell(ws, col.label)
        cell.font = styles.header_font
        cell.fill = styles.read_only_fill if col.read_only else styles.header_fill
        header.append(cell)
    ws.append(header)
    count = _write_rows(ws, sheet, rows, styles)
    last_col = get_column_letter(len(cols))
    ws.auto_filter.ref = f"A1:{last_col}{max(count + 1, 2)}"
    last_row = count + 1 + VALIDATION_ROWS
    for i, col in enumerate(cols, start=1):
        if col.read_only or col.hidden:
            continue
        letter = get_column_letter(i)
        dv: DataValidation | None = None
        if col.choices and col.choices in list_ranges:
            dv = DataValidation(type="list", formula1=list_ranges[col.choices], allow_blank=True)
            dv.error = _("Choose a value from the list ({column}).").format(column=col.label)
        elif col.type == "date":
            dv = DataValidation(type="date", operator="greaterThan", formula1="1")
            dv.error = _("Enter a date (YYYY-MM-DD).")
        elif col.type in ("decimal", "int"):
            dv = DataValidation(type="whole" if col.type == "int" else "decimal",
                                operator="greaterThanOrEqual", formula1="0")
            dv.error = _("Enter a number of 0 or more.")
        if dv is None:
            continue
        dv.errorTitle = col.label
        dv.showErrorMessage = True
        dv.promptTitle = col.label[:32]
        dv.prompt = _(col.help)[:255]  # the header (title) stays canonical
        dv.showInputMessage = bool(col.help)
        dv.add(f"{letter}2:{letter}{last_row}")
        ws.data_validations.append(dv)
    return count


def _write_rows(ws: Any, sheet: Sheet, rows: Iterable[Mapping[str, Any]], styles: _Styles) -> int:
    """The data rows, with as little work per cell as openpyxl allows.

    - A number or date in a formatted column goes through one Cell per column, reused for
      every row with the column's style shared (write-only mode writes a row out before
      `append` returns, so the cell is free again for the next row). Dates are handed over
      as their Excel serial number, which is what openpyxl writes for a date cell anyway.
    - Texts are plain values unless they must be neutralised (a fresh text-typed cell).
    - `_PlainRows` feeds openpyxl those cells without its per-cell exception path.
    """
    _PlainRows.install(ws)
    epoch = ws.parent.epoch
    plan = [(col.key, col.number_format and styles.formatted_cell(ws, col.number_format))
            for col in sheet.columns]
    count = 0
    for n, row in enumerate(rows, start=2):
        out: list[Any] = []
        for key, cell in plan:
            value = row.get(key)
            kind = value.__class__
            if value is None:
                out.append(None)
            elif kind is str:
                if not value:
                    out.append(None)
                elif value.isprintable() and value[0] not in _FORMULA_FIRST \
                        and "#" not in value and len(value) <= MAX_TEXT // 2:
                    out.append(value)  # the common case, checked by str methods in C
                else:
                    out.append(_text_cell(ws, value, sheet, n, key))
            elif cell and kind in _NUMBERS:
                cell.value = value
                out.append(cell)
            elif cell and kind in _DAYS:
                cell.value = styles.serial(value, epoch)
                out.append(cell)
            else:
                out.append(value)
        ws.append(out)
        count += 1
    return count


_NUMBERS = frozenset({int, float, Decimal})
_DAYS = frozenset({date, datetime})
_FORMULA_FIRST = frozenset("=+-@")


def _text_cell(ws: Any, value: str, sheet: Sheet, n: int, key: str) -> Any:
    """A text cleaned of control characters and, when a spreadsheet would evaluate it, a
    text-typed cell with a quote prefix."""
    value = clean_text(value, f"{sheet.name} row {n}, {key}")
    if not value:
        return None
    if needs_neutralising(value):
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"  # never a formula or an error cell
        cell.quotePrefix = True
        return cell
    return value


class _PlainRows:
    """openpyxl's write-only `_values_to_row`, less its trick of assigning a Cell as a value
    and catching the ValueError (which formats the cell's repr for every styled cell). Same
    output: a Cell is written as it is, any other value through one reused plain cell."""

    @staticmethod
    def install(ws: Any) -> None:
        def values_to_row(values: Iterable[Any], row_idx: int) -> Iterator[Any]:
            plain = WriteOnlyCell(ws)
            for col_idx, value in enumerate(values, 1):
                if value is None:
                    continue
                if isinstance(value, Cell):
                    cell = value
                else:
                    plain.value = value
                    cell = plain
                cell.column = col_idx
                cell.row = row_idx
                yield cell
                if cell is plain and plain._style is not None:  # a date got a default format
                    plain = WriteOnlyCell(ws)

        ws._values_to_row = values_to_row


def _write_instructions(wb: Workbook, content: WorkbookContent, styles: _Styles) -> None:
    ws = wb.create_sheet(INSTRUCTIONS, 0)
    _mark(ws, content)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    title = WriteOnlyCell(ws, content.classification)
    title.font = Font(bold=True, color="C00000", size=14)
    ws.append([title])
    heading = WriteOnlyCell(ws, content.title)
    heading.font = Font(bold=True, size=13)
    ws.append([heading])
    # The reader of this sheet is a person: its text follows the chosen language (ramstein.i18n).
    # Sheet names and column headers stay canonical English: the importer finds columns by
    # their header, and a workbook exported in French must import on an English workstation.
    ws.append([_("Exported"), content.exported_at.isoformat(timespec="seconds")])
    ws.append([_("Database"), content.database_id])
    if content.description:
        ws.append([_("Content"), content.description])
    ws.append([])
    for line in (
        _("Edit the Pledges and Deliveries sheets, then import the file again "
          "(File > Import, or `ramstein import`)."),
        _("Columns are found by their header: you may reorder columns or add your own; do not "
          "rename the headers."),
        _("Leave the hidden id and version columns as they are. New rows have them empty."),
        _("A row removed from the sheet is NOT deleted from the planner."),
        _("If a row was changed in the planner since this export, the import reports a "
          "conflict and changes nothing until you choose which side to keep."),
        _("Grey columns are computed and ignored on import."),
    ):
        ws.append(["", _plain(ws, line, styles)])
    for sheet in SHEETS:
        ws.append([])
        name = WriteOnlyCell(ws, sheet.name)
        name.font = Font(bold=True)
        ws.append([name, _plain(ws, _(sheet.help), styles)])
        for col in sheet.columns:
            if col.hidden:
                continue
            flags = []
            if col.required:
                flags.append(_("required"))
            if col.read_only:
                flags.append(_("read only"))
            if col.choices:
                flags.append(_("from the list"))
            extra = f" ({', '.join(flags)})" if flags else ""
            ws.append([col.label, _plain(ws, f"{_(col.help)}{extra}", styles)])
    ws.append([])
    ws.append([WriteOnlyCell(ws, content.classification)])


def _plain(ws: Any, text: str, styles: _Styles) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, text)
    cell.alignment = styles.wrap
    if needs_neutralising(text):
        cell.data_type = "s"
    return cell


def _write_lists(wb: Workbook, lists: Mapping[str, Sequence[str]]) -> None:
    ws = wb.create_sheet(LISTS)
    ws.sheet_state = "hidden"
    columns = [list(lists.get(name, ())) for name in LIST_NAMES]
    ws.append(list(LIST_NAMES))
    depth = max((len(c) for c in columns), default=0)
    for i in range(depth):
        row: list[Any] = []
        for values in columns:
            if i < len(values):
                text = _CONTROL.sub("", values[i])
                if needs_neutralising(text):
                    cell = WriteOnlyCell(ws, text)
                    cell.data_type = "s"
                    row.append(cell)
                else:
                    row.append(text)
            else:
                row.append(None)
        ws.append(row)
