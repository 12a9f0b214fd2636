"""Working on a database others share: merges, their changes showing up, a lost connection.

One object per window ties together what planners see when they share one database:
- an edit refused because someone saved the pledge first (StaleEdit) opens the merge dialog
  (ui/dialogs/merge_dialog.py); Apply writes the merged values as one undoable edit;
- the change watcher (ui/change_watch.py) reloads the views when another planner saved;
- a read or write that lost the database shows the banner (ui/connection_banner.py); an edit
  that failed that way is kept and saved again when the connection is back, through the same
  version check (so a conflict meanwhile opens the merge dialog). A creation is not kept: if
  the server did commit it before the connection dropped, saving it again would create it
  twice, so the planner is told exactly what was not saved instead.

Delivery edits (the pledge pane's dialog and buttons, the calendar's moves and marks) come
through the same doors as DeliveryEdits (ui/delivery_commands.py). An edit of several pledges
or deliveries that meets other planners' saves is split: the ones nobody else changed are
saved as one step, and a merge is offered for each of the others, one dialog after another.
Closing the window while edits wait for the connection asks first (Keep waiting / Discard).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from ..domain.errors import DomainError, StaleEdit
from ..services.change_feed import connection_lost
from ..services.changes import Change
from .change_watch import ChangeWatcher
from .connection_banner import ConnectionBanner, ConnectionMonitor
from .delivery_commands import DeliveryChange, DeliveryEdit
from .undo_commands import (
    CancelPledges,
    CellEdit,
    ChangeStatus,
    DeletePledges,
    EditPledgeCells,
    EditTakenOver,
    PledgeCommand,
    Target,
    execute,
)

if TYPE_CHECKING:
    from ..services import Workspace
    from ..services.merge import Choice, MergeProposal
    from .dialogs.merge_dialog import MergeDialog
    from .main_window import MainWindow

KEPT_WHEN_LOST = (EditPledgeCells, ChangeStatus, DeletePledges)  # they carry a version
Pending = PledgeCommand | DeliveryEdit  # an edit kept until the database answers again
Apply = Callable[["MergeProposal", "dict[str, Choice]"], None]  # writes the merged values


class Sharing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws: Workspace | None = None
        self.merge_dialog: MergeDialog | None = None  # the latest one (tests look)
        self.close_box: QMessageBox | None = None  # the question on closing with pending edits
        self._merges: list[tuple[MergeProposal, Apply]] = []  # waiting for the dialog
        self.banner = ConnectionBanner()
        self.monitor = ConnectionMonitor(self.banner, self._probe, self)
        self.monitor.recovered.connect(self._recovered)
        self.watcher = ChangeWatcher(window, interval_s=float(
            window.settings.get("sharing/poll_seconds")))
        self.watcher.lost.connect(self._lost)
        window.undo_stack.take_over = self.take_over  # type: ignore[attr-defined]
        window.undo_stack.take_over_delivery = self.take_over_delivery  # type: ignore[attr-defined]

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.monitor.reset()
        self._merges.clear()
        self.watcher.paused = False
        self.watcher.set_workspace(ws)

    # ------------------------------------------------------------------ refused edits
    def take_over(self, command: PledgeCommand, exc: BaseException) -> bool:
        """The undo stack's hook: True when this object handles the refused edit."""
        if connection_lost(exc):
            self._lost(exc)
            if isinstance(command, KEPT_WHEN_LOST):
                self._keep(command)
                return True
            return False  # the view says exactly what was not saved
        if isinstance(exc, StaleEdit) and isinstance(command, EditPledgeCells):
            return self._split_edit(command)
        if isinstance(exc, StaleEdit) and type(command) in (ChangeStatus, CancelPledges):
            return self._split_status(command)  # type: ignore[arg-type]
        return False

    def take_over_delivery(self, edit: DeliveryEdit, exc: BaseException) -> bool:
        """The same for a delivery edit (ui/delivery_commands.py hands it over)."""
        if connection_lost(exc):
            self._lost(exc)
            self._keep(edit)
            return True
        if not isinstance(exc, StaleEdit) or self.ws is None:
            return False
        return self._split_deliveries(self.ws, edit)

    def _keep(self, edit: Pending) -> None:
        self.monitor.keep(edit)
        self._say(self.tr("Not saved yet: {what}. It is saved when the database answers "
                          "again.").format(what=edit.text()))

    def _split_edit(self, command: EditPledgeCells) -> bool:
        """Save the pledges nobody else changed; offer a merge for each of the others."""
        ws = command.ctx.ws
        stale = self._stale_pledges(ws, [e.target for e in command.edits])
        if not stale:
            return False  # one is gone (or none is newer): the view says it
        proposals = []
        for e in command.edits:
            if e.target.pledge_id in stale:
                proposal = self._propose(ws, "pledge", e.target.pledge_id, e.old, e.new)
                if proposal is None:
                    return False  # deleted meanwhile, or lost: the view says it
                proposals.append(proposal)
        others = [e for e in command.edits if e.target.pledge_id not in stale]
        if others:
            self._save_others(EditPledgeCells(command.ctx, others, source=command.source),
                              [p.label for p in proposals])
        for proposal in proposals:
            self._queue(proposal, lambda p, c, cmd=command: self._apply_edit(cmd, p, c))
        self._offer()
        return True

    def _split_status(self, command: ChangeStatus) -> bool:
        """A status change: the same, with a merge of the status field for the others."""
        ws = command.ctx.ws
        stale = self._stale_pledges(ws, command.targets)
        if not stale:
            return False
        proposals = []
        for t, old in zip(command.targets, command.old, strict=True):
            if t.pledge_id in stale:
                proposal = self._propose(ws, "pledge", t.pledge_id, {"status": old},
                                         {"status": command.new})
                if proposal is None:
                    return False
                proposals.append(proposal)
        others = [(t, old) for t, old in zip(command.targets, command.old, strict=True)
                  if t.pledge_id not in stale]
        if others:
            self._save_others(_status_like(command, [t for t, _ in others], [o for _, o in others]),
                              [p.label for p in proposals])
        for proposal in proposals:
            self._queue(proposal, lambda p, c, cmd=command: self._apply_status(cmd, p, c))
        self._offer()
        return True

    def _split_deliveries(self, ws: Workspace, edit: DeliveryEdit) -> bool:
        stale: list[tuple[DeliveryChange, MergeProposal]] = []
        others: list[DeliveryChange] = []
        for change in edit.changes:
            try:
                current = ws.calendar.delivery(change.delivery_id)
            except Exception:  # deleted meanwhile (or lost): the caller says it was not saved
                return False
            if current.version == change.version:
                others.append(change)
                continue
            base = {k: change.base.get(k, getattr(current, k)) for k in change.new}
            proposal = self._propose(ws, "delivery", change.delivery_id, base, change.new)
            if proposal is None:
                return False
            stale.append((change, proposal))
        if not stale:
            return False  # none is newer: not a conflict with another planner
        if others:
            self._save_others(_Resave(edit, others), [p.label for _, p in stale])
        for _change, proposal in stale:
            self._queue(proposal, lambda p, c, e=edit: self._apply_delivery(e, p, c))
        self._offer()
        return True

    def _stale_pledges(self, ws: Workspace, targets: Sequence[Target]) -> set[int] | None:
        """The pledges stored at another version than the edit names (None: one is gone)."""
        out = set()
        for t in targets:
            try:
                if ws.pledges.get(t.pledge_id).version != t.version:
                    out.add(t.pledge_id)
            except Exception as exc:
                if connection_lost(exc):
                    self._lost(exc)
                return None
        return out

    def _propose(self, ws: Workspace, entity: Any, record_id: int, base: dict[str, Any],
                 mine: dict[str, Any]) -> MergeProposal | None:
        from ..services.merge import propose

        try:
            proposal = propose(ws, entity, record_id, base, mine)
        except DomainError:
            return None  # deleted meanwhile: the view's "changed elsewhere" message says it
        except Exception as exc:
            if connection_lost(exc):
                self._lost(exc)
            return None
        ws.changes.publish(Change(entity, (record_id,), "updated"))  # show theirs
        if entity == "delivery":
            proposal = _labelled(ws, proposal)
        return proposal

    def _save_others(self, edit: PledgeCommand | _Resave, merged: list[str]) -> None:
        """The part of a refused edit that nobody else touched: saved as its own step."""
        try:
            if isinstance(edit, _Resave):
                edit.run()
            else:
                execute(self.window.undo_stack, edit)
        except EditTakenOver:
            return  # the connection dropped, or another change meanwhile: handled again
        except Exception as exc:
            self._not_saved(edit.text(), exc)
            return
        self._say(self.tr("Saved: {what}. Changed by another planner meanwhile, so not saved "
                          "yet: {refs} (a merge is offered).").format(
                              what=edit.text(), refs=", ".join(merged)))

    # ------------------------------------------------------------------ merge dialogs
    def _queue(self, proposal: MergeProposal, apply: Apply) -> None:
        """Offer this merge: now, or once the dialog on screen is closed (see _offer)."""
        self._merges.append((proposal, apply))

    def _offer(self) -> None:
        if self.merge_dialog is None or not self.merge_dialog.isVisible():
            self._open_next()

    def _open_next(self) -> None:
        from .dialogs.merge_dialog import MergeDialog, names_of

        if not self._merges or self.ws is None:
            return
        proposal, apply = self._merges.pop(0)
        dialog = self.merge_dialog = MergeDialog(proposal, names_of(self.ws), self.ws.user,
                                                 self.window)
        if self._merges:
            dialog.setWindowTitle(self.tr("Changed by another planner ({n} more to go)").format(
                n=len(self._merges)))
        dialog.merge_chosen.connect(lambda choices: self._merged(proposal, apply, choices))
        dialog.rejected.connect(lambda: self._merge_cancelled(proposal))
        dialog.finished.connect(lambda _result: self._open_next())
        dialog.open()

    def _merged(self, proposal: MergeProposal, apply: Apply, choices: dict[str, Choice]) -> None:
        if not proposal.merged(choices)[1]:
            self._say(self.tr("{label}: you kept the values saved by the other planner; "
                              "nothing else was written.").format(label=proposal.label))
            return
        try:
            apply(proposal, choices)
        except EditTakenOver:
            return  # changed yet again (another merge is offered) or the connection dropped
        except Exception as exc:
            if not isinstance(exc, DomainError):
                traceback.print_exception(exc, file=sys.stderr)
            self.window.show_message("warning", self.tr("Merge not saved"),
                                     self.tr("The merged values of {label} were not saved.")
                                     .format(label=proposal.label), str(exc))
            return
        self._say(self.tr("Merged and saved {label} (Ctrl+Z undoes).").format(label=proposal.label))

    def _apply_edit(self, command: EditPledgeCells, proposal: MergeProposal,
                    choices: dict[str, Choice]) -> None:
        old, new = proposal.merged(choices)
        target = Target(proposal.record_id, proposal.version, proposal.label)
        execute(self.window.undo_stack,
                EditPledgeCells(command.ctx, [CellEdit(target, old, new)], source="merge"))

    def _apply_status(self, command: ChangeStatus, proposal: MergeProposal,
                      choices: dict[str, Choice]) -> None:
        old, _new = proposal.merged(choices)
        target = Target(proposal.record_id, proposal.version, proposal.label)
        execute(self.window.undo_stack, _status_like(command, [target], [old["status"]]))

    def _apply_delivery(self, edit: DeliveryEdit, proposal: MergeProposal,
                        choices: dict[str, Choice]) -> None:
        old, new = proposal.merged(choices)
        edit.save([DeliveryChange(proposal.record_id, proposal.version, old, new)])

    def _merge_cancelled(self, proposal: MergeProposal) -> None:
        text = self.tr("Your change to {label} was not saved. It keeps the values the other "
                       "planner saved.").format(label=proposal.label)
        self._say(text)
        self.window.show_message("information", self.tr("Change not saved"), text)

    # ------------------------------------------------------------------ closing
    def confirm_close(self, close: Callable[[], None]) -> bool:
        """True when the window may close now. With edits waiting for the connection, ask
        instead (non-blocking): Keep waiting, or Discard them and close (then `close()`)."""
        pending = [c.text() for c in self.monitor.pending]
        if not pending:
            return True
        n = len(pending)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changes not saved"),
                          self.tr("%n change(s) could not be saved yet: the database is not "
                                  "answering. They are saved when it answers again, as long as "
                                  "this window stays open.", "", n), QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setObjectName("pendingOnClose")
        box.setInformativeText("\n".join(f"• {text}" for text in pending))
        wait = box.addButton(self.tr("Keep waiting"), QMessageBox.ButtonRole.RejectRole)
        wait.setObjectName("keepWaiting")
        discard = box.addButton(self.tr("Discard %n change(s) and close", "", n),
                                QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardAndClose")
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)

        def chosen(button: object) -> None:
            if button is discard:
                self.monitor.take_pending()
                close()

        box.buttonClicked.connect(chosen)
        self.close_box = box
        box.open()
        return False

    # ------------------------------------------------------------------ connection
    def _lost(self, exc: object) -> None:
        self.watcher.paused = True
        self.monitor.lost(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

    def _probe(self, ok: Any, failed: Any) -> None:
        feed, ws = self.watcher.feed, self.ws
        if feed is None:
            ok()
            return
        self.window.runner.submit(
            "reconnect", feed.token,
            on_result=lambda _token: ok() if ws is self.ws else None,
            on_error=lambda exc: failed(exc) if ws is self.ws else None)

    def _recovered(self) -> None:
        self.watcher.paused = False
        if self.ws is not None:
            self.ws.changes.publish(Change("all", (), "reset"))  # read everything again
        for command in self.monitor.take_pending():
            self._save_again(command)
        self.watcher.poll()

    def _save_again(self, command: Pending) -> None:
        try:
            if isinstance(command, DeliveryEdit):
                command.save(command.changes)
            else:
                execute(self.window.undo_stack, command)
        except EditTakenOver:
            return  # a conflict (merge offered) or lost again (kept again)
        except Exception as exc:
            self._not_saved(command.text(), exc)
            return
        self._say(self.tr("Saved now that the database answers again: {what}.").format(
            what=command.text()))

    def _not_saved(self, what: str, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            traceback.print_exception(exc, file=sys.stderr)
        self.window.show_message(
            "warning", self.tr("Change not saved"),
            self.tr("This change could not be saved: {what}.").format(what=what), str(exc))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 20_000)


class _Resave:
    """The deliveries of a refused edit that nobody else changed, to save as one step."""

    def __init__(self, edit: DeliveryEdit, changes: list[DeliveryChange]) -> None:
        self.edit = edit
        self.changes = changes

    def text(self) -> str:
        return self.edit.text()

    def run(self) -> None:
        self.edit.save(self.changes)


def _status_like(command: ChangeStatus, targets: list[Target], old: list[Any]) -> ChangeStatus:
    """The same status change (or cancel, with its reason) for some of its pledges."""
    if isinstance(command, CancelPledges):
        return CancelPledges(command.ctx, targets, old, command.source_ref, source=command.source)
    return ChangeStatus(command.ctx, targets, old, command.new, source_ref=command.source_ref,
                        source=command.source)


def _labelled(ws: Workspace, proposal: MergeProposal) -> MergeProposal:
    """A delivery named as the planner knows it: its pledge and planned date."""
    from dataclasses import replace

    from .formatting import date_text

    try:
        delivery = ws.calendar.delivery(proposal.record_id)
        pledge = ws.pledges.get(delivery.pledge_id)
    except DomainError:  # NotFound included: keep the service's "delivery 17"
        return proposal
    label = QCoreApplication.translate("Sharing", "delivery of {ref} planned {day}")
    return replace(proposal, label=label.format(ref=pledge.reference,
                                                day=date_text(delivery.planned_on)))
