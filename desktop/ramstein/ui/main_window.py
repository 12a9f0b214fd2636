"""The main window: menus and toolbar from actions.py, navigation, the five views, status bar.

The window is built and painted before any database code is imported. The workspace is then
opened on the worker thread (`open_path`), and each view loads its data when it is visible.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from . import appearance
from .actions import EDITING_ACTIONS, VIEWS, apply_icons, build_actions, build_menus, build_toolbar
from .change_relay import ChangeRelay
from .views.dashboard_view import DashboardView
from .window_settings import WindowSettings
from .workers import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
    from PySide6.QtWidgets import QMessageBox

    from ..domain.filters import PledgeFilter
    from ..domain.records import Summary
    from ..services import Workspace
    from .excel_exchange import ExcelExchange
    from .open_database import DatabaseOpener
    from .sharing import Sharing


class MainWindow(QMainWindow):
    first_painted = Signal()  # emitted once, right after the window's first paint
    workspace_opened = Signal(object)  # the Workspace now shown
    workspace_failed = Signal(str)  # the message shown to the user
    demo_finished = Signal(bool)  # True when demo data was created

    def __init__(self, settings: WindowSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ws: Workspace | None = None
        self.runner = TaskRunner(self)
        self.relay = ChangeRelay(self)
        self.relay.data_changed.connect(self._on_data_changed)
        self.last_message: QMessageBox | None = None  # the latest non-blocking message box
        self.marking_dialog: QWidget | None = None  # Tools > Classification marking… (kept alive)
        self.language_dialog: QWidget | None = None  # Tools > Language… (kept alive)
        self._painted = False
        self._setup_finished = False
        self._pending_open: tuple[Path | None, bool, bool] | None = None
        self.read_only = False  # the database is open in another window: edits are refused
        self._opener: DatabaseOpener | None = None
        self.sharing: Sharing | None = None  # merges, others' changes, connection loss
        self._excel: ExcelExchange | None = None
        self._brief: Any = None  # File > Export brief… (dialogs/brief_dialog.BriefExport)
        self._view_factories: dict[str, Callable[[], QWidget]] = {
            "pledges": self._make_pledges_view,
            "calendar": self._make_calendar_view,
            "members": self._make_members_view,
            "fund": self._make_fund_view,
        }

        self.setWindowTitle(APP_NAME)
        self.undo_stack = QUndoStack(self)  # one history per workspace: cleared on opening another
        self.named_actions = build_actions(self)
        self._connect_undo_actions()
        self.menus = build_menus(self.menuBar(), self.named_actions)
        self.menus["recent"].aboutToShow.connect(
            lambda: self.opener().fill_recent_menu(self.menus["recent"]))
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        build_toolbar(self.toolbar, self.named_actions)

        self.filter_bar: QWidget | None = None  # built with the pledges view
        self.pledge_detail: QWidget | None = None
        self.stack = QStackedWidget()
        self.stack.setObjectName("views")
        self.dashboard = DashboardView(self.runner)
        self.dashboard.summary_shown.connect(self._take_counts)
        # After whoever else waits for the figures (a queued call, not a direct one).
        self.dashboard.figures_shown.connect(lambda: QTimer.singleShot(0, self._finish_setup))
        self.views: dict[str, QWidget] = {"dashboard": self.dashboard}
        # The dashboard scrolls on small screens instead of forcing a wide window.
        self._containers: dict[str, QWidget] = {"dashboard": _scrolling(self.dashboard)}
        self.stack.addWidget(self._containers["dashboard"])
        self.nav_buttons: dict[str, QPushButton] = {}

        central = QWidget()
        self._column = QVBoxLayout(central)  # the connection banner goes on top (ui/sharing.py)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        row = QHBoxLayout()
        self._column.addLayout(row, 1)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._navigation())
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.path_label = QLabel(self.tr("No database open"))
        self.path_label.setObjectName("pathLabel")
        self.counts_label = QLabel("")
        self.counts_label.setObjectName("countsLabel")
        self.pledges_label = QLabel("")  # what the pledges table shows: count and EUR total
        self.pledges_label.setObjectName("pledgesShownLabel")
        self.pledges_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.pledges_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.path_label)

        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(500)
        self._counts_timer.timeout.connect(self._refresh_counts)

        self._restore_window()
        self.show_view("dashboard")
        self.setAcceptDrops(True)  # an .xlsx dropped on the window is imported (with a preview)

    # ------------------------------------------------------------------ layout
    def _navigation(self) -> QFrame:
        nav = QFrame()  # a QFrame paints its style-sheet background; a plain QWidget does not
        nav.setObjectName("nav")
        nav.setStyleSheet(appearance.NAV)
        nav.setFixedWidth(196)
        layout = QVBoxLayout(nav)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.setSpacing(0)
        title = QLabel(APP_NAME)  # the product's name is not translated
        title.setObjectName("navTitle")
        subtitle = QLabel(self.tr("UDCG · NSATU aid planning"))
        subtitle.setObjectName("navSubtitle")
        layout.addWidget(title)
        layout.addWidget(subtitle)
        for key, _title, _shortcut in VIEWS:
            action = self.named_actions[f"view_{key}"]
            button = QPushButton(action.text())
            button.setObjectName(f"nav_{key}")
            button.setCheckable(True)
            button.setToolTip(action.toolTip())
            button.clicked.connect(lambda _checked=False, a=action: a.trigger())
            action.toggled.connect(button.setChecked)
            layout.addWidget(button)
            self.nav_buttons[key] = button
        layout.addStretch(1)
        return nav

    def _finish_setup(self) -> None:
        """What can wait until the figures are on screen (it touches PySide's costly enums)."""
        if self._setup_finished:
            return
        self._setup_finished = True
        from PySide6.QtCore import Qt

        apply_icons(self, self.named_actions)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in self.nav_buttons.values():
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if button.hasFocus():  # it got the window's first focus; the view should have it
                self.stack.currentWidget().setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has been flushed: announce it, then start the heavy work.
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        if self._pending_open is not None:
            path, create, demo = self._pending_open
            self._pending_open = None
            self.open_path(path, create=create, demo_if_empty=demo)
        # Not before the figures: it costs the GUI thread ~25 ms of GIL time (Qt enums).
        QTimer.singleShot(1000, self._finish_setup)

    # ------------------------------------------------------------------ views
    def show_view(self, key: str) -> None:
        page = self.views.get(key)
        if page is None:
            page = self.views[key] = self._view_factories[key]()
            page.setParent(self.stack)
            page.set_workspace(self.ws)  # type: ignore[attr-defined]
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self._containers.get(key, page))
        self.pledges_label.setVisible(key == "pledges")
        action = self.named_actions[f"view_{key}"]
        if not action.isChecked():
            action.setChecked(True)

    def current_view_key(self) -> str:
        current = self.stack.currentWidget()
        return next(key for key, page in self.views.items()
                    if self._containers.get(key, page) is current)

    def view(self, key: str) -> QWidget:
        """The page of a view, created if needed (without switching to it)."""
        page = self.views.get(key)
        if page is None:
            current = self.current_view_key()
            self.show_view(key)
            self.show_view(current)
            page = self.views[key]
        return page

    def _make_pledges_view(self) -> QWidget:
        from PySide6.QtCore import Qt

        from .views.pledges_view import PledgesView

        view = PledgesView(self.runner, self.undo_stack)
        view.restore_header(self.settings.get("pledges/header"))
        view.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        view.counts_changed.connect(self._show_pledge_counts)
        view.header_changed.connect(
            lambda: self.settings.set("pledges/header", view.header_state()))
        view.table.addActions([self.named_actions[name] for name in (
            "copy", "paste", "new_pledge", "duplicate_pledge", "set_status", "set_channel",
            "cancel_pledge", "delete_pledge")])
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        from .filter_bar import FilterBar
        from .views.pledge_detail import PledgeDetail

        self.filter_bar = FilterBar(self.ws, self.settings.store)
        view.add_filter_bar(self.filter_bar)
        self._share_filter()
        detail = PledgeDetail(self.ws, self.undo_stack, self.relay)
        detail.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        view.add_detail_pane(detail)
        if self.ws is not None:
            detail.set_workspace(self.ws)
        self.pledge_detail = detail
        return view

    def _make_calendar_view(self) -> QWidget:
        from .views.calendar_view import CalendarView

        today = self.ws.today() if self.ws is not None else None
        view = CalendarView(self.runner, self.undo_stack, today=today)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.views["calendar"] = view
        self._share_filter()
        return view

    def _make_members_view(self) -> QWidget:
        from .views.members_view import MembersView

        view = MembersView(self.runner)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        # A member's workbook is the main export with a donor filter (progress, cancel, errors).
        view.export_requested.connect(lambda path, flt: self.excel().export_to(path, flt))
        return view

    def _make_fund_view(self) -> QWidget:
        from .views.fund_view import FundView

        view = FundView(self.runner, self.undo_stack)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        return view

    def _share_filter(self) -> None:
        """The calendar follows the filter bar's donors, kinds, capabilities and text."""
        calendar, bar = self.views.get("calendar"), self.filter_bar
        if calendar is None or bar is None:
            return
        calendar.set_shared_filter(bar.current_filter())  # type: ignore[attr-defined]
        bar.filter_changed.connect(calendar.set_shared_filter)  # type: ignore[attr-defined]

    def calendar_view(self) -> Any:
        return self.view("calendar")

    def export_calendar(self) -> None:
        """File > Export calendar…: the calendar's filtered deliveries as an .ics file."""
        if self.ws is None:
            self.statusBar().showMessage(self.tr("Open a database first."), 10_000)
            return
        self.calendar_view().choose_export_ics()

    def print_calendar(self) -> None:
        """File > Print calendar month to PDF…: the month the calendar shows."""
        if self.ws is None:
            self.statusBar().showMessage(self.tr("Open a database first."), 10_000)
            return
        self.calendar_view().choose_print()

    def export_brief(self) -> None:
        """File > Export brief…: the staff brief as a PDF (dialogs/brief_dialog.py)."""
        if self._brief is None:
            from .dialogs.brief_dialog import BriefExport

            self._brief = BriefExport(self)
        self._brief.choose()

    # ------------------------------------------------------------------ opening databases
    def open_after_first_paint(self, path: Path | None, *, create: bool = True,
                               demo_if_empty: bool = False) -> None:
        """Open `path` (None: the per-user default) as soon as the window has been painted."""
        if self._painted:
            self.open_path(path, create=create, demo_if_empty=demo_if_empty)
        else:
            self._pending_open = (path, create, demo_if_empty)

    def open_path(self, path: Path | None, *, create: bool = False,
                  demo_if_empty: bool = False) -> None:
        """Open `path` (None: the per-user default) on the worker and show it."""
        self.opener().open_path(path, create=create, demo_if_empty=demo_if_empty)

    def opener(self) -> DatabaseOpener:
        """Opening and creating databases (open_database.py, imported on first use)."""
        if self._opener is None:
            from .open_database import DatabaseOpener

            self._opener = DatabaseOpener(self)
        return self._opener

    def set_workspace(self, ws: Workspace) -> None:
        """Show `ws` (already open) in every view; the previous workspace is closed."""
        old, self.ws = self.ws, ws
        if old is not ws:
            self.undo_stack.clear()  # its steps belong to the other database
        self.relay.attach(ws)
        self._attach_sharing(ws)
        for page in self.views.values():
            page.set_workspace(ws)  # type: ignore[attr-defined]
        for companion in (self.filter_bar, self.pledge_detail):
            if companion is not None:
                companion.set_workspace(ws)  # type: ignore[attr-defined]
        self.setWindowTitle(f"{APP_NAME} — {_title_name(ws)}")
        self.path_label.setText(ws.db.display)  # a server database: user@host/dbname
        self.path_label.setToolTip(ws.db.display)
        self.counts_label.setText("")
        if not ws.db.is_server:  # recent files and the last folder are about files
            self.settings.add_recent(ws.path)
            self.settings.set("files/last_dir", str(ws.path.parent))
        if old is not None and old is not ws:
            self.runner.submit("close database", old.close)  # after its queued reads
        if not self.dashboard.isVisible():
            self._counts_timer.start(0)
        self.workspace_opened.emit(ws)

    def _attach_sharing(self, ws: Workspace) -> None:
        """Hand `ws` to the sharing layer; at start-up only once the dashboard's figures are on
        screen (or after a moment when another view is shown): building it imports the change
        watcher, the banner and the merge code, which would hold the figures up (issue 10)."""
        if self.sharing is not None or self.dashboard.is_ready():
            self._sharing().set_workspace(ws)
            return

        done: list[bool] = []

        def attach() -> None:
            if done:
                return  # the figures and the fallback both fired
            done.append(True)
            fallback.stop()
            fallback.deleteLater()
            self.dashboard.figures_shown.disconnect(attach)
            if self.ws is ws and (self.sharing is None or self.sharing.ws is not ws):
                self._sharing().set_workspace(ws)

        fallback = QTimer(self)
        fallback.setSingleShot(True)
        fallback.setInterval(1500)
        fallback.timeout.connect(attach)
        self.dashboard.figures_shown.connect(attach)
        fallback.start()

    def _sharing(self) -> Sharing:
        """Working on a shared database (ui/sharing.py): made with the first workspace, after
        the first paint, like the rest of the database code."""
        if self.sharing is None:
            from .sharing import Sharing

            self.sharing = Sharing(self)
            self._column.insertWidget(0, self.sharing.banner)
        return self.sharing

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: the database refuses writes (query_only) and the editing actions are off.

        Inline edits in the views are not disabled one by one: the database refuses them and
        the view says so (ui/dialogs/error_dialog.write_failure_text)."""
        self.read_only = read_only
        for name in EDITING_ACTIONS:
            self.named_actions[name].setEnabled(not read_only)
        if not read_only:  # undo/redo follow the stack again
            self.named_actions["undo"].setEnabled(self.undo_stack.canUndo())
            self.named_actions["redo"].setEnabled(self.undo_stack.canRedo())
        if self.ws is not None:
            name, path = _title_name(self.ws), self.ws.db.display
            if read_only:
                self.setWindowTitle(self.tr("{app} — {name} (read-only)").format(
                    app=APP_NAME, name=name))
                self.path_label.setText(self.tr("{path} — read-only").format(path=path))
            else:
                self.setWindowTitle(f"{APP_NAME} — {name}")
                self.path_label.setText(path)

    def create_demo_data(self) -> None:
        self.opener().create_demo_data()

    # ------------------------------------------------------------------ changes and counts
    def _on_data_changed(self, change: Any) -> None:
        for page in self.views.values():
            page.on_data_changed(change)  # type: ignore[attr-defined]
        if not self.dashboard.isVisible():
            self._counts_timer.start()

    def _take_counts(self, summary: Summary) -> None:
        self._show_counts(summary.pledges, summary.deliveries, summary.members)

    def _refresh_counts(self) -> None:
        ws = self.ws
        if ws is None:
            return
        self.runner.submit(
            "counts", ws.summaries.totals,
            on_result=lambda s: self._take_counts(s) if ws is self.ws else None,
        )

    def _show_counts(self, pledges: int, deliveries: int, members: int) -> None:
        from .formatting import count_text

        self.counts_label.setText(
            self.tr("{pledges} pledges · {deliveries} deliveries · {members} members").format(
                pledges=count_text(pledges), deliveries=count_text(deliveries),
                members=count_text(members))
        )

    # ------------------------------------------------------------------ edit menu
    def _connect_undo_actions(self) -> None:
        stack = self.undo_stack
        undo, redo = self.named_actions["undo"], self.named_actions["redo"]
        undo.setEnabled(False)
        redo.setEnabled(False)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(lambda text: _say(undo, "undo", text))
        stack.redoTextChanged.connect(lambda text: _say(redo, "redo", text))

    def _show_pledge_counts(self, shown: int, total: int, eur: object, text: str) -> None:
        from .formatting import count_text, eur_short

        if shown == total:
            rows = self.tr("{total} pledges").format(total=count_text(total))
        else:
            rows = self.tr("{shown} of {total} pledges").format(
                shown=count_text(shown), total=count_text(total))
        self.pledges_label.setText(self.tr("Table: {rows} · {eur}").format(
            rows=rows, eur=eur_short(eur)))  # type: ignore[arg-type]
        self.pledges_label.setToolTip(text)

    def undo(self) -> None:
        self._step(self.undo_stack.index() - 1, "undo", self.undo_stack.undo)

    def redo(self) -> None:
        self._step(self.undo_stack.index(), "redo", self.undo_stack.redo)

    def _step(self, index: int, what: str, move: Callable[[], None]) -> None:
        """Undo/redo; a step that takes long (an import) runs on the worker, then the stack moves."""
        command = self.undo_stack.command(index) if 0 <= index < self.undo_stack.count() else None
        if command is None or not getattr(command, "runs_on_worker", False):
            move()
            return
        if getattr(command, "preparing", False):
            return  # the same step is already running
        from PySide6.QtCore import Qt

        from .progress_dialog import DialogProgress

        step = f"{command.text()[:1].lower()}{command.text()[1:]}"
        undoing = what == "undo"
        verb = self.tr("Undo") if undoing else self.tr("Redo")
        text = (self.tr("Undo {step}…") if undoing else self.tr("Redo {step}…")).format(step=step)
        progress = DialogProgress(verb, text, self)
        progress.dialog.setCancelButton(None)  # one transaction, no cancel point
        progress.dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no edits meanwhile
        progress.open()
        self.statusBar().showMessage(text)
        stack = self.undo_stack
        expected = stack.index()

        def then() -> None:
            progress.close()
            if stack.index() != expected:  # cannot happen behind the modal dialog; stay honest
                stack.clear()
                title = self.tr("Undo of an import") if undoing else self.tr("Redo of an import")
                body = (self.tr("{step}: the undo was carried out, but the history changed "
                                "meanwhile and was cleared.") if undoing else
                        self.tr("{step}: the redo was carried out, but the history changed "
                                "meanwhile and was cleared."))
                self.show_message("warning", title, body.format(step=command.text()))
                return
            count_before = stack.count()
            move()
            if stack.count() == count_before:  # a refused step is removed and told
                done = self.tr("Undone: {step}") if undoing else self.tr("Redone: {step}")
                self.statusBar().showMessage(done.format(step=command.text()), 15_000)

        command.prepare(what, self.runner, then)  # type: ignore[attr-defined]

    def pledge_command(self, name: str) -> None:
        """An Edit-menu action on the pledges table (a new pledge opens the table first)."""
        if name == "new":
            self.show_view("pledges")
        elif self.current_view_key() != "pledges":
            self.statusBar().showMessage(
                self.tr("Go to Pledges (Ctrl+2) to copy, paste or change pledges"), 10_000)
            return
        self.views["pledges"].run_command(name)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ action handlers
    def new_database(self) -> None:
        self.opener().choose_new()

    def open_database(self) -> None:
        self.opener().choose_existing()

    def restore_backup(self) -> None:
        """File > Restore backup…: pick a backup of the open database, confirm, restore."""
        self.opener().choose_restore()

    def reload(self) -> None:
        for page in self.views.values():
            page.on_data_changed(None)  # type: ignore[attr-defined]
        if not self.dashboard.isVisible():
            self._counts_timer.start(0)

    def classification_marking(self) -> None:
        """Tools > Classification marking…: set the marking exports carry (audited)."""
        if self.ws is None:
            self.statusBar().showMessage(self.tr("Open a database first."), 10_000)
            return
        from .dialogs.marking_dialog import MarkingDialog

        dialog = self.marking_dialog = MarkingDialog(self.ws, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Classification marking: {marking}").format(
                marking=dialog.marking_edit.text().strip() or self.tr("(none)")), 15_000))
        dialog.open()

    def exchange_rates(self) -> None:
        """Tools > Exchange rates…: view, edit and import the rates pledges are valued with."""
        if self.ws is None:
            self.statusBar().showMessage(self.tr("Open a database first."), 10_000)
            return
        from .dialogs.rates_dialog import RatesDialog

        dialog = RatesDialog(self.ws, self, runner=self.runner,
                             start_dir=str(self.settings.get("files/last_dir") or ""))
        dialog.rates_changed.connect(
            lambda n: self.statusBar().showMessage(
                self.tr("Exchange rates changed: {n} pledges re-valued.").format(
                    n=_count(n)), 15_000))
        dialog.exec()

    def choose_language(self) -> None:
        """Tools > Language…: saved for the next start; "restart now" reopens this database."""
        from .dialogs.language_dialog import LanguageDialog, restart

        dialog = self.language_dialog = LanguageDialog(self.settings, self)
        dialog.restart_requested.connect(lambda: QTimer.singleShot(0, lambda: restart(self)))
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Language saved; it applies from the next start."), 15_000))
        dialog.open()

    # ------------------------------------------------------------------ Excel files
    def excel(self) -> ExcelExchange:
        """Export, template and import of workbooks (excel_exchange.py, imported on first use)."""
        if self._excel is None:
            from .excel_exchange import ExcelExchange

            self._excel = ExcelExchange(self)
        return self._excel

    def import_excel(self) -> None:
        self.excel().choose_import()

    def import_foreign_sheet(self) -> None:
        """File > Import foreign sheet…: map a foreign sheet's columns, preview, import."""
        if self.ws is None:
            self.statusBar().showMessage(self.tr("Open a database first."), 10_000)
            return
        from .dialogs.mapping_dialog import MappingDialog

        dialog = MappingDialog(self.ws, self, runner=self.runner,
                               start_dir=str(self.settings.get("files/last_dir") or ""))
        dialog.imported.connect(
            lambda n: self.statusBar().showMessage(
                self.tr("Imported {n} pledges from a foreign sheet.").format(n=_count(n)), 15_000))
        dialog.applied.connect(self._push_mapped_import)
        dialog.exec()

    def _push_mapped_import(self, result: Any) -> None:
        """A foreign-sheet import is one undo step, like an Excel import."""
        from .import_commands import ImportCommand, import_text

        if result.applied_import is None or self.ws is None:
            return
        path = result.file
        self.undo_stack.push(ImportCommand(
            self.ws, result.applied_import, import_text(path.name, result.new, 0),
            lambda exc, what: self.excel()._undo_failed(path, exc, what)))

    def export_excel(self) -> None:
        self.excel().choose_export()

    def export_template(self) -> None:
        self.excel().choose_template()

    def pledge_filter(self) -> tuple[PledgeFilter | None, str]:
        """The filter the Pledges table applies now and its description ("" when none)."""
        view = self.views.get("pledges")
        if view is None:
            return None, ""  # never opened: no filter has been chosen
        flt: PledgeFilter = view.filter()  # type: ignore[attr-defined]
        if flt.is_empty():
            return flt, ""
        return flt, self.excel().describe_filter(flt)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        path, refusal = _dropped_xlsx(event.mimeData())
        if path is None:
            self.statusBar().showMessage(refusal, 10_000)
            event.ignore()
            return
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path, refusal = _dropped_xlsx(event.mimeData())
        if path is None:
            self.statusBar().showMessage(refusal, 10_000)
            event.ignore()
            return
        event.acceptProposedAction()
        self.excel().import_file(path)

    def about(self) -> None:
        from .. import __version__

        self.show_message(
            "none", self.tr("About {app}").format(app=APP_NAME),
            f"<b>{APP_NAME}</b> {__version__}",
            None,
            informative=self.tr(
                "Planning of military aid to Ukraine for the Ukraine Defense Contact "
                "Group and NATO NSATU staff: who pledged what, when it arrives, and "
                "how each member stands against its fair share."),
        )

    def show_message(self, icon: str, title: str, text: str, details: str | None = None,
                 *, informative: str | None = None) -> None:
        """A message that does not block the event loop (workers keep reporting).

        icon: "critical", "warning", "information" or "none".
        """
        from .widget_helpers import message_box

        self.last_message = message_box(self, icon, title, text, informative or details or "")

    # ------------------------------------------------------------------ settings
    def _restore_window(self) -> None:
        geometry: QByteArray = self.settings.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        state: QByteArray = self.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)

    def save_window(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        pledges = self.views.get("pledges")
        if pledges is not None:
            self.settings.set("pledges/header", pledges.header_state())  # type: ignore[attr-defined]
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sharing is not None and not self.sharing.confirm_close(self.close):
            event.ignore()  # edits wait for the connection: the planner is asked first
            return
        self.save_window()
        if self._opener is not None:
            self._opener.cancel_demo()
        self.relay.attach(None)
        self.runner.shutdown()
        if self.ws is not None:
            self.ws.close()
            self.ws = None
        if self._opener is not None:
            self._opener.release_lock()  # after the database is closed
        super().closeEvent(event)


def _count(n: int) -> str:
    from .formatting import count_text

    return count_text(n)


def _say(action: QAction, which: str, what: str) -> None:
    """Undo/redo read what they do: "Undo change status of 20 pledges to Committed"."""
    undoing = which == "undo"
    menu = QCoreApplication.translate("MainWindow", "&Undo") if undoing else QCoreApplication.translate("MainWindow", "&Redo")
    plain = QCoreApplication.translate("MainWindow", "Undo") if undoing else QCoreApplication.translate("MainWindow", "Redo")
    if what:
        action.setText((QCoreApplication.translate("MainWindow", "&Undo {step}") if undoing else QCoreApplication.translate("MainWindow", "&Redo {step}")).format(step=what))
        tip = (QCoreApplication.translate("MainWindow", "Undo {step}") if undoing else QCoreApplication.translate("MainWindow", "Redo {step}")).format(step=what)
    else:
        action.setText(menu)
        tip = QCoreApplication.translate("MainWindow", "Nothing to undo") if undoing else QCoreApplication.translate("MainWindow", "Nothing to redo")
    action.setIconText(plain)  # the toolbar button keeps its width
    action.setToolTip(tip)
    action.setStatusTip(tip)


def _dropped_xlsx(mime: Any) -> tuple[Path | None, str]:
    """The one local .xlsx file being dropped, or None and why it is refused."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1:
        return None, (QCoreApplication.translate("MainWindow", "Drop one .xlsx file to import it") if urls
                      else QCoreApplication.translate("MainWindow", "Only an .xlsx file can be dropped here (to import it)"))
    url = urls[0]
    if not url.isLocalFile():
        return None, QCoreApplication.translate("MainWindow", "{url} is not a file on this computer: save it first, then drop it"
                         ).format(url=url.toString())
    path = Path(url.toLocalFile())
    if path.suffix.lower() != ".xlsx" or not path.is_file():
        return None, QCoreApplication.translate("MainWindow", "{name} is not an .xlsx workbook: only .xlsx files can be imported"
                         ).format(name=path.name)
    return path, ""


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _title_name(ws: Workspace) -> str:
    """The window title's name of a database: the file name, or user@host/dbname."""
    return ws.db.display if ws.db.is_server else ws.path.name
