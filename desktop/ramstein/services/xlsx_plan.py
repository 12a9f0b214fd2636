"""What an import would do, row by row: the plan the preview shows and the apply writes.

Shared by the two sheets' planners (xlsx_import for Pledges, xlsx_import_deliveries for
Deliveries); nothing here reads the file or the database.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from ..domain.enums import PledgeStatus
from ..domain.errors import DomainError
from ..exchange.xlsx_reader import CellIssue
from ..exchange.xlsx_schema import DELIVERIES, PLEDGES, Sheet
from .matching import fold
from .pledges import PledgeDraft

RowKind = Literal["new", "changed", "conflict"]
_SHEETS: dict[str, Sheet] = {PLEDGES.name: PLEDGES, DELIVERIES.name: DELIVERIES}


@dataclass
class RowChange:
    """One row of the sheet that would write: new, changed, or in conflict with the planner.

    `old`/`new` map column keys to display values (a donor's name, a status label, a Decimal);
    `old` is empty for a new row. What the apply writes is kept beside them (`fields`, …).
    """

    row: int
    pledge_id: int | None  # the pledge (of a delivery: the pledge it belongs to, if it exists)
    reference: str  # the pledge's reference (of a delivery: its pledge's)
    old: dict[str, Any] = field(default_factory=dict)  # sheet key -> database value (display)
    new: dict[str, Any] = field(default_factory=dict)  # sheet key -> sheet value (display)
    version: int = 0  # the database's version when compared
    sheet: str = PLEDGES.name
    kind: RowKind = "new"
    delivery_id: int | None = None
    # what the apply writes: model fields (and the pledge's new status, or a new pledge's draft)
    fields: dict[str, Any] = field(default_factory=dict, repr=False)
    status: PledgeStatus | None = field(default=None, repr=False)
    draft: PledgeDraft | None = field(default=None, repr=False)
    cells: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def key(self) -> str:
        """Unique in a plan: 'Pledges!17' (the decisions of `apply_plan` are keyed by it)."""
        return f"{self.sheet}!{self.row}"

    @property
    def id(self) -> int | None:
        return self.delivery_id if self.sheet == DELIVERIES.name else self.pledge_id

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "id": self.id, "reference": self.reference,
                "old": {k: show(v) for k, v in self.old.items()},
                "new": {k: show(v) for k, v in self.new.items()}}


def label_of(sheet: str, key: str) -> str:
    """The header label of a column ('Value' for Pledges/value_amount), from the schema."""
    try:
        return _SHEETS[sheet].column(key).label
    except KeyError:
        return key


@dataclass
class ImportPlan:
    source_name: str
    changes: list[RowChange] = field(default_factory=list)  # sheet order, then row order
    unchanged_by_sheet: dict[str, int] = field(default_factory=dict)
    errors: list[CellIssue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def rows(self, kind: RowKind, sheet: str | None = None) -> list[RowChange]:
        """The new, changed or conflict rows of both sheets (or of one)."""
        return [c for c in self.changes if c.kind == kind and (sheet is None or c.sheet == sheet)]

    @property
    def unchanged(self) -> int:
        return sum(self.unchanged_by_sheet.values())

    def count_unchanged(self, sheet: str, rows: int = 1) -> None:
        if rows:
            self.unchanged_by_sheet[sheet] = self.unchanged_by_sheet.get(sheet, 0) + rows

    def counts(self, sheet: str) -> dict[str, int]:
        return {"new": len(self.rows("new", sheet)), "changed": len(self.rows("changed", sheet)),
                "unchanged": self.unchanged_by_sheet.get(sheet, 0),
                "conflicts": len(self.rows("conflict", sheet))}


@dataclass
class PledgeIndex:
    """The pledges a delivery row may name, by reference: the planner's, and the new rows of
    the same workbook's Pledges sheet that carry a reference."""

    ids: dict[str, int] = field(default_factory=dict)  # reference -> pledge id (database)
    new_rows: dict[str, int] = field(default_factory=dict)  # reference -> Pledges row (new)
    quantity: dict[str, Decimal | None] = field(default_factory=dict)  # set by the import
    unit: dict[str, str] = field(default_factory=dict)  # of the new rows
    # the planner's (quantity, unit) of a reference, looked up only for the over-delivery
    # warning (100k Decimals made up front would cost more than the few asked for)
    planned: Callable[[str], tuple[Decimal | None, str] | None] = field(
        default=lambda reference: None, repr=False)

    def quantity_of(self, reference: str) -> Decimal | None:
        """The pledge's quantity after the import (None: unknown or not given)."""
        if reference in self.quantity:
            return self.quantity[reference]
        planned = self.planned(reference)
        return planned[0] if planned else None

    def unit_of(self, reference: str) -> str:
        if reference in self.unit:
            return self.unit[reference]
        planned = self.planned(reference)
        return planned[1] if planned else ""


def show(value: Any) -> Any:
    if value is None or isinstance(value, str | int):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def lookup(table: Mapping[str, Any], text: str, what: str) -> Any:
    found = table.get(fold(text))
    if found is None:
        close = difflib.get_close_matches(fold(text), list(table), n=1, cutoff=0.7)
        hint = f"; did you mean {table[close[0]].label}?" if close else ""
        raise DomainError(f"'{text}' is not a {what}{hint}")
    return found


