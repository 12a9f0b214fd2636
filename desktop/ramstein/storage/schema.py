"""Tables (SQLAlchemy 2.x declarative). Migrations in `migrations/` must match these.

Conventions:
- money in EUR: `*_eur_cents` BIGINT (Scaled(2)); original amounts: `value_amount_milli`
  (Scaled(3): JOD/TND have 3 minor digits); quantities: `quantity_milli` (Kiel has fractional units);
- rates, GDP and shares: exact decimal text (never summed in SQL);
- dates: DATE (ISO text on SQLite), datetimes: UTC;
- rows that planners edit carry `version` for optimistic concurrency (version_id_col).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..domain.enums import (
    CapabilityKind,
    CoalitionRole,
    DeliveryStatus,
    FundPeriod,
    MemberKind,
    PledgeStatus,
)
from .types import DecimalText, Scaled, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type, name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DbInfo(Base):
    """Key/value facts about this database file: its id, classification marking, creator."""

    __tablename__ = "db_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class MemberRow(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[MemberKind] = mapped_column(_enum(MemberKind, "member_kind"))
    nato_accession_year: Mapped[int | None] = mapped_column(Integer)
    eu_member: Mapped[bool | None] = mapped_column(Boolean)
    is_donor: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


class GdpRow(Base):
    __tablename__ = "gdp"
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    usd_bn: Mapped[Decimal] = mapped_column(DecimalText())
    source: Mapped[str] = mapped_column(Text, default="")


class CapabilityRow(Base):
    __tablename__ = "capabilities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[CapabilityKind] = mapped_column(_enum(CapabilityKind, "capability_kind"))
    started_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")


class CoalitionMemberRow(Base):
    __tablename__ = "coalition_members"
    capability_id: Mapped[int] = mapped_column(ForeignKey("capabilities.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    role: Mapped[CoalitionRole] = mapped_column(_enum(CoalitionRole, "coalition_role"))
    joined_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")


class ChannelRow(Base):
    __tablename__ = "channels"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")


class HubRow(Base):
    __tablename__ = "hubs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    country_code: Mapped[str | None] = mapped_column(String(8))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")


class ExchangeRateRow(Base):
    __tablename__ = "exchange_rates"
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    on_date: Mapped[date] = mapped_column(Date, primary_key=True)
    units_per_eur: Mapped[Decimal] = mapped_column(DecimalText())
    source: Mapped[str] = mapped_column(Text, default="")


class PledgeRow(Base):
    __tablename__ = "pledges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    capability_id: Mapped[int] = mapped_column(ForeignKey("capabilities.id"), index=True)
    item: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal | None] = mapped_column("quantity_milli", Scaled(3))
    unit: Mapped[str] = mapped_column(String(40), default="")
    value_amount: Mapped[Decimal | None] = mapped_column("value_amount_milli", Scaled(3))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    value_eur: Mapped[Decimal | None] = mapped_column("value_eur_cents", Scaled(2))
    valuation_date: Mapped[date | None] = mapped_column(Date)
    announced_on: Mapped[date | None] = mapped_column(Date, index=True)
    funding_year: Mapped[int | None] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(ForeignKey("channels.code"))
    status: Mapped[PledgeStatus] = mapped_column(_enum(PledgeStatus, "pledge_status"), index=True)
    reimbursed_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    source_ref: Mapped[str] = mapped_column(Text, default="")
    classification: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("quantity_milli IS NULL OR quantity_milli >= 0", name="quantity_nonneg"),
        CheckConstraint(
            "value_amount_milli IS NULL OR value_amount_milli >= 0", name="value_nonneg"
        ),
        CheckConstraint("value_eur_cents IS NULL OR value_eur_cents >= 0", name="eur_nonneg"),
    )


class PledgeFinancerRow(Base):
    """Who pays a pledge when it is not the donor (PURL, Danish model, co-financing)."""

    __tablename__ = "pledge_financers"
    pledge_id: Mapped[int] = mapped_column(
        ForeignKey("pledges.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    share: Mapped[Decimal] = mapped_column(DecimalText())


class PledgeStatusEventRow(Base):
    __tablename__ = "pledge_status_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pledge_id: Mapped[int] = mapped_column(
        ForeignKey("pledges.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[PledgeStatus | None] = mapped_column(
        _enum(PledgeStatus, "pledge_status_from")
    )
    to_status: Mapped[PledgeStatus] = mapped_column(_enum(PledgeStatus, "pledge_status_to"))
    on_date: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    user: Mapped[str] = mapped_column(String(120), default="")


class DeliveryRow(Base):
    __tablename__ = "deliveries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    pledge_id: Mapped[int] = mapped_column(ForeignKey("pledges.id"), index=True)
    quantity: Mapped[Decimal | None] = mapped_column("quantity_milli", Scaled(3))
    value_eur: Mapped[Decimal | None] = mapped_column("value_eur_cents", Scaled(2))
    planned_on: Mapped[date | None] = mapped_column(Date)
    actual_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[DeliveryStatus] = mapped_column(_enum(DeliveryStatus, "delivery_status"))
    hub_id: Mapped[int | None] = mapped_column(ForeignKey("hubs.id"))
    delay_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # Calendar month queries and overdue lists read by planned date.
        Index("ix_deliveries_planned_status", "planned_on", "status"),
        CheckConstraint("quantity_milli IS NULL OR quantity_milli >= 0", name="quantity_nonneg"),
        CheckConstraint("value_eur_cents IS NULL OR value_eur_cents >= 0", name="eur_nonneg"),
    )


class DeliveryMilestoneRow(Base):
    """Transit stages of a delivery: dispatched, at hub, handed over, returned for repair."""

    __tablename__ = "delivery_milestones"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("deliveries.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    on_date: Mapped[date] = mapped_column(Date)
    hub_id: Mapped[int | None] = mapped_column(ForeignKey("hubs.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class FundRow(Base):
    __tablename__ = "funds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    amount: Mapped[Decimal] = mapped_column(DecimalText())
    currency: Mapped[str] = mapped_column(String(3))
    period: Mapped[FundPeriod] = mapped_column(_enum(FundPeriod, "fund_period"))
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    gdp_year: Mapped[int] = mapped_column(Integer)
    counted_channels: Mapped[str] = mapped_column(Text, default="")  # comma-separated codes
    counted_statuses: Mapped[str] = mapped_column(Text, default="")  # comma-separated values
    notes: Mapped[str] = mapped_column(Text, default="")


class FundMemberRow(Base):
    __tablename__ = "fund_members"
    fund_id: Mapped[int] = mapped_column(ForeignKey("funds.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditRow(Base):
    """Append-only change log: who, when, what, before and after (JSON)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(24))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
