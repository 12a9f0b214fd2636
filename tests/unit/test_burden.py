"""Burden-sharing arithmetic: exact splits, exemptions, members without GDP (domain.burden)."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ramstein.domain.burden import (
    FairShareError,
    gdp_shares,
    split_among_payers,
    split_by_share,
    spread_over_years,
)
from ramstein.paths import resource

YEARLY = Decimal("40000000000.00")  # the Washington 2024 pledge, EUR a year


def nato_gdp_2023() -> dict[str, Decimal]:
    """{ISO3: GDP USD bn} of the 32 allies, 2023, from the roster the app seeds."""
    with resource("roster", "members.csv").open(encoding="utf-8") as fh:
        allies = {r["code"] for r in csv.DictReader(fh) if r["kind"] == "nato"}
    with resource("roster", "gdp.csv").open(encoding="utf-8") as fh:
        return {r["code"]: Decimal(r["gdp_usd_bn"]) for r in csv.DictReader(fh)
                if r["code"] in allies and r["year"] == "2023"}


def test_the_allies_shares_add_up_exactly_to_the_years_amount() -> None:
    gdp = nato_gdp_2023()
    assert len(gdp) == 32
    shares = split_by_share(YEARLY, gdp)
    assert sum(shares.values()) == YEARLY
    assert all(v == v.quantize(Decimal("0.01")) for v in shares.values())
    # DOMAIN-NOTES §1.5: the US about 52.9% (EUR 21.2bn), Germany 8.6% (EUR 3.4bn).
    assert Decimal("21.1e9") < shares["USA"] < Decimal("21.3e9")
    assert Decimal("3.4e9") < shares["DEU"] < Decimal("3.5e9")


def test_leftover_cents_go_to_the_largest_remainders_then_to_the_first_key() -> None:
    assert split_by_share(Decimal("0.02"), {"b": Decimal(1), "a": Decimal(1), "c": Decimal(1)}) == {
        "b": Decimal("0.01"), "a": Decimal("0.01"), "c": Decimal("0.00")}
    assert split_by_share(Decimal("1.00"), {"x": Decimal(1), "y": Decimal(2)}) == {
        "x": Decimal("0.33"), "y": Decimal("0.67")}


@given(
    st.decimals(min_value=0, max_value=10**12, places=2),
    st.lists(st.decimals(min_value=Decimal("0.1"), max_value=10**5, places=1), min_size=1, max_size=40),
)
def test_any_split_adds_up_exactly(amount: Decimal, weights: list[Decimal]) -> None:
    parts = split_by_share(amount, dict(enumerate(weights)))
    assert sum(parts.values()) == amount
    assert all(p >= 0 for p in parts.values())


def test_an_exemption_renormalises_the_others_shares() -> None:
    gdp = nato_gdp_2023()
    allies = sorted(gdp)
    ids = {code: i for i, code in enumerate(allies)}
    by_id = {ids[c]: v for c, v in gdp.items()}
    everyone = gdp_shares(YEARLY, list(by_id), by_id, gdp_year=2023)
    hungary = ids["HUN"]
    exempt = gdp_shares(YEARLY, list(by_id), by_id, exempt={hungary}, gdp_year=2023)

    assert exempt[hungary].fair_share == Decimal("0.00")
    assert exempt[hungary].exempt and exempt[hungary].flag == "exempt"
    assert sum(line.fair_share or 0 for line in exempt.values()) == YEARLY
    usa = ids["USA"]
    before, after = everyone[usa].fair_share, exempt[usa].fair_share
    assert before is not None and after is not None and after > before
    # "Taking Hungary out raises every other share by about 0.4%" (DOMAIN-NOTES §1.5).
    assert Decimal("1.003") < after / before < Decimal("1.005")
    assert sum(line.share_pct or 0 for line in exempt.values()) == pytest.approx(100, abs=0.01)


def test_a_member_without_gdp_is_flagged_not_given_zero() -> None:
    shares = gdp_shares(Decimal("100.00"), [1, 2, 3], {1: Decimal(30), 2: None, 3: Decimal(10)},
                        gdp_year=2023)
    assert shares[2].fair_share is None and shares[2].share_pct is None
    assert shares[2].flag == "no GDP for 2023" and not shares[2].exempt
    assert (shares[1].fair_share, shares[3].fair_share) == (Decimal("75.00"), Decimal("25.00"))


def test_no_one_left_to_share_is_an_error_not_a_silent_zero() -> None:
    with pytest.raises(FairShareError, match="GDP figure for 2021"):
        gdp_shares(Decimal(100), [1, 2], {1: Decimal(5), 2: None}, exempt={1}, gdp_year=2021)
    with pytest.raises(FairShareError):
        split_by_share(Decimal(1), {"a": Decimal(0)})


def test_a_total_spread_over_years_adds_up_exactly() -> None:
    years = spread_over_years(Decimal("100000000000.01"), 2025, 2027)
    assert years == {2025: Decimal("33333333333.34"), 2026: Decimal("33333333333.34"),
                     2027: Decimal("33333333333.33")}
    with pytest.raises(FairShareError, match="before the first year"):
        spread_over_years(Decimal(1), 2029, 2025)


def test_a_co_financed_pledge_is_split_over_its_payers_to_the_cent() -> None:
    parts = split_among_payers(100001, [(9, Decimal("0.25")), (3, Decimal("0.4")), (5, Decimal("0.35"))])
    assert parts == [(3, 40001), (5, 35000), (9, 25000)]  # member id order, sum exact
    assert sum(p for _m, p in parts) == 100001
    assert split_among_payers(500, []) == []
