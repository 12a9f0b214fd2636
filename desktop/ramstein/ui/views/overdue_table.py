"""The dashboard's overdue-deliveries table (created when its rows first arrive)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from ..models.overdue_model import OverdueModel
from ..widget_helpers import read_only_table

# Planned, Days late, Donor, Pledge, Item, Quantity, EUR; the hub takes the rest.
COLUMN_WIDTHS = (92, 74, 130, 116, 250, 120, 124)


def overdue_table(model: OverdueModel) -> QTableView:
    table = read_only_table("overdueTable", model)
    header = table.horizontalHeader()
    for column, width in enumerate(COLUMN_WIDTHS):
        header.resizeSection(column, width)
    header.setSectionResizeMode(len(COLUMN_WIDTHS), QHeaderView.ResizeMode.Stretch)
    return table
