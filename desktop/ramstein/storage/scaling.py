"""Scaled-integer helpers (no SQLAlchemy import: used on the start-up read path)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal


def scale(value: Decimal | None, digits: int) -> int | None:
    """Decimal -> integer count of 10**-digits (cents for digits=2), rounded half-even."""
    if value is None:
        return None
    return int(value.scaleb(digits).to_integral_value(rounding=ROUND_HALF_EVEN))


def unscale(value: int | None, digits: int) -> Decimal | None:
    return None if value is None else Decimal(value).scaleb(-digits)
