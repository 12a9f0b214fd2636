"""Totals for the dashboard and `ramstein summary`: computed in SQL, exact Decimal EUR."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.enums import PledgeStatus
from ..domain.errors import DomainError
from ..domain.records import DonorTotals, Summary
from ..storage import queries

if TYPE_CHECKING:
    from .funds import FundProgress
    from .workspace import Workspace


@dataclass(frozen=True)
class DashboardData:
    summary: Summary
    monthly: list[tuple[str, Decimal, Decimal]]  # (YYYY-MM, pledged, delivered)
    overdue_count: int
    overdue: list[tuple[Any, ...]]  # see queries.overdue_deliveries
    status_counts: dict[PledgeStatus, int]
    by_capability: list[tuple[str, Decimal]]

    @property
    def delivery_rate(self) -> Decimal | None:
        s = self.summary
        if not s.pledged_eur:
            return None
        return (s.delivered_eur / s.pledged_eur * 100).quantize(Decimal("0.1"))

    def top_donors(self, n: int = 10) -> list[DonorTotals]:
        return list(self.summary.by_donor[:n])


class SummaryService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def summary(self) -> Summary:
        return queries.summary(self.ws.db.reader)

    def totals(self) -> Summary:
        """Counts and EUR totals without the per-donor breakdown (fast: for first figures)."""
        members, pledges, deliveries, pledged, delivered = queries.totals(self.ws.db.reader)
        return Summary(members, pledges, deliveries, pledged, delivered)

    def overdue_count(self) -> int:
        """Open deliveries past their planned date (fast: for first figures)."""
        count, _rows = queries.overdue_deliveries(self.ws.db.reader, self.ws.today(), 0)
        return count

    def dashboard(self, overdue_limit: int = 200) -> DashboardData:
        r = self.ws.db.reader
        count, overdue = queries.overdue_deliveries(r, self.ws.today(), overdue_limit)
        return DashboardData(
            summary=queries.summary(r),
            monthly=queries.monthly_pledged_delivered(r),
            overdue_count=count,
            overdue=overdue,
            status_counts=queries.status_counts(r),
            by_capability=queries.capability_totals(r),
        )

    def fund_progress(self) -> FundProgress | None:
        """The dashboard's fund card: the Washington 2024 pledge's current year (None without
        a fund, or when its shares cannot be computed). Apart from dashboard(), so the window
        can load it on its own worker after the first figures."""
        funds = self.ws.funds
        spec = funds.washington()
        if spec is None:
            return None
        try:
            return funds.progress(spec)
        except DomainError:
            return None

    def fund_json(self) -> dict[str, Any] | None:
        """The `fund` object of `ramstein summary --json`: the Washington preset's current
        year, per participant its fair share, pledged, allocated, delivered and gap."""
        funds = self.ws.funds
        spec = funds.washington()
        if spec is None:
            return None
        try:
            fy = funds.positions(spec, funds.current_year(spec))
        except DomainError:
            return None

        def money(value: Decimal | None) -> str | None:
            return None if value is None else f"{value:.2f}"

        return {
            "name": fy.name,
            "year": fy.year,
            "tranche": money(fy.tranche_eur),
            "currency": "EUR",
            "gdp_year": spec.gdp_year,
            "counted_statuses": sorted(s.value for s in spec.counted_statuses),
            "members": [
                {
                    "iso3": p.iso3,
                    "name": p.name,
                    "fair_share": money(p.fair_share),
                    "pledged": money(p.pledged),
                    "allocated": money(p.allocated),
                    "delivered": money(p.delivered),
                    "gap": money(p.gap),
                    "flag": p.flag,
                }
                for p in fy.rows
            ],
        }

    def summary_json(self) -> dict[str, Any]:
        """The `ramstein summary --json` document (money as decimal strings)."""
        s = self.summary()
        return {
            "members": s.members,
            "pledges": s.pledges,
            "deliveries": s.deliveries,
            "pledged_eur": f"{s.pledged_eur:.2f}",
            "delivered_eur": f"{s.delivered_eur:.2f}",
            "by_donor": [
                {
                    "iso3": d.code,
                    "name": d.name,
                    "pledged_eur": f"{d.pledged_eur:.2f}",
                    "delivered_eur": f"{d.delivered_eur:.2f}",
                    "pledges": d.pledges,
                }
                for d in s.by_donor
            ],
            "fund": self.fund_json(),
        }
