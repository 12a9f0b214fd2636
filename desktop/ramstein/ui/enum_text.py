"""The domain's closed vocabularies in the user's language: `enum_text(PledgeStatus.COMMITTED)`.

`domain/enums.py` carries the English labels (the CLI, the workbook and the audit log read
them); the UI shows them through the translator instead. Only the text changes: the enum
values stay the keys of sorting, filtering, editors' item data and the database.

Each enum is its own translation context, so a language can give two vocabularies that share
an English word their own forms: a pledge is "Livré" in French, a delivery "Livrée". With no
translator installed the texts are exactly the domain's English labels. The marked sources
below are extracted into translations/enums_<lang>.ts, and only there
(scripts/build-translations.sh keeps this file out of the app catalogue): a second, unfinished
copy of a message in another catalogue would hide its translation in the compiled .qm.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.enums import (
    CapabilityKind,
    Channel,
    CoalitionRole,
    DeliveryStatus,
    FundPeriod,
    MemberKind,
    PledgeStatus,
)

E = TypeVar("E", bound=StrEnum)

# English source texts, one context per enum (the class name). Those with a domain label
# repeat it word for word (tests/ui/test_enum_text checks).
_SOURCES: dict[type[StrEnum], dict[str, str]] = {
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

KINDS: tuple[type[StrEnum], ...] = tuple(_SOURCES)


def source_text(value: StrEnum) -> str:
    """The English source of a value's label (its message in the catalogue)."""
    return _SOURCES[type(value)][value]


def enum_text(value: StrEnum) -> str:
    """The label of an enum value in the user's language ("Engagé" for COMMITTED in French)."""
    kind = type(value)
    return QCoreApplication.translate(kind.__name__, _SOURCES[kind][value])


def value_text(kind: type[StrEnum], value: str | None) -> str:
    """The label of a stored value of `kind` ("committed"); an unknown value reads as it is."""
    source = _SOURCES[kind].get(value or "")
    return QCoreApplication.translate(kind.__name__, source) if source else value or ""


def enum_labels(kind: type[StrEnum]) -> dict[str, str]:
    """{stored value: label} for every value of `kind`, translated once (for loops over many
    rows: the pledges' filter texts)."""
    return {str(value): QCoreApplication.translate(kind.__name__, source)
            for value, source in _SOURCES[kind].items()}


def enum_options(values: Iterable[E]) -> list[tuple[str, str]]:
    """(value, label) pairs for a filter's or an editor's choices, in the order given."""
    return [(value.value, enum_text(value)) for value in values]
