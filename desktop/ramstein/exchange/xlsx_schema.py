"""The one declaration of the exchange workbook: sheets, columns, types, lists, formats, help.

The writer (export and template), the reader (import) and the Instructions sheet all derive from
it, so a column is added, renamed or re-typed here and nowhere else. Values handed to the writer
and returned by the reader are plain Python values: str, Decimal, int, date, or the label of a
list entry for choice columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..i18n import N_

ColType = Literal["text", "decimal", "date", "int", "choice"]

# The lists that feed drop-downs (one column each on the hidden Lists sheet, in this order).
LIST_NAMES = ("donors", "capabilities", "statuses", "channels", "currencies", "hubs",
              "delivery_statuses")

DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
QUANTITY_FORMAT = "#,##0.###"
INT_FORMAT = "0"

MAX_TEXT = 32_767  # Excel's cell limit; longer texts are refused, never truncated


@dataclass(frozen=True)
class Column:
    label: str  # the header text; columns are found by it on import
    key: str  # the field name in the rows handed to the writer / returned by the reader
    type: ColType = "text"
    required: bool = False
    choices: str | None = None  # one of LIST_NAMES, for choice columns
    width: float = 14
    number_format: str | None = None
    help: str = ""  # English, marked N_: the writer translates it for the reader (ramstein.i18n)
    hidden: bool = False  # id and version: kept so the import can match rows
    read_only: bool = False  # exported for reading, ignored on import (EUR value, derived)

    @property
    def imported(self) -> bool:
        return not self.read_only


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    help: str
    importable: bool = True
    hidden: bool = False

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(c.label for c in self.columns)


ID = Column("id", "id", "int", width=8, number_format=INT_FORMAT, hidden=True,
            help=N_("Internal id; leave it as it is. Empty for a new row."))
VERSION = Column("version", "version", "int", width=6, number_format=INT_FORMAT, hidden=True,
                 help=N_("Version of the row when exported; used to detect conflicting edits."))

PLEDGES = Sheet(
    "Pledges",
    (
        ID,
        VERSION,
        Column("Reference", "reference", width=16,
               help=N_("Assigned by the planner (e.g. DEU-2024-017). Leave empty for a new pledge.")),
        Column("Donor", "donor", "choice", required=True, choices="donors", width=24,
               help=N_("The donating member, from the list.")),
        Column("Capability", "capability", "choice", required=True, choices="capabilities",
               width=28, help=N_("Capability coalition or category, from the list.")),
        Column("Item", "item", required=True, width=36, help=N_("What is pledged.")),
        Column("Quantity", "quantity", "decimal", width=11, number_format=QUANTITY_FORMAT,
               help=N_("Number of units (at most 3 decimals); empty if unknown.")),
        Column("Unit", "unit", width=10, help=N_("Unit of the quantity (pcs, rounds, t …).")),
        Column("Value", "value_amount", "decimal", width=16, number_format=MONEY_FORMAT,
               help=N_("Value in the pledge's currency; empty if not published.")),
        Column("Currency", "currency", "choice", choices="currencies", width=9,
               help=N_("ISO 4217 code of the value (EUR if empty).")),
        Column("Announced", "announced_on", "date", width=12, number_format=DATE_FORMAT,
               help=N_("Date the pledge was announced (YYYY-MM-DD).")),
        Column("Status", "status", "choice", required=True, choices="statuses", width=20,
               help=N_("Life-cycle status, from the list; only forward moves are accepted.")),
        Column("Channel", "channel", "choice", choices="channels", width=22,
               help=N_("How the pledge is financed and sourced.")),
        Column("Funding year", "funding_year", "int", width=12, number_format=INT_FORMAT,
               help=N_("Budget year that funds the pledge.")),
        Column("Source", "source_ref", width=30, help=N_("Where the pledge is documented.")),
        Column("Notes", "notes", width=40, help=N_("Free text.")),
        Column("EUR value", "value_eur", "decimal", width=16, number_format=MONEY_FORMAT,
               read_only=True, help=N_("Computed by the planner; changes here are ignored.")),
    ),
    help=N_("One row per pledge. Add rows at the bottom with empty id/version; never delete rows "
         "to cancel a pledge (set the status instead; a missing row is not deleted)."),
)

DELIVERIES = Sheet(
    "Deliveries",
    (
        ID,
        VERSION,
        Column("Pledge reference", "pledge_reference", required=True, width=18,
               help=N_("Reference of the pledge this delivery belongs to.")),
        Column("Quantity", "quantity", "decimal", width=11, number_format=QUANTITY_FORMAT,
               help=N_("Units in this delivery.")),
        Column("Planned", "planned_on", "date", width=12, number_format=DATE_FORMAT,
               help=N_("Planned delivery date.")),
        Column("Actual", "actual_on", "date", width=12, number_format=DATE_FORMAT,
               help=N_("Actual delivery date, once delivered.")),
        Column("Status", "status", "choice", required=True, choices="delivery_statuses",
               width=14, help=N_("Planned, in transit, delivered, delayed or cancelled.")),
        Column("Hub", "hub", "choice", choices="hubs", width=24, help=N_("Logistics hub.")),
        Column("Delay reason", "delay_reason", width=30, help=N_("Why the delivery moved.")),
        Column("Notes", "notes", width=40, help=N_("Free text.")),
    ),
    help=N_("One row per delivery of a pledge."),
)

MEMBERS = Sheet(
    "Members",
    (
        Column("Code", "code", width=8),
        Column("Name", "name", width=30),
        Column("Kind", "kind", width=16),
        Column("NATO since", "nato_since", "int", width=11, number_format=INT_FORMAT),
        Column("EU member", "eu_member", width=10),
    ),
    help=N_("Read only: the members known to the planner (the Donor list)."),
    importable=False,
)

SHEETS: tuple[Sheet, ...] = (PLEDGES, DELIVERIES, MEMBERS)
INSTRUCTIONS = "Instructions"
LISTS = "Lists"
KNOWN_SHEETS = frozenset({*(s.name for s in SHEETS), INSTRUCTIONS, LISTS})
