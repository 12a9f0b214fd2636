"""One member's page (double-click in the Members view): its figures, pledges, deliveries by
month, capability mix, fund positions, and what it paid for others or delivered for them.

The page shows a `MemberPage` record (services/members.py) loaded on the worker by the
Members view. Charts come from member_charts (QtCharts), created with the first page shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..appearance import label, titled_panel
from ..formatting import DASH, eur_full, eur_short, localized, percent_text
from ..models.member_pledges_model import SHOWN, MemberPledgesModel
from ..models.members_model import kind_label
from ..models.text_table_model import TextTableModel
from ..widget_helpers import read_only_table
from .dashboard_view import Card, card_text

# (key, title, note), translated where the cards are made
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("pledged", QT_TRANSLATE_NOOP("MemberPageView", "PLEDGED"), QT_TRANSLATE_NOOP("MemberPageView", "EUR, as payer")),
    ("delivered", QT_TRANSLATE_NOOP("MemberPageView", "DELIVERED"), QT_TRANSLATE_NOOP("MemberPageView", "EUR, as payer")),
    ("rate", QT_TRANSLATE_NOOP("MemberPageView", "DELIVERY RATE"), QT_TRANSLATE_NOOP("MemberPageView", "delivered ÷ pledged")),
    ("on_time", QT_TRANSLATE_NOOP("MemberPageView", "ON TIME"), QT_TRANSLATE_NOOP("MemberPageView", "by the planned date")),
    ("aid_gdp", QT_TRANSLATE_NOOP("MemberPageView", "AID % OF GDP"), " "),
    ("open", QT_TRANSLATE_NOOP("MemberPageView", "OPEN PLEDGES"), QT_TRANSLATE_NOOP("MemberPageView", "not yet delivered")),
    ("paid_for", QT_TRANSLATE_NOOP("MemberPageView", "PAID FOR OTHERS"), QT_TRANSLATE_NOOP("MemberPageView", "others delivered")),
    ("delivered_by", QT_TRANSLATE_NOOP("MemberPageView", "FOR OTHERS"), QT_TRANSLATE_NOOP("MemberPageView", "others paid")),
)
FUND_HEADERS = (QT_TRANSLATE_NOOP("MemberPageView", "Fund"), QT_TRANSLATE_NOOP("MemberPageView", "Year"), QT_TRANSLATE_NOOP("MemberPageView", "Share"),
                QT_TRANSLATE_NOOP("MemberPageView", "Fair share EUR"), QT_TRANSLATE_NOOP("MemberPageView", "Pledged EUR"),
                QT_TRANSLATE_NOOP("MemberPageView", "Allocated EUR"), QT_TRANSLATE_NOOP("MemberPageView", "Delivered EUR"),
                QT_TRANSLATE_NOOP("MemberPageView", "Gap EUR"), "")


class MemberPageView(QWidget):
    back_requested = Signal()
    export_requested = Signal(str, str)  # member code, name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberPage")
        self.page: Any = None
        self._charts: Any = None  # (timeline ChartSlot, capability ChartSlot), made on first show

        self.back_button = QPushButton(self.tr("◀ All members"))
        self.back_button.setObjectName("backToMembers")
        self.back_button.setToolTip(self.tr("Back to the list of members (Esc)"))
        self.back_button.setShortcut("Esc")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title_label = label("", "viewTitle")
        self.title_label.setObjectName("memberTitle")  # the view's own title stays "Members"
        self.subtitle_label = label("", "viewSubtitle")
        self.subtitle_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.export_button = QPushButton(self.tr("Export this member's workbook…"))
        self.export_button.setObjectName("exportMember")
        self.export_button.setToolTip(self.tr("Write an Excel workbook with this member's pledges "
                                              "and deliveries (the same workbook as File ▸ Export "
                                              "to Excel)"))
        self.export_button.clicked.connect(self._ask_export)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.back_button)
        top.addSpacing(6)
        top.addWidget(self.title_label)
        top.addSpacing(10)
        top.addWidget(self.subtitle_label, 1)
        top.addWidget(self.export_button)

        self.cards: dict[str, Card] = {}
        figures = QHBoxLayout()
        figures.setSpacing(8)
        for key, title, note in FIGURES:
            card = self.cards[key] = Card(key, card_text("MemberPageView", title),
                                          card_text("MemberPageView", note))
            _compact(card)
            figures.addWidget(card, 1)

        self.timeline_panel, self.timeline_slot = _panel(
            self.tr("Deliveries by month: planned vs delivered (EUR)"))
        self.capability_panel, self.capability_slot = _panel(self.tr("Capability mix (pledged EUR)"))
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.timeline_panel)
        charts.addWidget(self.capability_panel)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        charts.setSizes([640, 520])

        self.pledges_model = MemberPledgesModel(self)
        self.pledges_table = _table("memberPledges", self.pledges_model, sortable=True)
        self.pledges_table.sortByColumn(SHOWN.index("Announced"), Qt.SortOrder.DescendingOrder)
        self.fund_model = TextTableModel(tuple(card_text("MemberPageView", h) for h in FUND_HEADERS),
                                         self, right_aligned=range(1, 8))
        self.fund_table = _table("memberFunds", self.fund_model)
        for column, width in enumerate((230, 50, 80, 130, 130, 130, 130, 130)):
            self.fund_table.horizontalHeader().resizeSection(column, width)
        self.paid_for_model = MemberPledgesModel(self)
        self.delivered_by_model = MemberPledgesModel(self)
        self.paid_for_table = _table("memberPaidFor", self.paid_for_model, sortable=True)
        self.delivered_by_table = _table("memberDeliveredBy", self.delivered_by_model,
                                         sortable=True)
        for table in (self.pledges_table, self.paid_for_table, self.delivered_by_table):
            for column, width in enumerate(self.pledges_model.column_widths()):
                table.horizontalHeader().resizeSection(column, width)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("memberTabs")
        self.tabs.addTab(self.pledges_table, self.tr("Pledges"))
        self.tabs.addTab(self.fund_table, self.tr("Fund position"))
        self.tabs.addTab(self.paid_for_table, self.tr("Paid for, delivered by others"))
        self.tabs.addTab(self.delivered_by_table, self.tr("Delivered for others, paid by them"))
        self.tabs.setTabToolTip(0, self.tr("Its own pledges and those it pays that another member "
                                           "delivers (the Donor column says who delivers)"))
        self.tabs.setTabToolTip(3, self.tr("Pledges it delivers that other members pay: counted "
                                           "to the payers, not in this member's totals"))

        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("memberBody")
        body.addWidget(charts)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([320, 300])  # ten bars need ~25 px each, or QtCharts elides their names
        body.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(body, 1)

    # ------------------------------------------------------------------ showing
    def show_loading(self, name: str) -> None:
        self.page = None
        self.title_label.setText(name)
        self.subtitle_label.setText(self.tr("Loading…"))
        self.export_button.setEnabled(False)

    def show_error(self, message: str) -> None:
        self.subtitle_label.setText(self.tr("Could not load the member: {message}").format(
            message=message))

    def show_page(self, page: Any) -> None:
        """Show a services.members.MemberPage."""
        self.page = page
        row = page.row
        self.title_label.setText(row.name)
        self.subtitle_label.setText(self._subtitle(row))
        self.export_button.setEnabled(True)
        self._show_figures(row)
        self.pledges_model.set_rows(page.pledges)
        self.tabs.setTabText(0, self.tr("Pledges ({n})").format(n=f"{len(page.pledges):,}"))
        self.fund_model.set_rows([self._fund_texts(p) for p in page.fund_positions])
        self.tabs.setTabText(1, self.tr("Fund position ({n})").format(n=len(page.fund_positions)))
        self.paid_for_model.set_rows(page.paid_for)
        self.delivered_by_model.set_rows(page.delivered_for_others)
        self.tabs.setTabText(2, self.tr("Paid for, delivered by others ({n})").format(
            n=f"{len(page.paid_for):,}"))
        self.tabs.setTabText(3, self.tr("Delivered for others, paid by them ({n})").format(
            n=f"{len(page.delivered_for_others):,}"))
        self._show_charts(page)

    def clear(self) -> None:
        self.page = None
        for model in (self.fund_model, self.paid_for_model, self.delivered_by_model):
            model.set_rows([])
        self.pledges_model.set_rows([])

    def _subtitle(self, row: Any) -> str:
        gdp = (self.tr("GDP USD {amount}bn").format(amount=localized(f"{row.gdp_usd_bn:,.1f}"))
               if row.gdp_usd_bn is not None else self.tr("no GDP figure"))
        return f"{row.iso3} · {kind_label(row.kind)} · {gdp}"

    def _show_figures(self, row: Any) -> None:
        c = self.cards
        c["pledged"].set_figure(eur_short(row.pledged_eur), tip=eur_full(row.pledged_eur, symbol=True))
        c["delivered"].set_figure(eur_short(row.delivered_eur),
                                  tip=eur_full(row.delivered_eur, symbol=True))
        c["rate"].set_figure(percent_text(row.delivery_rate))
        c["on_time"].set_figure(percent_text(row.on_time_rate))
        aid = row.aid_pct_gdp
        c["aid_gdp"].set_figure(DASH if aid is None else localized(f"{aid:,.3f} %"),
                                note=self.tr("pledged ÷ GDP") if aid is not None
                                else self.tr("no GDP figure"))
        c["open"].set_figure(f"{row.open_pledges:,}")
        c["paid_for"].set_figure(eur_short(row.paid_for_eur), tip=eur_full(row.paid_for_eur, symbol=True))
        c["delivered_by"].set_figure(eur_short(row.delivered_by_eur),
                                     tip=eur_full(row.delivered_by_eur, symbol=True))

    def _show_charts(self, page: Any) -> None:
        from .member_charts import ChartSlot, capability_chart, timeline_chart  # QtCharts

        if self._charts is None:
            self._charts = (
                ChartSlot(self.timeline_slot, "memberTimeline",
                          self.tr("No deliveries with dates yet.")),
                ChartSlot(self.capability_slot, "memberCapabilities", self.tr("No pledges yet.")),
            )
        timeline, capabilities = self._charts
        timeline.show(timeline_chart(page.deliveries_by_month))
        capabilities.show(capability_chart(page.capability_mix))

    def _fund_texts(self, p: Any) -> tuple[str, ...]:
        """One fund position (services.funds.FundPosition, the fund's current year) as texts."""
        share = DASH if p.share_pct is None else localized(f"{p.share_pct:,.2f} %")
        flag = p.flag or (self.tr("below its share") if p.below else self.tr("share met"))
        return (p.fund_name, str(p.year), share, eur_full(p.fair_share) or DASH,
                eur_full(p.pledged), eur_full(p.allocated), eur_full(p.delivered),
                eur_full(p.gap) or DASH, flag)

    def _ask_export(self) -> None:
        if self.page is not None:
            self.export_requested.emit(self.page.row.iso3, self.page.row.name)


def _panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A titled panel and the layout its content goes into, filled once the data is there."""
    panel, slot, _heading = titled_panel(title, min_height=200)
    return panel, slot


def _compact(card: Card) -> None:
    """Eight figures in a row: a smaller value font than the dashboard's cards."""
    font = QFont(card.value_label.font())
    font.setPointSizeF(14)
    card.value_label.setFont(font)
    card.layout().setContentsMargins(10, 6, 10, 6)
    for text in (card.title_label, card.note_label):
        # Eight in a row must not widen the window: a long title or note is cut, never the
        # figure (the title's tooltip is whole).
        text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    card.title_label.setToolTip(card.title_label.text().capitalize())


def _table(name: str, model: Any, *, sortable: bool = False) -> QTableView:
    table = read_only_table(name, model, sortable=sortable)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table
