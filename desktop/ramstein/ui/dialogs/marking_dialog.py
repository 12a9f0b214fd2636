"""Tools > Classification marking…: the marking every export of this database carries
(workbook header and footer, Instructions sheet, calendar PDF, .ics), and whether exports are
refused while it is empty. The change is audited by the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...services.classification import MARKING_KEY, is_required, set_marking

if TYPE_CHECKING:
    from ...services import Workspace


class MarkingDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markingDialog")
        self.setWindowTitle(self.tr("Classification marking"))
        self.ws = ws
        info = ws.db.info()
        self.marking_edit = QLineEdit(info.get(MARKING_KEY, ""))
        self.marking_edit.setObjectName("markingText")
        self.marking_edit.setPlaceholderText(self.tr("e.g. NATO RESTRICTED"))
        self.marking_edit.setMinimumWidth(360)
        self.required_box = QCheckBox(self.tr("Refuse every export while the marking is empty"))
        self.required_box.setObjectName("markingRequired")
        self.required_box.setChecked(is_required(info))
        self.error_label = QLabel("")
        self.error_label.setObjectName("markingError")
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.setWordWrap(True)
        note = QLabel(self.tr("Printed in the header and footer of every exported sheet, on the "
                              "Instructions sheet, on calendar PDFs and in .ics descriptions."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Marking"), self.marking_edit)
        form.addRow("", self.required_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        try:
            set_marking(self.ws, self.marking_edit.text(), required=self.required_box.isChecked())
        except DomainError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()
