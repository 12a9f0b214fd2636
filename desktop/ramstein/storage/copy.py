"""Copying a whole database to another backend (SQLite <-> PostgreSQL), verified.

Every table of the schema is read through SQLAlchemy Core with its column types (money as
scaled integers, exact decimal text, dates and UTC datetimes), so the values arrive exactly as
they left, whatever each backend stores underneath. The target is written in one transaction:
a failure leaves it as it was. Ids are kept (pledges, deliveries and audit entries refer to
each other by id); on PostgreSQL the id sequences are then moved past the copied ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Table, delete, func, insert, select

from ..domain.records import Summary
from . import queries
from .schema import Base

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from .database import Database

BATCH = 5_000
# What makes a target "not empty": someone's work. A database opened once holds the roster,
# the shipped rates and funds and their "seed" audit entries: a copy replaces those unasked.
WORK_COUNTS = {
    "pledges": "SELECT COUNT(*) FROM pledges",
    "deliveries": "SELECT COUNT(*) FROM deliveries",
    "changes in the audit trail": "SELECT COUNT(*) FROM audit_log WHERE action <> 'seed'",
}


class CopyRefused(Exception):
    """The target holds data and --replace was not given (the message says what to do)."""


@dataclass(frozen=True)
class CopyResult:
    rows: dict[str, int]  # table -> rows copied
    source_summary: Summary
    target_summary: Summary
    backup: str | None  # the target's backup taken before --replace

    @property
    def verified(self) -> bool:
        return self.source_summary == self.target_summary


def tables() -> list[Table]:
    """The schema's tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def work_rows(db: Database) -> dict[str, int]:
    """{what: rows} of someone's work in `db`, only what it holds."""
    out = {}
    for what, sql in WORK_COUNTS.items():
        n = int(db.reader.scalar(sql) or 0)
        if n:
            out[what] = n
    return out


def copy_database(source: Database, target: Database, *, replace: bool = False,
                  progress: Callable[[str, int], None] | None = None) -> CopyResult:
    """Copy every row of `source` into `target` (both open, at the same schema revision).

    Refused (CopyRefused) when the target holds pledges, deliveries, rates or audit entries,
    unless `replace`: then the target is backed up first and emptied in the same transaction
    as the copy."""
    held = work_rows(target)
    backup = None
    if held:
        if not replace:
            what = ", ".join(f"{n:,} {t}" for t, n in held.items())
            raise CopyRefused(f"{target.display} is not empty ({what}); nothing was copied. "
                              "Copy into an empty database, or add --replace to replace its "
                              "content (a backup of it is made first)")
        backup = str(target.backup("before-copy-replace"))
    counts: dict[str, int] = {}
    with source.engine.connect() as src, target.session() as session:
        dst = session.connection()
        _begin_snapshot(src)
        for table in reversed(tables()):
            dst.execute(delete(table))
        for table in tables():
            counts[table.name] = _copy_table(src, dst, table)
            if progress is not None:
                progress(table.name, counts[table.name])
        if dst.dialect.name == "postgresql":
            from .postgres import reset_sequences

            reset_sequences(dst, [t.name for t in tables() if _has_serial_id(t)])
        src.rollback()
    return CopyResult(counts, queries.summary(source.reader), queries.summary(target.reader),
                      backup)


def _begin_snapshot(src: Connection) -> None:
    """Read the source from one snapshot: what a planner commits meanwhile is not half-copied."""
    if src.dialect.name == "postgresql":
        src.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    result = src.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    n = 0
    for part in result.partitions(BATCH):
        rows = [dict(row._mapping) for row in part]
        dst.execute(insert(table), rows)
        n += len(rows)
    expected = src.execute(select(func.count()).select_from(table)).scalar()
    if expected != n:  # cannot happen inside one snapshot; say so rather than hide it
        raise RuntimeError(f"{table.name}: read {n} rows, the source holds {expected}")
    return n


def _has_serial_id(table: Table) -> bool:
    pk = list(table.primary_key.columns)
    return len(pk) == 1 and pk[0].name == "id"
