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

On a window's stack with a sharing layer (ui/sharing.py), a group edit where some deliveries
are refused (changed by another planner, or the connection dropped) saves the others as the
step, and hands the refused ones over (DeliveryEdit): a merge is offered per delivery, or
they are kept until the database answers; EditTakenOver is raised then.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.enums import DeliveryStatus
from ..domain.errors import DomainError
from .delivery_commands import DeliveryChange, DeliveryEdit, hand_over, take_over_unavailable
from .formatting import count_text, date_text
from .plural import plural

if TYPE_CHECKING:
    from ..services import Workspace
    from ..services.calendar import CalendarEdit

ErrorHandler = Callable[[str, tuple[int, ...]], None]  # the message, the delivery ids
Edit = Callable[[], "CalendarEdit"]
Shown = Mapping[int, Mapping[str, Any]]  # delivery id -> the values the view showed


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
        self.shown: Shown = {}  # what the view showed of the deliveries it edits (set by it)

    def run(self, text: str, edits: Sequence[Edit],
            changes: Sequence[DeliveryChange] = ()) -> CalendarCommand | None:
        """Make every edit, then push them as one undo step (None when there was nothing).

        Raises DomainError when the service refuses one; the edits made before it are
        reverted, so nothing is stored. With a sharing layer on the stack and `changes` (the
        same edits, described), the others are kept and the refused ones handed over."""
        if changes and not take_over_unavailable(self.stack):
            return self._run_each(text, edits, changes)
        made: list[CalendarEdit] = []
        try:
            for edit in edits:
                made.append(edit())
        except DomainError:
            for done in reversed(made):
                with contextlib.suppress(DomainError):
                    self.ws.calendar.revert(done, source="calendar: refused group")
            raise
        return self._push(text, made)

    def _run_each(self, text: str, edits: Sequence[Edit],
                  changes: Sequence[DeliveryChange]) -> CalendarCommand | None:
        made: list[CalendarEdit] = []
        refused: list[DeliveryChange] = []
        error: Exception | None = None
        for edit, change in zip(edits, changes, strict=True):
            try:
                made.append(edit())
            except Exception as exc:
                refused.append(change)
                error = error or exc
        command = self._push(text, made)
        if error is not None:
            k = len(refused)
            what = text if not made else _with_count(_counted("edit", k), k)
            hand_over(self.stack, DeliveryEdit(what, refused, lambda todo: self.save_changes(
                todo, text)), error)
            raise error
        return command

    def save_changes(self, changes: Sequence[DeliveryChange],
                     text: str) -> CalendarCommand | None:
        """Make these edits again (a merge applied, a kept edit once the database answers),
        each against the version it names."""
        cal, deliveries = self.ws.calendar, self.ws.deliveries

        def again(change: DeliveryChange) -> CalendarEdit:
            from ..services.calendar import CalendarEdit

            before = cal.delivery(change.delivery_id)
            result = deliveries.update(change.delivery_id, change.version, change.new,
                                       source="calendar")
            return CalendarEdit(before, result.delivery, result.warnings)

        return self._run_each(text, [lambda c=c: again(c) for c in changes], changes)

    def _push(self, text: str, made: list[CalendarEdit]) -> CalendarCommand | None:
        if not made:
            return None
        command = CalendarCommand(self.ws, made, text, self.on_error)
        self.stack.push(command)
        return command

    def reschedule(self, targets: Sequence[tuple[int, int]], day: date,
                   reason: str = "", shown: Shown | None = None) -> CalendarCommand | None:
        """Move deliveries ((id, version) as shown) to `day`; one undo step."""
        cal = self.ws.calendar
        n = len(targets)
        values: dict[str, Any] = {"planned_on": day}
        if reason.strip():
            values["delay_reason"] = reason.strip()
        return self.run(
            _with_count(_counted("move", n), n).format(day=date_text(day)),
            [lambda i=i, v=v: cal.reschedule(i, v, day, reason) for i, v in targets],
            _described(targets, values, shown or self.shown))

    def mark_delivered(self, targets: Sequence[tuple[int, int]],
                       on: date | None = None, shown: Shown | None = None) -> CalendarCommand | None:
        cal = self.ws.calendar
        n = len(targets)
        values = {"status": DeliveryStatus.DELIVERED, "actual_on": on or self.ws.today()}
        return self.run(
            _with_count(_counted("mark", n), n),
            [lambda i=i, v=v: cal.mark_delivered(i, v, on) for i, v in targets],
            _described(targets, values, shown or self.shown))

    def mark_delayed(self, targets: Sequence[tuple[int, int]], reason: str,
                     day: date | None = None, shown: Shown | None = None) -> CalendarCommand | None:
        cal = self.ws.calendar
        n = len(targets)
        if day is None:
            text = _with_count(_counted("delay", n), n)
        else:
            text = _with_count(_counted("delay_to", n), n).format(day=date_text(day))
        values: dict[str, Any] = {"status": DeliveryStatus.DELAYED, "delay_reason": reason.strip()}
        if day is not None:
            values["planned_on"] = day
        return self.run(
            text,
            [lambda i=i, v=v: cal.mark_delayed(i, v, reason, day) for i, v in targets],
            _described(targets, values, shown or self.shown))


def _described(targets: Sequence[tuple[int, int]], values: Mapping[str, Any],
               shown: Shown | None) -> list[DeliveryChange]:
    """The edits as DeliveryChanges (a value the view did not show is left out of `base`: the
    merge takes the stored one as the start then)."""
    out = []
    for i, v in targets:
        seen = (shown or {}).get(i, {})
        out.append(DeliveryChange(i, v, {k: seen[k] for k in values if k in seen}, dict(values)))
    return out


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
            "edit": self.tr("Edit {n} delivery(ies)", "", n),
        }[key]


def _counted(key: str, n: int) -> str:
    """The counted text `key` in its plural form for `n` (English: plural())."""
    return plural(CalendarCommands().counted(key, n), n)
