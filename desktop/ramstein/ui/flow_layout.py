"""A layout that places widgets in a row and wraps to the next line when the row is full.

The port of Qt's FlowLayout example: for tool rows (the filter bar) that must stay one line
on a wide window and wrap, group by group, on a narrow one. Put widgets that belong together
(a label and its field) in one container widget so they wrap together.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6,
                 line_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # ------------------------------------------------------------------ QLayout API
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ------------------------------------------------------------------ placement
    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items (when `apply`) and return the height they need in `rect`."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y = area.x(), area.y()
        line_height = 0
        line: list[tuple[QLayoutItem, QSize]] = []

        def flush(top: int) -> None:
            # Centre each item vertically in its line, so fields and buttons line up.
            if apply:
                for item, hint in line:
                    offset = (line_height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(item.geometry().x(), top + offset), hint))

        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line:
                flush(y)
                x = area.x()
                y += line_height + self._line_spacing
                line_height = 0
                line = []
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            line.append((item, hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        flush(y)
        return y + line_height - rect.y() + margins.bottom()
