"""MemberService.capability_totals: the Members view's capability chart from one GROUP BY.

It must give exactly what adding up every pledge's table row gave (the view's former way,
which held 100k row tuples in memory for a 55-member chart).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ramstein.domain.enums import PledgeStatus
from ramstein.services import pledge_rows as R


def _from_table_rows(ws: Any) -> dict[str, dict[str, Decimal]]:
    cents: dict[str, dict[str, int]] = {}
    for r in ws.pledges.table_rows():
        if r[R.STATUS] == PledgeStatus.CANCELLED.value or not r[R.EUR_CENTS]:
            continue
        by_cap = cents.setdefault(r[R.DONOR_CODE], {})
        by_cap[r[R.CAPABILITY]] = by_cap.get(r[R.CAPABILITY], 0) + r[R.EUR_CENTS]
    return {code: {cap: Decimal(c).scaleb(-2) for cap, c in caps.items()}
            for code, caps in cents.items()}


def test_capability_totals_equal_the_sum_over_the_pledge_rows(demo_ws: Any) -> None:
    totals = demo_ws.members.capability_totals()
    assert totals == _from_table_rows(demo_ws)
    assert "USA" in totals and all(v > 0 for caps in totals.values() for v in caps.values())


def test_a_cancelled_pledge_is_left_out(ws: Any, make_pledge: Any) -> None:
    kept = make_pledge(donor="EST", value_amount=Decimal("1000.00"))
    gone = make_pledge(donor="EST", value_amount=Decimal("500.00"))
    ws.pledges.change_status(gone.id, gone.version, PledgeStatus.CANCELLED)
    totals = ws.members.capability_totals()
    assert sum(totals["EST"].values()) == kept.value_eur
