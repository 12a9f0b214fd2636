"""Opening, creating and filling databases for the main window.

Everything here happens after the window's first paint, so this module (and the file dialogs
and message boxes it uses) stays off the start-up path. Work runs on the window's TaskRunner;
a result that arrives after a newer open was started is dropped (and its database closed).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from .progress_dialog import DialogProgress

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ..services import Workspace
    from .main_window import MainWindow

DEMO_PLEDGES = 2_000
DEMO_DELIVERIES = 6_000
DB_FILTER = "Ramstein Planner database (*.db *.sqlite *.sqlite3);;All files (*)"


class DatabaseOpener(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._generation = 0
        self.demo_progress: DialogProgress | None = None

    # ------------------------------------------------------------------ opening
    def open_path(self, path: Path | None, *, create: bool = False,
                  demo_if_empty: bool = False) -> None:
        """Open `path` (None: the per-user default) on the worker; show it when ready."""
        self._generation += 1
        generation = self._generation
        self.window.statusBar().showMessage(f"Opening {_shown(path)}…")
        self.window.runner.submit(
            "open database", _open_workspace, path, create, demo_if_empty,
            on_result=lambda result: self._opened(generation, *result),
            on_error=lambda exc: self._failed(generation, path, exc),
        )

    def _opened(self, generation: int, ws: Workspace, empty: bool | None) -> None:
        if generation != self._generation:
            self.window.runner.submit("close database", ws.close)
            return
        self.window.set_workspace(ws)
        self.window.statusBar().showMessage(f"Opened {ws.path}", 5000)
        if empty:
            self.create_demo_data()

    def _failed(self, generation: int, path: Path | None, exc: BaseException) -> None:
        if generation != self._generation:
            return
        message = str(exc) or type(exc).__name__
        window = self.window
        window.statusBar().showMessage(f"Could not open {_shown(path)}")
        if window.ws is None:
            window.dashboard.subtitle_label.setText("No database open")
        window.show_message("critical", "Could not open the database",
                            f"Ramstein Planner could not open {_shown(path)}.", message)
        window.workspace_failed.emit(message)

    # ------------------------------------------------------------------ File menu
    def choose_new(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        settings = self.window.settings
        start = Path(settings.get("files/last_dir") or Path.home()) / "planner.db"
        name, _ = QFileDialog.getSaveFileName(self.window, "New database", str(start), DB_FILTER)
        if not name:
            return
        path = Path(name)
        if path.exists() and path.stat().st_size > 0:
            self.window.show_message("warning", "File exists",
                                     f"{path} already exists. Use File ▸ Open database… to open it.")
            return
        self.open_path(path, create=True)

    def choose_existing(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.window.settings.get("files/last_dir") or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self.window, "Open database", start, DB_FILTER)
        if name:
            self.open_path(Path(name), create=False)

    def fill_recent_menu(self, menu: QMenu) -> None:
        settings = self.window.settings
        menu.clear()
        recent = settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number} {path.name}  ({path.parent})", menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p, create=False))
            menu.addAction(action)
        if recent:
            menu.addSeparator()
            menu.addAction("Clear the list", lambda: settings.set("files/recent", []))
        else:
            menu.addAction("No recent databases").setEnabled(False)

    # ------------------------------------------------------------------ demo data
    def create_demo_data(self) -> None:
        window, ws = self.window, self.window.ws
        if ws is None:
            return
        text = (f"This database has no pledges yet: creating demo data "
                f"({DEMO_PLEDGES:,} pledges, {DEMO_DELIVERIES:,} deliveries)…")
        window.statusBar().showMessage(text)
        progress = self.demo_progress = DialogProgress("Creating demo data", text, window)
        progress.open()
        window.runner.submit(
            "demo data", _build_demo, ws, progress,
            on_result=lambda _r: self._demo_done(progress, None),
            on_error=lambda exc: self._demo_done(progress, exc),
        )

    def cancel_demo(self) -> None:
        if self.demo_progress is not None:
            self.demo_progress.cancel()  # the demo stops and rolls back

    def _demo_done(self, progress: DialogProgress, exc: BaseException | None) -> None:
        progress.close()
        self.demo_progress = None
        window = self.window
        if exc is None:
            text = (f"Demo data created: {DEMO_PLEDGES:,} invented pledges and "
                    f"{DEMO_DELIVERIES:,} deliveries, for trying the application. "
                    "They are not real figures.")
            window.statusBar().showMessage(text)
            window.show_message("information", "Demo data created", text)
        elif type(exc).__name__ == "Cancelled":
            window.statusBar().showMessage(
                "Demo data not created (cancelled); the database is unchanged.")
        else:
            window.statusBar().showMessage("Demo data could not be created")
            window.show_message("warning", "Demo data not created",
                                "The demo data could not be created.", str(exc))
        window.reload()
        window.demo_finished.emit(exc is None)


def _shown(path: Path | None) -> str:
    return str(path) if path is not None else "the default database"


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
