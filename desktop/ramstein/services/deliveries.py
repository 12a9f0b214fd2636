"""Delivery use cases: plan, edit, reschedule, mark delivered, cancel; audited like pledges."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any

from ..domain.audit import diff, record_dict
from ..domain.enums import AuditAction, DeliveryStatus
from ..domain.errors import DomainError
from ..domain.money import CENT, to_decimal
from ..domain.records import Delivery, Pledge
from ..storage import queries
from .changes import Change

if TYPE_CHECKING:
    from ..storage.tx import Tx
    from .workspace import Workspace

EDITABLE = ("quantity", "planned_on", "actual_on", "status", "hub_id", "delay_reason", "notes")


@dataclass(frozen=True)
class DeliveryResult:
    delivery: Delivery
    warnings: tuple[str, ...] = ()


def revalue_deliveries(tx: Tx, pledge: Pledge) -> None:
    """Give the live deliveries of a pledge their EUR values, pro rata of quantity."""
    revalue_many(tx, {pledge.id: (pledge.value_eur, pledge.quantity)})


def revalue_many(tx: Tx, pledges: Mapping[int, tuple[Decimal | None, Decimal | None]]) -> int:
    """Re-value the live deliveries of many pledges ({id: (value_eur, quantity)}) in bulk.

    Cumulative rounding in id order: delivery i is worth round(V * q_1..i / Q) minus what the
    earlier ones are worth, so a pledge delivered in full adds up to its value to the cent
    (three thirds of 100.00 are 33.33 + 33.34 + 33.33), and the total never exceeds the pledge's
    value even when the quantities do (the double-counting guard). Cancelled deliveries keep
    their value; they are not counted anywhere. Returns how many deliveries changed.
    """
    changed: dict[int, Decimal | None] = {}
    current_pledge: int | None = None
    done_q = done_v = Decimal(0)
    for pledge_id, delivery_id, quantity, old in tx.live_delivery_quantities(list(pledges)):
        if pledge_id != current_pledge:
            current_pledge, done_q, done_v = pledge_id, Decimal(0), Decimal(0)
        value, total_q = pledges[pledge_id]
        if value is None or not total_q or quantity is None:
            new: Decimal | None = None
        else:
            done_q += quantity
            upto = min(value * done_q / total_q, value).quantize(CENT, rounding=ROUND_HALF_EVEN)
            new = max(Decimal(0), upto - done_v)
            done_v += new
        if new != old:
            changed[delivery_id] = new
    tx.set_delivery_values(changed)
    return len(changed)


class DeliveryService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def of_pledge(self, pledge_id: int) -> list[Delivery]:
        return queries.deliveries_of(self.ws.db.reader, pledge_id)

    def _clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(values)
        if out.get("quantity") is not None:
            out["quantity"] = to_decimal(out["quantity"], "quantity")
            if out["quantity"] < 0:
                raise DomainError("quantity: must not be negative")
        if "status" in out:
            out["status"] = DeliveryStatus(out["status"])
        if out.get("status") is DeliveryStatus.DELIVERED and not out.get("actual_on"):
            out["actual_on"] = self.ws.today()
        if "hub_id" in out and out["hub_id"] is not None and out["hub_id"] not in {h.id for h in self.ws.reference.hubs}:
            raise DomainError(f"hub: no hub with id {out['hub_id']}")
        return out

    def _warnings(self, tx: Tx, pledge: Pledge) -> tuple[str, ...]:
        planned = sum(
            (d.quantity or Decimal(0) for d in tx.deliveries_of(pledge.id) if d.status is not DeliveryStatus.CANCELLED),
            Decimal(0),
        )
        if pledge.quantity is not None and planned > pledge.quantity:
            unit = f" {pledge.unit}" if pledge.unit else ""
            return (
                f"deliveries of {pledge.reference} add up to {planned.normalize():f}{unit}, "
                f"more than the {pledge.quantity.normalize():f}{unit} pledged",
            )
        return ()

    def create(
        self,
        pledge_id: int,
        *,
        quantity: Decimal | None,
        planned_on: date | None,
        hub_id: int | None = None,
        status: DeliveryStatus = DeliveryStatus.PLANNED,
        actual_on: date | None = None,
        notes: str = "",
        delay_reason: str = "",
        source: str = "gui",
    ) -> DeliveryResult:
        fields = self._clean({"quantity": quantity, "planned_on": planned_on, "hub_id": hub_id,
                              "status": status, "actual_on": actual_on, "notes": notes,
                              "delay_reason": delay_reason})
        with self.ws.db.transaction(self.ws.user) as tx:
            pledge = tx.pledge(pledge_id)
            fields["pledge_id"] = pledge_id
            created = tx.add_delivery(str(uuid.uuid4()), fields)
            revalue_deliveries(tx, pledge)
            created = tx.delivery(created.id)
            tx.audit(AuditAction.CREATE, "delivery", created.id, None, record_dict(created), source)
            warnings = self._warnings(tx, pledge)
        self.ws.changes.publish(Change("delivery", (created.id,), "created"))
        return DeliveryResult(created, warnings)

    def update(
        self, delivery_id: int, version: int, changes: Mapping[str, Any], *, source: str = "gui"
    ) -> DeliveryResult:
        bad = set(changes) - set(EDITABLE)
        if bad:
            raise DomainError(f"these fields cannot be edited here: {', '.join(sorted(bad))}")
        clean = self._clean(changes)
        with self.ws.db.transaction(self.ws.user) as tx:
            before = tx.delivery(delivery_id)
            pledge = tx.pledge(before.pledge_id)
            after = tx.update_delivery(delivery_id, version, clean)
            if {"quantity", "status"} & clean.keys():
                revalue_deliveries(tx, pledge)
                after = tx.delivery(delivery_id)
            old, new = diff(record_dict(before), record_dict(after))
            old.pop("version", None)
            new.pop("version", None)
            tx.audit(AuditAction.UPDATE, "delivery", delivery_id, old, new, source)
            warnings = self._warnings(tx, pledge)
        self.ws.changes.publish(Change("delivery", (delivery_id,), "updated"))
        return DeliveryResult(after, warnings)

    def mark_delivered(self, delivery_id: int, version: int, on: date | None = None, *, source: str = "gui") -> DeliveryResult:
        return self.update(delivery_id, version,
                           {"status": DeliveryStatus.DELIVERED, "actual_on": on or self.ws.today()},
                           source=source)

    def reschedule(self, delivery_id: int, version: int, planned_on: date, reason: str = "", *, source: str = "gui") -> DeliveryResult:
        changes: dict[str, Any] = {"planned_on": planned_on}
        if reason:
            changes["delay_reason"] = reason
        return self.update(delivery_id, version, changes, source=source)

    def restore(self, delivery_id: int, version: int, values: Mapping[str, Any], *,
                source: str = "gui") -> DeliveryResult:
        """Write earlier values back exactly (undo of a calendar edit): audited, re-valued,
        but no rules re-run, so 'delivered without an actual date' comes back as it was."""
        bad = set(values) - set(EDITABLE)
        if bad:
            raise DomainError(f"these fields cannot be restored here: {', '.join(sorted(bad))}")
        with self.ws.db.transaction(self.ws.user) as tx:
            after = self.restore_in(tx, delivery_id, version, values, source)
            pledge = tx.pledge(after.pledge_id)
            if {"quantity", "status"} & values.keys():
                revalue_deliveries(tx, pledge)
                after = tx.delivery(delivery_id)
            warnings = self._warnings(tx, pledge)
        self.ws.changes.publish(Change("delivery", (delivery_id,), "updated"))
        return DeliveryResult(after, warnings)

    def delete(self, delivery_id: int, version: int, *, source: str = "gui") -> Delivery:
        with self.ws.db.transaction(self.ws.user) as tx:
            before = tx.delete_delivery(delivery_id, version)
            revalue_deliveries(tx, tx.pledge(before.pledge_id))
            tx.audit(AuditAction.DELETE, "delivery", delivery_id, record_dict(before), None, source)
        self.ws.changes.publish(Change("delivery", (delivery_id,), "deleted"))
        return before

    # ------------------------------------------------------------------ inside a caller's tx
    # An import writes many deliveries in one transaction and re-values their pledges once at
    # the end (revalue_many), so these neither re-value nor publish.
    def create_in(self, tx: Tx, pledge_id: int, values: Mapping[str, Any]) -> Delivery:
        """Add a delivery (not audited yet: audit it with `audit_created` once re-valued)."""
        fields = self._clean({k: v for k, v in values.items() if k in EDITABLE})
        fields["pledge_id"] = pledge_id
        return tx.add_delivery(str(uuid.uuid4()), fields)

    def audit_created(self, tx: Tx, delivery_id: int, source: str) -> Delivery:
        created = tx.delivery(delivery_id)
        tx.audit(AuditAction.CREATE, "delivery", delivery_id, None, record_dict(created), source)
        return created

    def update_in(self, tx: Tx, delivery_id: int, version: int, changes: Mapping[str, Any],
                  source: str) -> tuple[Delivery, Delivery]:
        """Edit with the rules of `update`; returns (before, after)."""
        bad = set(changes) - set(EDITABLE)
        if bad:
            raise DomainError(f"these fields cannot be edited here: {', '.join(sorted(bad))}")
        return self._write(tx, delivery_id, version, self._clean(changes), source)

    def restore_in(self, tx: Tx, delivery_id: int, version: int, values: Mapping[str, Any],
                   source: str) -> Delivery:
        """Write stored values back as they were (undo/redo of an import): no rules re-run."""
        return self._write(tx, delivery_id, version, values, source)[1]

    def _write(self, tx: Tx, delivery_id: int, version: int, values: Mapping[str, Any],
               source: str) -> tuple[Delivery, Delivery]:
        before = tx.delivery(delivery_id)
        after = tx.update_delivery(delivery_id, version, dict(values))
        old, new = diff(record_dict(before), record_dict(after))
        old.pop("version", None)
        new.pop("version", None)
        tx.audit(AuditAction.UPDATE, "delivery", delivery_id, old, new, source)
        return before, after

    def delete_in(self, tx: Tx, delivery_id: int, version: int, source: str) -> Delivery:
        before = tx.delete_delivery(delivery_id, version)
        tx.audit(AuditAction.DELETE, "delivery", delivery_id, record_dict(before), None, source)
        return before
