"""Audit entries in the words of the History tab (pure Python, no widgets)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from ramstein.domain.enums import PledgeStatus
from ramstein.domain.records import AuditEntry
from ramstein.domain.status import StatusChange
from ramstein.ui.audit_text import Names, audit_row, change_lines, local_time, status_row

NAMES = Names(members={11: "Germany", 23: "Poland"}, capabilities={9: "Electronic warfare"},
              hubs={1: "Rzeszów-Jasionka"})
AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _entry(action: str, before: dict[str, Any] | None, after: dict[str, Any] | None,
           source: str = "gui") -> AuditEntry:
    return AuditEntry(1, AT, "anna", action, "pledge", "7", before, after, source)


def test_an_edit_names_ids_and_labels_and_shows_old_and_new() -> None:
    entry = _entry("update",
                   {"donor_id": 11, "channel": "purl", "quantity": "10", "notes": ""},
                   {"donor_id": 23, "channel": "danish_model", "quantity": "12.5",
                    "notes": "moved to PL"})
    assert change_lines(entry, NAMES) == [
        "Donor: Germany → Poland",
        "Mechanism: PURL → Danish model",
        "Quantity: 10 → 12.5",
        "Notes: — → moved to PL",
    ]
    when, who, action, _changes, via = audit_row(entry, NAMES)
    assert (when, who, action, via) == (local_time(AT), "anna", "Edited", "desktop app")


def test_values_carry_their_currency_and_eur_is_money() -> None:
    entry = _entry("update", {"value_amount": "1000", "value_eur": "923.87"},
                   {"value_amount": "1200", "value_eur": "1108.65"})
    assert change_lines(entry, NAMES, "USD") == [
        "Value: 1,000 USD → 1,200 USD", "EUR value: €923.87 → €1,108.65"]


def test_status_create_and_delete_entries_read_as_sentences() -> None:
    status = _entry("status", {"status": "committed"},
                    {"status": "in_delivery", "on_date": "2026-11-20", "source_ref": "MoD"})
    assert change_lines(status, NAMES) == [
        "Status: Committed → In delivery (on 2026-11-20, source: MoD)"]
    created = _entry("create", None, {"id": 7, "uuid": "x", "reference": "DEU-2026-001",
                                      "status": "announced", "item": "IRIS-T SLM",
                                      "quantity": "2", "value_amount": None})
    assert change_lines(created, NAMES) == [
        "Reference: DEU-2026-001", "Status: Announced", "Item: IRIS-T SLM", "Quantity: 2"]
    deleted = _entry("delete", {"reference": "DEU-2026-001", "item": "IRIS-T SLM",
                                "deliveries": [{}, {}]}, None, "gui: typo")
    assert change_lines(deleted, NAMES) == [
        "Reference was DEU-2026-001", "Item was IRIS-T SLM", "with 2 deliveries"]
    assert audit_row(deleted, NAMES)[4] == "gui: typo"


def test_unknown_ids_and_long_texts_stay_readable() -> None:
    entry = _entry("update", {"capability_id": 99, "notes": "x" * 200},
                   {"capability_id": 9, "notes": ""})
    lines = change_lines(entry, NAMES)
    assert lines[0] == "Capability: capability 99 → Electronic warfare"
    assert lines[1].startswith("Notes: " + "x" * 79 + "… → —")


def test_status_rows_show_the_transition_and_who_recorded_it() -> None:
    change = StatusChange(7, PledgeStatus.COMMITTED, PledgeStatus.DELIVERED, date(2026, 11, 20),
                          "handover protocol", AT, "anna")
    assert status_row(change) == ("2026-11-20", "Committed → Delivered", "handover protocol",
                                  f"{local_time(AT)} by anna")
    first = StatusChange(7, None, PledgeStatus.ANNOUNCED, date(2026, 1, 5), "", AT, "")
    assert status_row(first) == ("2026-01-05", "(new) → Announced", "—", local_time(AT))
