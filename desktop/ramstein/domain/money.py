"""Money as Decimal with an ISO 4217 currency, and conversion to EUR by dated rates.

Never float: every amount is a `Decimal`. Rates follow the ECB convention (units of the
currency per 1 EUR), so EUR = amount / units_per_eur, rounded half-even to the cent.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from .errors import InvalidMoney, MissingRate

EUR = "EUR"
CENT = Decimal("0.01")

# Active ISO 4217 codes. Minor units are 2 unless listed in _MINOR_UNITS.
ISO_4217: frozenset[str] = frozenset(
    ["AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG"]
)
_MINOR_UNITS = {
    **dict.fromkeys(["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"], 0),
    **dict.fromkeys(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], 3),
}


_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def minor_units(currency: str) -> int:
    """Digits after the decimal point for a currency (JPY 0, EUR 2, JOD 3)."""
    return _MINOR_UNITS.get(currency, 2)


def check_currency(code: str) -> str:
    """Return the upper-cased ISO 4217 code or raise InvalidMoney naming it."""
    norm = (code or "").strip().upper()
    if norm not in ISO_4217:
        raise InvalidMoney(f"'{code}' is not an ISO 4217 currency code")
    return norm


def to_decimal(value: object, what: str = "amount") -> Decimal:
    """Parse a user or file value into a finite Decimal; refuse floats' NaN/inf and junk.

    Accepts int, Decimal and strings such as "1 234.50" or "1,234.50" (thousands separators
    removed). Floats are converted through their shortest repr, so 0.1 stays 0.1.
    """
    if isinstance(value, bool):
        raise InvalidMoney(f"{what}: a yes/no value is not a number")
    if isinstance(value, Decimal):
        dec = value
    elif isinstance(value, int):
        dec = Decimal(value)
    elif isinstance(value, float):
        dec = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if not text or not all(ch.isascii() for ch in text) or "_" in text:
            raise InvalidMoney(f"{what}: '{value}' is not a number")
        if "," in text:
            # Commas only as thousands separators (1,234,567.89); "1,5" is refused rather than
            # read as 15 or guessed as 1.5.
            if not _THOUSANDS.fullmatch(text):
                raise InvalidMoney(
                    f"{what}: '{value}' is ambiguous; write decimals with a point (1.5) and "
                    "thousands with commas only in groups of three (1,234.5)"
                )
            text = text.replace(",", "")
        try:
            dec = Decimal(text)
        except InvalidOperation:
            raise InvalidMoney(f"{what}: '{value}' is not a number") from None
    else:
        raise InvalidMoney(f"{what}: {type(value).__name__} is not a number")
    if not dec.is_finite():
        raise InvalidMoney(f"{what}: '{value}' is not a finite number")
    return dec


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", to_decimal(self.amount))
        object.__setattr__(self, "currency", check_currency(self.currency))

    def __str__(self) -> str:
        return f"{self.amount:,.{minor_units(self.currency)}f} {self.currency}"

    def rounded(self) -> Money:
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=ROUND_HALF_EVEN), self.currency)


def round_eur(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """Units of `currency` per 1 EUR on `on_date` (ECB convention)."""

    currency: str
    on_date: date
    units_per_eur: Decimal
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "currency", check_currency(self.currency))
        rate = to_decimal(self.units_per_eur, "rate")
        if rate <= 0:
            raise InvalidMoney(f"rate for {self.currency} on {self.on_date} must be positive")
        object.__setattr__(self, "units_per_eur", rate)


class RateTable:
    """Dated exchange rates; a conversion uses the latest rate on or before the value date.

    When the value date is earlier than every known rate of the currency, the earliest rate is
    used (and `rate_for` says so through `exact=False`); a currency with no rate at all raises
    MissingRate.
    """

    def __init__(self, rates: Iterable[ExchangeRate] = ()) -> None:
        self._dates: dict[str, list[date]] = {}
        self._rates: dict[str, list[ExchangeRate]] = {}
        for rate in sorted(rates, key=lambda r: (r.currency, r.on_date)):
            self.add(rate)

    def add(self, rate: ExchangeRate) -> None:
        dates = self._dates.setdefault(rate.currency, [])
        rates = self._rates.setdefault(rate.currency, [])
        i = bisect.bisect_left(dates, rate.on_date)
        if i < len(dates) and dates[i] == rate.on_date:
            rates[i] = rate
        else:
            dates.insert(i, rate.on_date)
            rates.insert(i, rate)

    def currencies(self) -> list[str]:
        return sorted({EUR, *self._rates})

    def rate_for(self, currency: str, on: date) -> ExchangeRate:
        currency = check_currency(currency)
        if currency == EUR:
            return ExchangeRate(EUR, on, Decimal(1), "identity")
        dates = self._dates.get(currency)
        if not dates:
            raise MissingRate(f"no exchange rate for {currency}; add one in the Rates table")
        i = bisect.bisect_right(dates, on) - 1
        return self._rates[currency][max(i, 0)]

    def to_eur(self, money: Money, on: date) -> Decimal:
        rate = self.rate_for(money.currency, on)
        return round_eur(money.amount / rate.units_per_eur)


def split_exact(total: Decimal, weights: Iterable[Decimal], quantum: Decimal = CENT) -> list[Decimal]:
    """Split `total` in proportion to `weights` so the parts add up exactly to `total`.

    Largest-remainder method on multiples of `quantum`: every part is floored, then the
    leftover quanta go to the parts with the largest remainders (ties to the earlier part).
    """
    ws = [to_decimal(w, "weight") for w in weights]
    if any(w < 0 for w in ws):
        raise InvalidMoney("weights must not be negative")
    wsum = sum(ws, Decimal(0))
    if not ws:
        return []
    if wsum == 0:
        raise InvalidMoney("cannot split by weights that are all zero")
    if total < 0:
        # Split the magnitude: int() truncates towards zero, so negative shares would not floor.
        return [-p if p else p for p in split_exact(-total, ws, quantum)]
    units_total = int((total / quantum).to_integral_value(rounding=ROUND_HALF_EVEN))
    raw = [Decimal(units_total) * w / wsum for w in ws]
    floors = [int(r) for r in raw]  # weights >= 0, so int() floors
    leftover = units_total - sum(floors)
    order = sorted(range(len(ws)), key=lambda i: (-(raw[i] - floors[i]), i))
    for i in order[:leftover]:
        floors[i] += 1
    return [Decimal(n) * quantum for n in floors]
