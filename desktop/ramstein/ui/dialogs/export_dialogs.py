"""The small dialogs of File ▸ Export: where to write a workbook, and for whom a template is.

    dialog = xlsx_file_dialog(parent, "Export to Excel", start_dir, "pledges.xlsx", save=True)
    dialog.fileSelected.connect(...)
    dialog.open()

Qt's own file dialog (not the platform's): it behaves the same on every desktop and in the
offscreen tests, which fill it in like a user does.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import Member

XLSX_FILTER = QT_TRANSLATE_NOOP("ExportDialogs", "Excel workbooks (*.xlsx)")
ANY_DONOR = QT_TRANSLATE_NOOP("TemplateDialog", "Any donor (every member in the Donor list)")


def xlsx_file_dialog(parent: QWidget, title: str, start_dir: str, name: str = "", *,
                     save: bool) -> QFileDialog:
    """A file dialog for one .xlsx file, opened in `start_dir` (the last folder used)."""
    filters = ";;".join((QCoreApplication.translate("ExportDialogs", XLSX_FILTER),
                         QCoreApplication.translate("ExportDialogs", "All files (*)")))
    dialog = QFileDialog(parent, title, start_dir, filters)
    dialog.setObjectName("xlsxFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("xlsx")
        if name:
            dialog.selectFile(str(Path(start_dir) / name) if start_dir else name)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


class DonorChoiceDialog(QDialog):
    """Asks for one donor or all of them, before a file dialog (the template, the brief).

    The texts come from the subclass, translated in its own context."""

    def __init__(self, donors: Sequence[Member], parent: QWidget | None, *, name: str,
                 title: str, intro: str, label: str, everyone: str, combo_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.donor_combo = QComboBox()
        self.donor_combo.setObjectName(combo_name)
        self.donor_combo.addItem(everyone, None)
        for member in sorted(donors, key=lambda m: m.name):
            self.donor_combo.addItem(f"{member.name} ({member.code})", member.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("TemplateDialog", "Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.donor_combo)
        layout.addWidget(buttons)

    def donor_code(self) -> str | None:
        code = self.donor_combo.currentData()
        return str(code) if code else None

    def choose(self, code: str | None) -> None:
        self.donor_combo.setCurrentIndex(max(self.donor_combo.findData(code), 0))


class TemplateDialog(DonorChoiceDialog):
    """Asks whom the empty template is for: one donor (its Donor list has only that member)."""

    def __init__(self, donors: Sequence[Member], parent: QWidget | None = None) -> None:
        super().__init__(
            donors, parent, name="templateDialog", combo_name="templateDonor",
            title=QCoreApplication.translate("TemplateDialog", "Export template"),
            intro=QCoreApplication.translate(
                "TemplateDialog", "An empty workbook for a national desk to fill in, one row per "
                "pledge, with drop-down lists and an instructions sheet. Import it back with "
                "File ▸ Import from Excel…."),
            label=QCoreApplication.translate("TemplateDialog", "For:"),
            everyone=QCoreApplication.translate("TemplateDialog", ANY_DONOR))
