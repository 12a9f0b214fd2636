"""Pledges-table rows and the shared filter predicate, checked against plain Python on the demo."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from ramstein.domain.enums import Channel, MemberKind, PledgeStatus
from ramstein.domain.filters import PledgeFilter
from ramstein.services import pledge_rows as R

S = PledgeStatus


def _filtered(rows: list[R.Row], f: PledgeFilter) -> list[int]:
    test = R.row_predicate(f)
    return [r[R.ID] for r in rows if test(r, R.haystack(r))]


def _expected(rows: list[R.Row], keep: Callable[[R.Row], bool]) -> list[int]:
    got = [r[R.ID] for r in rows if keep(r)]
    # A check that keeps every row or none proves nothing about the filter.
    assert 0 < len(got) < len(rows)
    return got


def _contains_all(row: R.Row, words: Iterable[str]) -> bool:
    texts = [str(row[i]).casefold() for i in R.TEXT_FIELDS if row[i]]
    return all(any(w.casefold() in t for t in texts) for w in words)


# ---------------------------------------------------------------- row positions


def test_row_positions_name_the_right_values(ws: Any, make_pledge: Any) -> None:
    pledge = make_pledge(donor="DEU", capability="iamd", item="IRIS-T SLM fire unit",
                         quantity=Decimal("2.5"), unit="fire units",
                         value_amount=Decimal("1234.5"), currency="EUR",
                         announced_on=date(2024, 5, 1), channel=Channel.NATIONAL_PROCUREMENT,
                         funding_year=2025, source_ref="BMVg list 2024-05",
                         notes="second battery")
    ws.deliveries.create(pledge.id, quantity=Decimal(1), planned_on=date(2025, 1, 10))
    [row] = ws.pledges.table_rows()
    assert len(row) == 23
    germany = ws.reference.members_by_code["DEU"]
    assert row[R.ID] == pledge.id
    assert row[R.REF] == pledge.reference == "DEU-2024-001"
    assert row[R.DONOR_CODE] == "DEU"
    assert row[R.DONOR] == "Germany"
    assert row[R.DONOR_ID] == germany.id
    assert row[R.DONOR_KIND] == "nato" == MemberKind.NATO
    assert row[R.CAPABILITY] == "Integrated air and missile defence"
    assert row[R.CAPABILITY_CODE] == "iamd"
    assert row[R.CAPABILITY_ID] == pledge.capability_id
    assert row[R.ITEM] == "IRIS-T SLM fire unit"
    assert row[R.QTY_MILLI] == 2500
    assert row[R.UNIT] == "fire units"
    assert row[R.VALUE_MILLI] == 1234500
    assert row[R.CURRENCY] == "EUR"
    assert row[R.EUR_CENTS] == 123450
    assert row[R.ANNOUNCED] == "2024-05-01"
    assert R.announced(row) == date(2024, 5, 1)
    assert row[R.STATUS] == "announced"
    assert row[R.CHANNEL] == "national_procurement"
    assert row[R.DELIVERED_CENTS] == 0  # planned, not delivered yet
    assert row[R.VERSION] == pledge.version
    assert row[R.FUNDING_YEAR] == 2025
    assert row[R.SOURCE_REF] == "BMVg list 2024-05"
    assert row[R.NOTES] == "second battery"


def test_row_without_announcement_date(ws: Any, make_pledge: Any) -> None:
    make_pledge(announced_on=None)
    [row] = ws.pledges.table_rows()
    assert row[R.ANNOUNCED] is None
    assert R.announced(row) is None
    # A date filter leaves out a pledge that has no date; no filter keeps it.
    assert _filtered([row], PledgeFilter(date_to=date(2030, 1, 1))) == []
    assert _filtered([row], PledgeFilter()) == [row[R.ID]]


def test_demo_rows_match_the_pledges_they_show(demo_ws: Any) -> None:
    rows = demo_ws.pledges.table_rows()
    assert len(rows) == 400
    for row in rows[:: 40]:
        pledge = demo_ws.pledges.get(row[R.ID])
        donor = demo_ws.reference.members_by_id[pledge.donor_id]
        cap = demo_ws.reference.capabilities_by_id[pledge.capability_id]
        assert row[R.REF] == pledge.reference
        assert (row[R.DONOR_CODE], row[R.DONOR], row[R.DONOR_KIND]) == (
            donor.code, donor.name, donor.kind.value)
        assert (row[R.CAPABILITY], row[R.CAPABILITY_CODE]) == (cap.name, cap.code)
        assert row[R.STATUS] == pledge.status.value
        assert row[R.CHANNEL] == pledge.channel.value
        assert Decimal(row[R.EUR_CENTS]).scaleb(-2) == pledge.value_eur
        assert row[R.VERSION] == pledge.version


# ---------------------------------------------------------------- the filter on the demo


@pytest.fixture
def demo_rows(demo_ws: Any) -> list[R.Row]:
    """Demo rows, with notes and sources on a few pledges so the free text has them to find."""
    rows = demo_ws.pledges.table_rows()
    for row in rows[3:9]:
        demo_ws.pledges.update(row[R.ID], row[R.VERSION],
                               {"notes": "Spare barrels via RHEINMETALL Unterlüß"})
    for row in rows[20:24]:
        demo_ws.pledges.update(row[R.ID], row[R.VERSION],
                               {"source_ref": "https://www.bmvg.de/militaerische-unterstuetzung"})
    return demo_ws.pledges.table_rows()


def test_empty_filter_keeps_every_row(demo_rows: list[R.Row]) -> None:
    assert _filtered(demo_rows, PledgeFilter()) == [r[R.ID] for r in demo_rows]


def test_donor_filter(demo_rows: list[R.Row]) -> None:
    f = PledgeFilter(donors=frozenset({"DEU", "POL"}))
    assert _filtered(demo_rows, f) == _expected(demo_rows, lambda r: r[R.DONOR_CODE] in ("DEU", "POL"))


def test_kind_filter(demo_rows: list[R.Row]) -> None:
    f = PledgeFilter(kinds=frozenset({MemberKind.ORGANISATION, MemberKind.PARTNER}))
    assert _filtered(demo_rows, f) == _expected(
        demo_rows, lambda r: r[R.DONOR_KIND] in ("organisation", "partner"))


def test_capability_filter(demo_rows: list[R.Row]) -> None:
    f = PledgeFilter(capabilities=frozenset({"iamd", "artillery"}))
    assert _filtered(demo_rows, f) == _expected(
        demo_rows, lambda r: r[R.CAPABILITY_CODE] in ("iamd", "artillery"))


def test_status_filter(demo_rows: list[R.Row]) -> None:
    f = PledgeFilter(statuses=frozenset({S.COMMITTED, S.SUSPENDED}))
    assert _filtered(demo_rows, f) == _expected(
        demo_rows, lambda r: r[R.STATUS] in ("committed", "suspended"))


def test_channel_filter(demo_rows: list[R.Row]) -> None:
    f = PledgeFilter(channels=frozenset({Channel.PURL, Channel.EU_EPF}))
    assert _filtered(demo_rows, f) == _expected(demo_rows, lambda r: r[R.CHANNEL] in ("purl", "eu_epf"))


def test_date_range_is_inclusive_at_both_ends(demo_rows: list[R.Row]) -> None:
    days = sorted({R.announced(r) for r in demo_rows if r[R.ANNOUNCED]})
    start, end = days[len(days) // 4], days[len(days) // 2]
    f = PledgeFilter(date_from=start, date_to=end)
    got = _filtered(demo_rows, f)
    assert got == _expected(demo_rows, lambda r: start <= R.announced(r) <= end)
    on_ends = {r[R.ID] for r in demo_rows if R.announced(r) in (start, end)}
    assert on_ends and on_ends <= set(got)


def test_open_ended_date_ranges(demo_rows: list[R.Row]) -> None:
    cut = date(2024, 1, 1)
    assert _filtered(demo_rows, PledgeFilter(date_from=cut)) == _expected(
        demo_rows, lambda r: R.announced(r) >= cut)
    assert _filtered(demo_rows, PledgeFilter(date_to=cut)) == _expected(
        demo_rows, lambda r: R.announced(r) <= cut)


@pytest.mark.parametrize("text", ["leopard", "LEOPARD 2a6", "missile", "usa-2024", "2A6 tank"])
def test_free_text_needs_every_word_in_any_case(demo_rows: list[R.Row], text: str) -> None:
    f = PledgeFilter(text=text)
    assert _filtered(demo_rows, f) == _expected(demo_rows,
                                                lambda r: _contains_all(r, text.split()))


def test_free_text_words_are_all_required(demo_rows: list[R.Row]) -> None:
    one = set(_filtered(demo_rows, PledgeFilter(text="leopard")))
    two = set(_filtered(demo_rows, PledgeFilter(text="leopard nowhere-to-be-found")))
    assert one and two == set()


def test_free_text_searches_notes_and_source(demo_rows: list[R.Row]) -> None:
    noted = [r[R.ID] for r in demo_rows[3:9]]
    sourced = [r[R.ID] for r in demo_rows[20:24]]
    assert _filtered(demo_rows, PledgeFilter(text="rheinmetall")) == noted
    assert _filtered(demo_rows, PledgeFilter(text="unterlüß barrels")) == noted
    assert _filtered(demo_rows, PledgeFilter(text="BMVG.de")) == sourced


def test_free_text_finds_status_and_channel_labels_passed_as_extra(demo_rows: list[R.Row]) -> None:
    labels = {s.value: s.label for s in PledgeStatus} | {c.value: c.label for c in Channel}
    test = R.row_predicate(PledgeFilter(text="contracted"))
    got = [r[R.ID] for r in demo_rows
           if test(r, R.haystack(r, (labels[r[R.STATUS]], labels[r[R.CHANNEL]])))]
    assert got == _expected(demo_rows, lambda r: r[R.STATUS] == "allocated")
    # Without the labels only the stored values are searched.
    assert _filtered(demo_rows, PledgeFilter(text="contracted")) == []


def test_dimensions_combine_with_and(demo_rows: list[R.Row]) -> None:
    start, end = date(2023, 1, 1), date(2025, 6, 30)
    f = PledgeFilter(donors=frozenset({"USA", "GBR", "DEU"}),
                     statuses=frozenset({S.DELIVERED, S.IN_DELIVERY}),
                     channels=frozenset({Channel.US_PDA_USAI, Channel.IN_KIND_STOCKS}),
                     kinds=frozenset({MemberKind.NATO}),
                     date_from=start, date_to=end)
    expected = _expected(demo_rows, lambda r: (
        r[R.DONOR_CODE] in ("USA", "GBR", "DEU")
        and r[R.STATUS] in ("delivered", "in_delivery")
        and r[R.CHANNEL] in ("us_pda_usai", "in_kind_stocks")
        and r[R.DONOR_KIND] == "nato"
        and start <= R.announced(r) <= end))
    got = _filtered(demo_rows, f)
    assert got == expected
    # Each added dimension can only narrow the result.
    assert set(got) < set(_filtered(demo_rows, PledgeFilter(donors=f.donors)))
    with_text = _filtered(demo_rows, f.replace(text="missiles"))
    assert with_text == [i for i in got
                         if _contains_all(next(r for r in demo_rows if r[R.ID] == i), ["missiles"])]
    assert set(with_text) < set(got)
