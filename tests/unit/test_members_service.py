"""Members view data: per-member totals (double-count guard), rates, % of GDP, member page."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ramstein.domain.enums import Channel, MemberKind, PledgeStatus
from ramstein.domain.records import FinancingShare

from .helpers import sql_one


def rows_by_code(ws: Any) -> dict[str, Any]:
    return {r.iso3: r for r in ws.members.rows()}


def test_rows_agree_with_the_summary_and_leave_ukraine_out(demo_ws: Any) -> None:
    rows = demo_ws.members.rows()
    summary = demo_ws.summaries.summary()
    by_donor = {d.code: d for d in summary.by_donor}
    assert "UKR" not in {r.iso3 for r in rows}
    assert len(rows) == 55  # every member but the recipient, with or without pledges
    for row in rows:
        d = by_donor.get(row.iso3)
        got = (row.pledges, row.pledged_eur, row.delivered_eur)
        assert got == ((d.pledges, d.pledged_eur, d.delivered_eur) if d else (0, 0, 0)), row.iso3
    assert sum((r.pledged_eur for r in rows), Decimal(0)) == summary.pledged_eur
    assert sum(r.open_pledges for r in rows) == sql_one(
        demo_ws.path, "SELECT COUNT(*) FROM pledges WHERE status NOT IN ('delivered', 'cancelled')")
    assert [r.pledged_eur for r in rows] == sorted((r.pledged_eur for r in rows), reverse=True)


def test_rows_filter_by_kind(demo_ws: Any) -> None:
    partners = demo_ws.members.rows(kinds={MemberKind.PARTNER})
    assert partners and {r.kind for r in partners} == {MemberKind.PARTNER}
    assert len(demo_ws.members.rows(kinds={MemberKind.NATO})) == 32


def test_delivery_and_on_time_rates_and_share_of_gdp(ws: Any, make_pledge: Any) -> None:
    p = make_pledge(donor="EST", quantity=Decimal(4), value_amount=Decimal("4000.00"))
    p = ws.pledges.change_status(p.id, p.version, PledgeStatus.IN_DELIVERY)
    for planned, actual in ((date(2025, 1, 10), date(2025, 1, 10)),   # on the day: on time
                            (date(2025, 2, 10), date(2025, 2, 1)),    # early: on time
                            (date(2025, 3, 10), date(2025, 3, 20))):  # late
        d = ws.deliveries.create(p.id, quantity=Decimal(1), planned_on=planned).delivery
        ws.deliveries.mark_delivered(d.id, d.version, actual)
    ws.deliveries.create(p.id, quantity=Decimal(1), planned_on=date(2026, 1, 1))  # still open

    est = rows_by_code(ws)["EST"]
    assert (est.pledged_eur, est.delivered_eur) == (Decimal("4000.00"), Decimal("3000.00"))
    assert est.delivery_rate == Decimal("75.0")
    assert est.on_time_rate == Decimal("66.7")
    assert (est.pledges, est.open_pledges) == (1, 1)
    # Estonia's 2023 GDP, USD 40.7bn, in EUR at the 2023-01-01 rate (1.0813 USD per EUR).
    assert est.gdp_usd_bn == Decimal("40.7") and est.gdp_year == 2023
    expected = Decimal("4000") / (Decimal("40.7e9") / Decimal("1.0813")) * 100
    assert est.aid_pct_gdp == expected.quantize(Decimal("0.001"))
    quiet = rows_by_code(ws)["LUX"]
    assert (quiet.delivery_rate, quiet.on_time_rate, quiet.pledged_eur) == (None, None, 0)


def test_a_purl_pledge_counts_once_to_the_payer_everywhere(ws: Any, make_pledge: Any,
                                                          member_id: Any) -> None:
    purl = make_pledge(donor="USA", channel=Channel.PURL, quantity=Decimal(2),
                       value_amount=Decimal("500000000.00"), status=PledgeStatus.IN_DELIVERY,
                       financed_by=(FinancingShare(member_id("NLD"), Decimal(1)),))
    d = ws.deliveries.create(purl.id, quantity=Decimal(1), planned_on=date(2025, 9, 1)).delivery
    ws.deliveries.mark_delivered(d.id, d.version, date(2025, 9, 5))
    make_pledge(donor="USA", value_amount=Decimal("10.00"))

    rows = rows_by_code(ws)
    nld, usa = rows["NLD"], rows["USA"]
    assert (nld.pledges, nld.pledged_eur, nld.delivered_eur) == (
        1, Decimal("500000000.00"), Decimal("250000000.00"))
    assert nld.paid_for_eur == Decimal("500000000.00") and nld.delivered_by_eur == 0
    assert (usa.pledges, usa.pledged_eur, usa.delivered_eur) == (1, Decimal("10.00"), 0)
    assert usa.delivered_by_eur == Decimal("500000000.00")
    assert usa.on_time_rate == 0  # the deliverer's performance: delivered 4 days late

    summary = ws.summaries.summary()
    by_donor = {d.code: d for d in summary.by_donor}
    assert by_donor["NLD"].pledged_eur == Decimal("500000000.00")
    assert by_donor["USA"].pledged_eur == Decimal("10.00")
    assert summary.pledged_eur == Decimal("500000010.00")
    assert sum(d.pledges for d in summary.by_donor) == summary.pledges == 2

    nld_page = ws.members.page(member_id("NLD"))
    assert [r[0] for r in nld_page.pledges] == [r[0] for r in nld_page.paid_for] == [purl.id]
    assert nld_page.deliveries_by_month == [("2025-09", Decimal("250000000.00"),
                                             Decimal("250000000.00"))]
    assert nld_page.capability_mix == [("Integrated air and missile defence", Decimal("500000000.00"))]
    usa_page = ws.members.page(member_id("USA"))
    assert [r[0] for r in usa_page.delivered_for_others] == [purl.id]
    assert purl.id in [r[0] for r in usa_page.pledges]  # listed, as the delivering donor
    assert usa_page.capability_mix == [("Integrated air and missile defence", Decimal("10.00"))]


def test_a_co_financed_pledge_is_split_by_share_to_the_cent(ws: Any, make_pledge: Any,
                                                           member_id: Any) -> None:
    make_pledge(donor="USA", channel=Channel.PURL, value_amount=Decimal("1000.01"),
                financed_by=(FinancingShare(member_id("DNK"), Decimal("0.4")),
                             FinancingShare(member_id("NOR"), Decimal("0.35")),
                             FinancingShare(member_id("SWE"), Decimal("0.25"))))
    rows = rows_by_code(ws)
    got = {c: rows[c].pledged_eur for c in ("DNK", "NOR", "SWE", "USA")}
    assert got == {"DNK": Decimal("400.01"), "NOR": Decimal("350.00"), "SWE": Decimal("250.00"),
                   "USA": Decimal(0)}
    assert (rows["DNK"].pledges, rows["NOR"].pledges) == (1, 0)  # counted once, to the main payer
    assert ws.summaries.summary().pledged_eur == Decimal("1000.01")


def test_an_epf_reimbursement_counts_to_the_member_state_not_again_to_the_eu(
        ws: Any, make_pledge: Any, member_id: Any) -> None:
    make_pledge(donor="POL", channel=Channel.EU_EPF, value_amount=Decimal("800.00"),
                reimbursed_by_id=member_id("EUU"))
    rows = rows_by_code(ws)
    assert rows["POL"].pledged_eur == Decimal("800.00")
    assert rows["EUU"].pledged_eur == 0


def test_the_member_page_shows_its_fund_positions(ws: Any, make_pledge: Any,
                                                  member_id: Any) -> None:
    make_pledge(donor="LTU", value_amount=Decimal("300.00"), announced_on=date(2026, 2, 1),
                status=PledgeStatus.ALLOCATED)
    page = ws.members.page(member_id("LTU"))
    assert [(p.fund_name[:10], p.year) for p in page.fund_positions] == [
        ("Washington", 2026), ("2024 propo", 2026)]
    assert all(p.allocated == Decimal("300.00") and p.below for p in page.fund_positions)
    assert page.row.iso3 == "LTU" and page.row.open_pledges == 1
