"""A view that is planned but not built yet: its name and what it will be for."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..appearance import label

# (title, purpose), translated where the view is made
PURPOSES: dict[str, tuple[str, str]] = {
    "calendar": (
        QT_TRANSLATE_NOOP("PlaceholderView", "Calendar"),
        QT_TRANSLATE_NOOP("PlaceholderView", "Deliveries by planned date, as a month grid and an agenda list, with overdue items "
        "marked. Planners will reschedule by dragging (undoable), filter by donor, capability "
        "and hub, and export the calendar as an .ics file."),
    ),
    "members": (
        QT_TRANSLATE_NOOP("PlaceholderView", "Members"),
        QT_TRANSLATE_NOOP("PlaceholderView", "Per-member totals for every participant of the contact group: pledged and delivered "
        "EUR, share of GDP, on-time delivery rate and a breakdown by capability, with a page "
        "per member listing its pledges, deliveries and fund position."),
    ),
    "fund": (
        QT_TRANSLATE_NOOP("PlaceholderView", "Fund"),
        QT_TRANSLATE_NOOP("PlaceholderView", "The yearly burden-sharing target (such as the Washington 2024 pledge of EUR 40bn a "
        "year) split by GDP share among the fund's participants, set against what each has "
        "pledged, allocated and delivered, counting every euro once, to the payer."),
    ),
}


class PlaceholderView(QWidget):
    ready = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(key)
        title, purpose = PURPOSES[key]
        self.title = QCoreApplication.translate("PlaceholderView", title)
        body = label(QCoreApplication.translate("PlaceholderView", purpose), "purpose", wrap=True)
        body.setMaximumWidth(720)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        badge = label(self.tr("Not available yet: coming in a later release"), "badge")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(label(self.title, "viewTitle"))
        layout.addWidget(badge)
        layout.addWidget(body)
        layout.addStretch(1)

    def set_workspace(self, ws: object) -> None:
        return None

    def on_data_changed(self, change: object) -> None:
        return None

    def is_ready(self) -> bool:
        return True
