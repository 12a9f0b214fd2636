"""Print a calendar month to PDF: A4 landscape, the classification marking at top and bottom.

The grid is painted by the same `paint_month()` as the screen, so the print shows what the
planner saw: counts and EUR per day, donor codes, status bars, overdue badges, today.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from .enum_text import enum_text
from .formatting import count_text, date_text, eur_short
from .plural import plural
from .views.month_grid import STATUS_COLORS, STATUS_ORDER, month_title, paint_month

if TYPE_CHECKING:
    from ..services.calendar import MonthData

RESOLUTION_DPI = 300
MARKING_COLOR = "#b3261e"


def print_month(path: Path, data: MonthData, *, marking: str, today: date,
                filter_text: str = "", source: str = "") -> Path:
    """Write `data`'s month as a one-page PDF to `path`; returns the path."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 10, 12, 10), QPageLayout.Unit.Millimeter))
    title = _title(data)
    writer.setTitle(f"{title} ({marking})" if marking else title)
    writer.setCreator("Ramstein Planner")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: cannot write a PDF there")
    try:
        _paint_page(painter, QRectF(painter.viewport()), data, marking=marking, today=today,
                    filter_text=filter_text, source=source)
    finally:
        painter.end()
    return path


def _paint_page(painter: QPainter, page: QRectF, data: MonthData, *, marking: str,
                today: date, filter_text: str, source: str) -> None:
    dots = painter.device().logicalDpiY() / 72  # one point in device pixels
    base = QFont("Sans Serif")
    base.setPointSizeF(8.5)
    marking_font = QFont(base)
    marking_font.setPointSizeF(10)
    marking_font.setBold(True)
    line = 16 * dots
    painter.setFont(marking_font)
    painter.setPen(QColor(MARKING_COLOR))
    top = QRectF(page.left(), page.top(), page.width(), line)
    bottom = QRectF(page.left(), page.bottom() - line, page.width(), line)
    for box in (top, bottom):
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, marking or "UNCLASSIFIED")

    title_font = QFont(base)
    title_font.setPointSizeF(15)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(QColor("#1f2328"))
    y = top.bottom() + 4 * dots
    title_box = QRectF(page.left(), y, page.width(), 22 * dots)
    painter.drawText(title_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     _title(data))
    painter.setFont(base)
    painter.setPen(QColor("#57606a"))
    n = data.total_count
    totals = _counted("totals", n).format(
        n=count_text(n), eur=eur_short(data.total_eur), overdue=count_text(data.overdue_count))
    painter.drawText(title_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     totals)
    y = title_box.bottom() + 2 * dots
    sub_box = QRectF(page.left(), y, page.width(), 13 * dots)
    shown = (QCoreApplication.translate("CalendarPrint", "Filter: {filter}").format(filter=filter_text) if filter_text
             else QCoreApplication.translate("CalendarPrint", "Filter: none (all deliveries)"))
    painter.drawText(sub_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    _paint_legend(painter, sub_box, dots)

    footer = QRectF(page.left(), bottom.top() - 14 * dots, page.width(), 13 * dots)
    painter.setFont(base)
    painter.setPen(QColor("#6e7781"))
    painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     _printed(today, source))
    painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     QCoreApplication.translate("CalendarPrint",
                         "Per day: deliveries · EUR planned, top donors, status bar; red: overdue"))
    grid = QRectF(page.left(), sub_box.bottom() + 4 * dots, page.width(),
                  footer.top() - sub_box.bottom() - 8 * dots)
    paint_month(painter, grid, data.year, data.month, data.days, today=today, base_font=base)


def _paint_legend(painter: QPainter, row: QRectF, dots: float) -> None:
    entries: Sequence[tuple[str, str]] = [(STATUS_COLORS[s], enum_text(s)) for s in STATUS_ORDER]
    entries = [*entries, ("#cf222e", QCoreApplication.translate("CalendarPrint", "Overdue"))]
    metrics = painter.fontMetrics()
    x = row.right()
    painter.save()
    for color, text in reversed(entries):
        width = metrics.horizontalAdvance(text)
        x -= width
        painter.setPen(QColor("#57606a"))
        painter.drawText(QRectF(x, row.top(), width, row.height()),
                         Qt.AlignmentFlag.AlignVCenter, text)
        x -= 10 * dots
        painter.fillRect(QRectF(x, row.center().y() - 3 * dots, 8 * dots, 6 * dots),
                         QColor(color))
        x -= 14 * dots
    painter.restore()


def _title(data: MonthData) -> str:
    return QCoreApplication.translate("CalendarPrint", "Deliveries — {month}").format(
        month=month_title(data.year, data.month))


def _printed(today: date, source: str) -> str:
    """The footer's left part: when it was printed, from where, which day is outlined."""
    printed, day = date_text(date.today()), date_text(today)
    if source:
        return QCoreApplication.translate("CalendarPrint", "Printed {printed} from {source} · today is {day} (outlined)").format(
            printed=printed, source=source, day=day)
    return QCoreApplication.translate("CalendarPrint", "Printed {printed} · today is {day} (outlined)").format(
        printed=printed, day=day)


class CalendarPrint(QObject):
    """The context of the counted texts: lupdate marks a text plural (a form per count in the
    catalogue) only in a QObject's `self.tr(text, "", n)`, hence this class."""

    def counted(self, key: str, n: int) -> str:
        return {
            "totals": self.tr("{n} delivery(ies) · {eur} · {overdue} overdue", "", n),
        }[key]


def _counted(key: str, n: int) -> str:
    """The counted text `key` in its plural form for `n` (English: plural())."""
    return plural(CalendarPrint().counted(key, n), n)
