"""`python -m ramstein.bench all --quick`: the benchmark command runs and prints every row.

A check that the command works end to end on tiny demo databases (built in a temporary work
folder), not a timing assertion: the figures of a quick run on a shared machine mean nothing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

OPERATIONS = (
    "start-up: main window first painted",
    "start-up: dashboard figures shown",
    "start-up: first paint, installed (.pyc)",
    "start-up: figures, installed (.pyc)",
    "pledges view: text filter + sort by EUR",
    "calendar: month switch (grid)",
    "calendar: month switch, donor DEU",
    "calendar: agenda of the month",
    "members view rows, 6,000 deliveries",
    "member aggregates, 20,000 deliveries",
    "export workbook",
    "import + validate + diff",
    "import vs openpyxl read-only",
    "demo build 2,000/6,000",
    "GUI open, every view visited (peak RSS)",
)
NUMBER = r"\d+\.\d+"


def test_quick_bench_prints_every_operation_with_numbers(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out_json, out_md = tmp_path / "bench.json", tmp_path / "bench.md"
    proc = subprocess.run(
        [sys.executable, "-m", "ramstein.bench", "all", "--quick", "--work", str(tmp_path / "work"),
         "--json", str(out_json), "--markdown", str(out_md)],
        capture_output=True, text=True, timeout=180, env=env, check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    for operation in OPERATIONS:
        row = next((line for line in lines if line.startswith(operation)), None)
        assert row is not None, f"no row {operation!r} in:\n{proc.stdout}"
        rest = row[len(operation):]
        assert re.search(NUMBER, rest), row  # our time (or, for the GUI, its seconds)
        assert re.search(r"\d+ MB", rest), row  # peak RSS
        assert re.search(r"\b(met|MISSED|info)$", row), row
    assert "machine: CPU" in proc.stdout and "SQLite" in proc.stdout

    data = json.loads(out_json.read_text())
    assert [r["operation"] for r in data["rows"]] == list(OPERATIONS)
    ratios = [r for r in data["rows"] if r["target"] is not None and r["kind"] == "ratio"]
    assert all(r["ratio"] > 0 for r in ratios)
    assert "| operation |" in out_md.read_text()
