"""The calendar's agenda: the deliveries of the selected day, week or month, one per row.

Rows are the calendar service's AgendaRow records (services/calendar.py). The table sorts
through a QSortFilterProxyModel on SORT_ROLE (text keys: dates as ISO text, amounts as
zero-padded cents or thousandths, so nothing becomes a float). Rows drag out as AGENDA_MIME:
the ids and versions of the dragged deliveries, dropped on a day of the month grid to
reschedule them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.enums import DeliveryStatus
from ..enum_text import enum_text
from ..formatting import date_text, decimal_text, eur_full
from .record_table import RecordTableModel

if TYPE_CHECKING:
    from ...services.calendar import AgendaRow

Index = QModelIndex | QPersistentModelIndex
AGENDA_MIME = "application/x-ramstein-deliveries"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the AgendaRow itself
OVERDUE_COLOR = "#b3261e"
DELIVERED_COLOR = "#1a7f37"
CANCELLED_COLOR = "#8c959f"


def _quantity(r: AgendaRow) -> str:
    text = decimal_text(r.quantity)
    return f"{text} {r.unit}".strip() if text else ""


def _status(r: AgendaRow) -> str:
    status = enum_text(DeliveryStatus(r.status))
    if not r.overdue:
        return status
    return QCoreApplication.translate("AgendaModel", "{status} · overdue").format(status=status)


def _number_key(value: Decimal | None, places: int) -> str:
    # Zero-padded text: Qt compares it exactly (large ints and tuples reach the proxy as
    # opaque Python objects, which it cannot order). None sorts first.
    return "" if value is None else f"{int(value.scaleb(places)):024d}"


def _day(value: Any) -> str:
    return date_text(value) if value is not None else ""


def _day_key(value: Any) -> str:
    # ISO text: sorts by date whatever the locale writes
    return value.isoformat() if value is not None else ""


# (title, text, right-aligned, sort key, width)
COLUMNS: tuple[tuple[str, Callable[[Any], str], bool, Callable[[Any], Any], int], ...] = (
    (QT_TRANSLATE_NOOP("AgendaModel", "Planned"), lambda r: _day(r.planned_on), False,
     lambda r: _day_key(r.planned_on), 92),
    (QT_TRANSLATE_NOOP("AgendaModel", "Status"), _status, False,
     lambda r: f"{0 if r.overdue else 1}{r.status}", 150),
    (QT_TRANSLATE_NOOP("AgendaModel", "Pledge"), lambda r: r.pledge_reference, False,
     lambda r: r.pledge_reference, 112),
    (QT_TRANSLATE_NOOP("AgendaModel", "Donor"), lambda r: r.donor_name, False,
     lambda r: r.donor_name.casefold(), 120),
    (QT_TRANSLATE_NOOP("AgendaModel", "Capability"), lambda r: r.capability, False,
     lambda r: r.capability.casefold(), 120),
    (QT_TRANSLATE_NOOP("AgendaModel", "Item"), lambda r: r.item, False, lambda r: r.item.casefold(),
     200),
    (QT_TRANSLATE_NOOP("AgendaModel", "Quantity"), _quantity, True,
     lambda r: _number_key(r.quantity, 3), 96),
    (QT_TRANSLATE_NOOP("AgendaModel", "EUR"), lambda r: eur_full(r.eur), True,
     lambda r: _number_key(r.eur, 2), 120),
    (QT_TRANSLATE_NOOP("AgendaModel", "Hub"), lambda r: r.hub or "—", False,
     lambda r: (r.hub or "").casefold(), 130),
    (QT_TRANSLATE_NOOP("AgendaModel", "Delivered"), lambda r: _day(r.actual_on), False,
     lambda r: _day_key(r.actual_on), 92),
    (QT_TRANSLATE_NOOP("AgendaModel", "Reason"), lambda r: r.delay_reason, False,
     lambda r: r.delay_reason.casefold(), 160),
)
PLANNED, STATUS, PLEDGE, DONOR = 0, 1, 2, 3


class AgendaModel(RecordTableModel):
    """Read-only rows; edits go through calendar_commands, then the rows are loaded again."""

    columns = COLUMNS
    tr_context = "AgendaModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._bold: QFont | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][1](row)
        if role == SORT_ROLE:
            return COLUMNS[column][3](row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and row.overdue and column in (PLANNED, STATUS):
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.UserRole:
            return row.delivery_id
        return None

    def _foreground(self, row: AgendaRow, column: int) -> QBrush | None:
        if row.overdue:
            return QBrush(QColor(OVERDUE_COLOR))
        status = DeliveryStatus(row.status)
        if status is DeliveryStatus.CANCELLED:
            return QBrush(QColor(CANCELLED_COLOR))
        if status is DeliveryStatus.DELIVERED and column == STATUS:
            return QBrush(QColor(DELIVERED_COLOR))
        return None

    def _tooltip(self, row: AgendaRow) -> str:
        hub = row.hub or self.tr("no hub")
        parts = [f"{row.pledge_reference} · {row.donor_name} ({row.donor_code})",
                 f"{row.item} · {_quantity(row)} · {eur_full(row.eur, symbol=True)}",
                 self.tr("Planned {day} at {hub} · {status}").format(
                     day=_day(row.planned_on), hub=hub, status=_status(row))]
        if row.actual_on is not None:
            parts.append(self.tr("Delivered {day}").format(day=_day(row.actual_on)))
        if row.delay_reason:
            parts.append(self.tr("Reason: {reason}").format(reason=row.delay_reason))
        parts.append(self.tr("Drag onto a day of the month to reschedule"))
        return "\n".join(parts)

    # ------------------------------------------------------------------ drag
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return deliveries_mime([self._rows[r] for r in rows if 0 <= r < len(self._rows)])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def deliveries_mime(rows: Sequence[AgendaRow]) -> QMimeData:
    """What a dragged agenda row carries: [{id, version, pledge_id, ref, planned}]."""
    mime = QMimeData()
    payload = [{"id": r.delivery_id, "version": r.version, "pledge_id": r.pledge_id,
                "reference": r.pledge_reference, "planned": _day(r.planned_on)} for r in rows]
    mime.setData(AGENDA_MIME, json.dumps(payload).encode("utf-8"))
    mime.setText("\n".join(f"{r.pledge_reference} {r.item}" for r in rows))
    return mime


def read_deliveries_mime(mime: QMimeData) -> list[dict[str, Any]]:
    """The dragged deliveries, or [] when the data is not ours (or damaged)."""
    if not mime.hasFormat(AGENDA_MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(AGENDA_MIME).data()).decode("utf-8"))
    except ValueError:
        return []
    if not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, dict) and isinstance(p.get("id"), int)
            and isinstance(p.get("version"), int)]
