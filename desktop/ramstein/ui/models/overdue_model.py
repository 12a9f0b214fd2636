"""Overdue deliveries on the dashboard: a small read-only model over the service's rows.

Row (services.summaries.DashboardData.overdue): delivery id, planned date, days late, donor
code, donor name, pledge reference, item, quantity (Decimal), unit, EUR (Decimal), hub, status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from ..enum_text import enum_text
from ..formatting import count_text, date_text, decimal_text, eur_full
from .record_table import LEFT, RIGHT, RecordTableModel

Row = tuple[Any, ...]
Index = QModelIndex | QPersistentModelIndex


def _quantity(r: Row) -> str:
    text = decimal_text(r[7])
    return f"{text} {r[8]}".strip() if text else ""


# (title, text of a row, right-aligned)
COLUMNS: tuple[tuple[str, Callable[[Row], str], bool], ...] = (
    (QT_TRANSLATE_NOOP("OverdueModel", "Planned"), lambda r: date_text(r[1]), False),
    (QT_TRANSLATE_NOOP("OverdueModel", "Days late"), lambda r: count_text(r[2]), True),
    (QT_TRANSLATE_NOOP("OverdueModel", "Donor"), lambda r: r[4], False),
    (QT_TRANSLATE_NOOP("OverdueModel", "Pledge"), lambda r: r[5], False),
    (QT_TRANSLATE_NOOP("OverdueModel", "Item"), lambda r: r[6], False),
    (QT_TRANSLATE_NOOP("OverdueModel", "Quantity"), _quantity, True),
    (QT_TRANSLATE_NOOP("OverdueModel", "EUR"), lambda r: eur_full(r[9]), True),
    (QT_TRANSLATE_NOOP("OverdueModel", "Hub"), lambda r: r[10] or "—", False),
)


class OverdueModel(RecordTableModel):
    columns = COLUMNS
    tr_context = "OverdueModel"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        _title, text, right = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if right else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row[4]} ({row[3]}) · {row[5]} · {row[6]} · {enum_text(row[11])}"
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        return None
