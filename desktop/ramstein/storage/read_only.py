"""Making an open database refuse writes (a second window on a database open elsewhere).

`PRAGMA query_only=ON` on every connection: SQLite itself then refuses any write with
"attempt to write a readonly database", so nothing in the layers above can slip an edit through.
The file is still opened normally (not `mode=ro`), so WAL recovery and the -shm file work as
for any reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Database


def make_read_only(db: Database) -> None:
    """Every connection of `db`, present and future, refuses writes from now on."""
    from sqlalchemy import event

    engine = db.engine
    server = db.is_server

    @event.listens_for(engine, "connect")
    def _query_only(dbapi_con: Any, _record: Any) -> None:
        if server:  # the server refuses writes in this session ("read-only transaction")
            dbapi_con.execute("SET SESSION default_transaction_read_only = on")
            dbapi_con.commit()
            return
        dbapi_con.execute("PRAGMA query_only=ON")

    engine.dispose()  # pooled connections were made before the hook; new ones get it
    # The Reader's connections are query_only already (sqlite_util.connect_reader).


def is_read_only(db: Database) -> bool:
    if db.is_server:
        with db.engine.connect() as conn:
            return str(conn.exec_driver_sql("SHOW default_transaction_read_only").scalar()) == "on"
    con = db.engine.raw_connection()  # no BEGIN IMMEDIATE: that is a write, refused here
    try:
        return bool(con.execute("PRAGMA query_only").fetchone()[0])
    finally:
        con.close()
