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

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.errors import DomainError
from .formatting import count_text

if TYPE_CHECKING:
    from ..services import Workspace
    from .workers import TaskRunner

Report = Callable[[BaseException, str], None]  # (the error, "undo" or "redo")


def import_text(source_name: str, new: int, changed: int) -> str:
    return QCoreApplication.translate("ImportCommands", "Import of {name} ({new} new, {changed} changed)").format(
        name=source_name, new=count_text(new), changed=count_text(changed))


class ImportCommand(QUndoCommand):
    """Undo/redo of an import. Undoing a large import takes a second (1,000 changed rows:
    0.9 s), so the window runs it on the worker first (`prepare`) and then lets the stack move,
    which only takes the outcome; called straight from the stack it runs at once."""

    runs_on_worker = True  # MainWindow.undo/redo look for this

    def __init__(self, ws: Workspace, applied: Any, text: str, report: Report) -> None:
        super().__init__(text)
        self.ws = ws
        self.applied = applied  # services.xlsx_import.AppliedImport
        self.report = report
        self._first = True  # pushed after the import ran: the stack's first redo is a no-op
        self._outcome: tuple[str, BaseException | None] | None = None  # from prepare()
        self.preparing = False

    def _undo_now(self) -> None:
        from ..services.xlsx_import import undo_import

        undo_import(self.ws, self.applied)

    def _redo_now(self) -> None:
        from ..services.xlsx_import import redo_import

        self.applied = redo_import(self.ws, self.applied)

    def prepare(self, what: str, runner: TaskRunner, then: Callable[[], None]) -> None:
        """Run the undo (or redo) on the worker; then call `then` (which moves the stack)."""
        self.preparing = True

        def finish(exc: BaseException | None) -> None:
            self.preparing = False
            self._outcome = (what, exc)
            then()

        step = self._undo_now if what == "undo" else self._redo_now
        name = (QCoreApplication.translate("ImportCommands", "undo {step}") if what == "undo"
                else QCoreApplication.translate("ImportCommands", "redo {step}")).format(step=self.text())
        runner.submit(name, step, on_result=lambda _r: finish(None),
                      on_error=finish)

    def undo(self) -> None:
        self._take("undo", self._undo_now)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._take("redo", self._redo_now)

    def _take(self, what: str, step: Callable[[], Any]) -> None:
        outcome, self._outcome = self._outcome, None
        try:
            if outcome is not None and outcome[0] == what:
                if outcome[1] is not None:
                    raise outcome[1]
            else:
                step()
        except Exception as exc:  # never into Qt's event loop; the database is as it was
            if not isinstance(exc, DomainError):
                traceback.print_exception(exc, file=sys.stderr)
            self.setObsolete(True)  # the stack drops a step that could not be carried out
            self.report(exc, what)
