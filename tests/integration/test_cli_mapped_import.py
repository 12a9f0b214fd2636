"""`ramstein import-sheet` on generated foreign sheets, in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

HEADER = ["Ref", "Land", "Datum", "Gerät", "Stück", "Wert", "Währung"]
ROWS = [
    ["A-1", "Deutschland", "24.02.2023", "Gepard", "15", "1.234,50", "EUR"],
    ["A-2", "Germany", "03/04/2023", "IRIS-T SLM", "1", "140.000.000", "EUR"],
    ["A-3", "Polen", "12/05/2023", "Krab howitzer", "18", "2.500.000,75", "USD"],
]
MAP = ["--map", "donor=Land", "--map", "item=Gerät", "--map", "announced=Datum",
       "--map", "quantity=Stück", "--map", "value=Wert", "--map", "currency=Währung",
       "--const", "capability=artillery", "--ref-column", "Ref", "--decimal-comma",
       "--alias", "Deutschland=DEU", "--alias", "Polen=POL"]


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ramstein.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "RAMSTEIN_CONFIG_DIR": str(tmp_path / "config")}


@pytest.fixture
def db(tmp_path: Path, env: dict[str, str]) -> Path:
    path = tmp_path / "planner.db"
    done = run("demo", "--db", str(path), "--pledges", "0", "--deliveries", "0", "--quiet",
               env=env)
    assert done.returncode == 0, done.stderr
    return path


def _csv(path: Path, rows: list[list[str]] = ROWS) -> Path:
    path.write_text("\n".join("\t".join(r) for r in [HEADER, *rows]), encoding="utf-16")
    return path


def _json(done: subprocess.CompletedProcess[str]) -> Any:
    assert done.stdout, done.stderr
    return json.loads(done.stdout)


def _pledges(db: Path, env: dict[str, str]) -> int:
    done = run("summary", "--db", str(db), "--json", env=env)
    return int(json.loads(done.stdout)["pledges"])


def test_a_utf16_csv_is_imported_and_the_profile_saved(tmp_path: Path, db: Path,
                                                       env: dict[str, str]) -> None:
    sheet = _csv(tmp_path / "bestand.csv")
    done = run("import-sheet", "--db", str(db), str(sheet), *MAP, "--save-profile", "Bundeswehr",
               "--json", env=env)
    assert done.returncode == 0, done.stderr
    report = _json(done)
    assert report["applied"] is True and report["new"] == 3 and report["errors"] == []
    assert report["already_imported"] == 0 and report["skipped"] == []
    assert (tmp_path / "config" / "mappings" / "bundeswehr.json").is_file()
    assert _pledges(db, env) == 3
    # the saved profile alone re-imports the file, and adds nothing
    again = run("import-sheet", "--db", str(db), str(sheet), "--profile", "Bundeswehr", "--json",
                env=env)
    assert again.returncode == 0, again.stderr
    assert _json(again)["new"] == 0 and _json(again)["already_imported"] == 3
    assert _pledges(db, env) == 3


def test_a_bad_cell_is_rejected_with_its_place(tmp_path: Path, db: Path,
                                               env: dict[str, str]) -> None:
    rows = [list(r) for r in ROWS]
    rows[2][1] = "Polnd"
    done = run("import-sheet", "--db", str(db), str(_csv(tmp_path / "bestand.csv", rows)), *MAP,
               "--json", env=env)
    assert done.returncode == 1
    report = _json(done)
    assert report["applied"] is False and report["new"] == 0
    assert report["errors"] == [{"sheet": "bestand.csv", "cell": "line 4, column 'Land'",
                                 "message": "Donor: 'Polnd' is not a known donor; did you mean "
                                            "Poland?"}]
    assert _pledges(db, env) == 0
    text = run("import-sheet", "--db", str(db), str(tmp_path / "bestand.csv"), *MAP, env=env)
    assert text.returncode == 1
    assert "error: bestand.csv line 4, column 'Land': Donor: 'Polnd'" in text.stdout
    assert "rejected, nothing changed" in text.stdout


def test_dry_run_of_an_xlsx_changes_nothing(tmp_path: Path, db: Path,
                                            env: dict[str, str]) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Hilfe"
    for row in [["Lieferungen 2023"], HEADER, *ROWS]:
        ws.append(row)
    book.save(tmp_path / "hilfe.xlsx")
    done = run("import-sheet", "--db", str(db), str(tmp_path / "hilfe.xlsx"), *MAP,
               "--dry-run", "--json", env=env)
    assert done.returncode == 0, done.stderr
    report = _json(done)
    assert report["applied"] is False and report["dry_run"] is True and report["new"] == 3
    assert _pledges(db, env) == 0


def test_usage_errors_are_one_line(tmp_path: Path, db: Path, env: dict[str, str]) -> None:
    sheet = _csv(tmp_path / "bestand.csv")
    done = run("import-sheet", "--db", str(db), str(sheet), env=env)
    assert done.returncode == 1 and "--map TARGET=HEADER" in done.stderr
    done = run("import-sheet", "--db", str(db), str(sheet), "--map", "donour=Land", env=env)
    assert done.returncode == 1 and "did you mean donor?" in done.stderr
    done = run("import-sheet", "--db", str(db), str(sheet), "--profile", "Nope", env=env)
    assert done.returncode == 1 and "no mapping profile 'Nope'" in done.stderr
    assert "Traceback" not in done.stderr
