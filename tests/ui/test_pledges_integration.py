"""The Pledges view as assembled in the main window: shared filter bar, detail pane, rates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel

from ramstein.domain.enums import PledgeStatus
from ramstein.domain.filters import PledgeFilter
from ramstein.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 20_000


def _open_pledges(qtbot: Any, window: MainWindow) -> Any:
    window.show_view("pledges")
    view = window.views["pledges"]
    qtbot.waitUntil(view.is_ready, timeout=LOAD_TIMEOUT_MS)
    return view


def test_filter_bar_sits_above_the_table_and_filters_it(qtbot: Any, demo_window: MainWindow,
                                                         demo_ws: Any) -> None:
    view = _open_pledges(qtbot, demo_window)
    bar = demo_window.filter_bar
    assert bar is not None and bar.isVisible()
    assert not view.filter_edit.isVisible()  # one free-text box, the bar's
    germany = PledgeFilter(donors=frozenset({"DEU"}), statuses=frozenset({PledgeStatus.DELIVERED}))
    bar.set_filter(germany)
    expected = [r for r in demo_ws.pledges.table_rows() if r[2] == "DEU" and r[12] == "delivered"]
    qtbot.waitUntil(lambda: view.model.shown_count() == len(expected), timeout=5_000)
    assert view.shown_label.text().startswith(f"{len(expected):,} of ")
    assert all(view.model.row_tuple(i)[2] == "DEU" for i in range(view.model.rowCount()))
    bar.clear()
    qtbot.waitUntil(lambda: view.model.shown_count() == len(demo_ws.pledges.table_rows()),
                    timeout=5_000)


def test_selecting_a_pledge_shows_its_deliveries_and_history(qtbot: Any, demo_window: MainWindow,
                                                             demo_ws: Any) -> None:
    view = _open_pledges(qtbot, demo_window)
    detail = demo_window.pledge_detail
    assert detail is not None and detail.isVisible()
    row = 3
    pledge_id = view.model.pledge_id(row)
    view.table.selectionModel().setCurrentIndex(
        view.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.waitUntil(lambda: detail.pledge_id() == pledge_id, timeout=5_000)
    pledge = demo_ws.pledges.get(pledge_id)
    qtbot.waitUntil(lambda: pledge.reference in detail.reference_label.text(), timeout=5_000)
    deliveries = demo_ws.deliveries.of_pledge(pledge_id)
    qtbot.waitUntil(lambda: detail.deliveries_model.rowCount() == len(deliveries), timeout=5_000)


def test_exchange_rates_is_in_the_tools_menu(demo_window: MainWindow) -> None:
    action = demo_window.named_actions["exchange_rates"]
    tools = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&Tools")
    assert action in tools.actions()
    assert action.text() == "Exchange &rates…"
