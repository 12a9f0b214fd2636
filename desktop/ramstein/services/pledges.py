"""Pledge use cases: create, edit, change status, cancel, delete created-in-error.

Every change writes its audit entry (who, when, before, after) in the same transaction and
publishes one Change on the workspace bus.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.audit import diff, record_dict
from ..domain.enums import AuditAction, Channel, PledgeStatus
from ..domain.errors import DomainError, MissingRate, NotFound
from ..domain.money import Money, check_currency, to_decimal
from ..domain.records import AuditEntry, FinancingShare, Pledge
from ..domain.status import (
    StatusChange,
    allowed_next,
    check_transition,
    resume_from,
    resume_state,
)
from ..storage import queries
from .changes import Change
from .deliveries import revalue_deliveries

if TYPE_CHECKING:
    from ..storage.tx import Tx
    from .workspace import Workspace

EDITABLE = (
    "donor_id", "capability_id", "item", "quantity", "unit", "value_amount", "currency",
    "valuation_date", "announced_on", "funding_year", "channel", "reimbursed_by_id",
    "source_ref", "classification", "notes",
)


@dataclass
class PledgeDraft:
    donor_id: int
    capability_id: int
    item: str
    channel: Channel = Channel.IN_KIND_STOCKS
    status: PledgeStatus = PledgeStatus.ANNOUNCED
    quantity: Decimal | None = None
    unit: str = ""
    value_amount: Decimal | None = None
    currency: str = "EUR"
    valuation_date: date | None = None
    announced_on: date | None = None
    funding_year: int | None = None
    reimbursed_by_id: int | None = None
    financed_by: tuple[FinancingShare, ...] = ()
    source_ref: str = ""
    classification: str = ""
    notes: str = ""
    reference: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class PledgeService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # ------------------------------------------------------------------ reads
    def get(self, pledge_id: int) -> Pledge:
        found = queries.pledge(self.ws.db.reader, pledge_id)
        if found is None:
            raise NotFound(f"pledge {pledge_id} does not exist")
        return found

    def table_rows(self) -> list[tuple[Any, ...]]:
        return queries.pledge_table_rows(self.ws.db.reader)

    def table_rows_for(self, pledge_ids: list[int]) -> list[tuple[Any, ...]]:
        """The table rows of some pledges (after an edit); ids that no longer exist are absent."""
        return queries.pledge_table_rows(self.ws.db.reader, list(pledge_ids))

    def history(self, pledge_id: int) -> list[StatusChange]:
        return queries.status_history(self.ws.db.reader, pledge_id)

    def audit(self, pledge_id: int) -> list[AuditEntry]:
        return queries.audit_for(self.ws.db.reader, "pledge", str(pledge_id))

    def next_statuses(self, pledge: Pledge) -> tuple[PledgeStatus, ...]:
        resume = resume_state(self.history(pledge.id)) if pledge.status is PledgeStatus.SUSPENDED else None
        return allowed_next(pledge.status, resume)

    def prepare_editing(self) -> None:
        """Load the write path (SQLAlchemy, the first connection) before the first edit.

        It costs ~0.4 s once per process; a worker can spend it while the planner reads the
        table, instead of the first edit pausing the window.
        """
        from ..storage import tx  # noqa: F401  (imports SQLAlchemy's ORM)

        with self.ws.db.engine.connect():
            pass

    # ------------------------------------------------------------------ validation
    def _clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        ref = self.ws.reference
        out = dict(values)
        if "item" in out:
            out["item"] = (out["item"] or "").strip()
            if not out["item"]:
                raise DomainError("item: describe what is pledged (it must not be empty)")
        if "donor_id" in out:
            donor = ref.members_by_id.get(out["donor_id"])
            if donor is None:
                raise DomainError(f"donor: no member with id {out['donor_id']}")
            if not donor.is_donor:
                raise DomainError(f"donor: {donor.name} is the recipient, not a donor")
        if "capability_id" in out and out["capability_id"] not in ref.capabilities_by_id:
            raise DomainError(f"capability: no capability with id {out['capability_id']}")
        if "currency" in out:
            out["currency"] = check_currency(out["currency"])
        for key in ("quantity", "value_amount"):
            if out.get(key) is not None:
                out[key] = to_decimal(out[key], key.replace("_", " "))
                if out[key] < 0:
                    raise DomainError(f"{key.replace('_', ' ')}: must not be negative")
        if out.get("quantity") is not None and out["quantity"] != out["quantity"].quantize(Decimal("0.001")):
            raise DomainError("quantity: at most 3 decimal places")
        if "channel" in out:
            out["channel"] = Channel(out["channel"]).value
        return out

    def _eur(self, amount: Decimal | None, currency: str, on: date | None) -> tuple[Decimal | None, date | None]:
        if amount is None:
            return None, on
        on = on or self.ws.today()
        try:
            return self.ws.reference.rates.to_eur(Money(amount, currency), on), on
        except MissingRate as exc:
            raise DomainError(f"value: {exc}") from None

    def _next_reference(self, tx: Tx, donor_id: int, year: int) -> str:
        code = self.ws.reference.members_by_id[donor_id].code
        prefix = f"{code}-{year}-"
        return f"{prefix}{tx.max_reference_number(prefix) + 1:03d}"

    # ------------------------------------------------------------------ writes
    def create(self, draft: PledgeDraft, *, source: str = "gui") -> Pledge:
        return self.create_many([draft], source=source)[0]

    def create_many(self, drafts: list[PledgeDraft], *, source: str = "gui") -> list[Pledge]:
        """Create pledges in one transaction (a paste, an import): all of them or none."""
        if not drafts:
            return []
        with self.ws.db.transaction(self.ws.user) as tx:
            created = [self._create(tx, draft, source) for draft in drafts]
        self.ws.changes.publish(Change("pledge", tuple(p.id for p in created), "created"))
        return created

    def _create(self, tx: Tx, draft: PledgeDraft, source: str) -> Pledge:
        fields = self._clean({k: getattr(draft, k) for k in EDITABLE})
        fields["status"] = draft.status
        value_on = draft.valuation_date or draft.announced_on
        fields["value_eur"], fields["valuation_date"] = self._eur(
            fields["value_amount"], fields["currency"], value_on
        )
        when = draft.announced_on or self.ws.today()
        if draft.reference and tx.reference_exists(draft.reference):
            raise DomainError(f"reference: {draft.reference} is already used by another pledge")
        fields["reference"] = draft.reference or self._next_reference(tx, fields["donor_id"], when.year)
        created = tx.add_pledge(str(uuid.uuid4()), fields)
        if draft.financed_by:
            _check_shares(draft.financed_by)
            tx.set_financers(created.id, draft.financed_by)
            created = tx.pledge(created.id)
        tx.add_status_event(created.id, None, draft.status.value, when, draft.source_ref or source)
        tx.audit(AuditAction.CREATE, "pledge", created.id, None, record_dict(created), source)
        return created

    def duplicate(self, pledge_id: int, *, source: str = "gui") -> Pledge:
        """A new pledge with the same content, status announced, a new reference, no deliveries."""
        original = self.get(pledge_id)
        return self.create(self.duplicate_draft(original),
                           source=f"{source}: duplicate of {original.reference}")

    def duplicate_draft(self, original: Pledge) -> PledgeDraft:
        """What `duplicate` creates, as a draft (an undoable duplicate creates it itself)."""
        draft = draft_from(original)
        draft.status = PledgeStatus.ANNOUNCED
        draft.notes = (f"Copy of {original.reference}. " + original.notes).strip()
        return draft

    def apply_batch(
        self,
        drafts: list[tuple[str, PledgeDraft]],
        updates: list[tuple[str, int, int, Mapping[str, Any], PledgeStatus | None]],
        *,
        source: str,
        dry_run: bool = False,
    ) -> tuple[list[Pledge], list[Pledge]]:
        """Create and edit pledges (an import) in ONE transaction: all of it or nothing.

        `drafts` are (label, draft); `updates` are (label, id, version read, field changes,
        new status or None). A failing item raises DomainError prefixed with its label (e.g.
        'Pledges row 17'). With `dry_run` every rule is checked and the transaction is rolled back.
        """
        created: list[Pledge] = []
        updated: list[Pledge] = []
        try:
            with self.ws.db.transaction(self.ws.user) as tx:
                label = ""
                try:
                    for label, draft in drafts:  # noqa: B007 (label names the failing item)
                        created.append(self._create(tx, draft, source))
                    for label, pid, version, changes, status in updates:  # noqa: B007
                        after = None
                        if changes:
                            after = self._update(tx, pid, version, changes, source)
                            version = after.version
                        if status is not None:
                            after = self._set_status(tx, pid, version, status, None, "", source)
                        if after is not None:
                            updated.append(after)
                except DomainError as exc:
                    raise type(exc)(f"{label}: {exc}") from None
                if dry_run:
                    raise _DryRun
        except _DryRun:
            return created, updated
        if created:
            self.ws.changes.publish(Change("pledge", tuple(p.id for p in created), "created"))
        if updated:
            self.ws.changes.publish(Change("pledge", tuple(p.id for p in updated), "updated"))
        return created, updated

    def update(
        self, pledge_id: int, version: int, changes: Mapping[str, Any], *, source: str = "gui"
    ) -> Pledge:
        return self.update_many([(pledge_id, version, changes)], source=source)[0]

    def update_many(
        self, items: list[tuple[int, int, Mapping[str, Any]]], *, source: str = "gui"
    ) -> list[Pledge]:
        """Edit several pledges in one transaction (a multi-row edit): all or none.

        Each item names the version the caller read; a pledge changed since raises StaleEdit and
        nothing is written.
        """
        with self.ws.db.transaction(self.ws.user) as tx:
            out = [self._update(tx, pid, version, changes, source) for pid, version, changes in items]
        self.ws.changes.publish(Change("pledge", tuple(p.id for p in out), "updated"))
        return out

    def _update(self, tx: Tx, pledge_id: int, version: int, changes: Mapping[str, Any],
                source: str) -> Pledge:
        bad = set(changes) - set(EDITABLE) - {"financed_by"}
        if bad:
            raise DomainError(f"these fields cannot be edited here: {', '.join(sorted(bad))}")
        clean = self._clean({k: v for k, v in changes.items() if k != "financed_by"})
        before = tx.pledge(pledge_id)
        if {"value_amount", "currency", "valuation_date"} & clean.keys():
            amount = clean.get("value_amount", before.value_amount)
            currency = clean.get("currency", before.currency)
            on = clean.get("valuation_date", before.valuation_date) or before.announced_on
            clean["value_eur"], clean["valuation_date"] = self._eur(amount, currency, on)
        after = tx.update_pledge(pledge_id, version, clean)
        if after.value_eur != before.value_eur or after.quantity != before.quantity:
            revalue_deliveries(tx, after)
        if "financed_by" in changes:
            _check_shares(changes["financed_by"])
            tx.set_financers(pledge_id, changes["financed_by"])
            after = tx.pledge(pledge_id)
        old, new = diff(record_dict(before), record_dict(after))
        old.pop("version", None)
        new.pop("version", None)
        tx.audit(AuditAction.UPDATE, "pledge", pledge_id, old, new, source)
        return after

    def change_status(
        self,
        pledge_id: int,
        version: int,
        new_status: PledgeStatus,
        *,
        on_date: date | None = None,
        source_ref: str = "",
        source: str = "gui",
    ) -> Pledge:
        with self.ws.db.transaction(self.ws.user) as tx:
            after = self._set_status(tx, pledge_id, version, new_status, on_date, source_ref, source)
        self.ws.changes.publish(Change("pledge", (pledge_id,), "updated"))
        return after

    def change_status_many(
        self,
        items: list[tuple[int, int]],
        new_status: PledgeStatus,
        *,
        on_date: date | None = None,
        source_ref: str = "",
        source: str = "gui",
    ) -> list[Pledge]:
        """Change the status of several pledges in one transaction: all or none."""
        with self.ws.db.transaction(self.ws.user) as tx:
            out = [
                self._set_status(tx, pid, ver, new_status, on_date, source_ref, source)
                for pid, ver in items
            ]
        self.ws.changes.publish(Change("pledge", tuple(p for p, _ in items), "updated"))
        return out

    def _set_status(
        self, tx: Tx, pledge_id: int, version: int, new_status: PledgeStatus,
        on_date: date | None, source_ref: str, source: str,
    ) -> Pledge:
        before = tx.pledge(pledge_id)
        resume = None
        if before.status is PledgeStatus.SUSPENDED:
            resume = resume_from([(PledgeStatus(f) if f else None, PledgeStatus(t))
                                  for f, t in tx.status_history(pledge_id)])
        try:
            check_transition(before.status, new_status, resume)
        except DomainError as exc:
            raise type(exc)(f"{before.reference}: {exc}") from None
        after = tx.update_pledge(pledge_id, version, {"status": new_status})
        tx.add_status_event(pledge_id, before.status.value, new_status.value,
                            on_date or self.ws.today(), source_ref or source)
        tx.audit(AuditAction.STATUS, "pledge", pledge_id, {"status": before.status.value},
                 {"status": new_status.value, "on_date": (on_date or self.ws.today()).isoformat(),
                  "source_ref": source_ref}, source)
        return after

    def revert_status(
        self, pledge_id: int, version: int, back_to: PledgeStatus, *, source: str = "undo"
    ) -> Pledge:
        """Undo a status change: set the status back without the forward-only rule.

        The history stays append-only: the reversal is kept as an event of its own, and audited.
        """
        return self.revert_status_many([(pledge_id, version, back_to)], source=source)[0]

    def revert_status_many(
        self, items: list[tuple[int, int, PledgeStatus]], *, source: str = "undo"
    ) -> list[Pledge]:
        """revert_status for several pledges in one transaction (the undo of a multi-row status
        change or cancel): all or none."""
        with self.ws.db.transaction(self.ws.user) as tx:
            out = [self.restore_in(tx, pledge_id, version, {"status": back_to}, source)
                   for pledge_id, version, back_to in items]
        self.ws.changes.publish(Change("pledge", tuple(p for p, _, _ in items), "updated"))
        return out

    def restore_in(self, tx: Tx, pledge_id: int, version: int, values: Mapping[str, Any],
                   source: str) -> Pledge:
        """Write stored values back as they were (undo/redo of an import, of a status change),
        inside the caller's transaction: one version step, no rules re-run.

        `values` are record fields (value_eur and valuation_date included, so the EUR value is
        the one that was there, not a recomputation). A status in them moves without the
        forward-only rule and is kept as a status event of its own; both parts are audited.
        """
        before = tx.pledge(pledge_id)
        after = tx.update_pledge(pledge_id, version, dict(values))
        if after.value_eur != before.value_eur or after.quantity != before.quantity:
            revalue_deliveries(tx, after)
        if "status" in values and after.status is not before.status:
            tx.add_status_event(pledge_id, before.status.value, after.status.value,
                                self.ws.today(), source)
            tx.audit(AuditAction.STATUS, "pledge", pledge_id, {"status": before.status.value},
                     {"status": after.status.value}, source)
        old, new = diff(record_dict(before), record_dict(after))
        for key in ("version", "status"):
            old.pop(key, None)
            new.pop(key, None)
        if new:
            tx.audit(AuditAction.UPDATE, "pledge", pledge_id, old, new, source)
        return after

    def cancel(self, pledge_id: int, version: int, reason: str, *, source: str = "gui") -> Pledge:
        return self.change_status(pledge_id, version, PledgeStatus.CANCELLED,
                                  source_ref=reason, source=source)

    def delete_created_in_error(self, pledge_id: int, version: int, reason: str, *, source: str = "gui") -> Pledge:
        """Hard delete (with its deliveries); audited with the full record. Cancel otherwise."""
        return self.delete_many([(pledge_id, version)], reason, source=source)[0]

    def delete_many(self, items: list[tuple[int, int]], reason: str, *, source: str = "gui") -> list[Pledge]:
        """Hard delete several pledges in one transaction (also the undo of a paste)."""
        if not reason.strip():
            raise DomainError("say why the pledge was created in error; the reason is audited")
        with self.ws.db.transaction(self.ws.user) as tx:
            out = [self.delete_in(tx, pledge_id, version, f"{source}: {reason}")
                   for pledge_id, version in items]
        self.ws.changes.publish(Change("pledge", tuple(p for p, _ in items), "deleted"))
        return out

    def delete_in(self, tx: Tx, pledge_id: int, version: int, source: str) -> Pledge:
        """Hard delete one pledge (with its deliveries) inside the caller's transaction."""
        deliveries = tx.deliveries_of(pledge_id)
        before = tx.delete_pledge(pledge_id, version)
        tx.audit(AuditAction.DELETE, "pledge", pledge_id,
                 {**record_dict(before), "deliveries": [record_dict(d) for d in deliveries]},
                 None, source)
        return before

    # ------------------------------------------------------------------ inside a caller's tx
    # (an import writes pledges and deliveries in one transaction of its own)
    def create_in(self, tx: Tx, draft: PledgeDraft, source: str) -> Pledge:
        return self._create(tx, draft, source)

    def update_in(self, tx: Tx, pledge_id: int, version: int, changes: Mapping[str, Any],
                  source: str) -> Pledge:
        return self._update(tx, pledge_id, version, changes, source)

    def set_status_in(self, tx: Tx, pledge_id: int, version: int, status: PledgeStatus,
                      source: str) -> Pledge:
        return self._set_status(tx, pledge_id, version, status, None, "", source)


class _DryRun(Exception):
    """Raised inside a transaction to roll a dry run back."""


def draft_from(p: Pledge) -> PledgeDraft:
    """A draft with a pledge's content (for duplicate, and for the undo of a delete)."""
    return PledgeDraft(
        donor_id=p.donor_id, capability_id=p.capability_id, item=p.item, channel=p.channel,
        status=p.status, quantity=p.quantity, unit=p.unit, value_amount=p.value_amount,
        currency=p.currency, valuation_date=p.valuation_date, announced_on=p.announced_on,
        funding_year=p.funding_year, reimbursed_by_id=p.reimbursed_by_id,
        financed_by=p.financed_by, source_ref=p.source_ref, classification=p.classification,
        notes=p.notes,
    )


def _check_shares(shares: tuple[FinancingShare, ...]) -> None:
    total = sum((s.share for s in shares), Decimal(0))
    if shares and total != 1:
        raise DomainError(f"financed by: the shares add up to {total}, not 1")
    if any(s.share <= 0 for s in shares):
        raise DomainError("financed by: every share must be above 0")
