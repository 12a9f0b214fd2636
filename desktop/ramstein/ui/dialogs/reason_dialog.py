"""Asks why (a cancel, a delete of pledges created in error): the reason is required and audited."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """A confirmation with a required reason; OK stays disabled until a reason is typed."""

    def __init__(self, title: str, text: str, ok_text: str, parent: QWidget | None = None, *,
                 details: str = "", placeholder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        message = QLabel(text)
        message.setObjectName("reasonText")
        message.setWordWrap(True)
        layout.addWidget(message)
        if details:
            more = QLabel(details)
            more.setObjectName("reasonDetails")
            more.setWordWrap(True)
            layout.addWidget(more)
        layout.addWidget(QLabel(self.tr("Reason (required, kept in the audit log):")))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(placeholder)
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if self.reason():
            super().accept()
