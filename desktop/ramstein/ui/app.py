"""Starting the GUI (`run_gui`) and rendering the main views to PNG (`take_screenshots`).

The path to the first paint imports only PySide6's widgets and this package's window code:
no SQLAlchemy, no QtCharts, no openpyxl, not even the services. The database is opened on
the worker thread once the window is on screen (MainWindow.open_after_first_paint).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, APP_ORG
from .main_window import MainWindow
from .window_settings import WindowSettings, open_settings

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtWidgets import QWidget

SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_VIEWS = ("dashboard", "pledges", "calendar", "members", "fund")
LOAD_TIMEOUT_S = 120


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists), named for QSettings and the window system."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("ramstein-planner")
    return app


def user_settings() -> WindowSettings:
    from ..paths import config_dir

    return WindowSettings(open_settings(config_dir()))


def start_main_window(db_path: Path | None, *, demo_if_empty: bool = False,
                      settings: WindowSettings | None = None) -> MainWindow:
    """Show the main window now; open the database right after its first paint."""
    window = MainWindow(settings if settings is not None else user_settings())
    window.open_after_first_paint(db_path, create=True, demo_if_empty=demo_if_empty)
    window.show()
    return window


def run_gui(db_path: Path | None, *, demo_if_empty: bool = False) -> int:
    """Run the application on `db_path` (None: the per-user default database)."""
    app = make_application(sys.argv)
    window = start_main_window(db_path, demo_if_empty=demo_if_empty)
    sys.excepthook = _report_unexpected_error
    code = app.exec()
    del window
    return int(code)


def _report_unexpected_error(kind: type[BaseException], exc: BaseException,
                             tb: TracebackType | None) -> None:
    """A bug in a slot: print the traceback and tell the user, instead of dying silently."""
    import traceback

    from PySide6.QtWidgets import QMessageBox

    traceback.print_exception(kind, exc, tb, file=sys.stderr)
    parent = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Critical, "Unexpected error",
                      f"Something went wrong: {exc}", QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("The details were written to the terminal. Your data is safe: "
                           "every change is saved in a transaction.")
    box.open()


# ---------------------------------------------------------------------- screenshots
def take_screenshots(db_path: Path, outdir: Path) -> list[Path]:
    """Render each main view of a real main window at 1400x900 to OUTDIR/<view>.png.

    Each picture is taken after the view's data has loaded. Runs offscreen unless a
    QApplication already exists. Window settings go to a temporary file, so the user's window
    geometry and recent files are left alone.
    """
    import tempfile

    from ..services import open_workspace

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    if QCoreApplication.instance() is None:
        make_application(["ramstein", "-platform", "offscreen"])
    ws = open_workspace(Path(db_path), create=False)
    with tempfile.TemporaryDirectory(prefix="ramstein-shots-") as tmp:
        window = MainWindow(WindowSettings(open_settings(Path(tmp))))
        try:
            window.resize(*SCREENSHOT_SIZE)
            window.set_workspace(ws)
            window.show()
            written = []
            for key in SCREENSHOT_VIEWS:
                window.show_view(key)
                _wait_until_ready(window.views[key])
                target = outdir / f"{key}.png"
                if not window.grab().save(str(target), "PNG"):
                    raise OSError(f"could not write {target}")
                written.append(target)
            return written
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents()


def _wait_until_ready(view: QWidget) -> None:
    failures: list[str] = []
    ready = getattr(view, "is_ready", lambda: True)
    if not ready():
        loop = QEventLoop()
        view.ready.connect(loop.quit)  # type: ignore[attr-defined]
        failed = getattr(view, "load_failed", None)
        if failed is not None:
            failed.connect(lambda message: (failures.append(message), loop.quit()))
        QTimer.singleShot(LOAD_TIMEOUT_S * 1000, loop.quit)
        loop.exec()
    if failures:
        raise RuntimeError(f"{type(view).__name__}: {failures[0]}")
    if not ready():
        raise TimeoutError(f"{type(view).__name__} did not load within {LOAD_TIMEOUT_S} s")
    # Let layouts settle and the last frame paint.
    for _ in range(3):
        QCoreApplication.processEvents()
