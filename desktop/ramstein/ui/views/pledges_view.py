"""Pledges: the big editable table, a free-text filter and the count and EUR total shown.

Every edit goes through an undoable command (undo_commands.py) over a service call and sends
the version the table shows. The database then says what changed (the one change signal) and
the rows concerned are re-read, so the table always shows what is stored: the EUR value of an
edited value, a refused edit's old value, a row changed elsewhere.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Channel, PledgeStatus
from ...domain.errors import DomainError, StaleEdit
from ...domain.filters import PledgeFilter
from ...domain.status import allowed_next
from ...services.clipboard import parse_pledge_tsv, rows_to_tsv
from ..appearance import label
from ..delegates import PledgeDelegate
from ..enum_text import enum_text
from ..formatting import eur_full
from ..models.pledges_model import (
    CHANNEL,
    COLUMNS,
    ID,
    REF,
    STATUS,
    VERSION,
    PledgeRows,
    PledgesModel,
    Row,
    field_value,
)
from ..plural import plural
from ..undo_commands import (
    CancelPledges,
    CellEdit,
    ChangeStatus,
    CreatePledges,
    DeletePledges,
    EditPledgeCells,
    EditTakenOver,
    PledgeCommand,
    Target,
    UndoContext,
    execute,
)
from .base_view import WorkspaceView

if TYPE_CHECKING:
    from ...services import Workspace
    from ...services.pledges import PledgeDraft
    from ..workers import TaskRunner

FILTER_DELAY_MS = 120
HEADER_SAVE_DELAY_MS = 400
ROW_HEIGHT = 24
MAX_PASTE_ERRORS_SHOWN = 20
# Translated where shown (context PledgesView)
HINT = QT_TRANSLATE_NOOP("PledgesView", "Enter/F2 edit · Ctrl+Enter sets all selected · "
                         "Ctrl+C/Ctrl+V rows · Ctrl+Z undo")
DELETE_KEY_HINT = QT_TRANSLATE_NOOP("PledgesView", "The Delete key does not delete pledges. Use "
                                    "Edit ▸ Cancel pledge… or, for a pledge entered by mistake, "
                                    "Edit ▸ Delete pledge created in error…")


class PledgeTable(QTableView):
    """Spreadsheet keys: Enter or F2 edits, Tab moves, Escape cancels, Delete deletes nothing."""

    message = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                index = self.currentIndex()
                if index.isValid():
                    if index.flags() & Qt.ItemFlag.ItemIsEditable:
                        self.edit(index)
                    else:
                        column = COLUMNS[index.column()].label
                        self.message.emit(self.tr("{column} is worked out, not typed: it cannot "
                                                  "be edited").format(column=column))
                    event.accept()
                    return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.message.emit(QCoreApplication.translate("PledgesView", DELETE_KEY_HINT))
                event.accept()
                return
        super().keyPressEvent(event)


class PledgesView(WorkspaceView):
    title = QT_TRANSLATE_NOOP("PledgesView", "Pledges")

    message = Signal(str)  # for the window's status bar: refusals, hints, what was done
    counts_changed = Signal(int, int, object, str)  # shown, all, EUR total, the footer's text
    filter_changed = Signal(object)  # the PledgeFilter now applied, after the text box changed it
    header_changed = Signal()  # column order, widths or visibility changed

    def __init__(self, runner: TaskRunner, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("pledges")
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.ctx: UndoContext | None = None
        self._prepared: Workspace | None = None  # the workspace whose write path is loaded
        self.last_message: QMessageBox | None = None  # the latest message box (tests look)
        self.last_dialog: QDialog | None = None  # the latest dialog opened by an action
        self.column_menu: QMenu | None = None
        self.model = PledgesModel(self)
        self.model.shown_changed.connect(self._show_counts)
        self.model.edit_handler = self._store_edit

        title = label(self.tr("Pledges"), "viewTitle")
        self.subtitle_label = label("", "viewSubtitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("pledgeFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Filter: reference, donor, capability, item, status, channel, source, notes")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(400)
        self.filter_edit.setAccessibleName(self.tr("Filter pledges"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.subtitle_label, 1)
        top.addWidget(self.filter_edit)

        self.shown_label = label("", "footer")
        self.shown_label.setObjectName("shownLabel")
        self.shown_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QCoreApplication.translate("PledgesView", HINT)
        self.hint_label = label(hint, "viewSubtitle")
        self.hint_label.setObjectName("editHint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A hint must not make the window wider: it gives way to the counts on narrow screens.
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setToolTip(hint)
        footer = QHBoxLayout()
        footer.addWidget(self.shown_label, 1)
        footer.addWidget(self.hint_label)

        self.table = _table(self.model)
        self.table.message.connect(self.message)
        self.delegate = PledgeDelegate(lambda: self.ws, self.selected_rows, self.table)
        self.delegate.message.connect(self.message)
        self.table.setItemDelegate(self.delegate)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(HEADER_SAVE_DELAY_MS)
        self._header_timer.timeout.connect(self.header_changed)
        header.sectionMoved.connect(lambda *_: self._header_timer.start())
        header.sectionResized.connect(lambda *_: self._header_timer.start())

        self.filter_bar: QWidget | None = None
        self.detail: QWidget | None = None
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("pledgesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

    # ------------------------------------------------------------------ companions
    def add_filter_bar(self, bar: QWidget) -> None:
        """Put the shared filter bar above the table; it takes over the free-text box."""
        self.filter_bar = bar
        self.filter_edit.setVisible(False)
        self._layout.insertWidget(1, bar)
        bar.filter_changed.connect(self.set_filter)  # type: ignore[attr-defined]

    def add_detail_pane(self, detail: QWidget, sizes: Sequence[int] = (560, 300)) -> None:
        """Show the selected pledge's deliveries and history under the table."""
        self.detail = detail
        self.splitter.addWidget(detail)
        self.splitter.setSizes(list(sizes))
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(lambda: self._show_detail(self.table.currentIndex()))

    def _show_detail(self, current: Any, _previous: Any = None) -> None:
        if self.detail is None:
            return
        row = current.row() if current is not None and current.isValid() else -1
        pledge_id = self.model.pledge_id(row) if 0 <= row < self.model.rowCount() else None
        self.detail.show_pledge(pledge_id)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ loading
    def set_workspace(self, ws: Workspace | None) -> None:
        if ws is not self.ws:
            self.undo_stack.clear()  # its steps belong to the other database
        self.ctx = None if ws is None else UndoContext.for_workspace(ws, self._step_failed)
        super().set_workspace(ws)

    def is_interested(self, change: Any) -> bool:
        return getattr(change, "entity", "all") in ("pledge", "delivery", "member", "rate", "all")

    def on_data_changed(self, change: Any) -> None:
        """Pledge edits are applied row by row while the table is on screen; anything else
        (or a hidden table) reloads as usual."""
        ids = tuple(getattr(change, "ids", ()) or ())
        if (getattr(change, "entity", "") == "pledge" and ids and self.ws is not None
                and self.isVisible() and self.is_ready() and not self._loading):
            kind = getattr(change, "kind", "updated")
            if kind == "deleted":
                self.model.remove_ids(ids)
            else:
                self.reload_rows(ids)
            return
        super().on_data_changed(change)

    def load(self, ws: Workspace) -> PledgeRows:
        # Sorted on the worker in the order the table shows, so the GUI thread only swaps lists.
        return PledgeRows(ws.pledges.table_rows(), presort=self.model.sort_column())

    def apply(self, data: PledgeRows) -> None:
        # A reload (a rate or a delivery changed, File > Reload) keeps the planner's place:
        # the same pledges selected, the same one current, the same one at the top.
        place = self._place()
        self.model.set_rows(data)
        self._return_to(place)
        ws = self.ws
        self.subtitle_label.setText(ws.path.name if ws is not None else "")
        if ws is not None and self._prepared is not ws:
            self._prepared = ws
            # The first write imports SQLAlchemy (~0.4 s): do it now, not on the first edit.
            self.runner.submit("prepare editing", ws.pledges.prepare_editing,
                               on_error=lambda _exc: None)

    def _place(self) -> tuple[list[int], tuple[int, int] | None, int | None]:
        model, table = self.model, self.table
        if not model.rowCount():
            return [], None, None
        selected = sorted({i.row() for i in table.selectionModel().selectedIndexes()})
        current = table.currentIndex()
        top = table.rowAt(0)
        return ([model.pledge_id(r) for r in selected],
                (model.pledge_id(current.row()), current.column()) if current.isValid() else None,
                model.pledge_id(top) if top >= 0 else None)

    def _return_to(self, place: tuple[list[int], tuple[int, int] | None, int | None]) -> None:
        selected, current, top = place
        wanted = [*selected, *([current[0]] if current else []), *([top] if top else [])]
        if not wanted:
            return
        self.model.fetch_to_show(wanted)
        if selected:
            self.select_ids(selected, scroll=False)
        if current is not None and (rows := self.model.rows_of_ids([current[0]])):
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[0], current[1]), QItemSelectionModel.SelectionFlag.NoUpdate)
        if top is not None and (rows := self.model.rows_of_ids([top])):
            self.table.scrollTo(self.model.index(rows[0], 0),
                                QAbstractItemView.ScrollHint.PositionAtTop)

    def clear(self) -> None:
        self.model.set_rows(PledgeRows([], presort=None))
        self.shown_label.setText(self.tr("Loading pledges…") if self.ws
                                 else self.tr("No database open"))

    def show_error(self, message: str) -> None:
        self.shown_label.setText(self.tr("Could not load the pledges: {message}").format(
            message=message))

    def reload_rows(self, pledge_ids: Sequence[int]) -> None:
        """Show these pledges as the database has them now (new ones at the top)."""
        ws = self.ws
        if ws is None or not pledge_ids:
            return
        if not self.is_ready() or self._loading:
            self.refresh()
            return
        rows = ws.pledges.table_rows_for(list(pledge_ids))
        unknown = set(self.model.update_rows(rows))
        self.model.insert_rows([r for r in rows if r[ID] in unknown])
        gone = set(pledge_ids) - {r[ID] for r in rows}
        self.model.remove_ids(gone)

    # ------------------------------------------------------------------ column layout
    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> None:
        header = self.table.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if header.count() == header.hiddenSectionCount():  # never leave a table with no column
            header.showSection(0)

    def _show_column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for column, spec in enumerate(COLUMNS):
            action = menu.addAction(spec.label)
            action.setObjectName(f"column_{column}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Show all columns"), self._show_all_columns)
        self.column_menu = menu
        menu.popup(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            self.message.emit(self.tr("At least one column stays visible"))
            return
        header.setSectionHidden(column, not visible)
        if visible and header.sectionSize(column) < 20:
            header.resizeSection(column, COLUMNS[column].width)
        self.header_changed.emit()

    def _show_all_columns(self) -> None:
        for column in range(len(COLUMNS)):
            self.set_column_visible(column, True)

    # ------------------------------------------------------------------ filter
    def set_filter(self, f: PledgeFilter) -> None:
        """Show the pledges that pass the shared filter; its text goes into the filter box."""
        if self.filter_edit.text() != f.text:
            blocked = self.filter_edit.blockSignals(True)
            self.filter_edit.setText(f.text)
            self.filter_edit.blockSignals(blocked)
        self._filter_timer.stop()
        self.model.set_filter(f)

    def filter(self) -> PledgeFilter:
        return self.model.filter()

    def apply_filter(self) -> None:
        """The free-text box changed: it is the filter's text."""
        self._filter_timer.stop()
        f = self.model.filter().replace(text=self.filter_edit.text())
        if f != self.model.filter():
            self.model.set_filter(f)
            self.filter_changed.emit(f)

    def _show_counts(self, shown: int, total: int, eur: Decimal) -> None:
        if shown == total:
            rows = self._count(total)
        else:
            rows = plural(self.tr("{shown} of %Ln pledge(s) match", "", total), total).format(
                shown=f"{shown:,}")
        text = self.tr("{rows} · EUR value {eur}").format(rows=rows, eur=eur_full(eur, symbol=True))
        cancelled = self.model.shown_cancelled_eur()
        if cancelled:
            text += self.tr(" (of which cancelled {eur})").format(eur=eur_full(cancelled, symbol=True))
        self.shown_label.setText(text)
        self.counts_changed.emit(shown, total, eur, text)

    # ------------------------------------------------------------------ selection
    def selected_rows(self) -> list[int]:
        """Shown row positions of the selection (the current row when nothing is selected)."""
        selection = self.table.selectionModel()
        rows = sorted({i.row() for i in selection.selectedIndexes()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def selected_tuples(self) -> list[Row]:
        return [self.model.row_tuple(r) for r in self.selected_rows()]

    def select_ids(self, pledge_ids: Sequence[int], *, scroll: bool = True) -> None:
        positions = self.model.rows_of_ids(pledge_ids)
        if not positions:
            return
        last = self.model.columnCount() - 1
        selection = QItemSelection()
        for pos in positions:
            selection.select(self.model.index(pos, 0), self.model.index(pos, last))
        flags = QItemSelectionModel.SelectionFlag
        model = self.table.selectionModel()
        model.setCurrentIndex(self.model.index(positions[0], 0), flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if scroll:
            self.table.scrollTo(self.model.index(positions[0], 0))

    # ------------------------------------------------------------------ running edits
    def _targets(self, rows: Sequence[Row]) -> list[Target]:
        return [Target(r[ID], r[VERSION], r[REF]) for r in rows]

    def run(self, command: PledgeCommand) -> bool:
        """Carry out an edit as one undo step; a refusal is shown and nothing is stored."""
        ids = command.pledge_ids()
        try:
            execute(self.undo_stack, command)
        except EditTakenOver:  # a merge is offered, or it is saved when the connection is back
            return False
        except StaleEdit as exc:
            self.reload_rows(ids)
            self._box("warning", self.tr("Changed elsewhere"),
                      self.tr("This pledge was changed elsewhere (another window or an import) "
                              "after the table showed it. Your change was not saved; the row now "
                              "shows what is stored."), str(exc))
            self.message.emit(self.tr("Not saved: {error}").format(error=exc))
            return False
        except DomainError as exc:
            self.reload_rows(ids)
            self.message.emit(self.tr("Not saved. {error}").format(error=exc))
            return False
        except Exception as exc:  # a bug or a locked database: say so, keep the window alive
            traceback.print_exception(exc, file=sys.stderr)
            self.reload_rows(ids)
            self._box("critical", self.tr("Could not save"), self.tr("The change was not saved."),
                      str(exc))
            return False
        self.message.emit(self.tr("Done: {what} (Ctrl+Z undoes)").format(what=command.text()))
        return True

    def _step_failed(self, exc: BaseException, ids: tuple[int, ...], what: str) -> None:
        """An undo or redo that the database refused (the stack has dropped that step)."""
        self.reload_rows(ids)
        undo = what == "undo"
        title = self.tr("Could not undo") if undo else self.tr("Could not redo")
        if isinstance(exc, StaleEdit):
            text = (self.tr("The undo was not carried out: the pledge was changed since. Nothing "
                            "was overwritten, and this step was taken out of the undo history.")
                    if undo else
                    self.tr("The redo was not carried out: the pledge was changed since. Nothing "
                            "was overwritten, and this step was taken out of the undo history."))
            self._box("warning", title, text, str(exc))
        elif isinstance(exc, DomainError):
            self.message.emit(f"{title}: {exc}")
        else:
            self._box("critical", title, self.tr("The undo was not carried out.") if undo
                      else self.tr("The redo was not carried out."), str(exc))

    def _store_edit(self, rows: list[Row], field: str, value: Any) -> bool:
        """The model's edit handler: a cell (or the selection, Ctrl+Enter) got a new value."""
        if self.ctx is None:
            return False
        if field == "status":
            changing = [r for r in rows if r[STATUS] != PledgeStatus(value).value]
            if not changing:
                return False
            if value is PledgeStatus.CANCELLED:
                self.cancel_rows(changing)  # a cancel always asks why
                return False
            return self.run(ChangeStatus(self.ctx, self._targets(changing),
                                         [PledgeStatus(r[STATUS]) for r in changing], value))
        edits = [CellEdit(Target(r[ID], r[VERSION], r[REF]), {field: old}, {field: value})
                 for r in rows if (old := field_value(r, field)) != value]
        if not edits:
            return False
        return self.run(EditPledgeCells(self.ctx, edits))

    # ------------------------------------------------------------------ commands (Edit menu)
    def run_command(self, name: str) -> None:
        commands: dict[str, Callable[[], None]] = {
            "copy": self.copy_selection, "paste": self.paste, "new": self.new_pledge,
            "duplicate": self.duplicate_selected, "cancel": self.cancel_selected,
            "delete": self.delete_selected, "set_status": self.set_status_of_selected,
            "set_channel": self.set_channel_of_selected,
        }
        if self.ctx is None:
            self.message.emit(self.tr("Open a database first"))
            return
        commands[name]()

    def copy_selection(self) -> None:
        rows = self.selected_tuples()
        if not rows:
            self.message.emit(self.tr("Select the pledges to copy"))
            return
        QGuiApplication.clipboard().setText(rows_to_tsv(rows))
        self.message.emit(plural(self.tr("Copied %Ln pledge(s) as a table (paste into Excel, or "
                                         "here)", "", len(rows)), len(rows)))

    def paste(self) -> None:
        if self.ctx is None:
            return
        result = parse_pledge_tsv(QGuiApplication.clipboard().text(), self.ctx.ws)
        if result.errors:
            self._paste_errors(result.errors)
            return
        command = CreatePledges(self.ctx, result.drafts, "paste", source="paste")
        if self.run(command):
            self.select_ids([p.id for p in command.created])

    def _paste_errors(self, errors: list[str]) -> None:
        shown = "\n".join(errors[:MAX_PASTE_ERRORS_SHOWN])
        if len(errors) > MAX_PASTE_ERRORS_SHOWN:
            shown += "\n" + self.tr("… and {n} more (see Details)").format(
                n=f"{len(errors) - MAX_PASTE_ERRORS_SHOWN:,}")
        problems = plural(self.tr("%Ln problem(s)", "", len(errors)), len(errors))
        box = self._box("warning", self.tr("Nothing was pasted"),
                        self.tr("The clipboard has {problems}; no pledge was created. Correct the "
                                "rows and paste again.").format(problems=problems), shown)
        if len(errors) > MAX_PASTE_ERRORS_SHOWN:
            box.setDetailedText("\n".join(errors))
        self.message.emit(self.tr("Nothing pasted: {problems} in the clipboard").format(
            problems=problems))

    def new_pledge(self) -> None:
        if self.ctx is None:
            return
        from ..dialogs.new_pledge_dialog import NewPledgeDialog

        dialog = NewPledgeDialog(self.ctx.ws, self._create_one, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _create_one(self, draft: PledgeDraft) -> str | None:
        if self.ctx is None:
            return self.tr("no database is open")
        command = CreatePledges(self.ctx, [draft], "new pledge")
        try:
            execute(self.undo_stack, command)
        except DomainError as exc:
            return str(exc)
        self.select_ids([p.id for p in command.created])
        self.message.emit(self.tr("Created {reference} (Ctrl+Z undoes)").format(
            reference=command.references[0]))
        return None

    def duplicate_selected(self) -> None:
        rows = self._need_selection(self.tr("Select the pledges to duplicate first"))
        if not rows or self.ctx is None:
            return
        ws = self.ctx.ws
        try:
            drafts = [ws.pledges.duplicate_draft(ws.pledges.get(r[ID])) for r in rows]
        except DomainError as exc:
            self.message.emit(self.tr("Not duplicated. {error}").format(error=exc))
            return
        command = CreatePledges(self.ctx, drafts, "duplicate", source="gui: duplicate")
        if self.run(command):
            self.select_ids([p.id for p in command.created])

    def set_status_of_selected(self) -> None:
        rows = self._need_selection(self.tr("Select the pledges to change the status of first"))
        if not rows or self.ctx is None:
            return
        ws = self.ctx.ws
        options: list[PledgeStatus] | None = None  # legal for every selected pledge
        for r in rows:
            status = PledgeStatus(r[STATUS])
            allowed = (ws.pledges.next_statuses(ws.pledges.get(r[ID]))
                       if status is PledgeStatus.SUSPENDED else allowed_next(status))
            options = list(allowed) if options is None else [s for s in options if s in allowed]
        options = options or []
        if not options:
            self.message.emit(self.tr("No status change is allowed for all {pledges} (delivered "
                                      "and cancelled pledges are final)").format(
                pledges=self._count(len(rows))))
            return

        by_text = {enum_text(s): s for s in options}

        def chosen(text: str) -> None:
            self._store_edit(rows, "status", by_text[text])

        self._choose(self.tr("Set status"),
                     self.tr("New status of {pledges}:").format(pledges=self._count(len(rows))),
                     list(by_text), chosen)

    def set_channel_of_selected(self) -> None:
        rows = self._need_selection(self.tr("Select the pledges to change the channel of first"))
        if not rows:
            return
        current = Channel(rows[0][CHANNEL])

        by_text = {enum_text(c): c for c in Channel}

        def chosen(text: str) -> None:
            self._store_edit(rows, "channel", by_text[text])

        labels = list(by_text)
        self._choose(self.tr("Set channel"),
                     self.tr("Channel of {pledges}:").format(pledges=self._count(len(rows))), labels, chosen,
                     current=labels.index(enum_text(current)))

    def cancel_selected(self) -> None:
        rows = self._need_selection(self.tr("Select the pledges to cancel first"))
        if rows:
            self.cancel_rows(rows)

    def cancel_rows(self, rows: list[Row]) -> None:
        final = [r[REF] for r in rows
                 if PledgeStatus.CANCELLED not in allowed_next(PledgeStatus(r[STATUS]))
                 and r[STATUS] != PledgeStatus.SUSPENDED.value]
        if final:
            refs = ", ".join(final[:5])
            self.message.emit(
                self.tr("Not cancelled: {refs} is already delivered or cancelled").format(refs=refs)
                if len(final) == 1 else
                self.tr("Not cancelled: {refs} are already delivered or cancelled").format(refs=refs))
            return
        from ..dialogs.reason_dialog import ReasonDialog

        several = len(rows) > 1
        title = self.tr("Cancel pledges") if several else self.tr("Cancel pledge")
        dialog = ReasonDialog(
            title,
            self.tr("Cancel {pledges}? A cancelled pledge stays in the table, with its EUR value "
                    "counted as cancelled.").format(pledges=self._names(rows)), title, self,
            placeholder=self.tr("e.g. withdrawn by the donor at UDCG-31"))

        def accepted() -> None:
            if self.ctx is not None:
                self.run(CancelPledges(self.ctx, self._targets(rows),
                                       [PledgeStatus(r[STATUS]) for r in rows], dialog.reason()))

        dialog.accepted.connect(accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        rows = self._need_selection(self.tr("Select the pledges to delete first"))
        if not rows or self.ctx is None:
            return
        from ..dialogs.reason_dialog import ReasonDialog

        ws = self.ctx.ws
        deliveries = sum(len(ws.deliveries.of_pledge(r[ID])) for r in rows[:500])
        details = self.tr("Only for a pledge entered by mistake (a duplicate, a typo). A pledge "
                          "the donor withdrew should be cancelled instead. The audit log keeps a "
                          "full copy, and Ctrl+Z brings the pledge back.")
        if deliveries:
            details += " " + plural(self.tr("Its %Ln delivery(ies) will be deleted too; undo does "
                                            "not bring deliveries back.", "", deliveries), deliveries)
        dialog = ReasonDialog(
            self.tr("Delete pledges created in error") if len(rows) > 1
            else self.tr("Delete pledge created in error"),
            self.tr("Delete {pledges} for good?").format(pledges=self._names(rows)), self.tr("Delete"),
            self, details=details,
            placeholder=self.tr("e.g. entered twice; the correct pledge is DEU-2024-017"))

        def accepted() -> None:
            if self.ctx is not None:
                self.run(DeletePledges(self.ctx, self._targets(rows), dialog.reason()))

        dialog.accepted.connect(accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _need_selection(self, hint: str) -> list[Row]:
        """The selected rows; `hint` is said when there are none."""
        rows = self.selected_tuples()
        if not rows:
            self.message.emit(hint)
        return rows

    def _count(self, n: int) -> str:
        return plural(self.tr("%Ln pledge(s)", "", n), n)

    def _names(self, rows: Sequence[Row]) -> str:
        if len(rows) == 1:
            return self.tr("pledge {reference}").format(reference=rows[0][REF])
        if len(rows) <= 3:
            return self.tr("pledges {references}").format(
                references=", ".join(r[REF] for r in rows))
        return self._count(len(rows))

    # ------------------------------------------------------------------ dialogs
    def _choose(self, title: str, text: str, items: list[str], chosen: Callable[[str], None], *,
                current: int = 0) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("chooseDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setComboBoxItems(items)
        dialog.setTextValue(items[current])
        dialog.textValueSelected.connect(chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _box(self, icon: str, title: str, text: str, details: str = "") -> QMessageBox:
        """A message box that does not block the event loop."""
        from ..widget_helpers import message_box

        box = self.last_message = message_box(self, icon, title, text, details, name="pledgesMessage")
        return box


def _table(model: PledgesModel) -> PledgeTable:
    table = PledgeTable()
    table.setObjectName("pledgesTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    triggers = QAbstractItemView.EditTrigger
    table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
    table.setTabKeyNavigation(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.setMinimumSectionSize(ROW_HEIGHT)
    vertical.setSectionResizeMode(vertical.ResizeMode.Fixed)  # uniform rows: no per-row sizing
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    header.setSectionsMovable(True)  # planners put the columns they need first
    for column, spec in enumerate(COLUMNS):
        header.resizeSection(column, spec.width)
    return table
