"""Pledge services behind the editing table: several at once, duplicate, undo of a status."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ramstein.domain.enums import Channel, DeliveryStatus, PledgeStatus
from ramstein.domain.errors import DomainError, IllegalTransition, StaleEdit
from ramstein.services.pledges import PledgeDraft

from .helpers import sql, sql_one, table_counts

S = PledgeStatus


def _pledge_rows(ws: Any) -> list[tuple[Any, ...]]:
    return sql(ws.path, "SELECT * FROM pledges ORDER BY id")


def _draft(ws: Any, donor: str = "DEU", item: str = "Gepard SPAAG", **kw: Any) -> PledgeDraft:
    caps = {c.code: c.id for c in ws.reference.capabilities}
    values: dict[str, Any] = {"quantity": Decimal(5), "unit": "vehicles",
                              "value_amount": Decimal("500000"), "currency": "EUR",
                              "announced_on": date(2024, 4, 1)}
    values.update(kw)
    return PledgeDraft(donor_id=ws.reference.members_by_code[donor].id,
                       capability_id=caps[values.pop("capability", "iamd")], item=item, **values)


# ---------------------------------------------------------------- create_many


def test_create_many_creates_all_in_one_go(ws: Any) -> None:
    seen: list[Any] = []
    ws.changes.subscribe(seen.append)
    created = ws.pledges.create_many([_draft(ws), _draft(ws, item="Leopard 1A5"),
                                      _draft(ws, donor="POL", item="Piorun")], source="paste")
    assert [p.reference for p in created] == ["DEU-2024-001", "DEU-2024-002", "POL-2024-001"]
    assert sql(ws.path, "SELECT reference, item FROM pledges ORDER BY id") == [
        ("DEU-2024-001", "Gepard SPAAG"), ("DEU-2024-002", "Leopard 1A5"),
        ("POL-2024-001", "Piorun")]
    assert sql_one(ws.path, "SELECT COUNT(*) FROM audit_log WHERE entity = 'pledge' "
                            "AND action = 'create' AND source = 'paste'") == 3
    # One notice for the whole paste, so views refresh once.
    assert [(c.entity, c.ids, c.kind) for c in seen] == [
        ("pledge", tuple(p.id for p in created), "created")]


def test_create_many_is_all_or_nothing(ws: Any, make_pledge: Any) -> None:
    make_pledge()
    before = table_counts(ws.path)
    rows = _pledge_rows(ws)
    with pytest.raises(DomainError, match="quantity: must not be negative"):
        ws.pledges.create_many([_draft(ws), _draft(ws, quantity=Decimal(-1)), _draft(ws)])
    assert table_counts(ws.path) == before
    assert _pledge_rows(ws) == rows
    # The reference numbers are not used up by the failed attempt.
    assert ws.pledges.create_many([_draft(ws)])[0].reference == "DEU-2024-002"


def test_create_many_refuses_ukraine_as_donor_and_creates_none(ws: Any) -> None:
    before = table_counts(ws.path)
    with pytest.raises(DomainError, match="Ukraine is the recipient"):
        ws.pledges.create_many([_draft(ws), _draft(ws, donor="UKR")])
    assert table_counts(ws.path) == before


def test_create_many_of_nothing_does_nothing(ws: Any) -> None:
    before = table_counts(ws.path)
    assert ws.pledges.create_many([]) == []
    assert table_counts(ws.path) == before


# ---------------------------------------------------------------- update_many


def test_update_many_edits_every_row(ws: Any, make_pledge: Any) -> None:
    a, b = make_pledge(), make_pledge()
    out = ws.pledges.update_many([(a.id, a.version, {"notes": "checked"}),
                                  (b.id, b.version, {"notes": "checked", "quantity": Decimal(12)})])
    assert [p.version for p in out] == [2, 2]
    assert sql(ws.path, "SELECT notes, quantity_milli, version FROM pledges ORDER BY id") == [
        ("checked", 10000, 2), ("checked", 12000, 2)]
    assert ws.pledges.audit(b.id)[0].after == {"notes": "checked", "quantity": "12"}


def test_update_many_with_one_stale_row_changes_nothing(ws: Any, make_pledge: Any) -> None:
    a, b, c = make_pledge(), make_pledge(), make_pledge()
    ws.pledges.update(b.id, b.version, {"notes": "edited in another window"})
    before = table_counts(ws.path)
    rows = _pledge_rows(ws)
    with pytest.raises(StaleEdit) as exc:
        ws.pledges.update_many([(a.id, a.version, {"item": "Patriot"}),
                                (b.id, b.version, {"item": "Patriot"}),
                                (c.id, c.version, {"item": "Patriot"})])
    assert "DEU-2024-002" in str(exc.value)
    assert "reload" in str(exc.value)
    assert _pledge_rows(ws) == rows
    assert table_counts(ws.path) == before
    assert [p.item for p in map(ws.pledges.get, (a.id, b.id, c.id))] == ["IRIS-T SLM fire unit"] * 3


def test_update_many_with_one_invalid_row_changes_nothing(ws: Any, make_pledge: Any) -> None:
    a, b = make_pledge(), make_pledge()
    rows = _pledge_rows(ws)
    with pytest.raises(DomainError, match="item: describe what is pledged"):
        ws.pledges.update_many([(a.id, a.version, {"item": "Patriot"}),
                                (b.id, b.version, {"item": "   "})])
    assert _pledge_rows(ws) == rows


# ---------------------------------------------------------------- duplicate


def test_duplicate_makes_a_fresh_announced_copy(ws: Any, make_pledge: Any) -> None:
    original = make_pledge(donor="USA", item="HIMARS", quantity=Decimal(4), unit="launchers",
                           value_amount=Decimal("20000000"), currency="USD",
                           announced_on=date(2024, 5, 1), channel=Channel.US_PDA_USAI,
                           capability="artillery", source_ref="DoD PDA 57",
                           notes="with ammunition")
    ws.deliveries.create(original.id, quantity=Decimal(2), planned_on=date(2024, 9, 1),
                         status=DeliveryStatus.DELIVERED, actual_on=date(2024, 9, 3))
    original = ws.pledges.change_status(original.id, original.version, S.IN_DELIVERY)
    original_row = sql(ws.path, "SELECT * FROM pledges WHERE id = ?", (original.id,))

    copy = ws.pledges.duplicate(original.id)

    assert copy.id != original.id
    assert copy.reference == "USA-2024-002"
    assert copy.status is S.ANNOUNCED
    for field in ("donor_id", "capability_id", "item", "quantity", "unit", "value_amount",
                  "currency", "value_eur", "valuation_date", "announced_on", "channel",
                  "source_ref"):
        assert getattr(copy, field) == getattr(original, field), field
    assert copy.notes == "Copy of USA-2024-001. with ammunition"
    assert ws.deliveries.of_pledge(copy.id) == []
    assert len(ws.deliveries.of_pledge(original.id)) == 1
    # The original is untouched.
    assert sql(ws.path, "SELECT * FROM pledges WHERE id = ?", (original.id,)) == original_row
    [entry] = ws.pledges.audit(copy.id)
    assert entry.action == "create"
    assert "duplicate of USA-2024-001" in entry.source
    assert entry.after is not None and entry.after["reference"] == "USA-2024-002"
    assert [h.to_status for h in ws.pledges.history(copy.id)] == [S.ANNOUNCED]


def test_duplicate_of_a_pledge_without_notes(ws: Any, make_pledge: Any) -> None:
    original = make_pledge(notes="")
    copy = ws.pledges.duplicate(original.id)
    assert copy.notes == "Copy of DEU-2024-001."
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledges") == 2


# ---------------------------------------------------------------- revert_status


def test_revert_status_goes_back_and_keeps_the_history(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    pledge = ws.pledges.change_status(pledge.id, pledge.version, S.COMMITTED)
    pledge = ws.pledges.change_status(pledge.id, pledge.version, S.DELIVERED)
    # The forward-only rule would refuse this...
    with pytest.raises(IllegalTransition):
        ws.pledges.change_status(pledge.id, pledge.version, S.COMMITTED)
    # ...undo does not.
    back = ws.pledges.revert_status(pledge.id, pledge.version, S.COMMITTED)
    assert back.status is S.COMMITTED
    assert back.version == pledge.version + 1
    assert sql(ws.path, "SELECT status, version FROM pledges WHERE id = ?", (pledge.id,)) == [
        ("committed", back.version)]
    history = ws.pledges.history(pledge.id)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, S.ANNOUNCED), (S.ANNOUNCED, S.COMMITTED), (S.COMMITTED, S.DELIVERED),
        (S.DELIVERED, S.COMMITTED)]
    assert history[-1].source == "undo"
    assert history[-1].on_date == ws.today()
    entry = ws.pledges.audit(pledge.id)[0]
    assert entry.action == "status"
    assert entry.before == {"status": "delivered"}
    assert entry.after == {"status": "committed"}
    assert entry.source == "undo"


def test_revert_status_out_of_cancelled(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    cancelled = ws.pledges.cancel(pledge.id, pledge.version, "typed in error")
    back = ws.pledges.revert_status(pledge.id, cancelled.version, S.ANNOUNCED)
    assert back.status is S.ANNOUNCED
    assert S.COMMITTED in ws.pledges.next_statuses(back)


def test_revert_status_with_a_stale_version_changes_nothing(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    moved = ws.pledges.change_status(pledge.id, pledge.version, S.COMMITTED)
    ws.pledges.update(moved.id, moved.version, {"notes": "edited elsewhere"})
    before = table_counts(ws.path)
    with pytest.raises(StaleEdit):
        ws.pledges.revert_status(pledge.id, moved.version, S.ANNOUNCED)
    assert table_counts(ws.path) == before
    assert ws.pledges.get(pledge.id).status is S.COMMITTED


# ---------------------------------------------------------------- delete_many


def test_delete_many_removes_pledges_and_deliveries_and_audits_each(ws: Any,
                                                                    make_pledge: Any) -> None:
    keep = make_pledge(item="stays")
    a = make_pledge(item="pasted twice", quantity=Decimal(4))
    b = make_pledge(item="pasted twice too")
    ws.deliveries.create(a.id, quantity=Decimal(1), planned_on=date(2025, 1, 1))
    ws.deliveries.create(a.id, quantity=Decimal(3), planned_on=date(2025, 2, 1))
    ws.deliveries.create(keep.id, quantity=Decimal(1), planned_on=date(2025, 1, 1))
    seen: list[Any] = []
    ws.changes.subscribe(seen.append)

    removed = ws.pledges.delete_many([(a.id, a.version), (b.id, b.version)], "undo of a paste")

    assert [p.reference for p in removed] == ["DEU-2024-002", "DEU-2024-003"]
    assert sql(ws.path, "SELECT id FROM pledges") == [(keep.id,)]
    assert sql(ws.path, "SELECT pledge_id FROM deliveries") == [(keep.id,)]
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledge_status_events WHERE pledge_id IN (?, ?)",
                   (a.id, b.id)) == 0
    for pledge, n_deliveries in ((a, 2), (b, 0)):
        entry = ws.pledges.audit(pledge.id)[0]
        assert entry.action == "delete"
        assert entry.after is None
        assert "undo of a paste" in entry.source
        assert entry.before is not None
        assert entry.before["reference"] == pledge.reference
        assert entry.before["item"] == pledge.item
        assert entry.before["value_eur"] == "1000"
        assert len(entry.before["deliveries"]) == n_deliveries
    assert [(c.entity, c.ids, c.kind) for c in seen] == [("pledge", (a.id, b.id), "deleted")]


def test_delete_many_with_one_stale_version_deletes_nothing(ws: Any, make_pledge: Any) -> None:
    a, b = make_pledge(), make_pledge()
    ws.pledges.update(b.id, b.version, {"notes": "edited elsewhere"})
    before = table_counts(ws.path)
    with pytest.raises(StaleEdit):
        ws.pledges.delete_many([(a.id, a.version), (b.id, b.version)], "duplicate")
    assert table_counts(ws.path) == before


def test_delete_many_requires_a_reason(ws: Any, make_pledge: Any) -> None:
    a = make_pledge()
    before = table_counts(ws.path)
    with pytest.raises(DomainError, match="say why"):
        ws.pledges.delete_many([(a.id, a.version)], "  ")
    assert table_counts(ws.path) == before


def test_paste_then_undo_leaves_the_database_as_it_was(ws: Any, make_pledge: Any) -> None:
    make_pledge()
    pledges_before = _pledge_rows(ws)
    created = ws.pledges.create_many([_draft(ws), _draft(ws, donor="FRA", item="CAESAR",
                                                         capability="artillery")])
    ws.pledges.delete_many([(p.id, p.version) for p in created], "undo paste")
    assert _pledge_rows(ws) == pledges_before
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledge_status_events") == 1


def test_undoing_the_cancel_of_a_suspended_pledge_lets_it_resume(ws: Any, make_pledge: Any) -> None:
    from ramstein.domain.enums import PledgeStatus

    p = make_pledge()
    p = ws.pledges.change_status(p.id, p.version, PledgeStatus.COMMITTED)
    p = ws.pledges.change_status(p.id, p.version, PledgeStatus.SUSPENDED)
    p = ws.pledges.cancel(p.id, p.version, "funding withdrawn")
    p = ws.pledges.revert_status(p.id, p.version, PledgeStatus.SUSPENDED)  # the undo
    assert ws.pledges.next_statuses(p) == (PledgeStatus.COMMITTED, PledgeStatus.CANCELLED)
    resumed = ws.pledges.change_status(p.id, p.version, PledgeStatus.COMMITTED)
    assert resumed.status is PledgeStatus.COMMITTED
