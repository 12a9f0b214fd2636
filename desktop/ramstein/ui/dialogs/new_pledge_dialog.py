"""A new pledge: donor, capability, item, quantity, unit, value, currency, date and channel.

The dialog checks what it can (known donor and capability, numbers, an item), then hands a
`PledgeDraft` to `submit`, which creates it as one undoable step and returns an error message
or None. The dialog stays open on an error, with the message shown, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Channel
from ...domain.errors import DomainError
from ...services.matching import capability_resolver, member_resolver
from ...services.pledges import PledgeDraft
from ..appearance import ALERT, set_text_color
from ..delegates import (
    SearchCombo,
    capability_items,
    channel_combo,
    currency_combo,
    date_edit,
    donor_items,
    parse_decimal,
    pick,
)

if TYPE_CHECKING:
    from ...services import Workspace

Submit = Callable[[PledgeDraft], str | None]  # None when created, else the reason it was not


class NewPledgeDialog(QDialog):
    def __init__(self, ws: Workspace, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.submit = submit
        self.setObjectName("newPledgeDialog")
        self.setWindowTitle(self.tr("New pledge"))
        self.setMinimumWidth(480)

        self.donor = SearchCombo(donor_items(ws))
        self.donor.setCurrentIndex(-1)
        self.donor.lineEdit().setPlaceholderText(self.tr("Type part of a name or a code (DEU)"))
        self.capability = SearchCombo(capability_items(ws))
        self.capability.setCurrentIndex(-1)
        self.capability.lineEdit().setPlaceholderText(self.tr("Type part of a name"))
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("What is pledged, e.g. IRIS-T SLM fire unit"))
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(self.tr("e.g. 4"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. fire units"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 1250000.00 (point for decimals)"))
        self.currency = currency_combo()
        self.announced = date_edit()
        self.announced.setDate(QDate(ws.today()))
        self.channel = channel_combo()
        for name, widget in (("donor", self.donor), ("capability", self.capability),
                             ("item", self.item), ("quantity", self.quantity), ("unit", self.unit),
                             ("value", self.value), ("currency", self.currency),
                             ("announced", self.announced), ("channel", self.channel)):
            widget.setObjectName(f"new_{name}")

        form = QFormLayout()
        form.addRow(self.tr("&Donor"), self.donor)
        form.addRow(self.tr("&Capability"), self.capability)
        form.addRow(self.tr("&Item"), self.item)
        form.addRow(self.tr("&Quantity"), self.quantity)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("Curre&ncy"), self.currency)
        form.addRow(self.tr("&Announced"), self.announced)
        form.addRow(self.tr("C&hannel"), self.channel)

        self.error_label = QLabel("")
        self.error_label.setObjectName("newPledgeError")
        self.error_label.setWordWrap(True)
        set_text_color(self.error_label, ALERT)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create pledge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def draft(self) -> PledgeDraft:
        """The draft the fields describe; DomainError naming the first wrong field."""
        ws = self.ws
        donor = pick(self.donor.currentText().strip(), member_resolver(ws.reference.members),
                     donor_items(ws), self.tr("Donor"))
        capability = pick(self.capability.currentText().strip(),
                          capability_resolver(ws.reference.capabilities),
                          capability_items(ws), self.tr("Capability"))
        item = self.item.text().strip()
        if not item:
            raise DomainError(self.tr("Item: describe what is pledged"))
        announced: date = self.announced.date().toPython()  # type: ignore[assignment]
        return PledgeDraft(
            donor_id=donor, capability_id=capability, item=item,
            channel=Channel(self.channel.currentData()),
            quantity=parse_decimal(self.quantity.text(), self.tr("Quantity")),
            unit=self.unit.text().strip(),
            value_amount=parse_decimal(self.value.text(), self.tr("Value")),
            currency=self.currency.currentData(), announced_on=announced,
        )

    def accept(self) -> None:
        try:
            draft = self.draft()
        except DomainError as exc:
            self.error_label.setText(str(exc))
            return
        error = self.submit(draft)
        if error:
            self.error_label.setText(error)
            return
        super().accept()
