"""Audit entries and status changes as planners read them: names, labels, old → new.

No widgets: the audit keeps JSON forms (ids, enum values, decimal strings); this turns them
back into "Donor: Germany → Poland", "Quantity: 10 → 12", "Status: Committed → In delivery".
Member and capability ids are looked up in the maps passed in. Labels, statuses and dates are
in the user's language (the translator and the default locale; English without them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from ..domain.enums import Channel, DeliveryStatus, PledgeStatus
from ..domain.records import AuditEntry
from ..domain.status import StatusChange
from .enum_text import enum_text
from .formatting import DASH, count_text, date_text, decimal_text, eur_full
from .plural import plural

ARROW = "→"
MAX_TEXT = 80

# English sources (context AuditText), translated where shown (_tr).
FIELD_LABELS: dict[str, str] = {
    "reference": QT_TRANSLATE_NOOP("AuditText", "Reference"),
    "donor_id": QT_TRANSLATE_NOOP("AuditText", "Donor"),
    "capability_id": QT_TRANSLATE_NOOP("AuditText", "Capability"),
    "item": QT_TRANSLATE_NOOP("AuditText", "Item"),
    "status": QT_TRANSLATE_NOOP("AuditText", "Status"),
    "channel": QT_TRANSLATE_NOOP("AuditText", "Mechanism"),
    "quantity": QT_TRANSLATE_NOOP("AuditText", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("AuditText", "Unit"),
    "value_amount": QT_TRANSLATE_NOOP("AuditText", "Value"),
    "currency": QT_TRANSLATE_NOOP("AuditText", "Currency"),
    "value_eur": QT_TRANSLATE_NOOP("AuditText", "EUR value"),
    "valuation_date": QT_TRANSLATE_NOOP("AuditText", "Valuation date"),
    "announced_on": QT_TRANSLATE_NOOP("AuditText", "Announced"),
    "funding_year": QT_TRANSLATE_NOOP("AuditText", "Funding year"),
    "reimbursed_by_id": QT_TRANSLATE_NOOP("AuditText", "Reimbursed by"),
    "financed_by": QT_TRANSLATE_NOOP("AuditText", "Financed by"),
    "source_ref": QT_TRANSLATE_NOOP("AuditText", "Source"),
    "classification": QT_TRANSLATE_NOOP("AuditText", "Classification"),
    "notes": QT_TRANSLATE_NOOP("AuditText", "Notes"),
    "planned_on": QT_TRANSLATE_NOOP("AuditText", "Planned"),
    "actual_on": QT_TRANSLATE_NOOP("AuditText", "Delivered on"),
    "hub_id": QT_TRANSLATE_NOOP("AuditText", "Hub"),
    "delay_reason": QT_TRANSLATE_NOOP("AuditText", "Delay reason"),
    "on_date": QT_TRANSLATE_NOOP("AuditText", "On"),
}
HIDDEN = frozenset({"id", "uuid", "version", "pledge_id", "created_at", "updated_at"})
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AuditText", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditText", "Edited"),
    "status": QT_TRANSLATE_NOOP("AuditText", "Status changed"),
    "cancel": QT_TRANSLATE_NOOP("AuditText", "Cancelled"),
    "delete": QT_TRANSLATE_NOOP("AuditText", "Deleted"),
    "import": QT_TRANSLATE_NOOP("AuditText", "Imported"),
    "seed": QT_TRANSLATE_NOOP("AuditText", "Seeded"),
    "demo": QT_TRANSLATE_NOOP("AuditText", "Demo data"),
}
SOURCE_LABELS = {
    "gui": QT_TRANSLATE_NOOP("AuditText", "desktop app"),
    "undo": QT_TRANSLATE_NOOP("AuditText", "undo"),
    "redo": QT_TRANSLATE_NOOP("AuditText", "redo"),
}
# What a creation shows of the full record, in this order.
CREATED_SUMMARY = ("reference", "status", "item", "quantity", "value_amount", "planned_on",
                   "hub_id")


@dataclass(frozen=True)
class Names:
    """Id -> name maps for the fields that hold ids."""

    members: Mapping[int, str]
    capabilities: Mapping[int, str]
    hubs: Mapping[int, str]


def _tr(text: str) -> str:
    """A source marked with QT_TRANSLATE_NOOP (so lupdate finds it) in the user's language."""
    return QCoreApplication.translate("AuditText", text)


def local_time(at: datetime) -> str:
    """An audit timestamp (UTC) in the computer's time zone, to the minute (the date as the
    locale writes it: ISO in English)."""
    local = at.astimezone()
    return f"{date_text(local.date())} {local.strftime('%H:%M')}"


def _day_text(value: Any) -> str:
    """A stored ISO date ("2026-11-20") as the locale writes it; anything else as it is."""
    try:
        return date_text(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def value_text(field: str, value: Any, names: Names) -> str:
    """One stored value of `field` in readable form."""
    if value is None or value == "" or value == []:
        return DASH
    if field in ("donor_id", "reimbursed_by_id"):
        unknown = _tr(QT_TRANSLATE_NOOP("AuditText", "member {id}"))
        return names.members.get(int(value)) or unknown.format(id=value)
    if field == "capability_id":
        unknown = _tr(QT_TRANSLATE_NOOP("AuditText", "capability {id}"))
        return names.capabilities.get(int(value)) or unknown.format(id=value)
    if field == "hub_id":
        unknown = _tr(QT_TRANSLATE_NOOP("AuditText", "hub {id}"))
        return names.hubs.get(int(value)) or unknown.format(id=value)
    if field == "status":
        return _label(value)
    if field == "channel":
        try:
            return enum_text(Channel(value))
        except ValueError:
            return str(value)
    if field == "financed_by" and isinstance(value, list):
        return ", ".join(_share(s, names) for s in value) or DASH
    if field == "value_eur":
        number = _decimal(value)
        return eur_full(number, symbol=True) if number is not None else str(value)
    if field in ("quantity", "value_amount"):
        number = _decimal(value)
        return decimal_text(number) if number is not None else str(value)
    if field in ("announced_on", "valuation_date", "planned_on", "actual_on", "on_date"):
        return _day_text(value)
    text = str(value)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def field_label(field: str) -> str:
    source = FIELD_LABELS.get(field)
    return _tr(source) if source else field.replace("_", " ").capitalize()


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
    label = _tr(QT_TRANSLATE_NOOP("AuditText", "{field}: {value}")).format(field=field_label("value_amount"),
                                                         value="")
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
        line = _tr(QT_TRANSLATE_NOOP("AuditText", "{field}: {value}"))
        return [line.format(field=field_label(k), value=value_text(k, after[k], names))
                for k in CREATED_SUMMARY if after.get(k) not in (None, "")]
    if entry.action == "delete" and before:
        was = _tr(QT_TRANSLATE_NOOP("AuditText", "{field} was {value}"))
        lines = [was.format(field=field_label(k), value=value_text(k, before[k], names))
                 for k in CREATED_SUMMARY if before.get(k) not in (None, "")]
        deliveries = before.get("deliveries")
        if isinstance(deliveries, list) and deliveries:
            n = len(deliveries)
            lines.append(_counted("with_deliveries", n).format(n=count_text(n)))
        return lines
    if entry.action == "status":
        old = _label(before.get("status")) if before.get("status") else DASH
        new = _label(after.get("status")) if after.get("status") else DASH
        line = _change(field_label("status"), old, new)
        on = _tr(QT_TRANSLATE_NOOP("AuditText", "on {day}"))
        extras = [on.format(day=_day_text(after["on_date"]))] if after.get("on_date") else []
        if after.get("source_ref"):
            source = _tr(QT_TRANSLATE_NOOP("AuditText", "source: {source}"))
            extras.append(source.format(source=after["source_ref"]))
        return [line + (f" ({', '.join(extras)})" if extras else "")]
    keys = [k for k in (*after, *(k for k in before if k not in after)) if k not in HIDDEN]
    return [_change(field_label(k), value_text(k, before.get(k), names),
                    value_text(k, after.get(k), names)) for k in keys]


def _change(label: str, old: str, new: str) -> str:
    """'Quantity: 10 → 12'."""
    text = _tr(QT_TRANSLATE_NOOP("AuditText", "{field}: {value}"))
    return text.format(field=label, value=f"{old} {ARROW} {new}")


def action_text(entry: AuditEntry) -> str:
    source = ACTION_LABELS.get(entry.action)
    return _tr(source) if source else entry.action.capitalize()


def source_text(source: str) -> str:
    """Where an edit came from ("desktop app"); a free text (an import's file) as it is."""
    label = SOURCE_LABELS.get(source)
    return _tr(label) if label else source


def audit_row(entry: AuditEntry, names: Names,
              currency: str = "") -> tuple[str, str, str, str, str]:
    """(when, who, action, changes, via) for the history table."""
    return (local_time(entry.at), entry.user or DASH, action_text(entry),
            "\n".join(change_lines(entry, names, currency)) or DASH,
            source_text(entry.source) or DASH)


def status_row(change: StatusChange) -> tuple[str, str, str, str]:
    """(date, from → to, source, recorded when and by whom) for the status history table."""
    new = _tr(QT_TRANSLATE_NOOP("AuditText", "(new)"))
    old = enum_text(change.from_status) if change.from_status else new
    recorded = local_time(change.recorded_at)
    if change.user:
        by = _tr(QT_TRANSLATE_NOOP("AuditText", "{when} by {user}"))
        recorded = by.format(when=recorded, user=change.user)
    return (date_text(change.on_date), f"{old} {ARROW} {enum_text(change.to_status)}",
            change.source or DASH, recorded)


def _label(value: Any) -> str:
    for enum in (PledgeStatus, DeliveryStatus):
        try:
            return enum_text(enum(value))
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


class AuditText(QObject):
    """The context of the counted texts: lupdate marks a text plural (a form per count in the
    catalogue) only in a QObject's `self.tr(text, "", n)`, hence this class."""

    def counted(self, key: str, n: int) -> str:
        return {
            "with_deliveries": self.tr("with {n} delivery(ies)", "", n),
        }[key]


def _counted(key: str, n: int) -> str:
    """The counted text `key` in its plural form for `n` (English: plural())."""
    return plural(AuditText().counted(key, n), n)
