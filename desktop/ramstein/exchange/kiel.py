"""Reader for the Kiel Institute Ukraine Support Tracker, sheet "Bilateral Assistance, MAIN DATA".

Accepts the sheet as CSV (UTF-16 or UTF-8, told apart by the byte-order mark; RFC-4180 quoting
with newlines inside cells) or as the .xlsx workbook (python-calamine). Kiel's traps
(DOMAIN-NOTES §1.4, §3.8) are handled here: "." and "" mean null, package values sit only on
the package's first row (`Total_value_dummy`), dates are often free text ("until 2/24/2023"),
class names come in case variants. The column contract is declared in REQUIRED: a file that
lacks any of them is refused with `KielSchemaDrift` naming them (newer releases renamed every
column to snake_case).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..domain.errors import DomainError
from .xlsx_reader import preflight, strip_control

SHEET_NAME = "Bilateral Assistance, MAIN DATA"

# Column contract: header text in the sheet -> field name in KielItem.
REQUIRED: dict[str, str] = {
    "ID": "package_id",
    "Countries": "donor",
    "Announcement Date": "announced_raw",
    "Type of Aid General": "aid_type",
    "Items": "item",
    "Type of Item": "item_type",
    "No. of Units": "units",
    "No. of Units Delivered (in-kind military aid)": "units_delivered",
    "Converted Value in EUR": "value_eur",
    "Total monetary value delivered in EUR": "delivered_eur",
    "Total_value_dummy (1 is first row in the package)": "first_row",
}
OPTIONAL: dict[str, str] = {
    "Type of Aid Specific": "aid_type_specific",
    "Sub-type of item": "sub_type",
    "Original Currency": "currency",
    "Total": "value_original",  # "Total " with a trailing space in the sheet
    "Explanation": "explanation",
    "Source of Aid 1": "source_1",
    "Source of Aid 2": "source_2",
    "Source of Aid 3": "source_3",
    "Source of Aid 4": "source_4",
}
NULLS = {"", ".", "nan", "none", "n/a", "na", "-", "not given", "undisclosed"}


class KielFileError(DomainError):
    """The file cannot be read as the Kiel MAIN DATA sheet (not CSV/xlsx, truncated, garbage)."""


class KielSchemaDrift(KielFileError):
    """Required columns are missing: the sheet's layout differs from the contract."""

    def __init__(self, missing: list[str], where: str) -> None:
        self.missing = missing
        super().__init__(
            f"{where}: schema drift: required Kiel column(s) missing: "
            + ", ".join(f"'{m}'" for m in missing)
        )


@dataclass(frozen=True)
class KielItem:
    row: int  # 1-based line of the record in the sheet (header = 1)
    package_id: str
    donor: str
    announced_on: date | None
    announced_raw: str
    aid_type: str  # folded: "military", "financial", "humanitarian"
    aid_type_specific: str
    item: str
    item_type: str  # folded, e.g. "heavy weapon"
    sub_type: str
    units: Decimal | None
    units_delivered: Decimal | None
    first_row: bool
    value_eur: Decimal | None  # package commitment in EUR (first row only)
    delivered_eur: Decimal | None  # package delivered in EUR (first row only)
    currency: str
    value_original: Decimal | None
    explanation: str
    source_url: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(strip_control(str(value)).replace("\u00a0", " ").split())


def _null(value: Any) -> str | None:
    text = _text(value)
    return None if text.casefold() in NULLS else text


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    text = _null(value)
    if text is None:
        return None
    try:
        out = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    return out if out.is_finite() else None


_US_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def parse_kiel_date(value: Any) -> date | None:
    """A date cell: a real date, ISO text ("2023-04-04 00:00:00"), or text holding one
    month-first date ("until 2/24/2023", Kiel is US-formatted). Anything else -> None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    m = _US_DATE.search(text)
    if m:
        try:
            return date(int(m[3]), int(m[1]), int(m[2]))
        except ValueError:
            return None
    return None


def _header_key(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


class _Table:
    def __init__(self, header: list[Any], rows: Iterator[list[Any]], where: str) -> None:
        self.where = where
        self.rows = rows
        self.pos: dict[str, int] = {}
        for i, name in enumerate(header):
            self.pos.setdefault(_header_key(_text(name)), i)
        missing = [name for name in REQUIRED if _header_key(name) not in self.pos]
        if missing:
            raise KielSchemaDrift(missing, where)


def _read_csv(path: Path) -> _Table:
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif raw.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise KielFileError(f"{path.name}: not a readable {encoding.upper()} text file "
                            f"(byte {exc.start}): is it truncated or not a Kiel CSV?") from None
    if "\x00" in text:
        raise KielFileError(f"{path.name}: contains NUL characters; not a Kiel CSV file")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") and "\t" not in sample else ","
    if sample.count("\t") > sample.count(delimiter):
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise KielFileError(f"{path.name}: the file is empty") from None
    except csv.Error as exc:
        raise KielFileError(f"{path.name}: not valid CSV: {exc}") from None
    return _Table(header, _csv_rows(reader, path.name), path.name)


def _csv_rows(reader: Any, name: str) -> Iterator[list[Any]]:
    try:
        yield from reader
    except csv.Error as exc:
        raise KielFileError(f"{name}: broken CSV near line {reader.line_num}: {exc} "
                            "(is the file truncated?)") from None


def _read_xlsx(path: Path) -> _Table:
    try:
        preflight(path)  # zip bomb, entity declarations, a grid too large: before any parser
    except DomainError as exc:
        raise KielFileError(str(exc)) from None
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for broken zips
        raise KielFileError(f"{path.name}: not a readable .xlsx workbook ({exc})") from None
    names = list(book.sheet_names)
    wanted = [n for n in names if n.strip().casefold() == SHEET_NAME.casefold()]
    candidates = wanted + [n for n in names if n not in wanted]
    first_drift: KielSchemaDrift | None = None
    for name in candidates:
        try:
            data = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception as exc:
            raise KielFileError(f"{path.name}: sheet '{name}' cannot be read ({exc})") from None
        if not data:
            continue
        header = list(data[0])
        keys = {_header_key(_text(h)) for h in header}
        if name in wanted or {"id", "countries"} <= keys:
            try:
                return _Table(header, iter([list(r) for r in data[1:]]), f"{path.name} [{name}]")
            except KielSchemaDrift as exc:
                first_drift = first_drift or exc
    if first_drift is not None:
        raise first_drift
    raise KielFileError(f"{path.name}: no sheet '{SHEET_NAME}' and no sheet with 'ID' and "
                        "'Countries' columns")


def read_kiel(path: Path) -> Iterator[KielItem]:
    """Yield the item rows of the Kiel MAIN DATA sheet; raises KielFileError / KielSchemaDrift.

    The header is checked before the first item is yielded (call `next` or iterate fully).
    """
    path = Path(path)
    if not path.is_file():
        raise KielFileError(f"{path}: no such file")
    with path.open("rb") as fh:
        magic = fh.read(4)
    table = _read_xlsx(path) if magic.startswith(b"PK") else _read_csv(path)
    return _items(table)


def _items(table: _Table) -> Iterator[KielItem]:
    pos = table.pos
    fields = {**REQUIRED, **OPTIONAL}
    index = {field: pos.get(_header_key(name)) for name, field in fields.items()}

    def get(cells: list[Any], field: str) -> Any:
        i = index[field]
        return cells[i] if i is not None and i < len(cells) else None

    def text(cells: list[Any], field: str) -> str:
        return _null(get(cells, field)) or ""

    for number, cells in enumerate(table.rows, start=2):
        if not any(_text(c) for c in cells):
            continue
        package = text(cells, "package_id")
        if not package:
            raise KielFileError(f"{table.where}: row {number}: no package ID "
                                "(is the file truncated or not a Kiel sheet?)")
        if len(cells) < len(pos) // 2:
            raise KielFileError(f"{table.where}: row {number}: only {len(cells)} cells where the "
                                f"header has {len(pos)} (is the file truncated?)")
        raw_date = get(cells, "announced_raw")
        first = _decimal(get(cells, "first_row"))
        sources = [text(cells, f"source_{i}") for i in range(1, 5)]
        yield KielItem(
            row=number,
            package_id=package,
            donor=text(cells, "donor"),
            announced_on=parse_kiel_date(raw_date),
            announced_raw=_text(raw_date),
            aid_type=text(cells, "aid_type").casefold(),
            aid_type_specific=text(cells, "aid_type_specific"),
            item=text(cells, "item"),
            item_type=text(cells, "item_type").casefold(),
            sub_type=text(cells, "sub_type"),
            units=_decimal(get(cells, "units")),
            units_delivered=_decimal(get(cells, "units_delivered")),
            first_row=first == 1,
            value_eur=_decimal(get(cells, "value_eur")),
            delivered_eur=_decimal(get(cells, "delivered_eur")),
            currency=text(cells, "currency").upper(),
            value_original=_decimal(get(cells, "value_original")),
            explanation=text(cells, "explanation"),
            source_url=next((s for s in sources if s.casefold().startswith(("http", "www"))),
                            next((s for s in sources if s), "")),
        )
