"""The pledges table: an editable model over the light tuples of `ws.pledges.table_rows()`.

Built for 100,000 rows:
- `PledgeRows` (plain Python, built on the worker) keeps the tuples, one case-folded haystack
  per row for the shared filter (services.pledge_rows), and sort keys per column computed
  once and cached.
- Sorting and filtering happen here, in Python, over row numbers; a QSortFilterProxyModel
  would call back into Python's `data()` for every row on every sort.
- Sort and filter emit `layoutChanged` (persistent indexes are carried over); only a reload
  resets the model. An edit re-reads its rows and emits `dataChanged` for them only; created
  rows are inserted at the top, deleted ones removed. An edited row keeps its place until the
  next sort or filter, as in a spreadsheet.
- Rows reach the view in chunks through canFetchMore/fetchMore, and cell texts are formatted
  only for the rows on screen.

Editing: `setData` does not write anything itself. It hands (rows, field, value) to the
`edit_handler` that the view installs, which runs the service call as an undoable command;
the model then hears about the change through the one change signal and re-reads the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain.enums import PLEDGE_MAIN_LINE, Channel, PledgeStatus
from ...domain.filters import PledgeFilter
from ...domain.money import minor_units
from ...services import pledge_rows as R
from ..enum_text import enum_labels, value_text
from ..formatting import date_text, eur_cents_full, milli_text, percent_text, share_percent

Row = tuple[Any, ...]
Index = QModelIndex | QPersistentModelIndex
# (rows as shown, field, new value) -> True when the edit was stored
EditHandler = Callable[[list[Row], str, Any], bool]

# Positions in a table_rows() tuple (services.pledge_rows names them all).
ID, REF, DONOR_CODE, DONOR, CAPABILITY, ITEM, QTY, UNIT, VALUE, CURRENCY, EUR, ANNOUNCED, \
    STATUS, CHANNEL, DELIVERED, VERSION = range(16)

FETCH_CHUNK = 1000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

# Status sorts along the life cycle, side states last; channel on its stored value (the
# English labels' order): the keys, never the shown text, so every language sorts alike.
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


def _announced_text(r: Row) -> str:
    # Shown in the locale's format; sorted and edited as the stored ISO text.
    return date_text(date.fromisoformat(r[ANNOUNCED])) if r[ANNOUNCED] else ""


def _plain_milli(milli: int | None) -> str:
    """A stored thousandths value as an editor shows it: 1234.5 (no grouping, no padding)."""
    return "" if milli is None else format(Decimal(milli).scaleb(-3).normalize(), "f")


@dataclass(frozen=True)
class Column:
    title: str  # English: also the column's name in code (member_pledges_model.SHOWN)
    text: Callable[[Row], str]
    key: Callable[[Row], Any]
    numeric: bool = False
    width: int = 100  # a sensible first width in pixels; the user can resize
    field: str | None = None  # the PledgeService field it edits; None: read-only
    editor: str = ""  # the kind of editor (delegates.py): donor, capability, text, decimal...
    edit_value: Callable[[Row], Any] | None = None  # the editor's starting value

    @property
    def editable(self) -> bool:
        return self.field is not None

    @property
    def label(self) -> str:
        """The title in the user's language, for headers and menus."""
        return QCoreApplication.translate("PledgesModel", self.title)




COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Reference"),
           lambda r: r[REF], _text_key(REF), width=100),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Donor"),
           lambda r: r[DONOR], _text_key(DONOR), width=108,
           field="donor_id", editor="donor", edit_value=lambda r: r[R.DONOR_ID]),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Capability"),
           lambda r: r[CAPABILITY], _text_key(CAPABILITY), width=140,
           field="capability_id", editor="capability", edit_value=lambda r: r[R.CAPABILITY_ID]),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Item"), lambda r: r[ITEM], _text_key(ITEM), width=175,
           field="item", editor="text", edit_value=lambda r: r[ITEM] or ""),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Quantity"),
           lambda r: milli_text(r[QTY]), _number_key(QTY), numeric=True, width=68,
           field="quantity", editor="decimal", edit_value=lambda r: _plain_milli(r[QTY])),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Unit"),
           lambda r: r[UNIT] or "", _text_key(UNIT), width=66,
           field="unit", editor="text", edit_value=lambda r: r[UNIT] or ""),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Value"),
           _value_text, _number_key(VALUE), numeric=True, width=116,
           field="value_amount", editor="decimal", edit_value=lambda r: _plain_milli(r[VALUE])),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Currency"),
           lambda r: r[CURRENCY] or "", _text_key(CURRENCY), width=64,
           field="currency", editor="currency", edit_value=lambda r: r[CURRENCY] or "EUR"),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "EUR value"),
           lambda r: eur_cents_full(r[EUR]), _number_key(EUR), numeric=True, width=116),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Announced"),
           _announced_text, _text_key(ANNOUNCED), width=86,
           field="announced_on", editor="date", edit_value=lambda r: r[ANNOUNCED] or ""),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Status"),
           lambda r: value_text(PledgeStatus, r[STATUS]),
           lambda r: _STATUS_ORDER.get(r[STATUS], 99), width=150,
           field="status", editor="status", edit_value=lambda r: r[STATUS]),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Channel"),
           lambda r: value_text(Channel, r[CHANNEL]),
           _text_key(CHANNEL), width=160,
           field="channel", editor="channel", edit_value=lambda r: r[CHANNEL]),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Delivered EUR"),
           lambda r: eur_cents_full(r[DELIVERED]), _number_key(DELIVERED),
           numeric=True, width=120),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Delivered %"),
           _delivered_percent, _delivered_share, numeric=True, width=88),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Source"),
           lambda r: r[R.SOURCE_REF] or "", _text_key(R.SOURCE_REF), width=160,
           field="source_ref", editor="text", edit_value=lambda r: r[R.SOURCE_REF] or ""),
    Column(QT_TRANSLATE_NOOP("PledgesModel", "Notes"),
           lambda r: r[R.NOTES] or "", _text_key(R.NOTES), width=220,
           field="notes", editor="text", edit_value=lambda r: r[R.NOTES] or ""),
)
EUR_COLUMN = 8
STATUS_COLUMN = 10
CHANNEL_COLUMN = 11
COLUMN_OF_FIELD = {c.field: i for i, c in enumerate(COLUMNS) if c.field is not None}


def _milli_decimal(milli: int | None) -> Decimal | None:
    return None if milli is None else Decimal(milli).scaleb(-3)


# How to read a service field's current value from a table row (the "before" of an edit).
_FIELD_VALUE: dict[str, Callable[[Row], Any]] = {
    "donor_id": lambda r: r[R.DONOR_ID],
    "capability_id": lambda r: r[R.CAPABILITY_ID],
    "item": lambda r: r[ITEM] or "",
    "quantity": lambda r: _milli_decimal(r[QTY]),
    "unit": lambda r: r[UNIT] or "",
    "value_amount": lambda r: _milli_decimal(r[VALUE]),
    "currency": lambda r: r[CURRENCY] or "EUR",
    "announced_on": lambda r: date.fromisoformat(r[ANNOUNCED]) if r[ANNOUNCED] else None,
    "status": lambda r: PledgeStatus(r[STATUS]),
    "channel": lambda r: Channel(r[CHANNEL]),
    "source_ref": lambda r: r[R.SOURCE_REF] or "",
    "notes": lambda r: r[R.NOTES] or "",
}


def field_value(r: Row, field: str) -> Any:
    """The value of a PledgeService field in a table row, typed as the service takes it."""
    return _FIELD_VALUE[field](r)


Labels = tuple[dict[str, str], dict[str, str]]


def _labels() -> Labels:
    """The status and channel labels in the user's language, which the filter text matches."""
    return enum_labels(PledgeStatus), enum_labels(Channel)


def _haystack(r: Row, labels: Labels) -> str:
    statuses, channels = labels
    return R.haystack(r, (statuses.get(r[STATUS], ""), channels.get(r[CHANNEL], "")))


class PledgeRows:
    """The tuples plus what filtering and sorting need; plain Python, built off the GUI thread.

    Row numbers are stable: an edit replaces the tuple in place, a new pledge is appended and
    a deleted one is only marked gone, so the row numbers the model holds stay valid.
    """

    def __init__(self, rows: Sequence[Row], *,
                 presort: tuple[int, bool] | None = (0, False)) -> None:
        """presort: (column, descending) to sort by now, on the worker, for the first show."""
        self.rows = list(rows)
        self._labels = _labels()
        self.haystacks = [_haystack(r, self._labels) for r in self.rows]
        self.eur_cents = [r[EUR] or 0 for r in self.rows]
        cancelled = PledgeStatus.CANCELLED.value
        self.cancelled_cents = [r[EUR] or 0 if r[STATUS] == cancelled else 0 for r in self.rows]
        self._all_cents = (sum(self.eur_cents), sum(self.cancelled_cents))
        self._gone: set[int] = set()
        self._by_id: dict[int, int] | None = None
        self._keys: dict[int, list[Any]] = {}
        self._ascending: dict[int, list[int]] = {}
        if presort is not None:
            self.order(*presort)

    def __len__(self) -> int:
        return len(self.rows) - len(self._gone)

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
            live = range(len(self.rows)) if not self._gone else (
                i for i in range(len(self.rows)) if i not in self._gone)
            ascending = sorted(live, key=keys.__getitem__)
            self._ascending[column] = ascending
        return ascending[::-1] if descending else ascending

    def matching(self, order: list[int], f: PledgeFilter) -> list[int]:
        if f.is_empty() or (not f.text.strip() and f == PledgeFilter(text=f.text)):
            return order
        test = R.row_predicate(f)
        rows, hay = self.rows, self.haystacks
        return [i for i in order if test(rows[i], hay[i])]

    def eur_totals(self, visible: list[int]) -> tuple[Decimal, Decimal]:
        """(EUR value of the visible rows, the part of it in cancelled pledges): exact sums of
        integer cents."""
        if len(visible) == len(self):
            total, cancelled = self._all_cents
        else:
            total = sum(map(self.eur_cents.__getitem__, visible))
            cancelled = sum(map(self.cancelled_cents.__getitem__, visible))
        return Decimal(total).scaleb(-2), Decimal(cancelled).scaleb(-2)

    # ------------------------------------------------------------------ changes
    def number_of(self, pledge_id: int) -> int | None:
        """The row number of a pledge, None when it is not (or no longer) here."""
        if self._by_id is None:
            self._by_id = {r[ID]: i for i, r in enumerate(self.rows)}
        i = self._by_id.get(pledge_id)
        return None if i is None or i in self._gone else i

    def replace(self, i: int, row: Row) -> None:
        self.rows[i] = row
        self._index(i)
        self._ascending.clear()  # re-sorted on the next click on a header

    def append(self, row: Row) -> int:
        i = len(self.rows)
        self.rows.append(row)
        self.haystacks.append("")
        self.eur_cents.append(0)
        self.cancelled_cents.append(0)
        for keys in self._keys.values():
            keys.append(None)
        if self._by_id is not None:
            self._by_id[row[ID]] = i
        self._index(i)
        self._ascending.clear()
        return i

    def remove(self, i: int) -> None:
        self._gone.add(i)
        self._set_cents(i, 0, 0)
        self._ascending.clear()

    def _index(self, i: int) -> None:
        r = self.rows[i]
        self.haystacks[i] = _haystack(r, self._labels)
        cents = r[EUR] or 0
        self._set_cents(i, cents, cents if r[STATUS] == PledgeStatus.CANCELLED.value else 0)
        for column, keys in self._keys.items():
            keys[i] = COLUMNS[column].key(r)

    def _set_cents(self, i: int, cents: int, cancelled: int) -> None:
        """Keep the all-rows totals by difference (a paste of 10,000 rows into 100,000)."""
        total, total_cancelled = self._all_cents
        self._all_cents = (total - self.eur_cents[i] + cents,
                           total_cancelled - self.cancelled_cents[i] + cancelled)
        self.eur_cents[i], self.cancelled_cents[i] = cents, cancelled


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Ascending positions as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for pos in positions:
        if runs and runs[-1][1] == pos - 1:
            runs[-1] = (runs[-1][0], pos)
        else:
            runs.append((pos, pos))
    return runs


class PledgesModel(QAbstractTableModel):
    """Rows are the pledges that pass the filter, in the chosen sort order."""

    shown_changed = Signal(int, int, object)  # shown rows, all rows, EUR total (Decimal)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._data = PledgeRows([], presort=None)
        self._order: list[int] = []  # all row numbers, sorted
        self._visible: list[int] = []  # the filtered ones, sorted
        self._fetched = 0
        self._sort_column = 0
        self._descending = False
        self._filter = PledgeFilter()
        self._eur_total = Decimal(0)
        self._cancelled_eur = Decimal(0)
        self.edit_handler: EditHandler | None = None

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

    def set_filter(self, f: PledgeFilter) -> None:
        """Show the rows that pass the shared filter (its `text` is the free-text box)."""
        if f == self._filter:
            return
        old = self._filter
        narrower = (old.text and f.text.startswith(old.text)
                    and f.replace(text="") == old.replace(text=""))
        previous = self._visible
        self._filter = f
        # Typing on narrows the previous result: filter that instead of all rows.
        base = previous if narrower else self._order
        self._relayout(lambda: self._order, base=base)

    def filter(self) -> PledgeFilter:
        return self._filter

    def filter_text(self) -> str:
        return self._filter.text

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

    # ------------------------------------------------------------------ changes from the database
    def update_rows(self, rows: Iterable[Row]) -> list[int]:
        """Replace the tuples of pledges already here (re-read after an edit); one dataChanged
        per shown row. Returns the ids that are not here."""
        unknown: list[int] = []
        positions = None
        last = len(COLUMNS) - 1
        for row in rows:
            i = self._data.number_of(row[ID])
            if i is None:
                unknown.append(row[ID])
                continue
            self._data.replace(i, row)
            if positions is None:
                positions = self._positions()
            pos = positions.get(i)
            if pos is not None and pos < self._fetched:
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, last))
        self._announce()
        return unknown

    def insert_rows(self, rows: Sequence[Row]) -> None:
        """New pledges: shown at the top until the next sort or filter."""
        rows = [r for r in rows if self._data.number_of(r[ID]) is None]
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        numbers = [self._data.append(r) for r in rows]
        self._order = numbers + self._order
        self._visible = numbers + self._visible
        self._fetched += len(numbers)
        self.endInsertRows()
        self._announce()

    def remove_ids(self, pledge_ids: Iterable[int]) -> None:
        numbers = {i for pid in pledge_ids if (i := self._data.number_of(pid)) is not None}
        if not numbers:
            return
        positions = [pos for pos, i in enumerate(self._visible) if i in numbers]
        for first, last in reversed(_runs(positions)):  # from the bottom: rows above stay put
            shown_last = min(last, self._fetched - 1)
            if first <= shown_last:
                self.beginRemoveRows(QModelIndex(), first, shown_last)
            del self._visible[first : last + 1]
            if first <= shown_last:
                self._fetched -= shown_last - first + 1
                self.endRemoveRows()
        self._order = [i for i in self._order if i not in numbers]
        for i in numbers:
            self._data.remove(i)
        self._announce()

    def _positions(self) -> dict[int, int]:
        return {i: pos for pos, i in enumerate(self._visible)}

    def fetch_to_show(self, pledge_ids: Iterable[int]) -> None:
        """Fetch rows until these pledges (those that pass the filter) are all available."""
        wanted = {i for pid in pledge_ids if (i := self._data.number_of(pid)) is not None}
        if not wanted:
            return
        last = max((pos for pos, i in enumerate(self._visible) if i in wanted), default=-1)
        while self._fetched <= last and self.canFetchMore():
            self.fetchMore()

    def rows_of_ids(self, pledge_ids: Iterable[int]) -> list[int]:
        """Shown (fetched) row positions of these pledges, in table order."""
        wanted = {i for pid in pledge_ids if (i := self._data.number_of(pid)) is not None}
        return [pos for pos, i in enumerate(self._visible[: self._fetched]) if i in wanted]

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

    def tuple_of(self, pledge_id: int) -> Row | None:
        i = self._data.number_of(pledge_id)
        return None if i is None else self._data.rows[i]

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
        if role == Qt.ItemDataRole.EditRole:
            spec = COLUMNS[column]
            r = self._data.rows[self._visible[row]]
            return spec.edit_value(r) if spec.edit_value is not None else spec.text(r)
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
        if column in (2, 3, 14, 15):
            return COLUMNS[column].text(r) or None
        if column == EUR_COLUMN:
            return self.tr("Converted with the exchange rate of the valuation date; edit Value "
                           "or Currency")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].label
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[section].numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and not COLUMNS[section].editable:
            return self.tr("{title} (read-only)").format(title=COLUMNS[section].label)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if COLUMNS[index.column()].editable and self.edit_handler is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ------------------------------------------------------------------ editing
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_values([index.row()], index.column(), value)

    def set_values(self, rows: Sequence[int], column: int, value: Any) -> bool:
        """Set one column of several shown rows to `value` (one undoable edit).

        `value` is already parsed (an id, a Decimal, a date, a PledgeStatus...). The change is
        stored by the edit handler; the rows are re-read when the database says they changed.
        """
        spec = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        if spec is None or spec.field is None or self.edit_handler is None:
            return False
        tuples = [self.row_tuple(r) for r in rows if 0 <= r < self._fetched]
        return bool(tuples) and self.edit_handler(tuples, spec.field, value)
