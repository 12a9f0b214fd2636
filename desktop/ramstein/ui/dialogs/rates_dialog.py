"""The exchange rates of the open database: list, add, edit, delete, import a CSV file.

    dialog = RatesDialog(ws, window, runner=window.runner, start_dir=last_dir)
    dialog.rates_changed.connect(...)   # int: pledges re-valued by the change just made
    dialog.open()

Every change goes through `ws.rates`, which re-values the pledges in that currency in the
same transaction; the dialog then says how many were re-valued. An import is checked first
(a dry run: "3 new, 1 changed, 40 unchanged — import?") and applied all or nothing; a file
with errors is refused with the message naming the file and lines, and nothing changes.
Errors are shown as messages, never as tracebacks.

With a `runner` (the window's TaskRunner) the writes run on the worker thread, since
re-valuing can touch many pledges; without one they run at once (tests, small databases).
Dialogs and questions are opened with open(), never exec(), so the event loop keeps going.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.money import ExchangeRate
from .. import appearance
from ..formatting import count_text, date_text
from ..models.rates_model import SORT_ROLE, RatesModel
from ..plural import plural
from ..widget_helpers import choose_existing_file
from ..widget_helpers import error_text as _message
from ..widget_helpers import named_button as _button
from .rate_edit_dialog import RateEditDialog

if TYPE_CHECKING:
    from ...services import Workspace
    from ...services.rates import RateImportReport
    from ..workers import TaskRunner

COLUMN_WIDTHS = (80, 96, 120)  # the source takes the rest


class RatesDialog(QDialog):
    rates_changed = Signal(int)  # pledges re-valued by the change just made

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None, start_dir: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ratesDialog")
        self.setWindowTitle(self.tr("Exchange rates"))
        self.resize(820, 600)
        self.ws = ws
        self.runner = runner
        self.start_dir = start_dir
        self.edit_dialog: RateEditDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.busy = False

        self.model = RatesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("currencyFilter")
        self.search_edit.setPlaceholderText(self.tr("Currency, e.g. USD"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setFixedWidth(200)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setObjectName("ratesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_rate())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = _button(self.tr("Add…"), "addRate",
                                  self.tr("Add a rate for a currency and date"))
        self.edit_button = _button(self.tr("Edit…"), "editRate", self.tr("Change the selected rate"))
        self.delete_button = _button(self.tr("Delete"), "deleteRate",
                                     self.tr("Delete the selected rates"))
        self.import_button = _button(self.tr("Import CSV…"), "importRates",
                                     self.tr("Import rates from a CSV file with the columns "
                                             "currency, date, units_per_eur and optionally source"))
        self.add_button.clicked.connect(self.add_rate)
        self.edit_button.clicked.connect(self.edit_rate)
        self.delete_button.clicked.connect(self.delete_rates)
        self.import_button.clicked.connect(lambda: self.import_csv())

        self.count_label = appearance.label("", "viewSubtitle")
        self.count_label.setObjectName("countLabel")
        self.status_label = appearance.label("", "footer", wrap=True)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.search_edit)
        top.addWidget(self.count_label, 1)
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.import_button):
            top.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(appearance.label(self.tr("Exchange rates"), "viewTitle"))
        layout.addWidget(appearance.label(
            self.tr("Units of each currency per 1 EUR (ECB convention). A pledge is valued with "
                    "the latest rate on or before its valuation date; changing a rate re-values "
                    "the pledges it applies to."), "viewSubtitle", wrap=True))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.reload()

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        self.model.set_rates(self.ws.rates.all())
        currencies = {r.currency for r in self.model.rates()}
        self.count_label.setText(self.tr("{rates} rates · {currencies} currencies").format(
            rates=count_text(self.model.rowCount()), currencies=count_text(len(currencies))))
        self._update_buttons()

    def selected_rates(self) -> list[ExchangeRate]:
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})
        return [self.model.rate(r) for r in rows]

    # ------------------------------------------------------------------ add / edit / delete
    def add_rate(self) -> RateEditDialog:
        """Open the rate dialog for a new rate (non-blocking; kept in `edit_dialog`)."""
        chosen = self.selected_rates()
        dialog = self._rate_dialog(None)
        if chosen:
            dialog.select_currency(chosen[0].currency)
        return dialog

    def edit_rate(self) -> RateEditDialog | None:
        chosen = self.selected_rates()
        if len(chosen) != 1:
            return None
        return self._rate_dialog(chosen[0])

    def _rate_dialog(self, rate: ExchangeRate | None) -> RateEditDialog:
        rates = self.model.rates()
        dialog = RateEditDialog(
            lambda *change: self._set_rate(dialog, *change), rate=rate,
            known={(r.currency, r.on_date): r.units_per_eur for r in rates},
            used_currencies=[r.currency for r in rates], today=self.ws.today(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.edit_dialog = dialog
        return dialog

    def _set_rate(self, editor: RateEditDialog, currency: str, on_date: date, units: Decimal,
                  source: str) -> None:
        """Store one rate for the rate dialog, which shows a refusal itself."""
        def done(revalued: int) -> None:
            self._select(currency, on_date)
            self._changed(self.tr("{currency} on {day}: {rate} per EUR saved").format(
                currency=currency, day=date_text(on_date), rate=format(units.normalize(), "f")),
                revalued)
            editor.saved(revalued)

        def failed(exc: BaseException) -> None:
            self._show_status("")
            editor.refused(_message(exc))

        self._run(f"set {currency} rate",
                  lambda: self.ws.rates.set_rate(currency, on_date, units, source), done, failed)

    def delete_rates(self) -> QMessageBox | None:
        """Ask, then delete the selected rates (non-blocking question in `message_box`)."""
        chosen = self.selected_rates()
        if not chosen:
            return None
        n = len(chosen)
        names = ", ".join(f"{r.currency} {date_text(r.on_date)}" for r in chosen[:5])
        if n > 5:
            names = self.tr("{names} and {n} more").format(names=names, n=count_text(n - 5))
        question = plural(self.tr("Delete {n} rate(s): {names}?", "", n), n).format(
            n=count_text(n), names=names)
        box = self._ask(self.tr("Delete rates"), question,
                        self.tr("Pledges valued with them are re-valued with the rate before."),
                        lambda: self._delete(chosen))
        return box

    def _delete(self, chosen: list[ExchangeRate]) -> None:
        def work() -> int:  # all or none
            return self.ws.rates.delete_rates([(r.currency, r.on_date) for r in chosen])

        n = len(chosen)
        deleted = plural(self.tr("{n} rate(s) deleted", "", n), n).format(n=count_text(n))
        self._run("delete rates", work, lambda revalued: self._changed(deleted, revalued))

    # ------------------------------------------------------------------ import
    def import_csv(self, path: Path | None = None) -> None:
        """Import a rates CSV: choose the file (when no path), check it, ask, apply."""
        if path is not None:
            self._check_import(Path(path))
            return
        self.file_dialog = choose_existing_file(
            self, self.tr("Import exchange rates"), self.start_dir,
            self.tr("CSV files (*.csv *.txt);;All files (*)"), "importFileDialog",
            self._check_import)

    def _check_import(self, path: Path) -> None:
        self.start_dir = str(path.parent)
        try:
            report = self.ws.rates.import_csv(path, dry_run=True)
        except Exception as exc:
            self._import_failed(path, exc)
            return
        if not (report.added or report.changed):
            self._show_status(self.tr("{file}: nothing to import; its {n} rates are already "
                                      "here.").format(file=path.name, n=count_text(report.unchanged)))
            return
        self._ask(self.tr("Import exchange rates"),
                  self.tr("{file}: {counts} — import?").format(file=path.name,
                                                              counts=_report_text(report)),
                  self.tr("The pledges in these currencies are re-valued in the same step."),
                  lambda: self._apply_import(path))

    def _apply_import(self, path: Path) -> None:
        def done(report: RateImportReport) -> None:
            self._changed(self.tr("Imported {file}: {counts}").format(
                file=path.name, counts=_report_text(report)), report.revalued_pledges)

        self._run(f"import {path.name}", lambda: self.ws.rates.import_csv(path), done,
                  lambda exc: self._import_failed(path, exc))

    def _import_failed(self, path: Path, exc: BaseException) -> None:
        message = _message(exc).strip()
        if path.name not in message:
            message = f"{path.name}: {message}"
        # One problem per line; the service's closing sentence becomes the informative text.
        message = message.removesuffix("Nothing was imported.").rstrip().rstrip(".")
        self._error(self.tr("Import refused"), message.replace("; ", "\n") + ".",
                    self.tr("Nothing was imported."))

    # ------------------------------------------------------------------ running and reporting
    def _run(self, name: str, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        on_error = failed or (lambda exc: self._error(self.tr("Not saved"), _message(exc), ""))

        def finish(value: Any) -> None:
            self._set_busy(False)
            self.reload()
            done(value)

        def fail(exc: BaseException) -> None:
            self._set_busy(False)
            self.reload()
            on_error(exc)

        if self.runner is None:
            try:
                value = work()
            except Exception as exc:
                fail(exc)
            else:
                finish(value)
            return
        self._set_busy(True)
        self._show_status(self.tr("Working… the pledges are being re-valued."))
        self.runner.submit(name, work, on_result=finish, on_error=fail)

    def _changed(self, what: str, revalued: int) -> None:
        pledges = plural(self.tr("{n} pledge(s) re-valued", "", revalued), revalued).format(
            n=count_text(revalued))
        self._show_status(f"{what} · {pledges}.")
        self.rates_changed.emit(revalued)

    def _show_status(self, text: str, color: str = appearance.TEXT) -> None:
        self.status_label.setText(text)
        appearance.set_text_color(self.status_label, color)

    def _error(self, title: str, message: str, informative: str) -> None:
        self._show_status(f"{message} {informative}".strip(), appearance.ALERT)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        if informative:
            box.setInformativeText(informative)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box

    def _ask(self, title: str, text: str, informative: str,
             then: Callable[[], None]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("questionBox")
        box.setInformativeText(informative)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(then)
        box.open()
        self.message_box = box
        return box

    def reject(self) -> None:
        if self.busy:  # closing now would drop the result of the running change
            self._show_status(self.tr("Please wait: the pledges are still being re-valued."))
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.import_button.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        chosen = self.table.selectionModel().selectedRows()
        self.edit_button.setEnabled(not self.busy and len(chosen) == 1)
        self.delete_button.setEnabled(not self.busy and bool(chosen))

    def _select(self, currency: str, on_date: date) -> None:
        for row, rate in enumerate(self.model.rates()):
            if (rate.currency, rate.on_date) == (currency, on_date):
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    self.table.scrollTo(index)
                return


def _report_text(report: RateImportReport) -> str:
    return QCoreApplication.translate("RatesDialog", "{added} new, {changed} changed, "
                                      "{unchanged} unchanged").format(
        added=count_text(report.added), changed=count_text(report.changed),
        unchanged=count_text(report.unchanged))
