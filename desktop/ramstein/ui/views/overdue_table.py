"""The dashboard's overdue-deliveries table (created when its rows first arrive)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..models.overdue_model import OverdueModel

# Planned, Days late, Donor, Pledge, Item, Quantity, EUR; the hub takes the rest.
COLUMN_WIDTHS = (92, 74, 130, 116, 250, 120, 124)


def overdue_table(model: OverdueModel) -> QTableView:
    table = QTableView()
    table.setObjectName("overdueTable")
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in enumerate(COLUMN_WIDTHS):
        header.resizeSection(column, width)
    header.setSectionResizeMode(len(COLUMN_WIDTHS), QHeaderView.ResizeMode.Stretch)
    return table
