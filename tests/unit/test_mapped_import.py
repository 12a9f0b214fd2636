"""The column-mapping import of foreign sheets: reading, profiles, plan and apply."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ramstein.domain.errors import DomainError
from ramstein.exchange.foreign_sheet import SheetFileError, read_sheet, sheet_names
from ramstein.services.mapped_import import (
    KIEL_PROFILE,
    FieldSource,
    MappingProfile,
    ProfileError,
    ProfileStore,
    import_mapped,
    parse_date,
    parse_number,
    plan_mapped,
    suggest_mapping,
)

from .helpers import file_digest, sql, sql_one

# A ministry's delivery list: a title block, the columns in its own order, extra columns,
# day-first text dates, decimal-comma numbers and the donor written two ways.
HEADER = ["Ref No", "Date of announcement", "Country", "Equipment", "Pieces", "Amount",
          "Cur.", "Internal code", "Remarks"]
ROWS = [
    ["LV-1", "24/02/2023", "Deutschland", "Gepard SPAAG", "15", "1.234,5", "EUR", "x-17", ""],
    ["LV-2", "03/04/2023", "Germany", "IRIS-T SLM", "1", "140.000.000", "EUR", "x-18", "fire unit"],
    ["LV-3", "12/05/2023", "Latvija", "Stinger MANPADS", "10", "2.500,75", "USD", "x-19", ""],
    ["LV-4", "", "Total", "", "", "142.000.000", "", "", ""],
]


def _xlsx(path: Path, rows: list[list[Any]] = ROWS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Deliveries 2023"
    sheet.append(["Ministry of Defence: aid deliveries 2023"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.create_sheet("Notes").append(["nothing to see"])
    book.save(path)
    return path


def _profile(**kw: Any) -> MappingProfile:
    values: dict[str, Any] = {
        "name": "Latvia MoD deliveries",
        "fields": {
            "donor": FieldSource("Country"), "item": FieldSource("Equipment"),
            "capability": FieldSource(constant="IAMD"), "quantity": FieldSource("Pieces"),
            "value": FieldSource("Amount"), "currency": FieldSource("Cur."),
            "announced": FieldSource("Date of announcement"), "notes": FieldSource("Remarks"),
            "status": FieldSource(constant="committed"),
        },
        "day_first": True, "decimal_comma": True,
        "donor_aliases": {"Deutschland": "DEU", "Latvija": "LVA", "Total": "-"},
        "reference_column": "Ref No",
    }
    values.update(kw)
    return MappingProfile(**values)


def _pledges(db: Path) -> list[tuple[Any, ...]]:
    return sql(db, "SELECT m.code, p.item, p.quantity_milli, p.value_amount_milli, p.currency, "
                   "p.announced_on, p.status, p.source_ref, p.notes FROM pledges p "
                   "JOIN members m ON m.id = p.donor_id ORDER BY p.id")


# ---------------------------------------------------------------- reading
def test_the_header_is_found_below_a_title_block(tmp_path: Path) -> None:
    data = read_sheet(_xlsx(tmp_path / "mod.xlsx"))
    assert data.sheet == "Deliveries 2023"
    assert data.header_row == 3
    assert data.headers == tuple(HEADER)
    assert [r.number for r in data.rows] == [4, 5, 6, 7]
    assert data.where(data.rows[1], 5) == ("Deliveries 2023", "F5")
    assert sheet_names(tmp_path / "mod.xlsx") == ["Deliveries 2023", "Notes"]


def test_a_given_header_row_and_sheet_are_used(tmp_path: Path) -> None:
    data = read_sheet(_xlsx(tmp_path / "mod.xlsx"), sheet="notes", header_row=1)
    assert data.sheet == "Notes" and data.headers == ("nothing to see",)
    with pytest.raises(SheetFileError, match="no sheet 'Budget'"):
        read_sheet(tmp_path / "mod.xlsx", sheet="Budget")


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-16", "\t"), ("utf-8-sig", ";"),
                                                     ("utf-8", ",")])
def test_csv_files_in_each_encoding_and_delimiter(tmp_path: Path, encoding: str,
                                                  delimiter: str) -> None:
    lines = [delimiter.join(HEADER)] + [delimiter.join(f'"{c}"' if delimiter in c else c
                                                       for c in row) for row in ROWS[:3]]
    path = tmp_path / "mod.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    data = read_sheet(path)
    assert data.is_csv and data.headers == tuple(HEADER)
    assert data.rows[0].values[2] == "Deutschland"
    assert data.where(data.rows[2], 5) == ("mod.csv", "line 4, column 'Amount'")


def test_a_broken_or_unsafe_file_is_refused_with_its_name(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SheetFileError, match=r"fake\.xlsx"):
        read_sheet(fake)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Country;Item\nT\xfcrkiye;Drones\n".encode("latin-1"))
    with pytest.raises(SheetFileError, match=r"latin\.csv: not readable as UTF-8"):
        read_sheet(latin)


# ---------------------------------------------------------------- cells
def test_dates_follow_the_profile_order() -> None:
    assert parse_date("24/02/2023", day_first=True) == date(2023, 2, 24)
    assert parse_date("03/04/2023", day_first=True) == date(2023, 4, 3)
    assert parse_date("03/04/2023", day_first=False) == date(2023, 3, 4)
    assert parse_date("until 2/24/2023", day_first=False) == date(2023, 2, 24)
    assert parse_date("24.02.2023", day_first=True) == date(2023, 2, 24)
    assert parse_date("24 Feb 2023", day_first=True) == date(2023, 2, 24)
    assert parse_date(".", day_first=True) is None
    with pytest.raises(DomainError, match="not a day/month/year date"):
        parse_date("2/24/2023", day_first=True)


def test_numbers_follow_the_profile_decimal_mark() -> None:
    assert parse_number("1.234,5", decimal_comma=True) == Decimal("1234.5")
    assert parse_number("140.000.000", decimal_comma=True) == Decimal(140_000_000)
    assert parse_number("1,234.5", decimal_comma=False) == Decimal("1234.5")
    assert parse_number(2.5, decimal_comma=True) == Decimal("2.5")
    assert parse_number(".", decimal_comma=False) is None
    with pytest.raises(DomainError, match="ambiguous"):
        parse_number("1,5", decimal_comma=False)
    with pytest.raises(DomainError, match=r"written 1\.234,5"):
        parse_number("1,234.5", decimal_comma=True)


def test_suggested_mapping_by_header_similarity() -> None:
    suggested = suggest_mapping(["Country", "Announcement Date", "Items", "No. of Units",
                                 "Value (EUR)", "Currency", "Comments", "Internal code"])
    assert {k: v.column for k, v in suggested.items()} == {
        "donor": "Country", "item": "Items", "quantity": "No. of Units", "value": "Value (EUR)",
        "currency": "Currency", "announced": "Announcement Date", "notes": "Comments"}


# ---------------------------------------------------------------- profiles
def test_profiles_save_load_round_trip_and_delete(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "mappings")
    profile = _profile(sheet="Deliveries 2023", header_row=3)
    path = store.save(profile)
    assert path.parent == tmp_path / "mappings" and path.suffix == ".json"
    assert store.load("latvia mod deliveries") == profile
    assert store.names() == [KIEL_PROFILE, "Latvia MoD deliveries"]
    store.delete(profile.name)
    assert store.names() == [KIEL_PROFILE]


def test_the_default_store_lives_in_the_config_folder(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("RAMSTEIN_CONFIG_DIR", str(tmp_path / "cfg"))
    assert ProfileStore().folder == tmp_path / "cfg" / "mappings"


def test_the_built_in_kiel_profile_is_read_only(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    assert store.load(KIEL_PROFILE).builtin
    with pytest.raises(ProfileError, match="built in"):
        store.save(MappingProfile(KIEL_PROFILE))
    with pytest.raises(ProfileError, match="built in"):
        store.delete(KIEL_PROFILE)


def test_a_bad_profile_file_is_named(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.save(_profile())
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json", encoding="utf-8")
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"format": "ramstein-mapping-profile", "name": "Odd",
                               "fields": {"donour": {"column": "Country"}}}), encoding="utf-8")
    profiles, problems = store.profiles()
    assert [p.name for p in profiles] == [KIEL_PROFILE, "Latvia MoD deliveries"]
    assert any(str(bad) in p and "not valid JSON" in p for p in problems)
    assert any(str(odd) in p and "'donour' is not a pledge field" in p for p in problems)
    with pytest.raises(ProfileError, match=r"odd\.json"):
        store.load("odd")


# ---------------------------------------------------------------- plan and apply
def test_plan_maps_every_row_and_writes_nothing(ws: Any, db_path: Path, tmp_path: Path) -> None:
    before = file_digest(db_path)
    plan = plan_mapped(ws, _xlsx(tmp_path / "mod.xlsx"), _profile())
    assert plan.errors == []
    assert [r.state for r in plan.rows] == ["new", "new", "new", "skipped"]
    first = plan.rows[0].shown
    assert first["donor"] == "Germany" and first["item"] == "Gepard SPAAG"
    assert first["value"] == "1,234.5" and first["announced"] == "2023-02-24"
    assert first["source"] == "latvia-mod-deliveries:LV-1"
    assert plan.rows[2].shown["donor"] == "Latvia" and plan.rows[2].shown["currency"] == "USD"
    assert "Total" in plan.skipped[0].reason
    assert file_digest(db_path) == before


def test_apply_creates_the_pledges_audited_after_a_backup(ws: Any, db_path: Path,
                                                          tmp_path: Path) -> None:
    result = import_mapped(ws, _xlsx(tmp_path / "mod.xlsx"), _profile())
    assert result.applied and result.new == 3 and result.errors == []
    assert result.backup is not None and result.backup.is_file()
    rows = _pledges(db_path)
    assert [r[0] for r in rows] == ["DEU", "DEU", "LVA"]
    assert rows[0][1:7] == ("Gepard SPAAG", 15_000, 1_234_500, "EUR", "2023-02-24", "committed")
    assert rows[1][3] == 140_000_000_000 and rows[1][8] == "fire unit"
    assert rows[2][4] == "USD"
    assert rows[0][7] == "latvia-mod-deliveries:LV-1"
    audited = sql_one(db_path, "SELECT COUNT(*) FROM audit_log WHERE entity = 'pledge' "
                               "AND source LIKE 'import of mod.xlsx%'")
    assert audited == 3


def test_a_re_import_adds_nothing(ws: Any, db_path: Path, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "mod.xlsx")
    import_mapped(ws, path, _profile())
    again = import_mapped(ws, path, _profile())
    assert again.applied and again.new == 0 and again.already_imported == 3
    assert len(_pledges(db_path)) == 3
    # next month's edition: one more row, only that one is added
    _xlsx(path, [*ROWS, ["LV-5", "01/06/2023", "Germany", "Leopard 1A5", "10", "", "", "", ""]])
    third = import_mapped(ws, path, _profile())
    assert third.new == 1 and third.already_imported == 3
    assert len(_pledges(db_path)) == 4


def test_one_bad_row_applies_nothing_and_names_the_cell(ws: Any, db_path: Path,
                                                        tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][2] = "Germny"  # Deliveries 2023!C5
    rows[2][5] = "2,500.75"  # F6: a point where the profile reads a decimal comma
    before = file_digest(db_path)
    result = import_mapped(ws, _xlsx(tmp_path / "mod.xlsx", rows), _profile())
    assert not result.applied and result.backup is None
    found = {(e.sheet, e.cell): e.message for e in result.errors}
    assert found[("Deliveries 2023", "C5")] == ("Donor: 'Germny' is not a known donor; "
                                                 "did you mean Germany?")
    assert "F6" in {c for _s, c in found}
    assert str(result.errors[0]).startswith("Deliveries 2023!C5: Donor:")
    assert _pledges(db_path) == [] and file_digest(db_path) == before


def test_a_csv_error_names_the_line_and_column(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "mod.csv"
    rows = [HEADER, *ROWS[:3]]
    rows[2] = [*rows[2][:1], "31/02/2023", *rows[2][2:]]
    path.write_text("\n".join("\t".join(r) for r in rows), encoding="utf-16")
    plan = plan_mapped(ws, path, _profile())
    assert [str(e) for e in plan.errors] == [
        "mod.csv line 3, column 'Date of announcement': Announced: '31/02/2023' is not a "
        "day/month/year date (the mapping reads dates day first)"]


def test_missing_columns_and_constants_are_profile_errors(ws: Any, tmp_path: Path) -> None:
    fields = dict(_profile().fields)
    fields["item"] = FieldSource("Material")
    fields["capability"] = FieldSource(constant="artilery")
    plan = plan_mapped(ws, _xlsx(tmp_path / "mod.xlsx"), _profile(fields=fields))
    messages = [str(e) for e in plan.errors]
    assert any("Capability (constant): 'artilery' is not a known capability; did you mean "
               "Artillery?" in m for m in messages)
    assert any("has no column 'Material' (Item)" in m for m in messages)
    assert plan.rows == []


def test_a_reference_twice_in_the_sheet_is_an_error(ws: Any, tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS[:3]]
    rows[2][0] = "LV-1"
    plan = plan_mapped(ws, _xlsx(tmp_path / "mod.xlsx", rows), _profile())
    assert [(e.cell, e.message) for e in plan.errors] == [
        ("A6", "Ref No: 'LV-1' appears twice (also in row 4)")]


def test_the_kiel_profile_runs_the_kiel_importer(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "kiel.csv"
    header = ["ID", "Countries", "Announcement Date", "Type of Aid General", "Items",
              "Type of Item", "No. of Units", "No. of Units Delivered (in-kind military aid)",
              "Converted Value in EUR", "Total monetary value delivered in EUR",
              "Total_value_dummy (1 is first row in the package)"]
    row = ["77", "Germany", "2/24/2023", "Military", "Leopard 2A6", "Heavy weapon", "14", ".",
           "200000000", ".", "1"]
    path.write_text("\n".join(",".join(r) for r in (header, row)), encoding="utf-8")
    result = import_mapped(ws, path, ProfileStore(tmp_path).load(KIEL_PROFILE))
    assert result.applied and result.new == 1
    again = import_mapped(ws, path, ProfileStore(tmp_path).load(KIEL_PROFILE))
    assert again.new == 0 and again.already_imported == 1
