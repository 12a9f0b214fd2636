"""The deliveries of one pledge (the detail pane): a read-only model over Delivery records.

A refresh that keeps the same deliveries in the same order emits `dataChanged` for the rows
that changed only (an edit, a mark delivered); a delivery added or removed resets the model.
Overdue deliveries (open, planned before today) are drawn in the alert colour.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...domain.enums import DeliveryStatus
from ...domain.records import Delivery
from ..appearance import ALERT, FAINT
from ..enum_text import enum_text
from ..formatting import DASH, date_text, decimal_text, eur_full
from ..plural import plural
from .record_table import LEFT, RIGHT, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def _day(value: date | None) -> str:
    return date_text(value) if value else ""


# (title, text of a delivery given the hub names, right-aligned)
COLUMNS: tuple[tuple[str, Callable[[Delivery, Mapping[int, str]], str], bool], ...] = (
    (QT_TRANSLATE_NOOP("DeliveriesModel", "Planned"), lambda d, _h: _day(d.planned_on), False),
    (QT_TRANSLATE_NOOP("DeliveriesModel", "Delivered on"), lambda d, _h: _day(d.actual_on), False),
    (QT_TRANSLATE_NOOP("DeliveriesModel", "Quantity"), lambda d, _h: decimal_text(d.quantity), True),
    (QT_TRANSLATE_NOOP("DeliveriesModel", "EUR"), lambda d, _h: eur_full(d.value_eur), True),
    (QT_TRANSLATE_NOOP("DeliveriesModel", "Hub"),
     lambda d, h: h.get(d.hub_id, DASH) if d.hub_id is not None else DASH, False),
    (QT_TRANSLATE_NOOP("DeliveriesModel", "Status"), lambda d, _h: enum_text(d.status), False),
    (QT_TRANSLATE_NOOP("DeliveriesModel", "Delay reason"), lambda d, _h: d.delay_reason, False),
)
STATUS_COLUMN = 5


class DeliveriesModel(RecordTableModel):
    columns = COLUMNS
    tr_context = "DeliveriesModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Delivery] = []
        self._hubs: dict[int, str] = {}
        self._today = date.today()

    # ------------------------------------------------------------------ data
    def set_deliveries(self, deliveries: Sequence[Delivery], hubs: Mapping[int, str],
                       today: date) -> None:
        new = list(deliveries)
        same_rows = [d.id for d in new] == [d.id for d in self._rows]
        context_changed = dict(hubs) != self._hubs or today != self._today
        self._hubs = dict(hubs)
        self._today = today
        if not same_rows:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        last = len(COLUMNS) - 1
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after or context_changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def delivery(self, row: int) -> Delivery:
        return self._rows[row]

    def deliveries(self) -> list[Delivery]:
        return list(self._rows)

    def row_of(self, delivery_id: int) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.id == delivery_id), None)

    # ------------------------------------------------------------------ Qt model API
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        d = self._rows[index.row()]
        _title, text, right = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(d, self._hubs)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if right else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if d.is_overdue(self._today):
                return QColor(ALERT)
            if d.status is DeliveryStatus.CANCELLED:
                return QColor(FAINT)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(d)
        if role == ID_ROLE:
            return d.id
        return None

    def _tooltip(self, d: Delivery) -> str:
        parts = [self.tr("{status}, planned {day}").format(
            status=enum_text(d.status), day=_day(d.planned_on) or DASH)]
        if d.actual_on:
            parts.append(self.tr("delivered {day}").format(day=_day(d.actual_on)))
        if d.is_overdue(self._today) and d.planned_on is not None:
            days = (self._today - d.planned_on).days
            parts.append(plural(self.tr("overdue by {n} day(s)", "", days), days).format(n=days))
        text = ", ".join(parts)
        if d.delay_reason:
            text += "\n" + self.tr("Delay: {reason}").format(reason=d.delay_reason)
        if d.notes:
            text += "\n" + self.tr("Notes: {notes}").format(notes=d.notes)
        return text
