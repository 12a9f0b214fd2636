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
"""

from __future__ import annotations

import sys
import traceback
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ..domain.errors import DomainError, StaleEdit
from ..services.change_feed import connection_lost
from ..services.changes import Change
from .change_watch import ChangeWatcher
from .connection_banner import ConnectionBanner, ConnectionMonitor
from .undo_commands import (
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


class Sharing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws: Workspace | None = None
        self.merge_dialog: MergeDialog | None = None  # the latest one (tests look)
        self.banner = ConnectionBanner()
        self.monitor = ConnectionMonitor(self.banner, self._probe, self)
        self.monitor.recovered.connect(self._recovered)
        self.watcher = ChangeWatcher(window)
        self.watcher.lost.connect(self._lost)
        window.undo_stack.take_over = self.take_over  # type: ignore[attr-defined]

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.monitor.reset()
        self.watcher.paused = False
        self.watcher.set_workspace(ws)

    # ------------------------------------------------------------------ refused edits
    def take_over(self, command: PledgeCommand, exc: BaseException) -> bool:
        """The undo stack's hook: True when this object handles the refused edit."""
        if connection_lost(exc):
            self._lost(exc)
            if isinstance(command, KEPT_WHEN_LOST):
                self.monitor.keep(command)
                self._say(self.tr("Not saved yet: {what}. It is saved when the database answers "
                                  "again.").format(what=command.text()))
                return True
            return False  # the view says exactly what was not saved
        if isinstance(exc, StaleEdit) and _mergeable(command):
            return self._offer_merge(command)  # type: ignore[arg-type]
        return False

    def _offer_merge(self, command: EditPledgeCells) -> bool:
        from ..services.merge import propose
        from .dialogs.merge_dialog import MergeDialog, names_of

        ws = command.ctx.ws
        edit = command.edits[0]
        try:
            proposal = propose(ws, "pledge", edit.target.pledge_id, edit.old, edit.new)
        except DomainError:
            return False  # deleted meanwhile: the view's "changed elsewhere" message says it
        except Exception as exc:
            if connection_lost(exc):
                self._lost(exc)
            return False
        ws.changes.publish(Change("pledge", (proposal.record_id,), "updated"))  # show theirs
        dialog = self.merge_dialog = MergeDialog(proposal, names_of(ws), ws.user, self.window)
        dialog.merge_chosen.connect(lambda choices: self._apply_merge(command, proposal, choices))
        dialog.rejected.connect(lambda: self._merge_cancelled(proposal))
        dialog.open()
        return True

    def _apply_merge(self, command: EditPledgeCells, proposal: MergeProposal,
                     choices: dict[str, Choice]) -> None:
        old, new = proposal.merged(choices)
        if not new:
            self._say(self.tr("{label}: you kept the values saved by the other planner; "
                              "nothing else was written.").format(label=proposal.label))
            return
        target = Target(proposal.record_id, proposal.version, proposal.label)
        merged = EditPledgeCells(command.ctx, [CellEdit(target, old, new)], source="merge")
        try:
            execute(self.window.undo_stack, merged)
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

    def _merge_cancelled(self, proposal: MergeProposal) -> None:
        text = self.tr("Your change to {label} was not saved. It keeps the values the other "
                       "planner saved.").format(label=proposal.label)
        self._say(text)
        self.window.show_message("information", self.tr("Change not saved"), text)

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

    def _save_again(self, command: PledgeCommand) -> None:
        try:
            execute(self.window.undo_stack, command)
        except EditTakenOver:
            return  # a conflict (merge offered) or lost again (kept again)
        except Exception as exc:
            if not isinstance(exc, DomainError):
                traceback.print_exception(exc, file=sys.stderr)
            self.window.show_message(
                "warning", self.tr("Change not saved"),
                self.tr("This change could not be saved after the connection came back: "
                        "{what}.").format(what=command.text()), str(exc))
            return
        self._say(self.tr("Saved now that the database answers again: {what}.").format(
            what=command.text()))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 20_000)


def _mergeable(command: PledgeCommand) -> bool:
    """A field edit of one pledge (a multi-row edit refused is told, not merged row by row)."""
    return isinstance(command, EditPledgeCells) and len(command.edits) == 1
