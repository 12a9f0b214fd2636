"""Audit entries and status changes as planners read them: names, labels, old → new.

Pure Python (no Qt): the audit keeps JSON forms (ids, enum values, decimal strings); this
turns them back into "Donor: Germany → Poland", "Quantity: 10 → 12", "Status: Committed →
In delivery". Member and capability ids are looked up in the maps passed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.enums import Channel, DeliveryStatus, PledgeStatus
from ..domain.records import AuditEntry
from ..domain.status import StatusChange
from .formatting import DASH, decimal_text, eur_full

ARROW = "→"
MAX_TEXT = 80

FIELD_LABELS: dict[str, str] = {
    "reference": "Reference",
    "donor_id": "Donor",
    "capability_id": "Capability",
    "item": "Item",
    "status": "Status",
    "channel": "Mechanism",
    "quantity": "Quantity",
    "unit": "Unit",
    "value_amount": "Value",
    "currency": "Currency",
    "value_eur": "EUR value",
    "valuation_date": "Valuation date",
    "announced_on": "Announced",
    "funding_year": "Funding year",
    "reimbursed_by_id": "Reimbursed by",
    "financed_by": "Financed by",
    "source_ref": "Source",
    "classification": "Classification",
    "notes": "Notes",
    "planned_on": "Planned",
    "actual_on": "Delivered on",
    "hub_id": "Hub",
    "delay_reason": "Delay reason",
    "on_date": "On",
}
HIDDEN = frozenset({"id", "uuid", "version", "pledge_id", "created_at", "updated_at"})
ACTION_LABELS = {
    "create": "Created",
    "update": "Edited",
    "status": "Status changed",
    "cancel": "Cancelled",
    "delete": "Deleted",
    "import": "Imported",
    "seed": "Seeded",
    "demo": "Demo data",
}
SOURCE_LABELS = {"gui": "desktop app", "undo": "undo", "redo": "redo"}
# What a creation shows of the full record, in this order.
CREATED_SUMMARY = ("reference", "status", "item", "quantity", "value_amount", "planned_on",
                   "hub_id")


@dataclass(frozen=True)
class Names:
    """Id -> name maps for the fields that hold ids."""

    members: Mapping[int, str]
    capabilities: Mapping[int, str]
    hubs: Mapping[int, str]


def local_time(at: datetime) -> str:
    """An audit timestamp (UTC) in the computer's time zone, to the minute."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def value_text(field: str, value: Any, names: Names) -> str:
    """One stored value of `field` in readable form."""
    if value is None or value == "" or value == []:
        return DASH
    if field in ("donor_id", "reimbursed_by_id"):
        return names.members.get(int(value), f"member {value}")
    if field == "capability_id":
        return names.capabilities.get(int(value), f"capability {value}")
    if field == "hub_id":
        return names.hubs.get(int(value), f"hub {value}")
    if field == "status":
        return _label(value)
    if field == "channel":
        try:
            return Channel(value).label
        except ValueError:
            return str(value)
    if field == "financed_by" and isinstance(value, list):
        return ", ".join(_share(s, names) for s in value) or DASH
    if field == "value_eur":
        number = _decimal(value)
        return f"€{eur_full(number)}" if number is not None else str(value)
    if field in ("quantity", "value_amount"):
        number = _decimal(value)
        return decimal_text(number) if number is not None else str(value)
    text = str(value)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def change_lines(entry: AuditEntry, names: Names, currency: str = "") -> list[str]:
    """The fields an entry changed, one line each: 'Quantity: 10 → 12'.

    `currency` (the record's current one) labels value amounts when the entry itself does not
    say which currency they are in.
    """
    before = entry.before or {}
    after = entry.after or {}
    lines = _change_lines(entry, before, after, names)
    if currency and "value_amount" in {**before, **after}:
        old_cur = before.get("currency") or after.get("currency") or currency
        new_cur = after.get("currency") or currency
        lines = [_with_currency(line, old_cur, new_cur) for line in lines]
    return lines


def _with_currency(line: str, old: str, new: str) -> str:
    label = f"{field_label('value_amount')}: "
    if not line.startswith(label):
        return line
    if ARROW in line:
        left, right = line[len(label):].split(f" {ARROW} ", 1)
        return (f"{label}{left}{'' if left == DASH else ' ' + old} {ARROW} "
                f"{right}{'' if right == DASH else ' ' + new}")
    return line if line.endswith(DASH) else f"{line} {new}"


def _change_lines(entry: AuditEntry, before: dict[str, Any], after: dict[str, Any],
                  names: Names) -> list[str]:
    if entry.action == "create" and after:
        return [f"{field_label(k)}: {value_text(k, after[k], names)}"
                for k in CREATED_SUMMARY if after.get(k) not in (None, "")]
    if entry.action == "delete" and before:
        lines = [f"{field_label(k)} was {value_text(k, before[k], names)}"
                 for k in CREATED_SUMMARY if before.get(k) not in (None, "")]
        deliveries = before.get("deliveries")
        if isinstance(deliveries, list) and deliveries:
            lines.append(f"with {len(deliveries)} deliveries")
        return lines
    if entry.action == "status":
        old = _label(before.get("status")) if before.get("status") else DASH
        new = _label(after.get("status")) if after.get("status") else DASH
        line = f"Status: {old} {ARROW} {new}"
        extras = [f"on {after['on_date']}"] if after.get("on_date") else []
        if after.get("source_ref"):
            extras.append(f"source: {after['source_ref']}")
        return [line + (f" ({', '.join(extras)})" if extras else "")]
    keys = [k for k in (*after, *(k for k in before if k not in after)) if k not in HIDDEN]
    return [f"{field_label(k)}: {value_text(k, before.get(k), names)} {ARROW} "
            f"{value_text(k, after.get(k), names)}" for k in keys]


def action_text(entry: AuditEntry) -> str:
    return ACTION_LABELS.get(entry.action, entry.action.capitalize())


def audit_row(entry: AuditEntry, names: Names,
              currency: str = "") -> tuple[str, str, str, str, str]:
    """(when, who, action, changes, via) for the history table."""
    return (local_time(entry.at), entry.user or DASH, action_text(entry),
            "\n".join(change_lines(entry, names, currency)) or DASH,
            SOURCE_LABELS.get(entry.source, entry.source) or DASH)


def status_row(change: StatusChange) -> tuple[str, str, str, str]:
    """(date, from → to, source, recorded when and by whom) for the status history table."""
    old = change.from_status.label if change.from_status else "(new)"
    recorded = local_time(change.recorded_at) + (f" by {change.user}" if change.user else "")
    return (change.on_date.isoformat(), f"{old} {ARROW} {change.to_status.label}",
            change.source or DASH, recorded)


def _label(value: Any) -> str:
    for enum in (PledgeStatus, DeliveryStatus):
        try:
            return enum(value).label
        except ValueError:
            continue
    return str(value)


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _share(share: Any, names: Names) -> str:
    if not isinstance(share, dict):
        return str(share)
    who = names.members.get(int(share.get("member_id", 0)), "?")
    part = _decimal(share.get("share"))
    return f"{who} {decimal_text(part * 100) if part is not None else '?'} %"
