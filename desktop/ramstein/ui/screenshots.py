"""Each main view of a real main window, rendered to PNG after its data has loaded.

Used by `ramstein screenshot OUTDIR` (through ui.app.take_screenshots), docs and reviews.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from .app import make_application
from .main_window import MainWindow
from .window_settings import WindowSettings, open_settings

SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_VIEWS = ("dashboard", "pledges", "calendar", "members", "fund")
LOAD_TIMEOUT_S = 120


def take_screenshots(db_path: Path, outdir: Path, *, lang: str | None = None) -> list[Path]:
    """Render each main view of a real main window at 1400x900 to OUTDIR/<view>.png.

    Each picture is taken after the view's data has loaded. Runs offscreen unless a
    QApplication already exists. Window settings go to a temporary file, so the user's window
    geometry and recent files are left alone. `lang` (en, fr, uk, system), when
    given, is installed before the window is built.
    """
    import tempfile

    from ..services import open_workspace

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    if QCoreApplication.instance() is None:
        make_application(["ramstein", "-platform", "offscreen"])
    if lang:
        from .i18n import install

        install(lang)
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
                _show_a_selection(window.views[key])
                _show_a_busy_time(window.views[key])
                target = outdir / f"{key}.png"
                if not window.grab().save(str(target), "PNG"):
                    raise OSError(f"could not write {target}")
                written.append(target)
                if key == "members":
                    written.append(_member_page(window.views[key], window, outdir))
            return written
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents()


def _show_a_selection(view: QWidget) -> None:
    """Select the first row of a table view so its detail pane shows what it is for."""
    table = getattr(view, "table", None)
    if table is None or getattr(view, "detail", None) is None or table.model().rowCount() == 0:
        return
    table.selectRow(0)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and getattr(view.detail, "pledge_id", lambda: 1)() is None:
        QCoreApplication.processEvents()
    QCoreApplication.processEvents()


def _show_a_busy_time(view: QWidget) -> None:
    """The calendar picks a busy month and day; wait until it shows them."""
    prepare = getattr(view, "prepare_screenshot", None)
    if prepare is None:
        return
    prepare()
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while time.monotonic() < deadline and not view.is_current():  # type: ignore[attr-defined]
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        QCoreApplication.processEvents()


def _member_page(view: QWidget, window: MainWindow, outdir: Path) -> Path:
    """The page of the largest donor (members.png shows the list): OUTDIR/member.png."""
    rows = view.shown_rows()  # type: ignore[attr-defined]
    if rows:
        view.open_member(rows[0].member_id)  # type: ignore[attr-defined]
        deadline = time.monotonic() + LOAD_TIMEOUT_S
        while time.monotonic() < deadline and view.page_view.page is None:  # type: ignore[attr-defined]
            QCoreApplication.processEvents()
            time.sleep(0.01)
        for _ in range(3):
            QCoreApplication.processEvents()
    target = outdir / "member.png"
    if not window.grab().save(str(target), "PNG"):
        raise OSError(f"could not write {target}")
    view.show_list()  # type: ignore[attr-defined]
    return target


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
