"""`ramstein brief`: the staff brief PDF from the command line, read back with poppler."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) not installed")
MARKING = "UNCLASSIFIED // FOR PLANNING USE"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ramstein.cli", *args], capture_output=True,
                          text=True, env=env, timeout=300, check=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("brief") / "b.db"
    assert run("demo", "--db", str(path), "--pledges", "300", "--deliveries", "900",
               "--quiet").returncode == 0
    return path


@pytest.fixture(scope="module")
def summary(db: Path) -> dict[str, Any]:
    done = run("summary", "--db", str(db), "--json")
    assert done.returncode == 0
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def pages_of(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


def test_brief_of_all_donors(db: Path, summary: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    done = run("brief", "--db", str(db), str(out))
    assert done.returncode == 0, done.stderr
    pages = pages_of(out)
    assert done.stdout.startswith(f"{out}: {len(pages)} pages ({MARKING}, ")
    for number, text in enumerate(pages, 1):
        assert text.count(MARKING) == 2 and f"Page {number} of {len(pages)}" in text
    assert "Ukraine Defense Contact Group — Military aid brief" in pages[0]
    assert f"{Decimal(summary['pledged_eur']):,.2f}" in pages[0]
    text = "\n".join(pages)
    assert "Overdue deliveries (" in text and "Days" in text
    top = summary["by_donor"][0]
    row = next(line for line in text.splitlines() if f"{top['name']} ({top['iso3']})" in line)
    assert f"{Decimal(top['pledged_eur']) / 10**6:,.1f}" in row
    rendered = subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "p")],
                              capture_output=True, check=False)
    assert rendered.returncode == 0
    assert len(list(tmp_path.glob("p-*.png"))) == len(pages)


def test_brief_of_one_donor(db: Path, summary: dict[str, Any], tmp_path: Path) -> None:
    mine, other = summary["by_donor"][1], summary["by_donor"][0]
    out = tmp_path / "donor.pdf"
    done = run("brief", "--db", str(db), str(out), "--donor", mine["iso3"].lower())
    assert done.returncode == 0, done.stderr
    pages = pages_of(out)
    text = "\n".join(pages)
    assert f"{mine['name']} ({mine['iso3']}) only" in pages[0]
    assert f"{Decimal(mine['pledged_eur']):,.2f}" in pages[0]
    assert f"{Decimal(mine['delivered_eur']):,.2f}" in pages[0]
    assert f"{mine['pledges']:,} pledges" in pages[0]
    assert other["name"] not in text and f"{other['iso3']}-" not in text
    assert all(t.count(MARKING) == 2 for t in pages)


def test_brief_refuses_bad_input_and_a_missing_required_marking(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    unknown = run("brief", "--db", str(db), str(out), "--donor", "XXX")
    assert unknown.returncode == 1 and "XXX is not a member code" in unknown.stderr
    wrong = run("brief", "--db", str(db), str(tmp_path / "x.txt"))
    assert wrong.returncode == 1 and "must end in .pdf" in wrong.stderr

    import sqlite3

    copy = tmp_path / "required.db"
    shutil.copy(db, copy)
    con = sqlite3.connect(copy)  # an older file: required, and the marking emptied outside the app
    con.execute("UPDATE db_info SET value = '' WHERE key = 'classification'")
    con.execute("INSERT OR REPLACE INTO db_info (key, value) VALUES ('classification_required', '1')")
    con.commit()
    con.close()
    refused = run("brief", "--db", str(copy), str(out))
    assert refused.returncode == 1
    assert "the brief: this database requires a classification marking" in refused.stderr
    assert not out.exists()
