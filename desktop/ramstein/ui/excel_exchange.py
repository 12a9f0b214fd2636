"""File ▸ Export to Excel / Export template / Import from Excel, and .xlsx files dropped on the window.

    exchange = ExcelExchange(window)     # made on first use by MainWindow.excel()
    exchange.choose_export()             # file dialog, then export_to(path)
    exchange.import_file(path)           # plan on the worker, preview, apply, one undo step

The work is the services' (xlsx_export, xlsx_import); this class chooses files, runs the work on
the window's TaskRunner behind a progress dialog, and tells the outcome: the status bar says
what was written, a message names the file when something went wrong (never a traceback).
An import is planned first (nothing written), shown in ImportPreviewDialog, and applied only
when the user says so; the applied import is pushed as one ImportCommand on the window's undo
stack. Cancel in a progress dialog leaves the database as it was (the services' promise).
"""

from __future__ import annotations

import sys
import traceback
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..domain.errors import DomainError
from .formatting import count_text
from .progress_dialog import DialogProgress

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

    from ..domain.filters import PledgeFilter
    from ..services import Workspace
    from .dialogs.export_dialogs import TemplateDialog
    from .dialogs.import_dialog import ImportPreviewDialog
    from .main_window import MainWindow

STATUS_MS = 20_000


class ExcelExchange:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.file_dialog: QFileDialog | None = None  # the latest file dialog (tests fill it in)
        self.template_dialog: TemplateDialog | None = None
        self.preview: ImportPreviewDialog | None = None
        self.progress: DialogProgress | None = None
        self.busy = False  # one export or import at a time

    # ------------------------------------------------------------------ helpers
    def _ws(self) -> Workspace | None:
        if self.window.ws is None:
            self._status(QCoreApplication.translate("ExcelExchange", 'Open a database first.'))
        elif self.busy:
            self._status(QCoreApplication.translate("ExcelExchange", 'An Excel export or import is still running; wait until it is done.'))
        else:
            return self.window.ws
        return None

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _start_dir(self) -> str:
        return str(self.window.settings.get("files/last_dir") or Path.home())

    def _remember_dir(self, path: Path) -> None:
        self.window.settings.set("files/last_dir", str(path.parent))

    def _file_dialog(self, title: str, name: str, *, save: bool, chosen: Any) -> QFileDialog:
        from .dialogs.export_dialogs import xlsx_file_dialog

        dialog = xlsx_file_dialog(self.window, title, self._start_dir(), name, save=save)
        dialog.fileSelected.connect(lambda text: chosen(Path(text)))
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def _begin(self, title: str, text: str, *, cancellable: bool) -> DialogProgress:
        self.busy = True
        progress = self.progress = DialogProgress(title, text, self.window)
        if not cancellable:  # the service has no cancel point: a Cancel would be a lie
            progress.dialog.setCancelButton(None)
        progress.open()
        self._status(text)
        return progress

    def _end(self) -> None:
        self.busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    # ------------------------------------------------------------------ export
    def choose_export(self) -> None:
        """File ▸ Export to Excel…: the pledges the Pledges view's filter shows."""
        if self._ws() is None:
            return
        flt, description = self.window.pledge_filter()
        title = QCoreApplication.translate("ExcelExchange", "Export to Excel — {what}").format(
            what=description or QCoreApplication.translate("ExcelExchange", "all pledges"))
        self._file_dialog(title, f"pledges-{date.today().isoformat()}.xlsx", save=True,
                          chosen=lambda path: self.export_to(path, flt))

    def export_to(self, path: Path, flt: PledgeFilter | None = None) -> None:
        ws = self._ws()
        if ws is None or not self._writable(path):
            return
        from ..services.xlsx_export import export_workbook

        self._remember_dir(path)
        what = (QCoreApplication.translate("ExcelExchange", "all pledges")
                if flt is None or flt.is_empty() else
                QCoreApplication.translate("ExcelExchange", "filter: {filter}").format(
                    filter=self.describe_filter(flt)))
        progress = self._begin(QCoreApplication.translate("ExcelExchange", 'Export to Excel'), QCoreApplication.translate("ExcelExchange", "Writing {name} ({what})…").format(name=path.name, what=what),
                               cancellable=True)
        self.window.runner.submit(
            f"export {path.name}", export_workbook, ws, path, flt, progress=progress,
            on_result=lambda r: self._exported(r, what),
            on_error=lambda exc: self._export_failed(path, exc))

    def _export_failed(self, path: Path, exc: BaseException) -> None:
        if type(exc).__name__ == "Cancelled":
            self._end()
            kept = (QCoreApplication.translate("ExcelExchange", "the previous file is unchanged")
                    if path.exists() else
                    QCoreApplication.translate("ExcelExchange", "no file was written"))
            self._status(QCoreApplication.translate("ExcelExchange", "Export to {name} cancelled; {kept}.").format(name=path.name, kept=kept))
            return
        self._write_failed(path, exc, QCoreApplication.translate("ExcelExchange", 'Export failed'))

    def _exported(self, result: Any, what: str) -> None:
        self._end()
        self._status(QCoreApplication.translate("ExcelExchange", "Exported {pledges} pledges and {deliveries} deliveries ({what}) to {path}").format(pledges=count_text(result.pledges), deliveries=count_text(result.deliveries), what=what, path=result.path))

    def describe_filter(self, flt: PledgeFilter) -> str:
        bar = self.window.filter_bar
        names = bar.names() if bar is not None else {}  # type: ignore[attr-defined]
        return flt.describe(names)

    # ------------------------------------------------------------------ template
    def choose_template(self) -> None:
        """File ▸ Export template…: for whom, then where."""
        ws = self._ws()
        if ws is None:
            return
        from .dialogs.export_dialogs import TemplateDialog

        dialog = self.template_dialog = TemplateDialog(ws.reference.donors(), self.window)
        dialog.accepted.connect(lambda: self._choose_template_file(dialog.donor_code()))
        dialog.open()

    def _choose_template_file(self, donor_code: str | None) -> None:
        name = f"template-{donor_code}.xlsx" if donor_code else "template.xlsx"
        self._file_dialog(QCoreApplication.translate("ExcelExchange", 'Export template'), name, save=True,
                          chosen=lambda path: self.template_to(path, donor_code))

    def template_to(self, path: Path, donor_code: str | None = None) -> None:
        ws = self._ws()
        if ws is None or not self._writable(path):
            return
        from ..services.xlsx_export import write_template

        self._remember_dir(path)
        whom = (QCoreApplication.translate("ExcelExchange", " for {donor}").format(donor=donor_code)
                if donor_code else "")
        self._begin(QCoreApplication.translate("ExcelExchange", 'Export template'), QCoreApplication.translate("ExcelExchange", "Writing the template {name}{whom}…").format(name=path.name, whom=whom),
                    cancellable=False)

        def done(_path: Any) -> None:
            self._end()
            self._status(QCoreApplication.translate("ExcelExchange", "Template{whom} written to {path}").format(whom=whom, path=path))

        self.window.runner.submit(f"template {path.name}", write_template, ws, path, donor_code,
                                  on_result=done,
                                  on_error=lambda exc: self._write_failed(path, exc,
                                                                          QCoreApplication.translate("ExcelExchange", 'Template not written')))

    # ------------------------------------------------------------------ writing files
    def _writable(self, path: Path) -> bool:
        """Refuse a target that is not .xlsx or that Excel/LibreOffice has open."""
        if path.suffix.lower() != ".xlsx":
            self.window.show_message("warning", QCoreApplication.translate("ExcelExchange", 'Not written'),
                                     QCoreApplication.translate("ExcelExchange", "{name}: the file name must end in .xlsx.").format(name=path.name))
            return False
        lock = open_elsewhere(path)
        if lock is not None:
            self.window.show_message(
                "warning", QCoreApplication.translate("ExcelExchange", 'File is open elsewhere'),
                QCoreApplication.translate("ExcelExchange", "{name} is open in Excel or LibreOffice ({name2} exists next to it).").format(name=path.name, name2=lock.name),
                QCoreApplication.translate("ExcelExchange", "Close it there and export again, or choose another file name. If no program has it open, delete {name}.").format(name=lock.name))
            return False
        return True

    def _write_failed(self, path: Path, exc: BaseException, title: str) -> None:
        self._end()
        self._status(QCoreApplication.translate("ExcelExchange", "{name} was not written").format(name=path.name))
        self.window.show_message("critical", title, QCoreApplication.translate("ExcelExchange", "{name} could not be written.").format(name=path.name),
                                 write_problem(path, exc))

    # ------------------------------------------------------------------ import
    def choose_import(self) -> None:
        """File ▸ Import from Excel…"""
        if self._ws() is None:
            return
        self._file_dialog(QCoreApplication.translate("ExcelExchange", 'Import from Excel'), "", save=False, chosen=self.import_file)

    def import_file(self, path: Path) -> None:
        """Plan the import of `path` on the worker, then show the preview (nothing written)."""
        ws = self._ws()
        if ws is None:
            return
        from ..services.xlsx_import import plan_import

        path = Path(path)
        self._remember_dir(path)
        progress = self._begin(QCoreApplication.translate("ExcelExchange", 'Import from Excel'), QCoreApplication.translate("ExcelExchange", "Reading and checking {name}…").format(name=path.name),
                               cancellable=True)
        self.window.runner.submit(
            f"plan import {path.name}", plan_import, ws, path, progress=progress,
            on_result=lambda plan: self._planned(ws, path, plan),
            on_error=lambda exc: self._import_failed(path, exc, "read"))

    def _planned(self, ws: Workspace, path: Path, plan: Any) -> None:
        self._end()
        if ws is not self.window.ws:  # another database was opened meanwhile
            return
        from ..services.xlsx_import import label_of
        from .dialogs.import_dialog import ImportPreviewDialog

        dialog = self.preview = ImportPreviewDialog(plan, label_of, self.window)
        dialog.accepted.connect(lambda: self.apply(ws, path, plan, dialog.decisions()))
        dialog.rejected.connect(
            lambda: self._status(QCoreApplication.translate("ExcelExchange", "Import of {name} not applied; nothing was changed.").format(name=path.name)))
        dialog.open()
        self._status(QCoreApplication.translate("ExcelExchange", "{name}: {counts_text}").format(name=path.name, counts_text=dialog.counts_text()))

    def apply(self, ws: Workspace, path: Path, plan: Any, decisions: dict[str, Any]) -> None:
        if self.busy or ws is not self.window.ws:
            return
        from ..services.xlsx_import import apply_plan

        progress = self._begin(QCoreApplication.translate("ExcelExchange", 'Import from Excel'), QCoreApplication.translate("ExcelExchange", "Importing {name}…").format(name=path.name), cancellable=True)
        self.window.runner.submit(
            f"import {path.name}", apply_plan, ws, plan, decisions, progress=progress,
            on_result=lambda result: self._applied(ws, path, plan, decisions, result),
            on_error=lambda exc: self._import_failed(path, exc, "import"))

    def _applied(self, ws: Workspace, path: Path, plan: Any, decisions: dict[str, Any],
                 result: Any) -> None:
        self._end()
        from .dialogs.import_dialog import summary_of
        from .import_commands import ImportCommand, import_text

        if not result.applied:
            problems = "\n".join(str(e) for e in result.plan.errors[:20])
            self.window.show_message("warning", QCoreApplication.translate("ExcelExchange", 'Import refused'),
                                     QCoreApplication.translate("ExcelExchange", "{name}: nothing was imported.").format(name=path.name), problems or None)
            self._status(QCoreApplication.translate("ExcelExchange", "{name}: nothing was imported").format(name=path.name))
            return
        new, changed = summary_of(decisions, plan)
        text = import_text(path.name, new, changed)
        if result.applied_import is not None and ws is self.window.ws:
            self.window.undo_stack.push(
                ImportCommand(ws, result.applied_import, text,
                              lambda exc, what: self._undo_failed(path, exc, what)))
        backup = (QCoreApplication.translate(
            "ExcelExchange", "; backup of the database before it: {backup}").format(
                backup=result.backup) if result.backup else "")
        self._status(QCoreApplication.translate("ExcelExchange", "Imported {name}: {new} new, {changed} changed{backup}").format(name=path.name, new=count_text(new), changed=count_text(changed), backup=backup))

    def _import_failed(self, path: Path, exc: BaseException, stage: str) -> None:
        self._end()
        if type(exc).__name__ == "Cancelled":
            self._status(QCoreApplication.translate("ExcelExchange", "Import of {name} cancelled; the database is unchanged.").format(name=path.name))
            return
        self._status(QCoreApplication.translate("ExcelExchange", "{name}: nothing was imported").format(name=path.name))
        title = (QCoreApplication.translate("ExcelExchange", "Cannot read the file")
                 if stage == "read" else QCoreApplication.translate("ExcelExchange", "Import failed"))
        self.window.show_message("critical", title, QCoreApplication.translate("ExcelExchange", "{name}: nothing was imported.").format(name=path.name),
                                 named(path, read_problem(exc)))

    def _undo_failed(self, path: Path, exc: BaseException, what: str) -> None:
        if what == "undo":
            title = QCoreApplication.translate("ExcelExchange", "Cannot undo the import")
            text = QCoreApplication.translate("ExcelExchange", "The import of {name} cannot be undone: {problem}")
            status = QCoreApplication.translate("ExcelExchange", "Undo of the import of {name} refused; nothing changed.")
        else:
            title = QCoreApplication.translate("ExcelExchange", "Cannot redo the import")
            text = QCoreApplication.translate("ExcelExchange", "The import of {name} cannot be redone: {problem}")
            status = QCoreApplication.translate("ExcelExchange", "Redo of the import of {name} refused; nothing changed.")
        self.window.show_message(
            "warning", title, text.format(name=path.name, problem=read_problem(exc)),
            QCoreApplication.translate("ExcelExchange",
               "The pledges stay as they are now; the step was removed from the undo history."))
        self._status(status.format(name=path.name))


# ---------------------------------------------------------------------- messages
def open_elsewhere(path: Path) -> Path | None:
    """The owner/lock file Excel (~$name) or LibreOffice (.~lock.name#) keeps next to an open file."""
    for lock in (path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#")):
        if lock.exists():
            return lock
    return None


def write_problem(path: Path, exc: BaseException) -> str:
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return QCoreApplication.translate(
            "ExcelExchange", "{path} is a folder. Choose a file name ending in .xlsx.").format(path=path)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "ExcelExchange",
            "The file is locked (open in Excel or another program) or the folder cannot "
            "be written to. Close the file or choose another folder, then export again. "
            "The previous file, if any, is unchanged.")
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "ExcelExchange", "The folder {folder} does not exist (any more).").format(folder=path.parent)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "ExcelExchange", "{error}. The previous file, if any, is unchanged.").format(
                error=exc.strerror or exc)
    return read_problem(exc)


def read_problem(exc: BaseException) -> str:
    """The user's text of an error: the domain's own message; a bug's traceback goes to stderr."""
    if isinstance(exc, DomainError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("ExcelExchange", "the file cannot be opened (locked by another program, or no permission)")
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("ExcelExchange", "the file no longer exists")
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    traceback.print_exception(exc, file=sys.stderr)
    return str(exc) or type(exc).__name__


def named(path: Path, message: str) -> str:
    return message if path.name in message else f"{path.name}: {message}"
