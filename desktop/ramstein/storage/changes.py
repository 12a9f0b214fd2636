"""Has anyone changed the database since we last looked? A cheap token over the audit log.

Every write of the application leaves an audit entry in the same transaction, so the highest
audit id moves with every change, whoever made it. The row count is kept with it so that a
restored backup (ids going back, or fewer rows) is a change too. The SQL is plain and the same
on SQLite and PostgreSQL ("user" is quoted: a reserved word on PostgreSQL); it runs through the
database's reader, so a dropped server connection raises ConnectionLostError from there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .database import ConnectionLostError


@dataclass(frozen=True, slots=True)
class ChangeToken:
    last_id: int
    count: int


@dataclass(frozen=True, slots=True)
class ChangesBy:
    """The audit entries of one user after a token: how many, and when the last was made."""

    user: str
    count: int
    last_at: datetime | None


def change_token(reader: Any) -> ChangeToken:
    row = reader.one("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM audit_log")
    return ChangeToken(int(row[0]), int(row[1])) if row else ChangeToken(0, 0)


def changes_since(reader: Any, after_id: int) -> list[ChangesBy]:
    """Who wrote the audit entries with an id above `after_id` (most entries first)."""
    rows = reader.rows(
        'SELECT "user", COUNT(*), MAX(at) FROM audit_log WHERE id > ? GROUP BY "user" '
        "ORDER BY COUNT(*) DESC",
        (after_id,),
    )
    return [ChangesBy(str(user), int(count), _at(last)) for user, count, last in rows]


def check_reachable(db: Any) -> None:
    """Raise ConnectionLostError when a database file is no longer at its path.

    Reads of a SQLite file go on through open descriptors after its drive or folder went
    away, so a read alone would say all is well while every write is refused."""
    path = getattr(db, "path", None)
    if getattr(db, "is_server", False) or not isinstance(path, Path):
        return  # a server database: the reader's own errors tell (its `path` is a stand-in)
    try:
        os.stat(path)
    except OSError:
        raise ConnectionLostError(
            f"the database file {path} is no longer reachable (was its drive removed, or its "
            "folder moved?)") from None


def _at(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
