"""Money: parsing amounts, ISO currencies, dated EUR rates, exact splits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ramstein.domain.errors import InvalidMoney, MissingRate
from ramstein.domain.money import (
    CENT,
    ExchangeRate,
    Money,
    RateTable,
    check_currency,
    minor_units,
    split_exact,
    to_decimal,
)

# ---------------------------------------------------------------- to_decimal


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,234.50", Decimal("1234.50")),
        (" 42 ", Decimal(42)),
        ("1 234.50", Decimal("1234.50")),
        ("1\u00a0234", Decimal(1234)),
        (Decimal("0.1"), Decimal("0.1")),
        (7, Decimal(7)),
        (0.1, Decimal("0.1")),  # through repr: not 0.1000000000000000055...
    ],
)
def test_to_decimal_accepts_what_planners_type(raw: object, expected: Decimal) -> None:
    value = to_decimal(raw)
    assert isinstance(value, Decimal)
    assert value == expected


@pytest.mark.parametrize(
    "raw",
    [
        "NaN",
        "nan",
        "sNaN",
        "inf",
        "-Infinity",
        float("nan"),
        float("inf"),
        Decimal("NaN"),
        Decimal("Infinity"),
        "1_000",
        "١٢٣",  # Arabic-Indic digits: Decimal() would accept them
        "۱۲۳",  # Extended Arabic-Indic (Persian)
        "１２３",  # fullwidth digits
        True,
        False,
        "",
        "   ",
        "12 EUR",
        "1.2.3",
        None,
        [1],
    ],
)
def test_to_decimal_refuses_junk_naming_the_field(raw: object) -> None:
    with pytest.raises(InvalidMoney) as exc:
        to_decimal(raw, "value amount")
    assert str(exc.value).startswith("value amount:")


def test_to_decimal_message_quotes_the_bad_text() -> None:
    with pytest.raises(InvalidMoney, match=r"quantity: '1_000' is not a number"):
        to_decimal("1_000", "quantity")


def test_decimal_itself_would_accept_arabic_digits_and_underscores() -> None:
    # The reason the checks exist: the standard library is more permissive than a planner expects.
    assert Decimal("١٢٣") == 123
    assert Decimal("1_000") == 1000


# ---------------------------------------------------------------- currencies


@pytest.mark.parametrize(("raw", "code"), [("usd", "USD"), (" eur ", "EUR"), ("Jpy", "JPY")])
def test_check_currency_normalises_iso_codes(raw: str, code: str) -> None:
    assert check_currency(raw) == code


@pytest.mark.parametrize("raw", ["XYZ", "", "EURO", "US", "€"])
def test_check_currency_refuses_unknown_codes(raw: str) -> None:
    with pytest.raises(InvalidMoney, match="not an ISO 4217 currency code"):
        check_currency(raw)


def test_unknown_currency_is_named_in_the_message() -> None:
    with pytest.raises(InvalidMoney, match="'XYZ'"):
        check_currency("XYZ")


@pytest.mark.parametrize(("code", "digits"), [("JPY", 0), ("KRW", 0), ("JOD", 3), ("KWD", 3),
                                             ("EUR", 2), ("USD", 2)])
def test_minor_units(code: str, digits: int) -> None:
    assert minor_units(code) == digits


def test_money_prints_and_rounds_with_the_currency_minor_units() -> None:
    assert str(Money(Decimal("1234.5"), "eur")) == "1,234.50 EUR"
    assert str(Money(Decimal("1234.5678"), "JOD")) == "1,234.568 JOD"
    assert Money(Decimal("2.5"), "JPY").rounded().amount == Decimal(2)  # half-even
    assert Money(Decimal("3.5"), "JPY").rounded().amount == Decimal(4)


def test_money_refuses_nan_and_unknown_currency() -> None:
    with pytest.raises(InvalidMoney):
        Money(Decimal("NaN"), "EUR")
    with pytest.raises(InvalidMoney):
        Money(Decimal(1), "XYZ")


# ---------------------------------------------------------------- rates


@pytest.fixture
def rates() -> RateTable:
    return RateTable([
        ExchangeRate("USD", date(2023, 1, 1), Decimal("1.0813")),
        ExchangeRate("USD", date(2022, 1, 1), Decimal("1.0530")),  # out of order on purpose
        ExchangeRate("USD", date(2024, 1, 1), Decimal("1.0824")),
        ExchangeRate("GBP", date(2024, 1, 1), Decimal("0.8466")),
    ])


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2022, 1, 1), Decimal("1.0530")),  # on the rate's day
        (date(2022, 12, 31), Decimal("1.0530")),
        (date(2023, 1, 1), Decimal("1.0813")),
        (date(2023, 7, 14), Decimal("1.0813")),
        (date(2030, 1, 1), Decimal("1.0824")),  # after the last: the last
    ],
)
def test_rate_is_the_latest_on_or_before_the_date(rates: RateTable, on: date,
                                                  expected: Decimal) -> None:
    assert rates.rate_for("USD", on).units_per_eur == expected


def test_before_the_first_rate_the_earliest_is_used(rates: RateTable) -> None:
    rate = rates.rate_for("usd", date(2019, 6, 1))
    assert rate.on_date == date(2022, 1, 1)
    assert rate.units_per_eur == Decimal("1.0530")


def test_eur_is_identity(rates: RateTable) -> None:
    assert rates.rate_for("EUR", date(2024, 3, 1)).units_per_eur == 1
    assert rates.to_eur(Money(Decimal("123.45"), "EUR"), date(2024, 3, 1)) == Decimal("123.45")
    assert RateTable().to_eur(Money(Decimal("9.99"), "EUR"), date(2000, 1, 1)) == Decimal("9.99")


def test_missing_currency_raises_missing_rate(rates: RateTable) -> None:
    with pytest.raises(MissingRate, match="NOK"):
        rates.rate_for("NOK", date(2024, 1, 1))
    with pytest.raises(MissingRate):
        rates.to_eur(Money(Decimal(100), "NOK"), date(2024, 1, 1))


def test_to_eur_uses_the_dated_rate(rates: RateTable) -> None:
    # 1,000,000 USD on 2023-06-30 at 1.0813 USD per EUR = 924,812.7254... EUR
    assert rates.to_eur(Money(Decimal(1_000_000), "USD"), date(2023, 6, 30)) == Decimal("924812.73")
    # A later rate must not leak into an earlier date.
    assert rates.to_eur(Money(Decimal(1_000_000), "USD"), date(2022, 6, 30)) == Decimal("949667.62")


def test_to_eur_rounds_half_even_to_the_cent() -> None:
    table = RateTable([ExchangeRate("USD", date(2024, 1, 1), Decimal(2))])
    on = date(2024, 6, 1)
    # 0.25 / 2 = 0.125 exactly: half-even gives 0.12 where half-up would give 0.13.
    assert table.to_eur(Money(Decimal("0.25"), "USD"), on) == Decimal("0.12")
    # 0.27 / 2 = 0.135: half-even gives 0.14 (the even neighbour).
    assert table.to_eur(Money(Decimal("0.27"), "USD"), on) == Decimal("0.14")
    # 5.35 / 2 = 2.675 exactly in Decimal -> 2.68; binary floats would give round(2.675, 2) == 2.67.
    assert table.to_eur(Money(Decimal("5.35"), "USD"), on) == Decimal("2.68")


def test_a_rate_must_be_positive() -> None:
    with pytest.raises(InvalidMoney, match="positive"):
        ExchangeRate("USD", date(2024, 1, 1), Decimal(0))


def test_adding_a_rate_for_the_same_day_replaces_it(rates: RateTable) -> None:
    rates.add(ExchangeRate("USD", date(2023, 1, 1), Decimal("1.5")))
    assert rates.rate_for("USD", date(2023, 5, 1)).units_per_eur == Decimal("1.5")
    assert rates.currencies() == ["EUR", "GBP", "USD"]


# ---------------------------------------------------------------- split_exact

cents = st.integers(min_value=0, max_value=10**13).map(lambda n: Decimal(n) * CENT)
weights = st.lists(
    st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
    min_size=1, max_size=40,
).filter(lambda ws: sum(ws) > 0)


@given(total=cents, ws=weights)
def test_split_parts_add_up_exactly_and_follow_the_weights(total: Decimal,
                                                           ws: list[Decimal]) -> None:
    parts = split_exact(total, ws)
    assert len(parts) == len(ws)
    assert sum(parts, Decimal(0)) == total
    wsum = sum(ws, Decimal(0))
    for part, w in zip(parts, ws, strict=True):
        assert part >= 0
        assert part == part.quantize(CENT)
        # Each part is within one cent of its exact proportional share.
        assert abs(part - total * w / wsum) < CENT
        if w == 0:
            assert part == 0


@given(total=st.integers(min_value=0, max_value=10**9), ws=weights)
def test_split_in_whole_units(total: int, ws: list[Decimal]) -> None:
    parts = split_exact(Decimal(total), ws, quantum=Decimal(1))
    assert sum(parts) == total
    assert all(p == p.to_integral_value() for p in parts)


@given(total=st.integers(min_value=-10**12, max_value=-1).map(lambda n: Decimal(n) * CENT),
       ws=weights)
def test_split_of_a_negative_total_adds_up_too(total: Decimal, ws: list[Decimal]) -> None:
    # A correction (negative amount) split over several deliveries must add up as well.
    parts = split_exact(total, ws)
    assert sum(parts, Decimal(0)) == total
    wsum = sum(ws, Decimal(0))
    for part, w in zip(parts, ws, strict=True):
        assert abs(part - total * w / wsum) < CENT


def test_split_worked_example() -> None:
    # 100.00 in three equal parts: the leftover cent goes to the first part (ties: earlier).
    assert split_exact(Decimal("100.00"), [1, 1, 1]) == [
        Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    # Largest remainder wins: 10.00 by 1:2 -> 3.333.. / 6.666.. -> the second gets the cent.
    assert split_exact(Decimal("10.00"), [1, 2]) == [Decimal("3.33"), Decimal("6.67")]


def test_split_refuses_zero_and_negative_weights() -> None:
    with pytest.raises(InvalidMoney, match="all zero"):
        split_exact(Decimal("10.00"), [0, 0, 0])
    with pytest.raises(InvalidMoney, match="negative"):
        split_exact(Decimal("10.00"), [1, -1])
    assert split_exact(Decimal("10.00"), []) == []
