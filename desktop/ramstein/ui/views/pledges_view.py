"""Pledges: the big table, a free-text filter and the count and EUR total of what is shown."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..appearance import label
from ..formatting import eur_full
from ..models.pledges_model import COLUMNS, PledgeRows, PledgesModel
from .base_view import WorkspaceView

if TYPE_CHECKING:
    from ...services import Workspace
    from ..workers import TaskRunner

FILTER_DELAY_MS = 120
ROW_HEIGHT = 24



class PledgesView(WorkspaceView):
    title = "Pledges"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("pledges")
        self.model = PledgesModel(self)
        self.model.shown_changed.connect(self._show_counts)

        title = label("Pledges", "viewTitle")
        self.subtitle_label = label("", "viewSubtitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("pledgeFilter")
        self.filter_edit.setPlaceholderText(
            "Filter: reference, donor, capability, item, status, channel"
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(400)
        self.filter_edit.setAccessibleName("Filter pledges")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.subtitle_label, 1)
        top.addWidget(self.filter_edit)

        self.shown_label = label("", "footer")
        self.shown_label.setObjectName("shownLabel")
        self.shown_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = _table(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shown_label)

    # ------------------------------------------------------------------ loading
    def is_interested(self, change: Any) -> bool:
        return getattr(change, "entity", "all") in ("pledge", "delivery", "member", "rate", "all")

    def load(self, ws: Workspace) -> PledgeRows:
        # Sorted on the worker in the order the table shows, so the GUI thread only swaps lists.
        return PledgeRows(ws.pledges.table_rows(), presort=self.model.sort_column())

    def apply(self, data: PledgeRows) -> None:
        self.model.set_rows(data)
        name = self.ws.path.name if self.ws is not None else ""
        self.subtitle_label.setText(name)

    def clear(self) -> None:
        self.model.set_rows(PledgeRows([], presort=None))
        self.shown_label.setText("Loading pledges…" if self.ws else "No database open")

    def show_error(self, message: str) -> None:
        self.shown_label.setText(f"Could not load the pledges: {message}")

    # ------------------------------------------------------------------ column layout
    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        header = self.table.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    # ------------------------------------------------------------------ filter
    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text())

    def _show_counts(self, shown: int, total: int, eur: Decimal) -> None:
        if shown == total:
            rows = f"{total:,} pledge{'s' if total != 1 else ''}"
        else:
            rows = f"{shown:,} of {total:,} pledges match"
        text = f"{rows} · EUR value {eur_full(eur, symbol=True)}"
        cancelled = self.model.shown_cancelled_eur()
        if cancelled:
            text += f" (of which cancelled {eur_full(cancelled, symbol=True)})"
        self.shown_label.setText(text)


def _table(model: PledgesModel) -> QTableView:
    table = QTableView()
    table.setObjectName("pledgesTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.setMinimumSectionSize(ROW_HEIGHT)
    vertical.setSectionResizeMode(vertical.ResizeMode.Fixed)  # uniform rows: no per-row sizing
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    header.setSectionsMovable(True)  # planners put the columns they need first
    for column, spec in enumerate(COLUMNS):
        header.resizeSection(column, spec.width)
    return table
