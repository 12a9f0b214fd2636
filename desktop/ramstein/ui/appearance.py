"""The look of the window, declared in one place: text roles, boxes and the navigation sheet.

Measured with PySide6 6.12 on the path to the first paint:
- a style sheet on the dashboard cost 7-12 ms (every styled widget is polished by
  QStyleSheetStyle), so cards and panels use fonts, palettes and plain QFrame boxes;
- painting from Python is worse: the first QColor fill, QPen or QBrush makes PySide build all
  94 enum types of the Qt namespace (~25 ms);
- only the navigation keeps a (small) sheet, for its checked and hover states.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

TEXT = "#1f2328"
MUTED = "#57606a"
FAINT = "#6e7781"
ALERT = "#b3261e"

# role: (point size or None for the default, bold, colour)
TEXT_ROLES: dict[str, tuple[float | None, bool, str]] = {
    "viewTitle": (15, True, TEXT),
    "viewSubtitle": (None, False, MUTED),
    "sectionTitle": (11, True, TEXT),
    "cardTitle": (8.5, True, MUTED),
    "cardValue": (19, True, TEXT),
    "cardNote": (8, False, FAINT),
    "badge": (9, True, MUTED),
    "purpose": (11, False, "#3d444d"),
    "footer": (None, False, TEXT),
}

BOX = {"fill": "#ffffff", "line": "#c9d1d9"}
ALERT_BOX = {"fill": "#fff5f5", "line": "#d1242f"}

NAV = """
QFrame#nav { background: #1f2a37; }
QLabel#navTitle { color: #ffffff; font-size: 11pt; font-weight: 700; padding: 14px 16px 0px 16px; }
QLabel#navSubtitle { color: #9fb0c3; font-size: 8pt; padding: 0px 16px 12px 16px; }
QPushButton {
    color: #d8e1ea; background: transparent; border: none; text-align: left;
    padding: 9px 16px; font-size: 11pt;
}
QPushButton:hover:!checked { background: #2b3a4b; }
QPushButton:checked { background: #2f81f7; color: #ffffff; font-weight: 600; }
QPushButton:focus { outline: none; border-left: 3px solid #ffffff; padding-left: 13px; }
"""


def set_text_color(widget: QWidget, color: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    widget.setPalette(palette)


def label(text: str, role: str, *, wrap: bool = False) -> QLabel:
    """A label in one of the TEXT_ROLES (its object name is the role)."""
    widget = QLabel(text)
    widget.setObjectName(role)
    points, bold, color = TEXT_ROLES[role]
    if points is not None or bold:
        font = QFont(widget.font())
        if points is not None:
            font.setPointSizeF(points)
        font.setBold(bold)
        widget.setFont(font)
    set_text_color(widget, color)
    widget.setWordWrap(wrap)
    return widget


def boxed(frame: QFrame, *, alert: bool = False) -> QFrame:
    """A white box with a thin border (cards, panels); reddish when it needs attention."""
    colors = ALERT_BOX if alert else BOX
    frame.setFrameShape(QFrame.Shape.Box)
    frame.setLineWidth(1)
    frame.setAutoFillBackground(True)
    palette = frame.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colors["fill"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colors["line"]))
    frame.setPalette(palette)
    return frame


def titled_panel(title: str, *, min_height: int = 0) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A boxed panel with a section title: (panel, the layout its content goes into, title)."""
    panel = boxed(QFrame())
    panel.setObjectName("panel")
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(10, 8, 10, 8)
    heading = label(title, "sectionTitle")
    layout.addWidget(heading)
    slot = QVBoxLayout()
    layout.addLayout(slot, 1)
    if min_height:
        panel.setMinimumHeight(min_height)
    return panel, slot, heading
