"""A member's pledges on its page: the Pledges table's columns, read-only.

Rows are `ws.pledges.table_rows()` tuples (MemberPage.pledges, .paid_for, ...); the Donor
column is the member that delivers, which for a pledge it pays for is another one; texts and sort keys are the
Pledges table's own (pledges_model.COLUMNS), so both tables read and sort alike. A large
donor has thousands of pledges: the model sorts its row list itself (one Python sort on the
cached keys) instead of a proxy calling back into Python for every comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from .pledges_model import COLUMNS as PLEDGE_COLUMNS
from .pledges_model import DONOR, ID, ITEM, REF, Column
from .record_table import RecordTableModel

Row = tuple[Any, ...]
Index = QModelIndex | QPersistentModelIndex
SHOWN = ("Reference", "Donor", "Capability", "Item", "Quantity", "Unit", "EUR value", "Announced",
         "Status", "Channel", "Delivered EUR", "Delivered %")
_COLUMNS: tuple[Column, ...] = tuple(c for c in PLEDGE_COLUMNS if c.title in SHOWN)


class MemberPledgesModel(RecordTableModel):
    columns = tuple((c.title, c.text, c.numeric) for c in _COLUMNS)
    tr_context = "PledgesModel"  # the titles are the Pledges table's

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sorted: tuple[int, bool] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def column_widths(self) -> list[int]:
        # A big donor's references run to four digits: USA-2026-1234.
        return [max(c.width, 118) if c.title == "Reference" else c.width for c in _COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[index.column()].text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row[REF]} · {row[DONOR]} · {row[ITEM]}"
        if role == Qt.ItemDataRole.UserRole:
            return row[ID]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()][ID] for i in before]
        self._sort_rows(column, descending)
        at = {row[ID]: n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(at[pid], i.column()) for pid, i in zip(ids, before, strict=True)])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, descending: bool) -> None:
        self._sorted = (column, descending)
        self._rows.sort(key=_COLUMNS[column].key, reverse=descending)
