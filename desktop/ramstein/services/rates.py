"""Exchange rates: edit one, import a CSV, and keep pledges' EUR values in step.

A rate is units of the currency per 1 EUR on a date (ECB convention). A pledge is valued with
the latest rate on or before its valuation date, so changing or adding a rate may change the
EUR value of pledges in that currency: they are re-valued in the same transaction, and the
audit entry says how many.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import AuditAction
from ..domain.errors import DomainError, InvalidMoney
from ..domain.money import EUR, ExchangeRate, Money, RateTable, check_currency, to_decimal
from ..storage import queries
from .changes import Change

if TYPE_CHECKING:
    from ..storage.tx import Tx
    from .workspace import Workspace

MAX_CSV_BYTES = 20_000_000


@dataclass(frozen=True)
class RateImportReport:
    added: int
    changed: int
    unchanged: int
    revalued_pledges: int


class RateService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def all(self) -> list[ExchangeRate]:
        return sorted(queries.exchange_rates(self.ws.db.reader), key=lambda r: (r.currency, r.on_date))

    def set_rate(self, currency: str, on_date: date, units_per_eur: object, source: str = "",
                 *, origin: str = "gui") -> int:
        """Add or change one rate; returns how many pledges were re-valued."""
        rate = _rate(currency, on_date, units_per_eur, source)
        with self.ws.db.transaction(self.ws.user) as tx:
            before = tx.rate(rate.currency, rate.on_date)
            tx.upsert_rate(rate.currency, rate.on_date, rate.units_per_eur, rate.source)
            revalued = self._revalue(tx, {rate.currency})
            tx.audit(AuditAction.UPDATE if before else AuditAction.CREATE, "rate",
                     f"{rate.currency}:{rate.on_date.isoformat()}",
                     None if before is None else {"units_per_eur": str(before[0]), "source": before[1]},
                     {"units_per_eur": format(rate.units_per_eur.normalize(), "f"), "source": rate.source,
                      "revalued_pledges": revalued}, origin)
        self._published()
        return revalued

    def delete_rate(self, currency: str, on_date: date, *, origin: str = "gui") -> int:
        """Delete one rate; returns how many pledges were re-valued."""
        return self.delete_rates([(currency, on_date)], origin=origin)

    def delete_rates(self, keys: Sequence[tuple[str, date]], *, origin: str = "gui") -> int:
        """Delete several rates in one transaction, all or none; returns the pledges re-valued.

        Refused (nothing deleted) when a rate does not exist, or when it would leave a
        currency that pledges use without any rate.
        """
        wanted = list(dict.fromkeys((check_currency(c), d) for c, d in keys))
        if not wanted:
            return 0
        with self.ws.db.transaction(self.ws.user) as tx:
            deleted: list[tuple[str, date, tuple[Any, str]]] = []
            for currency, on_date in wanted:
                before = tx.rate(currency, on_date)
                if before is None:
                    raise DomainError(f"no {currency} rate on {on_date.isoformat()} to delete")
                tx.delete_rate(currency, on_date)
                deleted.append((currency, on_date, before))
            for currency in dict.fromkeys(c for c, _d in wanted):
                remaining = tx.rows_sql("SELECT 1 FROM exchange_rates WHERE currency = ?",
                                        (currency,))
                in_use = tx.rows_sql("SELECT COUNT(*) FROM pledges WHERE currency = ?",
                                     (currency,))[0][0]
                if not remaining and in_use:
                    raise DomainError(
                        f"{in_use} pledges are in {currency}; keep at least one {currency} rate"
                    )
            revalued = self._revalue(tx, {c for c, _d in wanted})
            for currency, on_date, before in deleted:
                after: dict[str, Any] = {"revalued_pledges": revalued}
                if len(deleted) > 1:
                    after["deleted_together"] = len(deleted)
                tx.audit(AuditAction.DELETE, "rate", f"{currency}:{on_date.isoformat()}",
                         {"units_per_eur": str(before[0]), "source": before[1]}, after, origin)
        self._published()
        return revalued

    def import_csv(self, path: Path, *, dry_run: bool = False) -> RateImportReport:
        """Import `currency,date,units_per_eur[,source]` rows: all or nothing.

        Errors name the file, line and column. A header row is required; columns may come in any
        order; `rate` is accepted for `units_per_eur`. Dates are ISO (YYYY-MM-DD).
        """
        if path.stat().st_size > MAX_CSV_BYTES:
            raise DomainError(f"{path.name}: larger than {MAX_CSV_BYTES // 1_000_000} MB; "
                              "is this really a rates file?")
        raw = path.read_bytes()
        text = _decode(raw, path.name)
        rates = parse_rates_csv(text, path.name)
        existing = {(r.currency, r.on_date): r.units_per_eur for r in queries.exchange_rates(self.ws.db.reader)}
        added = sum(1 for r in rates if (r.currency, r.on_date) not in existing)
        changed = sum(1 for r in rates if existing.get((r.currency, r.on_date)) not in (None, r.units_per_eur))
        unchanged = len(rates) - added - changed
        if dry_run or not (added or changed):
            return RateImportReport(added, changed, unchanged, 0)
        with self.ws.db.transaction(self.ws.user) as tx:
            for r in rates:
                tx.upsert_rate(r.currency, r.on_date, r.units_per_eur, r.source or f"import of {path.name}")
            revalued = self._revalue(tx, {r.currency for r in rates})
            tx.audit(AuditAction.IMPORT, "rate", path.name, None,
                     {"added": added, "changed": changed, "revalued_pledges": revalued}, "rates import")
        self._published()
        return RateImportReport(added, changed, unchanged, revalued)

    # ------------------------------------------------------------------
    def _revalue(self, tx: Tx, currencies: set[str]) -> int:
        """Recompute value_eur of the pledges in `currencies`; returns how many changed."""
        table = RateTable(
            ExchangeRate(c, date.fromisoformat(d), Decimal(u), s)
            for c, d, u, s in tx.rows_sql("SELECT currency, on_date, units_per_eur, source FROM exchange_rates")
        )
        from .deliveries import revalue_many

        changed: dict[int, Decimal | None] = {}
        quantities: dict[int, Decimal | None] = {}
        for currency in currencies - {EUR}:
            for pid, amount, valuation, announced, old, quantity in tx.pledges_in_currency(currency):
                if amount is None:
                    continue
                on = valuation or announced or self.ws.today()
                new = table.to_eur(Money(amount, currency), on)
                if new != old:
                    changed[pid] = new
                    quantities[pid] = quantity
        tx.set_pledge_values(changed)
        revalue_many(tx, {pid: (changed[pid], quantities[pid]) for pid in changed})
        return len(changed)

    def _published(self) -> None:
        self.ws.changes.publish(Change("rate", (), "updated"))
        self.ws.changes.publish(Change("pledge", (), "updated"))


def _rate(currency: str, on_date: date, units: object, source: str) -> ExchangeRate:
    code = check_currency(currency)
    if code == EUR:
        raise DomainError("EUR needs no rate: it is the unit of account")
    value = to_decimal(units, "rate")
    if value <= 0:
        raise InvalidMoney(f"rate: {units} must be above 0 (units of {code} per 1 EUR)")
    return ExchangeRate(code, on_date, value, source.strip())


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(f"{name}: not a UTF-8 or UTF-16 text file") from None


def parse_rates_csv(text: str, name: str = "rates.csv") -> list[ExchangeRate]:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise DomainError(f"{name}: the file is empty")
    cols = {h.strip().casefold(): i for i, h in enumerate(header)}
    cols.setdefault("units_per_eur", cols.get("rate", -1))
    missing = [c for c in ("currency", "date", "units_per_eur") if cols.get(c, -1) < 0]
    if missing:
        raise DomainError(f"{name}, line 1: missing column(s) {', '.join(missing)} "
                          "(expected currency, date, units_per_eur and optionally source)")
    out: list[ExchangeRate] = []
    errors: list[str] = []
    seen: dict[tuple[str, date], int] = {}
    for line_no, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(key: str, row: list[str] = row) -> str:
            i = cols.get(key, -1)
            return row[i].strip() if 0 <= i < len(row) else ""

        try:
            on = date.fromisoformat(cell("date"))
        except ValueError:
            errors.append(f"{name}, line {line_no}, date: '{cell('date')}' is not a date (YYYY-MM-DD)")
            continue
        try:
            rate = _rate(cell("currency"), on, cell("units_per_eur"), cell("source"))
        except DomainError as exc:
            errors.append(f"{name}, line {line_no}: {exc}")
            continue
        key = (rate.currency, rate.on_date)
        if key in seen:
            errors.append(f"{name}, line {line_no}: {rate.currency} on {on.isoformat()} "
                          f"is already given on line {seen[key]}")
            continue
        seen[key] = line_no
        out.append(rate)
    if errors:
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        raise DomainError("; ".join(errors[:10]) + more + ". Nothing was imported.")
    if not out:
        raise DomainError(f"{name}: no rates found below the header")
    return out
