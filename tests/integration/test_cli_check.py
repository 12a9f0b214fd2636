"""`ramstein check --db PATH [--json]` in a subprocess, on a sound and on a damaged database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ramstein.storage import Database


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ramstein.cli", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120, check=False)


def test_check_a_sound_database_lists_its_backups(demo_db: Path) -> None:
    with Database.open(demo_db, create=False) as d:
        first = d.backup("before-import")
        second = d.backup("before-demo-replace")
    done = run("check", "--db", str(demo_db), "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert (doc["ok"], doc["integrity"], doc["crash_suspected"]) == (True, "ok", False)
    assert doc["schema"] == doc["app_schema"] == "0001_initial"
    assert [b["name"] for b in doc["backups"]] == [second.name, first.name]  # newest first
    assert [b["verified"] for b in doc["backups"]] == [True, True]
    assert doc["backups"][0]["size"] == second.stat().st_size and doc["good_backup"] is None
    text = run("check", "--db", str(demo_db))
    assert text.returncode == 0 and "integrity: ok" in text.stdout
    assert "crash suspected: no" in text.stdout and f"{second.name}  " in text.stdout
    assert "verified" in text.stdout and "backups: 2 (newest first)" in text.stdout


def test_check_a_corrupted_database_exits_1_and_names_the_backup(demo_db: Path) -> None:
    with Database.open(demo_db, create=False) as d:
        good = d.backup("before-import")
    size = demo_db.stat().st_size
    with open(demo_db, "r+b") as fh:
        for offset in range(8192, size - 4096, size // 5):
            fh.seek(offset)
            fh.write(b"\x00\xff" * 2048)
    done = run("check", "--db", str(demo_db), "--json")
    assert done.returncode == 1
    doc = json.loads(done.stdout)
    assert not doc["ok"] and doc["integrity"] != "ok" and doc["good_backup"] == str(good)
    assert doc["messages"][0].startswith(f"{demo_db}: the integrity check failed")
    text = run("check", "--db", str(demo_db))
    assert text.returncode == 1
    assert f"the newest sound backup is {good.name}" in text.stderr
    assert "File > Restore backup…" in text.stderr and "Traceback" not in text.stderr


def test_check_a_missing_file(tmp_path: Path) -> None:
    done = run("check", "--db", str(tmp_path / "nope.db"))
    assert done.returncode == 1 and "no such database file" in done.stderr
    assert not (tmp_path / "nope.db").exists()
