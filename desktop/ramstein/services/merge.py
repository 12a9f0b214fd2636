"""A planner's edit that met a newer version: what they started from, theirs, mine, per field.

The write path refuses a stale version (StaleEdit) and writes nothing. This module gathers
what a merge needs to show: for each field the planner edited, the value they started from,
the value now stored (and who stored it, from the audit), and their own. Fields that only one
side changed come with a proposed choice; a field both changed waits for the planner. The
merged values are then written as an ordinary edit against the current version, so they are
audited and undoable like any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from ..domain.audit import jsonable
from ..domain.errors import NotFound
from ..storage import queries

if TYPE_CHECKING:
    from .workspace import Workspace

Choice = Literal["mine", "theirs"]
Entity = Literal["pledge", "delivery"]


@dataclass(frozen=True, slots=True)
class FieldMerge:
    field: str
    base: Any  # the value the planner started from (typed as the service takes it)
    theirs: Any  # the value stored now
    mine: Any  # the planner's value
    changed_by: str = ""  # who stored `theirs` (from the audit; "" when unknown)
    changed_at: datetime | None = None

    @property
    def they_changed(self) -> bool:
        return not same(self.theirs, self.base)

    @property
    def i_changed(self) -> bool:
        return not same(self.mine, self.base)

    @property
    def agree(self) -> bool:
        """Both sides hold the same value now: nothing to choose."""
        return same(self.mine, self.theirs)

    @property
    def proposed(self) -> Choice | None:
        """The choice made for the planner when only one side changed the field."""
        if self.agree or not self.they_changed:
            return "mine"
        if not self.i_changed:
            return "theirs"
        return None  # both changed it, differently: the planner decides


@dataclass(frozen=True, slots=True)
class MergeProposal:
    entity: Entity
    record_id: int
    label: str  # the pledge's reference, "delivery 17"
    version: int  # the version stored now: the merged edit is written against it
    fields: tuple[FieldMerge, ...]

    def undecided(self, choices: Mapping[str, Choice]) -> list[str]:
        return [f.field for f in self.fields if f.field not in choices and f.proposed is None]

    def merged(self, choices: Mapping[str, Choice]) -> tuple[dict[str, Any], dict[str, Any]]:
        """(stored values, values to write) for the fields where the result differs from what
        is stored; empty when every choice keeps theirs."""
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for f in self.fields:
            choice = choices.get(f.field, f.proposed)
            if choice is None:
                raise ValueError(f"{f.field}: choose mine or theirs")
            if choice == "mine" and not f.agree:
                old[f.field], new[f.field] = f.theirs, f.mine
        return old, new


def same(a: Any, b: Any) -> bool:
    """Equal as stored (2.000 and 2 are the same quantity; an enum and its value too)."""
    return bool(jsonable(a) == jsonable(b))


def propose(ws: Workspace, entity: Entity, record_id: int, base: Mapping[str, Any],
            mine: Mapping[str, Any]) -> MergeProposal:
    """The merge of an edit (`base` -> `mine`, same fields) with what is stored now.

    Raises NotFound when the record was deleted meanwhile: there is nothing to merge with."""
    if entity == "pledge":
        pledge = ws.pledges.get(record_id)
        current: Any = pledge
        label, version = pledge.reference, pledge.version
    else:
        delivery = queries.delivery(ws.db.reader, record_id)
        if delivery is None:
            raise NotFound(f"delivery {record_id} does not exist (deleted by someone else?)")
        current, label, version = delivery, f"delivery {record_id}", delivery.version
    history = queries.audit_for(ws.db.reader, entity, str(record_id))
    fields = []
    for name, my_value in mine.items():
        theirs = getattr(current, name)
        start = base.get(name)
        who, when = "", None
        if not same(theirs, start):
            entry = next((e for e in history if e.after and name in e.after), None)
            if entry is not None:
                who, when = entry.user, entry.at
        fields.append(FieldMerge(name, start, theirs, my_value, who, when))
    return MergeProposal(entity, record_id, label, version, tuple(fields))
