"""`ramstein marking`: show and set the classification marking every export carries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ramstein.cli", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=300, check=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "m.db"
    assert run("demo", "--db", str(path), "--pledges", "20", "--deliveries", "40",
               "--quiet").returncode == 0
    return path


def test_marking_is_shown_set_required_and_carried_by_the_export(db: Path, tmp_path: Path) -> None:
    shown = run("marking", "--db", str(db))
    assert shown.returncode == 0
    assert "classification marking: 'UNCLASSIFIED // FOR PLANNING USE'" in shown.stdout
    assert "required on exports: no" in shown.stdout

    done = run("marking", "--db", str(db), "NATO RESTRICTED", "--required")
    assert done.returncode == 0 and "required on exports: yes" in done.stdout
    out = tmp_path / "e.xlsx"
    assert run("export", "--db", str(db), str(out)).returncode == 0
    book = openpyxl.load_workbook(out)
    assert book["Pledges"].oddHeader.center.text == "NATO RESTRICTED"
    assert book["Instructions"]["A1"].value == "NATO RESTRICTED"

    refused = run("marking", "--db", str(db), "")
    assert refused.returncode == 1 and "requires a classification marking" in refused.stderr
    assert "'NATO RESTRICTED'" in run("marking", "--db", str(db)).stdout
