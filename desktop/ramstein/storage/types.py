"""Column types: exact decimals as scaled integers, decimals as text, UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.types import BigInteger, DateTime, String, TypeDecorator


class Scaled(TypeDecorator[Decimal]):
    """A Decimal stored as an integer count of 10**-digits (cents for digits=2).

    Exact in SQL sums on every backend, and no float ever touches money. Values with more
    digits than the scale are refused instead of silently rounded.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, digits: int) -> None:
        super().__init__()
        self.digits = digits

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        dec = Decimal(value)
        scaled = dec.scaleb(self.digits)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.digits} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.digits)

    @property
    def python_type(self) -> type:
        return Decimal


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal kept exactly as text (exchange rates, GDP, shares: never summed in SQL)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        dec = Decimal(value)
        if not dec.is_finite():
            raise ValueError(f"{value} is not a finite number")
        # Plain digits, trailing zeros dropped: no exponent ("4E+10") and no rounding to the
        # 28-digit context that normalize() would apply.
        text = format(dec, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return "0" if text in ("", "-0") else text

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return None if value is None else Decimal(value)

    @property
    def python_type(self) -> type:
        return Decimal


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored naive UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)
