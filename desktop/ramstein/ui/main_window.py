"""The main window: menus and toolbar from actions.py, navigation, the five views, status bar.

The window is built and painted before any database code is imported. The workspace is then
opened on the worker thread (`open_path`), and each view loads its data when it is visible.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
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
from . import stylesheets
from .actions import VIEWS, apply_icons, build_actions, build_menus, build_toolbar
from .change_relay import ChangeRelay
from .stylesheets import label
from .views.dashboard_view import DashboardView
from .window_settings import WindowSettings
from .workers import DialogProgress, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ..domain.records import Summary
    from ..services import Workspace

DEMO_PLEDGES = 2_000
DEMO_DELIVERIES = 6_000
DB_FILTER = "Ramstein Planner database (*.db *.sqlite *.sqlite3);;All files (*)"

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
        self._painted = False
        self._setup_finished = False
        self._pending_open: tuple[Path | None, bool, bool] | None = None
        self._open_generation = 0
        self._demo_progress: DialogProgress | None = None
        self._view_factories: dict[str, Callable[[], QWidget]] = {
            "pledges": self._make_pledges_view,
            "calendar": lambda: self._make_placeholder("calendar"),
            "members": lambda: self._make_placeholder("members"),
            "fund": lambda: self._make_placeholder("fund"),
        }

        self.setWindowTitle(APP_NAME)
        self.named_actions = build_actions(self)
        self.menus = build_menus(self.menuBar(), self.named_actions)
        self.menus["recent"].aboutToShow.connect(self._fill_recent_menu)
        self.toolbar = self.addToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        build_toolbar(self.toolbar, self.named_actions)

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
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._navigation())
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.path_label = QLabel("No database open")
        self.path_label.setObjectName("pathLabel")
        self.counts_label = QLabel("")
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.path_label)

        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(500)
        self._counts_timer.timeout.connect(self._refresh_counts)

        self._restore_window()
        self.show_view("dashboard")

    # ------------------------------------------------------------------ layout
    def _navigation(self) -> QFrame:
        nav = QFrame()  # a QFrame paints its style-sheet background; a plain QWidget does not
        nav.setObjectName("nav")
        nav.setStyleSheet(stylesheets.NAV)
        nav.setFixedWidth(196)
        layout = QVBoxLayout(nav)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.setSpacing(0)
        title = label("Ramstein Planner", "navTitle")
        subtitle = label("UDCG · NSATU aid planning", "navSubtitle")
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
        from .views.pledges_view import PledgesView

        view = PledgesView(self.runner)
        view.restore_header(self.settings.get("pledges/header"))
        return view

    def _make_placeholder(self, key: str) -> QWidget:
        from .views.placeholder_view import PlaceholderView

        return PlaceholderView(key)

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
        self._open_generation += 1
        generation = self._open_generation
        shown = str(path) if path is not None else "the default database"
        self.statusBar().showMessage(f"Opening {shown}…")
        self.runner.submit(
            "open database", _open_workspace, path, create, demo_if_empty,
            on_result=lambda result: self._opened(generation, *result),
            on_error=lambda exc: self._open_failed(generation, path, exc),
        )

    def set_workspace(self, ws: Workspace) -> None:
        """Show `ws` (already open) in every view; the previous workspace is closed."""
        old, self.ws = self.ws, ws
        self.relay.attach(ws)
        for page in self.views.values():
            page.set_workspace(ws)  # type: ignore[attr-defined]
        self.setWindowTitle(f"{APP_NAME} — {ws.path.name}")
        self.path_label.setText(str(ws.path))
        self.path_label.setToolTip(str(ws.path))
        self.counts_label.setText("")
        self.settings.add_recent(ws.path)
        self.settings.set("files/last_dir", str(ws.path.parent))
        if old is not None and old is not ws:
            self.runner.submit("close database", old.close)  # after its queued reads
        if not self.dashboard.isVisible():
            self._counts_timer.start(0)
        self.workspace_opened.emit(ws)

    def _opened(self, generation: int, ws: Workspace, empty: bool | None) -> None:
        if generation != self._open_generation:
            self.runner.submit("close database", ws.close)
            return
        self.set_workspace(ws)
        self.statusBar().showMessage(f"Opened {ws.path}", 5000)
        if empty:
            self.create_demo_data()

    def _open_failed(self, generation: int, path: Path | None, exc: BaseException) -> None:
        if generation != self._open_generation:
            return
        message = str(exc) or type(exc).__name__
        shown = str(path) if path is not None else "the default database"
        self.statusBar().showMessage(f"Could not open {shown}")
        if self.ws is None:
            self.dashboard.subtitle_label.setText("No database open")
        self._message("critical", "Could not open the database",
                      f"Ramstein Planner could not open {shown}.", message)
        self.workspace_failed.emit(message)

    # ------------------------------------------------------------------ demo data
    def create_demo_data(self) -> None:
        ws = self.ws
        if ws is None:
            return
        text = (f"This database has no pledges yet: creating demo data "
                f"({DEMO_PLEDGES:,} pledges, {DEMO_DELIVERIES:,} deliveries)…")
        self.statusBar().showMessage(text)
        progress = self._demo_progress = DialogProgress("Creating demo data", text, self)
        progress.open()
        self.runner.submit(
            "demo data", _build_demo, ws, progress,
            on_result=lambda _r: self._demo_done(progress, None),
            on_error=lambda exc: self._demo_done(progress, exc),
        )

    def _demo_done(self, progress: DialogProgress, exc: BaseException | None) -> None:
        progress.close()
        self._demo_progress = None
        if exc is None:
            text = (f"Demo data created: {DEMO_PLEDGES:,} invented pledges and "
                    f"{DEMO_DELIVERIES:,} deliveries, for trying the application. "
                    "They are not real figures.")
            self.statusBar().showMessage(text)
            self._message("information", "Demo data created", text)
        elif type(exc).__name__ == "Cancelled":
            self.statusBar().showMessage("Demo data not created (cancelled); the database is unchanged.")
        else:
            self.statusBar().showMessage("Demo data could not be created")
            self._message("warning", "Demo data not created",
                          "The demo data could not be created.", str(exc))
        self.reload()
        self.demo_finished.emit(exc is None)

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
        self.counts_label.setText(
            f"{pledges:,} pledges · {deliveries:,} deliveries · {members:,} members"
        )

    # ------------------------------------------------------------------ action handlers
    def new_database(self) -> None:
        start = Path(self.settings.get("files/last_dir") or Path.home()) / "planner.db"
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self, "New database", str(start), DB_FILTER)
        if not name:
            return
        path = Path(name)
        if path.exists() and path.stat().st_size > 0:
            self._message("warning", "File exists",
                          f"{path} already exists. Use File ▸ Open database… to open it.")
            return
        self.open_path(path, create=True)

    def open_database(self) -> None:
        start = self.settings.get("files/last_dir") or str(Path.home())
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, "Open database", start, DB_FILTER)
        if name:
            self.open_path(Path(name), create=False)

    def reload(self) -> None:
        for page in self.views.values():
            page.on_data_changed(None)  # type: ignore[attr-defined]
        if not self.dashboard.isVisible():
            self._counts_timer.start(0)

    def about(self) -> None:
        from .. import __version__

        self._message(
            "none", f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}",
            None,
            informative=("Planning of military aid to Ukraine for the Ukraine Defense Contact "
                         "Group and NATO NSATU staff: who pledged what, when it arrives, and "
                         "how each member stands against its fair share."),
        )

    def _fill_recent_menu(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        recent = self.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number} {path.name}  ({path.parent})", menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p, create=False))
            menu.addAction(action)
        if recent:
            menu.addSeparator()
            menu.addAction("Clear the list", lambda: self.settings.set("files/recent", []))
        else:
            menu.addAction("No recent databases").setEnabled(False)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str, details: str | None = None,
                 *, informative: str | None = None) -> None:
        """A message that does not block the event loop (workers keep reporting).

        icon: "critical", "warning", "information" or "none".
        """
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        kind = {"critical": QMessageBox.Icon.Critical, "warning": QMessageBox.Icon.Warning,
                "information": QMessageBox.Icon.Information}.get(icon, QMessageBox.Icon.NoIcon)
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self)
        if details:
            box.setInformativeText(details)
        if informative:
            box.setInformativeText(informative)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box

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
        self.save_window()
        if self._demo_progress is not None:
            self._demo_progress.dialog.cancel()  # the demo stops and rolls back
        self.relay.attach(None)
        self.runner.shutdown()
        if self.ws is not None:
            self.ws.close()
            self.ws = None
        super().closeEvent(event)


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


# ---------------------------------------------------------------------- worker jobs
def _open_workspace(path: Path | None, create: bool, check_empty: bool) -> tuple[Workspace, bool | None]:
    from .. import paths
    from ..services import open_workspace

    ws = open_workspace(path if path is not None else paths.default_db_path(), create=create)
    empty = ws.summaries.summary().pledges == 0 if check_empty else None
    return ws, empty


def _build_demo(ws: Workspace, progress: DialogProgress) -> object:
    from ..services.demo import build_demo

    return build_demo(ws, pledges=DEMO_PLEDGES, deliveries=DEMO_DELIVERIES, progress=progress)
