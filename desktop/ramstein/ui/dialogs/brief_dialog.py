"""File ▸ Export brief…: for whom (all donors or one), where, then the PDF.

    exporter = BriefExport(window)      # made on first use by MainWindow.export_brief()
    exporter.choose()                   # scope dialog, file dialog, then export_to(path, code)

The figures are gathered on the window's worker (services/brief.py) behind a progress dialog;
the pages are laid out and painted on the GUI thread (Qt paints there, and the charts are
widgets), which takes well under a second for a large database. Cancel, a refused marking
or a failed write leave the previous file as it was (ui/brief_report.py writes next to the
target and renames); the status bar says where the brief was saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from ...domain.records import Member
from .export_dialogs import DonorChoiceDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from ..progress_dialog import DialogProgress

STATUS_MS = 30_000


class BriefScopeDialog(DonorChoiceDialog):
    """Asks whom the brief covers: all donors, or one donor."""

    def __init__(self, donors: Sequence[Member], parent: QWidget | None = None) -> None:
        super().__init__(
            donors, parent, name="briefScopeDialog", combo_name="briefScope",
            title=QCoreApplication.translate("BriefScopeDialog", "Export brief"),
            intro=QCoreApplication.translate(
                "BriefScopeDialog", "A PDF staff brief with the classification marking on every "
                "page: key figures, fund position, top donors, overdue deliveries and charts."),
            label=QCoreApplication.translate("BriefScopeDialog", "Scope:"),
            everyone=QCoreApplication.translate("BriefScopeDialog", "All donors"))
        self.scope_combo = self.donor_combo


class BriefExport:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.scope_dialog: BriefScopeDialog | None = None
        self.file_dialog: QFileDialog | None = None  # the latest file dialog (tests fill it in)
        self.progress: DialogProgress | None = None
        self.busy = False
        self.last_result: Any = None

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def choose(self) -> None:
        ws = self.window.ws
        if ws is None:
            self._status(QCoreApplication.translate("BriefExport", "Open a database first."))
            return
        if self.busy:
            self._status(QCoreApplication.translate(
                "BriefExport", "A brief is still being written; wait until it is done."))
            return
        dialog = self.scope_dialog = BriefScopeDialog(ws.reference.donors(), self.window)
        dialog.accepted.connect(lambda: self._choose_file(dialog.donor_code()))
        dialog.open()

    def _choose_file(self, code: str | None) -> None:
        start = str(self.window.settings.get("files/last_dir") or Path.home())
        name = f"brief-{code + '-' if code else ''}{date.today().isoformat()}.pdf"
        dialog = QFileDialog(self.window, QCoreApplication.translate("BriefExport", "Export brief"),
                             start, QCoreApplication.translate("BriefExport", "PDF files (*.pdf)"))
        dialog.setObjectName("briefFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # as the other exports
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)  # asks before overwriting
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(str(Path(start) / name))
        dialog.fileSelected.connect(lambda text: self.export_to(Path(text), code))
        dialog.open()
        self.file_dialog = dialog

    def export_to(self, path: Path, code: str | None = None) -> None:
        """Gather on the worker, then lay out and write the PDF here."""
        ws = self.window.ws
        if ws is None or self.busy:
            return
        if path.suffix.lower() != ".pdf":
            self.window.show_message("warning", QCoreApplication.translate("BriefExport", "Not written"),
                                     QCoreApplication.translate(
                                         "BriefExport", "{name}: the file name must end in .pdf.")
                                     .format(name=path.name))
            return
        from ...services.brief import gather_brief
        from ..progress_dialog import DialogProgress

        self.window.settings.set("files/last_dir", str(path.parent))
        self.busy = True
        progress = self.progress = DialogProgress(
            QCoreApplication.translate("BriefExport", "Export brief"),
            QCoreApplication.translate("BriefExport", "Gathering the figures for {name}…").format(
                name=path.name), self.window)
        progress.open()
        self.window.runner.submit(
            f"brief {path.name}", gather_brief, ws, code, progress=progress,
            on_result=lambda data: self._write(path, data),
            on_error=lambda exc: self._failed(path, exc))

    def _write(self, path: Path, data: Any) -> None:
        from ..brief_report import write_brief

        try:
            result = write_brief(path, data, progress=self.progress)
        except Exception as exc:  # told to the user, never a traceback
            self._failed(path, exc)
            return
        self._end()
        self.last_result = result
        self._status(QCoreApplication.translate(
            "BriefExport", "Brief saved to {path} ({pages} pages, {marking})").format(
            path=result.path, pages=result.pages,
            marking=result.marking or QCoreApplication.translate("BriefExport", "no marking")))

    def _end(self) -> None:
        self.busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _failed(self, path: Path, exc: BaseException) -> None:
        self._end()
        kept = (QCoreApplication.translate("BriefExport", "the previous file is unchanged")
                if path.exists() else
                QCoreApplication.translate("BriefExport", "no file was written"))
        if type(exc).__name__ == "Cancelled":
            self._status(QCoreApplication.translate(
                "BriefExport", "Brief {name} cancelled; {kept}.").format(name=path.name, kept=kept))
            return
        from ..excel_exchange import write_problem

        self._status(QCoreApplication.translate("BriefExport", "{name} was not written").format(
            name=path.name))
        self.window.show_message(
            "critical", QCoreApplication.translate("BriefExport", "Brief not written"),
            QCoreApplication.translate("BriefExport", "{name} could not be written; {kept}.").format(
                name=path.name, kept=kept), write_problem(path, exc))
