"""Plain-SQL reads over sqlite3, one connection per thread (no SQLAlchemy on hot paths)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .sqlite_util import connect_reader

Params = Mapping[str, Any] | Sequence[Any]


class ThreadReader:
    """rows/one/scalar over one connection per thread (each thread reads on its own connection;
    close() closes them all). Subclasses say how to connect and how to run one statement."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()

    def _connect(self) -> Any:
        raise NotImplementedError

    def _usable(self, con: Any) -> bool:
        return True

    def _con(self) -> Any:
        con = getattr(self._local, "con", None)
        if con is None or not self._usable(con):
            con = self._connect()
            self._local.con = con
            with self._lock:
                self._all.append(con)
        return con

    def _execute(self, sql: str, params: Params) -> Any:
        return self._con().execute(sql, params)

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return self._execute(sql, params).fetchall()  # type: ignore[no-any-return]

    def one(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        return self._execute(sql, params).fetchone()  # type: ignore[no-any-return]

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def _drop(self) -> None:
        """Forget (and close) this thread's connection: the next read connects again."""
        con = getattr(self._local, "con", None)
        self._local.con = None
        if con is not None:
            with self._lock:
                if con in self._all:
                    self._all.remove(con)
            con.close()

    def close(self) -> None:
        with self._lock:
            for con in self._all:
                con.close()
            self._all.clear()
        self._local = threading.local()


class Reader(ThreadReader):
    """A SQLite file's reads (sqlite3, read-only connections with the app's PRAGMAs)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        return connect_reader(self.path)
