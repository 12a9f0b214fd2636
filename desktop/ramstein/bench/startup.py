"""Start-up benchmark: how long until the window is painted and the figures are shown.

    python -m ramstein.bench startup --db PATH [--runs 5]

Each measurement is a fresh Python process (best of N), timed from just before the process
is spawned to the moment the child reports an event, on the same monotonic clock:

- floor:   a bare PySide6 QMainWindow painted for the first time (measured in the same run),
- paint:   our main window painted for the first time, started as `ramstein` starts it
           (ui/app.start_gui: application, language, window, file-open events),
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

from PySide6.QtWidgets import QApplication
from ramstein.ui.app import start_gui

window = start_gui(Path(sys.argv[1]), argv=sys.argv[:1])  # what run_gui does before exec()
app = QApplication.instance()
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


def installed_copy(tmp: Path) -> Path:
    """A copy of the package with its bytecode compiled, as a wheel or a bundle installs it.

    PYTHONDONTWRITEBYTECODE=1 keeps a checkout from caching bytecode, so every start of the
    checkout compiles our modules; an installed copy reads them precompiled.
    """
    import compileall
    import shutil

    import ramstein

    package = Path(ramstein.__file__).resolve().parent
    root = tmp / "installed"
    shutil.copytree(package, root / "ramstein",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    compileall.compile_dir(root / "ramstein", quiet=1)
    return root


def measure(db: Path, runs: int, *, installed: bool = True) -> dict[str, float]:
    """Best-of-`runs` seconds for floor, paint and figures (runs interleaved); with
    `installed`, also paint and figures of a precompiled copy ("paint_installed", ...)."""
    best: dict[str, float] = {}

    def keep(key: str, value: float) -> None:
        best[key] = min(best.get(key, float("inf")), value)

    with tempfile.TemporaryDirectory(prefix="ramstein-bench-") as tmp:
        env = child_env(Path(tmp))
        variants = [("", env)]
        if installed:
            root = installed_copy(Path(tmp))
            variants.append(("_installed", {**env, "PYTHONPATH": os.pathsep.join(
                p for p in (str(root), env.get("PYTHONPATH", "")) if p)}))
        for _suffix, variant_env in variants:
            run_child(OURS_CHILD, [str(db)], variant_env)  # warm the OS file cache; not counted
        for _ in range(runs):
            keep("floor", run_child(FLOOR_CHILD, [], env)["paint"])
            for suffix, variant_env in variants:
                ours = run_child(OURS_CHILD, [str(db)], variant_env)
                keep("paint" + suffix, ours["paint"])
                keep("figures" + suffix, ours["figures"])
    return best


def report(best: dict[str, float], runs: int, db: Path) -> bool:
    """Print the table; True when the checkout's rows meet their targets."""
    floor = best["floor"]
    rows = [
        ("main window first painted", "paint"),
        ("dashboard figures shown", "figures"),
        ("  same, installed (.pyc)", "paint_installed"),
        ("  same, installed (.pyc)", "figures_installed"),
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
        if key not in best:
            continue
        ratio = best[key] / floor
        target = TARGETS[key.split("_")[0]]
        passed = ratio <= target
        if "_" not in key:
            ok &= passed
        print(f"{label:<28}{best[key]:>10.3f}{floor:>11.3f}{ratio:>8.2f}{f'<= {target:g}x':>9}  "
              f"{'ok' if passed else 'MISSED'}")
    print("\n(installed: the same code precompiled, as from a wheel or bundle; the checkout "
          "compiles its modules on each start while PYTHONDONTWRITEBYTECODE is set)")
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ramstein.bench startup",
                                     description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--db", required=True, type=Path, help="database to open (created if missing)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per measurement")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--checkout-only", action="store_true",
                        help="skip the precompiled (installed) variant")
    args = parser.parse_args(argv)
    db = args.db.expanduser().resolve()
    ensure_database(db)
    best = measure(db, max(1, args.runs), installed=not args.checkout_only)
    ok = report(best, args.runs, db)
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
