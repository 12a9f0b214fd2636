"""The look of the window, declared in one place: style sheets per area, by object name.

Why style sheets and not QPainter: measured under PySide6 6.12, any QColor fill, QPen or QBrush
from Python makes PySide build all 94 enum types of the Qt namespace (about 25 ms), while
these sheets cost about 10 ms for the whole first frame and run in C++.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

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

VIEW = """
QLabel#viewTitle { font-size: 15pt; font-weight: 700; }
QLabel#viewSubtitle { color: #57606a; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 700; }
QLabel#badge { color: #57606a; font-size: 9pt; font-weight: 600; }
QLabel#purpose { color: #3d444d; font-size: 11pt; }
"""

DASHBOARD = VIEW + """
QFrame#card, QFrame#panel {
    background: #ffffff; border: 1px solid #c9d1d9; border-radius: 6px;
}
QFrame#card QLabel, QFrame#panel QLabel { border: none; background: transparent; }
QLabel#cardTitle { color: #57606a; font-size: 8.5pt; font-weight: 700; }
QLabel#cardValue { font-size: 19pt; font-weight: 700; }
QLabel#cardNote { color: #6e7781; font-size: 8pt; }
"""

# Set on one card when its figure needs attention. (A widget's own sheet re-styles it inside
# Qt; a dynamic property would need style().polish() from Python, which builds PySide's enums.)
ALERT_CARD = """
QFrame#card { border: 1px solid #d1242f; background: #fff5f5; }
QLabel#cardValue { color: #b3261e; }
"""


def label(text: str, name: str, *, wrap: bool = False) -> QLabel:
    """A label styled by its object name (see the sheets above)."""
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget
