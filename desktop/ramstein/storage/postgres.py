"""PostgreSQL backend: engine, reads, identity, migrations lock and SQLite-dialect shims.

The queries in `queries.py` and the services' plain SQL are written for SQLite: `?`
parameters, dates as ISO text, 0/1 for booleans and comparisons, integer sums. Rather than
two copies of every query, PostgreSQL is made to answer them the same way:

- `to_pyformat` turns `?` and `:name` into psycopg's `%s` and `%(name)s`;
- the reader loads DATE and TIMESTAMP as the ISO text SQLite stores, BOOLEAN as 0/1 and
  integral NUMERIC (SUM over BIGINT) as int, so `queries.py` gets the very values it gets
  from sqlite3;
- the few SQLite functions the queries call (`substr` on a date, `julianday`, `instr`, and
  `SUM` over a comparison) exist in the database as small SQL functions (`COMPAT_SQL`),
  created by every migration run.

There is no `PRAGMA application_id` on a server: the table `ramstein_identity` holds our
application id and the schema revision, and a non-Ramstein database (tables, but no identity)
is refused as a foreign SQLite file is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .reader import Params, ThreadReader
from .revision import APPLICATION_ID

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.engine import Connection, Engine

    from .location import Location


# pg_advisory_lock key held while migrating: two clients opening a fresh or older database at
# the same moment migrate one after the other (the second then finds nothing to do).
MIGRATION_LOCK = APPLICATION_ID
IDENTITY_TABLE = "ramstein_identity"
CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is reported, not waited for

COMPAT_SQL = (
    # substr(date, ...): SQLite keeps dates as ISO text and the queries cut months from it.
    "CREATE OR REPLACE FUNCTION substr(date, integer, integer) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT substr($1::text, $2, $3) $$",
    "CREATE OR REPLACE FUNCTION julianday(date) RETURNS double precision "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ($1 - DATE '2000-01-01') + 2451544.5 $$",
    "CREATE OR REPLACE FUNCTION julianday(text) RETURNS double precision "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT julianday($1::date) $$",
    "CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT strpos($1, $2) $$",
    # SUM(a <= b) counts the rows where a comparison holds, as SQLite's 0/1 booleans do.
    "CREATE OR REPLACE FUNCTION ramstein_sum_bool(bigint, boolean) RETURNS bigint "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT $1 + CASE WHEN $2 THEN 1 ELSE 0 END $$",
    "DROP AGGREGATE IF EXISTS sum(boolean)",
    "CREATE AGGREGATE sum(boolean) (SFUNC = ramstein_sum_bool, STYPE = bigint, INITCOND = '0')",
)


@lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """SQLite's `?` and `:name` parameters as psycopg's `%s` and `%(name)s`; a literal `%`
    doubled. Quoted strings and identifiers are left alone, and `::type` casts too."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            end = sql.find(ch, i + 1)
            end = n - 1 if end < 0 else end
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        elif ch == ":" and i + 1 < n and sql[i + 1] == ":":
            out.append("::")
            i += 1
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_") and (
                i == 0 or not sql[i - 1].isalnum()):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            out.append(f"%({sql[i + 1 : j]})s")
            i = j
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def sqlite_value(value: Any) -> Any:
    """A value as sqlite3 would return it (for plain SQL run through SQLAlchemy's driver)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


def sqlite_rows(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    return [tuple(sqlite_value(v) for v in row) for row in rows]


# ---------------------------------------------------------------- connection loss
def is_connection_lost(exc: BaseException) -> bool:
    """Whether an error (SQLAlchemy's or psycopg's, or one in their chain) means the server
    went away: the connection broke, or a new one could not be made."""
    import psycopg

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if getattr(current, "connection_invalidated", False):
            return True
        if isinstance(current, psycopg.OperationalError):
            return True
        if isinstance(current, psycopg.errors.AdminShutdown | psycopg.errors.CannotConnectNow):
            return True
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else (
            current.__cause__ or current.__context__)
    return False


def lost_message(where: str, exc: BaseException) -> str:
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    detail = first[0] if first else type(exc).__name__
    return (f"The connection to the database server {where} was lost ({detail}). Nothing was "
            "half-written: the server rolled back any unfinished change. It reconnects on the "
            "next action.")


# ---------------------------------------------------------------- reads
def _reader_adapters() -> Any:
    """psycopg adapters that load values as sqlite3 returns them (see the module docstring)."""
    import psycopg
    from psycopg.adapt import AdaptersMap, Loader
    from psycopg.types.string import TextLoader

    class BoolAsInt(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    class NumericAsInt(Loader):
        def load(self, data: Any) -> int | Decimal:
            text = bytes(data).decode()
            return int(text) if text.lstrip("-").isdigit() else Decimal(text)

    adapters = AdaptersMap(psycopg.adapters)  # a copy of the global map
    for name in ("date", "timestamp", "timestamptz"):
        adapters.register_loader(name, TextLoader)
    adapters.register_loader("bool", BoolAsInt)
    adapters.register_loader("numeric", NumericAsInt)
    return adapters


class PgReader(ThreadReader):
    """The `Reader` interface (rows/one/scalar) over psycopg: one autocommit connection per
    thread, each read its own snapshot, like an SQLite read outside a transaction."""

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self._adapters = _reader_adapters()

    def _usable(self, con: Any) -> bool:
        return not con.closed

    def _connect(self) -> psycopg.Connection[Any]:
        import psycopg

        try:
            return psycopg.connect(self.location.conninfo, autocommit=True,
                                   connect_timeout=CONNECT_TIMEOUT, context=self._adapters)
        except psycopg.OperationalError as exc:
            from .database import ConnectionLostError

            raise ConnectionLostError(lost_message(self.location.display, exc)) from exc

    def _execute(self, sql: str, params: Params) -> Any:
        from .database import ConnectionLostError

        try:
            cur = self._con().execute(to_pyformat(sql), params or None)
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self._drop()
            raise ConnectionLostError(lost_message(self.location.display, exc)) from exc
        return cur


# ---------------------------------------------------------------- engine, identity
def create_pg_engine(location: Location) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(location.url, pool_pre_ping=True, pool_size=2, max_overflow=4,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT})


def probe(conn: Connection) -> tuple[int | None, str | None, bool]:
    """(application id or None, Alembic revision or None, has any table) of a server database."""
    tables = {r[0] for r in conn.exec_driver_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    app_id = None
    if IDENTITY_TABLE in tables:
        row = conn.exec_driver_sql(f"SELECT application_id FROM {IDENTITY_TABLE}").first()
        app_id = None if row is None else int(row[0])
    revision = None
    if "alembic_version" in tables:
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        revision = None if row is None else str(row[0])
    return app_id, revision, bool(tables)


def finish_migration(conn: Connection, revision: str | None) -> None:
    """After Alembic: the SQLite shims, and our identity with the revision now in place."""
    for statement in COMPAT_SQL:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {IDENTITY_TABLE} (application_id BIGINT NOT NULL, "
        "revision VARCHAR(32) NOT NULL, migrated_at TIMESTAMP NOT NULL DEFAULT now())")
    conn.exec_driver_sql(f"DELETE FROM {IDENTITY_TABLE}")
    conn.exec_driver_sql(
        f"INSERT INTO {IDENTITY_TABLE} (application_id, revision) VALUES (%s, %s)",
        (APPLICATION_ID, revision or ""))


def reset_sequences(conn: Connection, tables: Sequence[str]) -> None:
    """Move each table's id sequence past its largest id (after rows were copied with ids)."""
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")


def server_facts(conn: Connection) -> dict[str, str]:
    version = conn.exec_driver_sql("SHOW server_version").scalar()
    size = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
    return {"server_version": str(version), "size": str(size)}
