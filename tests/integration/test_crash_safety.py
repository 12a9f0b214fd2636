"""kill -9 at random moments: the database is never corrupt and never half-changed (issue 8.1).

Three real operations run in a subprocess on a fresh copy of a demo database: `ramstein import`
of an edited export (hundreds of changed rows, new pledges and deliveries), `ramstein demo
--replace`, and a 500-pledge batch edit through the services (crash_driver.py). Each is timed
once to the end (its "after" state), then killed with SIGKILL at a moment uniform in
[0, 1.1 x that duration] (RELIABILITY-NOTES §3.1). After each kill the file is opened as the
application would (the crash must be noticed), `PRAGMA integrity_check` must say ok, and a
digest of every table must equal the state before or the state after, never anything else.

A second series aims at the commit: it waits until the writer's first pages reach the -wal (or
a -journal appears) and kills within the next 30 ms, the moment a uniform kill rarely hits.

Default: 5 + 5 kills per operation. `--full`: 30 + 30. Each series prints one summary line.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ramstein.storage import Database
from ramstein.storage.health import crash_traces, integrity_check

DRIVER = Path(__file__).with_name("crash_driver.py")
KILLS, FULL_KILLS = 5, 30
AIMED_WINDOW = 0.030  # seconds after the first write reaches the file (RELIABILITY-NOTES §3.1)
TODAY = date(2026, 11, 23)  # as tests/conftest.py: the demo's statuses do not move with the clock
# Columns that differ between two complete runs of the same operation: clocks, random ids,
# the login name, and the audit log's before/after JSON (which holds the timestamps).
VOLATILE = {"uuid", "at", "created_at", "updated_at", "recorded_at", "user", "before_json",
            "after_json"}

Command = Callable[[Path], list[str]]


def cli(*args: str) -> Command:
    return lambda db: [sys.executable, "-m", "ramstein.cli", *args, "--db", str(db)]


def copy_db(src: Path, dst: Path) -> Path:
    """A backup-API copy (never a file copy of a database, RELIABILITY-NOTES §3.2)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        b.close()
        a.close()
    return dst


def digest(db: Path) -> dict[str, tuple[int, str]]:
    """Per table: (rows, sha256 of its rows without the volatile columns), read with sqlite3."""
    con = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        out = {}
        for table in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[1] not in VOLATILE]
            listed = ", ".join(f'"{c}"' for c in cols)
            h = hashlib.sha256()
            n = 0
            for row in con.execute(f'SELECT {listed} FROM "{table}" ORDER BY {listed}'):
                h.update(repr(row).encode())
                n += 1
            out[table] = (n, h.hexdigest())
        return out
    finally:
        con.close()


@dataclass
class Tally:
    name: str
    seconds: float = 0.0
    runs: int = 0
    killed: int = 0  # killed before the process exited on its own
    traces: int = 0  # a -journal or non-empty -wal was left and Database.open noticed it
    before: int = 0
    after: int = 0
    partial: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"crash-safety {self.name}: {self.runs} runs (calibrated {self.seconds:.2f} s), "
                f"{self.killed} killed before exit, {self.traces} left a journal/WAL, "
                f"{self.before} fully before / {self.after} fully after, "
                f"{len(self.partial)} partial, {len(self.corrupt)} corrupt")


def wait_for_first_write(proc: subprocess.Popen[bytes], db: Path) -> None:
    """Until the writer's pages reach the -wal (or a -journal appears): its commit has begun."""
    wal, journal = db.with_name(db.name + "-wal"), db.with_name(db.name + "-journal")
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if journal.exists() or wal.stat().st_size > 0:
                return
        time.sleep(0.0005)


def run_kills(name: str, base: Path, command: Command, kills: int, work: Path, seed: int,
              *, aimed: bool = False) -> Tally:
    """`kills` SIGKILLs at uniform moments, or (`aimed`) within 30 ms of the first write."""
    tally = Tally(name + (" (aimed at the commit)" if aimed else ""))
    before = digest(base)
    calibrate = copy_db(base, work / "calibrate" / "planner.db")
    start = time.perf_counter()
    done = subprocess.run(command(calibrate), capture_output=True, text=True, timeout=300,
                          env=dict(os.environ), check=False)
    tally.seconds = time.perf_counter() - start
    assert done.returncode == 0, done.stdout + done.stderr
    after = digest(calibrate)
    assert after != before, f"{name} changed nothing"
    rng = random.Random(seed)
    for i in range(kills):
        db = copy_db(base, work / f"run{i}" / "planner.db")
        proc = subprocess.Popen(command(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=dict(os.environ))
        if aimed:
            wait_for_first_write(proc, db)
            time.sleep(rng.uniform(0, AIMED_WINDOW))
        else:
            time.sleep(rng.uniform(0, 1.1 * tally.seconds))
        proc.send_signal(signal.SIGKILL)
        code = proc.wait(timeout=60)
        tally.runs += 1
        tally.killed += code == -signal.SIGKILL
        left = crash_traces(db).suspected
        try:
            opened = Database.open(db, create=False)  # as the application opens it on start
        except Exception as exc:
            tally.corrupt.append(f"run {i}: open failed: {exc}")
            continue
        assert opened.crash_suspected == left
        opened.close()
        tally.traces += left
        result = integrity_check(db)
        if result != "ok":
            tally.corrupt.append(f"run {i}: {result[:200]}")
            continue
        state = digest(db)
        if state == before:
            tally.before += 1
        elif state == after:
            tally.after += 1
        else:
            changed = sorted(t for t in state if state[t] != before.get(t) and state[t] != after.get(t))
            tally.partial.append(f"run {i} (exit {code}): tables neither before nor after: {changed}")
    return tally


# ---------------------------------------------------------------- the three operations
@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo (600 pledges, 1,500 deliveries): enough for a 500-pledge batch edit."""
    from ramstein.services import open_workspace
    from ramstein.services.demo import build_demo

    path = tmp_path_factory.mktemp("crash") / "base.db"
    ws = open_workspace(path, user="demo", today=lambda: TODAY)
    build_demo(ws, pledges=600, deliveries=1500, seed=5)
    ws.close()
    return path


@pytest.fixture(scope="module")
def edited_export(base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An export of `base` with 300 pledges and 200 deliveries edited, 40 + 60 rows added."""
    out = tmp_path_factory.mktemp("crash-xlsx") / "edited.xlsx"
    done = subprocess.run(cli("export", str(out))(base), capture_output=True, text=True,
                          timeout=300, env=dict(os.environ), check=False)
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(out)
    for sheet, edits, new in (("Pledges", 300, 40), ("Deliveries", 200, 60)):
        ws = wb[sheet]
        header = [c.value for c in ws[1]]
        notes, ident, version = header.index("Notes"), header.index("id"), header.index("version")
        rows = list(ws.iter_rows(min_row=2))
        for row in rows[:edits]:
            row[notes].value = f"edited before the crash test: {row[ident].value}"
        for k, row in enumerate(rows[-new:]):
            values = [c.value for c in row]
            values[ident] = values[version] = None
            if sheet == "Pledges":
                values[header.index("Reference")] = None
                values[header.index("Item")] = f"Crash-test item {k}"
            values[notes] = f"new row {k} of the crash test"
            ws.append(values)
    wb.save(out)
    return out


def operations(edited: Path) -> list[tuple[str, Command]]:
    return [
        ("import", cli("import", str(edited))),
        ("demo --replace", cli("demo", "--replace", "--pledges", "600", "--deliveries", "1500",
                               "--seed", "6", "--quiet")),
        ("batch edit", lambda db: [sys.executable, str(DRIVER), "batch", str(db), "500"]),
    ]


def check_all(base: Path, edited: Path, tmp_path: Path, kills: int,
              capsys: pytest.CaptureFixture[str]) -> None:
    tallies = [run_kills(name, base, command, kills, tmp_path / f"op{k}-{aimed}",
                         seed=1000 * k + kills + aimed, aimed=aimed)
               for k, (name, command) in enumerate(operations(edited)) for aimed in (False, True)]
    with capsys.disabled():
        print()
        for tally in tallies:
            print(tally.line())
    for tally in tallies:
        assert tally.corrupt == [], tally.line()
        assert tally.partial == [], tally.line()
        assert tally.before + tally.after == tally.runs == kills


def test_kill_9_never_corrupts_nor_half_applies(base: Path, edited_export: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    check_all(base, edited_export, tmp_path, KILLS, capsys)


@pytest.mark.full
def test_kill_9_full(base: Path, edited_export: Path, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    check_all(base, edited_export, tmp_path, FULL_KILLS, capsys)


def test_the_harness_catches_a_half_applied_edit(base: Path, tmp_path: Path) -> None:
    """Negative control: the same edit committed pledge by pledge is left half done by a kill."""
    tally = run_kills("per-row commits (negative control)", base,
                      lambda db: [sys.executable, str(DRIVER), "per-row", str(db), "500"],
                      3, tmp_path, seed=7, aimed=True)
    print(tally.line())
    assert tally.corrupt == [] and len(tally.partial) >= 2, tally.line()
