"""python -m ramstein.bench xlsx --db PATH: Excel export and import vs raw openpyxl / calamine.

Each measurement is a fresh Python process (best of N, runs interleaved), timed inside the
child around the operation only (imports and opening the database are not counted). The
database is copied to a temporary folder first, so the given file is never touched.

- export:  our `export_workbook` (every sheet it writes: Instructions, Pledges, Deliveries,
           Members, Lists; styles, drop-downs, number formats, atomic replace).
  floor:   the same database reads (`table_rows` + `delivery_export_rows`, timed) plus raw
           openpyxl write-only appending the same cell values as plain tuples to the same
           five sheets, no styles (timed). Building those tuples from the rows is not timed:
           the floor starts from the cells already in memory; ours pays for making them.
  target:  at most 1.3x.
- import:  `plan_import` of that export (pre-flight, read, validate, diff against the
           database's pledges, nothing applied). Ours includes reading the pledges from the
           database for the diff; the floor reads no database.
  floor:   python-calamine reading every sheet of the same file to Python lists.
  target:  at most 2.5x; also the ratio to openpyxl `load_workbook(read_only=True)` iterating
           every row of every sheet (values only), which should be well under 1x.

Peak memory: the child's peak resident set (getrusage ru_maxrss), and how much of it the
operation added over the child's resident set just before it started.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .common import copy_database

TARGETS = {"export": 1.3, "import": 2.5}
CHILD_TIMEOUT_S = 900


def _rss_kib() -> int:
    """The current resident set, in KiB (Linux /proc; falls back to the peak so far)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * resource.getpagesize() // 1024
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- the operations, run in the child ---------------------------------------------------------

def _open(db: str) -> Any:
    from ..services import open_workspace

    return open_workspace(Path(db), create=False)


def op_export(db: str, xlsx: str) -> dict[str, Any]:
    from ..services.xlsx_export import export_workbook

    ws = _open(db)
    base = _rss_kib()
    start = time.perf_counter()
    result = export_workbook(ws, Path(xlsx))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "base_kib": base,
            "info": f"{result.pledges:,} pledges, {result.deliveries:,} deliveries"}


def _blank(value: Any) -> Any:
    return None if value == "" else value


def _floor_cells(ws: Any, rows: list[Any], deliveries: list[Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The cell values our export writes, as plain tuples per sheet (same sheets, same order)."""
    from ..exchange.xlsx_schema import DELIVERIES, INSTRUCTIONS, LIST_NAMES, LISTS, MEMBERS, PLEDGES
    from ..services import xlsx_export as X

    def tuples(sheet: Any, dicts: Any) -> list[tuple[Any, ...]]:
        keys = [c.key for c in sheet.columns]
        return [sheet.labels, *(tuple(_blank(d.get(k)) for k in keys) for d in dicts)]

    lists = X.workbook_lists(ws)
    depth = max(len(v) for v in lists.values())
    instructions = [(c.label, c.help) for s in (PLEDGES, DELIVERIES, MEMBERS) for c in s.columns]
    return {
        INSTRUCTIONS: [("UNCLASSIFIED",), ("Ramstein Planner export",), *instructions],
        PLEDGES.name: tuples(PLEDGES, (X.pledge_sheet_row(r) for r in rows)),
        DELIVERIES.name: tuples(DELIVERIES, X._delivery_rows(deliveries)),
        MEMBERS.name: tuples(MEMBERS, X._member_rows(ws)),
        LISTS: [LIST_NAMES, *(tuple(lists[n][i] if i < len(lists[n]) else None
                                    for n in LIST_NAMES) for i in range(depth))],
    }


def op_export_floor(db: str, xlsx: str) -> dict[str, Any]:
    from openpyxl import Workbook

    from ..storage import queries

    ws = _open(db)
    base = _rss_kib()  # before the read, as for ours: both hold the rows in memory
    start = time.perf_counter()
    rows = ws.pledges.table_rows()
    deliveries = queries.delivery_export_rows(ws.db.reader)
    read_s = time.perf_counter() - start
    cells = _floor_cells(ws, rows, deliveries)
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, sheet_rows in cells.items():
        sheet = wb.create_sheet(name)
        for row in sheet_rows:
            sheet.append(row)
    wb.save(xlsx)
    write_s = time.perf_counter() - start
    return {"seconds": read_s + write_s, "base_kib": base,
            "info": f"database read {read_s:.2f} s + raw write {write_s:.2f} s"}


def op_import(db: str, xlsx: str) -> dict[str, Any]:
    from ..services.xlsx_import import plan_import

    ws = _open(db)
    base = _rss_kib()
    start = time.perf_counter()
    plan = plan_import(ws, Path(xlsx))
    seconds = time.perf_counter() - start
    changes = len(plan.changes)  # new, changed and conflicting rows of both sheets
    info = (f"{plan.unchanged:,} rows unchanged, {changes} with changes, "
            f"{len(plan.errors)} errors")
    return {"seconds": seconds, "base_kib": base, "info": info,
            "ok": not plan.errors and not changes}


def op_calamine(db: str, xlsx: str) -> dict[str, Any]:
    from python_calamine import CalamineWorkbook

    base = _rss_kib()
    start = time.perf_counter()
    wb = CalamineWorkbook.from_path(xlsx)
    grids = [wb.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in wb.sheet_names]
    seconds = time.perf_counter() - start
    cells = sum(len(r) for g in grids for r in g)
    return {"seconds": seconds, "base_kib": base, "info": f"{cells:,} cells"}


def op_openpyxl(db: str, xlsx: str) -> dict[str, Any]:
    from openpyxl import load_workbook

    base = _rss_kib()
    start = time.perf_counter()
    wb = load_workbook(xlsx, read_only=True)
    cells = 0
    for sheet in wb.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    wb.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "base_kib": base, "info": f"{cells:,} cells (iterated, not kept)"}


OPERATIONS: dict[str, Callable[[str, str], dict[str, Any]]] = {
    "export": op_export, "export_floor": op_export_floor, "import": op_import,
    "calamine": op_calamine, "openpyxl": op_openpyxl,
}


def child(argv: Sequence[str]) -> int:
    op, db, xlsx = argv
    out = OPERATIONS[op](db, xlsx)
    out["peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("RESULT " + json.dumps(out), flush=True)
    return 0


# --- the parent ---------------------------------------------------------------------------------

def run_child(op: str, db: Path, xlsx: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "ramstein.bench", "xlsx", "--child", op, str(db), str(xlsx)],
        capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line.removeprefix("RESULT "))
            return result
    raise RuntimeError(f"benchmark child {op} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


def measure(db: Path, runs: int, work: Path) -> dict[str, dict[str, Any]]:
    """Best-of-`runs` result per operation (the smallest seconds; the largest peak)."""
    copy = work / "bench.db"
    copy_database(db, copy)
    ours_xlsx, floor_xlsx = work / "export.xlsx", work / "floor.xlsx"
    best: dict[str, dict[str, Any]] = {}
    order = [("export_floor", floor_xlsx), ("export", ours_xlsx), ("calamine", ours_xlsx),
             ("openpyxl", ours_xlsx), ("import", ours_xlsx)]
    for n in range(runs):
        for op, xlsx in order:
            print(f"  run {n + 1}/{runs}: {op} …", flush=True)
            result = run_child(op, copy, xlsx)
            kept = best.get(op)
            if kept is None or result["seconds"] < kept["seconds"]:
                result["peak_kib"] = max(result["peak_kib"], kept["peak_kib"] if kept else 0)
                best[op] = result
            else:
                kept["peak_kib"] = max(kept["peak_kib"], result["peak_kib"])
    best["sizes"] = {"ours": ours_xlsx.stat().st_size, "floor": floor_xlsx.stat().st_size}
    return best


def _mb(kib: int) -> str:
    return f"{kib / 1024:,.0f} MB"


def report(best: dict[str, dict[str, Any]], runs: int, db: Path) -> bool:
    import os
    import platform

    print(f"\nExcel exchange, best of {runs} fresh process(es) each; database {db}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; export {best['sizes']['ours'] / 2**20:.1f} MB "
          f"(floor's file {best['sizes']['floor'] / 2**20:.1f} MB)\n")
    header = (f"{'operation':<36}{'ours (s)':>10}{'floor (s)':>11}{'ratio':>8}{'target':>9}"
              f"  result")
    print(header)
    print("-" * len(header))
    rows = [("export_workbook vs raw write-only", "export", "export_floor", TARGETS["export"]),
            ("plan_import vs calamine read", "import", "calamine", TARGETS["import"]),
            ("plan_import vs openpyxl read_only", "import", "openpyxl", 1.0)]
    ok = True
    for label, ours_key, floor_key, target in rows:
        ours, floor = best[ours_key]["seconds"], best[floor_key]["seconds"]
        ratio = ours / floor
        passed = ratio <= target
        ok &= passed
        print(f"{label:<36}{ours:>10.2f}{floor:>11.2f}{ratio:>8.2f}{f'<= {target:g}x':>9}  "
              f"{'ok' if passed else 'MISSED'}")
    print(f"\n{'peak memory (ru_maxrss)':<36}{'peak':>10}{'added by the operation':>26}")
    print("-" * 72)
    for label, key in (("export_workbook", "export"), ("raw openpyxl write-only", "export_floor"),
                       ("plan_import", "import"), ("calamine read", "calamine"),
                       ("openpyxl read_only iteration", "openpyxl")):
        r = best[key]
        print(f"{label:<36}{_mb(r['peak_kib']):>10}{_mb(r['peak_kib'] - r['base_kib']):>26}")
    print("\nnotes:")
    for key in ("export", "export_floor", "import", "calamine", "openpyxl"):
        print(f"  {key:<13}{best[key]['info']}")
    if not best["import"].get("ok"):
        print("  the import of the unchanged export was not a clean no-op (see above)")
        ok = False
    print("  (the raw write-only floor holds every cell in memory as tuples before writing;"
          " 'added' is over the resident set after opening the database, before the work)")
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["--child"]:
        return child(args_in[1:])
    parser = argparse.ArgumentParser(prog="python -m ramstein.bench xlsx",
                                     description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--db", required=True, type=Path,
                        help="database to export (copied first; e.g. `ramstein demo --pledges "
                             "100000 --deliveries 300000`)")
    parser.add_argument("--runs", type=int, default=1, help="fresh processes per measurement")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(args_in)
    db = args.db.expanduser().resolve()
    if not db.exists():
        parser.error(f"{db} does not exist")
    with tempfile.TemporaryDirectory(prefix="ramstein-bench-xlsx-") as tmp:
        best = measure(db, max(1, args.runs), Path(tmp))
    ok = report(best, max(1, args.runs), db)
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
