"""How numbers and dates read on screen: EUR with thousands separators, short forms for cards.

Plain functions the worker threads can call to pre-format. The separators and the date
format come from the default QLocale (ui/i18n.py sets it from the chosen language): the
English texts are produced first and their "," and "." swapped for the locale's, so the hot
path of the big table stays a string format. Money stays Decimal all the way; only chart
coordinates ever become floats.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

DASH = "—"
_ONE_DECIMAL = Decimal("0.1")
_TWO_DECIMALS = Decimal("0.01")
_TRILLION = Decimal(1_000_000_000_000)
_BILLION = Decimal(1_000_000_000)
_MILLION = Decimal(1_000_000)
_THOUSAND = Decimal(1_000)


ISO_DATE_FORMAT = "yyyy-MM-dd"


@cache
def _separators() -> dict[int, str] | None:
    """The swap table from English separators to the default locale's; None for English."""
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if (group, point) == (",", "."):
        return None
    return str.maketrans({",": group, ".": point})


@cache
def _date_format() -> str:
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return ISO_DATE_FORMAT  # what the planners' sheets use; en_US's M/d/yy is ambiguous
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:  # uk_UA: dd.MM.yy; a delivery date wants its century
        text = text.replace("yy", "yyyy")
    return text


@cache
def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


def locale_changed() -> None:
    """Forget the cached separators, date format and units (ui/i18n.install calls it)."""
    _separators.cache_clear()
    _date_format.cache_clear()
    _tr.cache_clear()


def localized(text: str) -> str:
    """An English-formatted number ("1,234.5") with the default locale's separators."""
    table = _separators()
    return text if table is None else text.translate(table)


def date_format() -> str:
    """The QDateEdit display format of the locale: yyyy-MM-dd, dd/MM/yyyy, dd.MM.yyyy."""
    return _date_format()


def date_text(day: date | None) -> str:
    """A date as the locale writes it (ISO in English), "" for none."""
    if day is None:
        return ""
    if _date_format() == ISO_DATE_FORMAT:
        return day.isoformat()
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), _date_format())


def cents_to_eur(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(cents).scaleb(-2)


def eur_full(amount: Decimal | None, *, symbol: bool = False) -> str:
    """12,345,678.90 (tables show full values)."""
    if amount is None:
        return ""
    text = localized(f"{amount.quantize(_TWO_DECIMALS, ROUND_HALF_EVEN):,.2f}")
    return _tr(QT_TRANSLATE_NOOP("Formatting", "€{amount}")).format(amount=text) if symbol else text


def eur_cents_full(cents: int | None) -> str:
    """Cents as 12,345,678.90 without a Decimal round trip (hot path of the big table)."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return localized(f"{sign}{whole:,}.{rest:02d}")


def scaled_parts(amount: Decimal) -> tuple[str, str, str]:
    """(sign, number in the locale's separators, unit: bn, m, k or "") of a large amount:
    one decimal with a unit, whole below a thousand (the units translated: "Md", "млрд")."""
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    for size, unit in ((_BILLION, QT_TRANSLATE_NOOP("Formatting", "bn")),
                       (_MILLION, QT_TRANSLATE_NOOP("Formatting", "m")),
                       (_THOUSAND, QT_TRANSLATE_NOOP("Formatting", "k"))):
        if value >= size:
            scaled = (value / size).quantize(_ONE_DECIMAL, ROUND_HALF_EVEN)
            return sign, localized(f"{scaled:,.1f}"), _tr(unit)
    return sign, localized(f"{value.quantize(Decimal(1), ROUND_HALF_EVEN):,}"), ""


def eur_short(amount: Decimal | None) -> str:
    """€1.2bn, €345.6m, €12.3k, €950 (cards and chart labels)."""
    if amount is None:
        return DASH
    sign, number, unit = scaled_parts(amount)
    return _tr(QT_TRANSLATE_NOOP("Formatting", "{sign}€{amount}{unit}")).format(
        sign=sign, amount=number, unit=unit)


def eur_scale(largest: Decimal) -> tuple[Decimal, str]:
    """(divisor, unit) for a chart axis whose largest value is `largest`."""
    if largest >= _TRILLION:
        return _TRILLION, _tr(QT_TRANSLATE_NOOP("Formatting", "EUR tn"))
    if largest >= _BILLION:
        return _BILLION, _tr(QT_TRANSLATE_NOOP("Formatting", "EUR bn"))
    if largest >= _MILLION:
        return _MILLION, _tr(QT_TRANSLATE_NOOP("Formatting", "EUR m"))
    if largest >= _THOUSAND:
        return _THOUSAND, _tr(QT_TRANSLATE_NOOP("Formatting", "EUR k"))
    return Decimal(1), "EUR"


def milli_text(milli: int | None, decimals: int | None = None) -> str:
    """A quantity or amount stored in thousandths: 1,200 / 12.5 / 1,234.57 (decimals=2)."""
    if milli is None:
        return ""
    value = Decimal(milli).scaleb(-3)
    if decimals is not None:
        return localized(
            f"{value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN):,.{decimals}f}")
    if value == value.to_integral_value():
        return localized(f"{int(value):,}")
    return localized(f"{value.normalize():,f}")


def decimal_text(value: Decimal | None) -> str:
    """A quantity as 1,200 or 12.5."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return localized(f"{int(value):,}")
    return localized(f"{value.normalize():,f}")


def count_text(n: int | None) -> str:
    return DASH if n is None else localized(f"{n:,}")


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return DASH
    return localized(f"{value.quantize(_ONE_DECIMAL, ROUND_HALF_EVEN):,.1f} %")


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
