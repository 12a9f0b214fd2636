"""The Members table: one row per member (`ws.members.rows()`), sorted and filtered by a proxy.

Rows are the service's MemberRow records (services/members.py). Texts are exact: EUR through
formatting.eur_full, rates and shares of GDP as Decimal per cent. Sorting compares the
Decimal values themselves (`MembersProxy.lessThan` asks the model for `sort_key`), so nothing
becomes a float; an unknown value (no GDP, nothing pledged yet) sorts after every known one
when ascending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...domain.enums import MemberKind
from ..enum_text import value_text
from ..formatting import DASH, count_text, eur_full, localized, percent_text
from .record_table import KeyedSortProxy, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the MemberRow itself
_TWO = Decimal("0.01")
_THREE = Decimal("0.001")


def kind_label(kind: Any) -> str:
    """A member kind in the user's language (an unknown stored kind as it is)."""
    return value_text(MemberKind, str(kind))


def _eur(value: Decimal | None) -> str:
    return eur_full(value) if value is not None else DASH


def _gdp(value: Decimal | None) -> str:
    return DASH if value is None else localized(f"{value.quantize(_TWO, ROUND_HALF_EVEN):,.2f}")


def _pct_gdp(value: Decimal | None) -> str:
    # Aid is a small part of an economy: three decimals tell 0.012 % from 0.019 %.
    return DASH if value is None else localized(f"{value.quantize(_THREE, ROUND_HALF_EVEN):,.3f} %")


# (title, text, right-aligned, sort key, width, tooltip of the header)
COLUMNS: tuple[tuple[str, Callable[[Any], str], bool, Callable[[Any], Any], int, str], ...] = (
    (QT_TRANSLATE_NOOP("MembersModel", "Member"), lambda r: r.name, False, lambda r: r.name.casefold(), 150,
     QT_TRANSLATE_NOOP("MembersModel", "Member of the contact group")),
    (QT_TRANSLATE_NOOP("MembersModel", "Code"), lambda r: r.iso3, False, lambda r: r.iso3, 46,
     QT_TRANSLATE_NOOP("MembersModel", "ISO 3166 code (or own code)")),
    (QT_TRANSLATE_NOOP("MembersModel", "Kind"), lambda r: kind_label(r.kind), False, lambda r: str(r.kind), 92,
     QT_TRANSLATE_NOOP("MembersModel", "NATO ally, EU non-NATO, partner or organisation")),
    (QT_TRANSLATE_NOOP("MembersModel", "Pledged EUR"), lambda r: _eur(r.pledged_eur), True, lambda r: r.pledged_eur, 124,
     QT_TRANSLATE_NOOP("MembersModel", "Pledged, cancelled excluded; a pledge paid by another member counts to the "
                           "payer")),
    (QT_TRANSLATE_NOOP("MembersModel", "Delivered EUR"), lambda r: _eur(r.delivered_eur), True, lambda r: r.delivered_eur,
     124, QT_TRANSLATE_NOOP("MembersModel", "Value of the completed deliveries, counted to the payer")),
    (QT_TRANSLATE_NOOP("MembersModel", "Delivered %"), lambda r: percent_text(r.delivery_rate), True,
     lambda r: r.delivery_rate, 80, QT_TRANSLATE_NOOP("MembersModel", "Delivery rate: delivered ÷ pledged, in EUR")),
    (QT_TRANSLATE_NOOP("MembersModel", "On time"), lambda r: percent_text(r.on_time_rate), True, lambda r: r.on_time_rate,
     62, QT_TRANSLATE_NOOP("MembersModel", "Share of completed deliveries that arrived by their planned date")),
    (QT_TRANSLATE_NOOP("MembersModel", "GDP USD bn"), lambda r: _gdp(r.gdp_usd_bn), True, lambda r: r.gdp_usd_bn, 84,
     QT_TRANSLATE_NOOP("MembersModel", "GDP of the latest year known (USD bn)")),
    (QT_TRANSLATE_NOOP("MembersModel", "Aid % GDP"), lambda r: _pct_gdp(r.aid_pct_gdp), True, lambda r: r.aid_pct_gdp, 76,
     QT_TRANSLATE_NOOP("MembersModel", "Pledged EUR as a share of GDP")),
    (QT_TRANSLATE_NOOP("MembersModel", "Open"), lambda r: count_text(r.open_pledges), True, lambda r: r.open_pledges, 56,
     QT_TRANSLATE_NOOP("MembersModel", "Open pledges: not yet delivered or cancelled")),
    (QT_TRANSLATE_NOOP("MembersModel", "Paid for others"), lambda r: _eur(r.paid_for_eur), True, lambda r: r.paid_for_eur,
     128, QT_TRANSLATE_NOOP("MembersModel", "EUR this member paid for and another delivered (PURL, Danish model, "
                           "co-financing)")),
    (QT_TRANSLATE_NOOP("MembersModel", "Delivered for others"), lambda r: _eur(r.delivered_by_eur), True,
     lambda r: r.delivered_by_eur, 128,
     QT_TRANSLATE_NOOP("MembersModel", "EUR this member delivered and others paid for (not counted in its pledged "
                           "total)")),
)
NAME, CODE, KIND, PLEDGED, DELIVERED, RATE, ON_TIME, GDP, AID_GDP, OPEN, PAID_FOR, DELIVERED_BY = \
    range(len(COLUMNS))


class MembersModel(RecordTableModel):
    columns = COLUMNS
    tr_context = "MembersModel"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][1](row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.UserRole:
            return row.member_id
        return None

    def _tooltip(self, row: Any) -> str:
        lines = [f"{row.name} ({row.iso3}) · {kind_label(row.kind)}",
                 self.tr("Pledged {pledged}, delivered {delivered}").format(
                     pledged=eur_full(row.pledged_eur, symbol=True),
                     delivered=eur_full(row.delivered_eur, symbol=True))]
        if row.gdp_usd_bn is None:
            lines.append(self.tr("No GDP figure: no share of GDP"))
        lines.append(self.tr("Double-click to open the member's page"))
        return "\n".join(lines)


class MembersProxy(KeyedSortProxy):
    """Sorts on the model's exact keys (ties by name); shows only the chosen member kinds (all
    when none)."""

    tie_column = NAME

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[str] = frozenset()

    def set_kinds(self, kinds: Iterable[str]) -> None:
        kinds = frozenset(str(k) for k in kinds)
        if kinds != self._kinds:
            self.beginFilterChange()
            self._kinds = kinds
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def kinds(self) -> frozenset[str]:
        return self._kinds

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._kinds:
            return True
        model = self.sourceModel()
        row = model.row_at(source_row) if isinstance(model, MembersModel) else None
        return row is not None and str(row.kind) in self._kinds

    def shown_rows(self) -> list[Any]:
        """The rows as shown, in the shown order."""
        model = self.sourceModel()
        if not isinstance(model, MembersModel):
            return []
        return [model.row_at(self.mapToSource(self.index(r, 0)).row())
                for r in range(self.rowCount())]
