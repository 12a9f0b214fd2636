"""Files the desktop asks a running app to open (macOS sends a QFileOpenEvent, not argv).

A double click on a `.ramstein` file while the app is already running arrives at the
QApplication as QEvent.FileOpen; the window then opens that database like File > Open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from .main_window import MainWindow


class FileOpenFilter(QObject):
    """Hands each FileOpen event's file to the window: from our Application's `event()`
    (ui/app.py), or as an event filter on any other QApplication."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def handle(self, event: QEvent) -> bool:
        """Open the file of a FileOpen event; False for any other event."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.window.opener().open_path(Path(name), create=False)
                self.window.raise_()
                self.window.activateWindow()
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.handle(event) or super().eventFilter(watched, event)


def accept_file_open_events(window: MainWindow) -> FileOpenFilter:
    """Open the files the desktop sends. Our Application takes the handler directly; a plain
    QApplication (tests reuse pytest-qt's) gets it as an event filter, which Qt calls for
    every event of every object."""
    from PySide6.QtWidgets import QApplication

    from .app import Application

    app = QApplication.instance()
    handler = FileOpenFilter(window)
    if isinstance(app, Application):
        app.file_open = handler
    elif app is not None:
        app.installEventFilter(handler)
    return handler
