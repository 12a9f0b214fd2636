"""The calendar's small dialogs: move deliveries to a date (with a reason), mark delivered on.

Both are opened with open() (never exec()), so the event loop and tests keep running; the
caller connects `accepted` and reads `day()`, `reason()` and `delayed()`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..date_fields import display_format, from_qdate, to_qdate


class MoveDialog(QDialog):
    """Reschedule: the new planned date, an optional reason, and "mark as delayed".

    A reason is optional for a plain move, required when the deliveries are marked delayed
    (the service keeps it as the delay reason, shown in the agenda and the audit log).
    """

    def __init__(self, what: str, day: date, parent: QWidget | None = None, *,
                 later: bool = False, date_editable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Reschedule delivery"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(what)
        text.setObjectName("moveText")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date_edit = QDateEdit(to_qdate(day))
        self.date_edit.setObjectName("moveDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(display_format())
        self.date_edit.setEnabled(date_editable)
        form.addRow(self.tr("New planned date:"), self.date_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("moveReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. rail transfer at Rzeszow postponed"))
        form.addRow(self.tr("Reason:"), self.reason_edit)
        layout.addLayout(form)
        self.delayed_box = QCheckBox(self.tr("Mark as delayed (the reason is then required)"))
        self.delayed_box.setObjectName("moveDelayed")
        self.delayed_box.setChecked(later)
        layout.addWidget(self.delayed_box)
        self.hint = QLabel(self.tr("The move is one undo step and is kept in the audit log."))
        self.hint.setObjectName("moveHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._check)
        self.delayed_box.toggled.connect(self._check)
        self._check()
        self.reason_edit.setFocus()

    def day(self) -> date:
        return from_qdate(self.date_edit.date())

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def delayed(self) -> bool:
        return self.delayed_box.isChecked()

    def _check(self) -> None:
        ok = bool(self.reason()) or not self.delayed()
        self.ok_button.setEnabled(ok)
        self.ok_button.setToolTip("" if ok else self.tr("Say why the delivery is late"))

    def accept(self) -> None:
        if self.reason() or not self.delayed():
            super().accept()


class DeliveredDialog(QDialog):
    """Mark delivered: the actual date (today unless told otherwise)."""

    def __init__(self, what: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveredDialog")
        self.setWindowTitle(self.tr("Mark delivered"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = QLabel(what)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date_edit = QDateEdit(to_qdate(today))
        self.date_edit.setObjectName("deliveredDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(display_format())
        self.date_edit.setMaximumDate(to_qdate(today))  # a delivery cannot arrive tomorrow
        form.addRow(self.tr("Delivered on:"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark delivered"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def day(self) -> date:
        return from_qdate(self.date_edit.date())
