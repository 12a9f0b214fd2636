"""python -m ramstein.bench all [--work DIR] [--quick] [--json FILE] [--markdown FILE]

Every benchmark in one table. The demo databases it needs are built in the work folder (and
reused when one of the same size and seed, built by this schema, is already there). Each
operation runs in a fresh Python process, so the peak resident set (`ru_maxrss`) printed for
it is that operation's own; its floor is measured in the same process (or, for start-up and
the Excel operations, in sibling processes) in the same run, and the ratio is ours / floor.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

SEED = 2022
CHILD_TIMEOUT_S = 1800
GUI_RSS_TARGET_MB = 300.0
DEFAULT_WORK = Path(tempfile.gettempdir()) / "ramstein-bench"


@dataclass(frozen=True)
class Sizes:
    pledges: int
    deliveries: int
    big_deliveries: int  # the "1M deliveries" database (same pledge count)
    repeat: int
    startup_runs: int
    heavy_runs: int  # the demo build and the Excel operations (tens of seconds each)


FULL = Sizes(100_000, 300_000, 1_000_000, repeat=5, startup_runs=5, heavy_runs=2)
QUICK = Sizes(2_000, 6_000, 20_000, repeat=1, startup_runs=1, heavy_runs=1)


@dataclass
class Row:
    operation: str
    ours_s: float | None
    floor_s: float | None
    target: float | None  # a ratio (at most), or for the GUI's memory: MB (under)
    peak_mb: float | None
    note: str = ""
    kind: str = "ratio"  # "ratio" or "rss" (the target is on the peak, in MB)

    @property
    def ratio(self) -> float | None:
        if self.ours_s is None or not self.floor_s:
            return None
        return self.ours_s / self.floor_s

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        if self.kind == "rss":
            return self.peak_mb is not None and self.peak_mb < self.target
        ratio = self.ratio
        return ratio is not None and ratio <= self.target

    def target_text(self) -> str:
        if self.target is None:
            return "-"
        return f"< {self.target:g} MB" if self.kind == "rss" else f"<= {self.target:g}x"

    def result_text(self) -> str:
        return {True: "met", False: "MISSED", None: "info"}[self.met]


# --- the operations, each run in a child process --------------------------------------------

def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _copy(db: Path, work: Path, name: str) -> Path:
    from .common import copy_database

    copy = work / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    copy_database(db, copy)
    return copy


def op_startup(ctx: dict[str, Any]) -> list[Row]:
    from . import startup

    best = startup.measure(Path(ctx["db"]), ctx["startup_runs"], installed=True)
    peak = _peak_mb(resource.RUSAGE_CHILDREN)  # the largest child: one of our windows
    note = f"best of {ctx['startup_runs']} fresh processes; floor: bare PySide6 QMainWindow"
    pyc = "the same, precompiled as a wheel or bundle installs it (no target)"
    return [Row("start-up: main window first painted", best["paint"], best["floor"],
                startup.TARGETS["paint"], peak, note),
            Row("start-up: dashboard figures shown", best["figures"], best["floor"],
                startup.TARGETS["figures"], peak, note),
            Row("start-up: first paint, installed (.pyc)", best["paint_installed"],
                best["floor"], None, peak, pyc),
            Row("start-up: figures, installed (.pyc)", best["figures_installed"], best["floor"],
                None, peak, pyc)]


def op_pledges(ctx: dict[str, Any]) -> list[Row]:
    from . import pledges

    m = pledges.measure(Path(ctx["db"]), "germany shells", ctx["repeat"])
    note = f"{m['rows']:,} rows -> {m['shown']:,}; floor: list comprehension + sorted over tuples"
    if m["shown"] != m["floor_hits"]:
        note = f"MISMATCH: ours {m['shown']} rows, floor {m['floor_hits']}"
    return [Row("pledges view: text filter + sort by EUR", m["ours_s"], m["floor_s"],
                pledges.TARGET, _peak_mb(), note)]


def op_calendar(ctx: dict[str, Any]) -> list[Row]:
    from . import calendar

    copy = _copy(Path(ctx["db"]), Path(ctx["tmp"]), "calendar")
    m = calendar.measure(copy, 12, ctx["repeat"], "DEU")
    peak = _peak_mb()
    months = len(m["months"])
    grid, filtered, agenda = (m["totals"][k] for k in ("grid", "filtered", "agenda"))
    note = f"{months} months summed; floor: raw GROUP BY day, status, donor"
    return [Row("calendar: month switch (grid)", grid[0], grid[1], 2.0, peak, note),
            Row(f"calendar: month switch, donor {m['donor'].code}", filtered[0], filtered[1],
                2.0, peak, note),
            Row("calendar: agenda of the month", agenda[0], agenda[1], None, peak,
                f"{months} months summed; floor: the raw agenda SELECT")]


def _members_rows(ctx: dict[str, Any], db_key: str, label: str, target: float) -> list[Row]:
    from . import members

    copy = _copy(Path(ctx[db_key]), Path(ctx["tmp"]), "members")
    m = members.measure(copy, ctx["repeat"])
    label = label.format(deliveries=f"{m['deliveries']:,}")
    note = (f"{m['members']} members, {m['deliveries']:,} deliveries; floor: raw sqlite3 "
            "GROUP BY donor, no double-count guard")
    return [Row(label, m["ours_s"], m["floor_s"], target, _peak_mb(), note)]


def op_members(ctx: dict[str, Any]) -> list[Row]:
    from . import members

    return _members_rows(ctx, "db", "members view rows, {deliveries} deliveries", members.TARGET)


def op_member_aggregates(ctx: dict[str, Any]) -> list[Row]:
    return _members_rows(ctx, "big_db", "member aggregates, {deliveries} deliveries", 1.2)


def op_xlsx(ctx: dict[str, Any]) -> list[Row]:
    from . import xlsx

    best = xlsx.measure(Path(ctx["db"]), ctx["heavy_runs"], Path(ctx["tmp"]))
    mb = {k: v["peak_kib"] / 1024 for k, v in best.items() if isinstance(v, dict) and "peak_kib" in v}
    clean = "" if best["import"].get("ok") else "; NOT a clean no-op: " + best["import"]["info"]
    return [
        Row("export workbook", best["export"]["seconds"], best["export_floor"]["seconds"],
            xlsx.TARGETS["export"], mb["export"], "floor: raw openpyxl write-only, same cells"),
        Row("import + validate + diff", best["import"]["seconds"], best["calamine"]["seconds"],
            xlsx.TARGETS["import"], mb["import"], "floor: python-calamine read of the file" + clean),
        Row("import vs openpyxl read-only", best["import"]["seconds"],
            best["openpyxl"]["seconds"], None, mb["import"],
            "openpyxl read_only iteration of the same file (the slower parser)"),
    ]


def op_demo(ctx: dict[str, Any]) -> list[Row]:
    from . import demo

    m = demo.measure(Path(ctx["tmp"]), ctx["pledges"], ctx["deliveries"], SEED, ctx["heavy_runs"])
    note = (f"{m['rows']:,} rows, best of {ctx['heavy_runs']}; floor: raw sqlite3 executemany of "
            "the same rows into the same empty schema, same PRAGMAs")
    return [Row(f"demo build {ctx['pledges']:,}/{ctx['deliveries']:,}", m["ours_s"], m["floor_s"],
                1.5, m["peak_mb"], note)]


def op_gui_rss(ctx: dict[str, Any]) -> list[Row]:
    from . import gui_memory

    m = gui_memory.measure(Path(ctx["db"]))
    return [Row("GUI open, every view visited (peak RSS)", m["seconds"], None, GUI_RSS_TARGET_MB,
                m["peak_mb"], "views: " + ", ".join(m["views"]), kind="rss")]


OPERATIONS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "startup": op_startup,
    "pledges": op_pledges,
    "calendar": op_calendar,
    "members": op_members,
    "member_aggregates": op_member_aggregates,
    "xlsx": op_xlsx,
    "demo": op_demo,
    "gui_rss": op_gui_rss,
}


def child(argv: Sequence[str]) -> int:
    op, ctx_json = argv
    rows = OPERATIONS[op](json.loads(ctx_json))
    print("RESULT " + json.dumps([asdict(r) for r in rows]), flush=True)
    return 0


# --- the parent -------------------------------------------------------------------------------

def _env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_operation(op: str, ctx: dict[str, Any]) -> list[Row]:
    """One operation in a fresh interpreter; its rows (an error row when it failed)."""
    proc = subprocess.run(
        [sys.executable, "-m", "ramstein.bench", "all", "--child", op, json.dumps(ctx)],
        capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False, env=_env(),
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return [Row(**r) for r in json.loads(line.removeprefix("RESULT "))]
    tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return [Row(op, None, None, None, None, f"FAILED (exit {proc.returncode}): {tail}")]


def ensure_demo(work: Path, pledges: int, deliveries: int) -> Path:
    """The demo database of that size and seed in `work`, built unless already there."""
    from ..storage.revision import HEAD_REVISION

    db = work / f"demo-{pledges}-{deliveries}-{SEED}.db"
    marker = db.with_suffix(".json")
    wanted = {"pledges": pledges, "deliveries": deliveries, "seed": SEED, "schema": HEAD_REVISION}
    if db.exists() and marker.exists() and json.loads(marker.read_text()) == wanted:
        return db
    for path in (marker, db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)
    print(f"building {db.name} ({pledges:,} pledges, {deliveries:,} deliveries)…", flush=True)
    proc = subprocess.run(
        [sys.executable, "-m", "ramstein.cli", "demo", "--db", str(db), "--pledges", str(pledges),
         "--deliveries", str(deliveries), "--seed", str(SEED)],
        capture_output=True, text=True, check=False, env=_env(),
    )
    if proc.returncode != 0:
        raise SystemExit(f"building {db} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    marker.write_text(json.dumps(wanted))  # written last: a half-built file is never reused
    return db


def run_all(work: Path, sizes: Sizes, only: Sequence[str] = ()) -> list[Row]:
    work.mkdir(parents=True, exist_ok=True)
    db = ensure_demo(work, sizes.pledges, sizes.deliveries)
    big = ensure_demo(work, sizes.pledges, sizes.big_deliveries)
    tmp = work / "tmp"
    rows: list[Row] = []
    for op in only or OPERATIONS:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        ctx = {"db": str(db), "big_db": str(big), "tmp": str(tmp), "repeat": sizes.repeat,
               "startup_runs": sizes.startup_runs, "heavy_runs": sizes.heavy_runs,
               "pledges": sizes.pledges,
               "deliveries": sizes.deliveries}
        print(f"running {op}…", flush=True)
        rows += run_operation(op, ctx)
    shutil.rmtree(tmp, ignore_errors=True)
    return rows


def _num(value: float | None, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)


def table_lines(rows: Sequence[Row]) -> list[str]:
    header = (f"{'operation':<42}{'ours (s)':>10}{'floor (s)':>11}{'ratio':>8}{'target':>11}"
              f"{'peak RSS':>11}  result")
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(f"{r.operation:<42}{_num(r.ours_s, '.3f'):>10}{_num(r.floor_s, '.3f'):>11}"
                     f"{_num(r.ratio, '.3f'):>8}{r.target_text():>11}"
                     f"{_num(r.peak_mb, '.0f') + ' MB' if r.peak_mb else '-':>11}  {r.result_text()}")
    return lines


def markdown(rows: Sequence[Row], machine: dict[str, str], sizes: Sizes) -> str:
    out = [f"Sizes: {sizes.pledges:,} pledges / {sizes.deliveries:,} deliveries, and "
           f"{sizes.big_deliveries:,} deliveries for the member aggregates; best of "
           f"{sizes.repeat} (start-up: {sizes.startup_runs} fresh processes; demo build and Excel: "
           f"best of {sizes.heavy_runs}).", "",
           "| operation | ours (s) | floor (s) | ratio | target | peak RSS | result | floor / note |",
           "|---|---:|---:|---:|---|---:|---|---|"]
    for r in rows:
        peak = f"{r.peak_mb:.0f} MB" if r.peak_mb else "-"
        out.append(f"| {r.operation} | {_num(r.ours_s, '.3f')} | {_num(r.floor_s, '.3f')} | "
                   f"{_num(r.ratio, '.3f')} | {r.target_text()} | {peak} | {r.result_text()} | "
                   f"{r.note} |")
    out += ["", "Machine: " + "; ".join(f"{k} {v}" for k, v in machine.items())]
    return "\n".join(out) + "\n"


def machine_info() -> dict[str, str]:
    """CPU, cores, memory, OS and the versions that matter, as this run saw them."""
    import sqlite3

    info: dict[str, str] = {}
    cpu = _first_field(Path("/proc/cpuinfo"), "model name") or platform.processor() or "unknown"
    info["CPU"] = cpu
    info["cores"] = str(os.cpu_count())
    mem_kib = _first_field(Path("/proc/meminfo"), "MemTotal")
    if mem_kib:
        info["RAM"] = f"{int(mem_kib.split()[0]) / 2**20:.1f} GiB"
    info["OS"] = _os_name()
    info["Python"] = platform.python_version()
    try:
        import PySide6
        from PySide6 import QtCore

        info["Qt"] = f"{QtCore.qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:
        info["Qt"] = "not installed"
    info["SQLite"] = sqlite3.sqlite_version
    for dist in ("SQLAlchemy", "openpyxl", "python-calamine"):
        info[dist] = _dist_version(dist)
    info["load average"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return info


def _first_field(path: Path, key: str) -> str | None:
    try:
        for line in path.read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        return None
    return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} ({platform.release()})"
    except OSError:
        pass
    return platform.platform()


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["--child"]:
        return child(args_in[1:])
    parser = argparse.ArgumentParser(prog="python -m ramstein.bench all",
                                     description=__doc__.split("\n\n")[1] if __doc__ else None)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK,
                        help=f"folder for the demo databases (reused) and scratch files "
                             f"(default {DEFAULT_WORK})")
    parser.add_argument("--quick", action="store_true",
                        help="tiny sizes, one repetition: checks the command, not the speed")
    parser.add_argument("--json", type=Path, help="also write the table (and machine) as JSON")
    parser.add_argument("--markdown", type=Path, help="also write the table as markdown")
    parser.add_argument("--only", action="append", choices=list(OPERATIONS), default=[],
                        help="run only this operation (repeatable)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(args_in)
    sizes = QUICK if args.quick else FULL
    start = time.perf_counter()
    rows = run_all(args.work.expanduser().resolve(), sizes, args.only)
    machine = machine_info()
    print(f"\nRamstein Planner benchmarks ({'quick' if args.quick else 'full'}): "
          f"{sizes.pledges:,} pledges / {sizes.deliveries:,} deliveries "
          f"({sizes.big_deliveries:,} for the member aggregates), best of {sizes.repeat}\n")
    print("\n".join(table_lines(rows)))
    for r in rows:
        if r.ours_s is None or r.note.startswith("MISMATCH"):
            print(f"  {r.operation}: {r.note}")
    print("\nmachine: " + "; ".join(f"{k} {v}" for k, v in machine.items()))
    print(f"(total {time.perf_counter() - start:.0f} s; peak RSS is each operation's own process)")
    if args.json:
        args.json.write_text(json.dumps(
            {"sizes": asdict(sizes), "machine": machine,
             "rows": [{**asdict(r), "ratio": r.ratio, "met": r.met} for r in rows]}, indent=2))
    if args.markdown:
        args.markdown.write_text(markdown(rows, machine, sizes))
    failed = any(r.ours_s is None for r in rows)
    missed = any(r.met is False for r in rows)
    return 1 if failed or (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
