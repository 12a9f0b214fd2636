"""Closed vocabularies of the domain, with the labels planners read."""

from __future__ import annotations

from enum import StrEnum


class MemberKind(StrEnum):
    NATO = "nato"
    EU_NON_NATO = "eu_non_nato"
    PARTNER = "partner"
    ORGANISATION = "organisation"

    @property
    def label(self) -> str:
        return _MEMBER_KIND_LABELS[self]


_MEMBER_KIND_LABELS = {
    MemberKind.NATO: "NATO ally",
    MemberKind.EU_NON_NATO: "EU, non-NATO",
    MemberKind.PARTNER: "Partner",
    MemberKind.ORGANISATION: "Organisation",
}


class PledgeStatus(StrEnum):
    """Life cycle of a pledge (DOMAIN-NOTES §1.3), plus two side states."""

    ANNOUNCED = "announced"
    COMMITTED = "committed"
    ALLOCATED = "allocated"  # contracted / allocated (Kiel "allocation", US "awarded on contract")
    IN_DELIVERY = "in_delivery"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    SUSPENDED = "suspended"

    @property
    def label(self) -> str:
        return _PLEDGE_STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still expected to produce deliveries."""
        return self not in (PledgeStatus.DELIVERED, PledgeStatus.CANCELLED)


_PLEDGE_STATUS_LABELS = {
    PledgeStatus.ANNOUNCED: "Announced",
    PledgeStatus.COMMITTED: "Committed",
    PledgeStatus.ALLOCATED: "Contracted / allocated",
    PledgeStatus.IN_DELIVERY: "In delivery",
    PledgeStatus.DELIVERED: "Delivered",
    PledgeStatus.CANCELLED: "Cancelled",
    PledgeStatus.SUSPENDED: "Suspended",
}

# The main line, in order. Side states (cancelled, suspended) are not on it.
PLEDGE_MAIN_LINE: tuple[PledgeStatus, ...] = (
    PledgeStatus.ANNOUNCED,
    PledgeStatus.COMMITTED,
    PledgeStatus.ALLOCATED,
    PledgeStatus.IN_DELIVERY,
    PledgeStatus.DELIVERED,
)


class DeliveryStatus(StrEnum):
    PLANNED = "planned"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    DELAYED = "delayed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_open(self) -> bool:
        return self not in (DeliveryStatus.DELIVERED, DeliveryStatus.CANCELLED)


class Channel(StrEnum):
    """How a pledge is financed and sourced (DOMAIN-NOTES §1.2)."""

    IN_KIND_STOCKS = "in_kind_stocks"
    NATIONAL_PROCUREMENT = "national_procurement"
    PURL = "purl"
    DANISH_MODEL = "danish_model"
    EU_EPF = "eu_epf"
    NATO_CAP = "nato_cap"
    US_PDA_USAI = "us_pda_usai"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    Channel.IN_KIND_STOCKS: "In-kind from stocks",
    Channel.NATIONAL_PROCUREMENT: "National procurement",
    Channel.PURL: "PURL",
    Channel.DANISH_MODEL: "Danish model",
    Channel.EU_EPF: "EU EPF reimbursement",
    Channel.NATO_CAP: "NATO CAP trust fund",
    Channel.US_PDA_USAI: "US PDA / USAI",
    Channel.OTHER: "Other",
}


class CapabilityKind(StrEnum):
    COALITION = "coalition"
    CATEGORY = "category"


class CoalitionRole(StrEnum):
    LEAD = "lead"
    MEMBER = "member"


class FundPeriod(StrEnum):
    YEARLY = "yearly"  # the amount is due every year of the fund
    TOTAL = "total"  # the amount is spread evenly over the fund's years


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    STATUS = "status"
    CANCEL = "cancel"
    DELETE = "delete"
    IMPORT = "import"
    SEED = "seed"
    DEMO = "demo"
