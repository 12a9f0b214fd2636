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

import gc
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..domain.enums import Channel, PledgeStatus
from ..domain.errors import DomainError
from ..exchange.xlsx_reader import (
    CellIssue,
    SheetData,
    SheetLayout,
    SheetRow,
    lock_file_warning,
    read_workbook,
)
from ..exchange.xlsx_schema import DELIVERIES, PLEDGES
from ..storage.scaling import unscale
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
from .xlsx_import_deliveries import plan_deliveries
from .xlsx_plan import ImportPlan, PledgeIndex, RowChange, RowKind, label_of, lookup

if TYPE_CHECKING:
    from .workspace import Workspace

log = logging.getLogger(__name__)
Side = Literal["sheet", "database"]
Decision = Literal["apply", "skip", "sheet", "database"]

__all__ = ["AppliedImport", "Decision", "ImportPlan", "ImportResult", "RowChange", "RowKind",
           "apply_plan", "import_workbook", "label_of", "plan_import", "redo_import", "undo_import"]

# Sheet column key -> pledge field (choice columns resolve to ids/enums first).
FIELD_OF = {"donor": "donor_id", "capability": "capability_id", "item": "item",
            "quantity": "quantity", "unit": "unit", "value_amount": "value_amount",
            "currency": "currency", "announced_on": "announced_on", "channel": "channel",
            "funding_year": "funding_year", "source_ref": "source_ref", "notes": "notes"}
COMPARED = (*FIELD_OF, "status")


@dataclass
class ImportResult:
    applied: bool
    plan: ImportPlan  # with the errors of the apply added (the plan passed in is left as it was)
    backup: Path | None = None
    applied_import: AppliedImport | None = None  # what was written (None: nothing, or dry run)

    def as_json(self) -> dict[str, Any]:
        """The top-level counts are the whole workbook's (both sheets); "pledges" and
        "deliveries" hold each sheet's; "details" lists rows of both sheets."""
        p = self.plan
        by_sheet = {"pledges": p.counts(PLEDGES.name), "deliveries": p.counts(DELIVERIES.name)}
        return {
            "applied": self.applied,
            **{k: by_sheet["pledges"][k] + by_sheet["deliveries"][k] for k in by_sheet["pledges"]},
            **by_sheet,
            "errors": [e.as_json() for e in p.errors], "warnings": list(p.warnings),
            "details": {
                "new": [c.as_json() for c in p.rows("new")],
                "changed": [c.as_json() for c in p.rows("changed")],
                "conflicts": [c.as_json() for c in p.rows("conflict")],
            },
        }


_STATUS = {**{fold(s.label): s for s in PledgeStatus}, **{fold(s.value): s for s in PledgeStatus},
           "contracted": PledgeStatus.ALLOCATED, "in transit": PledgeStatus.IN_DELIVERY}
_CHANNEL = {**{fold(c.label): c for c in Channel}, **{fold(c.value): c for c in Channel}}
_lookup = lookup  # (also used by services.mapped_import)


class _Resolve:
    """Sheet text of the list columns -> records, with 'did you mean' on a miss."""

    def __init__(self, ws: Workspace) -> None:
        ref = ws.reference
        self.donors: Resolver[Any] = member_resolver(ref.members)
        self.caps: Resolver[Any] = capability_resolver(ref.capabilities)
        self.currencies = {"EUR", *ref.rates.currencies()}
        self._seen: dict[tuple[str, str], Any] = {}

    def row(self, sheet: SheetData, row: SheetRow, errors: list[CellIssue]) -> dict[str, Any] | None:
        """Canonical values: donor/capability as records, status/channel as enums."""
        out = dict(row.values)
        bad = False
        checks = (("donor", self.donors.get), ("capability", self.caps.get),
                  ("status", lambda t: _lookup(_STATUS, t, "status")),
                  ("channel", lambda t: _lookup(_CHANNEL, t, "channel")),
                  ("currency", self._currency))
        for key, resolve in checks:
            text = out.get(key)
            if text is None:
                continue
            known = self._seen.get((key, text))  # a few dozen names over 100k rows: fold once
            if known is not None:
                out[key] = known
                continue
            try:
                out[key] = self._seen[key, text] = resolve(text)
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
    with _no_cycle_collection():
        return _plan_import(ws, path, progress or NullProgress())


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector off for the plan: reading and diffing 400k rows makes
    millions of objects and no reference cycles, and the collector would walk the sheets'
    rows again and again (about 0.7 s of a 6 s plan). Switched back on after, if it was on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _plan_import(ws: Workspace, path: Path, progress: Progress) -> ImportPlan:
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
    pledge_sheet = book.sheets.get(PLEDGES.name)
    delivery_sheet = book.sheets.get(DELIVERIES.name)
    our_id = ws.db.info().get("database_id", "")
    has_ids = any(_has_ids(sheet) for sheet in (pledge_sheet, delivery_sheet) if sheet is not None)
    if has_ids and book.database_id and our_id and book.database_id != our_id:
        plan.errors.append(CellIssue(PLEDGES.name if pledge_sheet else DELIVERIES.name, "", (
            f"this workbook was exported from another database ({book.database_id}); its ids "
            "do not match this one. Clear the id and version columns to add its rows as new "
            "pledges and deliveries")))
        return plan
    current = {r[R.ID]: r for r in ws.pledges.table_rows()}
    index = _pledge_index(current)
    if pledge_sheet is not None:
        _plan_pledges(ws, plan, pledge_sheet, current, index, progress)
    if delivery_sheet is not None:
        plan_deliveries(ws, plan, delivery_sheet, index, progress)
    if pledge_sheet is None and delivery_sheet is None:
        plan.warnings.append("no Pledges or Deliveries sheet: nothing to import")
    plan.errors.sort(key=_reading_order)
    return plan


def _has_ids(sheet: SheetData) -> bool:
    at = sheet.layout.index.get("id")
    return at is not None and any(t[at] is not None for t in sheet.values)


_SHEET_ORDER = {PLEDGES.name: 0, DELIVERIES.name: 1}


def _reading_order(issue: CellIssue) -> tuple[int, int, int, str]:
    """Errors as a planner reads the sheet: by sheet, row, then column (A..Z, AA..)."""
    match = re.fullmatch(r"([A-Z]{1,3})(\d+)", issue.cell or "")
    if match is None:
        return (_SHEET_ORDER.get(issue.sheet, 2), 0, 0, issue.cell)
    column = 0
    for letter in match[1]:
        column = column * 26 + ord(letter) - 64
    return (_SHEET_ORDER.get(issue.sheet, 2), int(match[2]), column, issue.cell)


def _pledge_index(current: Mapping[int, R.Row]) -> PledgeIndex:
    by_reference = {r[R.REF]: r for r in current.values()}

    def planned(reference: str) -> tuple[Decimal | None, str] | None:
        r = by_reference.get(reference)
        return None if r is None else (unscale(r[R.QTY_MILLI], 3), r[R.UNIT] or "")

    return PledgeIndex({ref: r[R.ID] for ref, r in by_reference.items()}, planned=planned)


def _every(progress: Progress, n: int, total: int, message: str) -> None:
    """Report and check for a cancel every 1,000 rows (a report per row would cost more than
    the row)."""
    if n % 1000 == 0:
        check(progress)
        progress.report(n, total, message)


def _plan_pledges(ws: Workspace, plan: ImportPlan, sheet: SheetData,
                  current: Mapping[int, R.Row], index: PledgeIndex, progress: Progress) -> None:
    resolve = _Resolve(ws)
    references = index.ids
    seen_ids: dict[int, int] = {}
    seen_refs: dict[str, int] = {}
    total = len(sheet)
    layout = sheet.layout
    at_id = layout.index.get("id")
    reads_back = _reads_back(ws, resolve, layout)
    unchanged = 0
    for n, (number, typed) in enumerate(zip(sheet.numbers, sheet.values, strict=True)):
        if n % 1000 == 0:
            _every(progress, n, total, "checking the Pledges sheet")
        if reads_back is not None and at_id is not None:  # most rows: as exported, unchanged
            pid = typed[at_id]
            db_row = current.get(pid)
            if db_row is not None and pid not in seen_ids and reads_back(db_row) == typed:
                seen_ids[pid] = number
                unchanged += 1
                continue
        row = SheetRow(number, typed, layout)
        vals = resolve.row(sheet, row, plan.errors)
        if vals is None:
            continue
        pid, version = vals.get("id"), vals.get("version")
        reference = vals.get("reference") or ""
        if pid is None:
            _plan_new(plan, sheet, row, vals, references, seen_refs, index)
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
        if "quantity" in change.new:
            index.quantity[db_row[R.REF]] = vals.get("quantity")
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
    plan.count_unchanged(PLEDGES.name, unchanged)


def _reads_back(ws: Workspace, resolve: _Resolve, layout: SheetLayout
                ) -> Callable[[R.Row], tuple[Any, ...]] | None:
    """The typed values a Pledges row exported from a planner row reads back as (in the
    sheet's column order): equal to the sheet row's means the row is unchanged, so the diff
    builds and compares one tuple per row instead of resolving and comparing each field.

    Equal implies what the field-by-field path finds: a list text is given only where it
    resolves back to the planner's record or enum (elsewhere a value no cell equals), texts
    compare as `_same` does (empty is None; the reader never returns a carriage return), and
    numbers compare as Decimals. A row that differs anywhere takes the field-by-field path.
    None when the sheet has a column this does not know."""
    if not set(layout.keys) <= set(_READ_BACK_KEYS):
        return None
    ref = ws.reference
    donors = {m.id: m.name for m in ref.members if resolve.donors.find(m.name) is m}
    caps = {c.id: c.name for c in ref.capabilities if resolve.caps.find(c.name) is c}
    statuses = {s.value: s.label for s in PledgeStatus if _STATUS.get(fold(s.label)) is s}
    channels = {c.value: c.label for c in Channel if _CHANNEL.get(fold(c.label)) is c}
    currencies: dict[str | None, str | None] = {
        c: c for c in resolve.currencies if c == c.strip().upper()}
    currencies.update({"": None, None: None})
    quantities: dict[int, Decimal] = {}  # a few thousand distinct quantities: one each
    days: dict[str, date] = {}
    never = _NEVER

    def quantity(milli: int | None) -> Decimal | None:
        if milli is None:
            return None
        found = quantities.get(milli)
        if found is None:
            found = quantities[milli] = Decimal(milli).scaleb(-3)  # = unscale(milli, 3)
        return found

    def day(iso: str | None) -> date | None:
        if not iso:
            return None
        found = days.get(iso)
        if found is None:
            found = days[iso] = date.fromisoformat(iso)
        return found

    def reads_back(r: R.Row) -> tuple[Any, ...]:
        value = r[R.VALUE_MILLI]
        return (r[R.ID], r[R.VERSION], r[R.REF] or None, donors.get(r[R.DONOR_ID], never),
                caps.get(r[R.CAPABILITY_ID], never), r[R.ITEM] or None,
                quantity(r[R.QTY_MILLI]), r[R.UNIT] or None,
                None if value is None else Decimal(value).scaleb(-3),
                currencies.get(r[R.CURRENCY], never), day(r[R.ANNOUNCED]),
                statuses.get(r[R.STATUS], never), channels.get(r[R.CHANNEL], never),
                r[R.FUNDING_YEAR], r[R.SOURCE_REF] or None, r[R.NOTES] or None)

    if layout.keys == _READ_BACK_KEYS:
        return reads_back
    pick = [_READ_BACK_KEYS.index(k) for k in layout.keys]
    return lambda r: tuple(map(reads_back(r).__getitem__, pick))


# The Pledges columns `_reads_back` gives, in the schema's order.
_READ_BACK_KEYS = ("id", "version", "reference", "donor", "capability", "item", "quantity", "unit",
                   "value_amount", "currency", "announced_on", "status", "channel",
                   "funding_year", "source_ref", "notes")
_NEVER = object()  # equal to no cell's value


def _plan_new(plan: ImportPlan, sheet: SheetData, row: SheetRow, vals: dict[str, Any],
              references: Mapping[str, int], seen_refs: dict[str, int],
              index: PledgeIndex) -> None:
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
    if reference:  # its deliveries may name it on the Deliveries sheet
        index.new_rows[reference] = row.number
        index.quantity[reference] = draft.quantity
        index.unit[reference] = draft.unit


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
    issues += _orphans(chosen)
    known = {c.key for c in plan.changes}
    issues += [CellIssue(key.split("!")[0], "", f"{key} is not a new, changed or conflicting "
                         "row of this import") for key in sorted(set(decisions) - known)]
    if undecided:
        issues.append(CellIssue(PLEDGES.name, "", (
            f"{undecided} row(s) were changed in the planner since the export and in the sheet "
            "too; choose a side for each conflict, the sheet's or the planner's (on the "
            "command line: --take sheet or --take database)")))
    return chosen, issues


def _orphans(chosen: list[RowChange]) -> list[CellIssue]:
    """New deliveries of a new pledge of the same workbook that is skipped."""
    created = {c.reference: c.row for c in chosen if c.draft is not None and c.reference}
    return [CellIssue(DELIVERIES.name, c.cells.get("pledge_reference", ""), (
        f"Pledge reference: the new pledge {c.reference} is skipped, so this new delivery "
        "has no pledge; import the pledge or skip the delivery too"))
        for c in chosen if c.sheet == DELIVERIES.name and c.delivery_id is None
        and c.pledge_id is None and c.reference not in created]


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
