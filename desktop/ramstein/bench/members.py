"""python -m ramstein.bench members --db PATH: the Members view's data load vs raw SQL.

Operation measured (issue 7): `MemberService.rows()`, everything the Members table shows (per
member pledged, delivered, delivery and on-time rates, % of GDP, open pledges, paid for and
delivered by), with the double-count guard applied (financed pledges split by share).
Floor, in the same run: two raw sqlite3 GROUP BY queries on their own connection that fetch
the same per-donor sums without the guard (pledges: count, EUR, open; deliveries joined to
their pledges: delivered EUR, dated and on-time counts), rows fetched as tuples, nothing
converted. The ratio is best-of-N ours / best-of-N floor. Target: at most 1.5x.
Also printed, with no target: the summary's per-donor totals (the dashboard), one member's
page (the biggest donor) and the Washington fund's positions for its current year.
The database is copied first (SQLite backup API): opening a file of an older schema would
migrate it, and the fund presets are added to a database without funds.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from .common import best_of, copy_database

TARGET = 1.5

FLOOR_PLEDGES_SQL = (
    "SELECT donor_id, COUNT(*), SUM(CASE WHEN status <> 'cancelled' THEN value_eur_cents END), "
    "SUM(status NOT IN ('delivered', 'cancelled')) FROM pledges GROUP BY donor_id"
)
FLOOR_DELIVERIES_SQL = (
    "SELECT p.donor_id, SUM(d.value_eur_cents), "
    "SUM(d.actual_on IS NOT NULL AND d.planned_on IS NOT NULL), SUM(d.actual_on <= d.planned_on) "
    "FROM deliveries d JOIN pledges p ON p.id = d.pledge_id WHERE d.status = 'delivered' "
    "GROUP BY p.donor_id"
)


def _floor(raw: sqlite3.Connection) -> tuple[list[Any], list[Any]]:
    return raw.execute(FLOOR_PLEDGES_SQL).fetchall(), raw.execute(FLOOR_DELIVERIES_SQL).fetchall()


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m ramstein.bench members")
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(list(argv))
    if not args.db.exists():
        print(f"{args.db}: no such database file")
        return 2
    with tempfile.TemporaryDirectory(prefix="ramstein-bench-members-") as tmp:
        copy = Path(tmp) / "bench.db"
        copy_database(args.db, copy)
        return _measure(args.db, copy, args.repeat)


class Mismatch(Exception):
    """The members rows and the floor disagree (the benchmark is void)."""


def measure(db: Path, repeat: int) -> dict[str, Any]:
    """Best-of-`repeat` seconds of `MemberService.rows()` and of the floor, plus the extras."""
    from ..services import open_workspace

    ws = open_workspace(db, create=False)
    raw = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        spec = ws.funds.washington()  # presets seeded (if needed) before anything is timed
        ws.members.rows()  # reference lists cached, as in the running app
        _floor(raw)
        ours_s = floor_s = float("inf")
        for _ in range(repeat):  # interleaved: a burst of load on the machine hits both sides
            seconds, rows = best_of(ws.members.rows, 1)
            ours_s = min(ours_s, seconds)
            seconds, (pledge_rows, delivery_rows) = best_of(lambda: _floor(raw), 1)
            floor_s = min(floor_s, seconds)
        delivered = sum((r.delivered_eur for r in rows), Decimal(0))
        if delivered != Decimal(sum(r[1] or 0 for r in delivery_rows)).scaleb(-2):
            raise Mismatch("delivered EUR of the members rows differs from the floor's")
        if sum(r.pledges for r in rows) != sum(r[1] for r in pledge_rows):
            raise Mismatch("pledge counts of the members rows differ from the floor's")
        summary_s, _ = best_of(ws.summaries.summary, repeat)
        top = rows[0]
        page_s, _ = best_of(lambda: ws.members.page(top.member_id), repeat)
        fund_s = 0.0
        if spec is not None:
            year = ws.funds.current_year(spec)
            fund_s, _ = best_of(lambda: ws.funds.positions(spec, year), repeat)
        counts = raw.execute(
            "SELECT (SELECT COUNT(*) FROM pledges), (SELECT COUNT(*) FROM deliveries), "
            "(SELECT COUNT(DISTINCT pledge_id) FROM pledge_financers)"
        ).fetchone()
    finally:
        raw.close()
        ws.close()
    return {"ours_s": ours_s, "floor_s": floor_s, "members": len(rows), "top": top.iso3,
            "summary_s": summary_s, "page_s": page_s, "fund_s": fund_s,
            "pledges": counts[0], "deliveries": counts[1], "financed": counts[2]}


def _measure(original: Path, db: Path, repeat: int) -> int:
    try:
        m = measure(db, repeat)
    except Mismatch as exc:
        print(f"MISMATCH: {exc}")
        return 1
    ours_s, floor_s = m["ours_s"], m["floor_s"]
    print(f"Members view data on {original} ({m['pledges']:,} pledges, {m['deliveries']:,} "
          f"deliveries, {m['financed']:,} financed by other members), best of {repeat}")
    print(f"{'operation':<44}{'ours (s)':>10}{'floor (s)':>11}{'ratio':>8}{'target':>9}  result")
    print("-" * 90)
    ratio = ours_s / floor_s
    verdict = "ok" if ratio <= TARGET else "MISSED"
    print(f"{'MemberService.rows(), ' + str(m['members']) + ' members':<44}{ours_s:>10.3f}"
          f"{floor_s:>11.3f}{ratio:>8.2f}{'<= 1.5x':>9}  {verdict}")
    for label, seconds in (("summary() per-donor totals (dashboard)", m["summary_s"]),
                           (f"page() of {m['top']}", m["page_s"]),
                           ("funds.positions(), Washington, current year", m["fund_s"])):
        print(f"{label:<44}{seconds:>10.3f}{'-':>11}{seconds / floor_s:>8.2f}{'-':>9}  (info)")
    print("(floor: raw GROUP BY donor over pledges and over delivered deliveries joined to "
          "pledges, no double-count guard, tuples not converted)")
    return 0 if ratio <= TARGET else 1
