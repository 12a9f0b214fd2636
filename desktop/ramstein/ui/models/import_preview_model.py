"""The rows of an import plan, one group at a time, with the user's choice per row.

    model = ImportRowsModel("changed", plan.rows("changed"), label_of)
    model.decisions()        # {RowChange.key: "apply" | "skip" | "sheet" | "database"}

New and changed rows carry an "Import" check (checked: applied, unchecked: skipped). A conflict
(changed in the planner since the export and in the sheet too) has two exclusive checks, "Keep
sheet" and "Keep planner", and neither is chosen at first: the dialog cannot apply until every
conflict has a side. The texts are composed once, when the plan arrives, so painting does no
formatting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Literal, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..enum_text import KINDS, enum_text
from ..formatting import date_text, decimal_text, eur_full

Index = QModelIndex | QPersistentModelIndex
Kind = Literal["new", "changed", "conflict"]
Decision = Literal["apply", "skip", "sheet", "database"]
LabelOf = Callable[[str, str], str]  # (sheet, column key) -> the column's header label

ARROW = " -> "
EMPTY = QT_TRANSLATE_NOOP("ImportRowsModel", "(empty)")
MONEY_KEYS = frozenset({"value_amount", "value_eur"})
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class RowChangeLike(Protocol):
    """What the model reads of services.xlsx_import.RowChange."""

    @property
    def sheet(self) -> str: ...
    @property
    def row(self) -> int: ...
    @property
    def reference(self) -> str: ...
    @property
    def old(self) -> Mapping[str, Any]: ...
    @property
    def new(self) -> Mapping[str, Any]: ...
    @property
    def key(self) -> str: ...


def value_text(key: str, value: Any) -> str:
    """A sheet or planner value as the preview shows it: 1,000.00 / 12.5 / 2024-03-01."""
    if value is None or value == "":
        return QCoreApplication.translate("ImportRowsModel", EMPTY)
    if isinstance(value, Decimal):
        return eur_full(value) if key in MONEY_KEYS else decimal_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, KINDS):  # an enum shown by its label (status, channel)
        return enum_text(value)
    if hasattr(value, "label"):
        return str(value.label)
    if hasattr(value, "name") and not isinstance(value, str):  # a member or capability record
        return str(value.name)
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def change_parts(change: RowChangeLike, label_of: LabelOf) -> list[str]:
    """["Value: 1,000.00 -> 2,000.00", …]; a new row lists its values ("Donor: Germany")."""
    parts = []
    for key, new in change.new.items():
        label = label_of(change.sheet, key)
        if key in change.old:
            parts.append(f"{label}: {value_text(key, change.old[key])}{ARROW}{value_text(key, new)}")
        else:
            parts.append(f"{label}: {value_text(key, new)}")
    return parts


class ImportRowsModel(QAbstractTableModel):
    """One group of an import plan: new, changed or conflict rows, each with its decision."""

    decisions_changed = Signal()

    def __init__(self, kind: Kind, changes: Sequence[RowChangeLike], label_of: LabelOf,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: Kind = kind
        self._changes = list(changes)
        self._texts = [change_parts(c, label_of) for c in self._changes]
        first: Decision | None = None if kind == "conflict" else "apply"
        self._decisions: list[Decision | None] = [first] * len(self._changes)
        checks = ((self.tr("Keep sheet"), self.tr("Keep planner")) if kind == "conflict"
                  else (self.tr("Import"),))
        what = self.tr("Planner -> sheet") if kind == "conflict" else (
            self.tr("Values") if kind == "new" else self.tr("Changes"))
        self._headers = (*checks, self.tr("Sheet"), self.tr("Row"), self.tr("Reference"), what)
        self._checks = len(checks)

    # -------------------------------------------------------------- decisions
    def decision(self, row: int) -> Decision | None:
        return self._decisions[row]

    def decisions(self) -> dict[str, Decision]:
        """The chosen decisions by RowChange.key (undecided conflicts are left out)."""
        return {c.key: d for c, d in zip(self._changes, self._decisions, strict=True)
                if d is not None}

    def undecided(self) -> int:
        return sum(d is None for d in self._decisions)

    def accepted(self) -> int:
        """Rows that will write: checked new/changed rows, conflicts that keep the sheet."""
        return sum(d in ("apply", "sheet") for d in self._decisions)

    def set_decision(self, row: int, decision: Decision | None) -> None:
        if self._decisions[row] == decision:
            return
        self._decisions[row] = decision
        self.dataChanged.emit(self.index(row, 0), self.index(row, self._checks - 1),
                              [Qt.ItemDataRole.CheckStateRole])
        self.decisions_changed.emit()

    def set_all(self, decision: Decision | None) -> None:
        """One choice for every row (one dataChanged for the check columns)."""
        if not self._changes or all(d == decision for d in self._decisions):
            return
        self._decisions = [decision] * len(self._changes)
        self.dataChanged.emit(self.index(0, 0),
                              self.index(len(self._changes) - 1, self._checks - 1),
                              [Qt.ItemDataRole.CheckStateRole])
        self.decisions_changed.emit()

    def change(self, row: int) -> RowChangeLike:
        return self._changes[row]

    def changes_text(self, row: int) -> str:
        return "; ".join(self._texts[row])

    # -------------------------------------------------------------- the model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        row, column = index.row(), index.column()
        if column < self._checks:
            return self._check_data(row, column, role)
        change = self._changes[row]
        field = column - self._checks
        if role == Qt.ItemDataRole.DisplayRole:
            return (change.sheet, change.row, change.reference or self.tr("(new)"),
                    self.changes_text(row))[field] if field < 4 else None
        if role == Qt.ItemDataRole.ToolTipRole and field == 3:
            return "\n".join(self._texts[row])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if field == 1 else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def _check_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            return _CHECKED if self._decisions[row] == self._decision_of(column) else _UNCHECKED
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.kind != "conflict":
                return self.tr("Checked: import this row; unchecked: skip it")
            return (self.tr("Take the sheet's values") if column == 0
                    else self.tr("Keep the planner's values (the sheet's are ignored)"))
        return None

    def _decision_of(self, column: int) -> Decision:
        if self.kind == "conflict":
            return "sheet" if column == 0 else "database"
        return "apply"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() >= self._checks):
            return False
        checked = Qt.CheckState(value) == _CHECKED if not isinstance(value, bool) else value
        chosen: Decision | None
        if self.kind == "conflict":
            chosen = self._decision_of(index.column()) if checked else None
        else:
            chosen = "apply" if checked else "skip"
        self.set_decision(index.row(), chosen)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemNeverHasChildren)
        if index.column() < self._checks:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
