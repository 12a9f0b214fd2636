"""Unexpected errors and refused writes, as the user sees them: a short message, a copyable
report and the log's path, never a traceback; a read-only database says why nothing was saved."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from ramstein import __version__
from ramstein.ui import app
from ramstein.ui.dialogs.error_dialog import ErrorDialog
from ramstein.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def log_path(tmp_path: Path) -> Any:
    handler = RotatingFileHandler(tmp_path / "ramstein.log", maxBytes=100_000, backupCount=2)
    logger = logging.getLogger("ramstein")
    logger.addHandler(handler)
    yield Path(handler.baseFilename)
    logger.removeHandler(handler)
    handler.close()


@pytest.mark.qt_no_exception_capture
def test_error_raised_in_a_slot_shows_a_dialog_with_a_copyable_report(
        qtbot: Any, window: MainWindow, log_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", app._report_unexpected_error)
    button = QPushButton("boom", window)

    def broken_slot() -> None:
        raise ValueError("pledge 17 has no donor\nsecond line of detail")

    button.clicked.connect(broken_slot)
    button.click()
    qtbot.waitUntil(lambda: isinstance(app.last_error_dialog, ErrorDialog), timeout=2000)
    dialog = app.last_error_dialog
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    text = dialog.message_label.text()
    assert text == "Something went wrong: ValueError: pledge 17 has no donor"
    assert "Traceback" not in text and "second line" not in text
    assert str(log_path) in dialog.log_label.text()
    dialog.copy_button.click()
    report = QGuiApplication.clipboard().text()
    assert report.startswith(f"Ramstein Planner {__version__}\nPython ")
    assert "Traceback (most recent call last)" in report and "broken_slot" in report
    logged = log_path.read_text(encoding="utf-8")
    assert "unexpected error: ValueError: pledge 17 has no donor" in logged
    assert "broken_slot" in logged  # the traceback is in the log
    dialog.close()
    app.last_error_dialog = None


def test_edit_of_a_read_only_database_says_nothing_was_saved_and_why(
        qtbot: Any, window: MainWindow, demo_db: Path) -> None:
    """Read-only is simulated with PRAGMA query_only (as root, chmod 0444 does not stop writes):
    the window opens the database read-only, as it does when another window holds it."""
    with qtbot.waitSignal(window.workspace_opened, timeout=LOAD_TIMEOUT_MS):
        window.opener().open_path(demo_db, read_only=True)
    window.show_view("pledges")
    view = window.views["pledges"]
    qtbot.waitUntil(view.is_ready, timeout=LOAD_TIMEOUT_MS)
    ws = window.ws
    assert ws is not None
    before = ws.db.reader.scalar("SELECT COUNT(*) FROM pledges")
    view.model.fetch_all()
    row = 0
    index = view.model.index(row, next(i for i, c in enumerate(_columns()) if c.title == "Notes"))
    view.model.setData(index, "changed while read-only")
    qtbot.waitUntil(lambda: isinstance(getattr(view, "last_message", None), QMessageBox),
                    timeout=5000)
    box = view.last_message
    assert box.text() == "The change was not saved."
    assert "is read-only here" in box.informativeText()
    assert "SQLite rolled the change back" in box.informativeText()
    assert "[SQL:" not in box.informativeText()
    assert ws.db.reader.scalar("SELECT COUNT(*) FROM pledges") == before
    pid = view.model.pledge_id(row)
    assert ws.db.reader.scalar("SELECT notes FROM pledges WHERE id=?", (pid,)) != \
        "changed while read-only"


def _columns() -> Any:
    from ramstein.ui.models.pledges_model import COLUMNS

    return COLUMNS
