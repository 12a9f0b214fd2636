"""Import of our own workbook (export or template): validate, diff against the database, apply.

Groups: new rows (no id), changed, unchanged, conflicts (the sheet's version is older than the
database's and the values differ), and errors (bad cells, unknown ids). Nothing is applied while
any error remains, nor while a conflict has no chosen side. Applying is one transaction after a
backup of the database file, with one audit entry per change; a row missing from the sheet is
never deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..domain.enums import Channel, PledgeStatus
from ..domain.errors import DomainError
from ..exchange.xlsx_reader import CellIssue, SheetData, SheetRow, lock_file_warning, read_workbook
from ..exchange.xlsx_schema import PLEDGES
from . import pledge_rows as R
from .clipboard import parse_day
from .matching import Resolver, capability_resolver, fold, member_resolver
from .pledges import PledgeDraft
from .xlsx_export import pledge_sheet_row

if TYPE_CHECKING:
    from .workspace import Workspace

log = logging.getLogger(__name__)
Side = Literal["sheet", "database"]

# Sheet column key -> pledge field (choice columns resolve to ids/enums first).
FIELD_OF = {"donor": "donor_id", "capability": "capability_id", "item": "item",
            "quantity": "quantity", "unit": "unit", "value_amount": "value_amount",
            "currency": "currency", "announced_on": "announced_on", "channel": "channel",
            "funding_year": "funding_year", "source_ref": "source_ref", "notes": "notes"}
COMPARED = (*FIELD_OF, "status")


@dataclass
class RowChange:
    row: int
    pledge_id: int | None
    reference: str
    old: dict[str, Any] = field(default_factory=dict)  # sheet key -> database value (display)
    new: dict[str, Any] = field(default_factory=dict)  # sheet key -> sheet value (display)
    version: int = 0  # the database's version when compared

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "id": self.pledge_id, "reference": self.reference,
                "old": {k: _show(v) for k, v in self.old.items()},
                "new": {k: _show(v) for k, v in self.new.items()}}


@dataclass
class ImportPlan:
    source_name: str
    new: list[tuple[RowChange, PledgeDraft]] = field(default_factory=list)
    changed: list[tuple[RowChange, dict[str, Any], PledgeStatus | None]] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[tuple[RowChange, dict[str, Any], PledgeStatus | None]] = field(default_factory=list)
    errors: list[CellIssue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    applied: bool
    plan: ImportPlan
    backup: Path | None = None

    def as_json(self) -> dict[str, Any]:
        p = self.plan
        return {
            "applied": self.applied, "new": len(p.new), "changed": len(p.changed),
            "unchanged": p.unchanged, "conflicts": len(p.conflicts),
            "errors": [e.as_json() for e in p.errors], "warnings": list(p.warnings),
            "details": {
                "new": [c.as_json() for c, _ in p.new],
                "changed": [c.as_json() for c, _, _ in p.changed],
                "conflicts": [c.as_json() for c, _, _ in p.conflicts],
            },
        }


def _show(value: Any) -> Any:
    if value is None or isinstance(value, str | int):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


_STATUS = {**{fold(s.label): s for s in PledgeStatus}, **{fold(s.value): s for s in PledgeStatus},
           "contracted": PledgeStatus.ALLOCATED, "in transit": PledgeStatus.IN_DELIVERY}
_CHANNEL = {**{fold(c.label): c for c in Channel}, **{fold(c.value): c for c in Channel}}


def _lookup(table: Mapping[str, Any], text: str, what: str) -> Any:
    found = table.get(fold(text))
    if found is None:
        import difflib

        close = difflib.get_close_matches(fold(text), list(table), n=1, cutoff=0.7)
        hint = f"; did you mean {table[close[0]].label}?" if close else ""
        raise DomainError(f"'{text}' is not a {what}{hint}")
    return found


class _Resolve:
    """Sheet text of the list columns -> records, with 'did you mean' on a miss."""

    def __init__(self, ws: Workspace) -> None:
        ref = ws.reference
        self.donors: Resolver[Any] = member_resolver(ref.members)
        self.caps: Resolver[Any] = capability_resolver(ref.capabilities)
        self.currencies = {"EUR", *ref.rates.currencies()}

    def row(self, sheet: SheetData, row: SheetRow, errors: list[CellIssue]) -> dict[str, Any] | None:
        """Canonical values: donor/capability as records, status/channel as enums."""
        out = dict(row.values)
        bad = False
        checks = (("donor", self.donors.get), ("capability", self.caps.get),
                  ("status", lambda t: _lookup(_STATUS, t, "status")),
                  ("channel", lambda t: _lookup(_CHANNEL, t, "channel")),
                  ("currency", self._currency))
        for key, resolve in checks:
            if out.get(key) is None:
                continue
            try:
                out[key] = resolve(out[key])
            except DomainError as exc:
                label = PLEDGES.column(key).label
                errors.append(CellIssue(sheet.sheet.name, row.cells[key], f"{label}: {exc}"))
                bad = True
        return None if bad else out

    def _currency(self, text: str) -> str:
        code = text.strip().upper()
        if code not in self.currencies:
            raise DomainError(f"'{text}' has no exchange rate in the planner "
                              f"({', '.join(sorted(self.currencies))})")
        return code


def _canonical_db(row: R.Row, ws: Workspace) -> dict[str, Any]:
    """The database's values in the sheet's canonical form (as the export writes them)."""
    vals = pledge_sheet_row(row)
    ref = ws.reference
    vals["donor"] = ref.members_by_id[row[R.DONOR_ID]]
    vals["capability"] = ref.capabilities_by_id[row[R.CAPABILITY_ID]]
    vals["status"] = PledgeStatus(row[R.STATUS])
    vals["channel"] = Channel(row[R.CHANNEL])
    return vals


def _same(key: str, db: Any, sheet: Any) -> bool:
    if key in ("unit", "source_ref", "notes", "item"):
        return (db or "").replace("\r\n", "\n").replace("\r", "\n") == (sheet or "")
    if key == "currency":
        return (db or "EUR") == (sheet or "EUR")
    if key == "channel" and sheet is None:
        return True  # an empty channel keeps the database's
    if isinstance(db, Decimal) or isinstance(sheet, Decimal):
        return (db is None and sheet is None) or (db is not None and sheet is not None
                                                   and Decimal(db) == Decimal(sheet))
    return bool(db == sheet)


def _display(key: str, value: Any) -> Any:
    if hasattr(value, "name") and key in ("donor", "capability"):
        return value.name
    if isinstance(value, PledgeStatus | Channel):
        return value.label
    return value


def _field_value(key: str, value: Any) -> Any:
    if key in ("donor", "capability"):
        return value.id
    if key == "currency":
        return value or "EUR"
    if key in ("unit", "source_ref", "notes"):
        return value or ""
    return value


def plan_import(ws: Workspace, path: Path) -> ImportPlan:
    """Read, validate and diff; nothing is written."""
    path = Path(path)
    plan = ImportPlan(path.name)
    warning = lock_file_warning(path)
    if warning:
        plan.warnings.append(warning)
    book = read_workbook(path, parse_text_date=parse_day)
    plan.errors += book.errors
    plan.warnings += book.warnings
    if "Deliveries" in book.sheets and book.sheets["Deliveries"].rows:
        plan.warnings.append("Deliveries sheet not imported yet (its rows were ignored)")
    sheet = book.sheets.get(PLEDGES.name)
    if sheet is None:
        plan.warnings.append("no Pledges sheet: nothing to import")
        return plan
    our_id = ws.db.info().get("database_id", "")
    has_ids = any(r.values.get("id") is not None for r in sheet.rows)
    if has_ids and book.database_id and our_id and book.database_id != our_id:
        plan.errors.append(CellIssue(PLEDGES.name, "", (
            f"this workbook was exported from another database ({book.database_id}); its ids "
            "do not match this one. Clear the id and version columns to add its rows as new "
            "pledges")))
        return plan
    resolve = _Resolve(ws)
    current = {r[R.ID]: r for r in ws.pledges.table_rows()}
    references = {r[R.REF]: r[R.ID] for r in current.values()}
    seen_ids: dict[int, int] = {}
    seen_refs: dict[str, int] = {}
    for row in sheet.rows:
        vals = resolve.row(sheet, row, plan.errors)
        if vals is None:
            continue
        pid, version = vals.get("id"), vals.get("version")
        reference = vals.get("reference") or ""
        if pid is None:
            _plan_new(plan, sheet, row, vals, references, seen_refs)
            continue
        if pid in seen_ids:
            plan.errors.append(CellIssue(PLEDGES.name, row.cells["id"],
                                         f"id {pid} appears twice (also in row {seen_ids[pid]})"))
            continue
        seen_ids[pid] = row.number
        db_row = current.get(pid)
        if db_row is None:
            plan.errors.append(CellIssue(PLEDGES.name, row.cells["id"], (
                f"no pledge with id {pid} in this database (deleted since the export?); "
                "clear the id and version cells to add the row as a new pledge")))
            continue
        if reference and reference != db_row[R.REF]:
            plan.errors.append(CellIssue(PLEDGES.name, row.cells.get("reference", ""),
                                         f"Reference: cannot be changed ({db_row[R.REF]} in the "
                                         f"planner, {reference} here)"))
            continue
        db_vals = _canonical_db(db_row, ws)
        change = RowChange(row.number, pid, db_row[R.REF], version=db_row[R.VERSION])
        for key in COMPARED:
            if key not in sheet.present or _same(key, db_vals.get(key), vals.get(key)):
                continue
            if PLEDGES.column(key).required and vals.get(key) is None:
                continue  # already reported as an empty required cell
            change.old[key] = _display(key, db_vals.get(key))
            change.new[key] = _display(key, vals.get(key))
        if not change.new:
            plan.unchanged += 1
            continue
        fields = {FIELD_OF[k]: _field_value(k, vals.get(k)) for k in change.new if k in FIELD_OF}
        status = vals["status"] if "status" in change.new else None
        if version is None or version < db_row[R.VERSION]:
            plan.conflicts.append((change, fields, status))
        elif version > db_row[R.VERSION]:
            plan.errors.append(CellIssue(PLEDGES.name, row.cells.get("version", ""),
                                         f"version {version} is newer than the planner's "
                                         f"({db_row[R.VERSION]}); the cell was edited"))
        else:
            plan.changed.append((change, fields, status))
    return plan


def _plan_new(plan: ImportPlan, sheet: SheetData, row: SheetRow, vals: dict[str, Any],
              references: Mapping[str, int], seen_refs: dict[str, int]) -> None:
    reference = vals.get("reference") or ""
    if reference:
        if reference in references:
            plan.errors.append(CellIssue(PLEDGES.name, row.cells["reference"], (
                f"Reference: {reference} is already used by a pledge, but the row has no id; "
                "keep the id and version columns from the export, or clear the reference")))
            return
        if reference in seen_refs:
            plan.errors.append(CellIssue(PLEDGES.name, row.cells["reference"],
                                         f"Reference: {reference} appears twice (also in row "
                                         f"{seen_refs[reference]})"))
            return
        seen_refs[reference] = row.number
    if any(vals.get(k) is None for k in ("donor", "capability", "item", "status")):
        return  # the empty required cells are reported already
    draft = PledgeDraft(
        donor_id=vals["donor"].id, capability_id=vals["capability"].id, item=vals["item"],
        channel=vals.get("channel") or Channel.IN_KIND_STOCKS, status=vals["status"],
        quantity=vals.get("quantity"), unit=vals.get("unit") or "",
        value_amount=vals.get("value_amount"), currency=vals.get("currency") or "EUR",
        announced_on=vals.get("announced_on"), funding_year=vals.get("funding_year"),
        source_ref=vals.get("source_ref") or "", notes=vals.get("notes") or "",
        reference=reference,
    )
    change = RowChange(row.number, None, reference,
                       new={k: _display(k, v) for k, v in vals.items()
                            if k in COMPARED and v is not None})
    plan.new.append((change, draft))


def import_workbook(ws: Workspace, path: Path, *, dry_run: bool = False,
                    take: Side | None = None) -> ImportResult:
    """Plan, then (unless rejected) apply all of it in one transaction after a backup."""
    plan = plan_import(ws, path)
    if plan.conflicts and take is None:
        plan.errors.append(CellIssue(PLEDGES.name, "", (
            f"{len(plan.conflicts)} row(s) were changed in the planner since the export and in "
            "the sheet too; choose a side for the conflicts (--take sheet or --take database)")))
    if plan.errors:
        return ImportResult(False, plan)
    updates: list[tuple[str, int, int, Mapping[str, Any], PledgeStatus | None]] = [
        (f"Pledges row {c.row}", c.pledge_id or 0, c.version, fields, status)
        for c, fields, status in plan.changed
    ]
    if take == "sheet":
        updates += [(f"Pledges row {c.row}", c.pledge_id or 0, c.version, fields, status)
                    for c, fields, status in plan.conflicts]
    drafts = [(f"Pledges row {c.row}", d) for c, d in plan.new]
    if not drafts and not updates:
        return ImportResult(not dry_run, plan)
    source = f"import of {plan.source_name}"
    backup = None
    try:
        if not dry_run:
            backup = ws.db.backup("before-import")
        ws.pledges.apply_batch(drafts, updates, source=source, dry_run=dry_run)
    except DomainError as exc:
        plan.errors.append(CellIssue(PLEDGES.name, "", str(exc)))
        return ImportResult(False, plan, backup)
    return ImportResult(not dry_run, plan, backup)
