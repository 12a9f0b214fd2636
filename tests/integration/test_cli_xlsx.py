"""`ramstein export / template / import` in a subprocess, on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ramstein.cli", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=300, check=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("xlsx") / "demo.db"
    done = run("demo", "--db", str(db), "--pledges", "300", "--deliveries", "600", "--quiet")
    assert done.returncode == 0, done.stderr
    return db


def summary(db: Path) -> dict[str, object]:
    done = run("summary", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_export_import_round_trip_and_edit(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.xlsx"
    done = run("export", "--db", str(demo), str(out))
    assert done.returncode == 0 and "300 pledges" in done.stdout, done.stderr
    with zipfile.ZipFile(out) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if "worksheets" in n)
    done = run("import", "--db", str(demo), str(out), "--json")
    doc = json.loads(done.stdout)
    assert done.returncode == 0 and doc["applied"] and doc["changed"] == 0
    assert doc["pledges"]["unchanged"] == 300 and doc["deliveries"]["unchanged"] == 600
    wb = openpyxl.load_workbook(out)
    wb["Pledges"]["F2"] = "@cmd|' /C calc'!A0"
    wb.save(out)
    dry = json.loads(run("import", "--db", str(demo), str(out), "--json", "--dry-run").stdout)
    assert (dry["applied"], dry["changed"]) == (False, 1)
    done = run("import", "--db", str(demo), str(out))
    assert done.returncode == 0 and "1 changed" in done.stdout and "applied" in done.stdout
    again = tmp_path / "again.xlsx"
    assert run("export", "--db", str(demo), str(again)).returncode == 0
    with zipfile.ZipFile(again) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if "worksheets" in n)
    assert openpyxl.load_workbook(again)["Pledges"]["F2"].value == "@cmd|' /C calc'!A0"


def test_filters_and_template(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "deu.xlsx"
    done = run("export", "--db", str(demo), str(out), "--donor", "DEU", "--status", "committed")
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(out)
    assert {r[0] for r in wb["Pledges"].iter_rows(min_row=2, min_col=4, max_col=4, values_only=True)} <= {"Germany"}
    assert run("export", "--db", str(demo), str(out), "--donor", "XXX").returncode == 1
    tpl = tmp_path / "tpl.xlsx"
    assert run("template", "--db", str(demo), str(tpl), "--donor", "POL").returncode == 0
    wb = openpyxl.load_workbook(tpl)
    wb["Pledges"].append([None, None, None, "Poland", "Demining", "Mine ploughs", 4, "pcs",
                          "2,500,000", "EUR", "01.06.2025", "Announced"])
    wb.save(tpl)
    doc = json.loads(run("import", "--db", str(demo), str(tpl), "--json").stdout)
    assert doc["applied"] and doc["new"] == 1, doc


def test_rejected_imports_leave_the_database_unchanged(demo: Path, tmp_path: Path) -> None:
    before = summary(demo)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    done = run("import", "--db", str(demo), str(empty), "--json")
    assert done.returncode == 1 and "empty" in json.loads(done.stdout)["errors"][0]["message"]
    out = tmp_path / "bad.xlsx"
    assert run("export", "--db", str(demo), str(out), "--donor", "DEU").returncode == 0
    wb = openpyxl.load_workbook(out)
    wb["Pledges"]["D2"] = "Germny"
    wb.save(out)
    done = run("import", "--db", str(demo), str(out), "--json")
    doc = json.loads(done.stdout)
    assert done.returncode == 1 and not doc["applied"]
    assert doc["errors"][0]["cell"] == "D2" and "did you mean Germany?" in doc["errors"][0]["message"]
    assert summary(demo) == before
