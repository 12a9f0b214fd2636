"""The first rows of a foreign sheet as they would become pledges (the mapping dialog's preview).

One row per sheet row of a `MappedPlan`: its row (or line) number, what happens to it (new,
already imported, skipped, error) and the pledge fields. A cell whose source is wrong is
shaded and carries the message as its tooltip. The field labels come from the service
(mapped_import.TARGETS) in English and are translated here, in the "PledgeField" context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...services.mapped_import import PREVIEW_ROWS, TARGETS, MappedPlan, PlannedRow

Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("MappedPreviewModel", "Row"), QT_TRANSLATE_NOOP("MappedPreviewModel", "Import"), *(t.label for t in TARGETS))
STATE_TEXT = {"new": QT_TRANSLATE_NOOP("MappedPreviewModel", "New"), "already": QT_TRANSLATE_NOOP("MappedPreviewModel", "Already there"),
              "skipped": QT_TRANSLATE_NOOP("MappedPreviewModel", "Skipped"), "error": QT_TRANSLATE_NOOP("MappedPreviewModel", "Error")}
# The labels of mapped_import.TARGETS, for the translation catalogue (see field_label).
FIELD_LABELS = (QT_TRANSLATE_NOOP("PledgeField", "Donor"), QT_TRANSLATE_NOOP("PledgeField", "Capability"), QT_TRANSLATE_NOOP("PledgeField", "Item"), QT_TRANSLATE_NOOP("PledgeField", "Quantity"),
                QT_TRANSLATE_NOOP("PledgeField", "Unit"), QT_TRANSLATE_NOOP("PledgeField", "Value"), QT_TRANSLATE_NOOP("PledgeField", "Currency"), QT_TRANSLATE_NOOP("PledgeField", "Announced"),
                QT_TRANSLATE_NOOP("PledgeField", "Status"), QT_TRANSLATE_NOOP("PledgeField", "Channel"), QT_TRANSLATE_NOOP("PledgeField", "Funding year"), QT_TRANSLATE_NOOP("PledgeField", "Source"),
                QT_TRANSLATE_NOOP("PledgeField", "Notes"))
ERROR_FILL = "#ffd8d6"
MUTED_TEXT = "#6e7781"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_NUMBERS = {"quantity", "value", "funding_year"}


def field_label(label: str) -> str:
    """A pledge field's label (mapped_import.Target.label) in the user's language."""
    return QCoreApplication.translate("PledgeField", label)


class MappedPreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedRow] = []
        self._error_brush: QBrush | None = None  # made on first use (QColor costs start-up time)
        self._muted_brush: QBrush | None = None

    def set_plan(self, plan: MappedPlan | None) -> None:
        self.beginResetModel()
        self._rows = list(plan.rows[:PREVIEW_ROWS]) if plan is not None else []
        self.endResetModel()

    def planned(self, row: int) -> PlannedRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def _problem(self, planned: PlannedRow, column: int) -> str:
        if column == 0:
            return planned.problems.get("reference", "")
        if column == 1:
            return "; ".join(planned.problems.values()) or planned.reason
        return planned.problems.get(TARGETS[column - 2].key, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < len(HEADERS):
            return None
        planned = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(planned.number)
            if column == 1:
                state = STATE_TEXT.get(planned.state)
                return QCoreApplication.translate("MappedPreviewModel", state) if state else planned.state
            return planned.shown.get(TARGETS[column - 2].key, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problem(planned, column) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._problem(planned, column) and (column > 1 or planned.state == "error"):
                if self._error_brush is None:
                    self._error_brush = QBrush(QColor(ERROR_FILL))
                return self._error_brush
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if planned.state in ("already", "skipped"):
                if self._muted_brush is None:
                    self._muted_brush = QBrush(QColor(MUTED_TEXT))
                return self._muted_brush
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = column == 0 or (column > 1 and TARGETS[column - 2].key in _NUMBERS)
            return _RIGHT if numeric else _LEFT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = HEADERS[section]
            if section < 2:
                return QCoreApplication.translate("MappedPreviewModel", title)
            return field_label(title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
