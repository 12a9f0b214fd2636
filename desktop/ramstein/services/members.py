"""Members: per-member totals (the Members view) and one member's page.

Every total applies the double-count guard (storage.queries.member_totals): a pledge paid by
one member and delivered by another counts to the payer(s) by share. An EPF reimbursement
does not move the money: the pledge counts to the member state that gave it, and the EU's
reimbursement is not added again. A member page shows both sides: the pledges it pays that
others deliver ("paid for") and the ones it delivers that others pay ("delivered by").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any

from ..domain.enums import MemberKind
from ..domain.errors import MissingRate, NotFound
from ..domain.money import CENT
from ..storage import queries

if TYPE_CHECKING:
    from .funds import FundPosition
    from .workspace import Workspace

RATE_QUANTUM = Decimal("0.1")  # delivery and on-time rates, in %
GDP_PCT_QUANTUM = Decimal("0.001")  # aid as % of GDP


@dataclass(frozen=True, slots=True)
class MemberRow:
    member_id: int
    iso3: str
    name: str
    kind: MemberKind
    pledges: int  # counted to the main payer (see queries.member_totals)
    pledged_eur: Decimal  # as payer; a cancelled pledge counts what it delivered
    delivered_eur: Decimal  # as payer
    delivery_rate: Decimal | None  # delivered / pledged, %
    on_time_rate: Decimal | None  # % of its delivered deliveries (as deliverer) on time
    gdp_usd_bn: Decimal | None  # latest GDP figure
    gdp_year: int | None
    aid_pct_gdp: Decimal | None  # pledged EUR / GDP in EUR (USD rate of the GDP year), %
    open_pledges: int
    paid_for_eur: Decimal  # pledges another member delivers that this one pays
    delivered_by_eur: Decimal  # pledges this member delivers that others pay (not in its totals)


@dataclass(frozen=True)
class MemberPage:
    row: MemberRow
    pledges: list[tuple[Any, ...]]  # pledge table rows (queries.PLEDGE_TABLE_SQL): donor or payer
    deliveries_by_month: list[tuple[str, Decimal, Decimal]]  # (YYYY-MM, planned, delivered)
    capability_mix: list[tuple[str, Decimal]]  # (capability name, pledged EUR), biggest first
    paid_for: list[tuple[Any, ...]]  # table rows: pledges it pays that another member delivers
    delivered_for_others: list[tuple[Any, ...]]  # table rows: pledges it delivers, others pay
    fund_positions: list[FundPosition]  # its position in each fund, current fund year


def _pct(part: Decimal, whole: Decimal, quantum: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (part / whole * 100).quantize(quantum, rounding=ROUND_HALF_EVEN)


class MemberService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def rows(self, kinds: Collection[MemberKind] | None = None) -> list[MemberRow]:
        """Every donor member (Ukraine, the recipient, is left out), biggest pledged first."""
        r = self.ws.db.reader
        totals = queries.member_totals(r)
        gdp = queries.member_gdp_latest(r)
        out: list[MemberRow] = []
        for m in self.ws.reference.members:
            if not m.is_donor or (kinds is not None and m.kind not in kinds):
                continue
            t = totals.get(m.id) or queries.MemberTotals(m.id)
            pledged = Decimal(t.pledged_cents).scaleb(-2)
            delivered = Decimal(t.delivered_cents).scaleb(-2)
            year, usd_bn = gdp.get(m.id, (None, None))
            out.append(MemberRow(
                m.id, m.code, m.name, m.kind, t.pledges, pledged, delivered,
                _pct(delivered, pledged, RATE_QUANTUM),
                _pct(Decimal(t.on_time_deliveries), Decimal(t.dated_deliveries), RATE_QUANTUM),
                usd_bn, year, self._pct_gdp(pledged, usd_bn, year), t.open_pledges,
                Decimal(t.paid_for_cents).scaleb(-2), Decimal(t.delivered_by_cents).scaleb(-2),
            ))
        out.sort(key=lambda row: (-row.pledged_eur, row.name))
        return out

    def row(self, member_id: int) -> MemberRow:
        member = self.ws.reference.members_by_id.get(member_id)
        if member is None:
            raise NotFound(f"member {member_id} does not exist")
        for row in self.rows(kinds=(member.kind,)):
            if row.member_id == member_id:
                return row
        raise NotFound(f"member {member.name} is not a donor")

    def gdp_eur(self, usd_bn: Decimal, year: int) -> Decimal | None:
        """GDP in EUR: USD converted at the rate of 1 January of the GDP year (or the nearest
        earlier rate known; the earliest one for a year before every rate)."""
        try:
            rate = self.ws.reference.rates.rate_for("USD", date(year, 1, 1))
        except MissingRate:
            return None
        return usd_bn * Decimal(1_000_000_000) / rate.units_per_eur

    def _pct_gdp(self, pledged: Decimal, usd_bn: Decimal | None, year: int | None) -> Decimal | None:
        if usd_bn is None or year is None:
            return None
        eur = self.gdp_eur(usd_bn, year)
        return None if eur is None else _pct(pledged, eur, GDP_PCT_QUANTUM)

    def capability_totals(self) -> dict[str, dict[str, Decimal]]:
        """{donor code: {capability: pledged EUR}} by donor of record, cancelled left out."""
        return {code: {cap: Decimal(c).scaleb(-2) for cap, c in caps.items()}
                for code, caps in queries.donor_capability_cents(self.ws.db.reader).items()}

    def page(self, member_id: int) -> MemberPage:
        r = self.ws.db.reader
        row = self.row(member_id)
        paid_for_ids, for_others_ids = queries.member_pledge_ids(r, member_id)
        table = queries.member_table_rows(r, member_id)
        paid_for, for_others = set(paid_for_ids), set(for_others_ids)

        funds = self.ws.funds
        positions = []
        for spec in funds.funds():
            if member_id in spec.participants:
                year = funds.current_year(spec)
                positions += [p for p in funds.positions(spec, year).rows if p.member_id == member_id]
        return MemberPage(
            row=row,
            pledges=table,
            deliveries_by_month=_monthly(queries.member_monthly(r, member_id)),
            capability_mix=_mix(queries.member_capability_mix(r, member_id)),
            paid_for=[row for row in table if row[0] in paid_for],
            delivered_for_others=[row for row in table if row[0] in for_others],
            fund_positions=positions,
        )


def _weighted(cents: int, weight: Decimal) -> Decimal:
    return (Decimal(cents) * weight).scaleb(-2)


def _monthly(rows: list[tuple[str, int, int, Decimal]]) -> list[tuple[str, Decimal, Decimal]]:
    """Sum (month, planned cents, delivered cents, weight) per month, rounded to the cent."""
    acc: dict[str, list[Decimal]] = {}
    for month, planned, delivered, weight in rows:
        a = acc.setdefault(month, [Decimal(0), Decimal(0)])
        a[0] += _weighted(planned, weight)
        a[1] += _weighted(delivered, weight)
    return [(m, acc[m][0].quantize(CENT), acc[m][1].quantize(CENT)) for m in sorted(acc) if m]


def _mix(rows: list[tuple[str, int, Decimal]]) -> list[tuple[str, Decimal]]:
    acc: dict[str, Decimal] = {}
    for name, cents, weight in rows:
        acc[name] = acc.get(name, Decimal(0)) + _weighted(cents, weight)
    return sorted(((n, v.quantize(CENT)) for n, v in acc.items()), key=lambda nv: (-nv[1], nv[0]))
