"""`ramstein import-kiel` on the real Kiel UST file (shared/reference), in a subprocess.

The expected per-donor totals are computed here straight from the file with the csv module,
independently of the importer: the sum of `Converted Value in EUR` over rows with Type of Aid
General == Military and Total_value_dummy == 1, each package rounded to the cent (half-even),
for donors in our roster.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

import pytest

REFERENCE = Path(__file__).parents[2].parent / "shared" / "reference"
KIEL = REFERENCE / "kiel_ust_bilateral_main_data_items_cutoff-2023-05_utf16.csv"
needs_file = pytest.mark.skipif(not KIEL.is_file(), reason=f"Kiel reference file absent: {KIEL}")

# Kiel's donor names for roster members, as this test sees them (independent of the importer).
NOT_IN_ROSTER = {"Switzerland", "Taiwan", "European Investment Bank", "China", "India"}
CENT = Decimal("0.01")


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ramstein.cli", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=timeout, check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kiel_rows(path: Path = KIEL) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-16", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def expected_by_donor() -> dict[str, Decimal]:
    """Per Kiel donor name: the military package total in EUR, from the file itself."""
    header, rows = kiel_rows()
    ix = {name: i for i, name in enumerate(header)}
    per_package: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for row in rows:
        if row[ix["Type of Aid General"]] != "Military":
            continue
        if row[ix["Total_value_dummy (1 is first row in the package)"]] != "1":
            continue
        value = row[ix["Converted Value in EUR"]].strip()
        if value in ("", "."):
            continue
        per_package[(row[ix["Countries"]], row[ix["ID"]])] += Decimal(value)
    out: dict[str, Decimal] = defaultdict(Decimal)
    for (donor, _pid), value in per_package.items():
        if value > 0 and donor not in NOT_IN_ROSTER:
            out[donor] += value.quantize(CENT, rounding=ROUND_HALF_EVEN)
    return dict(out)


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    db = tmp_path / "kiel.db"
    done = run("demo", "--db", str(db), "--pledges", "0", "--deliveries", "0", "--quiet")
    assert done.returncode == 0, done.stderr
    return db


def summary(db: Path) -> dict[str, Any]:
    done = run("summary", "--db", str(db), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@needs_file
def test_import_matches_the_sheets_own_military_totals(fresh_db: Path) -> None:
    started = time.perf_counter()
    done = run("import-kiel", "--db", str(fresh_db), "--json", str(KIEL))
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    print(f"\nimport-kiel on {KIEL.name}: {elapsed:.2f} s wall (import {report['seconds']} s)")
    assert elapsed < 30
    assert report["applied"] is True
    assert report["rows"] == 1999

    expected = expected_by_donor()
    doc = summary(fresh_db)
    by_name = {d["name"]: d for d in doc["by_donor"]}
    by_code = {d["iso3"]: d for d in doc["by_donor"]}
    # Kiel name -> our roster, by code where the roster name differs.
    kiel_to_code = {"United States": "USA", "United Kingdom": "GBR", "Turkey": "TUR",
                    "South Korea": "KOR", "Czech Republic": "CZE",
                    "EU (Commission and Council)": "EUU", "European Peace Facility": "EUU"}
    want: dict[str, Decimal] = defaultdict(Decimal)
    for name, value in expected.items():
        code = kiel_to_code.get(name) or by_name.get(name, {}).get("iso3")
        assert code, f"Kiel donor {name!r} not found in the summary"
        want[code] += value
    got = {code: Decimal(d["pledged_eur"]) for code, d in by_code.items() if d["pledges"]}
    assert got == dict(want)
    assert {k: Decimal(v) for k, v in report["by_donor"].items()} == dict(want)
    assert doc["pledges"] == report["pledges"] == sum(d["pledges"] for d in doc["by_donor"])
    assert Decimal(doc["pledged_eur"]) == sum(want.values())

    # Skipped rows come with grouped reasons that account for every row.
    skipped = report["skipped"]
    assert skipped["non-military (humanitarian)"] == 463
    assert skipped["non-military (financial)"] == 100
    assert skipped["no value"] > 0
    assert report["pledges"] > 200


@needs_file
def test_second_import_adds_nothing(fresh_db: Path) -> None:
    first = run("import-kiel", "--db", str(fresh_db), str(KIEL))
    assert first.returncode == 0, first.stderr
    assert "pledges" in first.stdout and "skipped" in first.stdout
    before = summary(fresh_db)
    second = run("import-kiel", "--db", str(fresh_db), "--json", str(KIEL))
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)
    assert report["pledges"] == 0
    assert report["skipped_packages"]["duplicate (already imported, unchanged)"] == before["pledges"]
    assert summary(fresh_db) == before


@needs_file
def test_dry_run_changes_nothing(fresh_db: Path) -> None:
    before = digest(fresh_db)
    done = run("import-kiel", "--db", str(fresh_db), "--dry-run", "--json", str(KIEL))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pledges"] > 200
    assert digest(fresh_db) == before


@needs_file
def test_missing_required_column_is_rejected_by_name(fresh_db: Path, tmp_path: Path) -> None:
    header, rows = kiel_rows()
    drop = header.index("Converted Value in EUR")
    bad = tmp_path / "drift.csv"
    with bad.open("w", encoding="utf-16", newline="") as fh:
        writer = csv.writer(fh)
        for row in [header, *rows]:
            writer.writerow(row[:drop] + row[drop + 1:])
    before = digest(fresh_db)
    done = run("import-kiel", "--db", str(fresh_db), str(bad))
    assert done.returncode == 1
    assert "schema drift" in done.stderr and "'Converted Value in EUR'" in done.stderr
    assert "Traceback" not in done.stderr
    assert digest(fresh_db) == before
    assert summary(fresh_db)["pledges"] == 0

    as_json = run("import-kiel", "--db", str(fresh_db), "--json", str(bad))
    assert as_json.returncode == 1
    assert "Converted Value in EUR" in json.loads(as_json.stdout)["error"]


@needs_file
def test_utf8_csv_is_read_too(fresh_db: Path, tmp_path: Path) -> None:
    utf8 = tmp_path / "kiel-utf8.csv"
    utf8.write_text(KIEL.read_text(encoding="utf-16"), encoding="utf-8", newline="")
    done = run("import-kiel", "--db", str(fresh_db), "--dry-run", "--json", str(utf8))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == 1999


@needs_file
@pytest.mark.parametrize("kind", ["truncated", "garbage", "empty"])
def test_broken_files_give_a_clear_error(fresh_db: Path, tmp_path: Path, kind: str) -> None:
    bad = tmp_path / f"{kind}.csv"
    raw = KIEL.read_bytes()
    if kind == "truncated":
        bad.write_bytes(raw[: len(raw) // 3 + 1])  # odd length: cut inside a UTF-16 code unit
    elif kind == "garbage":
        bad.write_bytes(os.urandom(5000))
    else:
        bad.write_bytes(b"")
    before = digest(fresh_db)
    done = run("import-kiel", "--db", str(fresh_db), str(bad))
    assert done.returncode == 1
    assert done.stderr.startswith("ramstein: ") and bad.name in done.stderr, done.stderr
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr
    assert digest(fresh_db) == before


def test_reader_handles_kiel_traps(tmp_path: Path) -> None:
    """A tiny hand-made sheet: BOM, quoted newlines, '.' nulls, text dates, case variants."""
    from ramstein.exchange.kiel import REQUIRED, read_kiel

    header = [*REQUIRED, "Sub-type of item", "Source of Aid 1", "Total "]
    rows = [
        ["XXM1", "Germany", "until 2/24/2023", "Military", 'Tanks,\n"Leopard"', "Heavy Weapon",
         "3", ".", "1000.5", ".", "1", "Main Battle Tank (MBT)", "https://example.org/a", "."],
        ["XXM1", "Germany", "unclear, 10/2022", "military", "Shells", "Ammunition for heavy weapon",
         "undisclosed", "", "", "", "0", ".", "", ""],
    ]
    path = tmp_path / "tiny.csv"
    with path.open("w", encoding="utf-16", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    items = list(read_kiel(path))
    assert len(items) == 2
    first, second = items
    assert first.item == 'Tanks, "Leopard"'
    assert first.announced_on is not None and first.announced_on.isoformat() == "2023-02-24"
    assert second.announced_on is None and second.announced_raw == "unclear, 10/2022"
    assert first.value_eur == Decimal("1000.5") and first.delivered_eur is None
    assert first.units == 3 and first.units_delivered is None and second.units is None
    assert first.first_row and not second.first_row
    assert first.item_type == "heavy weapon" and second.aid_type == "military"
    assert first.source_url == "https://example.org/a"
    assert first.value_original is None


def test_capability_mapping() -> None:
    from ramstein.services.kiel_import import capability_code

    assert capability_code("Heavy weapon", "Main Battle Tank (MBT)", "Leopard 2A6") == "armour"
    assert capability_code("Heavy weapon", "155mm howitzer", "PzH 2000") == "artillery"
    assert capability_code("ammunition for heavy weapon", "155mm howitzer ammunition", "") == "artillery"
    assert capability_code("Portable defence system", "MANPADS", "Stinger") == "iamd"
    assert capability_code("Aviation and drones", "Drone", "Bayraktar") == "drones"
    assert capability_code("Aviation and drones", "Combat aircraft", "MiG-29") == "air_force"
    assert capability_code("Light armaments & infantry", "SALW", "Rifles") == "other"
    assert capability_code(".", ".", "") == "other"


def _tiny_rows() -> tuple[list[str], list[list[str]]]:
    from ramstein.exchange.kiel import REQUIRED

    header = [*REQUIRED, "Sub-type of item"]
    rows = [
        ["CHM1", "Switzerland", "2022-03-01 00:00:00", "Military", "Helmets", "Military equipment",
         "100", "100", "5000", "5000", "1", "."],
        ["DEM9", "Germany", "until 2/24/2023", "Military", "Leopard 2", "Heavy weapon",
         "14", "4", "700000000.005", "100", "1", "Main Battle Tank (MBT)"],
        ["DEM9", "Germany", "until 2/24/2023", "Military", "Shells", "Ammunition for heavy weapon",
         "1000", ".", "", "", "0", "155mm howitzer ammunition"],
        ["DEH9", "Germany", "2022-03-01 00:00:00", "Humanitarian", "Tents", "Humanitarian",
         ".", ".", "10", ".", "1", "."],
    ]
    return header, rows


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_unknown_donors_are_skipped_and_packages_mapped(ws: Any, tmp_path: Path, fmt: str) -> None:
    from ramstein.services.kiel_import import import_kiel

    header, rows = _tiny_rows()
    if fmt == "csv":
        path = tmp_path / "tiny.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows([header, *rows])
    else:
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        book.active.title = "Country Summary (€)"
        sheet = book.create_sheet("Bilateral Assistance, MAIN DATA")
        for row in [header, *rows]:
            sheet.append(row)
        path = tmp_path / "tiny.xlsx"
        book.save(path)
    result = import_kiel(ws, path)
    assert result.applied and result.pledges == 1
    assert result.skipped == {"unknown donor Switzerland": 1, "non-military (humanitarian)": 1}
    assert result.by_donor == {"DEU": Decimal("700000000.00")}
    assert result.dates_from_text == 1
    pledge = next(p for p in (ws.pledges.get(r[0]) for r in ws.pledges.table_rows())
                  if p.reference == "KIEL-DEM9")
    assert pledge.item == "Leopard 2 and 1 more items"
    assert pledge.status.value == "in_delivery"
    assert pledge.announced_on is not None and pledge.announced_on.isoformat() == "2023-02-24"
    assert "Shells: 1000 committed, undisclosed delivered" in pledge.notes
    assert pledge.source_ref.startswith("Kiel UST ID DEM9")
    assert ws.reference.capabilities_by_id[pledge.capability_id].code in ("armour", "artillery")
    again = import_kiel(ws, path)
    assert again.pledges == 0 and again.skipped["duplicate (already imported, unchanged)"] == 2
