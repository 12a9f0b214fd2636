"""Import the Kiel Ukraine Support Tracker (MAIN DATA sheet) as pledges (issue 5, part 5).

One pledge per MILITARY package (Kiel `ID`), valued at the package's EUR commitment (the
`Converted Value in EUR` of the package's first row(s)), so that each donor's imported total
equals the sheet's own military total computed the same way. Donors outside our roster are
skipped and reported; re-importing the same file adds nothing (references KIEL-<ID> exist).
All-or-nothing: one transaction, after a backup.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import Channel, PledgeStatus
from ..domain.errors import DomainError
from ..domain.money import round_eur
from ..exchange.kiel import KielItem, read_kiel
from . import pledge_rows as R
from .matching import member_resolver
from .pledges import PledgeDraft

if TYPE_CHECKING:
    from .workspace import Workspace

SOURCE = "kiel-import"

# Keyword rules (folded text of item + sub-type), tried in order within a Kiel item class.
_ARMOUR = ("tank", "armored", "armoured", "apc", "ifv", "infantry fighting", "personnel carrier",
           "recovery vehicle", "bmp", "m113", "bradley", "leopard", "stryker", "marder", "auv",
           "utility vehicle", "mrap", "combat vehicle")
_IAMD = ("anti-aircraft", "air defence", "air defense", "sam)", "surface-to-air", "manpads",
         "patriot", "iris-t", "nasams", "hawk", "stinger", "gepard", "crotale", "aspide")
_AIR = ("aircraft", "helicopter", "jet", "mig-", "su-25", "f-16", "airplane", "plane")
_DRONE = ("drone", "uav", "uas", "unmanned", "bayraktar", "switchblade", "phoenix ghost", "loitering")
_SEA = ("boat", "ship", "vessel", "patrol and coastal", "naval", "maritime", "harpoon")
_EW = ("radar", "jamm", "electronic warfare", "counter-drone", "anti-drone", "sigint")
_MEDICAL = ("medical", "first aid", "medicine", "ambulance", "hospital", "tourniquet")
_DEMINING = ("demining", "mine clearing", "mine-clearing", "de-mining", "mine detect")
_TRAINING = ("training",)
_LOGISTICS = ("truck", "vehicle", "fuel", "spare parts", "logistic", "generator", "trailer")


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def capability_code(item_type: str, sub_type: str, item: str) -> str:
    """Our capability code for one Kiel item row (default 'other')."""
    kind = item_type.casefold()
    text = f"{sub_type} {item}".casefold()
    if _has(text, _DEMINING):
        return "demining"
    if _has(text, _TRAINING):
        return "training"
    if kind.startswith("ammunition for portable defence"):
        return "iamd" if _has(text, _IAMD) else "armour" if "anti-armor" in text else "iamd"
    if kind.startswith("ammunition for heavy") or kind == "ammunition":
        if _has(text, _IAMD) or ("missile" in text and "anti-tank" not in text):
            return "iamd"
        if "tank ammunition" in text:
            return "armour"
        return "artillery"
    if kind == "heavy weapon":
        for words, code in ((_DRONE, "drones"), (_IAMD, "iamd"), (_AIR, "air_force"),
                            (_SEA, "maritime"), (_EW, "ew"), (_ARMOUR, "armour")):
            if _has(text, words):
                return code
        return "artillery"
    if kind == "portable defence system":
        return "iamd" if _has(text, _IAMD) or "anti-armor" not in text else "armour"
    if kind == "aviation and drones":
        return "drones" if _has(text, _DRONE) or not _has(text, _AIR) else "air_force"
    if kind == "humanitarian":
        return "medical" if _has(text, _MEDICAL) else "other"
    if kind == "military equipment":
        for words, code in ((_MEDICAL, "medical"), (_DRONE, "drones"), (_EW, "ew"),
                            (_SEA, "maritime"), (_ARMOUR, "armour"), (_LOGISTICS, "logistics")):
            if _has(text, words):
                return code
    return "other"


@dataclass
class KielImportResult:
    file: Path
    applied: bool = False
    dry_run: bool = False
    pledges: int = 0
    packages: int = 0
    rows: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> rows
    skipped_packages: Counter[str] = field(default_factory=Counter)  # reason -> packages
    by_donor: dict[str, Decimal] = field(default_factory=dict)  # ISO3 -> EUR
    dates_from_text: int = 0  # packages whose date was read out of text ("until 2/24/2023")
    dates_unknown: int = 0  # packages with no usable date
    backup: Path | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "dry_run": self.dry_run,
            "pledges": self.pledges,
            "rows": self.rows,
            "packages": self.packages,
            "skipped": dict(sorted(self.skipped.items())),
            "skipped_packages": dict(sorted(self.skipped_packages.items())),
            "by_donor": {k: f"{v:.2f}" for k, v in sorted(self.by_donor.items())},
            "total_eur": f"{sum(self.by_donor.values(), Decimal(0)):.2f}",
            "dates_from_text": self.dates_from_text,
            "dates_unknown": self.dates_unknown,
            "backup": str(self.backup) if self.backup else None,
            "seconds": round(self.seconds, 3),
        }


def _sum(values: list[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def _qty(value: Decimal | None) -> str:
    if value is None:
        return "undisclosed"
    return f"{value.normalize():f}"


def import_kiel(ws: Workspace, path: Path, *, dry_run: bool = False) -> KielImportResult:
    """Read, map and (unless dry_run) apply a Kiel MAIN DATA file. Raises KielFileError /
    KielSchemaDrift (nothing changed) when the file is unusable."""
    started = time.perf_counter()
    result = KielImportResult(file=Path(path), dry_run=dry_run)
    packages: dict[str, list[KielItem]] = defaultdict(list)
    for item in read_kiel(Path(path)):
        packages[item.package_id].append(item)
        result.rows += 1
    result.packages = len(packages)

    ref = ws.reference
    donors = member_resolver(ref.members, donors_only=False)
    caps = {c.code: c.id for c in ref.capabilities}
    existing = {r[R.REF] for r in ws.pledges.table_rows()}
    drafts: list[PledgeDraft] = []

    def skip(reason: str, items: list[KielItem]) -> None:
        result.skipped[reason] += len(items)
        result.skipped_packages[reason] += 1

    for pid, items in packages.items():
        head = next((i for i in items if i.first_row), items[0])
        if head.aid_type != "military":
            skip(f"non-military ({head.aid_type or 'no type'})", items)
            continue
        member = donors.find(head.donor)
        if member is None or not member.is_donor:
            skip(f"unknown donor {head.donor or '(empty)'}", items)
            continue
        firsts = [i for i in items if i.first_row]
        value = _sum([i.value_eur for i in firsts])
        if value is None or value <= 0:
            skip("no value", items)
            continue
        value = round_eur(value)
        reference = f"KIEL-{pid}"
        if reference in existing:
            skip("duplicate (already imported, unchanged)", items)
            continue
        delivered = _sum([i.delivered_eur for i in firsts]) or Decimal(0)
        status = (PledgeStatus.DELIVERED if delivered >= value
                  else PledgeStatus.IN_DELIVERY if delivered > 0 else PledgeStatus.COMMITTED)
        dated = next((i for i in [head, *items] if i.announced_on is not None), None)
        announced = dated.announced_on if dated else None
        if announced is None:
            result.dates_unknown += 1
        elif not dated or not dated.announced_raw[:4].isdigit():
            result.dates_from_text += 1
        votes = Counter(capability_code(i.item_type, i.sub_type, i.item) for i in items)
        specific = [c for c, _ in votes.most_common() if c != "other"]
        cap_code = specific[0] if specific else "other"
        names = [i.item for i in items if i.item]
        if not names:
            names = [head.aid_type_specific or "Military aid"]
        title = names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more items"
        lines = [f"- {i.item or i.sub_type or 'item'}: {_qty(i.units)} committed, "
                 f"{_qty(i.units_delivered)} delivered" for i in items if i.item or i.sub_type]
        notes = [f"Kiel UST package {pid} ({head.aid_type_specific or 'military'})."]
        if head.announced_raw and (announced is None or not head.announced_raw[:4].isdigit()):
            notes.append(f"Announcement date as given: {head.announced_raw}.")
        if head.currency and head.value_original is not None:
            notes.append(f"Value as given: {head.value_original} {head.currency}.")
        if delivered:
            notes.append(f"Delivered per Kiel: EUR {round_eur(delivered)}.")
        if lines:
            notes.append("Items:\n" + "\n".join(lines))
        source_ref = f"Kiel UST ID {pid}" + (f" {head.source_url}" if head.source_url else "")
        drafts.append(PledgeDraft(
            donor_id=member.id,
            capability_id=caps.get(cap_code, caps["other"]),
            item=title[:200],
            channel=Channel.IN_KIND_STOCKS,
            status=status,
            value_amount=value,
            currency="EUR",
            valuation_date=announced,
            announced_on=announced,
            source_ref=source_ref,
            notes="\n".join(notes),
            reference=reference,
        ))
        result.by_donor[member.code] = result.by_donor.get(member.code, Decimal(0)) + value

    result.pledges = len(drafts)
    if drafts and not dry_run:
        result.backup = ws.db.backup("before-kiel-import")
        try:
            ws.pledges.create_many(drafts, source=SOURCE)
        except DomainError as exc:
            raise DomainError(f"Kiel import rejected, nothing changed: {exc}") from None
        result.applied = True
    elif not drafts and not dry_run:
        result.applied = True  # nothing new to add: the database already holds this file
    result.seconds = time.perf_counter() - started
    return result
