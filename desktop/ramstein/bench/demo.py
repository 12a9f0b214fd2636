"""The demo build (`build_demo`) vs raw sqlite3 executemany of the same rows.

Ours: `build_demo` on a freshly created, migrated and seeded database (creating it is not
timed): generating the pledges, status events, financers and deliveries, and writing them in
one transaction. Floor, in the same process and run: the rows our build wrote, read back as
tuples (not timed), inserted with `sqlite3.executemany` into another copy of the same empty
database, on a connection with the app's PRAGMAs (foreign keys, WAL, synchronous=FULL), in one
transaction. The floor generates nothing: it is the cost of writing the rows alone.
"""

from __future__ import annotations

import resource
import sqlite3
import time
from pathlib import Path
from typing import Any

from .common import copy_database

TABLES = ("pledges", "pledge_status_events", "pledge_financers", "deliveries")


def measure(tmp: Path, pledges: int, deliveries: int, seed: int, runs: int = 1) -> dict[str, Any]:
    """Best of `runs` (interleaved: ours, floor, ours, floor...) of each; our peak RSS."""
    from ..services import open_workspace

    empty = tmp / "empty.db"
    open_workspace(empty, create=True).close()
    ours_s = floor_s = float("inf")
    peak_mb, rows = 0.0, 0
    for n in range(max(1, runs)):
        ours, floor = tmp / f"ours-{n}.db", tmp / f"floor-{n}.db"
        copy_database(empty, ours)
        copy_database(empty, floor)
        ours_s = min(ours_s, _build(ours, pledges, deliveries, seed))
        if n == 0:  # before the floor's rows are read into this process
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        data = _read_rows(ours)
        floor_s = min(floor_s, _raw_insert(floor, data))
        rows = sum(len(r) for _cols, r in data.values())
        del data
        for path in (ours, floor):
            path.unlink()
    return {"ours_s": ours_s, "floor_s": floor_s, "peak_mb": peak_mb, "rows": rows}


def _build(db: Path, pledges: int, deliveries: int, seed: int) -> float:
    from ..services import open_workspace
    from ..services.demo import build_demo

    ws = open_workspace(db, create=False)
    try:
        start = time.perf_counter()
        build_demo(ws, pledges=pledges, deliveries=deliveries, seed=seed)
        return time.perf_counter() - start
    finally:
        ws.close()


def _read_rows(db: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    con = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        out = {}
        for table in TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            out[table] = (cols, con.execute(
                f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid").fetchall())
        return out
    finally:
        con.close()


def _raw_insert(db: Path, data: dict[str, tuple[list[str], list[tuple[Any, ...]]]]) -> float:
    from ..storage.sqlite_util import apply_pragmas

    con = sqlite3.connect(db, isolation_level=None)
    try:
        apply_pragmas(con, db)
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        for table, (cols, rows) in data.items():
            marks = ", ".join("?" * len(cols))
            con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)
        con.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()
