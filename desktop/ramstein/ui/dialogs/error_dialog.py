"""The dialog for an unexpected error (a bug in a slot): a short message, never a traceback.

The traceback goes to the rotating log (cli._setup_logging) and to the "Copy report" button,
with the version and platform, so that a planner can paste it into a report. A write that the
disk or the file refused (full, read-only) is not a bug: it gets storage's clear message.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from types import TracebackType

log = logging.getLogger("ramstein")

MAX_SHORT = 200


def log_file() -> Path | None:
    """The rotating log file the "ramstein" logger writes to, if one is set up."""
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def write_failure_text(exc: BaseException, path: Path | None = None) -> str | None:
    """Storage's clear message when `exc` is a write refused by a full disk or read-only file."""
    from ...storage.database import WriteRefusedError, write_refused

    if isinstance(exc, WriteRefusedError):
        return str(exc)
    refused = write_refused(exc, path or Path("the database"))
    return None if refused is None else str(refused)


def short_message(exc: BaseException) -> str:
    """One line for the dialog: the error's kind and the first line of its text."""
    first = (str(exc).strip().splitlines() or [""])[0]
    if len(first) > MAX_SHORT:
        first = first[:MAX_SHORT - 1] + "…"
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def error_report(kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    """What "Copy report" puts in the clipboard: version, platform, then the traceback."""
    from PySide6 import __version__ as pyside_version

    from ... import APP_NAME, __version__

    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"PySide6 {pyside_version}",
        "",
        *traceback.format_exception(kind, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    def __init__(self, exc: BaseException, report: str, log_path: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unexpectedErrorDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.report = report
        layout = QVBoxLayout(self)
        refused = write_failure_text(exc)
        if refused is not None:
            text, more = refused, ""
        else:
            text = self.tr("Something went wrong: {error}").format(error=short_message(exc))
            more = self.tr("This is a fault in Ramstein Planner, not in your data. Your data is "
                           "safe: every change is saved in its own transaction, and one that "
                           "failed was rolled back whole. Copy the report and send it to whoever "
                           "supports the application.")
        self.message_label = QLabel(text)
        self.message_label.setObjectName("errorMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        if more:
            hint = QLabel(more)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        where = (self.tr("The details were written to the log: {path}").format(path=log_path)
                 if log_path is not None
                 else self.tr("No log file could be written; the details are in the report."))
        self.log_label = QLabel(where)
        self.log_label.setObjectName("errorLogPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setObjectName("copyReportButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


def report_unexpected_error(kind: type[BaseException], exc: BaseException,
                            tb: TracebackType | None,
                            parent: QWidget | None = None) -> ErrorDialog:
    """Log the error with its traceback and show the dialog (non-blocking)."""
    log.error("unexpected error: %s", short_message(exc), exc_info=(kind, exc, tb))
    if not log_file():  # no log on disk: the terminal is the only other place
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
    dialog = ErrorDialog(exc, error_report(kind, exc, tb), log_file(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
