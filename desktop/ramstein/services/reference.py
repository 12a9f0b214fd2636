"""Reference lists (members, capabilities, channels, hubs, rates), cached per workspace."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..domain.money import RateTable
from ..domain.records import Capability, GdpFigure, Hub, Member
from ..storage import queries

if TYPE_CHECKING:
    from .workspace import Workspace


class ReferenceService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        ws.changes.subscribe(self._on_change)

    def _on_change(self, change: object) -> None:
        entity = getattr(change, "entity", "")
        if entity in ("rate", "all"):
            self.__dict__.pop("rates", None)
        if entity in ("member", "all"):
            for key in ("members", "members_by_id", "members_by_code", "gdp"):
                self.__dict__.pop(key, None)

    @cached_property
    def members(self) -> list[Member]:
        return queries.members(self.ws.db.reader)

    @cached_property
    def members_by_id(self) -> dict[int, Member]:
        return {m.id: m for m in self.members}

    @cached_property
    def members_by_code(self) -> dict[str, Member]:
        return {m.code: m for m in self.members}

    @cached_property
    def gdp(self) -> dict[int, list[GdpFigure]]:
        return queries.gdp(self.ws.db.reader)

    @cached_property
    def capabilities(self) -> list[Capability]:
        return queries.capabilities(self.ws.db.reader)

    @cached_property
    def capabilities_by_id(self) -> dict[int, Capability]:
        return {c.id: c for c in self.capabilities}

    @cached_property
    def channels(self) -> list[tuple[str, str]]:
        return queries.channels(self.ws.db.reader)

    @cached_property
    def hubs(self) -> list[Hub]:
        return queries.hubs(self.ws.db.reader)

    @cached_property
    def rates(self) -> RateTable:
        return RateTable(queries.exchange_rates(self.ws.db.reader))

    def donors(self) -> list[Member]:
        return [m for m in self.members if m.is_donor]
