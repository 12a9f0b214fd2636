"""A realistic, reproducible demo database.

Donors are weighted roughly like the real ones (order of magnitude of public trackers' military
allocations: the United States far ahead, then Germany, the UK, the Nordics...), items and unit
prices by capability, the donor's own currency most of the time, a status mix that follows the
age of the pledge, and deliveries spread over 2022..2027 through the hubs, some of them overdue.

Everything is generated in memory first (outside the write transaction), then written in one
transaction with executemany: a crash or a cancel leaves the database as it was.
The same seed gives the same database, whatever the machine (a private random.Random; dates
relative to a fixed reference day, not to the clock).
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Any

from ..domain.enums import AuditAction, Channel, DeliveryStatus, PledgeStatus
from ..domain.errors import DomainError
from ..domain.money import RateTable
from .changes import Change
from .progress import NullProgress, Progress, check

if TYPE_CHECKING:
    from .workspace import Workspace

# The demo's "today": fixed so that the same seed gives the same statuses on any day.
REFERENCE_DAY = date(2026, 11, 1)
WAR_START = date(2022, 2, 24)

# Relative weights (~ EUR bn of military aid, rounded; order of magnitude only).
DONOR_WEIGHTS: dict[str, float] = {
    "USA": 65, "DEU": 17, "GBR": 14, "DNK": 9, "SWE": 7, "NLD": 6.5, "NOR": 5, "FRA": 5,
    "POL": 4, "CAN": 4, "FIN": 3, "BEL": 2.5, "ITA": 2, "EUU": 2, "CZE": 1.5, "ESP": 1.5,
    "AUS": 1.3, "LTU": 0.8, "SVK": 0.7, "EST": 0.6, "LVA": 0.5, "BGR": 0.4, "PRT": 0.3,
    "ROU": 0.3, "NAT": 0.5, "HRV": 0.2, "GRC": 0.2, "LUX": 0.2, "JPN": 0.1, "IRL": 0.1,
    "KOR": 0.05, "SVN": 0.05, "ISL": 0.05, "TUR": 0.05, "AUT": 0.05, "NZL": 0.05,
    "MKD": 0.05, "MNE": 0.02, "ALB": 0.02, "HUN": 0.01,
}
NATIONAL_CURRENCY = {
    "USA": "USD", "GBR": "GBP", "CAN": "CAD", "NOR": "NOK", "SWE": "SEK", "DNK": "DKK",
    "POL": "PLN", "CZE": "CZK", "AUS": "AUD", "JPN": "JPY", "KOR": "KRW", "NZL": "NZD",
    "TUR": "TRY", "ISL": "ISK", "HUN": "HUF", "ROU": "RON",
}
EU_MEMBERS_REIMBURSED = {"DEU", "FRA", "ITA", "ESP", "NLD", "BEL", "POL", "CZE", "SVK", "LTU",
                         "LVA", "EST", "FIN", "SWE", "DNK", "PRT", "ROU", "BGR", "HRV", "GRC"}
PURL_PAYERS = ("NLD", "DNK", "NOR", "SWE", "DEU", "CAN", "BEL", "FIN", "LUX", "PRT")
# Joint PURL packages (the first one: DK+NO+SE, Aug 2025) and the Danish model's co-financiers
# (2024: Denmark, Sweden, Iceland): DOMAIN-NOTES §1.1. Shares add up to 1.
JOINT_PURL = (("DNK", "0.4"), ("NOR", "0.35"), ("SWE", "0.25"))
DANISH_MODEL_PAYERS = (("DNK", "0.85"), ("SWE", "0.13"), ("ISL", "0.02"))


@dataclass(frozen=True)
class CatalogueItem:
    capability: str
    item: str
    unit: str
    unit_price_eur: int  # typical new-purchase price (EUR), as Kiel values in-kind aid
    max_qty: int


CATALOGUE: tuple[CatalogueItem, ...] = (
    CatalogueItem("air_force", "F-16 fighter aircraft", "aircraft", 60_000_000, 12),
    CatalogueItem("air_force", "Mirage 2000-5 fighter aircraft", "aircraft", 40_000_000, 6),
    CatalogueItem("air_force", "AIM-9 air-to-air missiles", "missiles", 450_000, 60),
    CatalogueItem("air_force", "Aircraft spare parts package", "packages", 25_000_000, 3),
    CatalogueItem("iamd", "IRIS-T SLM fire unit", "fire units", 140_000_000, 3),
    CatalogueItem("iamd", "Patriot battery", "batteries", 1_000_000_000, 1),
    CatalogueItem("iamd", "NASAMS fire unit", "fire units", 100_000_000, 2),
    CatalogueItem("iamd", "Gepard self-propelled anti-aircraft gun", "vehicles", 1_100_000, 15),
    CatalogueItem("iamd", "Stinger MANPADS", "launchers", 400_000, 100),
    CatalogueItem("iamd", "Interceptor missiles", "missiles", 3_500_000, 40),
    CatalogueItem("artillery", "155 mm artillery shells", "rounds", 3_500, 50_000),
    CatalogueItem("artillery", "M777 towed howitzer", "howitzers", 3_000_000, 18),
    CatalogueItem("artillery", "PzH 2000 self-propelled howitzer", "howitzers", 10_000_000, 8),
    CatalogueItem("artillery", "CAESAR self-propelled howitzer", "howitzers", 5_000_000, 12),
    CatalogueItem("artillery", "HIMARS launcher", "launchers", 5_100_000, 6),
    CatalogueItem("artillery", "122 mm rockets", "rockets", 2_000, 10_000),
    CatalogueItem("armour", "Leopard 2A6 main battle tank", "tanks", 10_000_000, 14),
    CatalogueItem("armour", "Leopard 1A5 main battle tank", "tanks", 2_000_000, 30),
    CatalogueItem("armour", "CV90 infantry fighting vehicle", "vehicles", 8_000_000, 20),
    CatalogueItem("armour", "Marder infantry fighting vehicle", "vehicles", 2_000_000, 40),
    CatalogueItem("armour", "M113 armoured personnel carrier", "vehicles", 600_000, 100),
    CatalogueItem("armour", "Bradley infantry fighting vehicle", "vehicles", 4_300_000, 50),
    CatalogueItem("maritime", "Sandown-class minehunter", "ships", 40_000_000, 2),
    CatalogueItem("maritime", "Raiding craft", "boats", 500_000, 23),
    CatalogueItem("maritime", "Viking all-terrain vehicle", "vehicles", 1_200_000, 20),
    CatalogueItem("maritime", "Coastal anti-ship missile battery", "batteries", 150_000_000, 1),
    CatalogueItem("it", "Secure communication terminals", "terminals", 8_000, 2_000),
    CatalogueItem("it", "Cyber defence package", "packages", 5_000_000, 3),
    CatalogueItem("demining", "Demining vehicle", "vehicles", 1_500_000, 10),
    CatalogueItem("demining", "Mine detectors", "sets", 5_000, 1_000),
    CatalogueItem("drones", "FPV drones", "drones", 500, 20_000),
    CatalogueItem("drones", "Long-range strike drones", "drones", 200_000, 100),
    CatalogueItem("drones", "Reconnaissance UAS", "systems", 250_000, 40),
    CatalogueItem("drones", "Counter-drone systems", "systems", 1_000_000, 20),
    CatalogueItem("ew", "Electronic warfare jammers", "systems", 300_000, 50),
    CatalogueItem("ew", "Radar systems", "systems", 20_000_000, 4),
    CatalogueItem("medical", "Individual first aid kits", "kits", 150, 50_000),
    CatalogueItem("medical", "Field hospital", "hospitals", 8_000_000, 2),
    CatalogueItem("medical", "Armoured ambulances", "vehicles", 400_000, 30),
    CatalogueItem("training", "Basic soldier training course", "trainees", 15_000, 5_000),
    CatalogueItem("training", "Pilot training", "pilots", 2_000_000, 12),
    CatalogueItem("logistics", "Military trucks", "trucks", 250_000, 200),
    CatalogueItem("logistics", "Fuel", "tonnes", 1_100, 20_000),
    CatalogueItem("logistics", "Spare parts and maintenance package", "packages", 10_000_000, 5),
    CatalogueItem("other", "Winter clothing", "sets", 300, 100_000),
    CatalogueItem("other", "Body armour and helmets", "sets", 1_200, 20_000),
    CatalogueItem("other", "Small arms", "rifles", 1_500, 10_000),
)

_PLEDGE_SQL = (
    "INSERT INTO pledges (uuid, reference, donor_id, capability_id, item, quantity_milli, unit, "
    "value_amount_milli, currency, value_eur_cents, valuation_date, announced_on, funding_year, "
    "channel, status, reimbursed_by_id, source_ref, classification, notes, version, created_at, "
    "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_DELIVERY_SQL = (
    "INSERT INTO deliveries (uuid, pledge_id, quantity_milli, value_eur_cents, planned_on, "
    "actual_on, status, hub_id, delay_reason, notes, version, created_at, updated_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_EVENT_SQL = (
    "INSERT INTO pledge_status_events (pledge_id, from_status, to_status, on_date, source, "
    'recorded_at, "user") VALUES (?,?,?,?,?,?,?)'
)
_FINANCER_SQL = "INSERT INTO pledge_financers (pledge_id, member_id, share) VALUES (?,?,?)"

CHUNK = 20_000
# Enum values by member: a dict look-up is ~8x cheaper than `.value` (a property), ~800k a demo.
_VALUE: dict[Any, str] = {m: m.value for e in (Channel, PledgeStatus, DeliveryStatus) for m in e}
_ANNOUNCED = PledgeStatus.ANNOUNCED.value
# The pledge statuses drawn from (equally likely, repeats weigh more) by age: < 60 days, < 240,
# < 600, older.
_STATUS_BY_AGE: tuple[tuple[PledgeStatus, ...], ...] = (
    (PledgeStatus.ANNOUNCED, PledgeStatus.COMMITTED),
    (PledgeStatus.COMMITTED, PledgeStatus.ALLOCATED, PledgeStatus.IN_DELIVERY),
    (PledgeStatus.ALLOCATED, PledgeStatus.IN_DELIVERY, PledgeStatus.IN_DELIVERY, PledgeStatus.DELIVERED),
    (PledgeStatus.IN_DELIVERY, PledgeStatus.DELIVERED, PledgeStatus.DELIVERED, PledgeStatus.DELIVERED),
)
_OTHER_CURRENCIES = ("EUR", "USD")
_ONE, _MILLI = Decimal(1), Decimal("0.001")


@dataclass(frozen=True)
class DemoResult:
    pledges: int
    deliveries: int
    seed: int


def _uuid4(bits: int) -> str:
    """`str(uuid.UUID(int=bits, version=4))` without building the UUID object (400k per demo)."""
    # version 4 in bits 76..79, variant 0b10 in bits 62..63: one mask, one or
    h = "%032x" % (bits & 0xFFFFFFFFFFFF0FFF3FFFFFFFFFFFFFFF | 0x40008000000000000000)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _below(bits: Callable[[int], int], n: int) -> int:
    """A uniform integer in [0, n) from `bits` (a Random's getrandbits), drawn exactly as
    `Random.choice`, `randrange` and `randint` draw it (`Random._randbelow_with_getrandbits`),
    without their two or three layers of Python calls and checks: ~1M draws per 100k demo.
    tests/unit/test_demo_draws.py pins the equality, so a seed keeps giving the same rows."""
    k = n.bit_length()
    r = bits(k)
    while r >= n:
        r = bits(k)
    return r


def _split_int(total: int, parts: int, rng: random.Random) -> list[int]:
    """Split a non-negative integer into `parts` non-negative integers that add up to it."""
    if parts <= 1:
        return [total]
    bits, width = rng.getrandbits, total + 1
    cuts = sorted([_below(bits, width) for _ in range(parts - 1)])  # rng.randint(0, total)
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _delivery_counts(rng: random.Random, capacities: list[int], n: int) -> list[int]:
    """Spread n deliveries over pledges: every pledge one first, then at random, never more
    deliveries than a pledge has units (so each delivery carries at least one unit)."""
    counts = [0] * len(capacities)
    open_idx = [i for i, cap in enumerate(capacities) if cap > 0]
    for i in open_idx[:n]:
        counts[i] = 1
    left = n - min(n, len(open_idx))
    open_idx = [i for i in open_idx if capacities[i] > counts[i]]
    while left > 0 and open_idx:
        k = _below(rng.getrandbits, len(open_idx))  # rng.randrange(len(open_idx))
        i = open_idx[k]
        counts[i] += 1
        left -= 1
        if counts[i] >= capacities[i]:
            open_idx[k] = open_idx[-1]
            open_idx.pop()
    return counts


def _prorate(total: int, weights: Sequence[int]) -> list[int]:
    """Integer largest-remainder split of `total` by `weights` (sums exactly to total)."""
    if len(weights) == 1:  # one delivery carries the whole pledge (a third of them)
        return [total] if weights[0] else [0]
    wsum = sum(weights)
    if wsum == 0:
        return [0] * len(weights)
    raw = [total * w for w in weights]
    floors = [r // wsum for r in raw]
    rest = total - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] % wsum), i))
    for i in order[:rest]:
        floors[i] += 1
    return floors


class _Generator:
    def __init__(self, ws: Workspace, seed: int) -> None:
        self.rng = random.Random(seed)
        ref = ws.reference
        self.members = ref.members_by_code
        self.rates: RateTable = ref.rates
        self.caps = {c.code: c.id for c in ref.capabilities}
        self.hubs = {h.code: h.id for h in ref.hubs}
        codes = [c for c in DONOR_WEIGHTS if c in self.members]
        self.donor_codes = codes
        self.cum_weights = list(itertools.accumulate(DONOR_WEIGHTS[c] for c in codes))
        self.catalogue = [c for c in CATALOGUE if c.capability in self.caps]
        self.ref_counters: dict[tuple[str, int], int] = {}
        self.now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        self.rate_cache: dict[tuple[str, int], Decimal] = {}
        # Co-financing draws come from their own stream, so the pledges and deliveries of a
        # seed stay what they were before co-financed pledges were added to the demo.
        self.financing_rng = random.Random(f"financers-{seed}")

    def donor(self) -> str:
        x = self.rng.random() * self.cum_weights[-1]
        return self.donor_codes[bisect.bisect_right(self.cum_weights, x)]

    def rate(self, currency: str, on: date) -> Decimal:
        key = (currency, on.year)
        if key not in self.rate_cache:
            self.rate_cache[key] = self.rates.rate_for(currency, on).units_per_eur
        return self.rate_cache[key]

    def announced(self) -> date:
        # More pledges in 2022-2023, a steady flow after; a few announced for 2027.
        span = (REFERENCE_DAY + timedelta(days=60) - WAR_START).days
        return WAR_START + timedelta(days=int(span * self.rng.random() ** 1.15))

    def reference(self, code: str, year: int) -> str:
        n = self.ref_counters.get((code, year), 0) + 1
        self.ref_counters[(code, year)] = n
        return f"{code}-{year}-{n:03d}"

    def status_for(self, announced: date) -> PledgeStatus:
        age = (REFERENCE_DAY - announced).days
        r = self.rng.random()
        if r < 0.03:
            return PledgeStatus.CANCELLED
        if r < 0.05:
            return PledgeStatus.SUSPENDED
        # rng.choice(...) of the statuses that fit the pledge's age
        mix = _STATUS_BY_AGE[0 if age < 60 else (1 if age < 240 else (2 if age < 600 else 3))]
        return mix[_below(self.rng.getrandbits, len(mix))]

    def channel(self, code: str, announced: date) -> Channel:
        r = self.rng.random()
        if code == "USA":
            return Channel.US_PDA_USAI if r < 0.8 else Channel.IN_KIND_STOCKS
        if code == "EUU":
            return Channel.EU_EPF
        if code == "NAT":
            return Channel.NATO_CAP
        if code == "DNK" and r < 0.25 and announced.year >= 2024:
            return Channel.DANISH_MODEL
        if r < 0.55:
            return Channel.IN_KIND_STOCKS
        if r < 0.95:
            return Channel.NATIONAL_PROCUREMENT
        return Channel.OTHER


def check_demo_size(pledges: int, deliveries: int) -> None:
    """Refuse impossible sizes before anything is opened or written."""
    if pledges < 0 or deliveries < 0:
        raise DomainError("the numbers of pledges and deliveries must not be negative")
    if deliveries and not pledges:
        raise DomainError("deliveries need pledges: give --pledges as well")


def build_demo(
    ws: Workspace,
    *,
    pledges: int = 2_000,
    deliveries: int = 6_000,
    seed: int = 2022,
    replace: bool = False,
    progress: Progress | None = None,
) -> DemoResult:
    """Fill the workspace's database with demo pledges and deliveries (one transaction)."""
    progress = progress or NullProgress()
    check_demo_size(pledges, deliveries)
    existing = int(ws.db.reader.scalar("SELECT COUNT(*) FROM pledges") or 0)
    if existing and not replace:
        raise DomainError(
            f"{ws.path} already holds {existing} pledges; the demo would mix with them. "
            "Use another file, or --replace to wipe them (a backup is made first)."
        )
    gen = _Generator(ws, seed)
    total_work = pledges + deliveries + pledges  # generate, then write
    progress.report(0, total_work, "generating pledges")
    pledge_rows, pledge_meta, event_rows, financer_rows = _gen_pledges(gen, ws, pledges, progress, total_work)
    delivery_rows = _gen_deliveries(gen, pledge_meta, deliveries, progress, total_work, pledges)
    check(progress)
    if existing:
        ws.db.backup("before-demo-replace")
    done = pledges + deliveries
    with ws.db.transaction(ws.user) as tx, tx.bulk_write():
        if existing:
            for table in ("delivery_milestones", "deliveries", "pledge_financers",
                          "pledge_status_events", "pledges"):
                tx.execute_many(f"DELETE FROM {table} WHERE 1 = ?", [(1,)])
        first_id = tx.next_ids("pledges")
        for start in range(0, len(pledge_rows), CHUNK):
            check(progress)
            tx.execute_many(_PLEDGE_SQL, pledge_rows[start : start + CHUNK])
            progress.report(done + start // 2, total_work, "writing pledges")
        # Pledge ids are consecutive from first_id (one writer, fresh rowids after MAX(id)).
        offset = first_id
        tx.execute_many(_EVENT_SQL, [(offset + r[0], *r[1:]) for r in event_rows])
        tx.execute_many(_FINANCER_SQL, [(offset + r[0], *r[1:]) for r in financer_rows])
        for start in range(0, len(delivery_rows), CHUNK):
            check(progress)
            chunk = delivery_rows[start : start + CHUNK]
            tx.execute_many(_DELIVERY_SQL, [(r[0], offset + r[1], *r[2:]) for r in chunk])
            progress.report(done + pledges // 2 + start * pledges // max(2 * len(delivery_rows), 1),
                            total_work, "writing deliveries")
        tx.audit(AuditAction.DEMO, "database", "demo", None,
                 {"pledges": pledges, "deliveries": len(delivery_rows), "seed": seed,
                  "replaced": existing}, "ramstein demo")
        check(progress)
    progress.report(total_work, total_work, "done")
    ws.changes.publish(Change("all", (), "reset"))
    return DemoResult(pledges, len(delivery_rows), seed)


def _gen_pledges(gen: _Generator, ws: Workspace, n: int, progress: Progress, total: int) -> tuple[
    list[tuple[Any, ...]], list[tuple[int, date, PledgeStatus, int, int, str]],
    list[tuple[Any, ...]], list[tuple[Any, ...]]
]:
    rng = gen.rng
    rows: list[tuple[Any, ...]] = []
    meta: list[tuple[int, date, PledgeStatus, int, int, str]] = []  # idx, announced, status, qty, eur cents, donor
    events: list[tuple[Any, ...]] = []
    financers: list[tuple[Any, ...]] = []
    eu_id = gen.members["EUU"].id if "EUU" in gen.members else None
    usa = gen.members.get("USA")
    bits = rng.getrandbits
    catalogue, n_items = gen.catalogue, len(gen.catalogue)
    factors: dict[float, Decimal] = {}  # the ~41 price factors, 0.8 .. 1.2
    for i in range(n):
        if i % 5000 == 0:
            check(progress)
            progress.report(i, total, "generating pledges")
        code = gen.donor()
        item = catalogue[_below(bits, n_items)]  # rng.choice(gen.catalogue)
        announced = gen.announced()
        qty = max(1, int(item.max_qty * rng.random() ** 2))
        factor = round(rng.uniform(0.8, 1.2), 2)
        eur_value = Decimal(qty * item.unit_price_eur) * (
            factors.get(factor) or factors.setdefault(factor, Decimal(str(factor))))
        currency = (NATIONAL_CURRENCY.get(code, "EUR") if rng.random() < 0.75
                    else _OTHER_CURRENCIES[_below(bits, 2)])
        rate = gen.rate(currency, announced)
        amount = (eur_value * rate).quantize(_MILLI if currency in ("JOD",) else _ONE)
        eur_cents = int((amount / rate * 100).to_integral_value(rounding=ROUND_HALF_EVEN))
        status = gen.status_for(announced)
        channel = gen.channel(code, announced)
        donor = gen.members[code]
        reimbursed = eu_id if (code in EU_MEMBERS_REIMBURSED and rng.random() < 0.1) else None
        if channel is Channel.IN_KIND_STOCKS and reimbursed is None and code in EU_MEMBERS_REIMBURSED and rng.random() < 0.05:
            channel = Channel.EU_EPF
            reimbursed = eu_id
        donor_id, ref_code = donor.id, code
        if usa is not None and announced >= date(2025, 8, 1) and code in PURL_PAYERS and rng.random() < 0.2:
            # PURL: US equipment delivered by the United States, paid by the ally.
            channel, donor_id, ref_code = Channel.PURL, usa.id, "USA"
            financers += _financers(gen, i, donor.id, JOINT_PURL if code in ("DNK", "NOR", "SWE") else ())
        elif channel is Channel.DANISH_MODEL:
            financers += _financers(gen, i, donor.id, DANISH_MODEL_PAYERS)
        year = announced.year
        announced_iso = announced.isoformat()
        rows.append((
            _uuid4(bits(128)), gen.reference(ref_code, year),
            donor_id, gen.caps[item.capability], item.item, qty * 1000, item.unit,
            int(amount * 1000), currency, eur_cents, announced_iso, announced_iso,
            year, _VALUE[channel], _VALUE[status], reimbursed,
            "demo data", "", "", 1, gen.now, gen.now,
        ))
        events.append((i, None, _ANNOUNCED, announced_iso, "demo data", gen.now, "demo"))
        if status is not PledgeStatus.ANNOUNCED:
            moved = min(announced + timedelta(days=10 + _below(bits, 111)), REFERENCE_DAY)
            events.append((i, _ANNOUNCED, _VALUE[status], moved.isoformat(), "demo data", gen.now, "demo"))
        meta.append((i, announced, status, qty, eur_cents, code))
    return rows, meta, events, financers


def _financers(gen: _Generator, index: int, payer: int,
               joint: tuple[tuple[str, str], ...]) -> list[tuple[Any, ...]]:
    """Financer rows of a pledge: the paying ally alone, or (a third of the time, when a joint
    scheme is given and all its members exist) the joint payers by share. A Danish-model
    pledge paid by Denmark alone needs no row: the donor pays."""
    if joint and gen.financing_rng.random() < 1 / 3 and all(c in gen.members for c, _s in joint):
        return [(index, gen.members[c].id, share) for c, share in joint]
    if joint is DANISH_MODEL_PAYERS:
        return []
    return [(index, payer, "1")]


def _gen_deliveries(
    gen: _Generator,
    meta: list[tuple[int, date, PledgeStatus, int, int, str]],
    n: int,
    progress: Progress,
    total: int,
    done_before: int,
) -> list[tuple[Any, ...]]:
    rng = gen.rng
    if not meta or n == 0:
        return []
    # Pledges that can have deliveries; announced-only pledges get none.
    eligible = [m for m in meta if m[2] not in (PledgeStatus.ANNOUNCED,)]
    if not eligible:
        eligible = meta
    counts = _delivery_counts(rng, [m[3] for m in eligible], n)
    hub_rze = gen.hubs.get("RZE")
    hub_rou = gen.hubs.get("ROU-HUB")
    hub_svk = gen.hubs.get("SVK-NODE")
    hub_direct = gen.hubs.get("DIRECT")
    rows: list[tuple[Any, ...]] = []
    iso: dict[date, str] = {}  # a few thousand distinct days for 300k deliveries
    last_day = date(2027, 12, 31)
    days = [timedelta(days=n) for n in range(541)]
    bits, random = rng.getrandbits, rng.random
    for j, (m, count) in enumerate(zip(eligible, counts, strict=True)):
        if j % 5000 == 0:
            check(progress)
            progress.report(done_before + len(rows), total, "generating deliveries")
        if count == 0:
            continue
        idx, announced, status, qty, eur_cents, _code = m
        # count <= qty: every delivery carries at least one unit, together exactly the pledge.
        qtys = [q + 1 for q in _split_int(qty - count, count, rng)]
        values = _prorate(eur_cents, qtys)
        start = announced + days[14 + _below(bits, 77)]  # rng.randint(14, 90) days
        for q, v in zip(qtys, values, strict=True):
            planned = start + days[int(random() * 540)]
            if planned > last_day:
                planned = last_day - days[_below(bits, 61)]  # rng.randint(0, 60)
            d_status, planned, actual = _delivery_state(rng, status, planned)
            hub: int | None
            if planned >= _ROMANIAN_HUB_OPENS and hub_rou and random() < 0.3:
                hub = hub_rou
            else:
                r = random()
                hub = hub_rze if r < 0.8 else (hub_svk if r < 0.9 else hub_direct)
            reason = "transport capacity at the hub" if d_status is DeliveryStatus.DELAYED else ""
            planned_iso = iso.get(planned) or iso.setdefault(planned, planned.isoformat())
            actual_iso = (iso.get(actual) or iso.setdefault(actual, actual.isoformat())
                          if actual else None)
            rows.append((
                _uuid4(bits(128)), idx, q * 1000, v,
                planned_iso, actual_iso, _VALUE[d_status],
                hub, reason, "", 1, gen.now, gen.now,
            ))
    return rows


# Constants of _delivery_state, called once per delivery (300k+ per demo).
_CAN_DELIVER = frozenset((PledgeStatus.IN_DELIVERY, PledgeStatus.SUSPENDED, PledgeStatus.DELIVERED))
_MONTH_AGO = REFERENCE_DAY - timedelta(days=30)
_IN_A_MONTH = REFERENCE_DAY + timedelta(days=30)
_ROMANIAN_HUB_OPENS = date(2026, 1, 1)
_LATE_DAYS = tuple(timedelta(days=n) for n in (0, 0, 0, 0, 3, 7, 14, 30, 60))
_OVERDUE = (DeliveryStatus.PLANNED, DeliveryStatus.DELAYED, DeliveryStatus.IN_TRANSIT)
_DUE_SOON = (DeliveryStatus.IN_TRANSIT, DeliveryStatus.PLANNED)


def _delivery_state(
    rng: random.Random, pledge_status: PledgeStatus, planned: date
) -> tuple[DeliveryStatus, date, date | None]:
    """(status, planned date, actual date) of one delivery, consistent with its pledge."""
    if pledge_status is PledgeStatus.CANCELLED:
        return DeliveryStatus.CANCELLED, planned, None
    can_deliver = pledge_status in _CAN_DELIVER
    if not can_deliver and planned < _MONTH_AGO:
        # Committed / contracted but nothing delivered yet: planned from about now on.
        planned = REFERENCE_DAY + timedelta(days=_below(rng.getrandbits, 431) - 30)  # randint(-30, 400)
    # The older a planned date, the likelier it has been delivered: overdue items are mostly
    # recent (weeks to months), a few are long-standing problems.
    age = (REFERENCE_DAY - planned).days
    delivered_odds = 0.0 if age < 45 else (0.85 if age < 180 else (0.97 if age < 540 else 0.995))
    if pledge_status is PledgeStatus.DELIVERED or (can_deliver and rng.random() < delivered_odds):
        if planned > REFERENCE_DAY:
            planned = REFERENCE_DAY - timedelta(days=1 + _below(rng.getrandbits, 30))  # randint(1, 30)
        late = _LATE_DAYS[_below(rng.getrandbits, 9)]  # rng.choice of the days late
        return DeliveryStatus.DELIVERED, planned, min(planned + late, REFERENCE_DAY)
    if planned < REFERENCE_DAY:
        # Past and not delivered: overdue (planned, delayed or still in transit).
        return _OVERDUE[_below(rng.getrandbits, 3)], planned, None
    if planned < _IN_A_MONTH:
        return _DUE_SOON[_below(rng.getrandbits, 2)], planned, None
    return DeliveryStatus.PLANNED, planned, None
