"""How numbers read on screen: EUR with thousands separators, short forms for cards.

Pure Python (no Qt), so the worker threads can pre-format and tests can check the texts.
Money stays Decimal all the way; only chart coordinates ever become floats.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

DASH = "—"
_ONE_DECIMAL = Decimal("0.1")
_TWO_DECIMALS = Decimal("0.01")
_TRILLION = Decimal(1_000_000_000_000)
_BILLION = Decimal(1_000_000_000)
_MILLION = Decimal(1_000_000)
_THOUSAND = Decimal(1_000)


def cents_to_eur(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(cents).scaleb(-2)


def eur_full(amount: Decimal | None, *, symbol: bool = False) -> str:
    """12,345,678.90 (tables show full values)."""
    if amount is None:
        return ""
    text = f"{amount.quantize(_TWO_DECIMALS, ROUND_HALF_EVEN):,.2f}"
    return f"€{text}" if symbol else text


def eur_cents_full(cents: int | None) -> str:
    """Cents as 12,345,678.90 without a Decimal round trip (hot path of the big table)."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{rest:02d}"


def eur_short(amount: Decimal | None) -> str:
    """€1.2bn, €345.6m, €12.3k, €950 (cards and chart labels)."""
    if amount is None:
        return DASH
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    for size, suffix in ((_BILLION, "bn"), (_MILLION, "m"), (_THOUSAND, "k")):
        if value >= size:
            scaled = (value / size).quantize(_ONE_DECIMAL, ROUND_HALF_EVEN)
            return f"{sign}€{scaled:,.1f}{suffix}"
    return f"{sign}€{value.quantize(Decimal(1), ROUND_HALF_EVEN):,}"


def eur_scale(largest: Decimal) -> tuple[Decimal, str]:
    """(divisor, unit) for a chart axis whose largest value is `largest`."""
    if largest >= _TRILLION:
        return _TRILLION, "EUR tn"
    if largest >= _BILLION:
        return _BILLION, "EUR bn"
    if largest >= _MILLION:
        return _MILLION, "EUR m"
    if largest >= _THOUSAND:
        return _THOUSAND, "EUR k"
    return Decimal(1), "EUR"


def milli_text(milli: int | None, decimals: int | None = None) -> str:
    """A quantity or amount stored in thousandths: 1,200 / 12.5 / 1,234.57 (decimals=2)."""
    if milli is None:
        return ""
    value = Decimal(milli).scaleb(-3)
    if decimals is not None:
        return f"{value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN):,.{decimals}f}"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def decimal_text(value: Decimal | None) -> str:
    """A quantity as 1,200 or 12.5."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def count_text(n: int | None) -> str:
    return DASH if n is None else f"{n:,}"


def percent_text(value: Decimal | None) -> str:
    return DASH if value is None else f"{value.quantize(_ONE_DECIMAL, ROUND_HALF_EVEN):,.1f} %"


def share_of(part: Decimal, whole: Decimal) -> Decimal | None:
    """part/whole in per cent with one decimal (ROUND_HALF_EVEN); None when whole is zero."""
    if not whole:
        return None
    return (part * 100 / whole).quantize(_ONE_DECIMAL, ROUND_HALF_EVEN)


def share_percent(part: int, whole: int | None) -> Decimal | None:
    """part/whole in per cent with one decimal; None when the whole is unknown or zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_ONE_DECIMAL, ROUND_HALF_EVEN)
