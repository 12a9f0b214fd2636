"""The options of a multi-select dropdown: (key, label) pairs and the set that is ticked.

Small fixed lists (donors, statuses, channels...), so a plain list model with the checked
keys in a set; ticking one row emits `dataChanged` for that row only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # label and key: "Germany DEU" finds either


class ChoicesModel(QAbstractListModel):
    """Rows are options in the order given; `checked_changed` fires once per user change."""

    checked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._options: list[tuple[str, str]] = []
        self._checked: set[str] = set()

    # ------------------------------------------------------------------ options
    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        """Replace the options; ticked keys that are no longer offered are dropped."""
        self.beginResetModel()
        self._options = list(options)
        keys = {key for key, _label in self._options}
        dropped = self._checked - keys
        self._checked &= keys
        self.endResetModel()
        if dropped:
            self.checked_changed.emit()

    def options(self) -> list[tuple[str, str]]:
        return list(self._options)

    def label_of(self, key: str) -> str:
        return next((label for k, label in self._options if k == key), key)

    # ------------------------------------------------------------------ ticks
    def checked_keys(self) -> frozenset[str]:
        return frozenset(self._checked)

    def checked_labels(self) -> list[str]:
        """Labels of the ticked options, in the options' order."""
        return [label for key, label in self._options if key in self._checked]

    def set_checked(self, keys: Iterable[str], *, notify: bool = True) -> None:
        """Tick exactly `keys` (those offered); unknown keys are ignored."""
        offered = {key for key, _label in self._options}
        wanted = set(keys) & offered
        if wanted == self._checked:
            return
        changed = wanted ^ self._checked
        self._checked = wanted
        for row, (key, _label) in enumerate(self._options):
            if key in changed:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        if notify:
            self.checked_changed.emit()

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self._options):
            key = self._options[row][0]
            self.set_checked(self._checked ^ {key})

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._options)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        key, label = self._options[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        if role == KEY_ROLE:
            return key
        if role == SEARCH_ROLE:
            return f"{label} {key}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._options):
            return False
        key = self._options[index.row()][0]
        checked = _is_checked(value)
        self.set_checked(self._checked | {key} if checked else self._checked - {key})
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)


def _is_checked(value: Any) -> bool:
    """A check-state value as views and tests pass it: bool, Qt.CheckState or its int."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
