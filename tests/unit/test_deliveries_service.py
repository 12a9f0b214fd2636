"""Delivery use cases: pro-rata EUR values, the double-counting guard, dates, audit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ramstein.domain.enums import DeliveryStatus
from ramstein.domain.errors import DomainError, StaleEdit

from .helpers import sql, sql_one, table_counts

D = DeliveryStatus


def _eur_delivered_rows(ws: Any, pledge_id: int) -> list[Decimal]:
    return [Decimal(c).scaleb(-2) for (c,) in sql(
        ws.path, "SELECT value_eur_cents FROM deliveries WHERE pledge_id = ? ORDER BY id",
        (pledge_id,))]


def test_value_is_pro_rata_of_the_pledge(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(10), value_amount=Decimal("1000000"))
    result = ws.deliveries.create(pledge.id, quantity=Decimal(3), planned_on=date(2025, 3, 1))
    assert result.delivery.value_eur == Decimal("300000.00")
    assert result.warnings == ()
    assert _eur_delivered_rows(ws, pledge.id) == [Decimal("300000.00")]


def test_pro_rata_in_a_foreign_currency_uses_the_pledges_eur_value(ws: Any,
                                                                   make_pledge: Any) -> None:
    pledge = make_pledge(donor="USA", quantity=Decimal(4), value_amount=Decimal("1000000"),
                         currency="USD", announced_on=date(2024, 5, 1))
    result = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 3, 1))
    assert pledge.value_eur == Decimal("923872.88")
    assert result.delivery.value_eur == Decimal("230968.22")  # a quarter, to the cent


def test_a_pledge_delivered_in_full_adds_up_to_its_value(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(3), value_amount=Decimal("100.00"))
    for i in (1, 2, 3):
        ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, i))
    values = [d.value_eur for d in ws.deliveries.of_pledge(pledge.id)]
    # Three thirds of 100.00 carry the leftover cent between them: 100.00, not 99.99.
    assert sorted(values) == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    assert sum(_eur_delivered_rows(ws, pledge.id)) == Decimal("100.00")


def test_deliveries_never_count_more_than_the_pledge_value(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(3), value_amount=Decimal("100.00"))
    first = ws.deliveries.create(pledge.id, quantity=Decimal(2), planned_on=date(2025, 1, 1))
    second = ws.deliveries.create(pledge.id, quantity=Decimal(2), planned_on=date(2025, 2, 1))
    third = ws.deliveries.create(pledge.id, quantity=Decimal(5), planned_on=date(2025, 3, 1))
    assert first.delivery.value_eur == Decimal("66.67")
    assert second.delivery.value_eur == Decimal("33.33")  # only what was left of the 100.00
    assert third.delivery.value_eur == Decimal(0)
    assert sum(_eur_delivered_rows(ws, pledge.id)) == Decimal("100.00")


def test_warning_when_deliveries_exceed_the_pledged_quantity(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(10), unit="howitzers")
    first = ws.deliveries.create(pledge.id, quantity=Decimal(6), planned_on=date(2025, 1, 1))
    assert first.warnings == ()
    second = ws.deliveries.create(pledge.id, quantity=Decimal(5), planned_on=date(2025, 2, 1))
    assert len(second.warnings) == 1
    warning = second.warnings[0]
    assert pledge.reference in warning
    assert "11 howitzers" in warning
    assert "more than the 10 howitzers pledged" in warning
    # The delivery is still recorded: a warning, not a refusal.
    assert sql_one(ws.path, "SELECT COUNT(*) FROM deliveries") == 2


def test_cancelled_deliveries_do_not_count_against_the_pledge(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(10), value_amount=Decimal("1000"))
    first = ws.deliveries.create(pledge.id, quantity=Decimal(10), planned_on=date(2025, 1, 1))
    ws.deliveries.update(first.delivery.id, first.delivery.version, {"status": D.CANCELLED})
    again = ws.deliveries.create(pledge.id, quantity=Decimal(10), planned_on=date(2025, 6, 1))
    assert again.warnings == ()
    assert again.delivery.value_eur == Decimal("1000.00")


def test_changing_the_quantity_recomputes_the_value(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(10), value_amount=Decimal("1000"))
    d = ws.deliveries.create(pledge.id, quantity=Decimal(2), planned_on=date(2025, 1, 1)).delivery
    result = ws.deliveries.update(d.id, d.version, {"quantity": Decimal(7)})
    assert result.delivery.value_eur == Decimal("700.00")
    assert result.delivery.version == 2
    entry = _audit(ws, d.id)[0]
    assert entry["before"] == {"quantity": "2", "value_eur": "200"}
    assert entry["after"] == {"quantity": "7", "value_eur": "700"}


def test_a_pledge_without_quantity_gives_no_value(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=None, unit="")
    result = ws.deliveries.create(pledge.id, quantity=Decimal(2), planned_on=date(2025, 1, 1))
    assert result.delivery.value_eur is None
    assert sql_one(ws.path, "SELECT value_eur_cents FROM deliveries") is None


def test_mark_delivered_sets_the_actual_date_to_today(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, 1)).delivery
    done = ws.deliveries.mark_delivered(d.id, d.version).delivery
    assert done.status is D.DELIVERED
    assert done.actual_on == ws.today() == date(2026, 11, 23)
    assert sql(ws.path, "SELECT status, actual_on FROM deliveries WHERE id = ?", (d.id,)) == [
        ("delivered", "2026-11-23")]


def test_mark_delivered_on_a_given_day(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, 1)).delivery
    done = ws.deliveries.mark_delivered(d.id, d.version, date(2025, 1, 9)).delivery
    assert done.actual_on == date(2025, 1, 9)


def test_status_delivered_without_a_date_gets_today(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, 1),
                             status=D.DELIVERED).delivery
    assert d.actual_on == ws.today()


def test_reschedule_records_the_reason(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, 1)).delivery
    moved = ws.deliveries.reschedule(d.id, d.version, date(2025, 4, 1), "rail capacity at RZE")
    assert moved.delivery.planned_on == date(2025, 4, 1)
    assert sql(ws.path, "SELECT planned_on, delay_reason, version FROM deliveries WHERE id = ?",
               (d.id,)) == [("2025-04-01", "rail capacity at RZE", 2)]
    assert moved.delivery.delay_reason == "rail capacity at RZE"
    entry = _audit(ws, d.id)[0]
    assert entry["action"] == "update"
    assert entry["before"] == {"planned_on": "2025-01-01", "delay_reason": ""}
    assert entry["after"] == {"planned_on": "2025-04-01", "delay_reason": "rail capacity at RZE"}


def test_a_delivery_is_created_with_its_delay_reason_and_reads_back(ws: Any,
                                                                    make_pledge: Any) -> None:
    pledge = make_pledge()
    created = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, 1),
                                   status=D.DELAYED, delay_reason="customs at the border")
    assert created.delivery.delay_reason == "customs at the border"
    [read] = ws.deliveries.of_pledge(pledge.id)
    assert read == created.delivery
    assert _audit(ws, created.delivery.id)[0]["after"]["delay_reason"] == "customs at the border"


def test_delete_is_audited_with_the_full_record(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(2), planned_on=date(2025, 1, 1),
                             notes="first batch").delivery
    ws.deliveries.delete(d.id, d.version)
    assert sql_one(ws.path, "SELECT COUNT(*) FROM deliveries") == 0
    entry = _audit(ws, d.id)[0]
    assert entry["action"] == "delete"
    assert entry["after"] is None
    assert entry["before"]["quantity"] == "2"
    assert entry["before"]["notes"] == "first batch"
    assert entry["before"]["pledge_id"] == pledge.id
    assert entry["before"]["value_eur"] == "200"


def test_stale_delivery_edit_is_refused(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, 1)).delivery
    ws.deliveries.reschedule(d.id, d.version, date(2025, 2, 1))
    with pytest.raises(StaleEdit):
        ws.deliveries.mark_delivered(d.id, d.version)
    assert sql_one(ws.path, "SELECT status FROM deliveries") == "planned"


@pytest.mark.parametrize(("kw", "message"), [
    ({"quantity": Decimal(-1)}, "quantity: must not be negative"),
    ({"hub_id": 99999}, "hub: no hub with id 99999"),
])
def test_bad_delivery_input_is_refused(ws: Any, make_pledge: Any, kw: dict[str, Any],
                                       message: str) -> None:
    pledge = make_pledge()
    before = table_counts(ws.path)
    values: dict[str, Any] = {"quantity": Decimal(1), "planned_on": date(2025, 1, 1)}
    values.update(kw)
    with pytest.raises(DomainError, match=message):
        ws.deliveries.create(pledge.id, **values)
    assert table_counts(ws.path) == before


def test_editing_the_pledge_of_a_delivery_is_refused(ws: Any, make_pledge: Any) -> None:
    a = make_pledge()
    b = make_pledge()
    d = ws.deliveries.create(a.id, quantity=Decimal(1), planned_on=date(2025, 1, 1)).delivery
    with pytest.raises(DomainError, match="cannot be edited here: pledge_id"):
        ws.deliveries.update(d.id, d.version, {"pledge_id": b.id})
    assert sql_one(ws.path, "SELECT pledge_id FROM deliveries") == a.id


def test_lowering_the_pledge_value_keeps_delivered_within_pledged(ws: Any,
                                                                  make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(3), value_amount=Decimal("100.00"))
    d = ws.deliveries.create(pledge.id, quantity=Decimal(3), planned_on=date(2025, 1, 1)).delivery
    ws.deliveries.mark_delivered(d.id, d.version)
    pledge = ws.pledges.get(pledge.id)
    ws.pledges.update(pledge.id, pledge.version, {"value_amount": Decimal("10.00")})
    donor = ws.summaries.summary().by_donor[0]
    assert donor.delivered_eur <= donor.pledged_eur


def _audit(ws: Any, delivery_id: int) -> list[dict[str, Any]]:
    from ramstein.storage import queries

    return [{"action": a.action, "before": a.before, "after": a.after}
            for a in queries.audit_for(ws.db.reader, "delivery", str(delivery_id))]
