"""The Deliveries sheet of an import: validate and diff its rows against the planner.

A row with an id is compared with that delivery (changed / unchanged / conflict by version,
exactly like pledges); a row without one is a new delivery of the pledge its "Pledge reference"
names: a pledge of the planner, or a new row of the same workbook's Pledges sheet that carries
that reference. A delivery never moves to another pledge. Deliveries adding up to more than
their pledge's quantity are a warning, as in the GUI. The planner's deliveries are read once
(one query), so 300,000 of them cost no query per row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.enums import DeliveryStatus
from ..domain.errors import DomainError
from ..domain.records import Hub
from ..exchange.xlsx_reader import CellIssue, SheetData, SheetLayout, SheetRow
from ..exchange.xlsx_schema import DELIVERIES
from ..storage import queries
from .matching import Resolver, fold, hub_resolver
from .progress import Progress, check
from .xlsx_plan import ImportPlan, PledgeIndex, RowChange, lookup

if TYPE_CHECKING:
    from .workspace import Workspace

SHEET = DELIVERIES.name
COMPARED = ("quantity", "planned_on", "actual_on", "status", "hub", "delay_reason", "notes")
FIELD_OF = {"quantity": "quantity", "planned_on": "planned_on", "actual_on": "actual_on",
            "status": "status", "hub": "hub_id", "delay_reason": "delay_reason",
            "notes": "notes"}
TEXT = ("delay_reason", "notes")
_STATUS = {**{fold(s.label): s for s in DeliveryStatus},
           **{fold(s.value): s for s in DeliveryStatus},
           "in-transit": DeliveryStatus.IN_TRANSIT, "late": DeliveryStatus.DELAYED}

# delivery_export_rows positions
(D_ID, D_VERSION, D_REF, D_QTY, D_PLANNED, D_ACTUAL, D_STATUS, D_HUB, D_DELAY, D_NOTES,
 D_PLEDGE) = range(11)


def plan_deliveries(ws: Workspace, plan: ImportPlan, sheet: SheetData, pledges: PledgeIndex,
                    progress: Progress) -> None:
    """Add the Deliveries sheet's rows to `plan` (changes, errors, warnings)."""
    current = {r[D_ID]: r for r in queries.delivery_export_rows(ws.db.reader)}
    hubs = hub_resolver(ws.reference.hubs)
    hub_by_name = {h.name: h for h in ws.reference.hubs}
    seen: dict[int, int] = {}
    resolved: dict[tuple[str, str], Any] = {}
    sheet_values: dict[int, tuple[str, Decimal | None, DeliveryStatus]] = {}  # for the warning
    added: list[tuple[str, Decimal | None, DeliveryStatus]] = []
    total = len(sheet)
    layout = sheet.layout
    at_id = layout.index.get("id")
    reads_back = _reads_back(ws, layout, hubs)
    unchanged = 0
    for n, (number, typed) in enumerate(zip(sheet.numbers, sheet.values, strict=True)):
        if n % 1000 == 0:
            check(progress)
            progress.report(n, total, "checking the Deliveries sheet")
        if reads_back is not None and at_id is not None:  # most rows: as exported, unchanged
            did = typed[at_id]
            db = current.get(did)
            if db is not None and did not in seen and reads_back(db) == typed:
                seen[did] = number  # (equal quantity and status: no over-delivery to check)
                unchanged += 1
                continue
        row = SheetRow(number, typed, layout)
        vals = _resolve(row, hubs, plan.errors, resolved)
        if vals is None:
            continue
        did, reference = vals.get("id"), vals.get("pledge_reference") or ""
        if did is None:
            if _plan_new(plan, row, vals, pledges):
                added.append((reference, vals.get("quantity"), vals["status"]))
            continue
        if did in seen:
            plan.errors.append(CellIssue(SHEET, row.cells["id"],
                                         f"id {did} appears twice (also in row {seen[did]})"))
            continue
        seen[did] = row.number
        db = current.get(did)
        if db is None:
            plan.errors.append(CellIssue(SHEET, row.cells["id"], (
                f"no delivery with id {did} in this database (deleted since the export?); "
                "clear the id and version cells to add the row as a new delivery")))
            continue
        if reference != db[D_REF]:
            plan.errors.append(CellIssue(SHEET, row.cells.get("pledge_reference", ""), (
                f"Pledge reference: a delivery cannot move to another pledge ({db[D_REF]} in "
                f"the planner, {reference} here); add a new row for {reference} and cancel "
                "this one")))
            continue
        _compare(plan, sheet, row, vals, db, hub_by_name)
        if vals["status"] is not None:
            sheet_values[did] = (reference, vals.get("quantity"), vals["status"])
    plan.count_unchanged(SHEET, unchanged)
    _warn_over_delivery(plan, current, sheet_values, added, pledges)


def _reads_back(ws: Workspace, layout: SheetLayout, hubs: Resolver[Hub]
                ) -> Callable[[tuple[Any, ...]], tuple[Any, ...]] | None:
    """The typed values a Deliveries row exported from a planner delivery reads back as (in
    the sheet's column order): equal to the sheet row's means unchanged (see xlsx_import's
    `_reads_back`: list texts only where they resolve back, else a value no cell equals).
    None when the sheet has a column this does not know."""
    if not set(layout.keys) <= set(_READ_BACK_KEYS):
        return None
    by_name = {h.name: h for h in ws.reference.hubs}
    hub_text: dict[str, str | None] = {n: n for n, h in by_name.items() if hubs.find(n) is h}
    hub_text[""] = None  # no hub
    statuses = {s.value: s.label for s in DeliveryStatus if _STATUS.get(fold(s.label)) is s}
    never = object()

    def reads_back(db: tuple[Any, ...]) -> tuple[Any, ...]:
        return (db[D_ID], db[D_VERSION], db[D_REF] or None, db[D_QTY], db[D_PLANNED],
                db[D_ACTUAL], statuses.get(db[D_STATUS], never), hub_text.get(db[D_HUB], never),
                db[D_DELAY] or None, db[D_NOTES] or None)

    if layout.keys == _READ_BACK_KEYS:
        return reads_back
    pick = [_READ_BACK_KEYS.index(k) for k in layout.keys]
    return lambda db: tuple(map(reads_back(db).__getitem__, pick))


_READ_BACK_KEYS = ("id", "version", "pledge_reference", "quantity", "planned_on", "actual_on",
                   "status", "hub", "delay_reason", "notes")


def _resolve(row: SheetRow, hubs: Any, errors: list[CellIssue],
             seen: dict[tuple[str, str], Any]) -> dict[str, Any] | None:
    """The row's values with status as DeliveryStatus and hub as a Hub ('did you mean');
    `seen` keeps what a text resolved to (a handful of names over 300k rows: fold once)."""
    out = dict(row.values)
    bad = False
    checks = (("status", lambda t: lookup(_STATUS, t, "delivery status")), ("hub", hubs.get))
    for key, resolve in checks:
        text = out.get(key)
        if text is None:
            continue
        known = seen.get((key, text))
        if known is not None:
            out[key] = known
            continue
        try:
            out[key] = seen[key, text] = resolve(text)
        except DomainError as exc:
            label = DELIVERIES.column(key).label
            errors.append(CellIssue(SHEET, row.cells[key], f"{label}: {exc}"))
            bad = True
    return None if bad else out


def _plan_new(plan: ImportPlan, row: SheetRow, vals: dict[str, Any],
              pledges: PledgeIndex) -> bool:
    reference = vals.get("pledge_reference") or ""
    if not reference or vals.get("status") is None:
        return False  # the empty required cells are reported already
    pledge_id = pledges.ids.get(reference)
    if pledge_id is None and reference not in pledges.new_rows:
        plan.errors.append(CellIssue(SHEET, row.cells["pledge_reference"], (
            f"Pledge reference: no pledge {reference} in the planner nor among the new rows of "
            "the Pledges sheet (a new pledge needs its reference in the Pledges sheet for a "
            "delivery to name it)")))
        return False
    fields = {FIELD_OF[k]: _field_value(k, vals.get(k)) for k in COMPARED}
    plan.changes.append(RowChange(
        row.number, pledge_id, reference, sheet=SHEET,
        new={k: _display(k, v) for k, v in vals.items() if k in COMPARED and v not in (None, "")},
        fields=fields, cells=row.cells))
    return True


def _canonical_db(db: tuple[Any, ...], hub_by_name: Mapping[str, Hub]) -> dict[str, Any]:
    return {"quantity": db[D_QTY], "planned_on": db[D_PLANNED], "actual_on": db[D_ACTUAL],
            "status": DeliveryStatus(db[D_STATUS]), "hub": hub_by_name.get(db[D_HUB]),
            "delay_reason": db[D_DELAY], "notes": db[D_NOTES]}


def _same(key: str, db: Any, sheet: Any, sheet_status: DeliveryStatus | None) -> bool:
    if key in TEXT:
        return (db or "").replace("\r\n", "\n").replace("\r", "\n") == (sheet or "")
    if key == "hub":
        return (db.id if db else None) == (sheet.id if sheet else None)
    if key == "actual_on" and sheet is None and sheet_status is DeliveryStatus.DELIVERED:
        return True  # delivered without a date keeps the planner's (or gets today's)
    if key == "quantity":
        return (db is None and sheet is None) or (db is not None and sheet is not None
                                                   and Decimal(db) == Decimal(sheet))
    return bool(db == sheet)


def _compare(plan: ImportPlan, sheet: SheetData, row: SheetRow, vals: dict[str, Any],
             db: tuple[Any, ...], hub_by_name: Mapping[str, Hub]) -> None:
    db_vals = _canonical_db(db, hub_by_name)
    change = RowChange(row.number, db[D_PLEDGE], db[D_REF], version=db[D_VERSION], sheet=SHEET,
                       delivery_id=db[D_ID], cells=row.cells)
    for key in COMPARED:
        if key not in sheet.present or _same(key, db_vals[key], vals.get(key), vals["status"]):
            continue
        if DELIVERIES.column(key).required and vals.get(key) is None:
            continue  # already reported as an empty required cell
        change.old[key] = _display(key, db_vals[key])
        change.new[key] = _display(key, vals.get(key))
    if not change.new:
        plan.count_unchanged(SHEET)
        return
    change.fields = {FIELD_OF[k]: _field_value(k, vals.get(k)) for k in change.new}
    version = vals.get("version")
    if version is None or version < db[D_VERSION]:
        change.kind = "conflict"
    elif version > db[D_VERSION]:
        plan.errors.append(CellIssue(SHEET, row.cells.get("version", ""),
                                     f"version {version} is newer than the planner's "
                                     f"({db[D_VERSION]}); the cell was edited"))
        return
    else:
        change.kind = "changed"
    plan.changes.append(change)


def _display(key: str, value: Any) -> Any:
    if isinstance(value, Hub):
        return value.name
    if isinstance(value, DeliveryStatus):
        return value.label
    return value


def _field_value(key: str, value: Any) -> Any:
    if key == "hub":
        return value.id if value is not None else None
    if key in TEXT:
        return value or ""
    return value


def _warn_over_delivery(plan: ImportPlan, current: Mapping[int, tuple[Any, ...]],
                        sheet_values: Mapping[int, tuple[str, Decimal | None, DeliveryStatus]],
                        added: list[tuple[str, Decimal | None, DeliveryStatus]],
                        pledges: PledgeIndex) -> None:
    """Deliveries adding up to more than the pledge (after the import): a warning per pledge
    whose deliveries this sheet adds or changes, as the GUI warns on a single edit."""
    touched = {ref for ref, _, _ in added}
    touched |= {ref for did, (ref, q, s) in sheet_values.items()
                if (q, s.value) != (current[did][D_QTY], current[did][D_STATUS])}
    if not touched:
        return
    sums: dict[str, Decimal] = dict.fromkeys(touched, Decimal(0))
    for did, db in current.items():
        ref, quantity, status = sheet_values.get(did) or (db[D_REF], db[D_QTY],
                                                          DeliveryStatus(db[D_STATUS]))
        if ref in sums and status is not DeliveryStatus.CANCELLED:
            sums[ref] += quantity or 0
    for ref, quantity, status in added:
        if status is not DeliveryStatus.CANCELLED:
            sums[ref] += quantity or 0
    for ref in sorted(touched):
        pledged = pledges.quantity_of(ref)
        if pledged is not None and sums[ref] > pledged:
            unit = f" {pledges.unit_of(ref)}" if pledges.unit_of(ref) else ""
            plan.warnings.append(f"{SHEET}: deliveries of {ref} add up to "
                                 f"{sums[ref].normalize():f}{unit}, more than the "
                                 f"{pledged.normalize():f}{unit} pledged")
