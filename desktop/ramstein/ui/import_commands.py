"""An applied Excel import as one undo step (CONVENTIONS §4): "Import of pledges.xlsx (3 new, 5 changed)".

The import has been applied (on the worker) before the command is pushed, so its first redo
does nothing. Undo calls the service's `undo_import(ws, applied)`, redo `redo_import(ws,
applied)`, which returns the new record of what is applied. The service refuses (StaleEdit)
when a pledge of the import was changed since; the pledges then stay as they are, the step is
dropped from the history (Qt removes an obsolete command) and the user is told why.
Views refresh through the change bus: the service publishes what it wrote.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ..domain.errors import DomainError

if TYPE_CHECKING:
    from ..services import Workspace

Report = Callable[[BaseException, str], None]  # (the error, "undo" or "redo")


def import_text(source_name: str, new: int, changed: int) -> str:
    return f"Import of {source_name} ({new:,} new, {changed:,} changed)"


class ImportCommand(QUndoCommand):
    def __init__(self, ws: Workspace, applied: Any, text: str, report: Report) -> None:
        super().__init__(text)
        self.ws = ws
        self.applied = applied  # services.xlsx_import.AppliedImport
        self.report = report
        self._first = True  # pushed after the import ran: the stack's first redo is a no-op

    def undo(self) -> None:
        from ..services.xlsx_import import undo_import

        self._guarded(lambda: undo_import(self.ws, self.applied), "undo")

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        from ..services.xlsx_import import redo_import

        def again() -> None:
            self.applied = redo_import(self.ws, self.applied)

        self._guarded(again, "redo")

    def _guarded(self, step: Callable[[], Any], what: str) -> None:
        try:
            step()
        except Exception as exc:  # never into Qt's event loop; the database is as it was
            if not isinstance(exc, DomainError):
                traceback.print_exception(exc, file=sys.stderr)
            self.setObsolete(True)
            self.report(exc, what)
