"""Undoable fund edits: a member's exemption (opt-out) toggled, the fund's terms edited.

Each command is a thin wrapper over FundService (services/funds.py): redo writes the new
state, undo the old one. The first redo does the write, so a refused edit (DomainError) is
reported by the caller and nothing is pushed (`FundEditor` runs the write before pushing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import DomainError

if TYPE_CHECKING:
    from ..services import Workspace

ErrorHandler = Callable[[str], None]


class ExemptCommand(QUndoCommand):
    def __init__(self, ws: Workspace, fund_id: int, member_id: int, exempt: bool, text: str,
                 on_error: ErrorHandler, done: Callable[[], None]) -> None:
        super().__init__(text)
        self.ws, self.fund_id, self.member_id, self.exempt = ws, fund_id, member_id, exempt
        self.on_error = on_error
        self.done = done
        self._first = True

    def redo(self) -> None:
        if self._first:  # written by FundEditor before the push
            self._first = False
            return
        self._write(self.exempt)

    def undo(self) -> None:
        self._write(not self.exempt)

    def _write(self, exempt: bool) -> None:
        try:
            self.ws.funds.set_exempt(self.fund_id, self.member_id, exempt)
        except DomainError as exc:
            self.on_error(str(exc))
            self.setObsolete(True)
        self.done()


class FundSpecCommand(QUndoCommand):
    """The fund's terms edited (amount, years, GDP year, counting rules): old and new spec."""

    def __init__(self, ws: Workspace, before: Any, after: Any, text: str,
                 on_error: ErrorHandler, done: Callable[[], None]) -> None:
        super().__init__(text)
        self.ws, self.before, self.after = ws, before, after
        self.on_error = on_error
        self.done = done
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def _write(self, spec: Any) -> None:
        try:
            self.ws.funds.save(spec)
        except DomainError as exc:
            self.on_error(str(exc))
            self.setObsolete(True)
        self.done()


class FundEditor:
    """Makes a fund edit through the service, then pushes it as one undo step."""

    def __init__(self, ws: Workspace, stack: QUndoStack, on_error: ErrorHandler,
                 done: Callable[[], None]) -> None:
        self.ws, self.stack, self.on_error, self.done = ws, stack, on_error, done

    def set_exempt(self, fund: Any, member_id: int, name: str, exempt: bool) -> bool:
        try:
            self.ws.funds.set_exempt(fund.id, member_id, exempt)
        except DomainError as exc:
            self.on_error(str(exc))
            return False
        text = (QCoreApplication.translate("FundCommands", "exempt {member} in {fund}") if exempt
                else QCoreApplication.translate("FundCommands", "count again {member} in {fund}"))
        self.stack.push(ExemptCommand(self.ws, fund.id, member_id, exempt,
                                      text.format(member=name, fund=fund.name), self.on_error,
                                      self.done))
        self.done()
        return True

    def save(self, before: Any, after: Any) -> bool:
        try:
            self.ws.funds.save(after)
        except DomainError as exc:
            self.on_error(str(exc))
            return False
        text = QCoreApplication.translate("FundCommands", "edit {fund}").format(fund=after.name)
        self.stack.push(FundSpecCommand(self.ws, before, after, text, self.on_error, self.done))
        self.done()
        return True
