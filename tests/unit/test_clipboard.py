"""Copy pledges as TSV (safe in Excel) and paste them back with row/column-named errors."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ramstein.domain.enums import Channel, PledgeStatus
from ramstein.domain.errors import DomainError
from ramstein.services import clipboard as C
from ramstein.services import pledge_rows as R

from .helpers import table_counts

S = PledgeStatus

TRICKY_NOTES = [
    '=HYPERLINK("http://evil.example/x","click")',
    "=1+1",
    "+49 30 1234 (ministry desk)",
    "@planner check",
    "-5 vehicles short, see letter",
    "first line\nsecond line",
    "col a\tcol b",
    'the "big" batch',
    "-5",
    "'quoted' by the ministry",
]


def _records(tsv: str) -> list[list[str]]:
    """Read TSV as a spreadsheet would on paste."""
    return list(csv.reader(io.StringIO(tsv), delimiter="\t"))


def _as_draft_fields(p: Any) -> tuple[Any, ...]:
    return (p.donor_id, p.capability_id, p.item, p.quantity, p.unit, p.value_amount, p.currency,
            p.announced_on, p.status, p.channel, p.source_ref, p.notes)


@pytest.fixture
def tricky_rows(demo_ws: Any) -> list[R.Row]:
    """Demo rows whose notes hold formulas, tabs, newlines and quotes."""
    rows = demo_ws.pledges.table_rows()[:len(TRICKY_NOTES)]
    for row, note in zip(rows, TRICKY_NOTES, strict=True):
        demo_ws.pledges.update(row[R.ID], row[R.VERSION], {"notes": note})
    return demo_ws.pledges.table_rows()


# ---------------------------------------------------------------- copy


def test_copy_has_a_header_and_one_line_per_row(demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()[:50]
    tsv = C.rows_to_tsv(rows)
    lines = tsv.split("\r\n")
    assert lines[-1] == ""  # ends with a line break, as Excel's own copy does
    assert lines[0] == "\t".join(C.HEADERS)
    assert lines[0].startswith("Reference\tDonor\tCapability\tItem\tQuantity")
    assert len(lines[1:-1]) == len(rows)
    for line, row in zip(lines[1:-1], rows, strict=True):
        cells = line.split("\t")
        assert len(cells) == len(C.HEADERS)
        assert cells[0] == row[R.REF]
        assert cells[1] == row[R.DONOR]
    assert C.rows_to_tsv(rows, header=False).split("\r\n")[0] == lines[1]


def test_copy_writes_plain_numbers_and_iso_dates(demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()
    records = _records(C.rows_to_tsv(rows))
    col = {h: i for i, h in enumerate(records[0])}
    big = 0
    for rec, row in zip(records[1:], rows, strict=True):
        for name in ("Quantity", "Value", "EUR value", "Delivered EUR"):
            text = rec[col[name]]
            assert re.fullmatch(r"\d+(\.\d+)?", text), (name, text)  # no 1,234 nor 1 234
        assert Decimal(rec[col["Value"]]) == Decimal(row[R.VALUE_MILLI]).scaleb(-3)
        assert Decimal(rec[col["Quantity"]]) == Decimal(row[R.QTY_MILLI]).scaleb(-3)
        assert Decimal(rec[col["EUR value"]]) == Decimal(row[R.EUR_CENTS]).scaleb(-2)
        assert re.fullmatch(r"\d\d\d\d-\d\d-\d\d", rec[col["Announced"]])
        assert rec[col["Announced"]] == row[R.ANNOUNCED]
        assert "E" not in rec[col["Value"]]  # no exponent for round millions
        big += Decimal(rec[col["Value"]]) >= 1_000_000
    assert big > 0
    # Labels, not codes, in the status and channel columns.
    assert {rec[col["Status"]] for rec in records[1:]} <= {s.label for s in PledgeStatus}
    assert {rec[col["Channel"]] for rec in records[1:]} <= {c.label for c in Channel}


def test_a_round_value_is_copied_without_exponent(ws: Any, make_pledge: Any) -> None:
    make_pledge(quantity=Decimal(100), value_amount=Decimal("40000000000"), notes="")
    [rec] = _records(C.rows_to_tsv(ws.pledges.table_rows(), header=False))
    assert rec[4] == "100"
    assert rec[6] == "40000000000"
    assert rec[8] == "40000000000.00"


def test_copy_makes_formulas_harmless_and_quotes_tabs_and_newlines(tricky_rows: list[R.Row]) -> None:
    tsv = C.rows_to_tsv(tricky_rows[: len(TRICKY_NOTES)], header=False)
    raw_notes = [line.rsplit("\t", 1)[-1] for line in tsv.split("\r\n")]
    assert raw_notes[1] == "'=1+1"
    assert raw_notes[2] == "'+49 30 1234 (ministry desk)"
    assert raw_notes[3] == "'@planner check"
    assert raw_notes[4] == "'-5 vehicles short, see letter"
    # A leading apostrophe is doubled, so paste (which strips one) gives it back.
    assert raw_notes[9] == "''quoted' by the ministry"
    assert '"\'=HYPERLINK(""http://evil.example/x"",""click"")"' in tsv
    assert '"first line\nsecond line"' in tsv
    assert '"col a\tcol b"' in tsv
    assert '"the ""big"" batch"' in tsv
    notes = [rec[-1] for rec in _records(tsv)]
    assert notes[0] == "'" + TRICKY_NOTES[0]
    assert notes[5] == "first line\nsecond line"
    assert notes[6] == "col a\tcol b"
    assert notes[8] == "-5"  # a number is not a formula: left as it is
    # No cell a spreadsheet reads starts a formula.
    for rec in _records(tsv):
        for cell in rec:
            assert not cell.startswith(("=", "+", "@")), cell
            assert not (cell.startswith("-") and cell != "-5"), cell


# ---------------------------------------------------------------- paste


def test_copy_then_paste_gives_back_the_same_pledges(demo_ws: Any, tricky_rows: list[R.Row]) -> None:
    rows = tricky_rows[:60]
    result = C.parse_pledge_tsv(C.rows_to_tsv(rows), demo_ws)
    assert result.errors == []
    assert result.ok
    originals = [demo_ws.pledges.get(r[R.ID]) for r in rows]
    assert [_as_draft_fields(d) for d in result.drafts] == [_as_draft_fields(p) for p in originals]


def test_pasted_drafts_create_identical_pledges(demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()[100:110]
    result = C.parse_pledge_tsv(C.rows_to_tsv(rows), demo_ws)
    created = demo_ws.pledges.create_many(result.drafts, source="paste")
    assert len(created) == 10
    new_rows = demo_ws.pledges.table_rows()[-10:]
    for old, new in zip(rows, new_rows, strict=True):
        assert new[R.REF] != old[R.REF]
        # Same content, same EUR value (same valuation date), nothing delivered yet.
        for i in (R.DONOR_CODE, R.CAPABILITY_CODE, R.ITEM, R.QTY_MILLI, R.UNIT, R.VALUE_MILLI,
                  R.CURRENCY, R.EUR_CENTS, R.ANNOUNCED, R.STATUS, R.CHANNEL, R.SOURCE_REF):
            assert new[i] == old[i], i
        assert new[R.DELIVERED_CENTS] == 0


def test_paste_without_header_in_the_default_order(demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()[:5]
    result = C.parse_pledge_tsv(C.rows_to_tsv(rows, header=False), demo_ws)
    assert result.errors == []
    assert [d.item for d in result.drafts] == [r[R.ITEM] for r in rows]
    assert [d.donor_id for d in result.drafts] == [r[R.DONOR_ID] for r in rows]


def test_paste_with_a_header_finds_reordered_columns(ws: Any) -> None:
    text = ("notes\tITEM\tvalue\tCurrency\tdonor\tcapability\tannounced\tquantity\tstatus\n"
            "from Excel\tStinger MANPADS\t1,250,000.50\tUSD\tUS\tiamd\t24.02.2023\t20\tcommitted\n"
            "\tGepard SPAAG\t\t\tGermany\tAir force (fighter jets)\t2023-01-05\t\t\n")
    result = C.parse_pledge_tsv(text, ws)
    assert result.errors == []
    first, second = result.drafts
    assert first.donor_id == ws.reference.members_by_code["USA"].id
    assert first.item == "Stinger MANPADS"
    assert first.value_amount == Decimal("1250000.50")
    assert first.currency == "USD"
    assert first.quantity == Decimal(20)
    assert first.announced_on == date(2023, 2, 24)
    assert first.status is S.COMMITTED
    assert first.notes == "from Excel"
    # Missing cells take the defaults.
    assert (second.currency, second.status, second.channel) == ("EUR", S.ANNOUNCED,
                                                                Channel.IN_KIND_STOCKS)
    assert second.value_amount is None and second.quantity is None
    assert second.announced_on == date(2023, 1, 5)


def test_paste_of_only_some_columns_needs_donor_capability_and_item(ws: Any) -> None:
    result = C.parse_pledge_tsv("Donor\tItem\nGermany\tGepard\n", ws)
    assert result.drafts == []
    assert result.errors == ["the pasted columns lack Capability"]


def _paste_lines(*body: str) -> str:
    header = "Donor\tCapability\tItem\tQuantity\tAnnounced\tStatus"
    return "\n".join([header, *body]) + "\n"


def test_paste_errors_name_row_and_column(ws: Any) -> None:
    text = _paste_lines(
        "Germany\tiamd\tIRIS-T SLM\t2\t2024-05-01\tCommitted",       # row 2: fine
        "Germny\tiamd\tIRIS-T SLM\t2\t2024-05-01\tCommitted",        # row 3: typo in donor
        "Poland\tiamd\tPiorun\t1,5\t2024-05-01\tAnnounced",          # row 4: ambiguous quantity
        "France\tartilery\tCAESAR\t6\t31/31/2024\tComitted",         # row 5: three errors
        "\t\t\t\t\t",                                                # blank: skipped
        "Ukraine\tiamd\tHawk\t1\t2024-05-01\t",                      # row 6: not a donor
    )
    result = C.parse_pledge_tsv(text, ws)
    assert result.drafts == []
    assert not result.ok
    errors = result.errors
    assert "row 3, Donor: 'Germny' is not a known donor; did you mean Germany?" in errors
    assert any(e.startswith("row 4, Quantity:") and "'1,5' is ambiguous" in e for e in errors)
    assert "row 5, Capability: 'artilery' is not a known capability; did you mean Artillery?" in errors
    assert any(e.startswith("row 5, Announced: '31/31/2024' is not a date") for e in errors)
    assert "row 5, Status: 'Comitted' is not a status; did you mean Committed?" in errors
    assert "row 6, Donor: 'Ukraine' is not a known donor" in errors
    assert not any(e.startswith("row 2,") for e in errors)
    assert len(errors) == 6


def test_required_cells_left_empty_are_named(ws: Any) -> None:
    result = C.parse_pledge_tsv(_paste_lines("\tiamd\t\t1\t\t", "Germany\t\tGepard\t\t\t"), ws)
    assert result.drafts == []
    assert "row 2, Donor: a donor is required" in result.errors
    assert "row 2, Item: describe what is pledged" in result.errors
    assert "row 3, Capability: a capability is required" in result.errors


def test_negative_quantity_and_bad_currency_are_refused(ws: Any) -> None:
    text = "Donor\tCapability\tItem\tQuantity\tValue\tCurrency\n" \
           "Germany\tiamd\tIRIS-T\t-2\t10\tEUR\n" \
           "Germany\tiamd\tIRIS-T\t2\t10\tEURO\n"
    result = C.parse_pledge_tsv(text, ws)
    assert result.drafts == []
    assert "row 2, Quantity: '-2' is negative" in result.errors
    assert "row 3, Currency: 'EURO' is not an ISO 4217 currency code" in result.errors


def test_one_bad_row_means_no_drafts_at_all(demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()[:30]
    records = _records(C.rows_to_tsv(rows, header=False))
    records[17][9] = "2024-02-30"  # Announced: no 30 February
    text = "\r\n".join("\t".join(r) for r in records if r)
    result = C.parse_pledge_tsv(text, demo_ws)
    assert result.drafts == []
    assert result.errors == ["row 18, Announced: '2024-02-30' is not a date "
                             "(use YYYY-MM-DD, e.g. 2024-03-01)"]


def test_an_empty_clipboard_is_refused(ws: Any) -> None:
    for text in ("", "\r\n", "\t\t\n  \n"):
        result = C.parse_pledge_tsv(text, ws)
        assert result.drafts == [] and not result.ok
        assert result.errors == ["the clipboard holds no rows"]


def test_more_than_max_paste_rows_is_refused(ws: Any) -> None:
    line = "Germany\tiamd\tIRIS-T\t1\t\t\t\t\t\t2024-05-01\n"
    too_many = "\t" + line  # Reference column first, empty
    result = C.parse_pledge_tsv(too_many * (C.MAX_PASTE_ROWS + 1), ws)
    assert result.drafts == []
    assert len(result.errors) == 1
    assert f"{C.MAX_PASTE_ROWS + 1} rows" in result.errors[0]
    assert str(C.MAX_PASTE_ROWS) in result.errors[0]
    assert "import a workbook instead" in result.errors[0]


def test_max_paste_rows_with_a_header_is_accepted(ws: Any) -> None:
    text = "\t".join(C.HEADERS) + "\n" + ("\tGermany\tiamd\tIRIS-T\t1\n" * C.MAX_PASTE_ROWS)
    result = C.parse_pledge_tsv(text, ws)
    assert result.errors == []
    assert len(result.drafts) == C.MAX_PASTE_ROWS


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-03-01", date(2024, 3, 1)),
        ("2024-03-01 00:00:00", date(2024, 3, 1)),
        ("01.03.2024", date(2024, 3, 1)),
        ("01/03/2024", date(2024, 3, 1)),  # day first, as in Europe
        ("1 Mar 2024", date(2024, 3, 1)),
        ("1 March 2024", date(2024, 3, 1)),
        ("Mar 1, 2024", date(2024, 3, 1)),
    ],
)
def test_dates_as_people_paste_them(text: str, day: date) -> None:
    assert C.parse_day(text) == day


@pytest.mark.parametrize("text", ["03/31/2024", "2024-3", "yesterday", "2024-02-30"])
def test_dates_that_are_not_dates(text: str) -> None:
    with pytest.raises(DomainError, match="is not a date"):
        C.parse_day(text)


def test_parsing_writes_nothing(demo_ws: Any) -> None:
    counts = table_counts(demo_ws.path)
    C.parse_pledge_tsv(C.rows_to_tsv(demo_ws.pledges.table_rows()), demo_ws)
    assert table_counts(demo_ws.path) == counts
