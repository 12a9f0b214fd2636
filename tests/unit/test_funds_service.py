"""Funds: presets, fair shares by GDP, exemptions, currency, counting rules, double counting."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ramstein.domain.enums import Channel, FundPeriod, PledgeStatus
from ramstein.domain.errors import DomainError
from ramstein.domain.money import round_eur
from ramstein.domain.records import FinancingShare
from ramstein.services.funds import ALL_CHANNELS, FundSpec

from .helpers import sql, sql_one


def washington(ws: Any) -> FundSpec:
    spec = ws.funds.washington()
    assert spec is not None and spec.name.startswith("Washington 2024 pledge")
    return spec


def proposal(ws: Any) -> FundSpec:
    return next(s for s in ws.funds.funds() if s.currency == "USD")


def by_code(fy: Any) -> dict[str, Any]:
    return {p.iso3: p for p in fy.rows}


def test_the_two_presets(ws: Any, member_id: Any) -> None:
    w, p = washington(ws), proposal(ws)
    allies = {m.id for m in ws.reference.members if m.kind.value == "nato"}
    assert (w.amount, w.currency, w.period, w.first_year, w.last_year, w.gdp_year) == (
        Decimal(40_000_000_000), "EUR", FundPeriod.YEARLY, 2025, 2029, 2023)
    assert w.participants == allies and len(allies) == 32
    assert w.exempt == {member_id("HUN")}
    assert (p.amount, p.currency, p.period, p.first_year, p.last_year) == (
        Decimal(100_000_000_000), "USD", FundPeriod.TOTAL, 2025, 2029)
    assert p.exempt == frozenset() and p.participants == allies
    assert w.counted_channels == ALL_CHANNELS
    assert w.counted_statuses == {PledgeStatus.ALLOCATED, PledgeStatus.IN_DELIVERY,
                                  PledgeStatus.DELIVERED}


def test_fair_shares_add_up_exactly_to_the_years_tranche(ws: Any) -> None:
    spec = washington(ws)
    assert ws.funds.current_year(spec) == 2026  # today (2026-11-23) within 2025..2029
    fy = ws.funds.positions(spec, 2026)
    assert fy.tranche_eur == Decimal("40000000000.00")
    assert sum(p.fair_share for p in fy.rows if p.fair_share is not None) == fy.tranche_eur
    rows = by_code(fy)
    assert rows["HUN"].fair_share == 0 and rows["HUN"].flag == "exempt" and not rows["HUN"].below
    assert rows["USA"].share_pct is not None and Decimal(52) < rows["USA"].share_pct < Decimal(54)
    assert fy.rows[0].iso3 == "USA"  # biggest share first
    assert all(p.below for p in fy.rows if p.fair_share)  # nothing pledged yet


def test_changing_an_exemption_changes_the_shares_and_is_audited(ws: Any, member_id: Any) -> None:
    spec = washington(ws)
    before = by_code(ws.funds.positions(spec, 2026))

    spec = ws.funds.set_exempt(spec.id, member_id("HUN"), False)
    spec = ws.funds.set_exempt(spec.id, member_id("DEU"), True)

    assert spec.exempt == {member_id("DEU")}
    after = by_code(ws.funds.positions(spec, 2026))
    assert after["DEU"].fair_share == 0 and after["HUN"].fair_share > 0
    assert after["USA"].fair_share > before["USA"].fair_share  # Germany's share spread over the rest
    assert sum(p.fair_share for p in after.values()) == Decimal("40000000000.00")
    audited = sql(ws.path, "SELECT action, before_json, after_json FROM audit_log "
                           "WHERE entity = 'fund' AND entity_id = ? ORDER BY id", (str(spec.id),))
    assert [a for a, _b, _f in audited] == ["update", "update"]
    assert '"exempt": true' in audited[0][1] and '"exempt": false' in audited[0][2]


def test_a_participant_without_gdp_for_the_year_is_flagged(ws: Any, member_id: Any) -> None:
    # Qatar has a 2022 GDP figure only (resources/roster/README.md).
    qatar = member_id("QAT")
    spec = ws.funds.save(replace(washington(ws), id=None, name="Allies and Qatar",
                                 participants=washington(ws).participants | {qatar}))
    fy = ws.funds.positions(spec, 2025)
    row = by_code(fy)["QAT"]
    assert (row.fair_share, row.share_pct, row.gap, row.below) == (None, None, None, False)
    assert row.flag == "no GDP for 2023"
    assert fy.flagged == [row]
    assert sum(p.fair_share or 0 for p in fy.rows) == fy.tranche_eur
    created = sql_one(ws.path, "SELECT action FROM audit_log WHERE entity = 'fund' AND entity_id = ?",
                      (str(spec.id),))
    assert created == "create"


def test_a_usd_fund_is_converted_at_the_rate_of_1_january(ws: Any) -> None:
    spec = proposal(ws)
    # A mid-year rate must not be used for the year's tranche: the 1 January one is.
    ws.rates.set_rate("USD", date(2025, 6, 30), Decimal("2.0"), "test")
    assert ws.funds.tranche_amount(spec, 2025) == Decimal("20000000000.00")
    assert ws.funds.tranche(spec, 2025) == round_eur(Decimal("20000000000") / Decimal("1.1295"))
    assert ws.funds.tranche(spec, 2026) == round_eur(Decimal("20000000000") / Decimal("1.17"))
    fy = ws.funds.positions(spec, 2025)
    assert fy.rate_note == "USD converted at 1.1295 per EUR, the rate of 2025-01-01"
    assert sum(p.fair_share or 0 for p in fy.rows) == fy.tranche_eur
    # No rate for 1 January 2027 yet: the nearest earlier one (1 January 2026) is used.
    assert ws.funds.tranche(spec, 2027) == ws.funds.tranche(spec, 2026)
    assert ws.funds.positions(spec, 2027).rate_note.endswith("the rate of 2026-01-01")
    assert sum(ws.funds.tranche_amount(spec, y) for y in spec.years) == spec.amount


def test_a_year_before_every_rate_uses_the_earliest_and_says_so(ws: Any) -> None:
    spec = ws.funds.save(replace(proposal(ws), id=None, name="Early", first_year=2020, last_year=2021))
    fy = ws.funds.positions(spec, 2020)
    assert "the rate of 2022-01-01" in fy.rate_note and "earliest known" in fy.rate_note


def test_a_purl_pledge_counts_once_to_the_payer_not_the_us(ws: Any, make_pledge: Any,
                                                         member_id: Any) -> None:
    purl = make_pledge(donor="USA", channel=Channel.PURL, value_amount=Decimal("500000000.00"),
                       announced_on=date(2025, 12, 20), funding_year=2026,
                       status=PledgeStatus.ALLOCATED,
                       financed_by=(FinancingShare(member_id("NLD"), Decimal(1)),))
    own = make_pledge(donor="USA", value_amount=Decimal("700.00"), announced_on=date(2026, 2, 1),
                      status=PledgeStatus.COMMITTED)
    rows = by_code(ws.funds.positions(washington(ws), 2026))
    assert rows["NLD"].allocated == rows["NLD"].pledged == Decimal("500000000.00")
    assert rows["USA"].pledged == Decimal("700.00")  # its own, only pledged (not counted yet)
    assert rows["USA"].allocated == 0
    assert rows["NLD"].gap == rows["NLD"].fair_share - Decimal("500000000.00")
    assert purl.value_eur and own.value_eur
    # The funding year wins over the announced year (2025).
    assert by_code(ws.funds.positions(washington(ws), 2025))["NLD"].pledged == 0


def test_counting_rules_channels_and_states(ws: Any, make_pledge: Any) -> None:
    make_pledge(donor="DEU", channel=Channel.IN_KIND_STOCKS, value_amount=Decimal("100.00"),
                announced_on=date(2026, 3, 1), status=PledgeStatus.ALLOCATED)
    make_pledge(donor="DEU", channel=Channel.NATIONAL_PROCUREMENT, value_amount=Decimal("50.00"),
                announced_on=date(2026, 3, 1), status=PledgeStatus.ANNOUNCED)
    spec = washington(ws)
    deu = by_code(ws.funds.positions(spec, 2026))["DEU"]
    assert (deu.pledged, deu.allocated) == (Decimal("150.00"), Decimal("100.00"))
    only_stocks = ws.funds.save(replace(spec, counted_channels=frozenset({Channel.NATIONAL_PROCUREMENT}),
                                        counted_statuses=frozenset(PledgeStatus) - {PledgeStatus.CANCELLED}))
    deu = by_code(ws.funds.positions(only_stocks, 2026))["DEU"]
    assert (deu.pledged, deu.allocated) == (Decimal("50.00"), Decimal("50.00"))
    assert ws.funds.get(spec.id).counted_channels == {Channel.NATIONAL_PROCUREMENT}


def test_progress_for_the_dashboard(ws: Any, make_pledge: Any) -> None:
    make_pledge(donor="POL", value_amount=Decimal("1000.00"), announced_on=date(2026, 3, 1),
                status=PledgeStatus.ALLOCATED)
    progress = ws.summaries.fund_progress()
    assert progress is not None and progress.year == 2026
    assert (progress.tranche, progress.pledged, progress.allocated) == (
        Decimal("40000000000.00"), Decimal("1000.00"), Decimal("1000.00"))
    assert progress.participants == 32 and progress.below == 31  # all but exempt Hungary
    assert progress == ws.funds.progress(washington(ws), 2026)


def test_invalid_funds_are_refused_with_the_field(ws: Any) -> None:
    spec = washington(ws)
    with pytest.raises(DomainError, match="last year 2024 is before the first year 2025"):
        ws.funds.save(replace(spec, last_year=2024))
    with pytest.raises(DomainError, match="exempt member must be a participant"):
        ws.funds.save(replace(spec, participants=spec.participants - spec.exempt))
    with pytest.raises(DomainError, match="is already used by another fund"):
        ws.funds.save(replace(spec, id=None))
    with pytest.raises(DomainError, match="runs 2025-2029, not 2031"):
        ws.funds.positions(spec, 2031)


@pytest.mark.sqlite_only("edits the file with sqlite3 behind the app's back")
def test_a_database_without_funds_gets_the_presets_on_first_use(ws: Any) -> None:
    con = sqlite3.connect(ws.path)
    with con:
        con.execute("DELETE FROM fund_members")
        con.execute("DELETE FROM funds")
    con.close()
    names = [s.name for s in ws.funds.funds()]
    assert len(names) == 2 and names[0].startswith("Washington 2024 pledge")
    assert sql_one(ws.path, "SELECT COUNT(*) FROM fund_members WHERE exempt = 1") == 1
