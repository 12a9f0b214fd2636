"""The Fund table: each participant's fair share of the year's tranche against what it gave.

Rows are the FundPosition records of `ws.funds.positions(spec, year).rows` (services/funds.py).
Amounts are exact Decimal texts; a member below its share has its gap in red. The Exempt
column is a check box: ticking it does not change the row here, it asks `exempt_handler`
(the view pushes an undoable command over `ws.funds.set_exempt`), and the re-normalised
shares then come back from the service.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..formatting import DASH, eur_full, localized
from .record_table import KeyedSortProxy, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
ExemptHandler = Callable[[int, bool], None]  # member id, exempt
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
BELOW_COLOR = "#b3261e"
BELOW_FILL = "#fff0ef"
MET_COLOR = "#1a7f37"
MUTED_COLOR = "#6e7781"


def _eur(value: Decimal | None) -> str:
    return DASH if value is None else eur_full(value)


def _share(value: Decimal | None) -> str:
    return DASH if value is None else localized(f"{value.quantize(Decimal('0.01'), ROUND_HALF_EVEN):,.2f} %")


def _gdp(value: Decimal | None) -> str:
    return DASH if value is None else localized(f"{value.quantize(Decimal('0.1'), ROUND_HALF_EVEN):,.1f}")


def _flag(p: Any) -> str:
    if p.flag:
        return str(p.flag)
    return QCoreApplication.translate("FundModel", "below its share") if p.below else ""


# (title, text, right-aligned, sort key, width, header tooltip)
COLUMNS: tuple[tuple[str, Callable[[Any], str], bool, Callable[[Any], Any], int, str], ...] = (
    (QT_TRANSLATE_NOOP("FundModel", "Member"), lambda p: p.name, False, lambda p: p.name.casefold(), 150,
     QT_TRANSLATE_NOOP("FundModel", "Participant of the fund")),
    (QT_TRANSLATE_NOOP("FundModel", "Code"), lambda p: p.iso3, False, lambda p: p.iso3, 46, ""),
    (QT_TRANSLATE_NOOP("FundModel", "GDP USD bn"), lambda p: _gdp(p.gdp_usd_bn), True, lambda p: p.gdp_usd_bn, 84,
     QT_TRANSLATE_NOOP("FundModel", "GDP of the fund's GDP year")),
    (QT_TRANSLATE_NOOP("FundModel", "Share"), lambda p: _share(p.share_pct), True, lambda p: p.share_pct, 70,
     QT_TRANSLATE_NOOP("FundModel", "Share of the GDP of the participants that are not exempt")),
    (QT_TRANSLATE_NOOP("FundModel", "Fair share EUR"), lambda p: _eur(p.fair_share), True, lambda p: p.fair_share, 130,
     QT_TRANSLATE_NOOP("FundModel", "The year's tranche split by GDP share; the shares add up exactly to the tranche")),
    (QT_TRANSLATE_NOOP("FundModel", "Pledged EUR"), lambda p: _eur(p.pledged), True, lambda p: p.pledged, 126,
     QT_TRANSLATE_NOOP("FundModel", "The year's pledges (funding year, else announced) in the counted channels, "
                        "to the payer")),
    (QT_TRANSLATE_NOOP("FundModel", "Allocated EUR"), lambda p: _eur(p.allocated), True, lambda p: p.allocated, 126,
     QT_TRANSLATE_NOOP("FundModel", "The part of the pledged in the counted states: what counts towards the share")),
    (QT_TRANSLATE_NOOP("FundModel", "Delivered EUR"), lambda p: _eur(p.delivered), True, lambda p: p.delivered, 126,
     QT_TRANSLATE_NOOP("FundModel", "Delivered on those pledges")),
    (QT_TRANSLATE_NOOP("FundModel", "Gap EUR"), lambda p: _eur(p.gap), True, lambda p: p.gap, 126,
     QT_TRANSLATE_NOOP("FundModel", "Fair share minus allocated (negative: above its share); red where below its "
                        "share")),
    (QT_TRANSLATE_NOOP("FundModel", "Exempt"), lambda p: "", False, lambda p: p.exempt, 56,
     QT_TRANSLATE_NOOP("FundModel", "Tick to exempt the member (opt-out): the others' shares re-normalise")),
    (QT_TRANSLATE_NOOP("FundModel", "Note"), _flag, False, lambda p: _flag(p), 140,
     QT_TRANSLATE_NOOP("FundModel", "Why a line has no share, or is below it")),
)
NAME, CODE, GDP, SHARE, FAIR, PLEDGED, ALLOCATED, DELIVERED, GAP, EXEMPT, NOTE = range(len(COLUMNS))


class FundModel(RecordTableModel):
    columns = COLUMNS
    tr_context = "FundModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._exempt: frozenset[int] = frozenset()
        self.exempt_handler: ExemptHandler | None = None

    def set_rows(self, rows: Sequence[Any], exempt: Collection[int] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._exempt = frozenset(exempt) | {p.member_id for p in rows if p.exempt}
        self.endResetModel()

    def is_exempt(self, member_id: int) -> bool:
        return member_id in self._exempt

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][1](p)
        if role == Qt.ItemDataRole.CheckStateRole and column == EXEMPT:
            return (Qt.CheckState.Checked if p.member_id in self._exempt
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(p, column)
        if role == Qt.ItemDataRole.BackgroundRole and p.below and column in (GAP, NOTE):
            return QBrush(QColor(BELOW_FILL))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(p)
        if role == ROW_ROLE:
            return p
        if role == Qt.ItemDataRole.UserRole:
            return p.member_id
        return None

    def _foreground(self, p: Any, column: int) -> QBrush | None:
        if p.member_id in self._exempt or p.fair_share is None:
            return QBrush(QColor(MUTED_COLOR))
        if p.below and column in (GAP, NOTE, ALLOCATED):
            return QBrush(QColor(BELOW_COLOR))
        if column == GAP and not p.below:
            return QBrush(QColor(MET_COLOR))
        return None

    def _tooltip(self, p: Any) -> str:
        lines = [f"{p.name} ({p.iso3})"]
        if p.fair_share is not None:
            lines.append(self.tr("Fair share {amount} ({share})").format(
                amount=eur_full(p.fair_share, symbol=True), share=_share(p.share_pct)))
        lines.append(self.tr("Pledged {pledged}, allocated {allocated}, delivered {delivered}").format(
            pledged=eur_full(p.pledged, symbol=True), allocated=eur_full(p.allocated, symbol=True),
            delivered=eur_full(p.delivered, symbol=True)))
        if p.below:
            lines.append(self.tr("Below its share by {amount}").format(
                amount=eur_full(p.gap, symbol=True)))
        if p.flag:
            lines.append(str(p.flag))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == EXEMPT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != EXEMPT or self.exempt_handler is None):
            return False
        p = self._rows[index.row()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked == (p.member_id in self._exempt):
            return False
        self.exempt_handler(p.member_id, checked)
        return True  # the rows come back from the service with the new shares


class FundProxy(KeyedSortProxy):
    """Sorts on the model's exact Decimal keys (unknown values last), ties by name."""

    tie_column = NAME
