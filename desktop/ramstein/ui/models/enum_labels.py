"""The English labels of the domain's enums, marked for translation (one context per enum).

Kept in ui/models so that `scripts/build-translations.sh --update` extracts them with the
models into translations/dialogs_<lang>.ts, and only there: a copy of a message in a second
catalogue, unfinished, would hide the translation in the compiled .qm. ui/enum_text.py is the
API the UI calls.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...domain.enums import (
    CapabilityKind,
    Channel,
    CoalitionRole,
    DeliveryStatus,
    FundPeriod,
    MemberKind,
    PledgeStatus,
)

# English source texts, one context per enum (the class name). Those with a domain label
# repeat it word for word (tests/ui/test_enum_text checks).
SOURCES: dict[type[StrEnum], dict[str, str]] = {
    PledgeStatus: {
        PledgeStatus.ANNOUNCED: QT_TRANSLATE_NOOP("PledgeStatus", "Announced"),
        PledgeStatus.COMMITTED: QT_TRANSLATE_NOOP("PledgeStatus", "Committed"),
        PledgeStatus.ALLOCATED: QT_TRANSLATE_NOOP("PledgeStatus", "Contracted / allocated"),
        PledgeStatus.IN_DELIVERY: QT_TRANSLATE_NOOP("PledgeStatus", "In delivery"),
        PledgeStatus.DELIVERED: QT_TRANSLATE_NOOP("PledgeStatus", "Delivered"),
        PledgeStatus.CANCELLED: QT_TRANSLATE_NOOP("PledgeStatus", "Cancelled"),
        PledgeStatus.SUSPENDED: QT_TRANSLATE_NOOP("PledgeStatus", "Suspended"),
    },
    DeliveryStatus: {
        DeliveryStatus.PLANNED: QT_TRANSLATE_NOOP("DeliveryStatus", "Planned"),
        DeliveryStatus.IN_TRANSIT: QT_TRANSLATE_NOOP("DeliveryStatus", "In transit"),
        DeliveryStatus.DELIVERED: QT_TRANSLATE_NOOP("DeliveryStatus", "Delivered"),
        DeliveryStatus.DELAYED: QT_TRANSLATE_NOOP("DeliveryStatus", "Delayed"),
        DeliveryStatus.CANCELLED: QT_TRANSLATE_NOOP("DeliveryStatus", "Cancelled"),
    },
    Channel: {
        Channel.IN_KIND_STOCKS: QT_TRANSLATE_NOOP("Channel", "In-kind from stocks"),
        Channel.NATIONAL_PROCUREMENT: QT_TRANSLATE_NOOP("Channel", "National procurement"),
        Channel.PURL: QT_TRANSLATE_NOOP("Channel", "PURL"),
        Channel.DANISH_MODEL: QT_TRANSLATE_NOOP("Channel", "Danish model"),
        Channel.EU_EPF: QT_TRANSLATE_NOOP("Channel", "EU EPF reimbursement"),
        Channel.NATO_CAP: QT_TRANSLATE_NOOP("Channel", "NATO CAP trust fund"),
        Channel.US_PDA_USAI: QT_TRANSLATE_NOOP("Channel", "US PDA / USAI"),
        Channel.OTHER: QT_TRANSLATE_NOOP("Channel", "Other"),
    },
    MemberKind: {
        MemberKind.NATO: QT_TRANSLATE_NOOP("MemberKind", "NATO ally"),
        MemberKind.EU_NON_NATO: QT_TRANSLATE_NOOP("MemberKind", "EU, non-NATO"),
        MemberKind.PARTNER: QT_TRANSLATE_NOOP("MemberKind", "Partner"),
        MemberKind.ORGANISATION: QT_TRANSLATE_NOOP("MemberKind", "Organisation"),
    },
    CapabilityKind: {
        CapabilityKind.COALITION: QT_TRANSLATE_NOOP("CapabilityKind", "Coalition"),
        CapabilityKind.CATEGORY: QT_TRANSLATE_NOOP("CapabilityKind", "Category"),
    },
    CoalitionRole: {
        CoalitionRole.LEAD: QT_TRANSLATE_NOOP("CoalitionRole", "Lead"),
        CoalitionRole.MEMBER: QT_TRANSLATE_NOOP("CoalitionRole", "Member"),
    },
    FundPeriod: {
        FundPeriod.YEARLY: QT_TRANSLATE_NOOP("FundPeriod", "Yearly"),
        FundPeriod.TOTAL: QT_TRANSLATE_NOOP("FundPeriod", "Total"),
    },
}
