"""Undoable pledge edits: one QUndoCommand per kind of edit, each a thin wrapper over a service.

How a command runs (CONVENTIONS §4):
- `execute(stack, command)` runs the service call first. If the service refuses (a stale
  version, an illegal transition, a bad value) the exception goes to the caller and nothing is
  pushed. Otherwise the command is pushed, and its first `redo()` (called by the stack) does
  nothing because the work is done.
- Every write sends a version. A first edit sends the version the table shows; undo and redo
  send the version this history last wrote, and only when the pledge is still in the state the
  step left it in (`VersionBook`). A pledge changed elsewhere in between makes the service
  raise StaleEdit, and nothing is overwritten.
- An undo or redo that fails is dropped from the stack (Qt removes an obsolete command) and
  reported through `UndoContext.report`; the pledges stay as they are in the database.
- Undoing a creation deletes the pledges (audited, reason "undo"); redoing it creates them
  again with the same content and references. They get new database ids, so commands refer to
  pledges by a *logical* id (the id the pledge had when the history first saw it) and the
  book says where it lives now.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from ..domain.enums import PledgeStatus
from ..domain.errors import DomainError, StaleEdit
from ..services.pledges import PledgeDraft, draft_from
from .enum_text import enum_text
from .formatting import count_text
from .plural import plural

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ..domain.records import Pledge
    from ..services import Workspace

# (the error, the database ids of the pledges concerned, "undo" or "redo")
Report = Callable[[BaseException, tuple[int, ...], str], None]

# English sources, translated where a step's text is made (field_title).
FIELD_TITLES = {
    "donor_id": QT_TRANSLATE_NOOP("UndoCommands", "Donor"),
    "capability_id": QT_TRANSLATE_NOOP("UndoCommands", "Capability"),
    "item": QT_TRANSLATE_NOOP("UndoCommands", "Item"),
    "quantity": QT_TRANSLATE_NOOP("UndoCommands", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("UndoCommands", "Unit"),
    "value_amount": QT_TRANSLATE_NOOP("UndoCommands", "Value"),
    "currency": QT_TRANSLATE_NOOP("UndoCommands", "Currency"),
    "announced_on": QT_TRANSLATE_NOOP("UndoCommands", "Announced"),
    "channel": QT_TRANSLATE_NOOP("UndoCommands", "Channel"),
    "source_ref": QT_TRANSLATE_NOOP("UndoCommands", "Source"),
    "notes": QT_TRANSLATE_NOOP("UndoCommands", "Notes"),
    "status": QT_TRANSLATE_NOOP("UndoCommands", "Status"),
}


class VersionBook:
    """Where each pledge this history touched lives now, and which state its version stands for.

    A *state* is the version number a pledge had when the history saw it in that content: an
    edit takes a pledge from state 3 to state 4; its undo writes version 5, which stands for
    state 3 again, so an older step that expects state 3 can still be undone.
    """

    def __init__(self) -> None:
        self._where: dict[int, tuple[int, int, int] | None] = {}  # logical -> (id, version, state)
        self._logical: dict[int, int] = {}  # database id -> logical id

    def logical(self, pledge_id: int) -> int:
        return self._logical.get(pledge_id, pledge_id)

    def state_of(self, pledge_id: int, version: int) -> int:
        """The state that a pledge shown with this version is in."""
        where = self._where.get(self.logical(pledge_id))
        if where is not None and where[0] == pledge_id and where[1] == version:
            return where[2]
        return version

    def locate(self, logical: int, state: int, reference: str) -> tuple[int, int]:
        """(database id, version) to write, if the pledge is still in `state`."""
        if logical not in self._where:
            return logical, state  # never written by this history: its state is its version
        where = self._where[logical]
        if where is None:
            raise StaleEdit(f"pledge {reference} no longer exists")
        pledge_id, version, current = where
        if current != state:
            raise StaleEdit(f"pledge {reference} was changed after this step")
        return pledge_id, version

    def expect_deleted(self, logical: int, reference: str) -> None:
        if self._where.get(logical, 0) is not None:
            raise StaleEdit(f"pledge {reference} exists again; it was not created a second time")

    def current_id(self, logical: int) -> int | None:
        """The database id of a pledge now (None: deleted by this history)."""
        if logical not in self._where:
            return logical
        where = self._where[logical]
        return None if where is None else where[0]

    def note(self, logical: int, pledge: Pledge, state: int) -> None:
        self._where[logical] = (pledge.id, pledge.version, state)
        self._logical[pledge.id] = logical

    def note_deleted(self, logical: int) -> None:
        self._where[logical] = None


@dataclass
class UndoContext:
    """What the commands of one workspace share."""

    ws: Workspace
    report: Report
    book: VersionBook

    @classmethod
    def for_workspace(cls, ws: Workspace, report: Report) -> UndoContext:
        return cls(ws, report, VersionBook())


@dataclass(frozen=True)
class Target:
    """A pledge as the table showed it when the edit was made."""

    pledge_id: int
    version: int
    reference: str


class EditTakenOver(Exception):
    """An edit the database refused that the window took over (a merge is offered, or it is
    kept to save when the connection is back): the caller shows nothing more."""


def execute(stack: QUndoStack, command: PledgeCommand) -> PledgeCommand:
    """Run the command's service call now and push it (nothing is pushed if it raises).

    A window's stack may carry a `take_over(command, error) -> bool` hook (ui/sharing.py):
    an edit refused for a newer version (the merge dialog) or a lost connection (kept to be
    saved later) is then handed to it, and EditTakenOver is raised instead."""
    try:
        command.first_run()
    except Exception as exc:
        take_over = getattr(stack, "take_over", None)
        if take_over is not None and take_over(command, exc):
            raise EditTakenOver(str(exc)) from exc
        raise
    command.done_once = True
    stack.push(command)
    return command


def field_title(field: str) -> str:
    """A field's title in the user's language ("Valeur" for value_amount in French)."""
    source = FIELD_TITLES.get(field)
    return QCoreApplication.translate("UndoCommands", source) if source else field


def _many(one: str, many: str, references: Sequence[str], **values: str) -> str:
    """`one` (a sentence with {ref}) for a single pledge, else `many` (its {n} a count).

    Both come translated; `many` with its plural form chosen by Qt from the count, hence
    the texts are looked up by the callers, where lupdate finds them."""
    if len(references) == 1:
        return one.format(ref=references[0], **values)
    n = len(references)
    return many.format(n=count_text(n), **values)


class PledgeCommand(QUndoCommand):
    """Shared plumbing: the skipped first redo, and failures reported instead of raised."""

    def __init__(self, ctx: UndoContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.done_once = False

    # subclasses implement these three
    def first_run(self) -> None:
        raise NotImplementedError

    def do_undo(self) -> None:
        raise NotImplementedError

    def do_redo(self) -> None:
        raise NotImplementedError

    def pledge_ids(self) -> tuple[int, ...]:
        """Database ids of the pledges concerned (to reload them after a failure)."""
        return ()

    def undo(self) -> None:
        self._guarded(self.do_undo, "undo")

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        self._guarded(self.do_redo, "redo")

    def _guarded(self, step: Callable[[], None], what: str) -> None:
        try:
            step()
        except Exception as exc:  # never let an error escape into Qt's event loop
            if not isinstance(exc, DomainError):
                traceback.print_exception(exc, file=sys.stderr)
            self.setObsolete(True)  # the stack drops a step that could not be carried out
            self.ctx.report(exc, self.pledge_ids(), what)

    def _ids(self, logicals: Sequence[int]) -> tuple[int, ...]:
        found = (self.ctx.book.current_id(logical) for logical in logicals)
        return tuple(pid for pid in found if pid is not None)


# ---------------------------------------------------------------------- edits of fields
@dataclass(frozen=True)
class CellEdit:
    target: Target
    old: dict[str, Any]
    new: dict[str, Any]


class EditPledgeCells(PledgeCommand):
    """One or many pledges, one field or many: update_many, one transaction, one undo step."""

    def __init__(self, ctx: UndoContext, edits: Sequence[CellEdit], *, source: str = "gui") -> None:
        super().__init__(ctx)
        book = ctx.book
        self.edits = list(edits)
        self.source = source
        self.logical = [book.logical(e.target.pledge_id) for e in self.edits]
        self.before = [book.state_of(e.target.pledge_id, e.target.version) for e in self.edits]
        self.after: list[int] = []
        fields = sorted({f for e in self.edits for f in e.new}, key=list(FIELD_TITLES).index)
        titles = ", ".join(field_title(f) for f in fields)
        n = len(self.edits)
        self.setText(_many(
            QCoreApplication.translate("UndoCommands", "edit {fields} of {ref}"),
            _counted("edit", n),
            [e.target.reference for e in self.edits], fields=titles))

    def pledge_ids(self) -> tuple[int, ...]:
        return self._ids(self.logical)

    def first_run(self) -> None:
        done = self.ctx.ws.pledges.update_many(
            [(e.target.pledge_id, e.target.version, e.new) for e in self.edits],
            source=self.source)
        self.after = [p.version for p in done]
        for logical, pledge in zip(self.logical, done, strict=True):
            self.ctx.book.note(logical, pledge, pledge.version)

    def _write(self, values: str, expect: list[int], leave: list[int], source: str) -> None:
        book = self.ctx.book
        items = []
        for e, logical, state in zip(self.edits, self.logical, expect, strict=True):
            pid, version = book.locate(logical, state, e.target.reference)
            items.append((pid, version, getattr(e, values)))
        done = self.ctx.ws.pledges.update_many(items, source=source)
        for logical, pledge, state in zip(self.logical, done, leave, strict=True):
            book.note(logical, pledge, state)

    def do_undo(self) -> None:
        self._write("old", self.after, self.before, "undo")

    def do_redo(self) -> None:
        self._write("new", self.before, self.after, "redo")


# ---------------------------------------------------------------------- status
class ChangeStatus(PledgeCommand):
    """A status change of many pledges (change_status_many); undo uses revert_status_many."""

    def __init__(self, ctx: UndoContext, targets: Sequence[Target], old: Sequence[PledgeStatus],
                 new: PledgeStatus, *, source_ref: str = "", source: str = "gui") -> None:
        super().__init__(ctx)
        book = ctx.book
        self.targets = list(targets)
        self.old = list(old)
        self.new = new
        self.source_ref = source_ref
        self.source = source
        self.logical = [book.logical(t.pledge_id) for t in self.targets]
        self.before = [book.state_of(t.pledge_id, t.version) for t in self.targets]
        self.after: list[int] = []
        self.setText(self.describe())

    def describe(self) -> str:
        n = len(self.targets)
        return _many(QCoreApplication.translate("UndoCommands", "change status of {ref} to {status}"),
                     _counted("status", n),
                     [t.reference for t in self.targets], status=enum_text(self.new))

    def pledge_ids(self) -> tuple[int, ...]:
        return self._ids(self.logical)

    def first_run(self) -> None:
        done = self.ctx.ws.pledges.change_status_many(
            [(t.pledge_id, t.version) for t in self.targets], self.new,
            source_ref=self.source_ref, source=self.source)
        self.after = [p.version for p in done]
        for logical, pledge in zip(self.logical, done, strict=True):
            self.ctx.book.note(logical, pledge, pledge.version)

    def _located(self, expect: list[int]) -> list[tuple[int, int]]:
        return [self.ctx.book.locate(logical, state, t.reference)
                for t, logical, state in zip(self.targets, self.logical, expect, strict=True)]

    def do_undo(self) -> None:
        located = self._located(self.after)
        done = self.ctx.ws.pledges.revert_status_many(
            [(pid, version, old) for (pid, version), old in zip(located, self.old, strict=True)],
            source="undo")
        for logical, pledge, state in zip(self.logical, done, self.before, strict=True):
            self.ctx.book.note(logical, pledge, state)

    def do_redo(self) -> None:
        done = self.ctx.ws.pledges.change_status_many(
            self._located(self.before), self.new, source_ref=self.source_ref, source="redo")
        for logical, pledge, state in zip(self.logical, done, self.after, strict=True):
            self.ctx.book.note(logical, pledge, state)


class CancelPledges(ChangeStatus):
    """Cancel with a reason (kept as the status change's source); undo puts the status back."""

    def __init__(self, ctx: UndoContext, targets: Sequence[Target], old: Sequence[PledgeStatus],
                 reason: str, *, source: str = "gui") -> None:
        super().__init__(ctx, targets, old, PledgeStatus.CANCELLED, source_ref=reason.strip(),
                         source=source)

    def describe(self) -> str:
        n = len(self.targets)
        return _many(QCoreApplication.translate("UndoCommands", "cancel {ref}"),
                     _counted("cancel", n),
                     [t.reference for t in self.targets])


# ---------------------------------------------------------------------- create and delete
def _recreated(p: Pledge) -> PledgeDraft:
    """A draft that gives back a deleted pledge: same content, status and reference."""
    return replace(draft_from(p), reference=p.reference)


def _created(verb: str, references: Sequence[str], n: int) -> str:
    """The text of a creation step: the views name it by an English verb ("paste")."""
    if verb == "paste":
        one = QCoreApplication.translate("UndoCommands", "paste {ref}")
        many = _counted("paste", n)
    elif verb == "new pledge":
        one = QCoreApplication.translate("UndoCommands", "new pledge {ref}")
        many = _counted("new", n)
    elif verb == "duplicate":
        one = QCoreApplication.translate("UndoCommands", "duplicate {ref}")
        many = _counted("duplicate", n)
    else:
        one = QCoreApplication.translate("UndoCommands", "{verb} {ref}").replace("{verb}", verb)
        many = _counted("verb", n).replace("{verb}", verb)
    if not references:  # not created yet: only the count is known
        return many.format(n=count_text(n))
    return _many(one, many, references)


class CreatePledges(PledgeCommand):
    """New pledges (the new-pledge dialog, duplicate, paste) created in one transaction.

    Undo deletes them (reason "undo", audited); redo creates them again, same references.
    """

    def __init__(self, ctx: UndoContext, drafts: Sequence[PledgeDraft], verb: str, *,
                 source: str = "gui") -> None:
        super().__init__(ctx)
        self.drafts = list(drafts)
        self.verb = verb
        self.source = source
        self.logical: list[int] = []
        self.references: list[str] = []
        self.created: list[Pledge] = []
        self.setText(_created(verb, [], len(self.drafts)))

    def pledge_ids(self) -> tuple[int, ...]:
        return self._ids(self.logical)

    def first_run(self) -> None:
        self.created = self.ctx.ws.pledges.create_many(self.drafts, source=self.source)
        self.logical = [p.id for p in self.created]
        self.references = [p.reference for p in self.created]
        for pledge in self.created:
            self.ctx.book.note(pledge.id, pledge, pledge.version)
        self.setText(_created(self.verb, self.references, len(self.references)))

    def do_undo(self) -> None:
        book = self.ctx.book
        items = [book.locate(logical, p.version, p.reference)
                 for logical, p in zip(self.logical, self.created, strict=True)]
        self.ctx.ws.pledges.delete_many(items, "undo", source="undo")
        for logical in self.logical:
            book.note_deleted(logical)

    def do_redo(self) -> None:
        book = self.ctx.book
        for logical, ref in zip(self.logical, self.references, strict=True):
            book.expect_deleted(logical, ref)
        drafts = [replace(d, reference=ref) for d, ref in zip(self.drafts, self.references, strict=True)]
        again = self.ctx.ws.pledges.create_many(drafts, source="redo")
        for logical, pledge, first in zip(self.logical, again, self.created, strict=True):
            book.note(logical, pledge, first.version)


class DeletePledges(PledgeCommand):
    """Hard delete of pledges created in error (reason required, audited with the record).

    Undo creates them again from the deleted records (draft_from + create): same content,
    reference and status. Their deliveries and status history are not recreated; the audit
    log keeps them.
    """

    def __init__(self, ctx: UndoContext, targets: Sequence[Target], reason: str, *,
                 source: str = "gui") -> None:
        super().__init__(ctx)
        book = ctx.book
        self.targets = list(targets)
        self.reason = reason.strip()
        self.source = source
        self.logical = [book.logical(t.pledge_id) for t in self.targets]
        self.before = [book.state_of(t.pledge_id, t.version) for t in self.targets]
        self.deleted: list[Pledge] = []
        n = len(self.targets)
        self.setText(_many(QCoreApplication.translate("UndoCommands", "delete {ref}"),
                           _counted("delete", n),
                           [t.reference for t in self.targets]))

    def pledge_ids(self) -> tuple[int, ...]:
        return self._ids(self.logical)

    def first_run(self) -> None:
        self.deleted = self.ctx.ws.pledges.delete_many(
            [(t.pledge_id, t.version) for t in self.targets], self.reason, source=self.source)
        for logical in self.logical:
            self.ctx.book.note_deleted(logical)

    def do_undo(self) -> None:
        book = self.ctx.book
        for logical, t in zip(self.logical, self.targets, strict=True):
            book.expect_deleted(logical, t.reference)
        again = self.ctx.ws.pledges.create_many([_recreated(p) for p in self.deleted],
                                                source="undo of a delete")
        for logical, pledge, state in zip(self.logical, again, self.before, strict=True):
            book.note(logical, pledge, state)

    def do_redo(self) -> None:
        book = self.ctx.book
        items = [book.locate(logical, state, t.reference)
                 for logical, state, t in zip(self.logical, self.before, self.targets, strict=True)]
        self.ctx.ws.pledges.delete_many(items, self.reason, source="redo")
        for logical in self.logical:
            book.note_deleted(logical)


class UndoCommands(QObject):
    """The context of the counted texts: lupdate marks a text plural (a form per count in the
    catalogue) only in a QObject's `self.tr(text, "", n)`, hence this class."""

    def counted(self, key: str, n: int) -> str:
        return {
            "edit": self.tr("edit {fields} of {n} pledge(s)", "", n),
            "status": self.tr("change status of {n} pledge(s) to {status}", "", n),
            "cancel": self.tr("cancel {n} pledge(s)", "", n),
            "paste": self.tr("paste {n} pledge(s)", "", n),
            "new": self.tr("new pledge: {n} pledge(s)", "", n),
            "duplicate": self.tr("duplicate {n} pledge(s)", "", n),
            "verb": self.tr("{verb} {n} pledge(s)", "", n),
            "delete": self.tr("delete {n} pledge(s)", "", n),
        }[key]


def _counted(key: str, n: int) -> str:
    """The counted text `key` in its plural form for `n` (English: plural())."""
    return plural(UndoCommands().counted(key, n), n)
