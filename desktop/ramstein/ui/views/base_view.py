"""What every main view shares: a workspace, stale-when-hidden refresh, background loads.

A view that is not visible only marks itself stale when data changes, and loads when it is
shown (CONVENTIONS §3). Loads run on the window's TaskRunner; a result that arrives after the
workspace changed or a newer load started is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from ...services import Workspace
    from ..workers import TaskRunner

CHANGE_DEBOUNCE_MS = 250


class WorkspaceView(QWidget):
    """Subclasses implement `load(ws)` (runs on the worker) and `apply(data)` (GUI thread)."""

    ready = Signal()  # the data of the current workspace is on screen
    load_failed = Signal(str)

    title = ""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ws: Workspace | None = None
        self._stale = True
        self._ready = False
        self._generation = 0
        self._loading = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(CHANGE_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)

    # ------------------------------------------------------------------ lifecycle
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self._generation += 1
        self._ready = False
        self._loading = False
        self.clear()
        self._stale = True
        if ws is not None and self.isVisible():
            self.refresh()

    def on_data_changed(self, change: Any) -> None:
        if self.ws is None or not self.is_interested(change):
            return
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.ws is not None and not self._loading:
            # After the show has been painted: the view appears at once, data follows.
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Load again now (or as soon as shown, when hidden)."""
        if self.ws is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, ws = self._generation, self.ws
        self._loading = True
        self.runner.submit(
            f"load {type(self).__name__}", self.load, ws,
            on_result=lambda data: self._loaded(generation, data),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def is_ready(self) -> bool:
        return self._ready

    def is_stale(self) -> bool:
        return self._stale

    # ------------------------------------------------------------------ results
    def _loaded(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.apply(data)
        self._ready = True
        self.ready.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        message = str(exc) or type(exc).__name__
        self.show_error(message)
        self.load_failed.emit(message)

    # ------------------------------------------------------------------ for subclasses
    def is_interested(self, change: Any) -> bool:
        return True

    def load(self, ws: Workspace) -> Any:  # runs on the worker thread: no widgets here
        raise NotImplementedError

    def apply(self, data: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the shown data (another database is being opened)."""

    def show_error(self, message: str) -> None:
        """Say on the view that loading failed."""

