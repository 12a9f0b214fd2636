"""Pledges as tab-separated text: copy that pastes cleanly into Excel, paste back with checks.

Copy writes a header row, plain numbers (no thousands separators, point as decimal mark: Excel
and LibreOffice read them in any locale as typed numbers when pasted with "text import"), ISO
dates, and quotes cells holding tabs, newlines or quotes. A text that Excel would take for a
formula (= + - @ at the start) is prefixed with an apostrophe.

Paste reads the same layout (with or without the header; columns found by header name when
there is one), validates every cell and returns drafts, or errors naming row and column with a
"did you mean" hint. Nothing is created when any row is wrong.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.enums import Channel, PledgeStatus
from ..domain.errors import DomainError
from ..domain.money import check_currency, to_decimal
from . import pledge_rows as R
from .matching import Resolver, capability_resolver, fold, member_resolver
from .pledges import PledgeDraft

if TYPE_CHECKING:
    from .workspace import Workspace

MAX_PASTE_ROWS = 10_000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass(frozen=True)
class TsvColumn:
    header: str
    copy: Callable[[R.Row], str]
    pasted: bool = True  # read back on paste (EUR value and delivered are derived, not read)


def _milli(v: int | None) -> str:
    return "" if v is None else format(Decimal(v).scaleb(-3).normalize(), "f")


def _cents(v: int | None) -> str:
    return "" if v is None else format(Decimal(v).scaleb(-2), "f")


STATUS_LABEL = {s.value: s.label for s in PledgeStatus}
CHANNEL_LABEL = {c.value: c.label for c in Channel}

COLUMNS: tuple[TsvColumn, ...] = (
    TsvColumn("Reference", lambda r: r[R.REF] or "", pasted=False),
    TsvColumn("Donor", lambda r: r[R.DONOR] or ""),
    TsvColumn("Capability", lambda r: r[R.CAPABILITY] or ""),
    TsvColumn("Item", lambda r: r[R.ITEM] or ""),
    TsvColumn("Quantity", lambda r: _milli(r[R.QTY_MILLI])),
    TsvColumn("Unit", lambda r: r[R.UNIT] or ""),
    TsvColumn("Value", lambda r: _milli(r[R.VALUE_MILLI])),
    TsvColumn("Currency", lambda r: r[R.CURRENCY] or ""),
    TsvColumn("EUR value", lambda r: _cents(r[R.EUR_CENTS]), pasted=False),
    TsvColumn("Announced", lambda r: r[R.ANNOUNCED] or ""),
    TsvColumn("Status", lambda r: STATUS_LABEL.get(r[R.STATUS], r[R.STATUS] or "")),
    TsvColumn("Channel", lambda r: CHANNEL_LABEL.get(r[R.CHANNEL], r[R.CHANNEL] or "")),
    TsvColumn("Delivered EUR", lambda r: _cents(r[R.DELIVERED_CENTS]), pasted=False),
    TsvColumn("Source", lambda r: r[R.SOURCE_REF] or ""),
    TsvColumn("Notes", lambda r: r[R.NOTES] or ""),
)
HEADERS = tuple(c.header for c in COLUMNS)


def _safe_cell(text: str) -> str:
    # A text that starts with the apostrophe itself gets one more, so that paste (which strips
    # one) gives it back unchanged.
    if (text.startswith(FORMULA_START) and not _is_number(text)) or text.startswith("'"):
        text = "'" + text
    if any(ch in text for ch in '\t\n\r"'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def _is_number(text: str) -> bool:
    try:
        return Decimal(text).is_finite()
    except ArithmeticError:
        return False


def rows_to_tsv(rows: Sequence[R.Row], *, header: bool = True) -> str:
    lines = ["\t".join(HEADERS)] if header else []
    for row in rows:
        lines.append("\t".join(_safe_cell(c.copy(row)) for c in COLUMNS))
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- paste
@dataclass(frozen=True)
class PasteResult:
    drafts: list[PledgeDraft]
    errors: list[str]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.drafts)


_STATUS_BY_TEXT = {**{fold(s.label): s for s in PledgeStatus}, **{fold(s.value): s for s in PledgeStatus},
                   "contracted": PledgeStatus.ALLOCATED, "in transit": PledgeStatus.IN_DELIVERY}
_CHANNEL_BY_TEXT = {**{fold(c.label): c for c in Channel}, **{fold(c.value): c for c in Channel}}
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y")


def parse_day(text: str) -> date:
    """A date as people paste it: ISO, 24.02.2022, 24/02/2022, 24 Feb 2022 (never month-first
    with slashes, which is ambiguous)."""
    text = text.strip()
    if " " in text and text[:10].count("-") == 2:
        text = text[:10]  # "2024-03-01 00:00:00" from a spreadsheet date-time
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise DomainError(f"'{text}' is not a date (use YYYY-MM-DD, e.g. 2024-03-01)")


def parse_pledge_tsv(text: str, ws: Workspace, *, default_status: PledgeStatus = PledgeStatus.ANNOUNCED) -> PasteResult:
    rows = [r for r in csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t")
            if any(cell.strip() for cell in r)]
    if not rows:
        return PasteResult([], ["the clipboard holds no rows"])
    header_map = {fold(h): i for i, h in enumerate(HEADERS)}
    first = [fold(c) for c in rows[0]]
    if sum(1 for c in first if c in header_map) >= 2:
        positions = {HEADERS[header_map[c]]: i for i, c in enumerate(first) if c in header_map}
        body, first_line = rows[1:], 2
    else:
        positions = {h: i for i, h in enumerate(HEADERS)}
        body, first_line = rows, 1
    if len(body) > MAX_PASTE_ROWS:  # the header row is not a pledge
        return PasteResult([], [f"{len(body)} rows is more than a paste can take "
                                f"({MAX_PASTE_ROWS}); import a workbook instead"])
    missing = [h for h in ("Donor", "Capability", "Item") if h not in positions]
    if missing:
        return PasteResult([], [f"the pasted columns lack {', '.join(missing)}"])
    ref = ws.reference
    donors = member_resolver(ref.members)
    caps = capability_resolver(ref.capabilities)
    drafts: list[PledgeDraft] = []
    errors: list[str] = []
    for line, cells in enumerate(body, start=first_line):
        draft, row_errors = _draft(cells, positions, donors, caps, default_status)
        errors += [f"row {line}, {msg}" for msg in row_errors]
        if draft is not None and not row_errors:
            drafts.append(draft)
    return PasteResult(drafts if not errors else [], errors)


def _draft(cells: list[str], pos: dict[str, int], donors: Resolver[Any], caps: Resolver[Any],
           default_status: PledgeStatus) -> tuple[PledgeDraft | None, list[str]]:
    errors: list[str] = []

    def cell(name: str) -> str:
        i = pos.get(name)
        value = cells[i].strip() if i is not None and i < len(cells) else ""
        return value[1:] if value.startswith("'") else value

    def field(name: str, parse: Callable[[str], Any]) -> Any:
        text = cell(name)
        if not text:
            return None
        try:
            return parse(text)
        except DomainError as exc:
            errors.append(f"{name}: {exc}")
            return None

    donor = field("Donor", donors.get)
    if not cell("Donor"):
        errors.append("Donor: a donor is required")
    capability = field("Capability", caps.get)
    if not cell("Capability"):
        errors.append("Capability: a capability is required")
    item = cell("Item")
    if not item:
        errors.append("Item: describe what is pledged")
    quantity = field("Quantity", lambda t: _non_negative(t, "quantity"))
    value = field("Value", lambda t: _non_negative(t, "value"))
    currency = field("Currency", check_currency) or "EUR"
    announced = field("Announced", parse_day)
    status = field("Status", lambda t: _lookup(_STATUS_BY_TEXT, t, "status")) or default_status
    channel = field("Channel", lambda t: _lookup(_CHANNEL_BY_TEXT, t, "channel")) or Channel.IN_KIND_STOCKS
    if errors or donor is None or capability is None:
        return None, errors
    return PledgeDraft(
        donor_id=donor.id, capability_id=capability.id, item=item, channel=channel, status=status,
        quantity=quantity, unit=cell("Unit"), value_amount=value, currency=currency,
        announced_on=announced, source_ref=cell("Source"), notes=cell("Notes"),
    ), []


def _non_negative(text: str, what: str) -> Decimal:
    try:
        value = to_decimal(text, what)
    except DomainError as exc:  # the column is named already: "row 4, Value: '1,5' is ..."
        raise DomainError(str(exc).removeprefix(f"{what}: ")) from None
    if value < 0:
        raise DomainError(f"'{text}' is negative")
    return value


def _lookup(table: dict[str, Any], text: str, what: str) -> Any:
    found = table.get(fold(text))
    if found is None:
        import difflib

        close = difflib.get_close_matches(fold(text), list(table), n=1, cutoff=0.7)
        hint = f"; did you mean {table[close[0]].label}?" if close else ""
        raise DomainError(f"'{text}' is not a {what}{hint}")
    return found
