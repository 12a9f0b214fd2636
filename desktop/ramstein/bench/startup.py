"""Start-up benchmark: how long until the window is painted and the figures are shown.

    python -m ramstein.bench startup --db PATH [--runs 5]

Each measurement is a fresh Python process (best of N), timed from just before the process
is spawned to the moment the child reports an event, on the same monotonic clock:

- floor:   a bare PySide6 QMainWindow painted for the first time (measured in the same run),
- paint:   our main window painted for the first time,
- figures: the dashboard's headline figures on screen, read from the given database.

Targets: paint <= 1.5 x floor, figures <= 3 x floor. The database is created with
`ramstein demo --pledges 100000 --deliveries 300000` when it does not exist.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

DEMO_PLEDGES = 100_000
DEMO_DELIVERIES = 300_000
TARGETS = {"paint": 1.5, "figures": 3.0}
CHILD_TIMEOUT_S = 120

# The children print "EVENT <CLOCK_MONOTONIC seconds>" lines; the parent subtracts its own
# reading taken just before spawning them. Both sides use CLOCK_MONOTONIC.
FLOOR_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def report(event):
    print(event, time.clock_gettime(time.CLOCK_MONOTONIC), flush=True)

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not Window.painted:
            Window.painted = True
            QTimer.singleShot(0, lambda: (report("paint"), app.quit()))

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1400, 900)
window.show()
app.exec()
"""

OURS_CHILD = """
import sys, time
from pathlib import Path

def report(event):
    print(event, time.clock_gettime(time.CLOCK_MONOTONIC), flush=True)

from ramstein.ui.app import make_application, start_main_window

app = make_application(sys.argv[:1])
window = start_main_window(Path(sys.argv[1]))
window.first_painted.connect(lambda: report("paint"))
window.dashboard.figures_shown.connect(lambda: (report("figures"), app.quit()))
window.workspace_failed.connect(lambda message: (print("error", message, flush=True), app.quit()))
app.exec()
"""


def _now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def run_child(code: str, args: Sequence[str], env: dict[str, str]) -> dict[str, float]:
    """Spawn one fresh interpreter; return {event: seconds since just before the spawn}."""
    start = _now()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
        timeout=CHILD_TIMEOUT_S, check=False,
    )
    events: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        parts = line.split(maxsplit=1)
        if len(parts) == 2 and parts[0] == "error":
            raise RuntimeError(f"the window could not open the database: {parts[1]}")
        if len(parts) == 2:
            try:
                events[parts[0]] = float(parts[1]) - start
            except ValueError:
                continue
    if proc.returncode != 0 or not events:
        raise RuntimeError(f"benchmark child failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return events


def ensure_database(db: Path) -> None:
    if db.exists():
        return
    print(f"{db} does not exist: creating a demo database with {DEMO_PLEDGES:,} pledges and "
          f"{DEMO_DELIVERIES:,} deliveries (takes a little while)…", flush=True)
    db.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "ramstein.cli", "demo", "--db", str(db),
         "--pledges", str(DEMO_PLEDGES), "--deliveries", str(DEMO_DELIVERIES)],
        check=True,
    )


def child_env(config_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The window records recent files and geometry: keep the user's settings out of it, but
    # still go through platformdirs as a user's start does (XDG_CONFIG_HOME, not the override).
    env.pop("RAMSTEIN_CONFIG_DIR", None)
    env["XDG_CONFIG_HOME"] = str(config_dir)
    return env


def measure(db: Path, runs: int) -> dict[str, float]:
    """Best-of-`runs` seconds for floor, paint and figures (runs interleaved)."""
    best = {"floor": float("inf"), "paint": float("inf"), "figures": float("inf")}
    with tempfile.TemporaryDirectory(prefix="ramstein-bench-") as tmp:
        env = child_env(Path(tmp))
        run_child(OURS_CHILD, [str(db)], env)  # warm the OS file cache; not counted
        for _ in range(runs):
            floor = run_child(FLOOR_CHILD, [], env)
            ours = run_child(OURS_CHILD, [str(db)], env)
            best["floor"] = min(best["floor"], floor["paint"])
            best["paint"] = min(best["paint"], ours["paint"])
            best["figures"] = min(best["figures"], ours["figures"])
    return best


def report(best: dict[str, float], runs: int, db: Path) -> bool:
    floor = best["floor"]
    rows = [
        ("main window first painted", "paint"),
        ("dashboard figures shown", "figures"),
    ]
    platform = child_env(Path()).get("QT_QPA_PLATFORM", "default")
    print(f"\nStart-up, best of {runs} fresh processes each; database {db}")
    print(f"Qt platform: {platform}; PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')}")
    print(f"floor: a bare PySide6 QMainWindow first painted = {floor:.3f} s\n")
    header = f"{'operation':<28}{'ours (s)':>10}{'floor (s)':>11}{'ratio':>8}{'target':>9}  result"
    print(header)
    print("-" * len(header))
    ok = True
    for label, key in rows:
        ratio = best[key] / floor
        target = TARGETS[key]
        passed = ratio <= target
        ok &= passed
        print(f"{label:<28}{best[key]:>10.3f}{floor:>11.3f}{ratio:>8.2f}{f'<= {target:g}x':>9}  "
              f"{'ok' if passed else 'MISSED'}")
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ramstein.bench startup",
                                     description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--db", required=True, type=Path, help="database to open (created if missing)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per measurement")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    db = args.db.expanduser().resolve()
    ensure_database(db)
    best = measure(db, max(1, args.runs))
    ok = report(best, args.runs, db)
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
