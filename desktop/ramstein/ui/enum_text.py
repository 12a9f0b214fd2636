"""The domain's closed vocabularies in the user's language: `enum_text(PledgeStatus.COMMITTED)`.

`domain/enums.py` carries the English labels (the CLI, the workbook and the audit log read
them); the UI shows them through the translator instead. Only the text changes: the enum
values stay the keys of sorting, filtering, editors' item data and the database.

Each enum is its own translation context, so a language can give two vocabularies that share
an English word their own forms: a pledge is "Livré" in French, a delivery "Livrée". With no
translator installed the texts are exactly the domain's English labels. The marked sources
are in ui/models/enum_labels.py (translated in translations/dialogs_<lang>.ts).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from .models.enum_labels import SOURCES as _SOURCES

E = TypeVar("E", bound=StrEnum)

KINDS: tuple[type[StrEnum], ...] = tuple(_SOURCES)


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
