"""How numbers read on screen (pure functions, no Qt)."""

from __future__ import annotations

from decimal import Decimal

from ramstein.ui.formatting import (
    eur_cents_full,
    eur_full,
    eur_scale,
    eur_short,
    milli_text,
    percent_text,
    share_percent,
)


def test_card_amounts_are_short_with_thousands_separators() -> None:
    assert eur_short(Decimal("1234500000")) == "€1.2bn"
    assert eur_short(Decimal("4987049000000")) == "€4,987.0bn"
    assert eur_short(Decimal("345650000")) == "€345.6m"  # half-even at the last digit
    assert eur_short(Decimal("12300")) == "€12.3k"
    assert eur_short(Decimal("950")) == "€950"
    assert eur_short(None) == "—"


def test_table_amounts_are_full_values() -> None:
    assert eur_cents_full(123456789) == "1,234,567.89"
    assert eur_cents_full(-5) == "-0.05"
    assert eur_cents_full(None) == ""
    assert eur_full(Decimal("1234567.891"), symbol=True) == "€1,234,567.89"


def test_quantities_and_per_cents() -> None:
    assert milli_text(1_200_000) == "1,200"
    assert milli_text(12_500) == "12.5"
    assert milli_text(53_236_170_000, 2) == "53,236,170.00"
    assert share_percent(1, 3) == Decimal("33.3")
    assert share_percent(5, 0) is None
    assert percent_text(Decimal("74.25")) == "74.2 %"


def test_chart_axis_unit_follows_the_largest_value() -> None:
    assert eur_scale(Decimal("5e12")) == (Decimal(10**12), "EUR tn")
    assert eur_scale(Decimal("92e9")) == (Decimal(10**9), "EUR bn")
    assert eur_scale(Decimal("3e6")) == (Decimal(10**6), "EUR m")
