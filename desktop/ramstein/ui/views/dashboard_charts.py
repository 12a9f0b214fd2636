"""The dashboard's two charts. This module imports QtCharts, so it is imported only after
the dashboard figures are on screen (about 0.1 s of imports kept off the start-up path).

Money arrives as Decimal; it becomes a float only as a chart coordinate, after scaling to the
axis unit (EUR bn, m or k).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from ...domain.records import DonorTotals
from ..formatting import eur_scale, eur_short

PLEDGED_COLOR = QColor("#1f6feb")
DELIVERED_COLOR = QColor("#2da44e")


class DashboardCharts:
    """Owns the chart views placed into the dashboard's two panels."""

    def __init__(self, monthly_slot: QVBoxLayout, donors_slot: QVBoxLayout) -> None:
        self.monthly_view = _chart_view("monthlyChart")
        self.donors_view = _chart_view("donorsChart")
        self.monthly_empty = _empty_label(
            QCoreApplication.translate("DashboardCharts", "No pledges or deliveries with dates yet."))
        self.donors_empty = _empty_label(QCoreApplication.translate("DashboardCharts", "No pledges yet."))
        for slot, view, empty in ((monthly_slot, self.monthly_view, self.monthly_empty),
                                  (donors_slot, self.donors_view, self.donors_empty)):
            _clear_layout(slot)
            slot.addWidget(view, 1)
            slot.addWidget(empty, 1)

    def show_data(self, monthly: Sequence[tuple[str, Decimal, Decimal]],
                  top: Sequence[DonorTotals]) -> None:
        _replace_chart(self.monthly_view, monthly_chart(monthly) if monthly else None)
        self.monthly_view.setVisible(bool(monthly))
        self.monthly_empty.setVisible(not monthly)
        has_donors = any(d.pledged_eur or d.delivered_eur for d in top)
        _replace_chart(self.donors_view, donors_chart(top) if has_donors else None)
        self.donors_view.setVisible(has_donors)
        self.donors_empty.setVisible(not has_donors)

    def clear(self) -> None:
        self.show_data([], [])


def monthly_chart(monthly: Sequence[tuple[str, Decimal, Decimal]]) -> QChart:
    """Cumulative pledged and delivered EUR at the end of each month.

    Month-by-month amounts jump with every large package; the running totals show the gap
    between what was promised and what has arrived, which is what planners follow.
    """
    cumulative = list(_running_totals(monthly))
    largest = max(max(p, d) for _, p, d in cumulative)
    divisor, unit = eur_scale(largest)
    pledged, delivered = _month_series(cumulative, divisor)
    pledged.setName(QCoreApplication.translate("DashboardCharts", "Pledged (cumulative)"))
    delivered.setName(QCoreApplication.translate("DashboardCharts", "Delivered (cumulative)"))
    pledged.setPen(QPen(PLEDGED_COLOR, 2.5))
    delivered.setPen(QPen(DELIVERED_COLOR, 2.5))
    tips = {month: (p, d, cp, cd) for (month, p, d), (_m, cp, cd) in zip(monthly, cumulative, strict=True)}
    for series in (pledged, delivered):
        series.hovered.connect(lambda point, state, t=tips: _month_tip(point, state, t))

    return _month_lines_chart((pledged, delivered), len(monthly), largest, divisor, unit)


def _month_series(rows: Sequence[tuple[str, Decimal, Decimal]],
                  divisor: Decimal) -> tuple[QLineSeries, QLineSeries]:
    """Two lines over month ends ('YYYY-MM' rows of two EUR amounts), scaled by `divisor`."""
    first, second = QLineSeries(), QLineSeries()
    for month, a, b in rows:
        x = float(_month_end(month).toMSecsSinceEpoch())
        first.append(x, float(a / divisor))
        second.append(x, float(b / divisor))
    return first, second


def _month_lines_chart(lines: Sequence[QLineSeries], months: int, largest: Decimal,
                       divisor: Decimal, unit: str) -> QChart:
    """A chart of month lines: a month date axis below, an EUR axis (in `unit`) on the left."""
    chart = _chart()
    x_axis = QDateTimeAxis()
    x_axis.setFormat("MMM yyyy")
    x_axis.setTickCount(min(months, 7) if months > 1 else 2)
    _style_axis(x_axis)
    y_axis = _value_axis(largest, divisor, unit)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in lines:
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    return chart


def _value_axis(largest: Decimal, divisor: Decimal, unit: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, float(largest / divisor) or 1.0)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.1f" if axis.max() < 10 else "%.0f")
    axis.setTitleText(unit)
    _style_axis(axis)
    return axis


def _running_totals(
    monthly: Sequence[tuple[str, Decimal, Decimal]],
) -> Iterator[tuple[str, Decimal, Decimal]]:
    pledged = delivered = Decimal(0)
    for month, p, d in monthly:
        pledged += p
        delivered += d
        yield month, pledged, delivered


def _month_end(month: str) -> QDateTime:
    first = QDate(int(month[:4]), int(month[5:7]), 1)
    return QDateTime(first.addMonths(1).addDays(-1), QTime(23, 59))


def _month_tip(point: QPointF, state: bool,
               tips: dict[str, tuple[Decimal, Decimal, Decimal, Decimal]]) -> None:
    if not state:
        QToolTip.hideText()
        return
    month = QDateTime.fromMSecsSinceEpoch(round(point.x())).toString("yyyy-MM")
    values = tips.get(month)
    if values is None:
        return
    p, d, cp, cd = values
    QToolTip.showText(
        QCursor.pos(),
        QCoreApplication.translate(
            "DashboardCharts", "<b>{month}</b><br>pledged {pledged}, delivered {delivered}"
            "<br>to date: pledged {pledged_total}, delivered {delivered_total}").format(
            month=month, pledged=eur_short(p), delivered=eur_short(d),
            pledged_total=eur_short(cp), delivered_total=eur_short(cd)),
    )


def donors_chart(top: Sequence[DonorTotals]) -> QChart:
    largest = max(max(d.pledged_eur, d.delivered_eur) for d in top)
    divisor, unit = eur_scale(largest)
    ordered = list(reversed(top))  # a horizontal bar chart draws the first category lowest
    pledged = QBarSet(QCoreApplication.translate("DashboardCharts", "Pledged"))
    delivered = QBarSet(QCoreApplication.translate("DashboardCharts", "Delivered"))
    pledged.setColor(PLEDGED_COLOR)
    delivered.setColor(DELIVERED_COLOR)
    for d in ordered:
        pledged.append(float(d.pledged_eur / divisor))
        delivered.append(float(d.delivered_eur / divisor))
    series = QHorizontalBarSeries()
    series.append(pledged)
    series.append(delivered)
    series.setBarWidth(0.8)

    chart = _chart()
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([_short_name(d.name) for d in ordered])
    _style_axis(names)
    values = QValueAxis()
    values.setRange(0, float(largest / divisor) or 1.0)
    values.applyNiceNumbers()
    values.setLabelFormat("%.1f" if values.max() < 10 else "%.0f")
    values.setTitleText(unit)
    _style_axis(values)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(values)
    return chart


def _short_name(name: str) -> str:
    return name if len(name) <= 22 else name[:21] + "…"


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocale(QLocale())  # month names on the date axis follow the language shown
    chart.setBackgroundBrush(QBrush(QColor("#ffffff")))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignTop)
    font = QFont(legend.font())
    font.setPointSizeF(9)
    legend.setFont(font)
    return chart


def _style_axis(axis: QValueAxis | QDateTimeAxis | QBarCategoryAxis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(8.5)
    axis.setLabelsFont(font)
    title = QFont(font)
    title.setBold(True)
    axis.setTitleFont(title)
    axis.setGridLineColor(QColor("#e1e4e8"))


def _chart_view(name: str) -> QChartView:
    view = QChartView()
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    return view


def _replace_chart(view: QChartView, chart: QChart | None) -> None:
    old = view.chart()
    view.setChart(chart if chart is not None else QChart())
    if old is not None:
        old.deleteLater()


def _empty_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setObjectName("chartPlaceholder")
    label.hide()
    return label


def _clear_layout(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget: QWidget | None = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
