"""Plain-SQL reads over sqlite3, one connection per thread (no SQLAlchemy on hot paths)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .sqlite_util import connect_reader

Params = Mapping[str, Any] | Sequence[Any]


class Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _con(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = connect_reader(self.path)
            self._local.con = con
            with self._lock:
                self._all.append(con)
        return con

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return self._con().execute(sql, params).fetchall()

    def one(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self._con().execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def close(self) -> None:
        with self._lock:
            for con in self._all:
                con.close()
            self._all.clear()
        self._local = threading.local()
