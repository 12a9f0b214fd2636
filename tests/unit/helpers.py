"""Plain helpers shared by the unit tests (files, SQL read independently of the app)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Server databases of the `ws`/`demo_ws` fixtures on PostgreSQL: {Database.path (the local
# stand-in): libpq URI}. sql() reads those with its own psycopg connection instead.
SERVER_DATABASES: dict[Path, str] = {}


def sql(path: Path, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the file with a plain sqlite3 connection, independent of the app's own reader
    (a server database: a plain psycopg connection, values as sqlite3 gives them)."""
    if Path(path) in SERVER_DATABASES:
        return _server_sql(SERVER_DATABASES[Path(path)], query, params)
    con = sqlite3.connect(path)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def sql_one(path: Path, query: str, params: tuple[Any, ...] = ()) -> Any:
    return sql(path, query, params)[0][0]


def _server_sql(conninfo: str, query: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    import psycopg

    from ramstein.storage.postgres import sqlite_rows, to_pyformat

    with psycopg.connect(conninfo, autocommit=True) as con:
        return sqlite_rows(con.execute(to_pyformat(query), params or None).fetchall())  # type: ignore[arg-type]


def table_counts(path: Path) -> dict[str, int]:
    if Path(path) in SERVER_DATABASES:  # the same tables as in a file (the identity aside)
        tables = [r[0] for r in sql(path, "SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = current_schema() AND table_name "
                                          "<> 'ramstein_identity' ORDER BY table_name")]
        return {t: sql_one(path, f'SELECT COUNT(*) FROM "{t}"') for t in tables}
    tables = [r[0] for r in sql(path, "SELECT name FROM sqlite_master WHERE type='table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: sql_one(path, f'SELECT COUNT(*) FROM "{t}"') for t in tables}
