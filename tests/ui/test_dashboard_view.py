"""Dashboard: the cards show the service's figures; the overdue table reads right."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ramstein.ui.main_window import MainWindow
from ramstein.ui.models.overdue_model import OverdueModel


def _short(amount: Decimal) -> str:
    # Written out independently of ramstein.ui.formatting: "€1,234.5m" style.
    for size, suffix in ((10**9, "bn"), (10**6, "m"), (10**3, "k")):
        if amount >= size:
            return f"€{amount / size:,.1f}{suffix}"
    return f"€{amount:,.0f}"


def test_cards_show_the_summary_figures(demo_window: MainWindow) -> None:
    summary = demo_window.ws.summaries.summary()
    dashboard = demo_window.ws.summaries.dashboard()
    shown = demo_window.dashboard.figure_texts()

    assert shown["pledged"] == _short(summary.pledged_eur)
    assert shown["delivered"] == _short(summary.delivered_eur)
    rate = summary.delivered_eur / summary.pledged_eur * 100
    assert shown["rate"] == f"{rate:.1f} %"
    assert shown["pledges"] == f"{summary.pledges:,}"
    assert shown["deliveries"] == f"{summary.deliveries:,}"
    assert shown["overdue"] == f"{dashboard.overdue_count:,}"
    assert dashboard.overdue_count > 0  # the demo has late deliveries, so the card is alerted
    assert demo_window.dashboard.cards.cards["overdue"].is_alert()


def test_overdue_table_lists_the_longest_overdue_first(demo_window: MainWindow) -> None:
    table = demo_window.dashboard.overdue_table
    model = table.model()
    data = demo_window.ws.summaries.dashboard()
    assert model.rowCount() == len(data.overdue)
    headers = [model.headerData(c, table.horizontalHeader().orientation()) for c in range(model.columnCount())]
    assert headers == ["Planned", "Days late", "Donor", "Pledge", "Item", "Quantity", "EUR", "Hub"]
    first = data.overdue[0]
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[0] == first[1].isoformat()
    assert cells[1] == f"{first[2]:,}"
    assert cells[2] == first[4]
    assert cells[3] == first[5]
    assert cells[6] == f"{first[9]:,.2f}"
    days = [int(model.index(r, 1).data().replace(",", "")) for r in range(model.rowCount())]
    assert days == sorted(days, reverse=True)
    title = demo_window.dashboard.overdue_title.text()
    assert title.startswith(f"Overdue deliveries: {data.overdue_count:,}")


def test_charts_are_built_after_the_figures(demo_window: MainWindow) -> None:
    charts = demo_window.dashboard._charts
    assert charts is not None
    monthly = charts.monthly_view.chart()
    assert [s.name() for s in monthly.series()] == ["Pledged (cumulative)", "Delivered (cumulative)"]
    donors = charts.donors_view.chart()
    axis = donors.axes()[0]
    top = demo_window.ws.summaries.summary().by_donor[:10]
    assert list(reversed(axis.categories())) == [d.name for d in top]


def test_overdue_model_passes_qtmodeltester(qtmodeltester: Any, demo_ws: Any) -> None:
    model = OverdueModel()
    model.set_rows(demo_ws.summaries.dashboard().overdue)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
