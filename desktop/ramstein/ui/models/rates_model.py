"""Exchange rates as a table: currency, date, units per EUR, source.

Sorting goes through a QSortFilterProxyModel on SORT_ROLE (raw values: the date as ISO text,
the rate as a number). A reload that keeps the same (currency, date) keys emits dataChanged
for the changed rows only; a rate added or removed resets the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.money import ExchangeRate

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
RATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the ExchangeRate of the row
HEADERS = (QT_TRANSLATE_NOOP("RatesModel", "Currency"), QT_TRANSLATE_NOOP("RatesModel", "Date"), QT_TRANSLATE_NOOP("RatesModel", "Units per EUR"),
           QT_TRANSLATE_NOOP("RatesModel", "Source"))
RATE_COLUMN = 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def rate_text(rate: ExchangeRate) -> str:
    """The rate as stored, without trailing zeros: 1.0813, 158.42, 25."""
    return format(rate.units_per_eur.normalize(), "f")


class RatesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rates: list[ExchangeRate] = []

    def set_rates(self, rates: Sequence[ExchangeRate]) -> None:
        new = list(rates)
        if [(r.currency, r.on_date) for r in new] != [(r.currency, r.on_date) for r in self._rates]:
            self.beginResetModel()
            self._rates = new
            self.endResetModel()
            return
        old, self._rates = self._rates, new
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def rate(self, row: int) -> ExchangeRate:
        return self._rates[row]

    def rates(self) -> list[ExchangeRate]:
        return list(self._rates)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rates):
            return None
        column = index.column()
        if not 0 <= column < len(HEADERS):
            return None
        rate = self._rates[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (rate.currency, rate.on_date.isoformat(), rate_text(rate),
                    rate.source)[column]
        if role == SORT_ROLE:
            return (rate.currency, rate.on_date.isoformat(), float(rate.units_per_eur),
                    rate.source.casefold())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == RATE_COLUMN else _LEFT
        if role == RATE_ROLE:
            return rate
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RatesModel", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == RATE_COLUMN else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
