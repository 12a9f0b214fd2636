"""The real `ramstein` command in a subprocess, on real files (isolated dirs from conftest)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

MONEY = re.compile(r"^\d+\.\d{2}$")


def run(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ramstein.cli", *args],
        capture_output=True, text=True, env={**os.environ, **env}, timeout=timeout, check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def check_summary(doc: dict[str, Any], pledges: int, deliveries: int) -> None:
    """The invariants any `summary --json` document must satisfy."""
    assert set(doc) >= {"members", "pledges", "deliveries", "pledged_eur", "delivered_eur",
                        "by_donor"}
    assert doc["members"] == 56
    assert doc["pledges"] == pledges
    assert doc["deliveries"] == deliveries
    for key in ("pledged_eur", "delivered_eur"):
        assert isinstance(doc[key], str) and MONEY.match(doc[key]), doc[key]
    pledged = Decimal(0)
    delivered = Decimal(0)
    for row in doc["by_donor"]:
        assert MONEY.match(row["pledged_eur"]) and MONEY.match(row["delivered_eur"]), row
        assert Decimal(row["delivered_eur"]) <= Decimal(row["pledged_eur"]), row["iso3"]
        pledged += Decimal(row["pledged_eur"])
        delivered += Decimal(row["delivered_eur"])
    assert pledged == Decimal(doc["pledged_eur"])
    assert delivered == Decimal(doc["delivered_eur"])
    assert sum(row["pledges"] for row in doc["by_donor"]) == pledges
    assert "UKR" not in {row["iso3"] for row in doc["by_donor"]}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("demo", "--db", str(path), "--pledges", "300", "--deliveries", "900",
                 "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert f"{path}: demo database with 300 pledges and 900 deliveries (seed 5)" in result.stdout
    return path


def test_version() -> None:
    from ramstein import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Ramstein Planner {__version__}"


def test_demo_writes_a_database_file(demo_file: Path) -> None:
    assert demo_file.is_file()
    assert count(demo_file, "pledges") == 300
    assert count(demo_file, "deliveries") == 900
    con = sqlite3.connect(demo_file)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x526D5374
    finally:
        con.close()


def test_summary_json(demo_file: Path) -> None:
    result = run("summary", "--db", str(demo_file), "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    check_summary(doc, pledges=300, deliveries=900)
    assert Decimal(doc["pledged_eur"]) > Decimal(doc["delivered_eur"]) > 0


def test_summary_json_fund(demo_file: Path) -> None:
    doc = json.loads(run("summary", "--db", str(demo_file), "--json").stdout)
    fund = doc["fund"]
    assert fund["name"].startswith("Washington 2024 pledge")
    assert fund["currency"] == "EUR" and MONEY.match(fund["tranche"])
    assert fund["tranche"] == "40000000000.00"
    assert isinstance(fund["year"], int) and 2025 <= fund["year"] <= 2029
    assert len(fund["members"]) == 32
    for m in fund["members"]:
        assert {"iso3", "name", "fair_share", "pledged", "delivered", "gap"} <= set(m)
        for key in ("fair_share", "pledged", "delivered"):
            assert MONEY.match(m[key]), (m["iso3"], key, m[key])
        assert re.match(r"^-?\d+\.\d{2}$", m["gap"]), m
        assert Decimal(m["gap"]) == Decimal(m["fair_share"]) - Decimal(m["allocated"])
    assert sum(Decimal(m["fair_share"]) for m in fund["members"]) == Decimal(fund["tranche"])
    assert {m["iso3"] for m in fund["members"] if m["flag"] == "exempt"} == {"HUN"}


def test_summary_agrees_with_the_file(demo_file: Path) -> None:
    doc = json.loads(run("summary", "--db", str(demo_file), "--json").stdout)
    con = sqlite3.connect(demo_file)
    try:
        delivered = con.execute("SELECT SUM(value_eur_cents) FROM deliveries "
                                "WHERE status = 'delivered'").fetchone()[0]
    finally:
        con.close()
    assert Decimal(doc["delivered_eur"]) == Decimal(delivered).scaleb(-2)


def test_summary_as_text(demo_file: Path) -> None:
    result = run("summary", "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    doc = json.loads(run("summary", "--db", str(demo_file), "--json").stdout)
    assert "pledges 300" in result.stdout and "deliveries 900" in result.stdout
    assert f"{Decimal(doc['pledged_eur']):,.2f}" in result.stdout
    assert "United States" in result.stdout
    fund = doc["fund"]
    assert f"{fund['name']}, {fund['year']}: tranche EUR 40,000,000,000.00" in result.stdout
    assert re.search(r"Hungary\s+exempt", result.stdout)


def test_summary_does_not_change_the_file(demo_file: Path) -> None:
    before = digest(demo_file)
    assert run("summary", "--db", str(demo_file), "--json").returncode == 0
    assert digest(demo_file) == before


def test_same_seed_same_summary_from_two_files(tmp_path: Path) -> None:
    docs = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        assert run("demo", "--db", str(path), "--pledges", "80", "--deliveries", "200",
                   "--seed", "9", "--quiet").returncode == 0
        docs.append(run("summary", "--db", str(path), "--json").stdout)
    assert docs[0] == docs[1]
    check_summary(json.loads(docs[0]), pledges=80, deliveries=200)


def test_summary_of_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "planner.db"
    result = run("summary", "--db", str(path))
    assert result.returncode == 1
    assert str(path) in result.stderr
    assert "no such database file" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not path.exists() and not path.parent.exists()


@pytest.mark.parametrize("content", [b"this is not a database\n", bytes(range(256)) * 4])
def test_summary_of_a_junk_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(content)
    result = run("summary", "--db", str(path))
    assert result.returncode == 1
    assert "not a Ramstein Planner database" in result.stderr
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_summary_of_another_applications_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    result = run("summary", "--db", str(path))
    assert result.returncode == 1
    assert "another application" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(path) == before


def test_summary_of_a_newer_database(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    assert run("demo", "--db", str(path), "--pledges", "5", "--deliveries", "5",
               "--quiet").returncode == 0
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    before = digest(path)
    result = run("summary", "--db", str(path))
    assert result.returncode == 1
    assert "newer version" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(path) == before


@pytest.mark.parametrize("option", ["--pledges", "--deliveries"])
def test_negative_counts_are_a_usage_error(tmp_path: Path, option: str) -> None:
    path = tmp_path / "x.db"
    result = run("demo", "--db", str(path), option, "-5")
    assert result.returncode == 2
    assert "must not be negative" in result.stderr
    assert "Traceback" not in result.stderr
    assert not path.exists()


def test_a_non_number_is_a_usage_error(tmp_path: Path) -> None:
    result = run("demo", "--db", str(tmp_path / "x.db"), "--pledges", "lots")
    assert result.returncode == 2
    assert "'lots' is not a whole number" in result.stderr


def test_a_refused_demo_leaves_no_new_file(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    result = run("demo", "--db", str(path), "--pledges", "0", "--deliveries", "20")
    assert result.returncode == 1
    assert "deliveries need pledges" in result.stderr
    assert not path.exists()


def test_demo_refuses_to_mix_with_existing_pledges(tmp_path: Path) -> None:
    path = tmp_path / "planner.db"
    assert run("demo", "--db", str(path), "--pledges", "20", "--deliveries", "40",
               "--quiet").returncode == 0
    result = run("demo", "--db", str(path), "--pledges", "30", "--deliveries", "60", "--quiet")
    assert result.returncode == 1
    assert "already holds 20 pledges" in result.stderr
    assert "--replace" in result.stderr
    assert "Traceback" not in result.stderr
    assert count(path, "pledges") == 20

    replaced = run("demo", "--db", str(path), "--pledges", "30", "--deliveries", "60",
                   "--quiet", "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert count(path, "pledges") == 30
    backups = list((tmp_path / "planner.backups").glob("planner-*-before-demo-replace.db"))
    assert len(backups) == 1
    assert count(backups[0], "pledges") == 20


def test_without_db_the_per_user_database_is_used(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    target = data_dir / "planner.db"
    missing = run("summary", RAMSTEIN_DATA_DIR=str(data_dir))
    assert missing.returncode == 1
    assert str(target) in missing.stderr
    made = run("demo", "--pledges", "10", "--deliveries", "20", "--quiet",
               RAMSTEIN_DATA_DIR=str(data_dir))
    assert made.returncode == 0, made.stderr
    assert target.is_file()
    doc = json.loads(run("summary", "--json", RAMSTEIN_DATA_DIR=str(data_dir)).stdout)
    check_summary(doc, pledges=10, deliveries=20)


@pytest.mark.slow
def test_big_demo_and_its_summary(tmp_path: Path) -> None:
    """100k pledges / 300k deliveries (about 15 s here); timing belongs to the benchmarks."""
    path = tmp_path / "big.db"
    result = run("demo", "--db", str(path), "--pledges", "100000", "--deliveries", "300000",
                 "--seed", "5", "--quiet", timeout=280)
    assert result.returncode == 0, result.stderr
    summary = run("summary", "--db", str(path), "--json")
    assert summary.returncode == 0, summary.stderr
    check_summary(json.loads(summary.stdout), pledges=100_000, deliveries=300_000)
