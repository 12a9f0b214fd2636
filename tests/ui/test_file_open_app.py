"""The app as `ramstein` starts it on macOS takes the desktop's FileOpen events (from its
first paint on) without an app-wide event filter (ui/app.Application.event); a fresh process,
since the tests' QApplication is pytest-qt's plain one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
import ramstein.ui.app as ui_app
from ramstein.ui.app import Application, start_gui

ui_app.FILE_OPEN_EVENTS = True  # as on macOS, the only system that sends them
first, second = Path(sys.argv[1]), Path(sys.argv[2])
window = start_gui(first, argv=sys.argv[:1])
app = QApplication.instance()

def opened(ws):
    if ws.path == first:  # after the first paint: the window takes FileOpen events by now
        print("application", type(app).__name__, app.file_open is not None, flush=True)
        QApplication.sendEvent(app, QFileOpenEvent(str(second)))
    else:
        print("opened", window.path_label.text() == str(second), window.windowTitle(), flush=True)
        app.quit()

window.workspace_opened.connect(opened)
window.workspace_failed.connect(lambda message: (print("failed", message, flush=True), app.quit()))
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


def test_a_file_sent_to_the_started_app_opens_in_its_window(demo_db: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "Kyiv desk.ramstein", tmp_path / "Rzeszow desk.ramstein"
    shutil.copy(demo_db, first)
    shutil.copy(demo_db, second)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "RAMSTEIN_LANG": "en"}
    env.pop("RAMSTEIN_CONFIG_DIR", None)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(first), str(second)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    lines = proc.stdout.splitlines()
    assert "application Application True" in lines, proc.stderr[-2000:]
    assert "opened True Ramstein Planner — Rzeszow desk.ramstein" in lines, proc.stderr[-2000:]
