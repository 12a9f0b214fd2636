"""Planned against delivered EUR per month of the year shown, under the month grid.

Twelve pairs of bars painted in one small widget (QtCharts would cost ~0.1 s of imports for
what is a handful of rectangles): planned by planned month, delivered by the month it
arrived. The month on the grid is shaded; a click on a month goes there.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..formatting import eur_scale, eur_short

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent, QPaintEvent

PLANNED = "#1f6feb"
DELIVERED = "#2da44e"
AXIS_PX = 18
LEGEND_PX = 16


class MonthlyBarsWidget(QWidget):
    month_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyBars")
        self.setAccessibleName(self.tr("Planned and delivered EUR by month"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(130)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.values: list[tuple[str, Decimal, Decimal]] = []
        self.highlight = 0

    def sizeHint(self) -> QSize:
        return QSize(600, 130)

    def set_values(self, values: Sequence[tuple[str, Decimal, Decimal]], highlight: int) -> None:
        self.values = list(values)
        self.highlight = highlight
        self.update()

    def _slot(self, i: int) -> QRectF:
        width = self.width() / max(1, len(self.values))
        return QRectF(i * width, LEGEND_PX, width, self.height() - LEGEND_PX)

    def month_at(self, pos: QPoint) -> int | None:
        if not self.values or self.width() <= 0:
            return None
        i = int(pos.x() / (self.width() / len(self.values)))
        return int(self.values[i][0][5:7]) if 0 <= i < len(self.values) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.values:
            painter.end()
            return
        largest = max(max(p, d) for _m, p, d in self.values)
        unit = eur_scale(largest)[1] if largest else "EUR"
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(QColor("#57606a"))
        legend = self.tr("Planned ■ and delivered ■ per month ({unit})").format(unit=unit)
        painter.drawText(QRectF(0, 0, self.width(), LEGEND_PX),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, legend)
        self._legend_squares(painter, legend)
        months = QLocale()
        for i, (month, planned, delivered) in enumerate(self.values):
            slot = self._slot(i)
            number = int(month[5:7])
            if number == self.highlight:
                painter.fillRect(slot, QColor("#ddf4ff"))
            area = slot.adjusted(slot.width() * 0.15, 4, -slot.width() * 0.15, -AXIS_PX)
            bar_w = area.width() / 2
            for j, (value, color) in enumerate(((planned, PLANNED), (delivered, DELIVERED))):
                if not largest or not value:
                    continue
                height = float(value / largest) * area.height()
                painter.fillRect(QRectF(area.left() + j * bar_w, area.bottom() - height,
                                        bar_w - 1, height), QColor(color))
            font = QFont(small)
            font.setBold(number == self.highlight)
            painter.setFont(font)
            painter.setPen(QColor("#1f2328" if number == self.highlight else "#57606a"))
            painter.drawText(QRectF(slot.left(), slot.bottom() - AXIS_PX, slot.width(), AXIS_PX),
                             Qt.AlignmentFlag.AlignCenter,
                             months.standaloneMonthName(number, QLocale.FormatType.ShortFormat))
        painter.setPen(QColor("#d0d7de"))
        base = self.height() - AXIS_PX
        painter.drawLine(0, base, self.width(), base)
        painter.end()

    def _legend_squares(self, painter: QPainter, legend: str) -> None:
        # Colour the two squares of the legend text drawn just before (planned, then delivered,
        # wherever the language puts them).
        metrics = painter.fontMetrics()
        at = [i for i, char in enumerate(legend) if char == "■"][:2]
        square = metrics.horizontalAdvance("■")
        y = (LEGEND_PX - metrics.height()) / 2
        for i, color in zip(at, (PLANNED, DELIVERED), strict=False):
            x = metrics.horizontalAdvance(legend[:i])
            painter.setPen(QColor(color))
            painter.drawText(QRectF(x, y, square, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                             "■")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        month = self.month_at(event.position().toPoint())
        if month is not None and event.button() == Qt.MouseButton.LeftButton:
            self.month_clicked.emit(month)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            month = self.month_at(event.pos())  # type: ignore[attr-defined]
            found = next((v for v in self.values if month and int(v[0][5:7]) == month), None)
            if found is not None:
                name, planned, delivered = found
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  self.tr("{month}: planned {planned}, delivered {delivered}\n"
                                          "Click to show this month").format(
                                      month=name, planned=eur_short(planned),
                                      delivered=eur_short(delivered)), self)
            return True
        return super().event(event)
