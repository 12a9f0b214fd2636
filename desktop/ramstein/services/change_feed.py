"""Changes made by another planner on a shared database, and whether it still answers.

A thin service over storage.changes: the UI polls `token()`; when it moved, `foreign_since()`
says how many of the new audit entries were written by someone other than this workspace's
user (our own edits already refreshed the views through the change bus).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..storage.changes import ChangeToken, change_token, changes_since, check_reachable
from ..storage.database import ConnectionLostError, WriteRefusedError

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["ChangeFeed", "ChangeToken", "ForeignChanges", "connection_lost"]


@dataclass(frozen=True, slots=True)
class ForeignChanges:
    count: int
    users: tuple[str, ...]
    last_at: datetime | None


class ChangeFeed:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def token(self) -> ChangeToken:
        """The current change token (raises ConnectionLostError when the database is gone)."""
        check_reachable(self.ws.db)
        try:
            return change_token(self.ws.db.reader)
        except Exception:
            check_reachable(self.ws.db)  # gone meanwhile (a new connection could not open it)
            raise

    def foreign_since(self, seen: ChangeToken) -> ForeignChanges:
        """The entries after `seen` written by other users. A token that went back (a restored
        backup) counts as one change by nobody in particular."""
        now = change_token(self.ws.db.reader)
        if now.last_id < seen.last_id or now.count < seen.count:
            return ForeignChanges(1, (), None)
        others = [c for c in changes_since(self.ws.db.reader, seen.last_id) if c.user != self.ws.user]
        stamps = [c.last_at for c in others if c.last_at is not None]
        return ForeignChanges(sum(c.count for c in others), tuple(c.user for c in others),
                              max(stamps) if stamps else None)


def connection_lost(exc: BaseException) -> bool:
    """Whether an error means the database stopped answering (a retry may succeed), as
    opposed to a refusal (a full disk, a read-only file) or a bug."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ConnectionLostError):
            return True
        if isinstance(current, WriteRefusedError):
            return current.kind == "unreachable"
        current = current.__cause__ or current.__context__
    return False
