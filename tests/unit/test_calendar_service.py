"""The delivery calendar: month grid and agenda against independent SQL, filters, overdue,
monthly planned vs delivered, and edits that are audited and undone exactly."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from ramstein.domain.enums import DeliveryStatus
from ramstein.domain.errors import DomainError, StaleEdit
from ramstein.services.calendar import CalendarFilter, grid_range

from .conftest import TODAY
from .helpers import sql

D = DeliveryStatus


def _grid_sql(path: Any, start: date, end: date) -> dict[date, tuple[int, Decimal]]:
    """Count (cancelled included) and EUR (cancelled left out) per planned day, by plain SQL."""
    rows = sql(path, "SELECT planned_on, COUNT(*), SUM(CASE WHEN status <> 'cancelled' "
                     "THEN COALESCE(value_eur_cents, 0) ELSE 0 END) FROM deliveries "
                     "WHERE planned_on BETWEEN ? AND ? GROUP BY planned_on",
               (start.isoformat(), end.isoformat()))
    return {date.fromisoformat(d): (n, Decimal(c).scaleb(-2)) for d, n, c in rows}


def test_grid_covers_six_monday_first_weeks() -> None:
    start, end = grid_range(2026, 11)
    assert start == date(2026, 10, 26) and start.weekday() == 0
    assert end == date(2026, 12, 6) and (end - start).days == 41
    assert grid_range(2026, 6)[0] == date(2026, 6, 1)  # a month starting on a Monday


def test_month_counts_and_eur_per_day_match_sql(demo_ws: Any) -> None:
    month = demo_ws.calendar.month(2026, 10)
    start, end = grid_range(2026, 10)
    expected = _grid_sql(demo_ws.path, start, end)
    assert len(month.days) == 42 and min(month.days) == start and max(month.days) == end
    shown = {d: (c.count, c.eur) for d, c in month.days.items() if c.count}
    assert shown == expected
    assert expected, "the demo has deliveries in October 2026"
    inside = {d: v for d, v in expected.items() if d.month == 10}
    assert month.total_count == sum(n for n, _ in inside.values())
    assert month.total_eur == sum((e for _, e in inside.values()), Decimal(0))
    for cell in month.days.values():
        assert sum(cell.by_status.values()) == cell.count
        assert cell.delivered == cell.by_status.get(D.DELIVERED, 0)
        assert len(cell.donors) <= 4


def test_top_donors_of_a_day_by_eur(ws: Any, make_pledge: Any) -> None:
    day = date(2026, 12, 3)
    for code, value in (("DEU", "500"), ("POL", "900"), ("FRA", "100"), ("USA", "700"),
                        ("GBR", "300")):
        pledge = make_pledge(donor=code, quantity=Decimal(1), value_amount=Decimal(value))
        ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=day)
    cell = ws.calendar.month(2026, 12).days[day]
    assert cell.count == 5 and cell.eur == Decimal("2500.00")
    assert cell.donors == ("POL", "USA", "DEU", "GBR")


def test_overdue_is_a_past_open_delivery(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(10))
    past = TODAY - timedelta(days=3)
    late = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=past).delivery
    done = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=past,
                                status=D.DELIVERED, actual_on=past).delivery
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=past, status=D.CANCELLED)
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=TODAY)  # due today: not late
    month = ws.calendar.month(TODAY.year, TODAY.month)
    assert month.days[past].overdue == 1 and month.days[past].count == 3
    assert month.days[TODAY].overdue == 0
    assert month.overdue_count == 1
    rows = {r.delivery_id: r for r in ws.calendar.agenda(past, TODAY)}
    assert rows[late.id].overdue and not rows[done.id].overdue
    assert [r.overdue for r in rows.values()].count(True) == 1


def test_agenda_order_and_contents(ws: Any, make_pledge: Any) -> None:
    hub = ws.reference.hubs[0]
    pledge = make_pledge(donor="POL", capability="artillery", item="155 mm shells",
                         quantity=Decimal(100), unit="rounds", value_amount=Decimal("1000.00"),
                         reference="POL-2026-001")
    second = ws.deliveries.create(pledge.id, quantity=Decimal(40), planned_on=date(2026, 12, 9),
                                  hub_id=hub.id).delivery
    first = ws.deliveries.create(pledge.id, quantity=Decimal(10), planned_on=date(2026, 12, 2),
                                 status=D.DELAYED, delay_reason="rail gauge").delivery
    ws.deliveries.create(pledge.id, quantity=Decimal(5), planned_on=date(2027, 1, 4))
    rows = ws.calendar.agenda(date(2026, 12, 1), date(2026, 12, 31))
    assert [r.delivery_id for r in rows] == [first.id, second.id]
    row = rows[1]
    assert (row.pledge_reference, row.donor_code, row.donor_name, row.item, row.quantity,
            row.unit, row.eur, row.hub, row.status, row.planned_on, row.actual_on) == (
        "POL-2026-001", "POL", "Poland", "155 mm shells", Decimal(40), "rounds",
        Decimal("400.00"), hub.name, D.PLANNED, date(2026, 12, 9), None)
    assert row.capability == "Artillery" and row.version == second.version
    assert rows[0].delay_reason == "rail gauge" and rows[0].hub == ""
    # Both ends included.
    assert len(ws.calendar.agenda(date(2026, 12, 2), date(2026, 12, 9))) == 2
    with pytest.raises(DomainError, match="after"):
        ws.calendar.agenda(date(2026, 12, 9), date(2026, 12, 2))


def test_filters_by_donor_capability_hub_status_and_text(ws: Any, make_pledge: Any) -> None:
    hubs = ws.reference.hubs
    day = date(2026, 12, 10)
    deu = make_pledge(donor="DEU", capability="iamd", item="IRIS-T SLM", quantity=Decimal(4))
    pol = make_pledge(donor="POL", capability="artillery", item="Krab howitzer",
                      quantity=Decimal(4))
    ws.deliveries.create(deu.id, quantity=Decimal(1), planned_on=day, hub_id=hubs[0].id)
    ws.deliveries.create(deu.id, quantity=Decimal(1), planned_on=day, hub_id=hubs[1].id,
                         status=D.IN_TRANSIT)
    ws.deliveries.create(pol.id, quantity=Decimal(1), planned_on=day, hub_id=hubs[0].id)

    def count(**kw: Any) -> int:
        flt = CalendarFilter(**kw)
        cell = ws.calendar.month(2026, 12, flt).days[day]
        assert cell.count == len(ws.calendar.agenda(day, day, flt))
        return int(cell.count)

    assert count() == 3
    assert count(donors=frozenset({"DEU"})) == 2
    assert count(donors=frozenset({"ZZZ"})) == 0  # an unknown code shows nothing, not all
    assert count(capabilities=frozenset({"artillery"})) == 1
    assert count(hubs=frozenset({hubs[0].id})) == 2
    assert count(statuses=frozenset({D.IN_TRANSIT})) == 1
    assert count(text="krab") == 1
    assert count(text="iris-t slm") == 2  # every word, case-insensitive
    assert count(donors=frozenset({"DEU"}), hubs=frozenset({hubs[0].id})) == 1


def test_filter_describe_and_empty() -> None:
    assert CalendarFilter().is_empty()
    flt = CalendarFilter(donors=frozenset({"DEU"}), hubs=frozenset({1}),
                         statuses=frozenset({D.DELAYED, D.PLANNED}), text=" iris ")
    assert not flt.is_empty()
    assert flt.describe({"DEU": "Germany"}, {1: "Rzeszów"}) == \
        "Germany · Rzeszów · Planned, Delayed · “iris”"
    assert CalendarFilter().describe() == "no filter"


def test_monthly_values_planned_vs_delivered(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(quantity=Decimal(4), value_amount=Decimal("400.00"))
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 1, 20),
                         status=D.DELIVERED, actual_on=date(2026, 2, 3))
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 1, 25))
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 1, 26),
                         status=D.CANCELLED)
    values = ws.calendar.monthly_values(2026, 2026)
    assert [m for m, _, _ in values] == [f"2026-{m:02d}" for m in range(1, 13)]
    by_month = {m: (p, d) for m, p, d in values}
    assert by_month["2026-01"] == (Decimal("200.00"), Decimal(0))  # cancelled left out
    assert by_month["2026-02"] == (Decimal(0), Decimal("100.00"))  # by the actual date
    germany = CalendarFilter(donors=frozenset({"POL"}))
    assert all(p == d == 0 for _, p, d in ws.calendar.monthly_values(2026, 2026, germany))


def _audit(ws: Any, delivery_id: int) -> list[tuple[str, dict[str, Any], dict[str, Any], str]]:
    return [(a, json.loads(b), json.loads(af), s) for a, b, af, s in sql(
        ws.path, "SELECT action, before_json, after_json, source FROM audit_log "
                 "WHERE entity = 'delivery' AND entity_id = ? AND action = 'update' ORDER BY id",
        (str(delivery_id),))]


def _stored(ws: Any, delivery_id: int) -> tuple[Any, ...]:
    return sql(ws.path, "SELECT planned_on, status, actual_on, delay_reason, value_eur_cents "
                        "FROM deliveries WHERE id = ?", (delivery_id,))[0]


def test_reschedule_is_audited_and_revert_restores_exactly(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(2), planned_on=date(2026, 12, 1),
                             delay_reason="old reason").delivery
    original = _stored(ws, d.id)
    edit = ws.calendar.reschedule(d.id, d.version, date(2026, 12, 15), "port strike")
    assert edit.after.planned_on == date(2026, 12, 15) and edit.delivery is edit.after
    assert _stored(ws, d.id)[:4] == ("2026-12-15", "planned", None, "port strike")
    assert _audit(ws, d.id) == [("update",
                                 {"planned_on": "2026-12-01", "delay_reason": "old reason"},
                                 {"planned_on": "2026-12-15", "delay_reason": "port strike"},
                                 "calendar")]
    assert ws.calendar.month(2026, 12).days[date(2026, 12, 15)].count == 1
    undone = ws.calendar.revert(edit)
    assert _stored(ws, d.id) == original
    assert _audit(ws, d.id)[-1][3] == "calendar undo"
    redone = ws.calendar.revert(undone)  # reverting the undo redoes the move
    assert _stored(ws, d.id)[:4] == ("2026-12-15", "planned", None, "port strike")
    assert redone.after.version == d.version + 3


def test_mark_delivered_and_undo_restore_status_and_date(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(2), planned_on=date(2026, 11, 2),
                             status=D.DELAYED, delay_reason="weather").delivery
    original = _stored(ws, d.id)
    edit = ws.calendar.mark_delivered(d.id, d.version)  # default: the workspace's today
    assert _stored(ws, d.id)[:3] == ("2026-11-02", "delivered", TODAY.isoformat())
    assert _audit(ws, d.id)[0][1:3] == ({"status": "delayed", "actual_on": None},
                                        {"status": "delivered", "actual_on": TODAY.isoformat()})
    assert ws.calendar.month(2026, 11).days[date(2026, 11, 2)].overdue == 0
    ws.calendar.unmark_delivered(edit)
    assert _stored(ws, d.id) == original
    assert ws.calendar.month(2026, 11).days[date(2026, 11, 2)].overdue == 1


def test_undo_of_delivered_without_actual_date_keeps_it_empty(ws: Any, make_pledge: Any) -> None:
    # A sheet import can leave 'delivered' with no actual date; undo must not invent one.
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 10, 1)).delivery
    with ws.db.transaction("tester") as tx:
        ws.deliveries.restore_in(tx, d.id, d.version, {"status": D.DELIVERED}, "test")
    before = ws.calendar.delivery(d.id)
    assert (before.status, before.actual_on) == (D.DELIVERED, None)
    edit = ws.calendar.reschedule(before.id, before.version, date(2026, 10, 5))
    ws.calendar.revert(edit)
    assert _stored(ws, d.id)[:3] == ("2026-10-01", "delivered", None)


def test_undo_after_another_edit_is_refused(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 12, 1)).delivery
    edit = ws.calendar.reschedule(d.id, d.version, date(2026, 12, 2))
    ws.deliveries.update(d.id, edit.after.version, {"notes": "changed elsewhere"})
    with pytest.raises(StaleEdit):
        ws.calendar.revert(edit)
    assert _stored(ws, d.id)[0] == "2026-12-02"


def test_mark_delayed_needs_a_reason(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 11, 20)).delivery
    with pytest.raises(DomainError, match="delay reason"):
        ws.calendar.mark_delayed(d.id, d.version, "  ")
    edit = ws.calendar.mark_delayed(d.id, d.version, "customs", date(2026, 12, 4))
    assert _stored(ws, d.id)[:4] == ("2026-12-04", "delayed", None, "customs")
    ws.calendar.revert(edit)
    assert _stored(ws, d.id)[:4] == ("2026-11-20", "planned", None, "")


def test_edits_publish_a_change(ws: Any, make_pledge: Any) -> None:
    seen: list[Any] = []
    ws.changes.subscribe(seen.append)
    pledge = make_pledge()
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 12, 1)).delivery
    seen.clear()
    edit = ws.calendar.reschedule(d.id, d.version, date(2026, 12, 3))
    ws.calendar.revert(edit)
    assert [(c.entity, c.ids, c.kind) for c in seen] == [("delivery", (d.id,), "updated")] * 2
