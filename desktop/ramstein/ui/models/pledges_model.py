"""The pledges table: a read-only model over the light tuples of `ws.pledges.table_rows()`.

Built for 100,000 rows:
- `PledgeRows` (plain Python, built on the worker) keeps the tuples, one lower-case haystack
  per row for the filter, and sort keys per column computed once and cached.
- Sorting and filtering happen here, in Python, over row numbers; a QSortFilterProxyModel
  would call back into Python's `data()` for every row on every sort.
- Sort and filter emit `layoutChanged` (persistent indexes are carried over); only a reload
  resets the model.
- Rows reach the view in chunks through canFetchMore/fetchMore, and cell texts are formatted
  only for the rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain.enums import PLEDGE_MAIN_LINE, Channel, PledgeStatus
from ...domain.money import minor_units
from ..formatting import eur_cents_full, milli_text, percent_text, share_percent

Row = tuple[Any, ...]
Index = QModelIndex | QPersistentModelIndex

# Positions in a table_rows() tuple.
ID, REF, DONOR_CODE, DONOR, CAPABILITY, ITEM, QTY, UNIT, VALUE, CURRENCY, EUR, ANNOUNCED, \
    STATUS, CHANNEL, DELIVERED, VERSION = range(16)

FETCH_CHUNK = 1000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

STATUS_LABELS = {s.value: s.label for s in PledgeStatus}
CHANNEL_LABELS = {c.value: c.label for c in Channel}
# Status sorts along the life cycle, side states last.
_STATUS_ORDER = {s.value: i for i, s in enumerate((*PLEDGE_MAIN_LINE, PledgeStatus.SUSPENDED,
                                                   PledgeStatus.CANCELLED))}
_NONE_LAST = float("inf")


def _text_key(pos: int) -> Callable[[Row], Any]:
    return lambda r: (r[pos] or "").casefold()


def _number_key(pos: int) -> Callable[[Row], Any]:
    return lambda r: _NONE_LAST if r[pos] is None else r[pos]


def _delivered_share(r: Row) -> float:
    # A sort key only; the shown per cent is exact (share_percent).
    return r[DELIVERED] / r[EUR] if r[EUR] else _NONE_LAST


def _value_text(r: Row) -> str:
    return milli_text(r[VALUE], minor_units(r[CURRENCY] or "EUR"))


def _delivered_percent(r: Row) -> str:
    return "" if not r[EUR] else percent_text(share_percent(r[DELIVERED], r[EUR]))


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Row], str]
    key: Callable[[Row], Any]
    numeric: bool = False
    width: int = 100  # a sensible first width in pixels; the user can resize


COLUMNS: tuple[Column, ...] = (
    Column("Reference", lambda r: r[REF], _text_key(REF), width=100),
    Column("Donor", lambda r: r[DONOR], _text_key(DONOR), width=108),
    Column("Capability", lambda r: r[CAPABILITY], _text_key(CAPABILITY), width=140),
    Column("Item", lambda r: r[ITEM], _text_key(ITEM), width=175),
    Column("Quantity", lambda r: milli_text(r[QTY]), _number_key(QTY), numeric=True, width=68),
    Column("Unit", lambda r: r[UNIT] or "", _text_key(UNIT), width=66),
    Column("Value", _value_text, _number_key(VALUE), numeric=True, width=116),
    Column("Currency", lambda r: r[CURRENCY] or "", _text_key(CURRENCY), width=64),
    Column("EUR value", lambda r: eur_cents_full(r[EUR]), _number_key(EUR), numeric=True, width=116),
    Column("Announced", lambda r: r[ANNOUNCED] or "", _text_key(ANNOUNCED), width=86),
    Column("Status", lambda r: STATUS_LABELS.get(r[STATUS], r[STATUS]),
           lambda r: _STATUS_ORDER.get(r[STATUS], 99), width=150),
    Column("Channel", lambda r: CHANNEL_LABELS.get(r[CHANNEL], r[CHANNEL]),
           lambda r: CHANNEL_LABELS.get(r[CHANNEL], r[CHANNEL]).casefold(), width=160),
    Column("Delivered EUR", lambda r: eur_cents_full(r[DELIVERED]), _number_key(DELIVERED),
           numeric=True, width=120),
    Column("Delivered %", _delivered_percent, _delivered_share, numeric=True, width=88),
)
EUR_COLUMN = 8


def _haystack(r: Row) -> str:
    return "\n".join((
        r[REF] or "", r[DONOR_CODE] or "", r[DONOR] or "", r[CAPABILITY] or "", r[ITEM] or "",
        STATUS_LABELS.get(r[STATUS], r[STATUS] or ""), CHANNEL_LABELS.get(r[CHANNEL], r[CHANNEL] or ""),
    )).casefold()


class PledgeRows:
    """The tuples plus what filtering and sorting need; plain Python, built off the GUI thread."""

    def __init__(self, rows: Sequence[Row], *,
                 presort: tuple[int, bool] | None = (0, False)) -> None:
        """presort: (column, descending) to sort by now, on the worker, for the first show."""
        self.rows = list(rows)
        self.haystacks = [_haystack(r) for r in self.rows]
        self.eur_cents = [r[EUR] or 0 for r in self.rows]
        cancelled = PledgeStatus.CANCELLED.value
        self.cancelled_cents = [r[EUR] or 0 if r[STATUS] == cancelled else 0 for r in self.rows]
        self._all_cents = (sum(self.eur_cents), sum(self.cancelled_cents))
        self._keys: dict[int, list[Any]] = {}
        self._ascending: dict[int, list[int]] = {}
        if presort is not None:
            self.order(*presort)

    def __len__(self) -> int:
        return len(self.rows)

    def sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            key = COLUMNS[column].key
            keys = self._keys[column] = [key(r) for r in self.rows]
        return keys

    def order(self, column: int, descending: bool) -> list[int]:
        """Row numbers sorted by `column`; each column is sorted once, then cached.

        Descending is the ascending order reversed, so rows with equal keys come in reverse
        id order there (a re-sort costs a list reversal instead of a sort).
        """
        ascending = self._ascending.get(column)
        if ascending is None:
            keys = self.sort_keys(column)
            ascending = sorted(range(len(self.rows)), key=keys.__getitem__)
            self._ascending[column] = ascending
        return ascending[::-1] if descending else ascending

    def matching(self, order: list[int], text: str) -> list[int]:
        terms = text.casefold().split()
        if not terms:
            return order
        hay = self.haystacks
        if len(terms) == 1:
            term = terms[0]
            return [i for i in order if term in hay[i]]
        return [i for i in order if all(t in hay[i] for t in terms)]

    def eur_totals(self, visible: list[int]) -> tuple[Decimal, Decimal]:
        """(EUR value of the visible rows, the part of it in cancelled pledges): exact sums of
        integer cents."""
        if len(visible) == len(self.rows):
            total, cancelled = self._all_cents
        else:
            total = sum(map(self.eur_cents.__getitem__, visible))
            cancelled = sum(map(self.cancelled_cents.__getitem__, visible))
        return Decimal(total).scaleb(-2), Decimal(cancelled).scaleb(-2)


class PledgesModel(QAbstractTableModel):
    """Read-only; rows are the pledges that pass the filter, in the chosen sort order."""

    shown_changed = Signal(int, int, object)  # shown rows, all rows, EUR total (Decimal)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._data = PledgeRows([], presort=None)
        self._order: list[int] = []  # all row numbers, sorted
        self._visible: list[int] = []  # the filtered ones, sorted
        self._fetched = 0
        self._sort_column = 0
        self._descending = False
        self._filter = ""
        self._eur_total = Decimal(0)
        self._cancelled_eur = Decimal(0)

    # ------------------------------------------------------------------ loading
    def set_rows(self, data: PledgeRows) -> None:
        """A reload: the only place that resets the model."""
        self.beginResetModel()
        self._data = data
        self._order = data.order(self._sort_column, self._descending)
        self._visible = data.matching(self._order, self._filter)
        self._fetched = min(len(self._visible), FETCH_CHUNK)
        self.endResetModel()
        self._announce()

    # ------------------------------------------------------------------ sort and filter
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._order:
            return
        self._sort_column, self._descending = column, descending
        self._relayout(lambda: self._data.order(column, descending), announce=False)

    def set_filter(self, text: str) -> None:
        if text == self._filter:
            return
        narrower = self._filter and text.startswith(self._filter)
        previous = self._visible
        self._filter = text
        # Typing on narrows the previous result: filter that instead of all rows.
        base = previous if narrower else self._order
        self._relayout(lambda: self._order, base=base)

    def filter_text(self) -> str:
        return self._filter

    def sort_column(self) -> tuple[int, bool]:
        return self._sort_column, self._descending

    def _relayout(self, new_order: Callable[[], list[int]], *,
                  base: list[int] | None = None, announce: bool = True) -> None:
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_rows = [self._visible[p.row()] for p in old_persistent]
        self._order = new_order()
        self._visible = self._data.matching(base if base is not None else self._order, self._filter)
        self._fetched = min(len(self._visible), FETCH_CHUNK)
        if old_persistent:
            where = {row: pos for pos, row in enumerate(self._visible[: self._fetched])}
            new_persistent = []
            for p, row in zip(old_persistent, old_rows, strict=True):
                pos = where.get(row)
                new_persistent.append(QModelIndex() if pos is None else self.index(pos, p.column()))
            self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()
        if announce:  # a new order shows the same rows: count and total stay
            self._announce()

    def _announce(self) -> None:
        self._eur_total, self._cancelled_eur = self._data.eur_totals(self._visible)
        self.shown_changed.emit(len(self._visible), len(self._data), self._eur_total)

    # ------------------------------------------------------------------ what is shown
    def shown_count(self) -> int:
        return len(self._visible)

    def total_count(self) -> int:
        return len(self._data)

    def shown_eur_total(self) -> Decimal:
        """EUR value of the rows that pass the filter (all of them, not only those fetched)."""
        return self._eur_total

    def shown_cancelled_eur(self) -> Decimal:
        """The part of shown_eur_total() that belongs to cancelled pledges."""
        return self._cancelled_eur

    def row_tuple(self, row: int) -> Row:
        return self._data.rows[self._visible[row]]

    def pledge_id(self, row: int) -> int:
        return int(self.row_tuple(row)[ID])

    # ------------------------------------------------------------------ lazy rows
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < len(self._visible)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(FETCH_CHUNK, len(self._visible) - self._fetched)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
        self._fetched += more
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Make every shown row available at once (tests, screenshots, exports)."""
        while self.canFetchMore():
            self.fetchMore()

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self._fetched and 0 <= column < len(COLUMNS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(self._data.rows[self._visible[row]])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[column].numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(self._data.rows[self._visible[row]], column)
        if role == Qt.ItemDataRole.UserRole:
            return self._data.rows[self._visible[row]][ID]
        return None

    def _tooltip(self, r: Row, column: int) -> str | None:
        if column == 1:
            return f"{r[DONOR]} ({r[DONOR_CODE]})"
        if column in (2, 3):
            return COLUMNS[column].text(r)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[section].numeric else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
