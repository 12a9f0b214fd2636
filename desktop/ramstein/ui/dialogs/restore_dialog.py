"""File > Restore backup…: the backups of the open database, newest first; pick, confirm.

The dialog only chooses. The window closes the database, restores on the worker
(storage.backup.restore_backup verifies the backup and backs up the current state first),
reopens it and says what happened.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ...storage.backup import BackupInfo

HEADERS = (QT_TRANSLATE_NOOP("BackupsModel", "Made"), QT_TRANSLATE_NOOP("BackupsModel", "Why"), QT_TRANSLATE_NOOP("BackupsModel", "Size"))
AnyIndex = QModelIndex | QPersistentModelIndex


def backup_when(info: BackupInfo) -> str:
    """The backup's time in the planner's local time zone, to the second."""
    return info.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def backup_reason(info: BackupInfo) -> str:
    return info.reason.replace("-", " ") or "—"


def backup_size(info: BackupInfo) -> str:
    size = float(info.size)
    if size < 1024:
        return QCoreApplication.translate("RestoreDialog", "{size} bytes").format(
            size=f"{size:,.0f}")
    units = (QT_TRANSLATE_NOOP("RestoreDialog", "{size} KB"),
             QT_TRANSLATE_NOOP("RestoreDialog", "{size} MB"),
             QT_TRANSLATE_NOOP("RestoreDialog", "{size} GB"))
    for unit in units:
        size /= 1024
        if size < 1024 or unit == units[-1]:
            return QCoreApplication.translate("RestoreDialog", unit).format(size=f"{size:,.1f}")
    return ""  # not reached


class BackupsModel(QAbstractTableModel):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (backup_when, backup_reason, backup_size)[index.column()](info)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BackupsModel", HEADERS[section])
        return None


class RestoreDialog(QDialog):
    chosen = Signal(object)  # the BackupInfo to restore, after the user confirmed

    def __init__(self, db_path: Path, backups: list[BackupInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore backup"))
        self.db_path = db_path
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        intro = QLabel((
            self.tr("Backups of {name}, newest first. They are made before every import and "
                    "migration. Restoring replaces everything in the database with the backup; "
                    "the current state is backed up first, so a restore can itself be undone.")
            if backups else
            self.tr("{name} has no backups yet. A backup is made before every import and "
                    "migration.")).format(name=db_path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(backups, self)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.confirm())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.selected() is not None))
        if backups:
            self.table.selectRow(0)
        self.resize(620, 360)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def confirm(self) -> None:
        """Ask before replacing the database (non-blocking: the answer emits `chosen`)."""
        info = self.selected()
        if info is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore backup"),
            self.tr("Replace everything in {name} with the backup made {when} ({why})?").format(
                name=self.db_path.name, when=backup_when(info), why=backup_reason(info)),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        box.setInformativeText(self.tr("Changes made since that backup are not lost: the current "
                                       "state is backed up first, and can be restored the same "
                                       "way."))
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmRestoreButton")
        box.buttonClicked.connect(lambda button: self._answered(button is yes, info))
        self.confirm_box = box
        box.open()

    def _answered(self, restore: bool, info: BackupInfo) -> None:
        if restore:
            self.accept()
            self.chosen.emit(info)


def restored_text(info: BackupInfo, safety: Path) -> str:
    made = datetime.fromtimestamp(info.created.timestamp()).strftime("%Y-%m-%d %H:%M:%S")
    return QCoreApplication.translate(
        "RestoreDialog", "Restored the backup of {made} ({why}). The state before the restore "
        "was saved as {name}.").format(made=made, why=backup_reason(info), name=safety.name)
