"""The database's classification marking, and the rule that every export carries it.

The marking lives in `db_info` under "classification" (seeded "UNCLASSIFIED // FOR PLANNING
USE"). A database whose `db_info` says "classification_required" (1/true/yes) refuses to export
a workbook, a template or a calendar while its marking is empty: an unmarked copy of
classified planning data must not leave the application by accident.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..domain.enums import AuditAction
from ..domain.errors import DomainError

if TYPE_CHECKING:
    from .workspace import Workspace

MARKING_KEY = "classification"
REQUIRED_KEY = "classification_required"
DEFAULT_MARKING = "UNCLASSIFIED"  # a database without any marking entry (made before markings)
_YES = frozenset({"1", "true", "yes", "on"})


class MarkingRequired(DomainError):
    """The database requires a classification marking on exports and has none."""


def is_required(info: Mapping[str, str]) -> bool:
    return info.get(REQUIRED_KEY, "").strip().casefold() in _YES


def export_marking(info: Mapping[str, str], what: str) -> str:
    """The marking an export (`what`: "the workbook export", "the calendar" …) carries.

    A missing entry is DEFAULT_MARKING and an empty one stays empty, unless the database
    requires a marking: then both refuse with MarkingRequired.
    """
    marking = info.get(MARKING_KEY)
    text = (marking or "").strip()
    if not text and is_required(info):
        raise MarkingRequired(f"{what}: this database requires a classification marking on every "
                              "export and has none; set the marking first")
    return DEFAULT_MARKING if marking is None else text


def set_marking(ws: Workspace, marking: str, *, required: bool | None = None,
                source: str = "gui") -> None:
    """Set the marking (and, when given, whether exports require one) in one transaction,
    audited (who, when, old -> new)."""
    marking = " ".join(marking.split())
    info = ws.db.info()
    if not marking and (required if required is not None else is_required(info)):
        raise MarkingRequired("a database that requires a classification marking needs one "
                              "(lift the requirement first to clear it)")
    if len(marking) > 120:
        raise DomainError(f"classification marking: {len(marking)} characters (at most 120)")
    before = {MARKING_KEY: info.get(MARKING_KEY), REQUIRED_KEY: info.get(REQUIRED_KEY)}
    after = {MARKING_KEY: marking,
             REQUIRED_KEY: before[REQUIRED_KEY] if required is None else ("1" if required else "0")}
    with ws.db.transaction(ws.user) as tx:
        tx.set_info(MARKING_KEY, marking)
        if required is not None:
            tx.set_info(REQUIRED_KEY, "1" if required else "0")
        tx.audit(AuditAction.UPDATE, "database", "classification", before, after, source)
