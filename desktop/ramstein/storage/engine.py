"""SQLAlchemy engine for SQLite with the PRAGMAs and transaction pattern of RELIABILITY-NOTES §2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from .sqlite_util import apply_pragmas


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": 10, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: Any, _record: Any) -> None:
        # Take BEGIN away from sqlite3's legacy mode (py3.11) so SQLAlchemy controls it.
        dbapi_con.isolation_level = None
        apply_pragmas(dbapi_con, path)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front: no SQLITE_BUSY on a read->write upgrade.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
