"""Totals for the dashboard and `ramstein summary`: exact, consistent, and following the rules."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from ramstein.domain.enums import PledgeStatus

from .helpers import sql, sql_one

TODAY = date(2026, 11, 23)  # tests/conftest.py fixes the workspaces' today to this day


def _split(cents: int, shares: list[tuple[str, Fraction]]) -> dict[str, int]:
    """Largest remainder with exact fractions (ties to the earlier payer in member id order)."""
    raw = [(code, cents * share) for code, share in shares]
    parts = {code: int(v) for code, v in raw}
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i][1] - int(raw[i][1])), i))
    for i in order[: cents - sum(parts.values())]:
        parts[raw[i][0]] += 1
    return parts


def _independent_totals(path: Path) -> dict[str, tuple[int, Decimal, Decimal]]:
    """Per member (pledges, pledged EUR, delivered EUR), recomputed in Python from raw rows,
    with the double-count guard: a financed pledge counts to its payers by share, its count to
    the main payer."""
    delivered: dict[int, int] = defaultdict(int)
    for pledge_id, cents in sql(path, "SELECT pledge_id, value_eur_cents FROM deliveries "
                                      "WHERE status = 'delivered'"):
        delivered[pledge_id] += cents or 0
    payers: dict[int, list[tuple[str, Fraction]]] = defaultdict(list)
    for pid, code, share in sql(path, "SELECT f.pledge_id, m.code, f.share FROM pledge_financers f "
                                      "JOIN members m ON m.id = f.member_id "
                                      "ORDER BY f.pledge_id, f.member_id"):
        payers[pid].append((code, Fraction(share)))
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for pid, code, status, cents in sql(path, "SELECT p.id, m.code, p.status, p.value_eur_cents "
                                              "FROM pledges p JOIN members m ON m.id = p.donor_id"):
        pledged = delivered[pid] if status == "cancelled" else (cents or 0)
        shares = payers.get(pid) or [(code, Fraction(1))]
        out[max(shares, key=lambda cs: cs[1])[0]][0] += 1
        for payer, part in _split(pledged, shares).items():
            out[payer][1] += part
        for payer, part in _split(delivered[pid], shares).items():
            out[payer][2] += part
    return {code: (n, Decimal(p).scaleb(-2), Decimal(d).scaleb(-2))
            for code, (n, p, d) in out.items()}


def test_demo_summary_matches_an_independent_count(demo_ws: Any) -> None:
    summary = demo_ws.summaries.summary()
    expected = _independent_totals(demo_ws.path)
    got = {d.code: (d.pledges, d.pledged_eur, d.delivered_eur) for d in summary.by_donor}
    assert got == expected
    assert summary.pledges == 400
    assert summary.deliveries == sql_one(demo_ws.path, "SELECT COUNT(*) FROM deliveries")
    assert summary.members == 56


def test_by_donor_adds_up_exactly_to_the_totals(demo_ws: Any) -> None:
    summary = demo_ws.summaries.summary()
    assert sum((d.pledged_eur for d in summary.by_donor), Decimal(0)) == summary.pledged_eur
    assert sum((d.delivered_eur for d in summary.by_donor), Decimal(0)) == summary.delivered_eur
    assert sum(d.pledges for d in summary.by_donor) == summary.pledges
    assert summary.pledged_eur > 0 and summary.delivered_eur > 0


def test_delivered_never_exceeds_pledged_for_a_donor(demo_ws: Any) -> None:
    for donor in demo_ws.summaries.summary().by_donor:
        assert donor.delivered_eur <= donor.pledged_eur, donor.code


def test_donors_are_listed_biggest_first(demo_ws: Any) -> None:
    pledged = [d.pledged_eur for d in demo_ws.summaries.summary().by_donor]
    assert pledged == sorted(pledged, reverse=True)
    assert demo_ws.summaries.summary().by_donor[0].code == "USA"


def test_fast_totals_equal_the_full_summary(demo_ws: Any) -> None:
    full = demo_ws.summaries.summary()
    fast = demo_ws.summaries.totals()
    assert (fast.members, fast.pledges, fast.deliveries, fast.pledged_eur, fast.delivered_eur) == (
        full.members, full.pledges, full.deliveries, full.pledged_eur, full.delivered_eur)


def test_summary_json_money_is_text_with_two_decimals(demo_ws: Any) -> None:
    doc = demo_ws.summaries.summary_json()
    summary = demo_ws.summaries.summary()
    assert doc["pledged_eur"] == f"{summary.pledged_eur:.2f}"
    for key in ("pledged_eur", "delivered_eur"):
        assert isinstance(doc[key], str)
        assert len(doc[key].split(".")[1]) == 2
    for row in doc["by_donor"]:
        assert set(row) == {"iso3", "name", "pledged_eur", "delivered_eur", "pledges"}
        assert Decimal(row["pledged_eur"]) >= Decimal(row["delivered_eur"])


def test_a_cancelled_pledge_counts_only_what_it_delivered(ws: Any, make_pledge: Any) -> None:
    kept = make_pledge(quantity=Decimal(10), value_amount=Decimal("5000"))
    dropped = make_pledge(quantity=Decimal(10), value_amount=Decimal("1000"))
    dropped = ws.pledges.change_status(dropped.id, dropped.version, PledgeStatus.IN_DELIVERY)
    for qty, deliver in ((Decimal(4), True), (Decimal(6), False)):
        d = ws.deliveries.create(dropped.id, quantity=qty, planned_on=date(2025, 1, 1)).delivery
        if deliver:
            ws.deliveries.mark_delivered(d.id, d.version)
    before = ws.summaries.summary()
    assert before.pledged_eur == Decimal("6000.00")
    assert before.delivered_eur == Decimal("400.00")

    ws.pledges.cancel(dropped.id, dropped.version, "stocks exhausted")

    after = ws.summaries.summary()
    assert after.pledged_eur == Decimal("5400.00")  # 5000 + the 400 actually delivered
    assert after.delivered_eur == Decimal("400.00")
    assert after.by_donor[0].pledges == 2
    fast = ws.summaries.totals()
    assert (fast.pledged_eur, fast.delivered_eur) == (Decimal("5400.00"), Decimal("400.00"))
    assert kept.value_eur == Decimal("5000")


def test_empty_database_totals_are_zero(ws: Any) -> None:
    summary = ws.summaries.summary()
    assert (summary.pledges, summary.deliveries, summary.pledged_eur, summary.delivered_eur) == (
        0, 0, Decimal(0), Decimal(0))
    assert summary.by_donor == ()
    assert ws.summaries.summary_json()["pledged_eur"] == "0.00"
    assert ws.summaries.dashboard().delivery_rate is None


def test_dashboard_overdue_count_equals_a_direct_count(demo_ws: Any) -> None:
    assert demo_ws.today() == TODAY
    dash = demo_ws.summaries.dashboard(overdue_limit=50)
    direct = sql_one(demo_ws.path, """
        SELECT COUNT(*) FROM deliveries
        WHERE status NOT IN ('delivered', 'cancelled') AND planned_on < ?""", (TODAY.isoformat(),))
    assert direct > 0, "the demo is meant to have overdue deliveries"
    assert dash.overdue_count == direct
    assert len(dash.overdue) == min(direct, 50)
    planned = [row[1] for row in dash.overdue]
    assert planned == sorted(planned)  # oldest first
    first = dash.overdue[0]
    assert first[2] == (TODAY - first[1]).days  # days late
    assert all(row[1] < TODAY and row[11].is_open for row in dash.overdue)


def test_dashboard_figures_agree_with_the_summary(demo_ws: Any) -> None:
    dash = demo_ws.summaries.dashboard()
    summary = demo_ws.summaries.summary()
    assert dash.summary == summary
    assert sum(dash.status_counts.values()) == summary.pledges
    assert dash.delivery_rate == (summary.delivered_eur / summary.pledged_eur * 100).quantize(
        Decimal("0.1"))
    assert sum((d for _m, _p, d in dash.monthly), Decimal(0)) == summary.delivered_eur
    cancelled = sql_one(demo_ws.path, "SELECT COALESCE(SUM(value_eur_cents), 0) FROM pledges "
                                      "WHERE status <> 'cancelled'")
    assert sum((v for _n, v in dash.by_capability), Decimal(0)) == Decimal(cancelled).scaleb(-2)
    assert dash.top_donors(3) == list(summary.by_donor[:3])


def test_the_demo_has_purl_danish_model_and_co_financed_pledges(demo_ws: Any) -> None:
    rows = sql(demo_ws.path, "SELECT p.channel, COUNT(DISTINCT f.pledge_id), COUNT(*) "
                             "FROM pledge_financers f JOIN pledges p ON p.id = f.pledge_id "
                             "GROUP BY p.channel")
    channels = {c: (pledges, payers) for c, pledges, payers in rows}
    assert channels["purl"][0] > 0
    shares = sql(demo_ws.path, "SELECT pledge_id, SUM(CAST(share AS REAL)) FROM pledge_financers "
                               "GROUP BY pledge_id")
    assert all(abs(total - 1) < 1e-9 for _p, total in shares)
    # PURL packages are delivered by the United States and paid by the allies: the US is the
    # donor of record, never a payer.
    usa = demo_ws.reference.members_by_code["USA"].id
    assert sql_one(demo_ws.path, "SELECT COUNT(*) FROM pledge_financers WHERE member_id = ?", (usa,)) == 0


def test_summary_by_donor_counts_a_purl_pledge_to_its_payer(ws: Any, make_pledge: Any) -> None:
    from ramstein.domain.enums import Channel
    from ramstein.domain.records import FinancingShare

    nld = ws.reference.members_by_code["NLD"].id
    make_pledge(donor="USA", channel=Channel.PURL, value_amount=Decimal("486000000.00"),
                financed_by=(FinancingShare(nld, Decimal(1)),))
    doc = ws.summaries.summary_json()
    assert [(d["iso3"], d["pledged_eur"], d["pledges"]) for d in doc["by_donor"]] == [
        ("NLD", "486000000.00", 1)]
    assert doc["pledged_eur"] == "486000000.00"


def test_summary_json_names_the_fund_year_and_each_allys_position(ws: Any, make_pledge: Any) -> None:
    make_pledge(donor="NOR", value_amount=Decimal("2000.00"), announced_on=date(2026, 4, 1),
                status=PledgeStatus.ALLOCATED)
    fund = ws.summaries.summary_json()["fund"]
    assert fund["name"].startswith("Washington 2024 pledge")
    assert (fund["year"], fund["tranche"], fund["currency"]) == (2026, "40000000000.00", "EUR")
    members = {m["iso3"]: m for m in fund["members"]}
    assert len(members) == 32
    for m in members.values():
        assert {"iso3", "name", "fair_share", "pledged", "delivered", "gap"} <= set(m)
        assert all(isinstance(m[k], str) for k in ("fair_share", "pledged", "delivered", "gap"))
    assert sum(Decimal(m["fair_share"]) for m in members.values()) == Decimal("40000000000.00")
    nor = members["NOR"]
    assert (nor["pledged"], nor["delivered"]) == ("2000.00", "0.00")
    assert Decimal(nor["gap"]) == Decimal(nor["fair_share"]) - Decimal("2000.00")
    assert members["HUN"]["fair_share"] == "0.00" and members["HUN"]["flag"] == "exempt"
