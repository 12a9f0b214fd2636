"""Pledges table: filter, sort, counts and totals as a planner sees them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from ramstein.domain.enums import PledgeStatus
from ramstein.domain.filters import PledgeFilter
from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.pledges_model import FETCH_CHUNK, PledgeRows, PledgesModel

LOAD_TIMEOUT_MS = 20_000

EUR_COLUMN = 8


@pytest.fixture
def pledges_view(qtbot: Any, demo_window: MainWindow) -> Any:
    demo_window.show_view("pledges")
    view = demo_window.views["pledges"]
    qtbot.waitUntil(view.is_ready, timeout=LOAD_TIMEOUT_MS)
    return view


def _column_texts(view: Any, column: int) -> list[str]:
    model = view.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _eur(text: str) -> Decimal:
    return Decimal(text.replace(",", "")) if text else Decimal(0)


def test_table_shows_all_pledges_with_their_total(pledges_view: Any, demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()
    total = sum((Decimal(r[10] or 0) for r in rows), Decimal(0)) / 100
    assert pledges_view.model.shown_count() == len(rows)
    assert pledges_view.shown_label.text().startswith(f"{len(rows):,} pledges · EUR value €{total:,.2f}")
    headers = [pledges_view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(14)]
    assert headers == ["Reference", "Donor", "Capability", "Item", "Quantity", "Unit", "Value",
                       "Currency", "EUR value", "Announced", "Status", "Channel", "Delivered EUR",
                       "Delivered %"]
    references = _column_texts(pledges_view, 0)
    assert references == sorted(references, key=str.casefold)


def test_typing_in_the_filter_narrows_rows_and_total(
    qtbot: Any, pledges_view: Any, demo_ws: Any
) -> None:
    rows = demo_ws.pledges.table_rows()
    expected = [r for r in rows if "deu" in r[2].lower() or "deu" in r[1].lower()
                or "deu" in r[3].lower() or "deu" in r[5].lower()]
    assert 0 < len(expected) < len(rows)
    qtbot.mouseClick(pledges_view.filter_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pledges_view.filter_edit, "DEU")
    qtbot.waitUntil(lambda: pledges_view.model.filter_text() == "DEU", timeout=2000)

    assert pledges_view.table.model().rowCount() == len(expected)
    assert set(_column_texts(pledges_view, 1)) == {"Germany"}
    total = sum((Decimal(r[10] or 0) for r in expected), Decimal(0)) / 100
    assert pledges_view.shown_label.text().startswith(
        f"{len(expected):,} of {len(rows):,} pledges match · EUR value €{total:,.2f}"
    )

    # Two words must both match; status labels can be searched too.
    pledges_view.filter_edit.clear()
    qtbot.keyClicks(pledges_view.filter_edit, "germany delivered")
    pledges_view.apply_filter()
    statuses = set(_column_texts(pledges_view, 10))
    assert statuses == {"Delivered"}

    pledges_view.filter_edit.clear()
    pledges_view.apply_filter()
    assert pledges_view.model.shown_count() == len(rows)


def test_clicking_the_eur_header_sorts_by_value(qtbot: Any, pledges_view: Any) -> None:
    header = pledges_view.table.horizontalHeader()
    x = header.sectionViewportPosition(EUR_COLUMN) + header.sectionSize(EUR_COLUMN) // 2
    assert 0 < x < header.viewport().width()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    pledges_view.model.fetch_all()
    values = [_eur(t) for t in _column_texts(pledges_view, EUR_COLUMN)]
    order = header.sortIndicatorOrder()
    assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    pledges_view.model.fetch_all()
    again = [_eur(t) for t in _column_texts(pledges_view, EUR_COLUMN)]
    assert header.sortIndicatorOrder() != order
    assert again == sorted(values, reverse=order != Qt.SortOrder.DescendingOrder)


def test_pledges_model_passes_qtmodeltester(qtmodeltester: Any, demo_ws: Any) -> None:
    model = PledgesModel()
    model.set_rows(PledgeRows(demo_ws.pledges.table_rows()))
    qtmodeltester.check(model)
    model.sort(EUR_COLUMN, Qt.SortOrder.DescendingOrder)
    model.set_filter(PledgeFilter(text="artillery"))
    model.set_filter(PledgeFilter(text="artillery deliv"))
    model.set_filter(PledgeFilter(statuses=frozenset({PledgeStatus.DELIVERED})))
    model.set_filter(PledgeFilter())
    qtmodeltester.check(model)


def test_rows_arrive_in_chunks_with_many_pledges(demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()
    many = [(i, f"REF-{i:06d}", *r[2:]) for i, r in enumerate(rows * 10)]
    model = PledgesModel()
    model.set_rows(PledgeRows(many))
    assert model.rowCount() == FETCH_CHUNK < len(many)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * FETCH_CHUNK
    assert model.shown_count() == len(many)  # the count and total cover every row
