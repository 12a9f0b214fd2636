"""Charts of the Members view, the member page and the Fund view (QtCharts).

This module imports QtCharts, so the views import it only when their data is on its way
(never on the path to the window's first paint). Money arrives as Decimal and becomes a float
only as a chart coordinate, after scaling to the axis unit (EUR bn, m or k).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QCursor, QPen
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from ..formatting import eur_scale, eur_short
from .dashboard_charts import (
    DELIVERED_COLOR,
    PLEDGED_COLOR,
    _chart,
    _chart_view,
    _clear_layout,
    _empty_label,
    _month_lines_chart,
    _month_series,
    _replace_chart,
    _short_name,
    _style_axis,
    _value_axis,
)

PLANNED_COLOR = QColor("#8c959f")
FAIR_COLOR = QColor("#bf8700")
CAPABILITY_COLOR = QColor("#8250df")
TOP_CAPABILITIES = 10


class ChartSlot:
    """One chart view with its "nothing to show" label, placed into a panel's layout."""

    def __init__(self, slot: QVBoxLayout, name: str, empty_text: str) -> None:
        self.view: QChartView = _chart_view(name)
        self.empty: QLabel = _empty_label(empty_text)
        _clear_layout(slot)
        slot.addWidget(self.view, 1)
        slot.addWidget(self.empty, 1)

    def show(self, chart: QChart | None) -> None:
        _replace_chart(self.view, chart)
        self.view.setVisible(chart is not None)
        self.empty.setVisible(chart is None)

    def widget(self) -> QWidget:
        return self.view


# ---------------------------------------------------------------------------- members
def top_donors_chart(rows: Sequence[Any], count: int = 10) -> QChart | None:
    """Pledged and delivered EUR of the `count` largest donors among `rows` (MemberRow)."""
    top = sorted((r for r in rows if r.pledged_eur or r.delivered_eur),
                 key=lambda r: (-r.pledged_eur, r.name))[:count]
    if not top:
        return None
    ordered = list(reversed(top))  # a horizontal bar chart draws the first category lowest
    return _horizontal_bars(
        [_short_name(r.name) for r in ordered],
        [(QCoreApplication.translate("MemberCharts", "Pledged"), PLEDGED_COLOR, [r.pledged_eur for r in ordered]),
         (QCoreApplication.translate("MemberCharts", "Delivered"), DELIVERED_COLOR, [r.delivered_eur for r in ordered])])


def capability_chart(mix: Sequence[tuple[str, Decimal]], title: str = "") -> QChart | None:
    """EUR by capability, largest first; beyond the first ten the rest is one "Other" bar."""
    items = sorted(((name, eur) for name, eur in mix if eur), key=lambda t: (-t[1], t[0]))
    if not items:
        return None
    if len(items) > TOP_CAPABILITIES:
        rest = sum((eur for _n, eur in items[TOP_CAPABILITIES - 1:]), Decimal(0))
        others = QCoreApplication.translate("MemberCharts", "{n} others").format(n=len(items) - TOP_CAPABILITIES + 1)
        items = [*items[:TOP_CAPABILITIES - 1], (others, rest)]
    ordered = list(reversed(items))
    return _horizontal_bars([_short_name(n) for n, _e in ordered],
                            [(title or QCoreApplication.translate("MemberCharts", "Pledged"), CAPABILITY_COLOR, [e for _n, e in ordered])],
                            legend=False)


def timeline_chart(months: Sequence[tuple[str, Decimal, Decimal]]) -> QChart | None:
    """Per month: EUR planned to arrive and EUR delivered (a member's deliveries).

    Lines over a date axis: years of months as bars would leave each bar a few pixels and
    no room for a single month label.
    """
    if not any(p or d for _m, p, d in months):
        return None
    largest = max(max(p, d) for _m, p, d in months)
    divisor, unit = eur_scale(largest)
    planned, delivered = _month_series(months, divisor)
    planned.setName(QCoreApplication.translate("MemberCharts", "Planned"))
    delivered.setName(QCoreApplication.translate("MemberCharts", "Delivered"))
    planned.setPen(QPen(PLANNED_COLOR, 2, Qt.PenStyle.DashLine))
    delivered.setPen(QPen(DELIVERED_COLOR, 2.5))
    return _month_lines_chart((planned, delivered), len(months), largest, divisor, unit)


# ---------------------------------------------------------------------------- fund
def fund_chart(positions: Sequence[Any]) -> QChart | None:
    """Fair share against pledged and allocated (what counts), per participant (FundPosition
    rows, largest share first)."""
    rows = [p for p in positions if p.fair_share or p.pledged]
    if not rows:
        return None
    rows.sort(key=lambda p: (-(p.fair_share or Decimal(0)), p.iso3))
    return _vertical_bars(
        [p.iso3 for p in rows],
        [(QCoreApplication.translate("MemberCharts", "Fair share"), FAIR_COLOR, [p.fair_share or Decimal(0) for p in rows]),
         (QCoreApplication.translate("MemberCharts", "Pledged"), PLEDGED_COLOR, [p.pledged for p in rows]),
         (QCoreApplication.translate("MemberCharts", "Allocated (counts)"), DELIVERED_COLOR, [p.allocated for p in rows])],
        tips=[p.name for p in rows])


# ---------------------------------------------------------------------------- building blocks
Sets = Sequence[tuple[str, QColor, Sequence[Decimal]]]


def _bar_sets(sets: Sets, divisor: Decimal) -> list[QBarSet]:
    made = []
    for name, color, values in sets:
        bar = QBarSet(name)
        bar.setColor(color)
        bar.setBorderColor(color)
        for value in values:
            bar.append(float(value / divisor))
        made.append(bar)
    return made


def _largest(sets: Sets) -> Decimal:
    return max((max(values, default=Decimal(0)) for _n, _c, values in sets), default=Decimal(0))


def _horizontal_bars(names: Sequence[str], sets: Sets, *, legend: bool = True) -> QChart:
    largest = _largest(sets)
    divisor, unit = eur_scale(largest)
    series = QHorizontalBarSeries()
    for bar in _bar_sets(sets, divisor):
        series.append(bar)
    series.setBarWidth(0.8)
    _hover_tips(series, list(names), sets)
    chart = _chart()
    chart.addSeries(series)
    chart.legend().setVisible(legend)
    categories = QBarCategoryAxis()
    categories.append(list(names))
    _style_axis(categories)
    values = _value_axis(largest, divisor, unit)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart


def _vertical_bars(names: Sequence[str], sets: Sets, *, tips: Sequence[str]) -> QChart:
    largest = _largest(sets)
    divisor, unit = eur_scale(largest)
    series = QBarSeries()
    for bar in _bar_sets(sets, divisor):
        series.append(bar)
    series.setBarWidth(0.8)
    _hover_tips(series, list(tips), sets)
    chart = _chart()
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(names))
    _style_axis(categories)
    categories.setGridLineVisible(False)
    values = _value_axis(largest, divisor, unit)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart


def _hover_tips(series: QBarSeries | QHorizontalBarSeries, names: list[str], sets: Sets) -> None:
    """Hovering a bar tells its exact-ish value: "Germany · Pledged €12.3bn"."""
    values = {name: list(vals) for name, _c, vals in sets}

    def tip(status: bool, index: int, bar: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        column = values.get(bar.label(), [])
        if 0 <= index < len(column) and index < len(names):
            QToolTip.showText(QCursor.pos(), f"{names[index]} · {bar.label()} {eur_short(column[index])}")

    series.hovered.connect(tip)
