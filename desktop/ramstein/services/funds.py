"""Funds: burden-sharing frames, each member's fair share by GDP and its position against it.

A fund year's tranche (a yearly amount, or a total spread evenly over the years) is split over
the participants that are not exempt, by their GDP of the fund's GDP year, with the
largest-remainder method: the shares add up exactly to the tranche. Against it, per member:
- pledged: EUR of the year's pledges in the counted channels (a cancelled pledge: only what
  it delivered);
- allocated: the part of those in the counted states (what counts towards the share);
- delivered: EUR delivered on those pledges;
- gap: fair share - allocated (negative: above its share).
The year of a pledge is its funding year, else the year it was announced. Every figure counts
to the payer (the double-count guard, see storage.queries.member_totals).

Currency: a USD fund is converted to EUR at the rate of 1 January of the fund year, or the
nearest earlier rate known (the Rates table); a year before every known rate uses the
earliest rate, and FundYear.rate_note says so.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..domain.burden import FairShareError, gdp_shares, spread_over_years
from ..domain.enums import AuditAction, Channel, FundPeriod, MemberKind, PledgeStatus
from ..domain.errors import DomainError, NotFound
from ..domain.money import ExchangeRate, check_currency, round_eur
from ..domain.records import Fund
from ..storage import queries
from .changes import Change

if TYPE_CHECKING:
    from .workspace import Workspace

ALL_CHANNELS = frozenset(Channel)
DEFAULT_COUNTED = frozenset({PledgeStatus.ALLOCATED, PledgeStatus.IN_DELIVERY, PledgeStatus.DELIVERED})


@dataclass(frozen=True)
class FundSpec:
    id: int | None  # None: not saved yet
    name: str
    amount: Decimal
    currency: str
    period: FundPeriod
    first_year: int
    last_year: int
    gdp_year: int
    participants: frozenset[int]
    exempt: frozenset[int] = frozenset()
    counted_channels: frozenset[Channel] = ALL_CHANNELS
    counted_statuses: frozenset[PledgeStatus] = DEFAULT_COUNTED
    notes: str = ""

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)


@dataclass(frozen=True)
class FundPosition:
    member_id: int
    iso3: str
    name: str
    gdp_usd_bn: Decimal | None
    share_pct: Decimal | None  # of the participants' GDP, exempt and flagged left out
    fair_share: Decimal | None  # EUR; None when it cannot be computed (see flag)
    pledged: Decimal
    allocated: Decimal
    delivered: Decimal
    gap: Decimal | None  # fair share - allocated; negative above the share
    below: bool  # allocated less than its fair share
    flag: str = ""  # "exempt", "no GDP for 2023"
    exempt: bool = False
    fund_id: int | None = None
    fund_name: str = ""
    year: int = 0


@dataclass(frozen=True)
class FundYear:
    fund_id: int | None
    name: str
    year: int
    tranche_eur: Decimal
    tranche_amount: Decimal  # in the fund's currency
    currency: str
    rate_note: str  # how a non-EUR tranche was converted ("" for EUR)
    rows: list[FundPosition]  # every participant, biggest fair share first
    flagged: list[FundPosition] = field(default_factory=list)  # participants without GDP
    outside_pledged: Decimal = Decimal(0)  # by members that do not take part in the fund
    outside_allocated: Decimal = Decimal(0)

    @property
    def pledged(self) -> Decimal:
        return sum((p.pledged for p in self.rows), Decimal(0))

    @property
    def allocated(self) -> Decimal:
        return sum((p.allocated for p in self.rows), Decimal(0))

    @property
    def delivered(self) -> Decimal:
        return sum((p.delivered for p in self.rows), Decimal(0))

    @property
    def below(self) -> list[FundPosition]:
        return [p for p in self.rows if p.below]


@dataclass(frozen=True)
class FundProgress:
    """The dashboard card: the year's tranche against what the participants did."""

    fund_id: int | None
    name: str
    year: int
    tranche: Decimal
    pledged: Decimal
    allocated: Decimal
    delivered: Decimal
    below: int  # participants below their fair share
    participants: int


def _spec(fund: Fund) -> FundSpec:
    return FundSpec(
        fund.id, fund.name, fund.amount, fund.currency, fund.period, fund.first_year,
        fund.last_year, fund.gdp_year, frozenset(fund.participants), frozenset(fund.exempt),
        frozenset(fund.counted_channels) or ALL_CHANNELS, frozenset(fund.counted_statuses),
        fund.notes,
    )


def spec_dict(spec: FundSpec) -> dict[str, Any]:
    """The audit form of a spec: JSON-friendly, sets as sorted lists."""
    out = asdict(spec)
    out["amount"] = str(spec.amount)
    out["period"] = spec.period.value
    for key in ("participants", "exempt"):
        out[key] = sorted(out[key])
    out["counted_channels"] = sorted(c.value for c in spec.counted_channels)
    out["counted_statuses"] = sorted(s.value for s in spec.counted_statuses)
    return out


def _check(spec: FundSpec) -> None:
    if not spec.name.strip():
        raise DomainError("fund: the name must not be empty")
    if spec.amount <= 0:
        raise DomainError(f"fund {spec.name}: the amount must be above 0")
    check_currency(spec.currency)
    if spec.last_year < spec.first_year:
        raise DomainError(f"fund {spec.name}: the last year {spec.last_year} is before the "
                          f"first year {spec.first_year}")
    if not spec.participants:
        raise DomainError(f"fund {spec.name}: it needs at least one participant")
    if not spec.exempt <= spec.participants:
        raise DomainError(f"fund {spec.name}: an exempt member must be a participant")
    if not spec.counted_channels or not spec.counted_statuses:
        raise DomainError(f"fund {spec.name}: choose at least one channel and one state to count")


class FundService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # ------------------------------------------------------------------ frames
    def funds(self) -> list[FundSpec]:
        """Every fund, by id; the presets are added first to a database that has none."""
        found = queries.funds(self.ws.db.reader)
        if not found:
            from .roster import seed_fund_presets

            if seed_fund_presets(self.ws.db):
                found = queries.funds(self.ws.db.reader)
        return [_spec(f) for f in found]

    def get(self, fund_id: int) -> FundSpec:
        for spec in self.funds():
            if spec.id == fund_id:
                return spec
        raise NotFound(f"fund {fund_id} does not exist")

    def washington(self) -> FundSpec | None:
        """The Washington 2024 pledge preset (by name), else the first fund, else None."""

        specs = self.funds()
        for spec in specs:
            if spec.name.startswith("Washington 2024 pledge"):  # the preset, whatever its suffix
                return spec
        return specs[0] if specs else None

    def nato_allies(self) -> frozenset[int]:
        """The default participants of a new fund."""
        return frozenset(m.id for m in self.ws.reference.members if m.kind is MemberKind.NATO)

    def save(self, spec: FundSpec, *, source: str = "gui") -> FundSpec:
        """Create (id None) or overwrite a fund; audited."""
        _check(spec)
        before = None if spec.id is None else spec_dict(self.get(spec.id))
        if any(f.name == spec.name.strip() and f.id != spec.id for f in self.funds()):
            raise DomainError(f"fund: the name {spec.name.strip()!r} is already used by another fund")
        channels = "" if spec.counted_channels == ALL_CHANNELS else ",".join(
            sorted(c.value for c in spec.counted_channels))
        fields = {
            "name": spec.name.strip(), "amount": spec.amount, "currency": spec.currency,
            "period": spec.period, "first_year": spec.first_year, "last_year": spec.last_year,
            "gdp_year": spec.gdp_year, "counted_channels": channels,
            "counted_statuses": ",".join(sorted(s.value for s in spec.counted_statuses)),
            "notes": spec.notes,
        }
        members = {m: m in spec.exempt for m in spec.participants}
        from ..storage.tx import save_fund

        with self.ws.db.transaction(self.ws.user) as tx:
            fund_id = save_fund(tx, spec.id, fields, members)
            tx.audit(AuditAction.CREATE if spec.id is None else AuditAction.UPDATE, "fund",
                     fund_id, before, spec_dict(replace(spec, id=fund_id)), source)
        self.ws.changes.publish(Change("fund", (fund_id,), "created" if spec.id is None else "updated"))
        return self.get(fund_id)

    def set_exempt(self, fund_id: int, member_id: int, exempt: bool, *,
                   source: str = "gui") -> FundSpec:
        """Exempt a participant (its share re-normalises over the others) or take it back."""
        from ..storage.tx import set_fund_exempt

        self.get(fund_id)  # NotFound before anything is written
        with self.ws.db.transaction(self.ws.user) as tx:
            was = set_fund_exempt(tx, fund_id, member_id, exempt)
            tx.audit(AuditAction.UPDATE, "fund", fund_id, {"member_id": member_id, "exempt": was},
                     {"member_id": member_id, "exempt": exempt}, source)
        self.ws.changes.publish(Change("fund", (fund_id,), "updated"))
        return self.get(fund_id)

    # ------------------------------------------------------------------ figures
    def current_year(self, spec: FundSpec) -> int:
        """Today's year, clamped into the fund's years."""
        return min(max(self.ws.today().year, spec.first_year), spec.last_year)

    def tranche_amount(self, spec: FundSpec, year: int) -> Decimal:
        """The year's amount in the fund's currency (a total: spread evenly, exact)."""
        if year not in spec.years:
            raise DomainError(f"fund {spec.name} runs {spec.first_year}-{spec.last_year}, not {year}")
        if spec.period is FundPeriod.YEARLY:
            return spec.amount
        return spread_over_years(spec.amount, spec.first_year, spec.last_year)[year]

    def tranche_rate(self, spec: FundSpec, year: int) -> ExchangeRate:
        """The rate a tranche is converted at: 1 January of the year, or the nearest earlier."""
        return self.ws.reference.rates.rate_for(spec.currency, date(year, 1, 1))

    def tranche(self, spec: FundSpec, year: int) -> Decimal:
        """The year's tranche in EUR (see the module docstring for the rate)."""
        amount = self.tranche_amount(spec, year)
        if spec.currency == "EUR":
            return round_eur(amount)
        return round_eur(amount / self.tranche_rate(spec, year).units_per_eur)

    def _rate_note(self, spec: FundSpec, year: int) -> str:
        if spec.currency == "EUR":
            return ""
        rate = self.tranche_rate(spec, year)
        note = (f"{spec.currency} converted at {rate.units_per_eur} per EUR, the rate of "
                f"{rate.on_date.isoformat()}")
        if rate.on_date > date(year, 1, 1):
            note += f" (no rate on or before 1 January {year}: the earliest known)"
        return note

    def positions(self, spec: FundSpec, year: int) -> FundYear:
        tranche = self.tranche(spec, year)
        members = self.ws.reference.members_by_id
        order = sorted(spec.participants)
        gdp = {
            mid: next((g.usd_bn for g in self.ws.reference.gdp.get(mid, []) if g.year == spec.gdp_year),
                      None)
            for mid in order
        }
        try:
            shares = gdp_shares(tranche, order, gdp, exempt=spec.exempt, gdp_year=spec.gdp_year)
        except FairShareError as exc:
            raise DomainError(f"fund {spec.name}, {year}: {exc}") from None
        sums = self._counted(spec, year)
        rows: list[FundPosition] = []
        for mid in order:
            line = shares[mid]
            pledged, allocated, delivered = (Decimal(c).scaleb(-2) for c in sums.get(mid, [0, 0, 0]))
            gap = None if line.fair_share is None else line.fair_share - allocated
            m = members[mid]
            rows.append(FundPosition(
                mid, m.code, m.name, line.gdp_usd_bn, line.share_pct, line.fair_share, pledged,
                allocated, delivered, gap, gap is not None and gap > 0 and not line.exempt,
                line.flag, line.exempt, spec.id, spec.name, year,
            ))
        rows.sort(key=lambda p: (p.fair_share is None, -(p.fair_share or 0), p.name))
        outside = [sums[mid] for mid in sums if mid not in spec.participants]
        return FundYear(
            spec.id, spec.name, year, tranche, self.tranche_amount(spec, year), spec.currency,
            self._rate_note(spec, year), rows, [p for p in rows if p.fair_share is None],
            Decimal(sum(o[0] for o in outside)).scaleb(-2),
            Decimal(sum(o[1] for o in outside)).scaleb(-2),
        )

    def _counted(self, spec: FundSpec, year: int) -> dict[int, list[int]]:
        """{payer: [pledged, allocated, delivered cents]} of the year's counted pledges."""
        channels = () if spec.counted_channels == ALL_CHANNELS else tuple(
            sorted(c.value for c in spec.counted_channels))
        counted = {s.value for s in spec.counted_statuses}
        rows = []
        for pid, donor, status, value, delivered in queries.fund_year_rows(
                self.ws.db.reader, year, channels):
            pledged = delivered if status == PledgeStatus.CANCELLED.value else value
            rows.append((pid, donor, pledged, pledged if status in counted else 0, delivered))
        return queries.attribute_to_payers(rows, queries.financer_shares(self.ws.db.reader))

    def progress(self, spec: FundSpec, year: int | None = None) -> FundProgress:
        fy = self.positions(spec, self.current_year(spec) if year is None else year)
        return FundProgress(spec.id, spec.name, fy.year, fy.tranche_eur, fy.pledged, fy.allocated,
                            fy.delivered, len(fy.below), len(fy.rows))

