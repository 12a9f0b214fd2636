"""Add or change one exchange rate: ISO currency, date, units per 1 EUR, source.

When editing, the currency and date (the rate's key) are fixed; to move a rate, add one at
the new date and delete the old. The rate must be a decimal number above 0.

Saving can take seconds (every pledge in the currency is re-valued), so it is asynchronous:
`submit(currency, date, units, source)` starts the work and the caller later calls `saved`
(the dialog closes; `revalued` says how many pledges were re-valued) or `refused` (the
message is shown in the dialog, which stays open; nothing was stored).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.money import EUR, ISO_4217, ExchangeRate, to_decimal
from .. import appearance
from ..date_fields import display_format, from_qdate, to_qdate
from ..formatting import date_text

Submit = Callable[[str, date, Decimal, str], None]  # answered by saved() or refused()


class RateError(DomainError):
    """The typed rate is refused (the dialog puts the cursor back in the field)."""


class RateEditDialog(QDialog):
    def __init__(self, submit: Submit, *, rate: ExchangeRate | None = None,
                 known: Mapping[tuple[str, date], Decimal] | None = None,
                 used_currencies: Sequence[str] = (), today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateEditDialog")
        self.submit = submit
        self.rate = rate
        self.known = dict(known or {})
        self.revalued: int | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Edit exchange rate") if rate else self.tr("Add exchange rate"))
        self.setMinimumWidth(420)

        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("currencyCombo")
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        used = sorted(set(used_currencies) - {EUR})
        for code in used:
            self.currency_combo.addItem(code, code)
        if used:
            self.currency_combo.insertSeparator(len(used))
        for code in sorted(ISO_4217 - {EUR} - set(used)):
            self.currency_combo.addItem(code, code)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("rateDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(display_format())
        self.rate_edit = QLineEdit()
        self.rate_edit.setObjectName("rateEdit")
        self.rate_edit.setPlaceholderText(self.tr("units of the currency per 1 EUR, e.g. 1.0813"))
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("sourceEdit")
        self.source_edit.setPlaceholderText(self.tr("e.g. ECB reference rate"))

        form = QFormLayout()
        form.addRow(self.tr("&Currency"), self.currency_combo)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Units per EUR"), self.rate_edit)
        form.addRow(self.tr("&Source"), self.source_edit)

        self.hint_label = appearance.label("", "viewSubtitle", wrap=True)
        self.hint_label.setObjectName("hintLabel")
        self.error_label = appearance.label("", "footer", wrap=True)
        self.error_label.setObjectName("errorLabel")
        appearance.set_text_color(self.error_label, appearance.ALERT)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(appearance.label(
            self.tr("A rate is units of the currency per 1 EUR (ECB convention). Pledges are "
                    "valued with the latest rate on or before their valuation date."),
            "viewSubtitle", wrap=True))
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if rate is not None:
            self.currency_combo.setCurrentIndex(self.currency_combo.findData(rate.currency))
            self.date_edit.setDate(to_qdate(rate.on_date))
            self.rate_edit.setText(format(rate.units_per_eur.normalize(), "f"))
            self.source_edit.setText(rate.source)
            self.currency_combo.setEnabled(False)
            self.date_edit.setEnabled(False)
        else:
            self.date_edit.setDate(to_qdate(today or date.today()))
        self.currency_combo.currentIndexChanged.connect(self._show_hint)
        self.date_edit.dateChanged.connect(self._show_hint)
        self._show_hint()

    def currency(self) -> str:
        return str(self.currency_combo.currentData() or "")

    def on_date(self) -> date:
        return from_qdate(self.date_edit.date())

    def units(self) -> Decimal:
        """The typed rate; raises DomainError with a message for the user."""
        text = self.rate_edit.text().strip()
        if not text:
            raise RateError(self.tr("rate: enter the units of the currency per 1 EUR"))
        try:
            value = to_decimal(text, "rate")
        except DomainError as exc:
            raise RateError(str(exc)) from exc
        if value <= 0:
            raise RateError(self.tr("rate: {typed} must be above 0").format(typed=text))
        return value

    def select_currency(self, code: str) -> None:
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(code))

    def save(self) -> None:
        try:
            units = self.units()
        except DomainError as exc:
            self.refused(str(exc), rate=isinstance(exc, RateError))
            return
        self._set_busy(True)
        self.submit(self.currency(), self.on_date(), units, self.source_edit.text().strip())

    def saved(self, revalued: int) -> None:
        """The rate is stored: close."""
        self._set_busy(False)
        self.revalued = revalued
        self.accept()

    def refused(self, message: str, *, rate: bool = False) -> None:
        """Nothing was stored: say why and stay open (`rate`, or a service message about it,
        selects the rate field)."""
        self._set_busy(False)
        text = message.strip()
        self.error_label.setText(text[:1].upper() + text[1:])
        self.error_label.show()
        if rate or text.startswith("rate"):
            self.rate_edit.setFocus()
            self.rate_edit.selectAll()

    def reject(self) -> None:
        if not self.busy:  # the result of a running save must find the dialog
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        if busy:
            self.error_label.hide()
            self.hint_label.setText(self.tr("Saving… pledges in this currency are being re-valued."))
            self.hint_label.show()
        else:
            self._show_hint()

    def _show_hint(self, *_args: object) -> None:
        if self.rate is not None:
            self.hint_label.setText("")
            return
        existing = self.known.get((self.currency(), self.on_date()))
        self.hint_label.setText(
            "" if existing is None else
            self.tr("{currency} already has a rate on {day} ({rate}); saving replaces it.").format(
                currency=self.currency(), day=date_text(self.on_date()),
                rate=format(existing.normalize(), "f")))
        self.hint_label.setVisible(existing is not None)

