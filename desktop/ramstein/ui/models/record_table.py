"""Shared base of the small record tables (overdue deliveries, a pledge's deliveries, the
agenda, members, fund positions).

A subclass declares `columns` as (title, text function, right-aligned[, sort key, ...]) tuples,
keeps its rows in `_rows` and implements `data()`; the counting, header, alignment, flags, row
access and exact sort keys live here once, and `KeyedSortProxy` sorts on those keys. Titles are
marked with QT_TRANSLATE_NOOP(tr_context, ...) where they are declared and translated here,
when the header is shown, so the English title stays the column's key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RecordTableModel(QAbstractTableModel):
    # (title, text function, right-aligned[, sort key, width, header tooltip])
    columns: Sequence[tuple[Any, ...]] = ()
    tr_context = "RecordTableModel"  # the QT_TRANSLATE_NOOP context of the column titles

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows` instead of the current ones (a reset: views keep no stale index)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def sort_key(self, row: int, column: int) -> tuple[int, Any]:
        """(0, value) for a known value, (1, 0) for an unknown one: unknown sorts last.
        For columns that carry a sort key function as their fourth item."""
        value = self.columns[column][3](self._rows[row])
        return (1, 0) if value is None else (0, value)

    def title(self, column: int) -> str:
        """The column's title in the user's language."""
        return QCoreApplication.translate(self.tr_context, self.columns[column][0])

    def header_tooltip(self, column: int) -> str:
        """What the column means, in the user's language ("" when it speaks for itself)."""
        spec = self.columns[column]
        tip = spec[5] if len(spec) > 5 else ""
        return QCoreApplication.translate(self.tr_context, tip) if tip else ""

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return RIGHT if self.columns[column][2] else LEFT

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class KeyedSortProxy(QSortFilterProxyModel):
    """Sorts a RecordTableModel on its exact `sort_key`s (Decimal, never float; unknown last),
    ties broken by `tie_column` so the order is stable and readable."""

    tie_column = 0

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return super().lessThan(left, right)
        a = model.sort_key(left.row(), left.column())
        b = model.sort_key(right.row(), right.column())
        if a == b:
            tie = self.tie_column
            return bool(model.sort_key(left.row(), tie) < model.sort_key(right.row(), tie))
        return bool(a < b)
