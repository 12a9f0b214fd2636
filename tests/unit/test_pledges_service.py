"""Pledge use cases through PledgeService, checked in the database file itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ramstein.domain.enums import PledgeStatus
from ramstein.domain.errors import DomainError, IllegalTransition, InvalidMoney
from ramstein.services.pledges import PledgeDraft

from .helpers import sql, sql_one, table_counts

S = PledgeStatus


def _row(ws: Any, pledge_id: int) -> tuple[Any, ...]:
    return sql(ws.path, "SELECT reference, status, version, value_eur_cents FROM pledges "
                        "WHERE id = ?", (pledge_id,))[0]


# ---------------------------------------------------------------- create


def test_references_count_up_per_donor_and_year(make_pledge: Any) -> None:
    first = make_pledge(announced_on=date(2024, 3, 1))
    second = make_pledge(announced_on=date(2024, 9, 1))
    other_year = make_pledge(announced_on=date(2025, 1, 10))
    other_donor = make_pledge(donor="FRA", announced_on=date(2024, 3, 1))
    assert first.reference == "DEU-2024-001"
    assert second.reference == "DEU-2024-002"
    assert other_year.reference == "DEU-2025-001"
    assert other_donor.reference == "FRA-2024-001"


def test_without_announcement_date_the_reference_uses_today(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(announced_on=None)
    assert pledge.reference == f"DEU-{ws.today().year}-001"
    assert pledge.valuation_date == ws.today()


def test_value_in_usd_is_converted_with_that_years_rate(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(donor="USA", value_amount=Decimal("1000000"), currency="usd",
                         announced_on=date(2024, 5, 1))
    # eur_rates.csv: USD 2024-01-01 1.0824 per EUR -> 1,000,000 / 1.0824 = 923,872.875.. EUR
    assert pledge.currency == "USD"
    assert pledge.value_eur == Decimal("923872.88")
    assert pledge.valuation_date == date(2024, 5, 1)
    assert sql_one(ws.path, "SELECT value_eur_cents FROM pledges WHERE id = ?",
                   (pledge.id,)) == 92387288
    earlier = make_pledge(donor="USA", value_amount=Decimal("1000000"), currency="USD",
                          announced_on=date(2023, 12, 31))
    assert earlier.value_eur == Decimal("924812.73")  # the 2023 rate, 1.0813


def test_an_explicit_valuation_date_wins_over_the_announcement(make_pledge: Any) -> None:
    pledge = make_pledge(donor="USA", value_amount=Decimal("1000000"), currency="USD",
                         announced_on=date(2024, 5, 1), valuation_date=date(2022, 6, 1))
    assert pledge.value_eur == Decimal("949667.62")  # 2022 rate 1.0530


def test_create_writes_audit_and_status_event(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(item="  Gepard SPAAG  ", quantity=Decimal(15), unit="vehicles",
                         value_amount=Decimal("16500000"), announced_on=date(2024, 2, 1),
                         source_ref="https://example.org/press-release")
    assert pledge.item == "Gepard SPAAG"  # trimmed
    audit = ws.pledges.audit(pledge.id)
    assert len(audit) == 1
    entry = audit[0]
    assert entry.action == "create"
    assert entry.user == "tester"
    assert entry.before is None
    assert entry.after is not None
    assert entry.after["reference"] == "DEU-2024-001"
    assert entry.after["item"] == "Gepard SPAAG"
    assert entry.after["quantity"] == "15"
    assert entry.after["value_eur"] == "16500000"
    assert entry.after["status"] == "announced"
    history = ws.pledges.history(pledge.id)
    assert [(h.from_status, h.to_status, h.on_date) for h in history] == [
        (None, S.ANNOUNCED, date(2024, 2, 1))]
    assert history[0].source == "https://example.org/press-release"
    assert history[0].user == "tester"


def test_create_publishes_one_change(ws: Any, make_pledge: Any) -> None:
    seen: list[Any] = []
    ws.changes.subscribe(seen.append)
    pledge = make_pledge()
    assert [(c.entity, c.ids, c.kind) for c in seen] == [("pledge", (pledge.id,), "created")]


@pytest.mark.parametrize(
    ("kw", "error", "message"),
    [
        ({"item": "   "}, DomainError, "item: describe what is pledged"),
        ({"item": ""}, DomainError, "must not be empty"),
        ({"quantity": Decimal(-1)}, DomainError, "quantity: must not be negative"),
        ({"value_amount": Decimal("-0.01")}, DomainError, "value amount: must not be negative"),
        ({"quantity": Decimal("1.0005")}, DomainError, "at most 3 decimal places"),
        ({"quantity": "1_000"}, InvalidMoney, "quantity: '1_000' is not a number"),
        ({"value_amount": "NaN"}, InvalidMoney, "value amount"),
        ({"currency": "XYZ"}, InvalidMoney, "'XYZ' is not an ISO 4217 currency code"),
        ({"currency": "UAH"}, DomainError, "no exchange rate for UAH"),
    ],
)
def test_create_refuses_bad_input_and_writes_nothing(ws: Any, make_pledge: Any, kw: dict[str, Any],
                                                     error: type[Exception], message: str) -> None:
    before = table_counts(ws.path)
    with pytest.raises(error, match=message):
        make_pledge(**kw)
    assert table_counts(ws.path) == before
    assert before["pledges"] == 0


def test_ukraine_cannot_be_a_donor(ws: Any, make_pledge: Any) -> None:
    with pytest.raises(DomainError) as exc:
        make_pledge(donor="UKR")
    assert "Ukraine" in str(exc.value)
    assert "recipient" in str(exc.value)
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledges") == 0


def test_unknown_donor_and_capability_are_refused(ws: Any, capability_id: Any,
                                                  member_id: Any) -> None:
    with pytest.raises(DomainError, match="no member with id 99999"):
        ws.pledges.create(PledgeDraft(donor_id=99999, capability_id=capability_id("iamd"),
                                      item="x"))
    with pytest.raises(DomainError, match="no capability with id 99999"):
        ws.pledges.create(PledgeDraft(donor_id=member_id("DEU"), capability_id=99999, item="x"))
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledges") == 0


def test_a_reference_cannot_be_used_twice(ws: Any, make_pledge: Any) -> None:
    make_pledge(reference="KIEL-DEU-0001")
    with pytest.raises(DomainError, match="KIEL-DEU-0001 is already used"):
        make_pledge(reference="KIEL-DEU-0001")
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledges") == 1


def test_purl_financing_shares_are_kept(ws: Any, make_pledge: Any, member_id: Any) -> None:
    from ramstein.domain.enums import Channel
    from ramstein.domain.records import FinancingShare

    shares = (FinancingShare(member_id("NLD"), Decimal("0.6")),
              FinancingShare(member_id("DNK"), Decimal("0.4")))
    pledge = make_pledge(donor="USA", channel=Channel.PURL, financed_by=shares)
    assert ws.pledges.get(pledge.id).financed_by == tuple(sorted(shares, key=lambda f: f.member_id))
    assert sorted(sql(ws.path, "SELECT member_id, share FROM pledge_financers")) == sorted(
        [(member_id("NLD"), "0.6"), (member_id("DNK"), "0.4")])


def test_financing_shares_must_add_up_to_one(ws: Any, make_pledge: Any, member_id: Any) -> None:
    from ramstein.domain.records import FinancingShare

    before = table_counts(ws.path)
    with pytest.raises(DomainError, match=r"add up to 0\.9, not 1"):
        make_pledge(financed_by=(FinancingShare(member_id("NLD"), Decimal("0.5")),
                                 FinancingShare(member_id("DNK"), Decimal("0.4"))))
    assert table_counts(ws.path) == before


# ---------------------------------------------------------------- update


def test_update_audits_only_the_changed_fields(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(item="Leopard 2A6", quantity=Decimal(14), notes="")
    after = ws.pledges.update(pledge.id, pledge.version,
                              {"item": "Leopard 2A4", "quantity": Decimal("14.000"),
                               "notes": "per ministry letter"})
    assert after.version == pledge.version + 1
    assert _row(ws, pledge.id)[2] == 2
    entry = ws.pledges.audit(pledge.id)[0]
    assert entry.action == "update"
    # quantity 14 -> 14.000 is no change; version is bookkeeping, not a planner's edit.
    assert entry.before == {"item": "Leopard 2A6", "notes": ""}
    assert entry.after == {"item": "Leopard 2A4", "notes": "per ministry letter"}


def test_changing_value_or_currency_recomputes_the_eur_value(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(value_amount=Decimal("1000000"), currency="EUR",
                         announced_on=date(2024, 5, 1))
    assert pledge.value_eur == Decimal("1000000")
    in_usd = ws.pledges.update(pledge.id, pledge.version, {"currency": "USD"})
    assert in_usd.value_eur == Decimal("923872.88")
    more = ws.pledges.update(pledge.id, in_usd.version, {"value_amount": Decimal("2500000")})
    assert more.value_eur == Decimal("2309682.19")
    assert _row(ws, pledge.id)[3] == 230968219
    entry = ws.pledges.audit(pledge.id)[0]
    assert entry.before == {"value_amount": "1000000", "value_eur": "923872.88"}
    assert entry.after == {"value_amount": "2500000", "value_eur": "2309682.19"}
    assert more.version == 3


def test_editing_status_or_reference_directly_is_refused(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    with pytest.raises(DomainError, match="cannot be edited here: reference, status"):
        ws.pledges.update(pledge.id, pledge.version, {"status": S.DELIVERED, "reference": "X"})
    assert _row(ws, pledge.id)[:3] == ("DEU-2024-001", "announced", 1)


# ---------------------------------------------------------------- status


def test_legal_status_change_is_kept_with_date_and_source(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    after = ws.pledges.change_status(pledge.id, pledge.version, S.ALLOCATED,
                                     on_date=date(2024, 8, 1), source_ref="contract 42")
    assert after.status is S.ALLOCATED
    assert _row(ws, pledge.id)[1:3] == ("allocated", 2)
    last = ws.pledges.history(pledge.id)[-1]
    assert (last.from_status, last.to_status, last.on_date, last.source) == (
        S.ANNOUNCED, S.ALLOCATED, date(2024, 8, 1), "contract 42")
    entry = ws.pledges.audit(pledge.id)[0]
    assert entry.action == "status"
    assert entry.before == {"status": "announced"}
    assert entry.after == {"status": "allocated", "on_date": "2024-08-01",
                           "source_ref": "contract 42"}


def test_status_change_without_date_uses_today(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    ws.pledges.change_status(pledge.id, pledge.version, S.COMMITTED)
    assert ws.pledges.history(pledge.id)[-1].on_date == ws.today()


def test_illegal_status_change_names_the_pledge_and_changes_nothing(ws: Any,
                                                                     make_pledge: Any) -> None:
    pledge = make_pledge()
    pledge = ws.pledges.change_status(pledge.id, pledge.version, S.IN_DELIVERY)
    before = table_counts(ws.path)
    row = _row(ws, pledge.id)
    with pytest.raises(IllegalTransition) as exc:
        ws.pledges.change_status(pledge.id, pledge.version, S.COMMITTED)
    assert str(exc.value).startswith("DEU-2024-001:")
    assert "in delivery" in str(exc.value) and "committed" in str(exc.value)
    assert _row(ws, pledge.id) == row
    assert table_counts(ws.path) == before


def test_change_status_many_is_all_or_nothing(ws: Any, make_pledge: Any) -> None:
    a = make_pledge()
    b = make_pledge()
    c = make_pledge()
    c = ws.pledges.change_status(c.id, c.version, S.DELIVERED)
    before = table_counts(ws.path)
    rows = [_row(ws, p.id) for p in (a, b, c)]
    with pytest.raises(IllegalTransition, match="DEU-2024-003"):
        ws.pledges.change_status_many([(a.id, a.version), (b.id, b.version), (c.id, c.version)],
                                      S.COMMITTED)
    assert [_row(ws, p.id) for p in (a, b, c)] == rows
    assert table_counts(ws.path) == before

    done = ws.pledges.change_status_many([(a.id, a.version), (b.id, b.version)], S.COMMITTED)
    assert [p.status for p in done] == [S.COMMITTED, S.COMMITTED]
    assert sql(ws.path, "SELECT status FROM pledges ORDER BY id") == [
        ("committed",), ("committed",), ("delivered",)]


def test_suspended_pledge_resumes_where_it_was(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    pledge = ws.pledges.change_status(pledge.id, pledge.version, S.ALLOCATED)
    pledge = ws.pledges.change_status(pledge.id, pledge.version, S.SUSPENDED)
    assert set(ws.pledges.next_statuses(pledge)) == {S.ALLOCATED, S.CANCELLED}
    with pytest.raises(IllegalTransition, match="only resume to contracted / allocated"):
        ws.pledges.change_status(pledge.id, pledge.version, S.IN_DELIVERY)
    resumed = ws.pledges.change_status(pledge.id, pledge.version, S.ALLOCATED)
    assert resumed.status is S.ALLOCATED
    assert [h.to_status for h in ws.pledges.history(pledge.id)] == [
        S.ANNOUNCED, S.ALLOCATED, S.SUSPENDED, S.ALLOCATED]


def test_cancel_keeps_the_pledge_with_its_reason(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    cancelled = ws.pledges.cancel(pledge.id, pledge.version, "replaced by DEU-2024-007")
    assert cancelled.status is S.CANCELLED
    assert _row(ws, pledge.id)[1] == "cancelled"
    assert ws.pledges.history(pledge.id)[-1].source == "replaced by DEU-2024-007"
    assert ws.pledges.next_statuses(cancelled) == ()
    with pytest.raises(IllegalTransition, match="final"):
        ws.pledges.change_status(pledge.id, cancelled.version, S.COMMITTED)


# ---------------------------------------------------------------- delete


def test_delete_requires_a_reason(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge()
    before = table_counts(ws.path)
    for reason in ("", "   "):
        with pytest.raises(DomainError, match="say why"):
            ws.pledges.delete_created_in_error(pledge.id, pledge.version, reason)
    assert table_counts(ws.path) == before


def test_delete_created_in_error_removes_everything_and_audits_it(ws: Any,
                                                                  make_pledge: Any) -> None:
    keep = make_pledge(item="stays")
    pledge = make_pledge(item="typed twice", quantity=Decimal(4))
    d1 = ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, 1)).delivery
    ws.deliveries.create(pledge.id, quantity=Decimal(3), planned_on=date(2025, 2, 1))
    ws.deliveries.create(keep.id, quantity=Decimal(1), planned_on=date(2025, 2, 1))
    pledge = ws.pledges.change_status(pledge.id, pledge.version, S.COMMITTED)

    removed = ws.pledges.delete_created_in_error(pledge.id, pledge.version, "duplicate entry")

    assert removed.reference == "DEU-2024-002"
    assert sql(ws.path, "SELECT id FROM pledges") == [(keep.id,)]
    assert sql_one(ws.path, "SELECT COUNT(*) FROM deliveries WHERE pledge_id = ?", (pledge.id,)) == 0
    assert sql_one(ws.path, "SELECT COUNT(*) FROM deliveries") == 1
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledge_status_events WHERE pledge_id = ?",
                   (pledge.id,)) == 0
    entry = ws.pledges.audit(pledge.id)[0]
    assert entry.action == "delete"
    assert entry.after is None
    assert "duplicate entry" in entry.source
    assert entry.before is not None
    assert entry.before["reference"] == "DEU-2024-002"
    assert entry.before["item"] == "typed twice"
    assert entry.before["status"] == "committed"
    assert entry.before["value_eur"] == "1000"
    deliveries = entry.before["deliveries"]
    assert isinstance(deliveries, list) and len(deliveries) == 2
    assert deliveries[0]["id"] == d1.id and deliveries[0]["quantity"] == "1"
    assert sorted(d["quantity"] for d in deliveries) == ["1", "3"]


def test_delete_with_a_stale_version_is_refused(ws: Any, make_pledge: Any) -> None:
    from ramstein.domain.errors import StaleEdit

    pledge = make_pledge()
    ws.pledges.update(pledge.id, pledge.version, {"notes": "edited elsewhere"})
    with pytest.raises(StaleEdit):
        ws.pledges.delete_created_in_error(pledge.id, pledge.version, "duplicate")
    assert sql_one(ws.path, "SELECT COUNT(*) FROM pledges") == 1
