"""PledgeFilter: the status-bar description, saved presets (JSON) and the date-range rule."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ramstein.domain.enums import Channel, MemberKind, PledgeStatus
from ramstein.domain.filters import PledgeFilter

S = PledgeStatus


def test_the_empty_filter_says_no_filter() -> None:
    f = PledgeFilter()
    assert f.is_empty()
    assert f.describe() == "no filter"
    assert f.describe({"DEU": "Germany"}) == "no filter"
    assert f.words == ()
    # Blank free text is not a filter either.
    assert PledgeFilter(text="   ").describe() == "no filter"
    assert not PledgeFilter(text="iris").is_empty()
    assert not PledgeFilter(donors=frozenset({"DEU"})).is_empty()


def test_describe_uses_names_when_given_and_codes_otherwise() -> None:
    f = PledgeFilter(donors=frozenset({"POL", "DEU"}), capabilities=frozenset({"iamd"}))
    names = {"DEU": "Germany", "POL": "Poland", "iamd": "Integrated air and missile defence"}
    assert f.describe(names) == "Germany, Poland · Integrated air and missile defence"
    assert f.describe() == "DEU, POL · iamd"
    # A code without a name stays as it is.
    assert PledgeFilter(donors=frozenset({"XKX"})).describe(names) == "XKX"


def test_describe_lists_labels_in_the_order_planners_know() -> None:
    f = PledgeFilter(statuses=frozenset({S.DELIVERED, S.ANNOUNCED, S.ALLOCATED}),
                     channels=frozenset({Channel.PURL, Channel.IN_KIND_STOCKS}),
                     kinds=frozenset({MemberKind.PARTNER, MemberKind.NATO}))
    assert f.describe() == ("NATO ally, Partner · Announced, Contracted / allocated, Delivered"
                            " · In-kind from stocks, PURL")


def test_describe_shows_a_date_range_with_an_open_end() -> None:
    assert PledgeFilter(date_from=date(2024, 1, 1)).describe() == "2024-01-01 – …"
    assert PledgeFilter(date_to=date(2024, 6, 30)).describe() == "… – 2024-06-30"
    both = PledgeFilter(date_from=date(2024, 1, 1), date_to=date(2024, 6, 30))
    assert both.describe() == "2024-01-01 – 2024-06-30"


def test_describe_quotes_the_free_text_trimmed() -> None:
    f = PledgeFilter(donors=frozenset({"DEU"}), statuses=frozenset({S.COMMITTED}),
                     text="  IRIS-T slm ")
    assert f.describe({"DEU": "Germany"}) == "Germany · Committed · “IRIS-T slm”"
    assert f.words == ("iris-t", "slm")


def test_a_reversed_date_range_is_refused_naming_both_dates() -> None:
    with pytest.raises(ValueError) as exc:
        PledgeFilter(date_from=date(2025, 3, 1), date_to=date(2024, 12, 31))
    assert "2025-03-01" in str(exc.value)
    assert "2024-12-31" in str(exc.value)
    # Same day at both ends is a valid one-day range.
    day = PledgeFilter(date_from=date(2024, 2, 24), date_to=date(2024, 2, 24))
    assert day.describe() == "2024-02-24 – 2024-02-24"
    # replace() goes through the same check.
    with pytest.raises(ValueError, match=r"2024-03-01.*2024-02-01"):
        day.replace(date_from=date(2024, 3, 1), date_to=date(2024, 2, 1))


def test_to_json_is_plain_sorted_and_serialisable() -> None:
    f = PledgeFilter(donors=frozenset({"POL", "DEU"}), statuses=frozenset({S.DELIVERED, S.ANNOUNCED}),
                     date_from=date(2024, 1, 1), text="iris")
    data = f.to_json()
    assert data["donors"] == ["DEU", "POL"]
    assert data["statuses"] == ["announced", "delivered"]
    assert data["date_from"] == "2024-01-01"
    assert data["date_to"] is None
    assert data["text"] == "iris"
    assert json.loads(json.dumps(data)) == data


def test_from_json_drops_unknown_values_from_another_version() -> None:
    f = PledgeFilter.from_json({
        "statuses": ["committed", "frozen", 42],
        "channels": ["purl", "lend_lease"],
        "kinds": ["nato", "observer"],
        "donors": ["DEU"],
        "future_field": "ignored",
    })
    assert f.statuses == {S.COMMITTED}
    assert f.channels == {Channel.PURL}
    assert f.kinds == {MemberKind.NATO}
    assert f.donors == {"DEU"}


def test_from_json_swaps_reversed_dates_and_drops_bad_ones() -> None:
    f = PledgeFilter.from_json({"date_from": "2025-03-01", "date_to": "2024-12-31"})
    assert (f.date_from, f.date_to) == (date(2024, 12, 31), date(2025, 3, 1))
    bad = PledgeFilter.from_json({"date_from": "31.12.2024", "date_to": 20250301})
    assert (bad.date_from, bad.date_to) == (None, None)


def test_from_json_of_an_empty_or_null_preset_is_no_filter() -> None:
    assert PledgeFilter.from_json({}) == PledgeFilter()
    nulls = dict.fromkeys(PledgeFilter().to_json())
    assert PledgeFilter.from_json(nulls) == PledgeFilter()


_codes = st.frozensets(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ_-abc", min_size=1,
                               max_size=8), max_size=4)
_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def filters(draw: st.DrawFn) -> PledgeFilter:
    start = draw(st.none() | _days)
    end = draw(st.none() | _days)
    if start and end and start > end:
        start, end = end, start
    return PledgeFilter(
        donors=draw(_codes),
        kinds=draw(st.frozensets(st.sampled_from(MemberKind))),
        capabilities=draw(_codes),
        statuses=draw(st.frozensets(st.sampled_from(PledgeStatus))),
        channels=draw(st.frozensets(st.sampled_from(Channel))),
        hubs=draw(_codes),
        date_from=start,
        date_to=end,
        text=draw(st.text(max_size=30)),
    )


@given(filters())
def test_a_saved_preset_reads_back_as_the_same_filter(f: PledgeFilter) -> None:
    # Through real JSON text, as a preset file would be written and read.
    saved = json.dumps(f.to_json(), ensure_ascii=False)
    back = PledgeFilter.from_json(json.loads(saved))
    assert back == f
    assert back.describe() == f.describe()
