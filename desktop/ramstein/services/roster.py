"""Seeding a new database with the roster and reference lists from resources/.

Idempotent: each list is seeded only when its table is empty, so a database created by an
interrupted first run is completed on the next open.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..domain.enums import AuditAction, Channel, FundPeriod, MemberKind, PledgeStatus
from ..paths import resource
from ..storage.database import Database

if TYPE_CHECKING:
    from ..storage.tx import Tx



def _csv(*parts: str) -> Iterator[dict[str, str]]:
    path: Path = resource(*parts)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield {k: (v or "").strip() for k, v in row.items()}


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _yes(text: str) -> bool | None:
    return {"yes": True, "no": False}.get(text.lower())


def _empty(tx: Tx, table: str) -> bool:
    return int(tx.scalar_sql(f"SELECT COUNT(*) FROM {table}")) == 0


def _ids(tx: Tx, table: str) -> dict[str, int]:
    return {code: i for i, code in tx.rows_sql(f"SELECT id, code FROM {table}")}


def seed_reference_data(db: Database) -> bool:
    """Fill empty reference tables. Returns True when anything was seeded."""
    seeded = False
    with db.transaction() as tx:
        if _empty(tx, "db_info"):
            tx.set_info("database_id", str(uuid.uuid4()))
            tx.set_info("created_at", datetime.now(UTC).isoformat(timespec="seconds"))
            tx.set_info("created_by", f"Ramstein Planner {__version__}")
            tx.set_info("classification", "UNCLASSIFIED // FOR PLANNING USE")
            seeded = True
        if _empty(tx, "members"):
            tx.insert("members", [
                {
                    "code": r["code"], "name": r["name"], "kind": MemberKind(r["kind"]),
                    "nato_accession_year": int(r["nato_accession_year"]) if r["nato_accession_year"] else None,
                    "eu_member": _yes(r["eu_member"]), "is_donor": _yes(r["is_donor"]) is not False,
                    "note": r["note"],
                }
                for r in _csv("roster", "members.csv")
            ])
            seeded = True
        members = _ids(tx, "members")
        if _empty(tx, "gdp"):
            tx.insert("gdp", [
                {"member_id": members[r["code"]], "year": int(r["year"]),
                 "usd_bn": Decimal(r["gdp_usd_bn"]), "source": r["source"]}
                for r in _csv("roster", "gdp.csv")
            ])
        if _empty(tx, "capabilities"):
            tx.insert("capabilities", [
                {"code": r["code"], "name": r["name"], "kind": r["kind"],
                 "started_on": _date(r["started_on"]), "description": r["description"]}
                for r in _csv("roster", "capabilities.csv")
            ])
            caps = _ids(tx, "capabilities")
            tx.insert("coalition_members", [
                {"capability_id": caps[r["capability_code"]], "member_id": members[r["member_code"]],
                 "role": r["role"], "joined_on": _date(r["joined_on"]), "source": r["source"]}
                for r in _csv("roster", "coalition_members.csv")
            ])
        if _empty(tx, "channels"):
            rows = list(_csv("roster", "channels.csv"))
            missing = {c.value for c in Channel} - {r["code"] for r in rows}
            if missing:
                raise ValueError(f"resources/roster/channels.csv lacks channels {sorted(missing)}")
            tx.insert("channels", [{"code": r["code"], "name": r["name"],
                                    "description": r["description"]} for r in rows])
        if _empty(tx, "hubs"):
            tx.insert("hubs", [
                {"code": r["code"], "name": r["name"], "country_code": r["country_code"] or None,
                 "description": r["description"], "source": r["source"]}
                for r in _csv("roster", "hubs.csv")
            ])
        if _empty(tx, "exchange_rates"):
            tx.insert("exchange_rates", [
                {"currency": r["currency"], "on_date": date.fromisoformat(r["date"]),
                 "units_per_eur": Decimal(r["units_per_eur"]), "source": r["source"]}
                for r in _csv("rates", "eur_rates.csv")
            ])
        if _empty(tx, "funds"):
            _seed_funds(tx, members)
        if seeded:
            tx.audit(AuditAction.SEED, "database", "reference", None,
                     {"members": len(members)}, "roster from resources/")
    return seeded


COUNTED = ",".join(s.value for s in (PledgeStatus.ALLOCATED, PledgeStatus.IN_DELIVERY, PledgeStatus.DELIVERED))
WASHINGTON_PRESET = "Washington 2024 pledge (EUR 40bn a year)"
PROPOSAL_PRESET = "2024 proposal (USD 100bn over five years)"


def seed_fund_presets(db: Database) -> bool:
    """Add the two fund presets when the database has no fund at all (a database made before
    the presets existed gets them on first use). Returns True when they were added."""
    with db.transaction() as tx:
        if not _empty(tx, "funds"):
            return False
        _seed_funds(tx, _ids(tx, "members"))
        tx.audit(AuditAction.SEED, "fund", "presets", None,
                 {"funds": [WASHINGTON_PRESET, PROPOSAL_PRESET]}, "fund presets")
    return True


def _seed_funds(tx: Tx, members: dict[str, int]) -> None:
    """The two burden-sharing presets (DOMAIN-NOTES §1.1, §1.5), over the NATO allies, with
    the latest GDP year of the roster (the sources do not say which year NATO used)."""
    allies = [i for code, i in members.items() if code in _nato_codes(tx)]
    gdp_year = int(tx.scalar_sql("SELECT COALESCE(MAX(year), 2023) FROM gdp"))
    presets = [
        {
            "name": WASHINGTON_PRESET, "amount": Decimal(40_000_000_000),
            "currency": "EUR", "period": FundPeriod.YEARLY, "first_year": 2025, "last_year": 2029,
            "gdp_year": gdp_year, "counted_channels": "", "counted_statuses": COUNTED,
            "notes": "EUR 40bn a year minimum baseline, shared by each ally's share of Alliance "
                     "GDP; Hungary exempt. Annual, re-evaluated at each summit (last year open: "
                     "2029 here).",
        },
        {
            "name": PROPOSAL_PRESET, "amount": Decimal(100_000_000_000),
            "currency": "USD", "period": FundPeriod.TOTAL, "first_year": 2025, "last_year": 2029,
            "gdp_year": gdp_year, "counted_channels": "", "counted_statuses": COUNTED,
            "notes": "Proposed NATO fund of USD 100bn over five years (spring 2024); not adopted "
                     "as a fund. Shares by GDP here; the proposal reportedly used the NATO "
                     "common-funding (GNI) key.",
        },
    ]
    tx.insert("funds", presets)
    fund_ids = dict(tx.rows_sql("SELECT name, id FROM funds"))
    hungary = members.get("HUN")
    rows = []
    for preset in presets:
        fid = fund_ids[preset["name"]]
        for mid in allies:
            exempt = mid == hungary and preset["name"] == WASHINGTON_PRESET
            rows.append({"fund_id": fid, "member_id": mid, "exempt": exempt})
    tx.insert("fund_members", rows)


def _nato_codes(tx: Tx) -> set[str]:
    return {c for (c,) in tx.rows_sql("SELECT code FROM members WHERE kind = 'nato'")}
