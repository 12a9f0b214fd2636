"""One pledge in detail: what was pledged and delivered, its deliveries, and its history.

    detail = PledgeDetail(ws, undo_stack=window_undo_stack, relay=window.relay)
    table_selection_changed.connect(lambda pid: detail.show_pledge(pid))   # or None
    detail.set_workspace(other_ws)                                         # another database

The header says what is pledged and how much of it arrived ("Delivered 7 of 10 fire units
(70 %)") and warns when deliveries add up to more than the pledge. The Deliveries tab lists
the pledge's deliveries with Add, Edit, Mark delivered and Delete; each edit goes through
`ws.deliveries` and, with an undo stack, is one undo step (see delivery_commands.py). The
History tab lists the audit trail (who changed what, old → new) and the status history.

Reads are three small queries for one pledge and run on the GUI thread. The pane refreshes
on the change relay's `data_changed` when the change concerns its pledge; while hidden it
only marks itself stale and refreshes when shown.

Signal `message(str)`: a one-line report for the status bar (what was done, undo hint).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DeliveryStatus
from ...domain.errors import DomainError, NotFound
from ...domain.money import minor_units
from ...domain.records import Delivery, Pledge
from .. import appearance
from ..audit_text import Names, audit_row, status_row
from ..delivery_commands import DeliveryEditor
from ..dialogs.delivery_dialog import DeliveryDialog
from ..enum_text import enum_text
from ..formatting import DASH, date_text, decimal_text, eur_full, localized, share_of
from ..models.deliveries_model import DeliveriesModel
from ..models.text_table_model import TextTableModel
from ..plural import plural
from ..undo_commands import EditTakenOver
from ..widget_helpers import named_button as _button
from ..widget_helpers import read_only_table

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent, QUndoStack

    from ...services import Workspace
    from ..change_relay import ChangeRelay

WARN = "#9a4d00"  # orange: more planned than pledged
DELIVERY_COLUMN_WIDTHS = (92, 92, 80, 124, 240, 96)  # the delay reason takes the rest
HISTORY_COLUMN_WIDTHS = (124, 90, 110, 420)


@dataclass(frozen=True)
class Progress:
    """Delivered and planned quantities (or EUR, for a pledge without a quantity)."""

    delivered: Decimal
    planned: Decimal  # not cancelled: delivered, in transit, planned, delayed
    delivered_eur: Decimal

    @classmethod
    def of(cls, deliveries: Sequence[Delivery]) -> Progress:
        live = [d for d in deliveries if d.status is not DeliveryStatus.CANCELLED]
        done = [d for d in live if d.status is DeliveryStatus.DELIVERED]
        return cls(
            delivered=sum((d.quantity or Decimal(0) for d in done), Decimal(0)),
            planned=sum((d.quantity or Decimal(0) for d in live), Decimal(0)),
            delivered_eur=sum((d.value_eur or Decimal(0) for d in done), Decimal(0)),
        )


def percent(part: Decimal, whole: Decimal | None) -> str:
    """'70 %', '66.7 %'; '' without a whole."""
    share = share_of(part, whole) if whole else None
    if share is None:
        return ""
    return localized(f"{share:.0f} %" if share == share.to_integral_value() else f"{share:.1f} %")


def delivered_text(pledge: Pledge, progress: Progress) -> str:
    """'Delivered 7 of 10 fire units (70 %)', or in EUR for a pledge without a quantity."""
    if pledge.quantity is not None:
        unit = f" {pledge.unit}" if pledge.unit else ""
        share = percent(progress.delivered, pledge.quantity)
        return (QCoreApplication.translate("PledgeDetail", "Delivered {done} of {pledged}").format(
                    done=decimal_text(progress.delivered),
                    pledged=f"{decimal_text(pledge.quantity)}{unit}")
                + (f" ({share})" if share else ""))
    if pledge.value_eur:
        share = percent(progress.delivered_eur, pledge.value_eur)
        return (QCoreApplication.translate("PledgeDetail", "Delivered {done} of {pledged}").format(
                    done=f"€{eur_full(progress.delivered_eur)}",
                    pledged=f"€{eur_full(pledge.value_eur)}")
                + (f" ({share})" if share else ""))
    return QCoreApplication.translate("PledgeDetail", "Delivered: no quantity or value to compare with")


def excess_warning(pledge: Pledge, progress: Progress) -> tuple[str, str] | None:
    """(text, colour) when deliveries exceed the pledge: red if delivered, orange if planned."""
    if pledge.quantity is None:
        return None
    unit = f" {pledge.unit}" if pledge.unit else ""
    pledged = decimal_text(pledge.quantity)
    if progress.delivered > pledge.quantity:
        return (QCoreApplication.translate("PledgeDetail", "⚠ Delivered {done}, more than the {pledged} pledged: check for a "
                 "double count").format(done=f"{decimal_text(progress.delivered)}{unit}",
                                        pledged=pledged), appearance.ALERT)
    if progress.planned > pledge.quantity:
        return (QCoreApplication.translate("PledgeDetail", "⚠ Deliveries add up to {planned}, more than the {pledged} pledged").format(
                    planned=f"{decimal_text(progress.planned)}{unit}", pledged=pledged), WARN)
    return None



class _TakenOver:
    """What the dialog's submit returns when the sharing layer took the edit over."""

    warnings: tuple[str, ...] = ()


_TAKEN_OVER = _TakenOver()

class PledgeDetail(QWidget):
    message = Signal(str)

    def __init__(self, ws: Workspace | None = None, undo_stack: QUndoStack | None = None,
                 relay: ChangeRelay | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pledgeDetail")
        self.ws: Workspace | None = None
        self.undo_stack = undo_stack
        self.editor: DeliveryEditor | None = None
        self._taken_over = False  # the dialog's edit went to the sharing layer (merge, pending)
        self.pledge: Pledge | None = None
        self.dialog: DeliveryDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._pledge_id: int | None = None
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # coalesce the changes of one edit
        self._refresh_timer.timeout.connect(self.refresh)

        self._build_header()
        self.deliveries_model = DeliveriesModel(self)
        self.deliveries_table = _table(self.deliveries_model, "deliveriesTable")
        self.deliveries_table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.deliveries_table.horizontalHeader()
        for column, width in enumerate(DELIVERY_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.deliveries_table.doubleClicked.connect(lambda _index: self.edit_delivery())
        self.deliveries_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.deliveries_model.modelReset.connect(self._update_buttons)

        self.add_button = _button(self.tr("Add…"), "addDelivery",
                                  self.tr("Plan a new delivery for this pledge"))
        self.edit_button = _button(self.tr("Edit…"), "editDelivery",
                                   self.tr("Edit the selected delivery"))
        self.delivered_button = _button(self.tr("Mark delivered"), "markDelivered",
                                        self.tr("The selected deliveries arrived today"))
        self.delete_button = _button(self.tr("Delete"), "deleteDelivery",
                                     self.tr("Delete the selected deliveries"))
        self.add_button.clicked.connect(self.add_delivery)
        self.edit_button.clicked.connect(self.edit_delivery)
        self.delivered_button.clicked.connect(lambda: self.mark_delivered())
        self.delete_button.clicked.connect(self.delete_deliveries)
        self.notice_label = appearance.label("", "footer", wrap=True)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label.hide()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delivered_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        deliveries_page = QWidget()
        page = QVBoxLayout(deliveries_page)
        page.setContentsMargins(0, 6, 0, 0)
        page.addLayout(buttons)
        page.addWidget(self.deliveries_table, 1)
        page.addWidget(self.notice_label)

        self.audit_model = TextTableModel((self.tr("When"), self.tr("Who"), self.tr("Action"),
                                           self.tr("Changes"), self.tr("Via")), self)
        self.audit_table = _table(self.audit_model, "auditTable")
        self.audit_table.setWordWrap(True)
        for column, width in enumerate(HISTORY_COLUMN_WIDTHS):
            self.audit_table.horizontalHeader().resizeSection(column, width)
        self.audit_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.status_model = TextTableModel((self.tr("Date"), self.tr("Status"), self.tr("Source"),
                                            self.tr("Recorded")), self)
        self.status_table = _table(self.status_model, "statusHistoryTable")
        for column, width in enumerate((92, 260, 300)):
            self.status_table.horizontalHeader().resizeSection(column, width)
        history_page = QWidget()
        history = QVBoxLayout(history_page)
        history.setContentsMargins(0, 6, 0, 0)
        history.addWidget(appearance.label(self.tr("Changes"), "sectionTitle"))
        history.addWidget(self.audit_table, 3)
        history.addWidget(appearance.label(self.tr("Status history"), "sectionTitle"))
        history.addWidget(self.status_table, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(deliveries_page, self.tr("Deliveries"))
        self.tabs.addTab(history_page, self.tr("History"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        if relay is not None:
            relay.data_changed.connect(self.on_data_changed)
        self.set_workspace(ws)

    def _build_header(self) -> None:
        self.header = QFrame()
        self.header.setObjectName("detailHeader")
        self.reference_label = appearance.label("", "viewTitle")
        self.reference_label.setObjectName("referenceLabel")
        self.status_label = appearance.label("", "badge")
        self.status_label.setObjectName("statusLabel")
        self.title_label = appearance.label("", "sectionTitle", wrap=True)
        self.title_label.setObjectName("titleLabel")
        self.value_label = appearance.label("", "viewSubtitle", wrap=True)
        self.value_label.setObjectName("valueLabel")
        self.delivered_label = appearance.label("", "footer", wrap=True)
        self.delivered_label.setObjectName("deliveredLabel")
        self.warning_label = appearance.label("", "footer", wrap=True)
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.hide()
        for text_label in (self.reference_label, self.title_label, self.value_label,
                           self.delivered_label, self.warning_label):
            text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.reference_label)
        top.addWidget(self.status_label)
        top.addStretch(1)
        box = QVBoxLayout(self.header)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addLayout(top)
        box.addWidget(self.title_label)
        box.addWidget(self.value_label)
        box.addWidget(self.delivered_label)
        box.addWidget(self.warning_label)

    # ------------------------------------------------------------------ API
    def set_workspace(self, ws: Workspace | None) -> None:
        """Show another database (or none); the pane goes back to 'no pledge'."""
        self.ws = ws
        self.editor = DeliveryEditor(ws, self.undo_stack, self._undo_failed) if ws else None
        self.show_pledge(None)

    def show_pledge(self, pledge_id: int | None) -> None:
        """Show pledge `pledge_id` (None: nothing selected)."""
        self._pledge_id = pledge_id
        self.notice_label.hide()
        self.refresh()

    def pledge_id(self) -> int | None:
        return self._pledge_id

    def on_data_changed(self, change: Any) -> None:
        """A services.changes.Change (or None for 'everything'); refresh if it concerns us."""
        if self.ws is None or self._pledge_id is None or not self._concerns(change):
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read the pledge, its deliveries and its history again."""
        self._refresh_timer.stop()
        self._stale = False
        ws, pledge_id = self.ws, self._pledge_id
        if ws is None or pledge_id is None:
            self._show_empty(self.tr("Select a pledge to see its deliveries and history.")
                             if ws else self.tr("No database open."))
            return
        try:
            pledge = ws.pledges.get(pledge_id)
        except NotFound:
            self._show_empty(self.tr("This pledge no longer exists (deleted)."))
            return
        deliveries = ws.deliveries.of_pledge(pledge_id)
        self.pledge = pledge
        self._show_header(pledge, deliveries)
        hubs = {h.id: h.name for h in ws.reference.hubs}
        self.deliveries_model.set_deliveries(deliveries, hubs, ws.today())
        names = self._names()
        self.audit_model.set_rows([audit_row(e, names, pledge.currency)
                                   for e in ws.pledges.audit(pledge_id)])
        self.status_model.set_rows([status_row(c) for c in reversed(ws.pledges.history(pledge_id))])
        self.setEnabled(True)
        self._update_buttons()

    # ------------------------------------------------------------------ delivery edits
    def selected_deliveries(self) -> list[Delivery]:
        rows = sorted({i.row() for i in self.deliveries_table.selectionModel().selectedRows()})
        return [self.deliveries_model.delivery(r) for r in rows]

    def add_delivery(self) -> DeliveryDialog | None:
        """Open the dialog for a new delivery (non-blocking; kept in `dialog`)."""
        if self.ws is None or self.pledge is None or self.editor is None:
            return None
        pledge, editor = self.pledge, self.editor
        progress = Progress.of(self.deliveries_model.deliveries())
        left = pledge.quantity - progress.planned if pledge.quantity is not None else None

        def submit(fields: dict[str, Any]) -> Any:
            return editor.create(pledge.id, **fields)

        return self._open_dialog(DeliveryDialog(
            pledge, self.ws.reference.hubs, submit, suggested_quantity=left,
            context=_progress_context(pledge, progress), today=self.ws.today(), parent=self),
            self.tr("Delivery added"))

    def edit_delivery(self) -> DeliveryDialog | None:
        """Open the dialog on the selected delivery (exactly one must be selected)."""
        chosen = self.selected_deliveries()
        if self.ws is None or self.pledge is None or self.editor is None or len(chosen) != 1:
            return None
        before, editor = chosen[0], self.editor

        def submit(changes: dict[str, Any]) -> Any:
            try:
                return editor.update(before, changes)
            except EditTakenOver:  # a merge is offered, or kept until the database answers
                self._taken_over = True
                return _TAKEN_OVER  # the dialog closes; the sharing layer says what happened

        progress = Progress.of(self.deliveries_model.deliveries())
        return self._open_dialog(DeliveryDialog(
            self.pledge, self.ws.reference.hubs, submit, delivery=before,
            context=_progress_context(self.pledge, progress), today=self.ws.today(),
            parent=self), self.tr("Delivery saved"))

    def mark_delivered(self, on: date | None = None) -> None:
        """Mark the selected deliveries delivered on `on` (default: today)."""
        chosen = [d for d in self.selected_deliveries() if d.status is not DeliveryStatus.DELIVERED]
        if self.ws is None or self.editor is None or not chosen:
            return
        day = on or self.ws.today()
        try:
            results = self.editor.mark_delivered(chosen, day)
        except EditTakenOver:  # a merge is offered, or kept until the database answers
            self.refresh()
            return
        except DomainError as exc:
            self._notify(self.tr("Could not mark delivered: {error}").format(error=exc),
                         appearance.ALERT)
            self.refresh()
            return
        self.refresh()
        warnings = tuple(w for r in results for w in r.warnings)
        self._report(plural(self.tr("%Ln delivery(ies) marked delivered on {day}", "", len(results)),
                            len(results)).format(day=date_text(day)), warnings)

    def delete_deliveries(self) -> None:
        """Delete the selected deliveries (asks first when there is no undo)."""
        chosen = self.selected_deliveries()
        if self.ws is None or self.editor is None or not chosen:
            return
        if self.undo_stack is not None:
            self._delete(chosen)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete deliveries"),
                          plural(self.tr("Delete %Ln delivery(ies)? This cannot be undone.", "",
                                         len(chosen)), len(chosen)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("confirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._delete(chosen))
        box.open()
        self.confirm_box = box

    def _delete(self, chosen: list[Delivery]) -> None:
        assert self.editor is not None
        try:
            self.editor.delete(chosen)
        except DomainError as exc:
            self._notify(self.tr("Could not delete: {error}").format(error=exc), appearance.ALERT)
            self.refresh()
            return
        self.refresh()
        self._report(plural(self.tr("%Ln delivery(ies) deleted", "", len(chosen)), len(chosen)), ())

    def _open_dialog(self, dialog: DeliveryDialog, done: str) -> DeliveryDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._dialog_done(dialog, done))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _dialog_done(self, dialog: DeliveryDialog, done: str) -> None:
        if self._taken_over:
            self._taken_over = False
            self.refresh()
        elif dialog.stored:
            self.refresh()
            self._report(done, dialog.warnings)

    def _report(self, done: str, warnings: tuple[str, ...]) -> None:
        hint = self.tr(" (Ctrl+Z undoes)") if self.undo_stack is not None else ""
        if warnings:
            self._notify(self.tr("{done}. Warning: {warnings}").format(
                done=done, warnings="; ".join(warnings)), WARN)
        else:
            self.notice_label.hide()
        self.message.emit(f"{done}{hint}")

    def _undo_failed(self, message: str) -> None:
        self._notify(message, appearance.ALERT)
        self.message.emit(message)

    def _notify(self, text: str, color: str) -> None:
        self.notice_label.setText(text)
        appearance.set_text_color(self.notice_label, color)
        self.notice_label.show()

    # ------------------------------------------------------------------ showing
    def _show_header(self, pledge: Pledge, deliveries: Sequence[Delivery]) -> None:
        assert self.ws is not None
        ref = self.ws.reference
        donor = ref.members_by_id.get(pledge.donor_id)
        capability = ref.capabilities_by_id.get(pledge.capability_id)
        self.reference_label.setText(pledge.reference)
        self.status_label.setText(enum_text(pledge.status).upper())
        self.title_label.setText(" · ".join(
            part for part in (donor.name if donor else "", capability.name if capability else "",
                              pledge.item) if part))
        self.value_label.setText(_value_text(pledge))
        progress = Progress.of(deliveries)
        text = delivered_text(pledge, progress)
        if progress.delivered_eur and pledge.quantity is not None:
            text += " · " + self.tr("{eur} delivered").format(
                eur=f"€{eur_full(progress.delivered_eur)}")
        if progress.planned > progress.delivered and pledge.quantity is not None:
            unit = f" {pledge.unit}" if pledge.unit else ""
            text += " · " + self.tr("{quantity} more planned").format(
                quantity=f"{decimal_text(progress.planned - progress.delivered)}{unit}")
        self.delivered_label.setText(text)
        warning = excess_warning(pledge, progress)
        if warning is None:
            self.warning_label.hide()
        else:
            self.warning_label.setText(warning[0])
            appearance.set_text_color(self.warning_label, warning[1])
            self.warning_label.show()

    def _show_empty(self, text: str) -> None:
        self.pledge = None
        self.reference_label.setText("")
        self.status_label.setText("")
        self.title_label.setText(text)
        self.value_label.setText("")
        self.delivered_label.setText("")
        self.warning_label.hide()
        self.deliveries_model.set_deliveries([], {}, self.ws.today() if self.ws else date.today())
        self.audit_model.set_rows([])
        self.status_model.set_rows([])
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        has_pledge = self.pledge is not None
        chosen = self.selected_deliveries() if has_pledge else []
        self.add_button.setEnabled(has_pledge)
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delivered_button.setEnabled(
            any(d.status is not DeliveryStatus.DELIVERED for d in chosen))
        self.delete_button.setEnabled(bool(chosen))

    def _names(self) -> Names:
        assert self.ws is not None
        ref = self.ws.reference
        return Names(
            members={m.id: m.name for m in ref.members},
            capabilities={c.id: c.name for c in ref.capabilities},
            hubs={h.id: h.name for h in ref.hubs},
        )

    def _concerns(self, change: Any) -> bool:
        if change is None:
            return True
        entity = getattr(change, "entity", "all")
        ids = tuple(getattr(change, "ids", ()))
        if entity == "pledge":
            return not ids or self._pledge_id in ids
        if entity == "delivery":
            shown = {d.id for d in self.deliveries_model.deliveries()}
            return getattr(change, "kind", "") == "created" or not ids or bool(shown & set(ids))
        return entity in ("all", "member", "rate")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()


def _value_text(p: Pledge) -> str:
    parts = []
    if p.value_amount is not None:
        digits = minor_units(p.currency)
        parts.append(QCoreApplication.translate("PledgeDetail", "Value {amount}").format(
            amount=localized(f"{p.value_amount:,.{digits}f}") + f" {p.currency}"))
        if p.currency != "EUR" and p.value_eur is not None:
            eur = f"€{eur_full(p.value_eur)}"
            parts.append(QCoreApplication.translate("PledgeDetail", "{eur} at the rate of {day}").format(
                eur=eur, day=date_text(p.valuation_date)) if p.valuation_date else eur)
    elif p.value_eur is not None:
        parts.append(QCoreApplication.translate("PledgeDetail", "Value {amount}").format(amount=f"€{eur_full(p.value_eur)}"))
    else:
        parts.append(QCoreApplication.translate("PledgeDetail", "Value not known"))
    parts.append(enum_text(p.channel))
    parts.append(QCoreApplication.translate("PledgeDetail", "announced {day}").format(
        day=date_text(p.announced_on) if p.announced_on else DASH))
    return " · ".join(parts)


def _progress_context(pledge: Pledge, progress: Progress) -> str:
    if pledge.quantity is None:
        return ""
    return QCoreApplication.translate("PledgeDetail", "delivered {done} · planned in all {planned}").format(
        done=decimal_text(progress.delivered), planned=decimal_text(progress.planned))


def _table(model: Any, name: str) -> QTableView:
    table = read_only_table(name, model)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    return table
