"""Import of our own workbook (export or template): validate, diff against the database, apply.

Groups: new rows (no id), changed, unchanged, conflicts (the sheet's version is older than the
database's and the values differ), and errors (bad cells, unknown ids). Nothing is applied while
any error remains, nor while a conflict has no chosen side. Applying is one transaction after a
backup of the database file, with one audit entry per change; a row missing from the sheet is
never deleted.

    plan = plan_import(ws, path, progress=p)            # read, validate, diff: nothing written
    plan.rows("conflict")                               # RowChange per row, keyed "Pledges!17"
    result = apply_plan(ws, plan, {"Pledges!17": "sheet", "Pledges!20": "skip"})
    undo_import(ws, result.applied_import)              # one transaction back; redo_import again

Decisions per row: new and changed rows are applied unless "skip"ped; a conflict is written
only for "sheet", kept as in the planner for "database" (or "skip"), and has no default.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..domain.enums import Channel, PledgeStatus
from ..domain.errors import DomainError
from ..exchange.xlsx_reader import CellIssue, SheetData, SheetRow, lock_file_warning, read_workbook
from ..exchange.xlsx_schema import DELIVERIES, PLEDGES, Sheet
from . import pledge_rows as R
from .clipboard import parse_day
from .matching import Resolver, capability_resolver, fold, member_resolver
from .pledges import PledgeDraft
from .progress import NullProgress, Progress, check
from .xlsx_apply import (
    AppliedImport,
    DeliveryEdit,
    ImportWrite,
    NewDelivery,
    NewPledge,
    PledgeEdit,
    RowRefused,
    Where,
    redo_import,
    undo_import,
    write_import,
)
from .xlsx_export import pledge_sheet_row

if TYPE_CHECKING:
    from .workspace import Workspace

log = logging.getLogger(__name__)
Side = Literal["sheet", "database"]
Decision = Literal["apply", "skip", "sheet", "database"]
RowKind = Literal["new", "changed", "conflict"]
KINDS: tuple[RowKind, ...] = ("new", "changed", "conflict")
_SHEETS: dict[str, Sheet] = {PLEDGES.name: PLEDGES, DELIVERIES.name: DELIVERIES}

__all__ = ["AppliedImport", "Decision", "ImportPlan", "ImportResult", "RowChange", "apply_plan",
           "import_workbook", "label_of", "plan_import", "redo_import", "undo_import"]

# Sheet column key -> pledge field (choice columns resolve to ids/enums first).
FIELD_OF = {"donor": "donor_id", "capability": "capability_id", "item": "item",
            "quantity": "quantity", "unit": "unit", "value_amount": "value_amount",
            "currency": "currency", "announced_on": "announced_on", "channel": "channel",
            "funding_year": "funding_year", "source_ref": "source_ref", "notes": "notes"}
COMPARED = (*FIELD_OF, "status")


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
                "old": {k: _show(v) for k, v in self.old.items()},
                "new": {k: _show(v) for k, v in self.new.items()}}


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

    def count_unchanged(self, sheet: str) -> None:
        self.unchanged_by_sheet[sheet] = self.unchanged_by_sheet.get(sheet, 0) + 1

    def counts(self, sheet: str) -> dict[str, int]:
        return {"new": len(self.rows("new", sheet)), "changed": len(self.rows("changed", sheet)),
                "unchanged": self.unchanged_by_sheet.get(sheet, 0),
                "conflicts": len(self.rows("conflict", sheet))}


@dataclass
class ImportResult:
    applied: bool
    plan: ImportPlan  # with the errors of the apply added (the plan passed in is left as it was)
    backup: Path | None = None
    applied_import: AppliedImport | None = None  # what was written (None: nothing, or dry run)

    def as_json(self) -> dict[str, Any]:
        """The top-level counts are the Pledges sheet's (as the CLI has always printed them);
        "deliveries" holds the Deliveries sheet's; "details" lists rows of both sheets."""
        p = self.plan
        return {
            "applied": self.applied, **p.counts(PLEDGES.name),
            "deliveries": p.counts(DELIVERIES.name),
            "errors": [e.as_json() for e in p.errors], "warnings": list(p.warnings),
            "details": {
                "new": [c.as_json() for c in p.rows("new")],
                "changed": [c.as_json() for c in p.rows("changed")],
                "conflicts": [c.as_json() for c in p.rows("conflict")],
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


def plan_import(ws: Workspace, path: Path, *, progress: Progress | None = None) -> ImportPlan:
    """Read, validate and diff both sheets; nothing is written. Cancelled when cancelled."""
    progress = progress or NullProgress()
    path = Path(path)
    plan = ImportPlan(path.name)
    warning = lock_file_warning(path)
    if warning:
        plan.warnings.append(warning)
    progress.report(0, 0, f"reading {path.name}")
    book = read_workbook(path, parse_text_date=parse_day)
    check(progress)
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
    _plan_pledges(ws, plan, sheet, progress)
    return plan


def _every(progress: Progress, n: int, total: int, message: str) -> None:
    """Report and check for a cancel every 1,000 rows (a report per row would cost more than
    the row)."""
    if n % 1000 == 0:
        check(progress)
        progress.report(n, total, message)


def _plan_pledges(ws: Workspace, plan: ImportPlan, sheet: SheetData,
                  progress: Progress) -> None:
    resolve = _Resolve(ws)
    current = {r[R.ID]: r for r in ws.pledges.table_rows()}
    references = {r[R.REF]: r[R.ID] for r in current.values()}
    seen_ids: dict[int, int] = {}
    seen_refs: dict[str, int] = {}
    total = len(sheet.rows)
    for n, row in enumerate(sheet.rows):
        _every(progress, n, total, "checking the Pledges sheet")
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
        change = RowChange(row.number, pid, db_row[R.REF], version=db_row[R.VERSION],
                           cells=row.cells)
        for key in COMPARED:
            if key not in sheet.present or _same(key, db_vals.get(key), vals.get(key)):
                continue
            if PLEDGES.column(key).required and vals.get(key) is None:
                continue  # already reported as an empty required cell
            change.old[key] = _display(key, db_vals.get(key))
            change.new[key] = _display(key, vals.get(key))
        if not change.new:
            plan.count_unchanged(PLEDGES.name)
            continue
        change.fields = {FIELD_OF[k]: _field_value(k, vals.get(k))
                         for k in change.new if k in FIELD_OF}
        change.status = vals["status"] if "status" in change.new else None
        if version is None or version < db_row[R.VERSION]:
            change.kind = "conflict"
        elif version > db_row[R.VERSION]:
            plan.errors.append(CellIssue(PLEDGES.name, row.cells.get("version", ""),
                                         f"version {version} is newer than the planner's "
                                         f"({db_row[R.VERSION]}); the cell was edited"))
            continue
        else:
            change.kind = "changed"
        plan.changes.append(change)


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
    plan.changes.append(RowChange(
        row.number, None, reference, new={k: _display(k, v) for k, v in vals.items()
                                          if k in COMPARED and v is not None},
        draft=draft, cells=row.cells))


# ---------------------------------------------------------------------- apply
def apply_plan(ws: Workspace, plan: ImportPlan, decisions: Mapping[str, Decision] | None = None,
               *, dry_run: bool = False, progress: Progress | None = None) -> ImportResult:
    """Write the plan's rows as decided, in one transaction after a backup (all or nothing).

    Refused (nothing written, the reasons in the result's plan.errors) while the plan has
    errors, a conflict has no decision, or a row is refused on write (a pledge changed again
    since the plan: StaleEdit). A cancel raises Cancelled and leaves the database as it was.
    """
    chosen, issues = _decide(plan, decisions or {})
    if plan.errors or issues:
        return ImportResult(False, _with_errors(plan, issues))
    write = _to_write(chosen)
    if not len(write):
        return ImportResult(not dry_run, plan)
    backup = None if dry_run else ws.db.backup("before-import")
    try:
        record = write_import(ws, write, source_name=plan.source_name, dry_run=dry_run,
                                      progress=progress)
    except RowRefused as exc:
        return ImportResult(False, _with_errors(plan, [CellIssue(exc.where.sheet, "", str(exc))]),
                            backup)
    except DomainError as exc:
        return ImportResult(False, _with_errors(plan, [CellIssue(PLEDGES.name, "", str(exc))]),
                            backup)
    return ImportResult(not dry_run, plan, backup, None if dry_run or not record else record)


def _with_errors(plan: ImportPlan, issues: list[CellIssue]) -> ImportPlan:
    """The plan with the apply's errors added, leaving the caller's plan as it was (a preview
    dialog applies again with other decisions)."""
    return replace(plan, errors=[*plan.errors, *issues]) if issues else plan


def _decide(plan: ImportPlan, decisions: Mapping[str, Decision]
            ) -> tuple[list[RowChange], list[CellIssue]]:
    chosen: list[RowChange] = []
    issues: list[CellIssue] = []
    undecided = 0
    for c in plan.changes:
        decision = decisions.get(c.key)
        if c.kind == "conflict":
            if decision is None:
                undecided += 1
            elif decision == "sheet":
                chosen.append(c)
            elif decision not in ("database", "skip"):
                issues.append(CellIssue(c.sheet, "", f"row {c.row}: '{decision}' is not a "
                                        "choice for a conflict (take 'sheet' or 'database')"))
        elif decision in (None, "apply", "sheet"):
            chosen.append(c)
        elif decision not in ("skip", "database"):
            issues.append(CellIssue(c.sheet, "", f"row {c.row}: '{decision}' is not a choice "
                                    "(apply or skip)"))
    known = {c.key for c in plan.changes}
    issues += [CellIssue(key.split("!")[0], "", f"{key} is not a new, changed or conflicting "
                         "row of this import") for key in sorted(set(decisions) - known)]
    if undecided:
        issues.append(CellIssue(PLEDGES.name, "", (
            f"{undecided} row(s) were changed in the planner since the export and in the sheet "
            "too; choose a side for each conflict, the sheet's or the planner's (on the "
            "command line: --take sheet or --take database)")))
    return chosen, issues


def _to_write(chosen: list[RowChange]) -> ImportWrite:
    write = ImportWrite()
    for c in chosen:
        where = Where(c.sheet, c.row, c.reference)
        if c.sheet == PLEDGES.name:
            if c.draft is not None:
                write.new_pledges.append(NewPledge(where, c.draft))
            else:
                write.pledge_edits.append(PledgeEdit(where, c.pledge_id or 0, c.version,
                                                     c.fields, c.status))
        elif c.delivery_id is None:
            write.new_deliveries.append(NewDelivery(where, c.pledge_id, c.reference, c.fields))
        else:
            write.delivery_edits.append(DeliveryEdit(where, c.delivery_id, c.version, c.fields))
    return write


def import_workbook(ws: Workspace, path: Path, *, dry_run: bool = False,
                    take: Side | None = None, progress: Progress | None = None) -> ImportResult:
    """Plan, then (unless rejected) apply all of it in one transaction after a backup; `take`
    is the same decision for every conflict."""
    plan = plan_import(ws, path, progress=progress)
    decisions: dict[str, Decision] = {c.key: take for c in plan.rows("conflict")} if take else {}
    return apply_plan(ws, plan, decisions, dry_run=dry_run, progress=progress)
