"""`ramstein ics` in a subprocess: the file parses back with icalendar, one event per delivery
with the same UIDs on a second export, filters apply, bad arguments exit 1 with a message."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ramstein.cli", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=300, check=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ics") / "demo.db"
    done = run("demo", "--db", str(db), "--pledges", "200", "--deliveries", "500", "--quiet")
    assert done.returncode == 0, done.stderr
    return db


def uids(path: Path) -> list[str]:
    return [str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def scalar(db: Path, query: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(query).fetchone()[0])
    finally:
        con.close()


def test_ics_writes_one_event_per_delivery_with_stable_uids(demo: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    done = run("ics", "--db", str(demo), str(first))
    assert done.returncode == 0, done.stderr
    total = scalar(demo, "SELECT COUNT(*) FROM deliveries WHERE planned_on IS NOT NULL")
    assert f": {total} deliveries written" in done.stdout
    assert run("ics", "--db", str(demo), str(second)).returncode == 0
    assert len(uids(first)) == len(set(uids(first))) == total
    assert sorted(uids(first)) == sorted(uids(second))


def test_ics_filters(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.ics"
    done = run("ics", "--db", str(demo), str(out), "--status", "Delivered", "--from",
               "2024-01-01", "--to", "2024-12-31", "--hub", "rzeszow")
    assert done.returncode == 0, done.stderr
    expected = scalar(demo, "SELECT COUNT(*) FROM deliveries d JOIN hubs h ON h.id = d.hub_id "
                            "WHERE d.status = 'delivered' AND h.code = 'RZE' "
                            "AND d.planned_on BETWEEN '2024-01-01' AND '2024-12-31'")
    assert len(uids(out)) == expected > 0
    done = run("ics", "--db", str(demo), str(out), "--donor", "deu", "--donor", "POL")
    assert done.returncode == 0, done.stderr
    expected = scalar(demo, "SELECT COUNT(*) FROM deliveries d JOIN pledges p "
                            "ON p.id = d.pledge_id JOIN members m ON m.id = p.donor_id "
                            "WHERE m.code IN ('DEU', 'POL')")
    assert len(uids(out)) == expected


@pytest.mark.parametrize(("args", "message"), [
    (["--status", "lost"], "--status: 'lost' is not a delivery status"),
    (["--donor", "ZZZ"], "--donor: ZZZ is not a member code"),
    (["--hub", "nowhere"], "--hub: 'nowhere' is not a hub"),
    (["--from", "2024-02-30"], "--from: '2024-02-30' is not a date (YYYY-MM-DD)"),
    (["--from", "2025-01-01", "--to", "2024-01-01"], "--from 2025-01-01 is after --to 2024-01-01"),
])
def test_ics_bad_arguments_exit_1_with_a_message(demo: Path, tmp_path: Path, args: list[str],
                                                 message: str) -> None:
    out = tmp_path / "x.ics"
    done = run("ics", "--db", str(demo), str(out), *args)
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_ics_bad_target_or_database(demo: Path, tmp_path: Path) -> None:
    done = run("ics", "--db", str(demo), str(tmp_path / "cal.txt"))
    assert done.returncode == 1 and "must end in .ics" in done.stderr
    done = run("ics", "--db", str(demo), str(tmp_path / "missing" / "cal.ics"))
    assert done.returncode == 1 and "no such folder" in done.stderr
    done = run("ics", "--db", str(tmp_path / "none.db"), str(tmp_path / "cal.ics"))
    assert done.returncode == 1 and "no such database file" in done.stderr
    done = run("ics", "--db", str(demo))
    assert done.returncode == 2 and "OUT.ics" in done.stderr
