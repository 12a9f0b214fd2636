"""A dropdown button for picking several options: a popup list with tick boxes and a search.

The button says what is picked: "All donors" when nothing is ticked (no restriction),
the names when they fit ("Germany, Poland"), else a count ("5 donors"). Ticking takes effect
at once; the popup stays open until the user clicks elsewhere or presses Esc.

The popup is a plain Qt.Popup frame shown with show(), not QMenu.exec(), so it never runs a
nested event loop (tests and the filter's own timers keep running).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .models.choices_model import SEARCH_ROLE, ChoicesModel

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

SEARCH_FROM = 12  # options; shorter lists need no search field
MAX_TEXT_WIDTH = 170  # pixels of names on the button before it switches to a count
POPUP_WIDTH = 280
ROW_HEIGHT = 22
MAX_VISIBLE_ROWS = 16


class CheckList(QListView):
    """A list of tick boxes where a click anywhere on a row ticks it, not only on the box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        before = index.data(Qt.ItemDataRole.CheckStateRole) if index.isValid() else None
        super().mouseReleaseEvent(event)  # a click on the box itself is handled here
        if (index.isValid() and event.button() == Qt.MouseButton.LeftButton
                and index.data(Qt.ItemDataRole.CheckStateRole) == before):
            self._toggle(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self._toggle(index.row())
                return
        super().keyPressEvent(event)

    def _toggle(self, row: int) -> None:
        index = self.model().index(row, 0)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.model().setData(index, not checked, Qt.ItemDataRole.CheckStateRole)


class ChoicesPopup(QFrame):
    """The popup of a MultiSelect: search field (long lists only), tick list, All/Clear."""

    def __init__(self, model: ChoicesModel, noun_plural: str, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("choicesPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(SEARCH_ROLE)

        self.search = QLineEdit()
        self.search.setObjectName("choicesSearch")
        self.search.setPlaceholderText(QCoreApplication.translate("MultiSelect", "Search {noun_plural}…").format(noun_plural=noun_plural))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.installEventFilter(self)
        self.search.setVisible(False)

        self.list = CheckList()
        self.list.setObjectName("choicesList")
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(QCoreApplication.translate("MultiSelect", "Choose {noun_plural}").format(noun_plural=noun_plural))
        self.list.setSpacing(1)

        self.all_button = QPushButton(QCoreApplication.translate("MultiSelect", 'Tick all shown'))
        self.all_button.setObjectName("choicesAll")
        self.all_button.setToolTip(QCoreApplication.translate("MultiSelect", 'Tick every option the list shows (after the search)'))
        self.all_button.clicked.connect(self.tick_shown)
        self.clear_button = QPushButton(QCoreApplication.translate("MultiSelect", 'Clear'))
        self.clear_button.setObjectName("choicesClear")
        self.clear_button.setToolTip(QCoreApplication.translate("MultiSelect", "Untick all: no restriction on {noun_plural}").format(noun_plural=noun_plural))
        self.clear_button.clicked.connect(lambda: self.model.set_checked(()))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def tick_shown(self) -> None:
        keys = {self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
                for r in range(self.proxy.rowCount())}
        self.model.set_checked(self.model.checked_keys() | keys)

    def prepare(self) -> None:
        """Size and search field for the current options, before showing."""
        rows = self.model.rowCount()
        searchable = rows >= SEARCH_FROM
        self.search.setVisible(searchable)
        self.search.clear()
        visible_rows = min(max(rows, 1), MAX_VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if rows else ROW_HEIGHT
        height = visible_rows * (row_height + 2 * self.list.spacing()) + 2 * self.list.frameWidth()
        self.list.setFixedHeight(height)
        self.setFixedWidth(POPUP_WIDTH)
        self.adjustSize()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search field moves into the list.
        if (watched is self.search and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.proxy.rowCount()):
            self.list.setFocus()
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)


# "All …" per noun: French and Ukrainian agree the word for "all" with the noun.
ALL_LABELS: dict[str, str] = {
    "donors": QT_TRANSLATE_NOOP("MultiSelect", "All donors"),
    "member kinds": QT_TRANSLATE_NOOP("MultiSelect", "All member kinds"),
    "capabilities": QT_TRANSLATE_NOOP("MultiSelect", "All capabilities"),
    "statuses": QT_TRANSLATE_NOOP("MultiSelect", "All statuses"),
    "mechanisms": QT_TRANSLATE_NOOP("MultiSelect", "All mechanisms"),
    "hubs": QT_TRANSLATE_NOOP("MultiSelect", "All hubs"),
    "delivery statuses": QT_TRANSLATE_NOOP("MultiSelect", "All delivery statuses"),
}
NOUNS = (  # shown after a count ("5 donors") and in the search field
    QT_TRANSLATE_NOOP("MultiSelect", "donor"), QT_TRANSLATE_NOOP("MultiSelect", "donors"),
    QT_TRANSLATE_NOOP("MultiSelect", "member kind"), QT_TRANSLATE_NOOP("MultiSelect", "member kinds"),
    QT_TRANSLATE_NOOP("MultiSelect", "capability"), QT_TRANSLATE_NOOP("MultiSelect", "capabilities"),
    QT_TRANSLATE_NOOP("MultiSelect", "status"), QT_TRANSLATE_NOOP("MultiSelect", "statuses"),
    QT_TRANSLATE_NOOP("MultiSelect", "mechanism"), QT_TRANSLATE_NOOP("MultiSelect", "mechanisms"),
    QT_TRANSLATE_NOOP("MultiSelect", "hub"), QT_TRANSLATE_NOOP("MultiSelect", "hubs"),
    QT_TRANSLATE_NOOP("MultiSelect", "delivery statuses"),
)


class MultiSelect(QToolButton):
    """A button showing the picked options; click it to tick options in a popup list.

    Signals: `selection_changed()` when the user ticks or unticks (not on set_selected with
    notify=False). Keys are whatever the caller passes in `set_options` (member codes, enum
    values...). An empty selection means "all".
    """

    selection_changed = Signal()

    def __init__(self, noun: str, noun_plural: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self.noun_plural = noun_plural
        self.model = ChoicesModel(self)
        self.model.checked_changed.connect(self._on_checked)
        self.popup = ChoicesPopup(self.model, noun_plural, self)
        self.setObjectName(f"select_{noun_plural.replace(' ', '_')}")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(noun_plural.capitalize())
        self.clicked.connect(self.show_popup)
        self._refresh_text()

    # ------------------------------------------------------------------ API
    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        """(key, label) pairs in display order; picks no longer offered are dropped."""
        self.model.set_options(options)
        self._refresh_text()

    def selected(self) -> frozenset[str]:
        return self.model.checked_keys()

    def set_selected(self, keys: Iterable[str], *, notify: bool = False) -> None:
        self.model.set_checked(keys, notify=notify)
        self._refresh_text()

    def summary(self) -> str:
        """What the button says: 'All donors', 'Germany, Poland' or '5 donors'."""
        labels = self.model.checked_labels()
        if not labels:
            known = ALL_LABELS.get(self.noun_plural)
            if known is not None:
                return QCoreApplication.translate("MultiSelect", known)
            return QCoreApplication.translate("MultiSelect", "All {nouns}").format(
                nouns=QCoreApplication.translate("MultiSelect", self.noun_plural))
        names = ", ".join(labels)
        if len(labels) <= 3 and self.fontMetrics().horizontalAdvance(names) <= MAX_TEXT_WIDTH:
            return names
        noun = self.noun if len(labels) == 1 else self.noun_plural
        return QCoreApplication.translate("MultiSelect", "{n} {nouns}").format(
            n=len(labels), nouns=QCoreApplication.translate("MultiSelect", noun))

    def show_popup(self) -> None:
        self.popup.prepare()
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.popup.move(below)
        self.popup.show()
        self.popup.raise_()
        if self.popup.search.isVisible():
            self.popup.search.setFocus()
        else:
            self.popup.list.setFocus()
            if self.popup.proxy.rowCount():
                self.popup.list.setCurrentIndex(self.popup.proxy.index(0, 0))

    # ------------------------------------------------------------------ internals
    def _on_checked(self) -> None:
        self._refresh_text()
        self.selection_changed.emit()

    def _refresh_text(self) -> None:
        self.setText(QCoreApplication.translate("MultiSelect", "{summary}  ▾").format(summary=self.summary()))
        labels = self.model.checked_labels()
        self.setToolTip(
            QCoreApplication.translate("MultiSelect", "{what}: {chosen}").format(
                what=self.noun_plural.capitalize(),
                chosen=", ".join(labels) if labels else QCoreApplication.translate("MultiSelect", "all"))
            + QCoreApplication.translate("MultiSelect", '\nClick to choose.')
        )
        font = QFont(self.font())
        font.setBold(bool(labels))  # an active restriction stands out
        self.setFont(font)

    def sizeHint(self) -> Any:
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 120))
        return hint
