"""Peak resident set of the GUI with a database open and every main view visited.

The main window is shown on the database (as a user's start does), the dashboard's figures
awaited, then each view shown in turn until its data is on screen. The figure is this
process's `ru_maxrss` at the end: everything the window and its loads ever held at once.
Settings go to a temporary folder, never the user's.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

VIEWS = ("pledges", "calendar", "members", "fund", "dashboard")
WAIT_S = 120.0


def measure(db: Path) -> dict[str, Any]:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ramstein-bench-gui-") as config:
        os.environ.pop("RAMSTEIN_CONFIG_DIR", None)
        os.environ["XDG_CONFIG_HOME"] = config
        return _visit(db)


def _visit(db: Path) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication

    from ..ui.app import make_application, start_main_window

    start = time.perf_counter()
    app = make_application([])
    window = start_main_window(db)
    shown: list[bool] = []
    window.dashboard.figures_shown.connect(lambda: shown.append(True))
    _wait(app, lambda: bool(shown), "the dashboard figures")
    for key in VIEWS:
        window.show_view(key)
        page = window.views[key]
        _wait(app, lambda p=page: bool(getattr(p, "_ready", True)), f"the {key} view")
    seconds = time.perf_counter() - start
    QCoreApplication.processEvents()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    return {"seconds": seconds, "peak_mb": peak_mb, "views": list(VIEWS)}


def _wait(app: Any, done: Any, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not show within {WAIT_S:.0f} s")
        app.processEvents()
        time.sleep(0.005)
