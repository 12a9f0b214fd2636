"""Writing an import in one transaction, and the record that undoes and redoes it.

`write_import` creates and edits pledges and deliveries in ONE transaction (all of it or
nothing: a refused row, a stale version or a cancel rolls everything back) and returns an
`AppliedImport`: the ids it created and, for each row it edited, the values before and after
and the version it left. `undo_import` puts all of that back in one transaction (created rows
deleted, old values and statuses restored, each row written once) and refuses with StaleEdit
when any of those rows changed since; `redo_import` writes the import again and returns the new
record (created rows get new ids). Every write is audited with its source ("import of X.xlsx",
"undo of import of X.xlsx", "redo of import of X.xlsx").

Versions only move forward: an undo restores the values, not the version numbers, so a sheet
exported before the undo still meets the optimistic-concurrency check.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from ..domain.enums import PledgeStatus
from ..domain.errors import DomainError, NotFound, StaleEdit
from ..domain.records import Delivery, Pledge
from . import deliveries as D
from . import pledges as P
from .changes import Change
from .deliveries import revalue_many
from .progress import NullProgress, Progress, check

if TYPE_CHECKING:
    from ..storage.tx import Tx
    from .workspace import Workspace

# The record fields an undo puts back (the EUR value too: it is the one that was there).
PLEDGE_FIELDS = (*P.EDITABLE, "value_eur", "status")
DELIVERY_FIELDS = D.EDITABLE


# ---------------------------------------------------------------------- what to write
@dataclass(frozen=True)
class Where:
    """The sheet row an item comes from, to name it when it is refused."""

    sheet: str
    row: int
    reference: str = ""

    def __str__(self) -> str:
        return f"row {self.row}" + (f" ({self.reference})" if self.reference else "")


@dataclass(frozen=True)
class NewPledge:
    where: Where
    draft: P.PledgeDraft


@dataclass(frozen=True)
class PledgeEdit:
    where: Where
    pledge_id: int
    version: int  # the version the plan compared with
    fields: Mapping[str, Any]
    status: PledgeStatus | None = None


@dataclass(frozen=True)
class NewDelivery:
    where: Where
    pledge_id: int | None  # None: a pledge created by the same import, found by reference
    pledge_reference: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class DeliveryEdit:
    where: Where
    delivery_id: int
    version: int
    fields: Mapping[str, Any]


@dataclass
class ImportWrite:
    new_pledges: list[NewPledge] = field(default_factory=list)
    pledge_edits: list[PledgeEdit] = field(default_factory=list)
    new_deliveries: list[NewDelivery] = field(default_factory=list)
    delivery_edits: list[DeliveryEdit] = field(default_factory=list)

    def __len__(self) -> int:
        return (len(self.new_pledges) + len(self.pledge_edits) + len(self.new_deliveries)
                + len(self.delivery_edits))


class RowRefused(DomainError):
    """A row the database refused while applying; names the sheet and row."""

    def __init__(self, where: Where, exc: DomainError) -> None:
        super().__init__(f"{where}: {exc}")
        self.where = where
        self.cause = exc


# ---------------------------------------------------------------------- what was written
@dataclass(frozen=True)
class CreatedPledge:
    id: int
    version: int
    draft: P.PledgeDraft  # its content with the reference it got, so a redo gives it back


@dataclass(frozen=True)
class CreatedDelivery:
    id: int
    version: int
    pledge_id: int
    pledge_reference: str
    values: Mapping[str, Any]  # the delivery's fields as written


@dataclass(frozen=True)
class UpdatedRow:
    entity: Literal["pledge", "delivery"]
    id: int
    label: str  # "pledge DEU-2024-017", "delivery 45 of DEU-2024-017"
    before: Mapping[str, Any]  # record field -> value before (only the fields that changed)
    after: Mapping[str, Any]  # the same fields after
    version: int  # the row's version after the write
    pledge_id: int = 0  # a delivery's pledge (to re-value it)


@dataclass(frozen=True)
class AppliedImport:
    """Exactly what an import (or its redo) wrote: enough to undo it."""

    source_name: str
    pledges: tuple[CreatedPledge, ...] = ()
    deliveries: tuple[CreatedDelivery, ...] = ()
    updated: tuple[UpdatedRow, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.pledges or self.deliveries or self.updated)

    def describe(self) -> str:
        """'import of e.xlsx: 2 pledges and 3 deliveries created, 4 rows changed' (undo text)."""
        parts = []
        if self.pledges:
            parts.append(f"{len(self.pledges):,} pledge{'s' if len(self.pledges) > 1 else ''}")
        if self.deliveries:
            parts.append(f"{len(self.deliveries):,} deliver"
                         f"{'ies' if len(self.deliveries) > 1 else 'y'}")
        text = f"import of {self.source_name}"
        if parts:
            text += f": {' and '.join(parts)} created"
        if self.updated:
            text += f"{',' if parts else ':'} {len(self.updated):,} row" \
                    f"{'s' if len(self.updated) > 1 else ''} changed"
        return text


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


# ---------------------------------------------------------------------- apply
class _Steps:
    """Progress and cancel between the writes of one transaction."""

    def __init__(self, progress: Progress, total: int, message: str) -> None:
        self.progress, self.total, self.message, self.done = progress, total, message, 0

    def next(self) -> None:
        check(self.progress)  # raises Cancelled inside the transaction: it rolls back
        self.done += 1
        if self.done == self.total or self.done % 200 == 0:
            self.progress.report(self.done, self.total, self.message)


def write_import(ws: Workspace, w: ImportWrite, *, source_name: str, dry_run: bool = False,
                 progress: Progress | None = None) -> AppliedImport:
    """Write `w` in one transaction; raises RowRefused (nothing written) when a row is refused,
    Cancelled when the progress is cancelled (nothing written)."""
    steps = _Steps(progress or NullProgress(), len(w), f"applying {source_name}")
    source = f"import of {source_name}"
    try:
        with ws.db.transaction(ws.user) as tx:
            record = _write(ws, tx, w, source, source_name, steps)
            if dry_run:
                raise _DryRun
    except _DryRun:
        return AppliedImport(source_name)
    _publish(ws, record)
    return record


@contextlib.contextmanager
def _refusing(where: Where) -> Iterator[None]:
    """A DomainError inside becomes RowRefused naming the sheet row."""
    try:
        yield
    except RowRefused:
        raise
    except DomainError as exc:
        raise RowRefused(where, exc) from None


def _write(ws: Workspace, tx: Tx, w: ImportWrite, source: str, source_name: str,
           steps: _Steps) -> AppliedImport:
    created: list[CreatedPledge] = []
    by_reference: dict[str, int] = {}
    for item in w.new_pledges:
        steps.next()
        with _refusing(item.where):
            pledge = ws.pledges.create_in(tx, item.draft, source)
        created.append(CreatedPledge(pledge.id, pledge.version,
                                     replace(item.draft, reference=pledge.reference)))
        by_reference[pledge.reference] = pledge.id
    updated: list[UpdatedRow] = []
    for edit in w.pledge_edits:
        steps.next()
        with _refusing(edit.where):
            row = _edit_pledge(ws, tx, edit, source)
        if row is not None:
            updated.append(row)
    touched: set[int] = set()
    for d_edit in w.delivery_edits:
        steps.next()
        with _refusing(d_edit.where):
            before, after = ws.deliveries.update_in(tx, d_edit.delivery_id, d_edit.version,
                                                    d_edit.fields, source)
        row = _delivery_row(before, after, d_edit.where.reference)
        if row is not None:
            updated.append(row)
            touched.add(after.pledge_id)
    new_deliveries: list[tuple[Delivery, NewDelivery]] = []
    for new in w.new_deliveries:
        steps.next()
        with _refusing(new.where):
            pledge_id = new.pledge_id or by_reference.get(new.pledge_reference)
            if pledge_id is None:
                raise NotFound(f"pledge {new.pledge_reference} is not created by this import")
            new_deliveries.append((ws.deliveries.create_in(tx, pledge_id, new.values), new))
        touched.add(pledge_id)
    _revalue(tx, touched)
    made = []
    for delivery, new in new_deliveries:
        final = ws.deliveries.audit_created(tx, delivery.id, source)
        made.append(CreatedDelivery(final.id, final.version, final.pledge_id,
                                    new.pledge_reference, _fields(final, DELIVERY_FIELDS)))
    return AppliedImport(source_name, tuple(created), tuple(made), tuple(updated))


def _edit_pledge(ws: Workspace, tx: Tx, edit: PledgeEdit, source: str) -> UpdatedRow | None:
    before = tx.pledge(edit.pledge_id)
    after, version = before, edit.version
    if edit.fields:
        after = ws.pledges.update_in(tx, edit.pledge_id, version, edit.fields, source)
        version = after.version
    if edit.status is not None:
        after = ws.pledges.set_status_in(tx, edit.pledge_id, version, edit.status, source)
    old, new = _changed(before, after, PLEDGE_FIELDS)
    if not new:
        return None
    return UpdatedRow("pledge", after.id, f"pledge {after.reference}", old, new, after.version)


def _delivery_row(before: Delivery, after: Delivery, reference: str) -> UpdatedRow | None:
    old, new = _changed(before, after, DELIVERY_FIELDS)
    if not new:
        return None
    return UpdatedRow("delivery", after.id, f"delivery {after.id} of {reference}", old, new,
                      after.version, after.pledge_id)


def _fields(record: Pledge | Delivery, keys: Iterable[str]) -> dict[str, Any]:
    return {k: getattr(record, k) for k in keys}


def _changed(before: Pledge | Delivery, after: Pledge | Delivery,
             keys: Iterable[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    keys = [k for k in keys if getattr(before, k) != getattr(after, k)]
    return _fields(before, keys), _fields(after, keys)


def _revalue(tx: Tx, pledge_ids: Iterable[int]) -> None:
    """Give the deliveries of these pledges their EUR values (once, after all the writes)."""
    wanted = {}
    for pid in sorted(set(pledge_ids)):
        pledge = tx.pledge(pid)
        wanted[pid] = (pledge.value_eur, pledge.quantity)
    revalue_many(tx, wanted)


def _publish(ws: Workspace, record: AppliedImport, *, deleted: bool = False) -> None:
    """One Change per kind of row, for the views to reload."""
    if record.pledges:
        ws.changes.publish(Change("pledge", tuple(p.id for p in record.pledges),
                                  "deleted" if deleted else "created"))
    if record.deliveries:
        ws.changes.publish(Change("delivery", tuple(d.id for d in record.deliveries),
                                  "deleted" if deleted else "created"))
    for entity in ("pledge", "delivery"):
        ids = tuple(u.id for u in record.updated if u.entity == entity)
        if ids:
            ws.changes.publish(Change(entity, ids, "updated"))


# ---------------------------------------------------------------------- undo and redo
def undo_import(ws: Workspace, applied: AppliedImport) -> None:
    """Delete what the import created and restore what it changed, in one transaction.

    Refuses with StaleEdit (nothing written) when any of those rows changed or went away since.
    """
    source = f"undo of import of {applied.source_name}"
    with ws.db.transaction(ws.user) as tx, _stale_if_gone():
        touched: set[int] = set()
        for cd in reversed(applied.deliveries):
            touched.add(ws.deliveries.delete_in(tx, cd.id, cd.version, source).pledge_id)
        for u in reversed(applied.updated):
            _restore(ws, tx, u, u.version, u.before, source)
            if u.entity == "delivery":
                touched.add(u.pledge_id)
        for cp in reversed(applied.pledges):
            if tx.deliveries_of(cp.id):
                raise StaleEdit(f"pledge {cp.draft.reference} has deliveries added after the "
                                "import; delete them first")
            ws.pledges.delete_in(tx, cp.id, cp.version, source)
        _revalue(tx, touched - {cp.id for cp in applied.pledges})
    _publish(ws, applied, deleted=True)


def redo_import(ws: Workspace, applied: AppliedImport) -> AppliedImport:
    """Write an undone import again (one transaction); returns the record of this write.

    Pledges it creates again keep their references (and get new ids); the rows it changed must
    still be as the undo left them, or it refuses with StaleEdit.
    """
    source = f"redo of import of {applied.source_name}"
    with ws.db.transaction(ws.user) as tx, _stale_if_gone():
        new_id: dict[int, int] = {}
        pledges = []
        for cp in applied.pledges:
            pledge = ws.pledges.create_in(tx, cp.draft, source)
            new_id[cp.id] = pledge.id
            pledges.append(replace(cp, id=pledge.id, version=pledge.version))
        updated = []
        touched: set[int] = set()
        for u in applied.updated:
            # the undo wrote each row once, so it left it one version on
            after = _restore(ws, tx, u, u.version + 1, u.after, source)
            updated.append(replace(u, version=after.version))
            if u.entity == "delivery":
                touched.add(u.pledge_id)
        made = []
        for cd in applied.deliveries:
            pledge_id = new_id.get(cd.pledge_id, cd.pledge_id)
            made.append((ws.deliveries.create_in(tx, pledge_id, cd.values), cd))
            touched.add(pledge_id)
        _revalue(tx, touched)
        deliveries = []
        for delivery, cd in made:
            final = ws.deliveries.audit_created(tx, delivery.id, source)
            deliveries.append(replace(cd, id=final.id, version=final.version,
                                      pledge_id=final.pledge_id))
        record = AppliedImport(applied.source_name, tuple(pledges), tuple(deliveries),
                               tuple(updated))
    _publish(ws, record)
    return record


def _restore(ws: Workspace, tx: Tx, u: UpdatedRow, version: int, values: Mapping[str, Any],
             source: str) -> Pledge | Delivery:
    try:
        if u.entity == "pledge":
            return ws.pledges.restore_in(tx, u.id, version, values, source)
        return ws.deliveries.restore_in(tx, u.id, version, values, source)
    except StaleEdit:
        raise StaleEdit(f"{u.label} was changed after the import; the import cannot be "
                        "undone or redone as a whole") from None


@contextlib.contextmanager
def _stale_if_gone() -> Iterator[None]:
    """A row deleted since is as stale as a row edited since."""
    try:
        yield
    except NotFound as exc:
        raise StaleEdit(f"{exc}; the import cannot be undone or redone as a whole") from None
