"""Members: every participant's pledged and delivered EUR, delivery and on-time rates, aid as
a share of GDP, open pledges, and what it paid for others or delivered for them; a chart of the
top donors and one of the capabilities. Double-click a member for its page.

The rows come from `ws.members.rows()` (services/members.py), loaded on the worker; totals
count every euro once, to the payer (the double-count guard is the service's). The kind
buttons filter through MembersProxy; the charts follow what is shown, and the capability
chart follows the selected members (all shown members when none is selected).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import MemberKind
from ...domain.filters import PledgeFilter
from ..appearance import label, titled_panel
from ..formatting import eur_short
from ..models.members_model import COLUMNS, PLEDGED, MembersModel, MembersProxy, kind_label
from ..plural import plural
from ..widget_helpers import read_only_table
from .base_view import WorkspaceView
from .member_page import MemberPageView

if TYPE_CHECKING:
    from ...services import Workspace
    from ..workers import TaskRunner

# Button texts, translated where the buttons are made
KIND_BUTTONS: tuple[tuple[MemberKind, str], ...] = (
    (MemberKind.NATO, QT_TRANSLATE_NOOP("MembersView", "NATO allies")),
    (MemberKind.EU_NON_NATO, QT_TRANSLATE_NOOP("MembersView", "EU, non-NATO")),
    (MemberKind.PARTNER, QT_TRANSLATE_NOOP("MembersView", "Partners")),
    (MemberKind.ORGANISATION, QT_TRANSLATE_NOOP("MembersView", "Organisations")),
)


@dataclass(frozen=True)
class MembersData:
    rows: list[Any]  # services.members.MemberRow
    # Pledged EUR by capability name, per member code (cancelled pledges left out).
    capabilities: dict[str, dict[str, Decimal]]


class MembersView(WorkspaceView):
    title = QT_TRANSLATE_NOOP("MembersView", "Members")
    message = Signal(str)  # for the window's status bar
    export_requested = Signal(object, object)  # path, PledgeFilter: the window exports
    page_ready = Signal()  # a member page's data is on screen

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("members")
        self.data: MembersData | None = None
        self.file_dialog: QFileDialog | None = None  # the latest (tests fill it in)
        self._charts: Any = None  # (donors ChartSlot, capabilities ChartSlot)
        self._page_generation = 0
        self._page_member: int | None = None

        self.model = MembersModel(self)
        self.proxy = MembersProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self.table = _members_table(self.proxy)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)  # Enter as well as a double-click
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_capabilities())
        self.proxy.layoutChanged.connect(self._show_charts)
        self.proxy.rowsInserted.connect(self._show_charts)
        self.proxy.rowsRemoved.connect(self._show_charts)
        self.proxy.modelReset.connect(self._show_charts)

        self.page_view = MemberPageView()
        self.page_view.back_requested.connect(self.show_list)
        self.page_view.export_requested.connect(self.choose_export)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self.page_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.pages)

    # ------------------------------------------------------------------ layout
    def _list_page(self) -> QWidget:
        page = QWidget()
        self.kind_buttons: dict[str, QToolButton] = {}
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(label(self.tr("Members"), "viewTitle"))
        top.addSpacing(12)
        self.all_button = _toggle(self.tr("All"), "kind_all", self.tr("Show every member"))
        self.all_button.setChecked(True)
        self.all_button.clicked.connect(lambda: self.set_kinds(()))
        top.addWidget(self.all_button)
        for kind, text in KIND_BUTTONS:
            button = _toggle(QCoreApplication.translate("MembersView", text), f"kind_{kind.value}",
                             self.tr("Show only: {kind}").format(kind=kind_label(kind.value)))
            button.clicked.connect(lambda _c=False: self.set_kinds(self._checked_kinds()))
            self.kind_buttons[kind.value] = button
            top.addWidget(button)
        top.addSpacing(12)
        self.totals_label = label("", "viewSubtitle")
        self.totals_label.setObjectName("membersTotals")
        self.totals_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.totals_label, 1)

        self.donors_panel, self.donors_slot, _ = _panel(self.tr("Top 10 donors shown (EUR)"))
        self.capability_panel, self.capability_slot, self.capability_title = _panel(
            self.tr("By capability: all members shown (pledged EUR)"))
        # Charts under the table: the table needs the width for its twelve columns.
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.donors_panel)
        charts.addWidget(self.capability_panel)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("membersSplit")
        split.addWidget(self.table)
        split.addWidget(charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([370, 370])  # ten bars need ~25 px each, or QtCharts elides their names
        split.setChildrenCollapsible(False)

        hint = label(self.tr("Click a header to sort · double-click a member (or Enter) for its "
                             "page · totals count each euro once, to the member that paid"),
                     "viewSubtitle")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addWidget(hint)
        return page

    # ------------------------------------------------------------------ loading
    def is_interested(self, change: Any) -> bool:
        return getattr(change, "entity", "all") in (
            "pledge", "delivery", "member", "rate", "fund", "all")

    def load(self, ws: Workspace) -> MembersData:
        rows = ws.members.rows()
        # One GROUP BY (not the 100k pledge rows again: -78 MB at 100k pledges, issue 10).
        return MembersData(rows, ws.members.capability_totals())

    def apply(self, data: MembersData) -> None:
        self.data = data
        selected = self.selected_member_ids()
        self.model.set_rows(data.rows)
        self._select(selected)
        self._show_totals()
        self._show_charts()
        if self.pages.currentWidget() is self.page_view and self._page_member is not None:
            self.open_member(self._page_member)  # the page follows the data as well

    def clear(self) -> None:
        self.data = None
        self.model.set_rows([])
        self.page_view.clear()
        self.totals_label.setText("")
        self.show_list()

    def show_error(self, message: str) -> None:
        self.totals_label.setText(self.tr("Could not load the members: {message}").format(
            message=message))

    # ------------------------------------------------------------------ filter and selection
    def set_kinds(self, kinds: Sequence[str]) -> None:
        kinds = tuple(str(k) for k in kinds)
        for value, button in self.kind_buttons.items():
            button.setChecked(value in kinds)
        self.all_button.setChecked(not kinds)
        self.proxy.set_kinds(kinds)
        self._show_totals()
        self._show_charts()

    def _checked_kinds(self) -> list[str]:
        return [value for value, button in self.kind_buttons.items() if button.isChecked()]

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> None:
        self.table.sortByColumn(column, order)

    def shown_rows(self) -> list[Any]:
        return self.proxy.shown_rows()

    def selected_member_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(i, Qt.ItemDataRole.UserRole) for i in rows]

    def _select(self, member_ids: Sequence[int]) -> None:
        wanted = set(member_ids)
        if not wanted:
            return
        selection = self.table.selectionModel()
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) in wanted:
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def _show_totals(self) -> None:
        rows = self.shown_rows()
        pledged = sum((r.pledged_eur for r in rows), Decimal(0))
        delivered = sum((r.delivered_eur for r in rows), Decimal(0))
        total = self.model.rowCount()
        shown = len(rows)
        count = (plural(self.tr("%Ln member(s)", "", shown), shown) if shown == total
                 else plural(self.tr("{shown} of %Ln member(s)", "", total), total).format(
                     shown=f"{shown:,}"))
        self.totals_label.setText(self.tr("{count} · pledged {pledged} · delivered {delivered}").format(
            count=count, pledged=eur_short(pledged), delivered=eur_short(delivered)))

    # ------------------------------------------------------------------ charts
    def _chart_slots(self) -> Any:
        if self._charts is None:
            from .member_charts import ChartSlot  # QtCharts: only once there is data

            self._charts = (ChartSlot(self.donors_slot, "membersDonorsChart",
                                      self.tr("No pledges yet.")),
                            ChartSlot(self.capability_slot, "membersCapabilityChart",
                                      self.tr("No pledges yet.")))
        return self._charts

    def _show_charts(self) -> None:
        if self.data is None:
            return
        from .member_charts import top_donors_chart

        self._chart_slots()[0].show(top_donors_chart(self.shown_rows()))
        self._show_capabilities()

    def _show_capabilities(self) -> None:
        if self.data is None:
            return
        from .member_charts import capability_chart

        selected = set(self.selected_member_ids())
        rows = [r for r in self.shown_rows() if not selected or r.member_id in selected]
        mix: dict[str, Decimal] = {}
        for r in rows:
            for cap, eur in self.data.capabilities.get(r.iso3, {}).items():
                mix[cap] = mix.get(cap, Decimal(0)) + eur
        if not selected:
            whom = self.tr("all members shown")
        elif len(rows) == 1:
            whom = rows[0].name
        else:
            whom = self.tr("{n} selected members").format(n=len(rows))
        self.capability_title.setText(
            self.tr("By capability: {whom} (pledged EUR, by the deliverer)").format(whom=whom))
        self._chart_slots()[1].show(capability_chart(sorted(mix.items())))

    # ------------------------------------------------------------------ member page
    def _activated(self, index: QModelIndex) -> None:
        member_id = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if member_id is not None:
            self.open_member(member_id)

    def open_member(self, member_id: int) -> None:
        """Show the member's page; its data loads on the worker."""
        ws = self.ws
        if ws is None:
            return
        row = next((r for r in self.model.rows() if r.member_id == member_id), None)
        if self._page_member != member_id or self.page_view.page is None:
            self.page_view.show_loading(row.name if row is not None else self.tr("Member"))
        self._page_member = member_id
        self.pages.setCurrentWidget(self.page_view)
        self._page_generation += 1
        generation = self._page_generation
        self.runner.submit(
            f"member page {member_id}", ws.members.page, member_id,
            on_result=lambda page: self._page_loaded(generation, page),
            on_error=lambda exc: self._page_failed(generation, exc))

    def _page_loaded(self, generation: int, page: Any) -> None:
        if generation == self._page_generation and self.ws is not None:
            self.page_view.show_page(page)
            self.page_ready.emit()

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._page_generation:
            self.page_view.show_error(str(exc) or type(exc).__name__)

    def show_list(self) -> None:
        self._page_member = None
        self._page_generation += 1
        self.pages.setCurrentIndex(0)
        self.table.setFocus()

    def showing_member(self) -> int | None:
        """The member whose page is shown, None on the list."""
        return self._page_member if self.pages.currentWidget() is self.page_view else None

    # ------------------------------------------------------------------ export
    def choose_export(self, code: str, name: str) -> None:
        """Export this member's workbook…: where to, then the window writes it."""
        from ..dialogs.export_dialogs import xlsx_file_dialog

        start = str(self.ws.path.parent) if self.ws is not None else str(Path.home())
        dialog = xlsx_file_dialog(self, self.tr("Export {name}'s workbook").format(name=name), start,
                                  f"member-{code}.xlsx", save=True)
        dialog.fileSelected.connect(lambda text: self.export_to(Path(text), code))
        dialog.open()
        self.file_dialog = dialog

    def export_to(self, path: Path, code: str) -> None:
        self.export_requested.emit(path, PledgeFilter(donors=frozenset({code})))

    # ------------------------------------------------------------------ screenshot
    def prepare_screenshot(self) -> None:
        """Sorted by pledged EUR, largest first, for the picture."""
        self.sort_by(PLEDGED)

    def is_current(self) -> bool:
        return True


def _members_table(model: MembersProxy) -> QTableView:
    table = read_only_table("membersTable", model, sortable=True, many=True)
    table.sortByColumn(PLEDGED, Qt.SortOrder.DescendingOrder)
    header = table.horizontalHeader()
    header.setSortIndicatorShown(True)
    for column, spec in enumerate(COLUMNS):
        header.resizeSection(column, spec[4])
    return table


def _toggle(text: str, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setCheckable(True)
    return button


def _panel(title: str) -> tuple[QFrame, QVBoxLayout, Any]:
    panel, slot, heading = titled_panel(title, min_height=200)
    heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return panel, slot, heading
