"""Starting the GUI (`run_gui`) and rendering the main views to PNG (`take_screenshots`).

The path to the first paint imports only PySide6's widgets and this package's window code:
no SQLAlchemy, no QtCharts, no openpyxl, not even the services. The database is opened on
the worker thread once the window is on screen (MainWindow.open_after_first_paint).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, APP_ORG
from .main_window import MainWindow
from .window_settings import WindowSettings, open_settings

if TYPE_CHECKING:
    from types import TracebackType

    from PySide6.QtCore import QEvent

    from .file_open import FileOpenFilter


# Only macOS sends a running app the files the desktop opens (QFileOpenEvent); elsewhere a
# file arrives as argv of a new process, and there is nothing to take.
FILE_OPEN_EVENTS = sys.platform == "darwin"


class Application(QApplication):
    """The GUI's QApplication on macOS: hands the FileOpen events sent to it to `file_open`.

    An event filter on the application would do the same, but Qt calls an application's
    filter for every event of every object: a Python call per event, 30 ms before the first
    paint and a tax on every scroll after it. `event()` sees only the application's own. A
    Python subclass still costs ~2 ms before the first paint (shiboken looks for overrides
    of QApplication's virtuals on each event), so other systems use QApplication itself."""

    file_open: FileOpenFilter | None = None

    def event(self, event: QEvent) -> bool:
        handler = self.file_open
        if handler is not None and handler.handle(event):
            return True
        return super().event(event)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists), named for QSettings and the window system."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        kind = Application if FILE_OPEN_EVENTS else QApplication
        app = kind(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("ramstein-planner")
    return app


def user_settings() -> WindowSettings:
    from ..paths import config_dir

    return WindowSettings(open_settings(config_dir()))


def install_language(app: QApplication, settings: WindowSettings, lang: str | None = None) -> str:
    """Translators and locale for --lang / RAMSTEIN_LANG / the saved choice (before any window)."""
    from .i18n import LANGUAGE_KEY, install, requested_language

    return install(requested_language(settings.get(LANGUAGE_KEY), lang), app).language


def start_main_window(db_path: Path | None, *, demo_if_empty: bool = False,
                      settings: WindowSettings | None = None) -> MainWindow:
    """Show the main window now; open the database right after its first paint."""
    window = MainWindow(settings if settings is not None else user_settings())
    window.open_after_first_paint(db_path, create=True, demo_if_empty=demo_if_empty)
    window.show()
    return window


def start_gui(db_path: Path | None, *, demo_if_empty: bool = False, lang: str | None = None,
              argv: list[str] | None = None) -> MainWindow:
    """Everything a start does before the event loop runs: the application, its language,
    the window shown, file-open events taken. The start-up benchmark times exactly this."""
    app = make_application(argv)
    settings = user_settings()
    install_language(app, settings, lang)
    window = start_main_window(db_path, demo_if_empty=demo_if_empty, settings=settings)
    # macOS: a .ramstein double-clicked while we run. Taken once the first paint is out
    # (QEvent's enums cost 3 ms before it); the file a launch opens comes as argv (the
    # bundle's argv emulation), not as an event.
    if FILE_OPEN_EVENTS:
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: _take_file_open(window)))
    return window


def _take_file_open(window: MainWindow) -> None:
    from .file_open import accept_file_open_events

    accept_file_open_events(window)


def run_gui(db_path: Path | None, *, demo_if_empty: bool = False, lang: str | None = None) -> int:
    """Run the application on `db_path` (None: the per-user default database)."""
    from ..cli import _setup_logging

    _setup_logging()  # the rotating log the error dialog points to (and lock take-overs)
    window = start_gui(db_path, demo_if_empty=demo_if_empty, lang=lang, argv=sys.argv)
    sys.excepthook = _report_unexpected_error
    code = QApplication.exec()
    del window
    return int(code)


last_error_dialog: object = None  # the latest one, for tests (one window per process)


def _report_unexpected_error(kind: type[BaseException], exc: BaseException,
                             tb: TracebackType | None) -> None:
    """A bug in a slot: log it and show a short message with "Copy report", never a traceback."""
    global last_error_dialog
    try:
        from .dialogs.error_dialog import report_unexpected_error

        last_error_dialog = report_unexpected_error(kind, exc, tb, QApplication.activeWindow())
    except Exception:  # the hook itself must never fail: fall back to the terminal
        import traceback

        traceback.print_exception(kind, exc, tb, file=sys.stderr)


# ---------------------------------------------------------------------- screenshots
def take_screenshots(db_path: Path, outdir: Path, *, lang: str | None = None) -> list[Path]:
    """Render each main view of a real main window at 1400x900 to OUTDIR/<view>.png."""
    from .screenshots import take_screenshots as take

    return take(db_path, outdir, lang=lang)
