"""Write transactions: the storage API that services use to change data.

One `Tx` is one database transaction (`Database.transaction()`); every method works inside it
and returns domain records. Optimistic concurrency: updates name the version the caller read,
and a mismatch raises `StaleEdit` before anything is written.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..domain.errors import NotFound, StaleEdit
from ..domain.records import Delivery, FinancingShare, Pledge
from . import queries
from .database import Database
from .schema import (
    AuditRow,
    Base,
    DbInfo,
    DeliveryRow,
    ExchangeRateRow,
    PledgeFinancerRow,
    PledgeRow,
    PledgeStatusEventRow,
)

PLEDGE_FIELDS = (
    "reference", "donor_id", "capability_id", "item", "quantity", "unit", "value_amount",
    "currency", "value_eur", "valuation_date", "announced_on", "funding_year", "channel",
    "status", "reimbursed_by_id", "source_ref", "classification", "notes",
)
DELIVERY_FIELDS = (
    "pledge_id", "quantity", "value_eur", "planned_on", "actual_on", "status", "hub_id",
    "delay_reason", "notes",
)


def now_utc() -> datetime:
    return datetime.now(UTC)


def _pledge_record(row: PledgeRow, financers: Sequence[PledgeFinancerRow] = ()) -> Pledge:
    from ..domain.enums import Channel, PledgeStatus

    return Pledge(
        id=row.id, uuid=row.uuid, reference=row.reference, donor_id=row.donor_id,
        capability_id=row.capability_id, item=row.item, status=PledgeStatus(row.status),
        channel=Channel(row.channel), quantity=row.quantity, unit=row.unit or "",
        value_amount=row.value_amount, currency=row.currency, value_eur=row.value_eur,
        valuation_date=row.valuation_date, announced_on=row.announced_on,
        funding_year=row.funding_year, reimbursed_by_id=row.reimbursed_by_id,
        financed_by=tuple(FinancingShare(f.member_id, f.share) for f in financers),
        source_ref=row.source_ref or "", classification=row.classification or "",
        notes=row.notes or "", version=row.version, created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _delivery_record(row: DeliveryRow) -> Delivery:
    from ..domain.enums import DeliveryStatus

    return Delivery(
        id=row.id, uuid=row.uuid, pledge_id=row.pledge_id, quantity=row.quantity,
        planned_on=row.planned_on, status=DeliveryStatus(row.status), actual_on=row.actual_on,
        hub_id=row.hub_id, value_eur=row.value_eur, notes=row.notes or "", version=row.version,
        delay_reason=row.delay_reason or "",
    )


class Tx:
    def __init__(self, session: Session, user: str) -> None:
        self.s = session
        self.user = user
        # Plain SQL below is SQLite's (`?`, ISO text back); on a server it is translated.
        self.server = session.get_bind().dialect.name == "postgresql"

    # ------------------------------------------------------------------ pledges
    def _pledge_row(self, pledge_id: int) -> PledgeRow:
        row = self.s.get(PledgeRow, pledge_id)
        if row is None:
            raise NotFound(f"pledge {pledge_id} does not exist (deleted by someone else?)")
        return row

    def pledge(self, pledge_id: int) -> Pledge:
        row = self._pledge_row(pledge_id)
        fin = self.s.scalars(
            select(PledgeFinancerRow).where(PledgeFinancerRow.pledge_id == pledge_id)
        ).all()
        return _pledge_record(row, fin)

    def add_pledge(self, uuid: str, fields: Mapping[str, Any]) -> Pledge:
        unknown = set(fields) - set(PLEDGE_FIELDS)
        if unknown:
            raise ValueError(f"unknown pledge fields: {sorted(unknown)}")
        stamp = now_utc()
        row = PledgeRow(uuid=uuid, created_at=stamp, updated_at=stamp, **fields)
        self.s.add(row)
        self.s.flush()
        return _pledge_record(row)

    def update_pledge(self, pledge_id: int, expected_version: int, changes: Mapping[str, Any]) -> Pledge:
        unknown = set(changes) - set(PLEDGE_FIELDS)
        if unknown:
            raise ValueError(f"unknown pledge fields: {sorted(unknown)}")
        row = self._pledge_row(pledge_id)
        if row.version != expected_version:
            raise StaleEdit(
                f"pledge {row.reference} was changed elsewhere (version {row.version}, "
                f"you edited version {expected_version}); reload it and try again"
            )
        reference = row.reference  # a failed flush expires the row: name it from here
        for key, value in changes.items():
            setattr(row, key, value)
        row.updated_at = now_utc()
        try:
            self.s.flush()
        except StaleDataError:
            # Another session committed a new version between our read and our UPDATE (on a
            # server, the row lock made us wait for it): the version check refused ours.
            raise StaleEdit(f"pledge {reference} was changed elsewhere; reload it") from None
        return self.pledge(pledge_id)

    def set_financers(self, pledge_id: int, shares: Iterable[FinancingShare]) -> None:
        for old in self.s.scalars(
            select(PledgeFinancerRow).where(PledgeFinancerRow.pledge_id == pledge_id)
        ):
            self.s.delete(old)
        self.s.flush()
        for share in shares:
            self.s.add(PledgeFinancerRow(pledge_id=pledge_id, member_id=share.member_id, share=share.share))
        self.s.flush()

    def delete_pledge(self, pledge_id: int, expected_version: int) -> Pledge:
        before = self.pledge(pledge_id)
        if before.version != expected_version:
            raise StaleEdit(f"pledge {before.reference} was changed elsewhere; reload it")
        for d in self.s.scalars(select(DeliveryRow).where(DeliveryRow.pledge_id == pledge_id)):
            self.s.delete(d)
        self.s.flush()
        self.s.delete(self._pledge_row(pledge_id))
        self.s.flush()
        return before

    def add_status_event(
        self, pledge_id: int, from_status: str | None, to_status: str, on_date: date, source: str
    ) -> None:
        self.s.add(
            PledgeStatusEventRow(
                pledge_id=pledge_id, from_status=from_status, to_status=to_status,
                on_date=on_date, source=source, recorded_at=now_utc(), user=self.user,
            )
        )

    def status_history(self, pledge_id: int) -> list[tuple[str | None, str]]:
        rows = self.s.execute(
            select(PledgeStatusEventRow.from_status, PledgeStatusEventRow.to_status)
            .where(PledgeStatusEventRow.pledge_id == pledge_id)
            .order_by(PledgeStatusEventRow.id)
        ).all()
        return [(f, t) for f, t in rows]

    def reference_exists(self, reference: str) -> bool:
        return int(self.s.scalar(select(func.count()).where(PledgeRow.reference == reference)) or 0) > 0

    def max_reference_number(self, prefix: str) -> int:
        refs = self.s.scalars(select(PledgeRow.reference).where(PledgeRow.reference.like(prefix + "%")))
        best = 0
        for ref in refs:
            tail = ref[len(prefix):]
            if tail.isdigit():
                best = max(best, int(tail))
        return best

    # ------------------------------------------------------------------ deliveries
    def _delivery_row(self, delivery_id: int) -> DeliveryRow:
        row = self.s.get(DeliveryRow, delivery_id)
        if row is None:
            raise NotFound(f"delivery {delivery_id} does not exist (deleted by someone else?)")
        return row

    def delivery(self, delivery_id: int) -> Delivery:
        return _delivery_record(self._delivery_row(delivery_id))

    def deliveries_of(self, pledge_id: int) -> list[Delivery]:
        rows = self.s.scalars(
            select(DeliveryRow).where(DeliveryRow.pledge_id == pledge_id).order_by(DeliveryRow.id)
        )
        return [_delivery_record(r) for r in rows]

    def add_delivery(self, uuid: str, fields: Mapping[str, Any]) -> Delivery:
        unknown = set(fields) - set(DELIVERY_FIELDS)
        if unknown:
            raise ValueError(f"unknown delivery fields: {sorted(unknown)}")
        stamp = now_utc()
        row = DeliveryRow(uuid=uuid, created_at=stamp, updated_at=stamp, **fields)
        self.s.add(row)
        self.s.flush()
        return _delivery_record(row)

    def update_delivery(
        self, delivery_id: int, expected_version: int, changes: Mapping[str, Any]
    ) -> Delivery:
        unknown = set(changes) - set(DELIVERY_FIELDS)
        if unknown:
            raise ValueError(f"unknown delivery fields: {sorted(unknown)}")
        row = self._delivery_row(delivery_id)
        if row.version != expected_version:
            raise StaleEdit(
                f"delivery {row.id} was changed elsewhere (version {row.version}, you edited "
                f"version {expected_version}); reload it and try again"
            )
        for key, value in changes.items():
            setattr(row, key, value)
        row.updated_at = now_utc()
        try:
            self.s.flush()
        except StaleDataError:
            raise StaleEdit(f"delivery {delivery_id} was changed elsewhere; reload it") from None
        return _delivery_record(row)

    def set_delivery_values(self, values: Mapping[int, Any]) -> None:
        """Rewrite the derived EUR value of deliveries without bumping their version.

        value_eur follows from the pledge's value and the quantities; recomputing it is not an
        edit of the delivery, so a planner editing that delivery is not told it went stale.
        """
        if not values:
            return
        self.s.flush()
        table = Base.metadata.tables["deliveries"]
        self.s.execute(
            update(table).where(table.c.id == bindparam("did")).values(value_eur_cents=bindparam("eur")),
            [{"did": did, "eur": eur} for did, eur in values.items()],
        )
        self.s.expire_all()

    def live_delivery_quantities(self, pledge_ids: Sequence[int]) -> list[tuple[int, int, Any, Any]]:
        """(pledge_id, delivery id, quantity, value_eur) of the not-cancelled deliveries of
        `pledge_ids`, ordered by pledge then id: the input of a bulk re-valuation."""
        table = Base.metadata.tables["deliveries"]
        out: list[tuple[int, int, Any, Any]] = []
        ids = list(pledge_ids)
        for start in range(0, len(ids), 500):
            rows = self.s.execute(
                select(table.c.pledge_id, table.c.id, table.c.quantity_milli, table.c.value_eur_cents)
                .where(table.c.pledge_id.in_(ids[start : start + 500]))
                .where(table.c.status != "cancelled")
                .order_by(table.c.pledge_id, table.c.id)
            ).all()
            out += [(r[0], r[1], r[2], r[3]) for r in rows]
        return out

    def delete_delivery(self, delivery_id: int, expected_version: int) -> Delivery:
        before = self.delivery(delivery_id)
        if before.version != expected_version:
            raise StaleEdit(f"delivery {delivery_id} was changed elsewhere; reload it")
        self.s.delete(self._delivery_row(delivery_id))
        self.s.flush()
        return before

    # ------------------------------------------------------------------ exchange rates
    def rate(self, currency: str, on_date: date) -> tuple[Any, str] | None:
        row = self.s.get(ExchangeRateRow, (currency, on_date))
        return None if row is None else (row.units_per_eur, row.source)

    def upsert_rate(self, currency: str, on_date: date, units_per_eur: Any, source: str) -> None:
        self.s.merge(ExchangeRateRow(currency=currency, on_date=on_date,
                                     units_per_eur=units_per_eur, source=source))
        self.s.flush()

    def delete_rate(self, currency: str, on_date: date) -> bool:
        row = self.s.get(ExchangeRateRow, (currency, on_date))
        if row is None:
            return False
        self.s.delete(row)
        self.s.flush()
        return True

    def pledges_in_currency(self, currency: str) -> list[tuple[int, Any, Any, Any, Any, Any]]:
        """(id, value_amount, valuation_date, announced_on, value_eur, quantity) of pledges in a
        currency."""
        table = Base.metadata.tables["pledges"]
        rows = self.s.execute(
            select(table.c.id, table.c.value_amount_milli, table.c.valuation_date,
                   table.c.announced_on, table.c.value_eur_cents, table.c.quantity_milli)
            .where(table.c.currency == currency)
        ).all()
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def set_pledge_values(self, values: Mapping[int, Any]) -> None:
        """Rewrite the derived EUR value of pledges (after a rate change) without a version bump."""
        if not values:
            return
        self.s.flush()
        table = Base.metadata.tables["pledges"]
        self.s.execute(
            update(table).where(table.c.id == bindparam("pid")).values(value_eur_cents=bindparam("eur")),
            [{"pid": pid, "eur": eur} for pid, eur in values.items()],
        )
        self.s.expire_all()

    # ------------------------------------------------------------------ audit, info
    def audit(
        self,
        action: str,
        entity: str,
        entity_id: object,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        source: str = "",
    ) -> None:
        self.s.add(
            AuditRow(
                at=now_utc(), user=self.user, action=action, entity=entity,
                entity_id=str(entity_id),
                before_json=None if before is None else json.dumps(before, sort_keys=True, ensure_ascii=False),
                after_json=None if after is None else json.dumps(after, sort_keys=True, ensure_ascii=False),
                source=source,
            )
        )

    def set_info(self, key: str, value: str) -> None:
        self.s.merge(DbInfo(key=key, value=value))

    def _sql(self, sql: str) -> str:
        if not self.server:
            return sql
        from .postgres import to_pyformat

        return to_pyformat(sql)

    def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Bulk insert with plain SQL (cursor.executemany speed) for seeding and demo data."""
        if rows:
            self.s.connection().exec_driver_sql(self._sql(sql), list(rows))  # type: ignore[arg-type]

    @contextlib.contextmanager
    def bulk_write(self, cache_mib: int = 64) -> Iterator[None]:
        """A bigger SQLite page cache while a bulk insert runs in this transaction.

        Rows inserted in id order still land at random places in the secondary indexes (uuid,
        pledge, dates): with the default 2 MiB cache those index pages are evicted and read
        back again and again, which costs about a fifth of a 400k-row demo write. The size is
        set back before the commit (the dirty pages stay in memory until it writes them), so
        the pooled connection keeps its usual cache. Durability is unchanged (no PRAGMA on
        the journal or sync). A server manages its own memory: a no-op there."""
        if self.server:
            yield
            return
        conn = self.s.connection()
        before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        conn.exec_driver_sql(f"PRAGMA cache_size={-abs(int(cache_mib)) * 1024}")
        try:
            yield
        finally:
            with contextlib.suppress(DBAPIError):  # never hide the error that ended the block
                conn.exec_driver_sql(f"PRAGMA cache_size={before}")

    def scalar_sql(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.rows_sql(sql, params)
        return rows[0][0] if rows else None

    def rows_sql(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows as sqlite3 returns them (ISO text dates, 0/1), on either backend."""
        rows = [tuple(r) for r in self.s.connection().exec_driver_sql(self._sql(sql), tuple(params))]
        if not self.server:
            return rows
        from .postgres import sqlite_rows

        return sqlite_rows(rows)

    def next_ids(self, table: str) -> int:
        """The id the next row inserted into `table` gets; the following rows get the ids after
        it, one by one, until the transaction ends (bulk inserts that refer to their own ids).

        SQLite: the one writer, and fresh rowids after MAX(id). PostgreSQL: the table is locked
        against other writers and its sequence moved to MAX(id) + 1."""
        if self.server:
            self.s.connection().exec_driver_sql(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
            from .postgres import reset_sequences

            reset_sequences(self.s.connection(), [table])
        return int(self.scalar_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}")) + 1

    def insert(self, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert dicts keyed by column name into `table` (types convert Decimal, dates)."""
        if rows:
            self.s.execute(insert(Base.metadata.tables[table]), [dict(r) for r in rows])


@contextlib.contextmanager
def transaction(db: Database, user: str | None = None) -> Iterator[Tx]:
    """One write transaction over `db`; commits on success, rolls back on any error."""
    with db.session() as session:
        yield Tx(session, user or db.user)


__all__ = ["Tx", "queries", "transaction"]


# ---------------------------------------------------------------- funds (issue 7)
def save_fund(tx: Tx, fund_id: int | None, fields: Mapping[str, Any],
              members: Mapping[int, bool]) -> int:
    """Create (fund_id None) or overwrite a fund and its participants {member id: exempt}.

    Returns the fund's id. The participants are replaced as a whole, in the same transaction.
    """
    from .schema import FundMemberRow, FundRow

    if fund_id is None:
        row = FundRow(**fields)
        tx.s.add(row)
    else:
        found = tx.s.get(FundRow, fund_id)
        if found is None:
            raise NotFound(f"fund {fund_id} does not exist (deleted by someone else?)")
        row = found
        for key, value in fields.items():
            setattr(row, key, value)
    tx.s.flush()
    for old in tx.s.scalars(select(FundMemberRow).where(FundMemberRow.fund_id == row.id)):
        tx.s.delete(old)
    tx.s.flush()
    for member_id, exempt in sorted(members.items()):
        tx.s.add(FundMemberRow(fund_id=row.id, member_id=member_id, exempt=exempt))
    tx.s.flush()
    return int(row.id)


def set_fund_exempt(tx: Tx, fund_id: int, member_id: int, exempt: bool) -> bool:
    """Set one participant's exemption; returns its previous value. NotFound when the member
    does not take part in the fund."""
    from .schema import FundMemberRow

    row = tx.s.get(FundMemberRow, (fund_id, member_id))
    if row is None:
        raise NotFound(f"member {member_id} does not take part in fund {fund_id}")
    before = bool(row.exempt)
    row.exempt = exempt
    tx.s.flush()
    return before
