"""Resolving names typed by people (or found in foreign sheets) to reference records.

Accepts codes and names in any case, common aliases, and spacing/accents variants; refuses
anything else with a "did you mean …?" hint (difflib), never a silent guess.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from ..domain.errors import DomainError
from ..domain.records import Capability, Hub, Member

T = TypeVar("T")

# Other names under which members appear (Kiel, the press, staff shorthand).
MEMBER_ALIASES: dict[str, str] = {
    "us": "USA", "u.s.": "USA", "united states of america": "USA", "america": "USA",
    "uk": "GBR", "u.k.": "GBR", "great britain": "GBR", "britain": "GBR",
    "turkey": "TUR", "turkiye": "TUR", "czech republic": "CZE", "the netherlands": "NLD",
    "holland": "NLD", "republic of korea": "KOR", "korea": "KOR", "korea, south": "KOR",
    "eu": "EUU", "european union": "EUU", "eu (commission and council)": "EUU",
    "european commission": "EUU", "european peace facility": "EUU", "epf": "EUU",
    "nato": "NAT", "macedonia": "MKD", "republic of moldova": "MDA",
}


def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form: 'Türkiye ' -> 'turkiye'."""
    norm = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in norm if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


class Resolver(Generic[T]):
    """Looks records up by any of their keys; `what` names the field in messages."""

    def __init__(self, what: str, items: Iterable[tuple[Sequence[str], T, str]]) -> None:
        self.what = what
        self._by_key: dict[str, T] = {}
        self._names: dict[str, str] = {}  # folded key -> display name for hints
        self._found: dict[str, T | None] = {}  # text as given -> what find gives
        for keys, item, display in items:
            for key in keys:
                if key:
                    self._by_key.setdefault(fold(key), item)
                    self._names.setdefault(fold(key), display)

    def find(self, text: str) -> T | None:
        # a sheet repeats a few dozen names over 100k rows: fold each distinct text once
        if text in self._found:
            return self._found[text]
        found = self._found[text] = self._by_key.get(fold(text))
        return found

    def get(self, text: str) -> T:
        found = self.find(text)
        if found is not None:
            return found
        raise DomainError(self.unknown_message(text))

    def suggestion(self, text: str) -> str | None:
        close = difflib.get_close_matches(fold(text), list(self._by_key), n=1, cutoff=0.75)
        return self._names[close[0]] if close else None

    def unknown_message(self, text: str) -> str:
        hint = self.suggestion(text) if text.strip() else None
        base = f"'{text}' is not a known {self.what}" if text.strip() else f"{self.what} is missing"
        return f"{base}; did you mean {hint}?" if hint else base


def member_resolver(members: Iterable[Member], *, donors_only: bool = True) -> Resolver[Member]:
    chosen = [m for m in members if m.is_donor or not donors_only]
    by_code = {m.code: m for m in chosen}
    items: list[tuple[Sequence[str], Member, str]] = [((m.code, m.name), m, m.name) for m in chosen]
    items += [((alias,), by_code[code], by_code[code].name)
              for alias, code in MEMBER_ALIASES.items() if code in by_code]
    return Resolver("donor" if donors_only else "member", items)


def capability_resolver(capabilities: Iterable[Capability]) -> Resolver[Capability]:
    return Resolver("capability", [((c.code, c.name, c.code.replace("_", " ")), c, c.name)
                                   for c in capabilities])


def hub_resolver(hubs: Iterable[Hub]) -> Resolver[Hub]:
    return Resolver("hub", [((h.code, h.name, h.name.split(" (")[0]), h, h.name) for h in hubs])
