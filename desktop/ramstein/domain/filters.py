"""The shared filter of the working views (pledges, calendar, members, export).

One immutable value: the views hold the current one, presets are saved as its JSON form, and
each view turns it into a predicate over its own rows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..i18n import _
from .enums import Channel, MemberKind, PledgeStatus


@dataclass(frozen=True)
class PledgeFilter:
    donors: frozenset[str] = field(default_factory=frozenset)  # member codes
    kinds: frozenset[MemberKind] = field(default_factory=frozenset)
    capabilities: frozenset[str] = field(default_factory=frozenset)  # capability codes
    statuses: frozenset[PledgeStatus] = field(default_factory=frozenset)
    channels: frozenset[Channel] = field(default_factory=frozenset)
    hubs: frozenset[str] = field(default_factory=frozenset)  # hub codes (calendar)
    date_from: date | None = None  # announced on or after
    date_to: date | None = None  # announced on or before
    text: str = ""

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(
                f"date range: {self.date_from.isoformat()} is after {self.date_to.isoformat()}"
            )

    def is_empty(self) -> bool:
        return self == PledgeFilter()

    def replace(self, **changes: Any) -> PledgeFilter:
        return dataclasses.replace(self, **changes)

    @property
    def words(self) -> tuple[str, ...]:
        """The free text as case-folded words; a row must contain every word."""
        return tuple(self.text.casefold().split())

    def describe(self, names: dict[str, str] | None = None) -> str:
        """A one-line description for the status bar: 'Germany, Poland · Committed · “iris”'."""
        names = names or {}
        parts: list[str] = []
        if self.donors:
            parts.append(", ".join(sorted(names.get(c, c) for c in self.donors)))
        if self.kinds:
            parts.append(", ".join(sorted(k.label for k in self.kinds)))
        if self.capabilities:
            parts.append(", ".join(sorted(names.get(c, c) for c in self.capabilities)))
        if self.statuses:
            parts.append(", ".join(s.label for s in PledgeStatus if s in self.statuses))
        if self.channels:
            parts.append(", ".join(c.label for c in Channel if c in self.channels))
        if self.hubs:
            parts.append(", ".join(sorted(names.get(h, h) for h in self.hubs)))
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "…"
            end = self.date_to.isoformat() if self.date_to else "…"
            parts.append(f"{start} – {end}")
        if self.text.strip():
            parts.append(f"“{self.text.strip()}”")
        # In the chosen language (ramstein.i18n): a status bar, an export's Instructions sheet.
        return " · ".join(parts) if parts else _("no filter")

    def to_json(self) -> dict[str, Any]:
        return {
            "donors": sorted(self.donors),
            "kinds": sorted(k.value for k in self.kinds),
            "capabilities": sorted(self.capabilities),
            "statuses": sorted(s.value for s in self.statuses),
            "channels": sorted(c.value for c in self.channels),
            "hubs": sorted(self.hubs),
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "text": self.text,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PledgeFilter:
        """Read a saved preset; unknown values (from another version) are dropped, not fatal."""

        def members(enum: type[Any], values: Any) -> frozenset[Any]:
            out = set()
            for v in values or ():
                try:
                    out.add(enum(v))
                except ValueError:
                    continue
            return frozenset(out)

        def day(text: Any) -> date | None:
            try:
                return date.fromisoformat(text) if text else None
            except (TypeError, ValueError):
                return None

        start, end = day(data.get("date_from")), day(data.get("date_to"))
        if start and end and start > end:
            start, end = end, start
        return cls(
            donors=frozenset(str(v) for v in data.get("donors") or ()),
            kinds=members(MemberKind, data.get("kinds")),
            capabilities=frozenset(str(v) for v in data.get("capabilities") or ()),
            statuses=members(PledgeStatus, data.get("statuses")),
            channels=members(Channel, data.get("channels")),
            hubs=frozenset(str(v) for v in data.get("hubs") or ()),
            date_from=start,
            date_to=end,
            text=str(data.get("text") or ""),
        )
