"""Add or edit one delivery of a pledge: quantity, dates, status, hub, delay reason, notes.

The dialog checks what it can (a quantity is a number above 0 with at most 3 decimals), then
hands the fields to `submit`, which stores them through the services. When the service
refuses, its message is shown in the dialog, which stays open; nothing is stored. On success
the service's warnings are kept in `warnings` for the caller to show. The dialog's own
messages are translated; a service's refusal is shown as the service words it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DeliveryStatus
from ...domain.errors import DomainError
from ...domain.money import to_decimal
from ...domain.records import Delivery, Hub, Pledge
from ...services.deliveries import DeliveryResult
from .. import appearance
from ..date_fields import OptionalDateEdit, display_format, from_qdate, to_qdate
from ..enum_text import enum_text
from ..formatting import decimal_text

Submit = Callable[[dict[str, Any]], DeliveryResult]
QUANTUM = Decimal("0.001")


class QuantityError(DomainError):
    """The typed quantity is refused (the dialog puts the cursor back in the field)."""


class DeliveryDialog(QDialog):
    """`delivery=None` adds a delivery; otherwise edits it (only changed fields are sent)."""

    def __init__(self, pledge: Pledge, hubs: Sequence[Hub], submit: Submit, *,
                 delivery: Delivery | None = None, suggested_quantity: Decimal | None = None,
                 context: str = "", today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryDialog")
        self.pledge = pledge
        self.delivery = delivery
        self.submit = submit
        self.warnings: tuple[str, ...] = ()
        self.stored = False
        self._today = today or date.today()
        title = self.tr("Edit delivery — {reference}") if delivery else self.tr(
            "Add delivery — {reference}")
        self.setWindowTitle(title.format(reference=pledge.reference))
        self.setMinimumWidth(460)

        heading = appearance.label(f"{pledge.reference} · {pledge.item}", "sectionTitle")
        if pledge.quantity is None:
            pledged = self.tr("Pledged: no quantity (value only)")
        else:
            pledged = self.tr("Pledged {quantity} {unit}").format(
                quantity=decimal_text(pledge.quantity), unit=pledge.unit).strip()
        context_label = appearance.label(" · ".join(t for t in (pledged, context) if t),
                                         "viewSubtitle", wrap=True)

        self.quantity_edit = QLineEdit()
        self.quantity_edit.setObjectName("quantityEdit")
        self.quantity_edit.setPlaceholderText(self.tr("e.g. 4 or 2.5"))
        self.quantity_edit.setAccessibleName(self.tr("Quantity"))

        self.planned_edit = QDateEdit()
        self.planned_edit.setObjectName("plannedEdit")
        self.planned_edit.setCalendarPopup(True)
        self.planned_edit.setDisplayFormat(display_format())
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        for status in DeliveryStatus:
            self.status_combo.addItem(enum_text(status), status.value)
        self.actual_edit = OptionalDateEdit(self.tr("not yet"), today=lambda: self._today)
        self.actual_edit.setObjectName("actualEdit")
        self.hub_combo = QComboBox()
        self.hub_combo.setObjectName("hubCombo")
        self.hub_combo.addItem(self.tr("— no hub —"), None)
        for hub in hubs:
            self.hub_combo.addItem(hub.name, hub.id)
        self.delay_edit = QLineEdit()
        self.delay_edit.setObjectName("delayEdit")
        self.delay_edit.setPlaceholderText(self.tr("Why it moved or is late (optional)"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)

        form = QFormLayout()
        form.addRow(self.tr("&Quantity ({unit})").format(unit=pledge.unit) if pledge.unit
                    else self.tr("&Quantity"), self.quantity_edit)
        form.addRow(self.tr("&Planned"), self.planned_edit)
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow(self.tr("&Delivered on"), self.actual_edit)
        form.addRow(self.tr("&Hub"), self.hub_combo)
        form.addRow(self.tr("Delay &reason"), self.delay_edit)
        form.addRow(self.tr("&Notes"), self.notes_edit)

        self.error_label = appearance.label("", "footer", wrap=True)
        self.error_label.setObjectName("errorLabel")
        appearance.set_text_color(self.error_label, appearance.ALERT)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(context_label)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self._fill(delivery, suggested_quantity)

    # ------------------------------------------------------------------ values
    def _fill(self, d: Delivery | None, suggested: Decimal | None) -> None:
        if d is None:
            if suggested is not None and suggested > 0:
                self.quantity_edit.setText(format(suggested.normalize(), "f"))
            self.planned_edit.setDate(to_qdate(self._today))
            self.status_combo.setCurrentIndex(0)
        else:
            self.quantity_edit.setText(
                "" if d.quantity is None else format(d.quantity.normalize(), "f"))
            if d.planned_on:
                self.planned_edit.setDate(to_qdate(d.planned_on))
            self.status_combo.setCurrentIndex(self.status_combo.findData(d.status.value))
            self.actual_edit.set_value(d.actual_on)
            self.hub_combo.setCurrentIndex(max(0, self.hub_combo.findData(d.hub_id)))
            self.delay_edit.setText(d.delay_reason)
            self.notes_edit.setPlainText(d.notes)
        self._status_changed()

    def status(self) -> DeliveryStatus:
        return DeliveryStatus(self.status_combo.currentData())

    def _status_changed(self, _index: int = 0) -> None:
        delivered = self.status() is DeliveryStatus.DELIVERED
        self.actual_edit.setEnabled(delivered)
        if delivered and self.actual_edit.value() is None:
            self.actual_edit.set_value(self._today)

    def quantity(self) -> Decimal | None:
        """The typed quantity; raises DomainError with a message for the user."""
        text = self.quantity_edit.text().strip()
        if not text:
            if self.pledge.quantity is None:
                return None
            raise QuantityError(self.tr("quantity: enter how many are delivered (in {unit})")
                                .format(unit=self.pledge.unit or self.tr("units")))
        try:
            value = to_decimal(text, "quantity")
        except DomainError as exc:
            raise QuantityError(str(exc)) from exc
        if value <= 0:
            raise QuantityError(self.tr("quantity: {typed} must be above 0").format(typed=text))
        if value != value.quantize(QUANTUM):
            raise QuantityError(self.tr("quantity: at most 3 decimal places"))
        return value

    def fields(self) -> dict[str, Any]:
        """Every field as the services take it (raises DomainError on a bad quantity)."""
        delivered = self.status() is DeliveryStatus.DELIVERED
        return {
            "quantity": self.quantity(),
            "planned_on": from_qdate(self.planned_edit.date()),
            "status": self.status(),
            "actual_on": self.actual_edit.value() if delivered else None,
            "hub_id": self.hub_combo.currentData(),
            "delay_reason": self.delay_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the delivery edited (all of them when adding)."""
        fields = self.fields()
        if self.delivery is None:
            return fields
        d = self.delivery
        if d.status is not DeliveryStatus.DELIVERED and fields["actual_on"] is None:
            fields["actual_on"] = d.actual_on  # an actual date kept from before is not cleared
        return {k: v for k, v in fields.items() if getattr(d, k) != v}

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        try:
            changes = self.changes()
            if changes or self.delivery is None:
                result = self.submit(changes)
                self.warnings = result.warnings
                self.stored = True
        except DomainError as exc:
            self.show_error(str(exc), quantity=isinstance(exc, QuantityError))
            return
        self.accept()

    def show_error(self, message: str, *, quantity: bool = False) -> None:
        """Show a refusal; `quantity` (or a service message about it) selects that field."""
        self.error_label.setText(_sentence(message))
        self.error_label.show()
        if quantity or message.startswith("quantity"):
            self.quantity_edit.setFocus()
            self.quantity_edit.selectAll()


def _sentence(message: str) -> str:
    text = message.strip()
    return (text[:1].upper() + text[1:]) if text else text
