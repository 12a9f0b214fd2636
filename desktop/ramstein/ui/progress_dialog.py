"""The services' Progress protocol on top of a QProgressDialog (CONVENTIONS §5).

The worker calls `report()`; the dialog updates on the GUI thread; Cancel sets `cancelled`,
which the service checks between steps (and then leaves the database as it was).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class DialogProgress(QObject):
    """The Progress protocol (services/progress.py) shown in a modal QProgressDialog."""

    _reported = Signal(int, int, str)

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cancelled = False
        self.dialog = QProgressDialog(label, QCoreApplication.translate("DialogProgress", 'Cancel'), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumWidth(460)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)
        self._reported.connect(self._show)

    # -------------------------------------------------------------- Progress protocol
    def report(self, done: int, total: int, message: str = "") -> None:
        self._reported.emit(done, total, message)  # from the worker: queued to the GUI

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    # -------------------------------------------------------------- GUI side
    def open(self) -> None:
        self.dialog.show()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()

    def cancel(self) -> None:
        """Cancel from code (a closing window): QProgressDialog.cancel() alone does not emit
        `canceled`, so the worker would never see it."""
        self._cancel()
        self.dialog.cancel()

    @Slot()
    def _cancel(self) -> None:
        self._cancelled = True
        self.dialog.setLabelText(QCoreApplication.translate("DialogProgress", 'Cancelling… the database is left as it was.'))
        self.dialog.setCancelButtonText(QCoreApplication.translate("DialogProgress", 'Cancelling…'))

    @Slot(int, int, str)
    def _show(self, done: int, total: int, message: str) -> None:
        if self._cancelled:
            return
        total = max(total, 0)
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)
