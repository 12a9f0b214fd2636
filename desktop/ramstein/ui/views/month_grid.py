"""The calendar's month grid: six Monday-first weeks painted in one widget (no item widgets).

Each day shows its number, how many deliveries are due and their EUR value ("7 · €12.4m"),
up to three donor codes, a bar of the statuses in their colours, and a red badge when some
are overdue. Today is outlined, the selected day filled, days of the other months dimmed.

`paint_month()` does the drawing for the widget and for the PDF print (calendar_print.py);
sizes are given at 96 dpi and scaled to the device, fonts are in points.

Keys: arrows move the selected day, Page Up/Down a month, Home goes to today. Agenda rows
(AGENDA_MIME) dropped on a day ask to be rescheduled there (`dropped`).
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...domain.enums import DeliveryStatus
from ..enum_text import enum_text
from ..formatting import count_text, eur_short
from ..models.agenda_model import AGENDA_MIME, read_deliveries_mime
from ..plural import plural

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QDragEnterEvent,
        QDragLeaveEvent,
        QDragMoveEvent,
        QDropEvent,
        QFocusEvent,
        QKeyEvent,
        QMouseEvent,
        QPaintEvent,
    )

    from ...services.calendar import DayCell

WEEKS = 6
HEADER_PX = 24
STATUS_COLORS: dict[DeliveryStatus, str] = {
    DeliveryStatus.PLANNED: "#1f6feb",
    DeliveryStatus.IN_TRANSIT: "#8250df",
    DeliveryStatus.DELAYED: "#bf8700",
    DeliveryStatus.DELIVERED: "#2da44e",
    DeliveryStatus.CANCELLED: "#afb8c1",
}
STATUS_ORDER = (DeliveryStatus.DELIVERED, DeliveryStatus.IN_TRANSIT, DeliveryStatus.PLANNED,
                DeliveryStatus.DELAYED, DeliveryStatus.CANCELLED)
INK = "#1f2328"
MUTED = "#6e7781"
DIM = "#a8b1bb"
LINE = "#d0d7de"
OVERDUE = "#cf222e"
TODAY = "#0969da"
SELECTED_FILL = "#ddf4ff"
OTHER_MONTH_FILL = "#f6f8fa"
WEEKEND_FILL = "#fbfcfd"
DROP_FILL = "#cae8ff"


def eur_compact(amount: Decimal) -> str:
    """€418m, €14.2m, €1.2bn: at most three digits, to fit a day of the grid."""
    text = eur_short(amount)
    head, dot, tail = text.partition(".")
    if dot and len(head.lstrip("-€").replace(",", "")) >= 3:
        return head + tail.lstrip("0123456789")
    return text


def grid_start(year: int, month: int) -> date:
    """The Monday on or before the first of the month: the grid's top-left day."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


def grid_days(year: int, month: int) -> list[date]:
    start = grid_start(year, month)
    return [start + timedelta(days=i) for i in range(WEEKS * 7)]


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def month_title(year: int, month: int) -> str:
    """'November 2026' in the language shown (the nominative: 'листопад 2026')."""
    name = QLocale().standaloneMonthName(month)
    return f"{name[:1].upper()}{name[1:]} {year}"


def weekday_names() -> list[str]:
    """Mon … Sun, short, in the language shown."""
    locale = QLocale()
    return [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]


def long_day(day: date) -> str:
    """'Friday 20 November 2026' in the language shown (the month in the genitive)."""
    locale = QLocale()
    return QCoreApplication.translate("MonthGrid", "{weekday} {day} {month} {year}").format(
        weekday=locale.dayName(day.isoweekday()), day=day.day,
        month=locale.monthName(day.month), year=day.year)


def _font(base: QFont, points: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class MonthLook:
    """The fonts and pixel sizes of one paint, scaled to the device's resolution."""

    def __init__(self, painter: QPainter, base: QFont, cell_height: float) -> None:
        device = painter.device()
        self.scale = max(1.0, device.logicalDpiY() / 96) if device is not None else 1.0
        self.roomy = cell_height >= 84 * self.scale
        points = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        self.number = _font(base, points, bold=True)
        self.figures = _font(base, points * (1.0 if self.roomy else 0.92), bold=True)
        self.small = _font(base, points * 0.85)
        self.badge = _font(base, points * 0.8, bold=True)
        self.header = _font(base, points * 0.9, bold=True)

    def px(self, value: float) -> float:
        return value * self.scale


def paint_month(painter: QPainter, rect: QRectF, year: int, month: int,
                cells: Mapping[date, DayCell], *, today: date, selected: date | None = None,
                drop_day: date | None = None, base_font: QFont | None = None,
                focused: bool = False) -> None:
    """Paint the weekday header and the six weeks of `year-month` into `rect`."""
    base = base_font or painter.font()
    header_h = HEADER_PX * (max(1.0, painter.device().logicalDpiY() / 96)
                            if painter.device() is not None else 1.0)
    cell_w = rect.width() / 7
    cell_h = (rect.height() - header_h) / WEEKS
    look = MonthLook(painter, base, cell_h)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(look.header)
    for column, name in enumerate(weekday_names()):
        box = QRectF(rect.left() + column * cell_w, rect.top(), cell_w, header_h)
        painter.setPen(QColor(MUTED))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
    for i, day in enumerate(grid_days(year, month)):
        week, column = divmod(i, 7)
        box = QRectF(rect.left() + column * cell_w, rect.top() + header_h + week * cell_h,
                     cell_w, cell_h)
        _paint_day(painter, look, box, day, cells.get(day), in_month=day.month == month,
                   today=day == today, selected=day == selected, drop=day == drop_day,
                   focused=focused)
    painter.setPen(QPen(QColor(LINE), look.px(1)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(rect.left(), rect.top() + header_h, rect.width(),
                            rect.height() - header_h))
    painter.restore()


def _paint_day(painter: QPainter, look: MonthLook, box: QRectF, day: date, cell: DayCell | None,
               *, in_month: bool, today: bool, selected: bool, drop: bool,
               focused: bool) -> None:
    px = look.px
    fill = (DROP_FILL if drop else SELECTED_FILL if selected
            else OTHER_MONTH_FILL if not in_month else WEEKEND_FILL if day.weekday() >= 5
            else "#ffffff")
    painter.fillRect(box, QColor(fill))
    painter.setPen(QPen(QColor(LINE), px(1)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    pad = px(5)
    inner = box.adjusted(pad, px(3), -pad, -px(3))
    count = cell.count if cell is not None else 0
    overdue = cell.overdue if cell is not None else 0

    # The day number; today's sits in a blue disc.
    painter.setFont(look.number)
    metrics = QFontMetrics(look.number, painter.device())
    number = str(day.day)
    if today:
        size = max(metrics.height(), metrics.horizontalAdvance("28")) + px(4)
        disc = QRectF(inner.left() - px(2), inner.top(), size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TODAY))
        painter.drawEllipse(disc)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, number)
        line_top = disc.bottom() + px(2)
    else:
        painter.setPen(QColor(INK if in_month else DIM))
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, number)
        line_top = inner.top() + metrics.height() + px(1)

    if overdue:
        # The badge must leave the day number readable: where the words do not fit beside it
        # (a narrow day, a longer language), the count alone.
        room = inner.width() - metrics.horizontalAdvance("28") - px(8)
        badge = QCoreApplication.translate("MonthGrid", "{n} late").format(n=f"{overdue:,}")
        if _badge_width(look, painter, badge) > room:
            badge = f"{overdue:,}"
        _paint_badge(painter, look, inner, badge)
        # A red edge on the left: overdue days stand out even in a print without colour.
        painter.fillRect(QRectF(box.left(), box.top(), px(4), box.height()), QColor(OVERDUE))

    if count:
        bar_h = px(6)
        text_bottom = inner.bottom() - bar_h - px(2)
        painter.setFont(look.figures)
        fig_metrics = QFontMetrics(look.figures, painter.device())
        figures = f"{count:,} · {eur_compact(cell.eur)}" if cell is not None else ""
        lines = [figures]
        if cell is not None and fig_metrics.horizontalAdvance(figures) > inner.width():
            lines = [QCoreApplication.translate("MonthGrid", "{n} due").format(n=f"{count:,}"),
                     eur_compact(cell.eur)]  # a narrow day: two lines
        painter.setPen(QColor(INK if in_month else MUTED))
        for line in lines:
            if line_top + fig_metrics.height() > text_bottom + px(1):
                break
            painter.drawText(QRectF(inner.left(), line_top, inner.width(), fig_metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fig_metrics.elidedText(line, Qt.TextElideMode.ElideRight,
                                                    int(inner.width())))
            line_top += fig_metrics.height()
        donors = tuple(cell.donors) if cell is not None else ()
        if donors:
            painter.setFont(look.small)
            small = QFontMetrics(look.small, painter.device())
            if line_top + small.height() <= text_bottom + px(1):
                text = " ".join(donors[:3]) + (" …" if len(donors) > 3 else "")
                painter.setPen(QColor(MUTED if in_month else DIM))
                painter.drawText(QRectF(inner.left(), line_top, inner.width(), small.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 small.elidedText(text, Qt.TextElideMode.ElideRight,
                                                  int(inner.width())))
        _paint_status_bar(painter, QRectF(inner.left(), inner.bottom() - bar_h, inner.width(),
                                          bar_h), cell, dimmed=not in_month)

    if today:
        painter.setPen(QPen(QColor(TODAY), px(2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(px(1), px(1), -px(1), -px(1)))
    if drop:
        pen = QPen(QColor(TODAY), px(2))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(px(2), px(2), -px(2), -px(2)))
    elif selected and focused:
        pen = QPen(QColor(INK), px(1))
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(px(3), px(3), -px(3), -px(3)))


def _badge_width(look: MonthLook, painter: QPainter, text: str) -> float:
    return QFontMetrics(look.badge, painter.device()).horizontalAdvance(text) + look.px(10)


def _paint_badge(painter: QPainter, look: MonthLook, inner: QRectF, text: str) -> None:
    painter.setFont(look.badge)
    metrics = QFontMetrics(look.badge, painter.device())
    width = _badge_width(look, painter, text)
    height = metrics.height() + look.px(2)
    badge = QRectF(inner.right() - width, inner.top(), width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(OVERDUE))
    painter.drawRoundedRect(badge, height / 2, height / 2)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


def _paint_status_bar(painter: QPainter, bar: QRectF, cell: DayCell | None, *,
                      dimmed: bool) -> None:
    if cell is None or not cell.count:
        return
    total = sum(cell.by_status.get(s, 0) for s in STATUS_ORDER) or cell.count
    painter.setPen(Qt.PenStyle.NoPen)
    left = bar.left()
    for status in STATUS_ORDER:
        n = cell.by_status.get(status, 0)
        if not n:
            continue
        width = bar.width() * n / total
        color = QColor(STATUS_COLORS[status])
        if dimmed:
            color.setAlpha(110)
        painter.fillRect(QRectF(left, bar.top(), width, bar.height()), color)
        left += width


class MonthGrid(QWidget):
    """Signals: `day_selected(date)` (click or keys; may be in another month),
    `dropped(date, list[dict])` when agenda rows are dropped on a day."""

    day_selected = Signal(object)
    day_activated = Signal(object)  # double-click or Enter: show that day only
    dropped = Signal(object, object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setAccessibleName(self.tr("Month of deliveries"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._today = today
        self._year, self._month = today.year, today.month
        self._selected: date = today
        self._cells: dict[date, DayCell] = {}
        self._drop_day: date | None = None
        self._loaded = False

    # ------------------------------------------------------------------ state
    def set_today(self, today: date) -> None:
        self._today = today
        self.update()

    def today(self) -> date:
        return self._today

    def year_month(self) -> tuple[int, int]:
        return self._year, self._month

    def set_month(self, year: int, month: int) -> None:
        if (year, month) != (self._year, self._month):
            self._year, self._month = year, month
            self._cells = {}
            self._loaded = False
            self.update()

    def set_cells(self, cells: Mapping[date, DayCell] | None) -> None:
        self._cells = dict(cells or {})
        self._loaded = cells is not None
        self.update()

    def cell(self, day: date) -> DayCell | None:
        """What the grid shows for `day` (None: no deliveries, or not loaded)."""
        return self._cells.get(day)

    def is_loaded(self) -> bool:
        return self._loaded

    def selected_day(self) -> date:
        return self._selected

    def set_selected(self, day: date) -> None:
        if day != self._selected:
            self._selected = day
            self.setAccessibleDescription(self.day_summary(day))
            self.update()

    def day_summary(self, day: date) -> str:
        """What a day's tooltip (and the screen reader) says."""
        head, cell = long_day(day), self._cells.get(day)
        if cell is None or not cell.count:
            return self.tr("{day}: no deliveries due").format(day=head)
        deliveries = plural(self.tr("%Ln delivery(ies)", "", cell.count), cell.count)
        lines = [self.tr("{day}: {deliveries} · {eur}").format(
            day=head, deliveries=deliveries, eur=eur_short(cell.eur))]
        if cell.overdue:
            lines.append(self.tr("{n} overdue (planned date passed, not delivered)").format(
                n=f"{cell.overdue:,}"))
        statuses = [f"{enum_text(s)} {count_text(cell.by_status[s])}" for s in STATUS_ORDER
                    if cell.by_status.get(s)]
        if statuses:
            lines.append(", ".join(statuses))
        if cell.donors:
            lines.append(self.tr("Donors: {codes}").format(codes=", ".join(cell.donors)))
        return "\n".join(lines)

    # ------------------------------------------------------------------ geometry
    def _grid_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(0, 0, -1, -1)

    def day_rect(self, day: date) -> QRect:
        """Where `day` is painted (an empty rect when it is not in the grid)."""
        days = grid_days(self._year, self._month)
        if day not in days:
            return QRect()
        week, column = divmod(days.index(day), 7)
        area = self._grid_rect()
        cell_w = area.width() / 7
        cell_h = (area.height() - HEADER_PX) / WEEKS
        return QRectF(area.left() + column * cell_w, area.top() + HEADER_PX + week * cell_h,
                      cell_w, cell_h).toRect()

    def day_at(self, pos: QPoint) -> date | None:
        area = self._grid_rect()
        if pos.y() < area.top() + HEADER_PX or not area.contains(pos):
            return None
        cell_w = area.width() / 7
        cell_h = (area.height() - HEADER_PX) / WEEKS
        column = min(6, int((pos.x() - area.left()) / cell_w))
        week = min(WEEKS - 1, int((pos.y() - area.top() - HEADER_PX) / cell_h))
        return grid_start(self._year, self._month) + timedelta(days=week * 7 + column)

    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(490, 380)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_month(painter, self._grid_rect(), self._year, self._month, self._cells,
                    today=self._today, selected=self._selected, drop_day=self._drop_day,
                    base_font=self.font(), focused=self.hasFocus())
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos())  # type: ignore[attr-defined]
            if day is not None:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  self.day_summary(day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # ------------------------------------------------------------------ mouse and keys
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.choose(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, day = event.key(), self._selected
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                 Qt.Key.Key_Down: 7}
        if key in steps:
            self.choose(day + timedelta(days=steps[key]))  # type: ignore[index]
        elif key == Qt.Key.Key_PageUp:
            self.choose(add_months(day, -1))
        elif key == Qt.Key.Key_PageDown:
            self.choose(add_months(day, 1))
        elif key == Qt.Key.Key_Home:
            self.choose(self._today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(day)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def choose(self, day: date) -> None:
        """Select `day` as a click would (the view follows into another month)."""
        self.set_selected(day)
        self.day_selected.emit(day)

    # ------------------------------------------------------------------ drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(AGENDA_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is None or not event.mimeData().hasFormat(AGENDA_MIME):
            self._set_drop_day(None)
            event.ignore()
            return
        self._set_drop_day(day)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_day(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        day = self.day_at(event.position().toPoint())
        self._set_drop_day(None)
        if day is None or not self.drop_on(day, event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()

    def drop_on(self, day: date, mime: Any) -> bool:
        """Take a drop of agenda rows on `day` (what dropEvent does; tests call it too)."""
        payload = read_deliveries_mime(mime)
        if not payload:
            return False
        self.dropped.emit(day, payload)
        return True

    def _set_drop_day(self, day: date | None) -> None:
        if day != self._drop_day:
            self._drop_day = day
            self.update()
