"""Editors of the pledges table, one kind per column (`Column.editor` in pledges_model.py).

- donor, capability: searchable dropdowns (type any part of the name); only existing entries
  are accepted, with a "did you mean" hint otherwise;
- status: only the legal next statuses of that pledge;
- announced: a date with a calendar;
- quantity, value: text checked as a decimal (`to_decimal`): "1,5" is refused, not guessed;
- currency: ISO 4217, the usual ones first; channel: the channel labels;
- item, unit, source, notes: plain text.

The delegate parses and checks the editor's text, then hands a typed value to the model
(`setData`, or `set_values` for the whole selection on Ctrl+Enter). A value it refuses is
reported through `message` and nothing is stored. The service checks everything again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..domain.enums import Channel, PledgeStatus
from ..domain.errors import DomainError
from ..domain.money import ISO_4217, to_decimal
from ..services.matching import Resolver, capability_resolver, fold, member_resolver
from .enum_text import enum_text
from .formatting import count_text, date_format
from .models.pledges_model import COLUMNS, ID, STATUS, PledgesModel

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex

    from ..services import Workspace

# Most used in aid to Ukraine first, then every other ISO 4217 code.
COMMON_CURRENCIES = ("EUR", "USD", "GBP", "PLN", "SEK", "NOK", "DKK", "CZK", "CAD", "CHF",
                     "JPY", "AUD", "RON", "HUF", "UAH")
TO_SELECTION = "applyToSelection"  # editor property: Ctrl+Enter was pressed


def currency_codes() -> list[str]:
    return [*COMMON_CURRENCIES, *sorted(ISO_4217 - set(COMMON_CURRENCIES))]


class SearchCombo(QComboBox):
    """An editable dropdown that finds entries by any part of their name, case-insensitively.

    Typing does not add entries (NoInsert); what was typed is resolved on commit.
    """

    def __init__(self, items: Sequence[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        for text, data in items:
            self.addItem(text, data)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def select_data(self, data: Any) -> None:
        self.setCurrentIndex(max(self.findData(data), 0))


def currency_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    codes = currency_codes()
    for code in codes:
        combo.addItem(code, code)
    combo.insertSeparator(len(COMMON_CURRENCIES))
    combo.setMaxVisibleItems(20)
    return combo


def channel_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for channel in Channel:
        combo.addItem(enum_text(channel), channel.value)
    return combo


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def donor_items(ws: Workspace) -> list[tuple[str, int]]:
    return sorted(((m.name, m.id) for m in ws.reference.donors()), key=lambda t: fold(t[0]))


def capability_items(ws: Workspace) -> list[tuple[str, int]]:
    return sorted(((c.name, c.id) for c in ws.reference.capabilities), key=lambda t: fold(t[0]))


def pick(text: str, resolver: Resolver[Any], items: Sequence[tuple[str, int]], title: str) -> int:
    """The id of the entry `text` names: exactly (name, code, alias), or as the only entry whose
    name contains it. Raises DomainError with a hint otherwise."""
    if not text.strip():
        raise DomainError(f"{title}: choose one from the list (type part of its name)")
    found = resolver.find(text)
    if found is not None:
        return int(found.id)
    needle = fold(text)
    if needle:
        containing = [data for name, data in items if needle in fold(name)]
        if len(containing) == 1:
            return containing[0]
        if len(containing) > 1:
            raise DomainError(f"{title}: '{text}' matches {len(containing)} entries; choose one "
                              "from the list")
    raise DomainError(f"{title}: {resolver.unknown_message(text)}")


def parse_decimal(text: str, title: str) -> Any:
    """None for an empty cell, else a non-negative Decimal; DomainError with the reason."""
    if not text.strip():
        return None
    value = to_decimal(text, title)
    if value < 0:
        raise DomainError(f"{title}: must not be negative")
    return value


class PledgeDelegate(QStyledItemDelegate):
    """The editors of the pledges table, chosen by the column's `editor` kind."""

    message = Signal(str)  # a refusal or a hint, for the status bar

    def __init__(self, workspace: Callable[[], Workspace | None],
                 selected_rows: Callable[[], list[int]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._selected_rows = selected_rows

    # ------------------------------------------------------------------ editors
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        ws = self._workspace()
        kind = COLUMNS[index.column()].editor
        editor: QWidget
        if kind == "donor" and ws is not None:
            editor = SearchCombo(donor_items(ws), parent)
        elif kind == "capability" and ws is not None:
            editor = SearchCombo(capability_items(ws), parent)
        elif kind == "currency":
            editor = currency_combo(parent)
        elif kind == "channel":
            editor = channel_combo(parent)
        elif kind == "status" and ws is not None:
            editor = self._status_combo(ws, index, parent)
        elif kind == "date":
            editor = date_edit(parent)
        else:
            line = QLineEdit(parent)
            if kind == "decimal":
                line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                line.setPlaceholderText(QCoreApplication.translate("Delegates", 'e.g. 1234.50'))
            editor = line
        editor.setObjectName(f"editor_{kind or 'text'}")
        editor.setAutoFillBackground(True)
        rows = self._selected_rows()
        if len(rows) > 1 and index.row() in rows:
            self.message.emit(QCoreApplication.translate(
                "Delegates", "Enter sets this pledge; Ctrl+Enter sets {column} in all {n} "
                "selected pledges").format(column=QCoreApplication.translate("PledgesModel", COLUMNS[index.column()].title),
                                           n=count_text(len(rows))))
        return editor

    def _status_combo(self, ws: Workspace, index: QModelIndex | QPersistentModelIndex,
                      parent: QWidget) -> QComboBox:
        model = index.model()
        assert isinstance(model, PledgesModel)
        row = model.row_tuple(index.row())
        current = PledgeStatus(row[STATUS])
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("Delegates", "{status} (now)").format(status=enum_text(current)),
                      current.value)
        try:
            allowed = ws.pledges.next_statuses(ws.pledges.get(row[ID]))
        except DomainError as exc:
            self.message.emit(str(exc))
            allowed = ()
        for status in allowed:
            combo.addItem(enum_text(status), status.value)
        if not allowed:
            combo.setToolTip(QCoreApplication.translate("Delegates", "A {lower} pledge cannot change its status").format(lower=enum_text(current).lower()))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, SearchCombo):
            editor.select_data(value)
            editor.lineEdit().selectAll()
        elif isinstance(editor, QComboBox):
            if COLUMNS[index.column()].editor != "status":
                editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QDateEdit):
            day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate.currentDate()
            editor.setDate(day)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        column = COLUMNS[index.column()]
        try:
            value = self._parsed(editor, column.editor, column.title)
        except DomainError as exc:
            self.message.emit(QCoreApplication.translate("Delegates", "Not saved. {error}").format(error=exc))
            return
        to_selection = bool(editor.property(TO_SELECTION))
        rows = self._selected_rows() if to_selection else [index.row()]
        if index.row() not in rows:
            rows = [index.row()]
        if isinstance(model, PledgesModel):
            model.set_values(rows, index.column(), value)
        else:
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def _parsed(self, editor: QWidget, kind: str, title: str) -> Any:
        ws = self._workspace()
        if isinstance(editor, SearchCombo):
            if ws is None:
                raise DomainError("no database is open")
            text = editor.currentText().strip()
            if kind == "donor":
                return pick(text, member_resolver(ws.reference.members), donor_items(ws), title)
            return pick(text, capability_resolver(ws.reference.capabilities),
                        capability_items(ws), title)
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            if kind == "status":
                return PledgeStatus(data)
            if kind == "channel":
                return Channel(data)
            return data
        if isinstance(editor, QDateEdit):
            day: date = editor.date().toPython()  # type: ignore[assignment]
            return day
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        if kind == "decimal":
            return parse_decimal(text, title)
        return text.strip()

    # ------------------------------------------------------------------ keys
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Ctrl+Enter: store the value in every selected row (one undo step).
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and isinstance(obj, QWidget)):
            obj.setProperty(TO_SELECTION, True)
            self.commitData.emit(obj)
            self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(obj, event)
