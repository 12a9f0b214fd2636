"""Undoable delivery edits: one QUndoCommand per kind, each a thin wrapper over a service call.

`DeliveryEditor` is what widgets call. It runs the edit through `ws.deliveries` at once (so a
refused edit raises DomainError, stores nothing and pushes nothing), then pushes a command
whose first redo() is skipped, because the edit is already done. Undo and redo call the
services again, so they are audited like any edit.

Undoing a delete creates the delivery again, and the database gives it a new id. Commands
hold a shared `DeliveryRef` instead of a bare id, so the edits pushed before the delete still
find the delivery when they are undone in turn.

An undo or redo that the database refuses (the delivery was changed or removed elsewhere)
reports the message through `on_error` and marks the command obsolete, so the stack drops
it instead of replaying it.

A first edit refused because another planner saved the delivery first (StaleEdit), or because
the connection dropped, is handed to the stack's `take_over_delivery` hook (ui/sharing.py) as
a `DeliveryEdit`: the merge dialog is offered, or the edit is kept until the database answers.
EditTakenOver is raised then, and the caller shows nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.enums import DeliveryStatus
from ..domain.errors import DomainError, NotFound
from ..domain.records import Delivery
from ..services.deliveries import EDITABLE, DeliveryResult
from .formatting import count_text
from .plural import plural
from .undo_commands import EditTakenOver

if TYPE_CHECKING:
    from ..services import Workspace

ErrorHandler = Callable[[str], None]


@dataclass(frozen=True)
class DeliveryChange:
    """One delivery edit as the planner made it: the values shown (`base`) and the new ones."""

    delivery_id: int
    version: int  # the version shown when the edit was made
    base: Mapping[str, Any]
    new: Mapping[str, Any]


@dataclass
class DeliveryEdit:
    """A delivery edit the database refused, for the sharing layer to take over.

    `save(changes)` makes the edit again for some of its deliveries (versions as given) and
    pushes its undo step; it raises as the first try did (EditTakenOver when taken over again).
    """

    title: str
    changes: list[DeliveryChange]
    save: Callable[[Sequence[DeliveryChange]], object] = field(repr=False)

    def text(self) -> str:
        return self.title


def hand_over(stack: QUndoStack | None, edit: DeliveryEdit, exc: BaseException) -> None:
    """Give a refused edit to the stack's take_over_delivery hook; raise EditTakenOver if taken."""
    take_over = getattr(stack, "take_over_delivery", None)
    if take_over is not None and take_over(edit, exc):
        raise EditTakenOver(str(exc)) from exc


@dataclass
class DeliveryRef:
    """The current id of one delivery (it changes when a deleted delivery is restored)."""

    id: int
    pledge_id: int


class DeliveryRefs:
    """One DeliveryRef per delivery, so every command about it follows the same id."""

    def __init__(self) -> None:
        self._by_id: dict[int, DeliveryRef] = {}

    def of(self, delivery: Delivery) -> DeliveryRef:
        ref = self._by_id.get(delivery.id)
        if ref is None:
            ref = self._by_id[delivery.id] = DeliveryRef(delivery.id, delivery.pledge_id)
        return ref

    def moved(self, ref: DeliveryRef, new_id: int) -> None:
        self._by_id.pop(ref.id, None)
        ref.id = new_id
        self._by_id[new_id] = ref


def create_fields(d: Delivery) -> dict[str, Any]:
    """What DeliveryService.create needs to make `d` again."""
    return {"quantity": d.quantity, "planned_on": d.planned_on, "hub_id": d.hub_id,
            "status": d.status, "actual_on": d.actual_on, "notes": d.notes,
            "delay_reason": d.delay_reason}


class DeliveryCommand(QUndoCommand):
    """Common part: the workspace, the error report, and the skipped first redo."""

    def __init__(self, ws: Workspace, refs: DeliveryRefs, text: str,
                 on_error: ErrorHandler) -> None:
        super().__init__(text)
        self.ws = ws
        self.refs = refs
        self.on_error = on_error
        self._done = True  # pushed after the edit was made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._safely(self._redo)

    def undo(self) -> None:
        self._safely(self._undo)

    def _safely(self, step: Callable[[], None]) -> None:
        try:
            step()
        except DomainError as exc:
            self.setObsolete(True)
            message = (QCoreApplication.translate("DeliveryCommands", "Could not undo “{step}”: {error}") if step == self._undo
                       else QCoreApplication.translate("DeliveryCommands", "Could not redo “{step}”: {error}"))
            self.on_error(message.format(step=self.text(), error=exc))

    def _current(self, ref: DeliveryRef) -> Delivery:
        found = next((d for d in self.ws.deliveries.of_pledge(ref.pledge_id) if d.id == ref.id),
                     None)
        if found is None:
            raise NotFound("the delivery no longer exists (deleted elsewhere?)")
        return found

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CreateDeliveryCommand(DeliveryCommand):
    def __init__(self, ws: Workspace, refs: DeliveryRefs, created: Delivery,
                 on_error: ErrorHandler) -> None:
        super().__init__(ws, refs, QCoreApplication.translate("DeliveryCommands", "Add delivery"), on_error)
        self.ref = refs.of(created)
        self.fields = create_fields(created)

    def _undo(self) -> None:
        current = self._current(self.ref)
        self.ws.deliveries.delete(current.id, current.version, source="undo")

    def _redo(self) -> None:
        again = self.ws.deliveries.create(self.ref.pledge_id, **self.fields, source="redo")
        self.refs.moved(self.ref, again.delivery.id)


class UpdateDeliveryCommand(DeliveryCommand):
    def __init__(self, ws: Workspace, refs: DeliveryRefs, before: Delivery, after: Delivery,
                 text: str, on_error: ErrorHandler) -> None:
        super().__init__(ws, refs, text, on_error)
        self.ref = refs.of(before)
        keys = [k for k in EDITABLE if getattr(before, k) != getattr(after, k)]
        self.old = {k: getattr(before, k) for k in keys}
        self.new = {k: getattr(after, k) for k in keys}

    def _undo(self) -> None:
        current = self._current(self.ref)
        self.ws.deliveries.update(current.id, current.version, self.old, source="undo")

    def _redo(self) -> None:
        current = self._current(self.ref)
        self.ws.deliveries.update(current.id, current.version, self.new, source="redo")


class DeleteDeliveryCommand(DeliveryCommand):
    def __init__(self, ws: Workspace, refs: DeliveryRefs, deleted: Delivery,
                 on_error: ErrorHandler) -> None:
        super().__init__(ws, refs, QCoreApplication.translate("DeliveryCommands", "Delete delivery"),
                         on_error)
        self.ref = refs.of(deleted)
        self.fields = create_fields(deleted)

    def _undo(self) -> None:
        again = self.ws.deliveries.create(self.ref.pledge_id, **self.fields, source="undo")
        self.refs.moved(self.ref, again.delivery.id)

    def _redo(self) -> None:
        current = self._current(self.ref)
        self.ws.deliveries.delete(current.id, current.version, source="redo")


class DeliveryEditor:
    """Delivery edits for widgets: done through the services, pushed when a stack is given.

    Every method raises DomainError (and changes nothing) when the service refuses the edit.
    """

    def __init__(self, ws: Workspace, stack: QUndoStack | None = None,
                 on_error: ErrorHandler | None = None) -> None:
        self.ws = ws
        self.stack = stack
        self.on_error: ErrorHandler = on_error or (lambda _message: None)
        self.refs = DeliveryRefs()

    def create(self, pledge_id: int, *, quantity: Decimal | None, planned_on: date | None,
               hub_id: int | None = None, status: DeliveryStatus = DeliveryStatus.PLANNED,
               actual_on: date | None = None, notes: str = "",
               delay_reason: str = "") -> DeliveryResult:
        result = self.ws.deliveries.create(
            pledge_id, quantity=quantity, planned_on=planned_on, hub_id=hub_id, status=status,
            actual_on=actual_on, notes=notes, delay_reason=delay_reason)
        self._push(CreateDeliveryCommand(self.ws, self.refs, result.delivery, self.on_error))
        return result

    def update(self, before: Delivery, changes: Mapping[str, Any], *,
               text: str = "") -> DeliveryResult:
        text = text or QCoreApplication.translate("DeliveryCommands", "Edit delivery")
        change = DeliveryChange(before.id, before.version,
                                {k: getattr(before, k) for k in changes}, dict(changes))
        return self._save_each([change], text, text, {before.id: before})[0]

    def mark_delivered(self, deliveries: Iterable[Delivery], on: date) -> list[DeliveryResult]:
        """Mark each delivery delivered on `on`: one undo step for all of them.

        With a sharing layer, a delivery refused (changed by another planner, or the
        connection dropped) does not stop the others: they are saved, and the refused ones
        are handed over together (merge offered, or kept until the database answers)."""
        todo = [d for d in deliveries if d.status is not DeliveryStatus.DELIVERED]
        step = QCoreApplication.translate("DeliveryCommands", "Mark delivered")
        values = {"status": DeliveryStatus.DELIVERED, "actual_on": on}
        changes = [DeliveryChange(d.id, d.version, {k: getattr(d, k) for k in values}, values)
                   for d in todo]
        n = len(todo)
        return self._save_each(changes, _counted("mark", n).format(n=count_text(n)), step,
                               {d.id: d for d in todo})

    def save_changes(self, changes: Sequence[DeliveryChange], step: str) -> list[DeliveryResult]:
        """Make these edits again (a merge applied, a kept edit once the connection is back):
        each against the version it names, from the delivery as stored now."""
        n = len(changes)
        return self._save_each(changes, _counted("update", n).format(n=count_text(n)), step, {})

    def _save_each(self, changes: Sequence[DeliveryChange], title: str, step: str,
                   shown: Mapping[int, Delivery]) -> list[DeliveryResult]:
        done: list[DeliveryResult] = []
        refused: list[DeliveryChange] = []
        error: Exception | None = None
        with self._macro(title, len(changes)):
            for change in changes:
                try:
                    done.append(self._update(shown.get(change.delivery_id), change, step))
                except Exception as exc:
                    if take_over_unavailable(self.stack):
                        raise  # no sharing layer: the first refusal stops the edit, as before
                    refused.append(change)
                    error = error or exc
        if error is not None:
            k = len(refused)
            what = title if k == len(changes) else _counted("update", k).format(n=count_text(k))
            hand_over(self.stack, DeliveryEdit(what, refused,
                                               lambda todo: self.save_changes(todo, step)), error)
            raise error
        return done

    def _update(self, shown: Delivery | None, change: DeliveryChange, text: str) -> DeliveryResult:
        before = shown or replace(self.ws.calendar.delivery(change.delivery_id),
                                  version=change.version)
        result = self.ws.deliveries.update(change.delivery_id, change.version, change.new)
        self._push(UpdateDeliveryCommand(self.ws, self.refs, before, result.delivery, text,
                                         self.on_error))
        return result

    def delete(self, deliveries: Iterable[Delivery]) -> list[Delivery]:
        """Delete each delivery: one undo step for all of them."""
        todo = list(deliveries)
        n = len(todo)
        with self._macro(_counted("delete", n).format(n=count_text(n)), n):
            out = []
            for d in todo:
                deleted = self.ws.deliveries.delete(d.id, d.version)
                self._push(DeleteDeliveryCommand(self.ws, self.refs, deleted, self.on_error))
                out.append(deleted)
            return out

    # ------------------------------------------------------------------ internals
    def _push(self, command: DeliveryCommand) -> None:
        if self.stack is not None:
            self.stack.push(command)

    def _macro(self, text: str, size: int) -> _Macro:
        return _Macro(self.stack if size > 1 else None, text)


def take_over_unavailable(stack: QUndoStack | None) -> bool:
    """No sharing layer on this stack: a refusal stops the whole edit, as it always did."""
    return getattr(stack, "take_over_delivery", None) is None


class _Macro:
    """beginMacro/endMacro around several pushes (a no-op for one edit or no stack)."""

    def __init__(self, stack: QUndoStack | None, text: str) -> None:
        self.stack = stack
        self.text = text

    def __enter__(self) -> None:
        if self.stack is not None:
            self.stack.beginMacro(self.text)

    def __exit__(self, *exc: object) -> None:
        if self.stack is not None:
            self.stack.endMacro()


class DeliveryCommands(QObject):
    """The context of the counted texts: lupdate marks a text plural (a form per count in the
    catalogue) only in a QObject's `self.tr(text, "", n)`, hence this class."""

    def counted(self, key: str, n: int) -> str:
        return {
            "mark": self.tr("Mark {n} delivery(ies) delivered", "", n),
            "delete": self.tr("Delete {n} delivery(ies)", "", n),
            "update": self.tr("Edit {n} delivery(ies)", "", n),
        }[key]


def _counted(key: str, n: int) -> str:
    """The counted text `key` in its plural form for `n` (English: plural())."""
    return plural(DeliveryCommands().counted(key, n), n)
