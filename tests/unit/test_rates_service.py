"""Exchange rates: set, change and delete a rate, import a CSV; pledges follow in EUR."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ramstein.domain.enums import DeliveryStatus
from ramstein.domain.errors import DomainError, InvalidMoney
from ramstein.storage import queries

from .helpers import sql, sql_one, table_counts


def _eur(ws: Any, pledge_id: int) -> Decimal:
    return Decimal(sql_one(ws.path, "SELECT value_eur_cents FROM pledges WHERE id = ?",
                           (pledge_id,))).scaleb(-2)


def _delivered_values(ws: Any, pledge_id: int) -> list[Decimal]:
    return [Decimal(c).scaleb(-2) for (c,) in sql(
        ws.path, "SELECT value_eur_cents FROM deliveries WHERE pledge_id = ? ORDER BY id",
        (pledge_id,))]


def _rates_in_file(ws: Any) -> list[tuple[Any, ...]]:
    return sql(ws.path, "SELECT currency, on_date, units_per_eur, source FROM exchange_rates "
                        "ORDER BY currency, on_date")


def _rate_audit(ws: Any, entity_id: str) -> list[Any]:
    return queries.audit_for(ws.db.reader, "rate", entity_id)


@pytest.fixture
def usd(ws: Any, make_pledge: Any) -> dict[str, Any]:
    """USD pledges either side of 2025-07-01, plus an EUR and a GBP pledge that must not move."""
    early = make_pledge(donor="USA", value_amount=Decimal(1_000_000), currency="USD",
                        quantity=Decimal(10), announced_on=date(2025, 3, 1))
    late = make_pledge(donor="USA", value_amount=Decimal(1_000_000), currency="USD",
                       quantity=Decimal(10), announced_on=date(2025, 9, 1))
    eur = make_pledge(donor="DEU", value_amount=Decimal(1_000_000), currency="EUR",
                      announced_on=date(2025, 9, 1))
    gbp = make_pledge(donor="GBR", value_amount=Decimal(1_000_000), currency="GBP",
                      announced_on=date(2025, 9, 1))
    ws.deliveries.create(late.id, quantity=Decimal(3), planned_on=date(2025, 10, 1),
                         status=DeliveryStatus.DELIVERED, actual_on=date(2025, 10, 2))
    ws.deliveries.create(late.id, quantity=Decimal(7), planned_on=date(2026, 2, 1))
    # Both valued with the 2025 annual rate, 1.1295 USD per EUR.
    assert _eur(ws, early.id) == _eur(ws, late.id) == Decimal("885347.50")
    assert sum(_delivered_values(ws, late.id)) == Decimal("885347.50")
    return {"early": early, "late": late, "eur": eur, "gbp": gbp}


# ---------------------------------------------------------------- set_rate


def test_a_new_rate_revalues_later_pledges_only(ws: Any, usd: dict[str, Any]) -> None:
    others = {k: _eur(ws, usd[k].id) for k in ("eur", "gbp")}
    revalued = ws.rates.set_rate("usd", date(2025, 7, 1), "1.20", "ECB 2025-07-01")
    assert revalued == 1
    assert ("USD", "2025-07-01", "1.2", "ECB 2025-07-01") in _rates_in_file(ws)
    assert _eur(ws, usd["late"].id) == Decimal("833333.33")  # 1,000,000 / 1.20
    assert _eur(ws, usd["early"].id) == Decimal("885347.50")  # before the new rate: unchanged
    assert {k: _eur(ws, usd[k].id) for k in ("eur", "gbp")} == others
    # The service and a fresh read agree with the file.
    assert ws.pledges.get(usd["late"].id).value_eur == Decimal("833333.33")
    assert ws.reference.rates.rate_for("USD", date(2025, 8, 1)).units_per_eur == Decimal("1.2")


def test_a_rate_change_revalues_the_deliveries_too(ws: Any, usd: dict[str, Any]) -> None:
    ws.rates.set_rate("USD", date(2025, 7, 1), "1.20")
    values = _delivered_values(ws, usd["late"].id)
    assert values == [Decimal("250000.00"), Decimal("583333.33")]
    assert sum(values) <= _eur(ws, usd["late"].id)
    row = next(r for r in ws.pledges.table_rows() if r[0] == usd["late"].id)
    assert row[14] == 25000000  # the delivered column shows the new value


def test_a_new_rate_is_audited_with_the_number_of_revalued_pledges(ws: Any,
                                                                  usd: dict[str, Any]) -> None:
    ws.rates.set_rate("USD", date(2025, 7, 1), Decimal("1.20"), "ECB")
    [entry] = _rate_audit(ws, "USD:2025-07-01")
    assert entry.action == "create"
    assert entry.user == "tester"
    assert entry.before is None
    assert entry.after == {"units_per_eur": "1.2", "source": "ECB", "revalued_pledges": 1}


def test_changing_an_existing_rate_is_audited_with_before_and_after(ws: Any,
                                                                   usd: dict[str, Any]) -> None:
    ws.rates.set_rate("USD", date(2025, 7, 1), "1.2", "first guess")
    revalued = ws.rates.set_rate("USD", date(2025, 7, 1), "1.25", "ECB final")
    assert revalued == 1
    assert _eur(ws, usd["late"].id) == Decimal("800000.00")
    assert sql(ws.path, "SELECT units_per_eur, source FROM exchange_rates WHERE currency = 'USD' "
                        "AND on_date = '2025-07-01'") == [("1.25", "ECB final")]
    latest = _rate_audit(ws, "USD:2025-07-01")[0]
    assert latest.action == "update"
    assert latest.before == {"units_per_eur": "1.2", "source": "first guess"}
    assert latest.after == {"units_per_eur": "1.25", "source": "ECB final", "revalued_pledges": 1}


def test_changing_the_rate_a_pledge_was_valued_with(ws: Any, usd: dict[str, Any]) -> None:
    # Correcting the 2025 annual rate moves both 2025 pledges.
    assert ws.rates.set_rate("USD", date(2025, 1, 1), "1.25") == 2
    assert _eur(ws, usd["early"].id) == _eur(ws, usd["late"].id) == Decimal("800000.00")


@pytest.mark.parametrize("code", ["EUR", "eur", " Eur "])
def test_eur_needs_no_rate(ws: Any, code: str) -> None:
    before = table_counts(ws.path)
    with pytest.raises(DomainError, match="EUR needs no rate"):
        ws.rates.set_rate(code, date(2025, 1, 1), "1")
    assert table_counts(ws.path) == before


@pytest.mark.parametrize("value", ["0", "-1.1", Decimal("-0.5"), 0])
def test_zero_or_negative_rates_are_refused(ws: Any, usd: dict[str, Any], value: Any) -> None:
    rates = _rates_in_file(ws)
    with pytest.raises(InvalidMoney) as exc:
        ws.rates.set_rate("USD", date(2025, 7, 1), value)
    assert "must be above 0" in str(exc.value)
    assert "USD" in str(exc.value)
    assert _rates_in_file(ws) == rates
    assert _eur(ws, usd["late"].id) == Decimal("885347.50")


def test_unknown_currency_and_junk_values_are_refused(ws: Any) -> None:
    rates = _rates_in_file(ws)
    with pytest.raises(InvalidMoney, match="'XYZ' is not an ISO 4217"):
        ws.rates.set_rate("XYZ", date(2025, 1, 1), "1.2")
    with pytest.raises(InvalidMoney, match="rate: 'abc' is not a number"):
        ws.rates.set_rate("USD", date(2025, 1, 1), "abc")
    assert _rates_in_file(ws) == rates


# ---------------------------------------------------------------- delete_rate


def test_deleting_a_rate_falls_back_to_the_previous_one(ws: Any, usd: dict[str, Any]) -> None:
    revalued = ws.rates.delete_rate("USD", date(2025, 1, 1))
    assert revalued == 2
    # Now the 2024 rate (1.0824) values both 2025 pledges.
    assert _eur(ws, usd["early"].id) == _eur(ws, usd["late"].id) == Decimal("923872.88")
    assert ("USD", "2025-01-01") not in {(c, d) for c, d, _, _ in _rates_in_file(ws)}
    entry = _rate_audit(ws, "USD:2025-01-01")[0]
    assert entry.action == "delete"
    assert entry.before is not None and entry.before["units_per_eur"] == "1.1295"
    assert entry.after == {"revalued_pledges": 2}


def test_the_last_rate_of_a_currency_in_use_cannot_be_deleted(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(donor="AUS", value_amount=Decimal(1_000_000), currency="AUD",
                         announced_on=date(2024, 6, 1))
    for year in (2022, 2023, 2024, 2025):
        ws.rates.delete_rate("AUD", date(year, 1, 1))
    # Only the 2026 rate (1.76) is left; it values the pledge.
    assert _eur(ws, pledge.id) == Decimal("568181.82")
    rates = _rates_in_file(ws)
    with pytest.raises(DomainError) as exc:
        ws.rates.delete_rate("AUD", date(2026, 1, 1))
    assert "1 pledges are in AUD" in str(exc.value)
    assert "keep at least one AUD rate" in str(exc.value)
    assert _rates_in_file(ws) == rates
    assert _eur(ws, pledge.id) == Decimal("568181.82")


def test_every_rate_of_an_unused_currency_can_be_deleted(ws: Any) -> None:
    for year in range(2022, 2027):
        ws.rates.delete_rate("ISK", date(year, 1, 1))
    assert [r for r in ws.rates.all() if r.currency == "ISK"] == []


def test_several_rates_are_deleted_together_or_not_at_all(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(donor="AUS", value_amount=Decimal(1_000_000), currency="AUD",
                         announced_on=date(2024, 6, 1))
    rates = _rates_in_file(ws)
    every_aud = [("AUD", date(year, 1, 1)) for year in range(2022, 2027)]
    with pytest.raises(DomainError, match="keep at least one AUD rate"):
        ws.rates.delete_rates(every_aud)
    assert _rates_in_file(ws) == rates  # the first four were not deleted either

    revalued = ws.rates.delete_rates([*every_aud[:4], ("ISK", date(2022, 1, 1))])
    assert revalued == 1
    assert _eur(ws, pledge.id) == Decimal("568181.82")  # the 2026 rate (1.76) is left
    assert len(_rates_in_file(ws)) == len(rates) - 5
    entry = _rate_audit(ws, "AUD:2024-01-01")[0]
    assert entry.action == "delete"
    assert entry.after == {"revalued_pledges": 1, "deleted_together": 5}


def test_deleting_several_with_one_missing_deletes_none(ws: Any) -> None:
    rates = _rates_in_file(ws)
    with pytest.raises(DomainError, match="no USD rate on 2025-07-01 to delete"):
        ws.rates.delete_rates([("ISK", date(2022, 1, 1)), ("USD", date(2025, 7, 1))])
    assert _rates_in_file(ws) == rates


def test_deleting_a_rate_that_does_not_exist_says_so(ws: Any) -> None:
    with pytest.raises(DomainError, match="no USD rate on 2025-07-01 to delete"):
        ws.rates.delete_rate("USD", date(2025, 7, 1))


# ---------------------------------------------------------------- import_csv

GOOD_ROWS = [
    # (currency, date, units_per_eur): one unchanged, one changed, one new
    ("USD", "2024-01-01", "1.0824"),
    ("USD", "2025-01-01", "1.13"),
    ("USD", "2025-07-01", "1.20"),
]


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("header", "delimiter", "encoding"),
    [
        (("currency", "date", "units_per_eur"), ",", "utf-8"),
        (("date", "units_per_eur", "currency"), ",", "utf-8"),  # any order
        (("Date", "Rate", "Currency"), ",", "utf-8-sig"),  # `rate` alias, any case, BOM
        (("currency", "date", "rate"), ";", "utf-8"),  # semicolons (European Excel)
        (("units_per_eur", "currency", "date"), ";", "utf-16"),  # UTF-16 with its BOM
        (("currency", "date", "units_per_eur"), "\t", "utf-16"),
    ],
)
def test_a_good_file_is_imported_in_any_layout(ws: Any, usd: dict[str, Any], tmp_path: Path,
                                               header: tuple[str, ...], delimiter: str,
                                               encoding: str) -> None:
    order = [h.casefold().replace("rate", "units_per_eur") for h in header]
    lines = [delimiter.join(header)]
    for cur, day, value in GOOD_ROWS:
        cells = {"currency": cur, "date": day, "units_per_eur": value}
        lines.append(delimiter.join(cells[k] for k in order))
    path = _write(tmp_path / "ecb.csv", "\r\n".join(lines) + "\r\n", encoding)
    if encoding == "utf-16":
        assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")

    report = ws.rates.import_csv(path)

    assert (report.added, report.changed, report.unchanged) == (1, 1, 1)
    assert report.revalued_pledges == 2
    rates = {(c, d): (u, s) for c, d, u, s in _rates_in_file(ws)}
    assert rates[("USD", "2025-07-01")] == ("1.2", "import of ecb.csv")
    assert rates[("USD", "2025-01-01")][0] == "1.13"
    assert rates[("USD", "2024-01-01")][0] == "1.0824"
    assert _eur(ws, usd["early"].id) == Decimal("884955.75")  # 1,000,000 / 1.13
    assert _eur(ws, usd["late"].id) == Decimal("833333.33")  # 1,000,000 / 1.20
    [entry] = _rate_audit(ws, "ecb.csv")
    assert entry.action == "import"
    assert entry.after == {"added": 1, "changed": 1, "revalued_pledges": 2}


def test_import_keeps_the_source_column_when_given(ws: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "r.csv", "source,currency,date,units_per_eur\n"
                                      "ECB daily,PLN,2025-07-01,4.25\n")
    report = ws.rates.import_csv(path)
    assert (report.added, report.changed, report.unchanged) == (1, 0, 0)
    assert ("PLN", "2025-07-01", "4.25", "ECB daily") in _rates_in_file(ws)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(ws: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "r.csv", "currency,date,units_per_eur\nUSD,2025-07-01,1.2\n")
    ws.rates.import_csv(path)
    counts = table_counts(ws.path)
    again = ws.rates.import_csv(path)
    assert (again.added, again.changed, again.unchanged, again.revalued_pledges) == (0, 0, 1, 0)
    assert table_counts(ws.path) == counts  # not even an audit entry


def test_dry_run_reports_and_writes_nothing(ws: Any, usd: dict[str, Any], tmp_path: Path) -> None:
    path = _write(tmp_path / "ecb.csv", "currency,date,units_per_eur\n"
                  + "".join(f"{c},{d},{v}\n" for c, d, v in GOOD_ROWS))
    rates = _rates_in_file(ws)
    counts = table_counts(ws.path)
    report = ws.rates.import_csv(path, dry_run=True)
    assert (report.added, report.changed, report.unchanged) == (1, 1, 1)
    assert _rates_in_file(ws) == rates
    assert table_counts(ws.path) == counts
    assert _eur(ws, usd["late"].id) == Decimal("885347.50")


def test_a_bad_file_names_its_lines_and_imports_nothing(ws: Any, usd: dict[str, Any],
                                                        tmp_path: Path) -> None:
    path = _write(tmp_path / "rates-2025.csv", "\n".join([
        "currency,date,units_per_eur",
        "USD,2025-07-01,1.20",     # line 2: fine
        "XYZ,2025-07-01,3.5",      # line 3: unknown currency
        "GBP,2025-13-01,0.86",     # line 4: no 13th month
        "PLN,2025-07-01,4.25",     # line 5: fine
        "PLN,2025-07-01,4.30",     # line 6: same currency and date as line 5
    ]) + "\n")
    rates = ws.rates.all()
    counts = table_counts(ws.path)
    with pytest.raises(DomainError) as exc:
        ws.rates.import_csv(path)
    message = str(exc.value)
    assert "rates-2025.csv, line 3" in message and "'XYZ'" in message
    assert "rates-2025.csv, line 4, date: '2025-13-01' is not a date" in message
    assert "rates-2025.csv, line 6" in message and "already given on line 5" in message
    assert "line 2" not in message
    assert "Nothing was imported" in message
    assert ws.rates.all() == rates
    assert table_counts(ws.path) == counts
    assert _eur(ws, usd["late"].id) == Decimal("885347.50")


def test_a_zero_rate_in_a_file_is_refused_with_its_line(ws: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "r.csv", "currency,date,units_per_eur\nUSD,2025-07-01,0\n")
    with pytest.raises(DomainError, match=r"r\.csv, line 2: rate: 0 must be above 0"):
        ws.rates.import_csv(path)


def test_a_file_without_the_needed_columns_is_refused(ws: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "r.csv", "currency,day,value\nUSD,2025-07-01,1.2\n")
    with pytest.raises(DomainError, match=r"r\.csv, line 1: missing column\(s\) date, units_per_eur"):
        ws.rates.import_csv(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("\r\n", "the file is empty"),
        ("currency,date,units_per_eur\r\n", "no rates found below the header"),
        ("currency;date;units_per_eur\n\n;;\n", "no rates found below the header"),
    ],
)
def test_empty_and_header_only_files_are_refused(ws: Any, tmp_path: Path, text: str,
                                                 message: str) -> None:
    path = _write(tmp_path / "empty.csv", text)
    rates = ws.rates.all()
    with pytest.raises(DomainError) as exc:
        ws.rates.import_csv(path)
    assert "empty.csv" in str(exc.value)
    assert message in str(exc.value)
    assert ws.rates.all() == rates


def test_a_binary_file_is_refused(ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "rates.xlsx"
    path.write_bytes(b"PK\x03\x04\xff\xfe\x00\x9c" * 10)
    with pytest.raises(DomainError, match=r"rates\.xlsx: not a UTF-8 or UTF-16 text file"):
        ws.rates.import_csv(path)


def test_the_shipped_rates_file_imports_as_all_unchanged(ws: Any, tmp_path: Path) -> None:
    from ramstein.paths import resource

    shipped = resource("rates", "eur_rates.csv")
    counts = table_counts(ws.path)
    report = ws.rates.import_csv(shipped)
    assert report.unchanged == len(ws.rates.all()) == counts["exchange_rates"]
    assert (report.added, report.changed, report.revalued_pledges) == (0, 0, 0)
    assert table_counts(ws.path) == counts
