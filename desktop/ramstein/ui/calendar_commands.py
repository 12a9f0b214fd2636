"""Undoable calendar edits: reschedule (a drag or "Move to date…"), mark delivered, mark delayed.

Each command wraps the calendar service (services/calendar.py). `CalendarEditor.run()` makes
the edits first, through the service, so a refused one (a stale version: the delivery changed
elsewhere after the agenda showed it) raises DomainError and pushes nothing; edits already
made for the same command are taken back first, so a refused group leaves nothing half done.
The pushed command's first redo() is skipped, the work being done.

The service returns a CalendarEdit (the delivery before and after). Undo is
`calendar.revert(edit)`, which writes the old planned date, status, actual date and delay
reason back (audited as an undo), and returns the edit that redoes it: undo and redo both
just revert the latest edit. A revert that the database refuses (changed elsewhere since)
is reported through `on_error` and the command is marked obsolete, so the stack drops it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import DomainError
from .formatting import count_text, date_text
from .plural import plural

if TYPE_CHECKING:
    from ..services import Workspace
    from ..services.calendar import CalendarEdit

ErrorHandler = Callable[[str, tuple[int, ...]], None]  # the message, the delivery ids
Edit = Callable[[], "CalendarEdit"]


class CalendarCommand(QUndoCommand):
    """Some deliveries edited as one undo step."""

    def __init__(self, ws: Workspace, edits: Sequence[CalendarEdit], text: str,
                 on_error: ErrorHandler) -> None:
        super().__init__(text)
        self.ws = ws
        self.edits = list(edits)
        self.on_error = on_error
        self._done = True  # pushed after the edits were made

    def delivery_ids(self) -> tuple[int, ...]:
        return tuple(e.after.id for e in self.edits)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._flip("redo")

    def undo(self) -> None:
        self._flip("undo")

    def _flip(self, what: str) -> None:
        # Last edit first: several edits of one delivery unwind in order.
        done: list[int] = []
        for i in reversed(range(len(self.edits))):
            try:
                self.edits[i] = self.ws.calendar.revert(self.edits[i], source=f"calendar {what}")
            except DomainError as exc:
                self._take_back(done, what)
                self.setObsolete(True)
                message = (QCoreApplication.translate("CalendarCommands", "Could not undo “{step}”: {error}") if what == "undo"
                           else QCoreApplication.translate("CalendarCommands", "Could not redo “{step}”: {error}"))
                self.on_error(message.format(step=self.text(), error=exc), self.delivery_ids())
                return
            done.append(i)

    def _take_back(self, done: list[int], what: str) -> None:
        """Put back the edits this flip already reverted (best effort)."""
        for i in reversed(done):
            with contextlib.suppress(DomainError):
                self.edits[i] = self.ws.calendar.revert(self.edits[i],
                                                        source=f"calendar {what} refused")


class CalendarEditor:
    """Calendar edits for the view: made now through the service, then pushed as one step."""

    def __init__(self, ws: Workspace, stack: QUndoStack, on_error: ErrorHandler) -> None:
        self.ws = ws
        self.stack = stack
        self.on_error = on_error

    def run(self, text: str, edits: Sequence[Edit]) -> CalendarCommand | None:
        """Make every edit, then push them as one undo step (None when there was nothing).

        Raises DomainError when the service refuses one; the edits made before it are
        reverted, so nothing is stored.
        """
        made: list[CalendarEdit] = []
        try:
            for edit in edits:
                made.append(edit())
        except DomainError:
            for done in reversed(made):
                with contextlib.suppress(DomainError):
                    self.ws.calendar.revert(done, source="calendar: refused group")
            raise
        if not made:
            return None
        command = CalendarCommand(self.ws, made, text, self.on_error)
        self.stack.push(command)
        return command

    def reschedule(self, targets: Sequence[tuple[int, int]], day: date,
                   reason: str = "") -> CalendarCommand | None:
        """Move deliveries ((id, version) as shown) to `day`; one undo step."""
        cal = self.ws.calendar
        n = len(targets)
        return self.run(
            _with_count(_counted("move", n), n).format(day=date_text(day)),
            [lambda i=i, v=v: cal.reschedule(i, v, day, reason) for i, v in targets])

    def mark_delivered(self, targets: Sequence[tuple[int, int]],
                       on: date | None = None) -> CalendarCommand | None:
        cal = self.ws.calendar
        n = len(targets)
        return self.run(
            _with_count(_counted("mark", n), n),
            [lambda i=i, v=v: cal.mark_delivered(i, v, on) for i, v in targets])

    def mark_delayed(self, targets: Sequence[tuple[int, int]], reason: str,
                     day: date | None = None) -> CalendarCommand | None:
        cal = self.ws.calendar
        n = len(targets)
        if day is None:
            text = _with_count(_counted("delay", n), n)
        else:
            text = _with_count(_counted("delay_to", n), n).format(day=date_text(day))
        return self.run(
            text,
            [lambda i=i, v=v: cal.mark_delayed(i, v, reason, day) for i, v in targets])


def _with_count(text: str, n: int) -> str:
    """A counted text with its count in; its other fields ({day}) stay to fill."""
    return text.replace("{n}", count_text(n))


class CalendarCommands(QObject):
    """The context of the counted texts: lupdate marks a text plural (a form per count in the
    catalogue) only in a QObject's `self.tr(text, "", n)`, hence this class."""

    def counted(self, key: str, n: int) -> str:
        return {
            "move": self.tr("Move {n} delivery(ies) to {day}", "", n),
            "mark": self.tr("Mark {n} delivery(ies) delivered", "", n),
            "delay": self.tr("Delay {n} delivery(ies)", "", n),
            "delay_to": self.tr("Delay {n} delivery(ies) to {day}", "", n),
        }[key]


def _counted(key: str, n: int) -> str:
    """The counted text `key` in its plural form for `n` (English: plural())."""
    return plural(CalendarCommands().counted(key, n), n)
