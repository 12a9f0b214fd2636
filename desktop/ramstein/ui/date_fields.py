"""Date fields with a "no date" state: a QDateEdit whose lowest value reads as "any".

Qt's own idiom (specialValueText at the minimum date), plus what makes it usable: the
calendar opens on the current month instead of the sentinel's, Delete clears the field, and
`value()` speaks `datetime.date | None`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from .formatting import ISO_DATE_FORMAT, date_format

NO_DATE = QDate(1900, 1, 1)
DATE_FORMAT = ISO_DATE_FORMAT  # machine text; date editors show display_format()


def display_format() -> str:
    """The format date editors show: the locale's (dd/MM/yyyy in French), ISO in English."""
    return date_format()


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class OptionalDateEdit(QDateEdit):
    """A date or none. Signal `value_changed(object)` carries a `date` or None."""

    value_changed = Signal(object)

    def __init__(self, none_text: str | None = None, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("any") if none_text is None else none_text)
        self.setDate(NO_DATE)
        self.setToolTip(self.tr("Pick a date from the calendar; Delete clears it"))
        self.calendarWidget().installEventFilter(self)
        self.dateChanged.connect(lambda _d: self.value_changed.emit(self.value()))

    def value(self) -> date | None:
        current = self.date()
        return None if current == NO_DATE else from_qdate(current)

    def set_value(self, day: date | None) -> None:
        self.setDate(NO_DATE if day is None else to_qdate(day))

    def clear_value(self) -> None:
        self.setDate(NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.value() is None or self.lineEdit().selectedText() == self.text()
        ):
            self.clear_value()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From "any", open the calendar on this month, not on January 1900.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = self._today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)
