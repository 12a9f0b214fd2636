"""The one `data_changed` signal of the UI (CONVENTIONS §3).

Services publish a `Change` on the workspace's ChangeBus from whatever thread did the write
(often the worker). The relay re-emits it as a Qt signal; because the relay lives on the GUI
thread, Qt queues the delivery there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ..services import Workspace


class ChangeRelay(QObject):
    data_changed = Signal(object)  # a services.changes.Change

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None

    def attach(self, ws: Workspace | None) -> None:
        if self._ws is not None:
            self._ws.changes.unsubscribe(self._publish)
        self._ws = ws
        if ws is not None:
            ws.changes.subscribe(self._publish)

    def _publish(self, change: object) -> None:
        self.data_changed.emit(change)
