"""The .ics export: parsed back with icalendar, one all-day VEVENT per delivery, stable UIDs,
SEQUENCE following the delivery's version, the marking, and an atomic write."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from ramstein.domain.enums import DeliveryStatus
from ramstein.exchange.ics import IcsEvent, write_ics
from ramstein.services.calendar import CalendarFilter, export_ics

from .helpers import sql

D = DeliveryStatus


def _events(path: Path) -> dict[str, Any]:
    cal = Calendar.from_ical(path.read_bytes())
    events = cal.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)), "one VEVENT per delivery"
    return {str(e["UID"]): e for e in events}


def test_one_event_per_delivery_with_stable_uids(demo_ws: Any, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    result = export_ics(demo_ws, first)
    export_ics(demo_ws, second)
    expected = sql(demo_ws.path, "SELECT uuid, planned_on, version FROM deliveries "
                                 "WHERE planned_on IS NOT NULL")
    events = _events(first)
    assert result.events == len(events) == len(expected) > 1000
    assert set(events) == {f"delivery-{u}@ramstein-planner" for u, _, _ in expected}
    assert set(_events(second)) == set(events)
    for u, planned, version in expected[:50]:
        ev = events[f"delivery-{u}@ramstein-planner"]
        start, end = ev["DTSTART"].dt, ev["DTEND"].dt
        assert type(start) is date and start == date.fromisoformat(planned)  # all-day
        assert end == start + timedelta(days=1)
        assert int(ev["SEQUENCE"]) == version
        assert str(ev["CLASS"]) == "CONFIDENTIAL"
        assert ev["DTSTAMP"].dt.tzinfo is not None


def test_sequence_increases_after_an_edit(ws: Any, make_pledge: Any, tmp_path: Path) -> None:
    pledge = make_pledge(reference="DEU-2026-001", item="IRIS-T SLM", quantity=Decimal(2))
    d = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 12, 1),
                             hub_id=ws.reference.hubs[0].id).delivery
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2027, 1, 5))
    before = _events(export_ics(ws, tmp_path / "a.ics").path)
    ws.calendar.reschedule(d.id, d.version, date(2026, 12, 8), "road closed")
    after = _events(export_ics(ws, tmp_path / "b.ics").path)
    uid = f"delivery-{d.uuid}@ramstein-planner"
    assert set(before) == set(after) and len(after) == 2
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert after[uid]["DTSTART"].dt == date(2026, 12, 8)
    others = [u for u in after if u != uid]
    assert int(after[others[0]]["SEQUENCE"]) == int(before[others[0]]["SEQUENCE"])
    ev = after[uid]
    assert str(ev["SUMMARY"]) == "DEU DEU-2026-001: IRIS-T SLM ×1"
    assert str(ev["LOCATION"]) == ws.reference.hubs[0].name
    text = str(ev["DESCRIPTION"])
    assert text.startswith("UNCLASSIFIED // FOR PLANNING USE\n")
    assert "Pledge: DEU-2026-001 (Germany)" in text and "Delay: road closed" in text
    assert str(ev["STATUS"]) == "TENTATIVE" and str(ev["X-RAMSTEIN-STATUS"]) == "planned"


def test_filters_and_date_range(ws: Any, make_pledge: Any, tmp_path: Path) -> None:
    pledge = make_pledge(quantity=Decimal(5))
    for day in (date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 31), date(2027, 1, 1)):
        ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=day)
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2026, 12, 2),
                         status=D.CANCELLED)
    path = tmp_path / "dec.ics"
    result = export_ics(ws, path, start=date(2026, 12, 1), end=date(2026, 12, 31))
    assert result.events == 3
    events = _events(path).values()
    assert {str(e["STATUS"]) for e in events} == {"TENTATIVE", "CANCELLED"}
    only = export_ics(ws, path, CalendarFilter(statuses=frozenset({D.CANCELLED})))
    assert only.events == 1
    assert export_ics(ws, path, CalendarFilter(donors=frozenset({"POL"}))).events == 0
    assert len(Calendar.from_ical(path.read_bytes()).walk("VEVENT")) == 0


def test_write_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "cal.ics"
    target.write_bytes(b"previous")
    event = IcsEvent("delivery-1@ramstein-planner", date(2026, 12, 1), "x", "", "", D.PLANNED)

    def failing() -> Any:
        yield event
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_ics(target, failing(), calendar_name="t", classification="")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["cal.ics"]  # no temporary file left
    stamp = datetime(2026, 11, 23, 8, 30, tzinfo=UTC)
    assert write_ics(target, [event], calendar_name="Deliveries", classification="SECRET",
                     stamp=stamp) == 1
    cal = Calendar.from_ical(target.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Deliveries"
    assert str(cal["X-RAMSTEIN-CLASSIFICATION"]) == "SECRET"
    assert cal.walk("VEVENT")[0]["DTSTAMP"].dt == stamp


def test_cancel_leaves_the_previous_file(ws: Any, make_pledge: Any, tmp_path: Path) -> None:
    from ramstein.services.progress import Cancelled

    pledge = make_pledge(quantity=Decimal(600))
    with ws.db.transaction("tester") as tx:
        for i in range(600):
            ws.deliveries.create_in(tx, pledge.id, {"quantity": Decimal(1), "status": D.PLANNED,
                                                    "planned_on": date(2026, 12, 1 + i % 28)})
    target = tmp_path / "cal.ics"
    target.write_bytes(b"previous")

    class Cancelling:
        cancelled = False

        def report(self, done: int, total: int, message: str = "") -> None:
            self.cancelled = done >= 500

    with pytest.raises(Cancelled):
        export_ics(ws, target, progress=Cancelling())
    assert target.read_bytes() == b"previous"


def test_paged_reading_gives_each_delivery_once(demo_ws: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # Pages of 7 cut through days holding several deliveries: none lost, none twice.
    import ramstein.services.calendar as calendar_service

    whole = _events(export_ics(demo_ws, tmp_path / "a.ics").path)
    monkeypatch.setattr(calendar_service, "ICS_PAGE", 7)
    paged = _events(export_ics(demo_ws, tmp_path / "b.ics").path)
    assert set(paged) == set(whole)
    days = [e["DTSTART"].dt for e in Calendar.from_ical((tmp_path / "b.ics").read_bytes())
            .walk("VEVENT")]
    assert days == sorted(days) and len(days) > len(set(days))
