"""Edit a fund's terms: amount and currency, yearly or total, years, GDP year, counting rules.

The dialog edits a copy of the fund (services.funds.FundSpec) and hands back the changed copy
(`edited()`); the Fund view saves it as one undoable step. The participants are ticked in a
list (NATO allies by default, partners can join); exemptions are toggled in the Fund view's
table (the Exempt column), where their effect shows at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Channel, FundPeriod, MemberKind, PledgeStatus
from ..enum_text import enum_options, enum_text

CURRENCIES = ("EUR", "USD")
PERIODS = ((FundPeriod.YEARLY, QT_TRANSLATE_NOOP("FundDialog", "every year")),
           (FundPeriod.TOTAL, QT_TRANSLATE_NOOP("FundDialog", "in total, spread evenly over the years")))


class FundDialog(QDialog):
    def __init__(self, spec: Any, parent: QWidget | None = None, *,
                 members: Sequence[Any] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("fundDialog")
        self.setWindowTitle(self.tr("Edit fund — {name}").format(name=spec.name))
        self.spec = spec
        self.name_edit = QLineEdit(spec.name)
        self.name_edit.setObjectName("fundName")
        self.amount_edit = QLineEdit(format(Decimal(spec.amount).normalize(), "f"))
        self.amount_edit.setObjectName("fundAmount")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 40000000000 (point for decimals)"))
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(list(CURRENCIES))
        if spec.currency not in CURRENCIES:
            self.currency_combo.addItem(spec.currency)
        self.currency_combo.setCurrentText(spec.currency)
        self.period_combo = QComboBox()
        for period, text in PERIODS:
            self.period_combo.addItem(QCoreApplication.translate("FundDialog", text), period.value)
        self.period_combo.setCurrentIndex(
            max(0, self.period_combo.findData(FundPeriod(spec.period).value)))
        self.first_year = _year_box(spec.first_year, "fundFirstYear")
        self.last_year = _year_box(spec.last_year, "fundLastYear")
        self.gdp_year = _year_box(spec.gdp_year, "fundGdpYear")
        self.gdp_year.setToolTip(self.tr("The year of the GDP figures the shares are computed from"))

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Amount"), self.amount_edit)
        form.addRow(self.tr("Currency"), self.currency_combo)
        form.addRow(self.tr("Due"), self.period_combo)
        form.addRow(self.tr("First year"), self.first_year)
        form.addRow(self.tr("Last year"), self.last_year)
        form.addRow(self.tr("GDP year"), self.gdp_year)

        self.channel_boxes = _checks(enum_options(Channel), spec.counted_channels)
        self.status_boxes = _checks(enum_options(PledgeStatus), spec.counted_statuses)
        channels = _group(self.tr("Channels that count"), self.channel_boxes)
        statuses = _group(self.tr("Pledge states that count towards the share (allocated)"),
                          self.status_boxes)

        self.members = list(members)  # domain Member records; none: participants not editable
        self.participants_model = QStandardItemModel(self)
        participants = self._participants_group(spec) if self.members else None

        self.error_label = QLabel("")
        self.error_label.setObjectName("fundError")
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(channels)
        layout.addWidget(statuses)
        if participants is not None:
            layout.addWidget(participants)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._edited: Any = None

    def _participants_group(self, spec: Any) -> QGroupBox:
        order = {MemberKind.NATO: 0, MemberKind.EU_NON_NATO: 1, MemberKind.PARTNER: 2,
                 MemberKind.ORGANISATION: 3}
        chosen = set(spec.participants)
        for member in sorted(self.members, key=lambda m: (order.get(m.kind, 9), m.name)):
            item = QStandardItem(f"{member.name} ({member.code}) · {enum_text(member.kind)}")
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if member.id in chosen
                               else Qt.CheckState.Unchecked)
            item.setData(member.id, Qt.ItemDataRole.UserRole)
            self.participants_model.appendRow(item)
        view = self.participants_view = QListView()
        view.setObjectName("fundParticipants")
        view.setModel(self.participants_model)
        view.setMinimumHeight(160)
        group = QGroupBox(self.tr("Participants (the shares are split among those not exempt)"))
        grid = QGridLayout(group)
        grid.addWidget(view, 0, 0, 1, 3)
        choices = ((self.tr("NATO allies"), {MemberKind.NATO}),
                   (self.tr("All members"), set(MemberKind)), (self.tr("None"), set()))
        for col, (text, kinds) in enumerate(choices):
            button = QPushButton(text)
            button.setObjectName(f"participants_{col}")
            button.clicked.connect(lambda _c=False, k=kinds: self.tick_participants(k))
            grid.addWidget(button, 1, col)
        return group

    def tick_participants(self, kinds: set[MemberKind]) -> None:
        """Tick exactly the members of these kinds."""
        kind_of = {m.id: m.kind for m in self.members}
        model = self.participants_model
        for row in range(model.rowCount()):
            item = model.item(row)
            member_id = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if kind_of.get(member_id) in kinds
                               else Qt.CheckState.Unchecked)

    def ticked_participants(self) -> frozenset[int]:
        model = self.participants_model
        return frozenset(model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())
                         if model.item(r).checkState() == Qt.CheckState.Checked)

    def edited(self) -> Any:
        """The changed FundSpec (after OK), None when nothing was accepted."""
        return self._edited

    def _accept(self) -> None:
        try:
            self._edited = self._read()
        except ValueError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()

    def _read(self) -> Any:
        text = self.amount_edit.text().strip().replace(",", "").replace(" ", "").replace("_", "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(self.tr("Amount: {typed} is not a number").format(
                typed=repr(self.amount_edit.text()))) from None
        if not amount.is_finite() or amount <= 0:
            raise ValueError(self.tr("Amount: must be above zero"))
        first, last = self.first_year.value(), self.last_year.value()
        if last < first:
            raise ValueError(self.tr("Last year: {last} is before the first year {first}").format(
                last=last, first=first))
        name = self.name_edit.text().strip()
        if not name:
            raise ValueError(self.tr("Name: a fund needs a name"))
        channels = frozenset(Channel(v) for v, box in self.channel_boxes if box.isChecked())
        statuses = frozenset(PledgeStatus(v) for v, box in self.status_boxes if box.isChecked())
        if not channels:
            raise ValueError(self.tr("Channels: tick at least one channel that counts"))
        if not statuses:
            raise ValueError(self.tr("States: tick at least one pledge state that counts"))
        participants, exempt = frozenset(self.spec.participants), frozenset(self.spec.exempt)
        if self.members:
            participants = self.ticked_participants()
            exempt = exempt & participants  # a member that left is no longer exempt either
            if not participants - exempt:
                raise ValueError(self.tr("Participants: tick at least one member that is not exempt"))
        return dataclasses.replace(
            self.spec, name=name, amount=amount, currency=self.currency_combo.currentText(),
            period=FundPeriod(self.period_combo.currentData()), first_year=first, last_year=last,
            gdp_year=self.gdp_year.value(), counted_channels=channels, counted_statuses=statuses,
            participants=participants, exempt=exempt)


def _year_box(value: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(1990, 2100)
    box.setValue(int(value))
    return box


def _checks(options: list[tuple[str, str]], ticked: Any) -> list[tuple[str, QCheckBox]]:
    values = {str(v) for v in ticked}
    boxes = []
    for value, text in options:
        box = QCheckBox(text)
        box.setObjectName(f"count_{value}")
        box.setChecked(value in values)
        boxes.append((value, box))
    return boxes


def _group(title: str, boxes: list[tuple[str, QCheckBox]]) -> QGroupBox:
    group = QGroupBox(title)
    grid = QGridLayout(group)
    for i, (_value, box) in enumerate(boxes):
        grid.addWidget(box, i // 2, i % 2)
    return group
