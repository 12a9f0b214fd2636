"""Fund: a burden-sharing frame's tranche for one year, split by GDP share over its
participants, against what each pledged, allocated and delivered, with the gap.

Data: `ws.funds` (services/funds.py), loaded on the worker: the funds, the chosen one's
positions for the chosen year. Ticking a member's Exempt box or editing the fund's terms is
one undoable step (fund_commands.py); the view then loads again, so the shares shown are the
service's re-normalised ones, never recomputed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Channel, FundPeriod, PledgeStatus
from ..appearance import label, titled_panel
from ..enum_text import enum_text
from ..formatting import count_text, eur_full, eur_short, localized, share_of
from ..fund_commands import FundEditor
from ..models.fund_model import COLUMNS, FAIR, FundModel, FundProxy
from ..plural import plural
from ..widget_helpers import read_only_table
from .base_view import WorkspaceView
from .dashboard_view import Card, card_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ...services import Workspace
    from ..workers import TaskRunner

# (key, title, note), translated where the cards are made
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("tranche", QT_TRANSLATE_NOOP("FundView", "TRANCHE"), " "),
    ("pledged", QT_TRANSLATE_NOOP("FundView", "PLEDGED"), " "),
    ("allocated", QT_TRANSLATE_NOOP("FundView", "ALLOCATED (COUNTS)"), " "),
    ("delivered", QT_TRANSLATE_NOOP("FundView", "DELIVERED"), " "),
    ("below", QT_TRANSLATE_NOOP("FundView", "BELOW THEIR SHARE"), QT_TRANSLATE_NOOP("FundView", "participants")),
)


@dataclass(frozen=True)
class FundData:
    funds: list[Any]  # FundSpec
    spec: Any  # the one shown
    year: int
    fund_year: Any  # FundYear: tranche and rows


class FundView(WorkspaceView):
    title = QT_TRANSLATE_NOOP("FundView", "Fund")
    message = Signal(str)

    def __init__(self, runner: TaskRunner, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("fund")
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.data: FundData | None = None
        self.last_dialog: QDialog | None = None
        self._fund_id: int | None = None
        self._year: int | None = None
        self._chart: Any = None
        self._filling = False

        self.fund_combo = QComboBox()
        self.fund_combo.setObjectName("fundChoice")
        self.fund_combo.setAccessibleName(self.tr("Fund"))
        self.fund_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.fund_combo.currentIndexChanged.connect(self._fund_chosen)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("fundYear")
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.edit_button = QPushButton(self.tr("Edit fund…"))
        self.edit_button.setObjectName("editFund")
        self.edit_button.setToolTip(self.tr("Amount, years, GDP year and which channels and "
                                            "states count"))
        self.edit_button.clicked.connect(self.edit_fund)
        self.terms_label = label("", "viewSubtitle")
        self.terms_label.setObjectName("fundTerms")
        self.terms_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(label(self.tr("Fund"), "viewTitle"))
        top.addSpacing(10)
        top.addWidget(self.fund_combo)
        top.addWidget(label(self.tr("Year"), "viewSubtitle"))
        top.addWidget(self.year_combo)
        top.addWidget(self.edit_button)
        top.addSpacing(10)
        top.addWidget(self.terms_label, 1)

        self.cards: dict[str, Card] = {}
        figures = QHBoxLayout()
        figures.setSpacing(8)
        for key, title, note in FIGURES:
            self.cards[key] = Card(key, card_text("FundView", title), card_text("FundView", note))
            figures.addWidget(self.cards[key], 1)

        self.model = FundModel(self)
        self.model.exempt_handler = self.set_exempt
        self.proxy = FundProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self.table = _fund_table(self.proxy)
        self.chart_panel, self.chart_slot, _title = titled_panel(
            self.tr("Fair share vs pledged and allocated, per participant (largest share first)"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("fundSplit")
        split.addWidget(self.table)
        split.addWidget(self.chart_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.hint_label = label(self.tr("Red: below its fair share · tick Exempt to exempt a "
                                        "member (the others' shares re-normalise) · Ctrl+Z undoes"),
                                "viewSubtitle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(split, 1)
        layout.addWidget(self.hint_label)

    # ------------------------------------------------------------------ loading
    def is_interested(self, change: Any) -> bool:
        return getattr(change, "entity", "all") in (
            "pledge", "delivery", "member", "rate", "fund", "gdp", "all")

    def load(self, ws: Workspace) -> FundData:
        funds = ws.funds.funds()
        if not funds:
            raise LookupError("no fund is defined")
        spec = next((f for f in funds if f.id == self._fund_id), funds[0])
        year = self._year if self._year is not None and spec.first_year <= self._year <= spec.last_year \
            else ws.funds.current_year(spec)
        return FundData(funds, spec, year, ws.funds.positions(spec, year))

    def apply(self, data: FundData) -> None:
        self.data = data
        self._fund_id, self._year = data.spec.id, data.year
        self._fill_choices(data)
        self.terms_label.setText(self.describe_terms(data.spec))
        self.terms_label.setToolTip(self.describe_terms(data.spec, full=True))
        self.model.set_rows(data.fund_year.rows, data.spec.exempt)
        self._show_figures(data)
        self._show_chart(data)

    def clear(self) -> None:
        self.data = None
        self._fund_id = self._year = None
        self.model.set_rows([])
        self.terms_label.setText("")
        for card in self.cards.values():
            card.set_figure("—")

    def show_error(self, message: str) -> None:
        self.terms_label.setText(self.tr("Could not load the fund: {message}").format(
            message=message))

    def _fill_choices(self, data: FundData) -> None:
        self._filling = True
        try:
            self.fund_combo.clear()
            for spec in data.funds:
                self.fund_combo.addItem(spec.name, spec.id)
            self.fund_combo.setCurrentIndex(max(0, self.fund_combo.findData(data.spec.id)))
            self.year_combo.clear()
            for year in range(data.spec.first_year, data.spec.last_year + 1):
                self.year_combo.addItem(str(year), year)
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(data.year)))
        finally:
            self._filling = False

    def _fund_chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        self.choose(self.fund_combo.itemData(index), None)

    def _year_chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        self.choose(self._fund_id, self.year_combo.itemData(index))

    def choose(self, fund_id: int | None, year: int | None) -> None:
        """Show another fund (its current year when `year` is None) or another year."""
        self._fund_id, self._year = fund_id, year
        self.refresh()

    # ------------------------------------------------------------------ figures
    def _show_figures(self, data: FundData) -> None:
        fy = data.fund_year
        rows, tranche = fy.rows, fy.tranche_eur
        pledged, allocated, delivered = fy.pledged, fy.allocated, fy.delivered
        below = len(fy.below)
        counted = sum(1 for p in rows if p.fair_share)
        c = self.cards
        c["tranche"].title_label.setText(self.tr("TRANCHE {year}").format(year=data.year))
        tip = eur_full(tranche, symbol=True) + (f"\n{fy.rate_note}" if fy.rate_note else "")
        c["tranche"].set_figure(eur_short(tranche), tip=tip,
                                note=plural(self.tr("shared over %Ln participant(s)", "", counted),
                                            counted))
        for key, value in (("pledged", pledged), ("allocated", allocated), ("delivered", delivered)):
            rate = share_of(value, tranche)
            c[key].set_figure(eur_short(value), tip=eur_full(value, symbol=True),
                              note="—" if rate is None
                              else self.tr("{rate} % of the tranche").format(rate=localized(f"{rate:,.1f}")))
        c["below"].set_figure(count_text(below), alert=below > 0,
                              note=plural(self.tr("of %Ln participant(s)", "", len(rows)), len(rows)))

    def _show_chart(self, data: FundData) -> None:
        from .member_charts import ChartSlot, fund_chart  # QtCharts: only with data

        if self._chart is None:
            self._chart = ChartSlot(self.chart_slot, "fundChart", self.tr("No fair shares to show."))
        self._chart.show(fund_chart(data.fund_year.rows))

    def describe_terms(self, spec: Any, *, full: bool = False) -> str:
        """'EUR 40.0bn a year · 2025–2029 · GDP 2023 · 1 exempt · all channels, pledged or later'."""
        amount = eur_short(Decimal(spec.amount)).replace("€", f"{spec.currency} ")
        yearly = FundPeriod(spec.period) is FundPeriod.YEARLY
        participants = len(spec.participants)
        parts = [(self.tr("{amount} a year") if yearly
                  else self.tr("{amount} in total")).format(amount=amount),
                 f"{spec.first_year}–{spec.last_year}",
                 self.tr("GDP {year}").format(year=spec.gdp_year),
                 plural(self.tr("%Ln participant(s)", "", participants), participants)]
        if spec.exempt:
            exempt = len(spec.exempt)
            parts.append(plural(self.tr("%Ln exempt", "", exempt), exempt))  # French agrees
        channels = [enum_text(c) for c in Channel if c in spec.counted_channels]
        statuses = [enum_text(s) for s in PledgeStatus if s in spec.counted_statuses]
        if len(channels) == len(Channel):
            channels = []  # every channel counts
        if full:
            parts.append(self.tr("channels: {channels}").format(
                channels=", ".join(channels) or self.tr("all")))
            parts.append(self.tr("counted states: {states}").format(states=", ".join(statuses)))
        else:
            states = " / ".join(statuses).lower()
            parts.append(self.tr("{n} channels count, {states}").format(n=len(channels), states=states)
                         if channels else self.tr("all channels count, {states}").format(states=states))
        return " · ".join(parts)

    # ------------------------------------------------------------------ edits
    def _editor(self) -> FundEditor | None:
        if self.ws is None:
            return None
        return FundEditor(self.ws, self.undo_stack, self._edit_failed, self.refresh)

    def _edit_failed(self, message: str) -> None:
        self.message.emit(self.tr("Fund not changed: {message}").format(message=message))
        self.terms_label.setText(self.tr("Not changed: {message}").format(message=message))

    def set_exempt(self, member_id: int, exempt: bool) -> None:
        editor, data = self._editor(), self.data
        if editor is None or data is None:
            return
        name = next((p.name for p in data.fund_year.rows if p.member_id == member_id), str(member_id))
        if editor.set_exempt(data.spec, member_id, name, exempt):
            text = (self.tr("{member} exempt in {fund}: shares re-normalised") if exempt
                    else self.tr("{member} counted again in {fund}: shares re-normalised"))
            self.message.emit(text.format(member=name, fund=data.spec.name))

    def edit_fund(self) -> None:
        if self.data is None:
            return
        from ..dialogs.fund_dialog import FundDialog

        members = self.ws.reference.donors() if self.ws is not None else ()
        dialog = FundDialog(self.data.spec, self, members=members)
        dialog.accepted.connect(lambda: self._save(dialog.edited()))
        dialog.open()
        self.last_dialog = dialog

    def _save(self, edited: Any) -> None:
        editor, data = self._editor(), self.data
        if editor is None or data is None or edited is None or edited == data.spec:
            return
        if editor.save(data.spec, edited):
            self.message.emit(self.tr("{fund} changed").format(fund=edited.name))


def _fund_table(model: FundProxy) -> QTableView:
    table = read_only_table("fundTable", model, sortable=True)
    table.sortByColumn(FAIR, Qt.SortOrder.DescendingOrder)
    header = table.horizontalHeader()
    for column, spec in enumerate(COLUMNS):
        header.resizeSection(column, spec[4])
    header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
    return table
