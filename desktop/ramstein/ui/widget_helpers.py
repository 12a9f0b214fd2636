"""Small helpers that several dialogs and views share: named buttons, read-only tables,
error texts, message boxes and file choosers that do not block the event loop."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ..domain.errors import DomainError


def named_button(text: str, name: str, tip: str) -> QPushButton:
    """A push button with an object name (tests find it) and a tooltip."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    return button


def read_only_table(name: str, model: QAbstractItemModel, *, sortable: bool = False,
                    many: bool = False, table: QTableView | None = None) -> QTableView:
    """The views' read-only tables: whole rows selected (several with `many`), no editing,
    no row numbers, 24 px rows, no word wrap, a header that does not light up."""
    table = table if table is not None else QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if many:
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


def error_text(exc: BaseException) -> str:
    """What the user reads: the domain's own message; for anything else its text, and the
    traceback goes to the terminal (a bug to report), never into a dialog."""
    if isinstance(exc, DomainError):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    traceback.print_exception(exc, file=sys.stderr)
    return str(exc) or type(exc).__name__


_ICONS = {"critical": QMessageBox.Icon.Critical, "warning": QMessageBox.Icon.Warning,
          "information": QMessageBox.Icon.Information, "none": QMessageBox.Icon.NoIcon}


def message_box(parent: QWidget, icon: str, title: str, text: str, details: str = "", *,
                name: str = "") -> QMessageBox:
    """Open a message box that does not block the event loop (workers keep reporting).

    icon: "critical", "warning", "information" (also any other word) or "none"."""
    box = QMessageBox(_ICONS.get(icon, QMessageBox.Icon.Information), title, text,
                      QMessageBox.StandardButton.Ok, parent)
    if name:
        box.setObjectName(name)
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def choose_existing_file(parent: QWidget, title: str, start_dir: str, filters: str, name: str,
                         chosen: Callable[[Path], None]) -> QFileDialog:
    """Open a (non-native, non-blocking) dialog to pick an existing file; `chosen` gets it."""
    dialog = QFileDialog(parent, title, start_dir, filters)
    dialog.setObjectName(name)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda text: chosen(Path(text)))
    dialog.open()
    return dialog
