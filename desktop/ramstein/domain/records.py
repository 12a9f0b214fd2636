"""Plain records that storage returns and services and UI consume. Immutable, no ORM."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from .enums import (
    CapabilityKind,
    Channel,
    CoalitionRole,
    DeliveryStatus,
    FundPeriod,
    MemberKind,
    PledgeStatus,
)


@dataclass(frozen=True, slots=True)
class GdpFigure:
    year: int
    usd_bn: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    code: str  # ISO 3166 alpha-3, or a World Bank / own code for organisations (EUU, NAT, XKX)
    name: str
    kind: MemberKind
    nato_accession_year: int | None = None
    eu_member: bool | None = None
    is_donor: bool = True
    note: str = ""

    @property
    def iso3(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class Capability:
    id: int
    code: str
    name: str
    kind: CapabilityKind
    started_on: date | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class CoalitionMembership:
    capability_code: str
    member_code: str
    role: CoalitionRole
    joined_on: date | None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Hub:
    id: int
    code: str
    name: str
    country_code: str | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class FinancingShare:
    """A member paying (part of) a pledge delivered by another: PURL, Danish model, co-financing."""

    member_id: int
    share: Decimal  # 0 < share <= 1; the shares of one pledge add up to 1


@dataclass(frozen=True, slots=True)
class Pledge:
    id: int
    uuid: str
    reference: str  # human reference, e.g. DEU-2024-017
    donor_id: int
    capability_id: int
    item: str
    status: PledgeStatus
    channel: Channel
    quantity: Decimal | None = None
    unit: str = ""
    value_amount: Decimal | None = None
    currency: str = "EUR"
    value_eur: Decimal | None = None
    valuation_date: date | None = None
    announced_on: date | None = None
    funding_year: int | None = None
    reimbursed_by_id: int | None = None
    financed_by: tuple[FinancingShare, ...] = ()
    source_ref: str = ""
    classification: str = ""
    notes: str = ""
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    uuid: str
    pledge_id: int
    quantity: Decimal | None
    planned_on: date | None
    status: DeliveryStatus
    actual_on: date | None = None
    hub_id: int | None = None
    value_eur: Decimal | None = None
    notes: str = ""
    version: int = 1
    delay_reason: str = ""  # why it moved or is late (rescheduling, the calendar, the detail pane)

    def is_overdue(self, today: date) -> bool:
        return (
            self.status.is_open and self.planned_on is not None and self.planned_on < today
        )


@dataclass(frozen=True, slots=True)
class Fund:
    """A burden-sharing frame (issue 7 computes the shares)."""

    id: int
    name: str
    amount: Decimal
    currency: str
    period: FundPeriod
    first_year: int
    last_year: int
    gdp_year: int
    participants: tuple[int, ...] = ()  # member ids
    exempt: tuple[int, ...] = ()  # member ids opted out / exempted
    counted_channels: tuple[Channel, ...] = ()
    counted_statuses: tuple[PledgeStatus, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    user: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, object] | None = None
    after: dict[str, object] | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class DonorTotals:
    member_id: int
    code: str
    name: str
    pledges: int
    pledged_eur: Decimal
    delivered_eur: Decimal


@dataclass(frozen=True, slots=True)
class Summary:
    members: int
    pledges: int
    deliveries: int
    pledged_eur: Decimal
    delivered_eur: Decimal
    by_donor: tuple[DonorTotals, ...] = field(default=())
