"""Plain helpers shared by the unit tests (files, SQL read independently of the app)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sql(path: Path, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the file with a plain sqlite3 connection, independent of the app's own reader."""
    con = sqlite3.connect(path)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def sql_one(path: Path, query: str, params: tuple[Any, ...] = ()) -> Any:
    return sql(path, query, params)[0][0]


def table_counts(path: Path) -> dict[str, int]:
    tables = [r[0] for r in sql(path, "SELECT name FROM sqlite_master WHERE type='table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: sql_one(path, f'SELECT COUNT(*) FROM "{t}"') for t in tables}
